from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ConsultationsConfig(AppConfig):
    """Draft-law consultations: articles, comments, moderation, responses, reports."""

    name = "consultations"
    verbose_name = _("Consultations")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Django's way: connect the handlers once every app's models are loaded.
        from .signal_handlers import register_signal_handlers  # noqa: PLC0415

        register_signal_handlers()
