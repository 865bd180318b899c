"""Local development and the demo (`make run`): debug on, mail to the console."""

import os

os.environ.setdefault("SECRET_KEY", "dev-only-insecure-key-never-use-in-production-0123456789")
os.environ.setdefault("DEBUG", "1")
os.environ.setdefault("KENES_STAFF_REQUIRE_2FA", "0")

from .base import *  # noqa: E402, F403 - settings modules extend the base by design

STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
