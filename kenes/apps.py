from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KenesConfig(AppConfig):
    name = "kenes"
    verbose_name = _("Site")
    default_auto_field = "django.db.models.BigAutoField"
