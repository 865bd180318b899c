"""After an editor publishes an event, the registrants learn what changed (see
`events.services.event_published`); when an event leaves the site, or a city is renamed,
the calendar feeds are built again."""

from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished

from feeds.services import entry_touch, feeds_changed
from partners.models import Region

from . import ical
from .models import EventPage
from .services import event_published


def on_event_published(sender, instance, revision=None, **kwargs):
    event_published(event=instance, by=revision.user if revision is not None else None)


def on_event_gone(sender, instance, **kwargs):
    """Unpublished or deleted: feeds built before are out of date."""
    entry_touch(kind=ical.KIND, translation_key=instance.translation_key)


def on_region_changed(sender, **kwargs):
    """Feeds name each event's city."""
    feeds_changed()


def register_signal_handlers():
    page_published.connect(on_event_published, sender=EventPage, dispatch_uid="kenes-events")
    page_unpublished.connect(on_event_gone, sender=EventPage, dispatch_uid="kenes-events-gone")
    post_delete.connect(on_event_gone, sender=EventPage, dispatch_uid="kenes-events-deleted")
    for name, signal in (("saved", post_save), ("deleted", post_delete)):
        signal.connect(on_region_changed, sender=Region, dispatch_uid=f"kenes-events-region-{name}")
