"""Production: HTTPS only, secure cookies, staff two-factor enforced.

Run `manage.py check --deploy --settings=kenes.settings.production` with the real
SECRET_KEY and ALLOWED_HOSTS: it must print no warnings.
"""

import os

from .base import *  # noqa: F403 - settings modules extend the base by design

DEBUG = False
KENES_STAFF_REQUIRE_2FA = True  # no way to switch it off in production

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = True
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(365 * 24 * 3600)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
