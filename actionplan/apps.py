from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ActionPlanConfig(AppConfig):
    name = "actionplan"
    verbose_name = _("National Action Plan")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Django's way: connect the handlers once every app's models are loaded.
        from .signal_handlers import register_signal_handlers  # noqa: PLC0415

        register_signal_handlers()
