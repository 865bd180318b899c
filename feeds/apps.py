from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FeedsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "feeds"
    verbose_name = _("Calendar feeds")

    def ready(self):
        from .signal_handlers import register_signal_handlers

        register_signal_handlers()
