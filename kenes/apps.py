from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KenesConfig(AppConfig):
    name = "kenes"
    verbose_name = _("Site")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Django's way: connect the handlers once every app's models are loaded.
        from core import routing  # noqa: PLC0415
        from core.page_cache import connect_signals  # noqa: PLC0415

        from . import readiness  # noqa: F401, PLC0415 - registers the release check
        from .page_index import register  # noqa: PLC0415

        register()
        connect_signals()
        routing.connect_signals()
