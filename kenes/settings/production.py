"""Production: HTTPS only, secure cookies, staff two-factor enforced.

Run `manage.py check --deploy --settings=kenes.settings.production` with the real
SECRET_KEY and ALLOWED_HOSTS: it must print no warnings.
"""

import os

from .base import *  # noqa: F403 - settings modules extend the base by design
from .base import env_bool, env_list

DEBUG = False
KENES_PRODUCTION = True
KENES_STAFF_REQUIRE_2FA = True  # no way to switch it off in production

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = True
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]  # load balancers probe over plain HTTP
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(365 * 24 * 3600)))
# On by default (check --deploy asks for both); a host whose subdomains are not all HTTPS, or
# that must stay off the browsers' preload list (hard to take back), sets them to 0.
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", default=True)
# nginx runs on the same host, proxies over loopback and names the client in X-Forwarded-For.
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES", "127.0.0.1,::1")
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
