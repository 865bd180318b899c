from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ActionPlanConfig(AppConfig):
    name = "actionplan"
    verbose_name = _("National Action Plan")
    default_auto_field = "django.db.models.BigAutoField"
