"""Build steps that need no secrets and no database (`make install`): the static files are
collected with the production storage (hashed names and their manifest, compressed copies),
whatever DJANGO_SETTINGS_MODULE the shell has, so that the production settings can serve
what the install left."""

import os

os.environ.setdefault("SECRET_KEY", "build-only-insecure-key-never-used-to-serve-0123456789")

from .base import *  # noqa: E402, F403 - settings modules extend the base by design
