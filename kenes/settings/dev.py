"""Local development and the demo (`make run`): debug on, mail to the console."""

import os

os.environ.setdefault("SECRET_KEY", "dev-only-insecure-key-never-use-in-production-0123456789")
os.environ.setdefault("DEBUG", "1")
os.environ.setdefault("KENES_STAFF_REQUIRE_2FA", "0")
# The demo sends its mail at once to the console; run `manage.py db_worker` to try the queue.
os.environ.setdefault("TASKS_BACKEND", "immediate")
# A template edited while runserver runs shows at once: no kept pages unless asked for.
os.environ.setdefault("PAGE_CACHE_SECONDS", "0")

from .base import *  # noqa: E402, F403 - settings modules extend the base by design

# The demo site (`manage.py seed_demo`): never installed in production.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405

# Pages, JSON and calendars compressed by the app, as nginx does in production (deploy/nginx).
# Django's GZipMiddleware pads each response with random bytes against BREACH-style guessing
# of the secrets a page carries.
MIDDLEWARE = ["django.middleware.gzip.GZipMiddleware", *MIDDLEWARE]  # noqa: F405

STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
