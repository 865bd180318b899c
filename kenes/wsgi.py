"""WSGI entry point for gunicorn and other servers (production settings unless told otherwise)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kenes.settings.production")

application = get_wsgi_application()
