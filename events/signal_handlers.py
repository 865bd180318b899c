"""After an editor publishes an event, the registrants learn what changed (see
`events.services.event_published`)."""

from wagtail.signals import page_published

from .models import EventPage
from .services import event_published


def on_event_published(sender, instance, **kwargs):
    event_published(event=instance)


def register_signal_handlers():
    page_published.connect(on_event_published, sender=EventPage, dispatch_uid="kenes-events")
