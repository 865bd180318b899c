"""Settings shared by every environment, safe for production on their own.

Everything that differs between machines is read from the environment here, in one place
(see the README's "Configuration" table). `dev.py`, `test.py` and `production.py` only
override what they must.
"""

import os
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_bool(name: str, default: bool = False) -> bool:
    """`DEBUG=1`, `DEBUG=true`, `DEBUG=yes` and `DEBUG=on` are true; anything else is false."""
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG")
KENES_PRODUCTION = False  # production.py says True; seed_demo refuses to run there
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    raise ImproperlyConfigured("Set the SECRET_KEY environment variable (see README).")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # Project apps first, so their templates and translations win over the libraries'.
    "kenes",
    "accounts.apps.AccountsConfig",
    "partners",
    "events",
    "consultations",
    "feeds",
    "library",
    "actionplan",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail.contrib.forms",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "accounts.apps.KenesUsersAppConfig",  # wagtail.users with our user forms
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "kenes.middleware.SecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # before the sessions: a kept page skips everything below it (core/page_cache.py)
    "core.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "kenes.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "kenes.middleware.AdminLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "accounts.middleware.StaffTwoFactorMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "core.routing.RouteMemoMiddleware",  # which page an address leads to, remembered
]

ROOT_URLCONF = "kenes.urls"
WSGI_APPLICATION = "kenes.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Pages for visitors without a session are kept this long at most (0: never), and rendered
# again as soon as anything the site shows changes (core/page_cache.py).
KENES_PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))

# Database: one URL, SQLite next to the code unless told otherwise.
DATABASES = {
    "default": dj_database_url.config(
        env="DATABASE_URL",
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # SQLite has no row locks: a transaction that writes must take the write lock when it
    # begins, or two registrations for the last seat both read, then one fails with
    # "database is locked". IMMEDIATE makes the second wait (up to `timeout` seconds).
    DATABASES["default"]["OPTIONS"] = {"transaction_mode": "IMMEDIATE", "timeout": 20}
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Parameters sent apart from the statement, not quoted into it by Python, and a
    # statement a connection runs again and again prepared once, at its 5th run (Django
    # turns psycopg's preparing off unless asked, for the poolers that cannot keep prepared
    # statements: see deploy/.env.example). Every query costs less in the worker and in
    # PostgreSQL (make bench: the registration storm).
    DATABASES["default"]["OPTIONS"] = {"server_side_binding": True, "prepare_threshold": 5}
    if os.environ.get("DATABASE_POOL_SIZE"):
        # A server whose workers hold many requests at once (the registration window,
        # deploy/systemd/kenes-registrations.service) takes its connections from a pool of
        # this size per worker, all of them kept open once opened (it opens them in the
        # background at its first use), and each checked before use (CONN_HEALTH_CHECKS). A
        # request gives its connection back when it ends, or while it waits for its turn
        # (events.services._decide_in_turn).
        size = int(os.environ["DATABASE_POOL_SIZE"])
        DATABASES["default"]["CONN_MAX_AGE"] = 0
        DATABASES["default"]["OPTIONS"]["pool"] = {"min_size": size, "max_size": size}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# A cache every worker shares, with no extra service: allauth's rate limits count here.
# The table is created by the `kenes` app's migration.
# MAX_ENTRIES is raised so that culling never evicts rate-limit counters; Wagtail's image
# renditions get a cache of their own in each worker's memory.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "kenes_cache",
        "OPTIONS": {"MAX_ENTRIES": 100_000},
    },
    # Pages kept for visitors without a session (core/page_cache.py), in a table of their own:
    # any query string makes a page of its own, and a flood of them must never make the
    # default cache cull (and forget) the rate-limit counters.
    "pages": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "kenes_page_cache",
        "OPTIONS": {"MAX_ENTRIES": 20_000},
    },
    "renditions": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "kenes-renditions",
        "OPTIONS": {"MAX_ENTRIES": 5_000},
    },
}

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "accounts:my_account"

# django-allauth: email is the login; the address must be verified before anything beyond
# reading (allauth refuses to log in an unverified account and sends a new link).
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_PRESERVE_USERNAME_CASING = False
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
# allauth's default ACCOUNT_RATE_LIMITS stay on (sign-ups, emails, password resets...). Failed
# sign-ins, as accounts.adapter counts them: 10 a minute from one address; 5 in 5 minutes for
# one account from one address; 100 an hour for one account from browsers that have never
# signed in to it ("login_failed" also limits the codes of the two-factor step, per account).
ACCOUNT_RATE_LIMITS = {
    "login_failed": "10/m/ip,5/5m/key",
    "login_failed_account": "100/h/key",
}
# Those limits count by the client's address: the connection's, or, when the connection comes
# from one of these proxies (addresses or networks), the one they add to X-Forwarded-For
# (core/client_address.py). Empty: no header is believed.
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES")
ACCOUNT_ADAPTER = "accounts.adapter.AccountAdapter"
ACCOUNT_FORMS = {"signup": "accounts.forms.SignupForm"}
ACCOUNT_EMAIL_SUBJECT_PREFIX = ""
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = os.environ.get("MFA_TOTP_ISSUER", "Kenes")
# Staff must have two-factor authentication before they may use /admin/.
# On in production settings; the local demo may leave it off (KENES_STAFF_REQUIRE_2FA=0).
KENES_STAFF_REQUIRE_2FA = env_bool("KENES_STAFF_REQUIRE_2FA", default=True)

# Languages: Kazakh first. Every public URL carries its language prefix.
LANGUAGE_CODE = "kk"
LANGUAGES = [
    ("kk", "Қазақша"),
    ("ru", "Русский"),
    ("en", "English"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [
    BASE_DIR / "locale",  # the project's own strings (`make messages`)
    # Kazakh that the libraries do not ship: all of django-allauth's strings, the Django
    # strings its Kazakh catalogue leaves untranslated, and Wagtail's for the public pages.
    # Kept by hand, apart from `locale/`.
    BASE_DIR / "locale_vendor" / "allauth",
    BASE_DIR / "locale_vendor" / "django",
    BASE_DIR / "locale_vendor" / "wagtail",  # what a visitor meets: a password-protected page
]
FORMAT_MODULE_PATH = ["kenes.formats"]
# The Wagtail admin has no Kazakh catalogue: staff get it in Russian or English.
WAGTAILADMIN_PERMITTED_LANGUAGES = [("ru", "Русский"), ("en", "English")]
KENES_ADMIN_FALLBACK_LANGUAGE = "ru"
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Asia/Almaty"
WAGTAIL_USER_TIME_ZONES = ["Asia/Almaty", "Asia/Aqtobe", "UTC"]

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "var" / "static"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "var" / "media"))
# Library files (every Wagtail document) live outside MEDIA_ROOT: no web server serves them,
# only Wagtail's document view after the access checks (library/access.py).
LIBRARY_ROOT = Path(os.environ.get("LIBRARY_ROOT", BASE_DIR / "var" / "library"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "library": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        # a string: Wagtail's task that deletes a document's file serialises these options
        "OPTIONS": {"location": str(LIBRARY_ROOT), "base_url": "/documents/not-served/"},
    },
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Several app servers on several machines share no disk: with both buckets named, images and
# library files live in an S3-compatible object store instead (kenes/storage.py says how).
S3_MEDIA_BUCKET = os.environ.get("S3_MEDIA_BUCKET", "")
S3_LIBRARY_BUCKET = os.environ.get("S3_LIBRARY_BUCKET", "")
if bool(S3_MEDIA_BUCKET) != bool(S3_LIBRARY_BUCKET):
    # images in the store with library files on one machine's disk would still tie the site
    # to that machine
    raise ImproperlyConfigured("Set both S3_MEDIA_BUCKET and S3_LIBRARY_BUCKET, or neither.")
if S3_LIBRARY_BUCKET:
    # The connection as django-storages' AWS_* settings, not as the storages' OPTIONS: Wagtail
    # queues a file's deletion with its storage's options, and the secret key would be written
    # into the tasks table (and every backup of it).
    AWS_S3_ENDPOINT_URL = os.environ.get("S3_ENDPOINT_URL") or None  # None: Amazon's own
    AWS_S3_ACCESS_KEY_ID = os.environ.get("S3_ACCESS_KEY_ID", "")
    AWS_S3_SECRET_ACCESS_KEY = os.environ.get("S3_SECRET_ACCESS_KEY", "")
    AWS_S3_REGION_NAME = os.environ.get("S3_REGION", "us-east-1")
    AWS_S3_SIGNATURE_VERSION = "s3v4"
    AWS_S3_ADDRESSING_STYLE = "path"
    # Two uploads called report.pdf must not overwrite each other (S3Storage's default would):
    # the second gets a suffix, as on disk.
    AWS_S3_FILE_OVERWRITE = False
    AWS_DEFAULT_ACL = None  # the bucket's policy decides, never each object
    STORAGES["default"] = {
        "BACKEND": "kenes.storage.PublicMediaStorage",
        "OPTIONS": {"bucket_name": S3_MEDIA_BUCKET, "querystring_auth": False},
    }
    STORAGES["library"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": S3_LIBRARY_BUCKET,
            "querystring_auth": True,  # no address without a signature,
            "querystring_expire": 60,  # and a signature lasts a minute
        },
    }
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Email: console unless an SMTP host is given.
EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", default=not EMAIL_USE_SSL)
EMAIL_TIMEOUT = 10
EMAIL_BACKEND = os.environ.get(
    "EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend",
)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Kenes <no-reply@kenes.kz>")
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)

# Slow work (email, Wagtail's reference index and renditions) runs as django-tasks tasks. The
# database backend keeps them in a table until `manage.py db_worker` runs them, so a request
# never waits for the mail server. TASKS_BACKEND=immediate runs them in the request instead.
TASKS = {
    "default": {
        "BACKEND": {
            "database": "django_tasks_db.DatabaseBackend",
            "immediate": "django_tasks.backends.immediate.ImmediateBackend",
        }[os.environ.get("TASKS_BACKEND", "database")]
    }
}

# Wagtail
WAGTAIL_SITE_NAME = os.environ.get("SITE_NAME", "Kenes")
WAGTAILADMIN_BASE_URL = os.environ.get("BASE_URL", "http://127.0.0.1:8000")

# Calendars (feeds.ical). Each event's UID ends in this domain: set it once, before the first
# feed is published, and never change it, or every subscriber's calendar shows each event twice.
CALENDAR_UID_DOMAIN = os.environ.get(
    "CALENDAR_UID_DOMAIN", urlsplit(WAGTAILADMIN_BASE_URL).hostname or "localhost"
)
CALENDAR_PRODUCT_NAME = WAGTAIL_SITE_NAME
# The ORGANIZER of emailed invitations: an address nobody reads, so that calendar clients
# show an invitation without sending replies to staff.
CALENDAR_ORGANIZER = os.environ.get("CALENDAR_ORGANIZER", DEFAULT_FROM_EMAIL)

# Wagtail's database backend, except for models with an index of their own (core/search.py).
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "core.search"}}
WAGTAILADMIN_LOGIN_URL = "account_login"
# A page an editor protects with a password asks for it in the site's own page, not in
# Wagtail's bare one.
WAGTAIL_PASSWORD_REQUIRED_TEMPLATE = "password_required.html"  # noqa: S105 - a template name
# Passwords and email addresses are allauth's business: it verifies them and asks again
# for the password before a change (accounts/admin_views.py replaces the admin's name panel).
# No avatars from a third-party service: staff email hashes would leave the closed network,
# and every admin page would ask another host for images. Wagtail draws initials instead.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Nor does the dashboard ask releases.wagtail.org for news: upgrades are the operator's call.
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAIL_EMAIL_MANAGEMENT_ENABLED = False
WAGTAIL_FRONTEND_LOGIN_URL = "account_login"
WAGTAILDOCS_DOCUMENT_MODEL = "library.Material"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "library.forms.MaterialForm"
WAGTAILDOCS_SERVE_METHOD = "serve_view"  # documents always pass the access checks
WAGTAILDOCS_INLINE_CONTENT_TYPES = []  # every file downloads as an attachment
WAGTAILDOCS_EXTENSIONS = [
    "pdf",
    "docx",
    "xlsx",
    "pptx",
    "odt",
    "ods",
    "png",
    "jpg",
    "jpeg",
    "gif",
    "webp",
]
# Library materials are checked by content (library/validation.py); one limit for both.
LIBRARY_MAX_UPLOAD_SIZE = int(os.environ.get("LIBRARY_MAX_UPLOAD_SIZE_MB", "20")) * 1024 * 1024
WAGTAILDOCS_MAX_UPLOAD_SIZE = LIBRARY_MAX_UPLOAD_SIZE
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 5 * 1024 * 1024
WAGTAILLOCALIZE_JQUERY_INCLUDED = False
WAGTAILEMBEDS_RESPONSIVE_HTML = True

SESSION_ENGINE = "core.sessions"  # Django's database sessions, read with one plain query
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
X_FRAME_OPTIONS = "DENY"
# Content-Security-Policy (django-csp, applied by kenes.middleware.SecurityPolicyMiddleware):
# everything from the site itself, no inline script, no plugin, no framing, forms only to us.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}
# Browser features the site never uses, off for every page (and anything it might embed).
PERMISSIONS_POLICY = (
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), "
    "magnetometer=(), gyroscope=(), accelerometer=(), display-capture=(), browsing-topics=()"
)
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"redact_feed_tokens": {"()": "kenes.logging.RedactFeedTokens"}},
    "formatters": {
        "django.server": {
            "()": "django.utils.log.ServerFormatter",
            "format": "[{server_time}] {message}",
            "style": "{",
        }
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "filters": ["redact_feed_tokens"]},
        "django.server": {
            "class": "logging.StreamHandler",
            "formatter": "django.server",
            "filters": ["redact_feed_tokens"],
        },
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        # the development server's request log, with personal calendar addresses hidden
        "django.server": {"handlers": ["django.server"], "level": "INFO", "propagate": False},
        "django.request": {"level": "ERROR"},
        # Wagtail logs every page action and django-tasks every task run at INFO: too chatty.
        "wagtail": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
        "modelsearch": {"level": "WARNING"},
    },
}

ADMINS = [("Kenes", email) for email in env_list("ADMIN_EMAILS")]
