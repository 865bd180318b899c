from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LibraryConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "library"
    verbose_name = _("Library")

    def ready(self):
        # Django's way: connect the handlers once every app's models are loaded.
        from .signal_handlers import register_signal_handlers  # noqa: PLC0415

        register_signal_handlers()
