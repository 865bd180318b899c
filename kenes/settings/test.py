"""Test settings: the suite runs on SQLite unless DATABASE_URL points elsewhere."""

import os
import tempfile

os.environ.setdefault("SECRET_KEY", "test-only-insecure-key-never-use-in-production-0123456789")
os.environ["DEBUG"] = "0"
os.environ.setdefault("KENES_STAFF_REQUIRE_2FA", "1")
# Tasks run when enqueued, after the transaction commits: tests see the mail at once.
os.environ["TASKS_BACKEND"] = "immediate"


from .base import *  # noqa: E402, F403 - settings modules extend the base by design

# The demo site (`manage.py seed_demo`), which the tests load and check.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"},
}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    # on disk: Wagtail serves documents from their path (InMemoryStorage's path is not real)
    "library": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": tempfile.mkdtemp(prefix="kenes-test-library-")},
    },
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILADMIN_BASE_URL = "http://testserver"
# Off, except in the tests of the page cache (tests/core/test_page_cache.py): a test that
# changes a row with queryset.update() and reads the page again is not a page-cache test.
KENES_PAGE_CACHE_SECONDS = 0
LOGGING["root"]["level"] = "WARNING"  # noqa: F405
