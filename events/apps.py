from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    """Round tables, training seminars and conferences, with registration (issue: events)."""

    name = "events"
    verbose_name = _("Events")
    default_auto_field = "django.db.models.BigAutoField"
