"""Public feeds are built again after anything they show changes. Publishing is handled by
the events and consultations services (`feeds.services.entry_refresh`); here: pages leaving
the site or moving, view restrictions, and the names of regions and legal areas."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import PageViewRestriction
from wagtail.signals import page_unpublished, post_page_move

from consultations.models import ConsultationPage, LegalArea
from events.models import EventPage
from partners.models import Region

from .services import entry_touch, feeds_changed

KINDS = {EventPage: "event", ConsultationPage: "deadline"}


def on_page_gone(sender, instance, **kwargs):
    entry_touch(kind=KINDS[sender], translation_key=instance.translation_key)


def on_feeds_changed(sender, **kwargs):
    feeds_changed()


def register_signal_handlers():
    for model in KINDS:
        page_unpublished.connect(on_page_gone, sender=model, dispatch_uid=f"kenes-feeds-{model}")
        post_delete.connect(on_page_gone, sender=model, dispatch_uid=f"kenes-feeds-del-{model}")
    post_page_move.connect(on_feeds_changed, dispatch_uid="kenes-feeds-move")
    for model in (PageViewRestriction, Region, LegalArea):
        for signal in (post_save, post_delete):
            signal.connect(on_feeds_changed, sender=model, dispatch_uid=f"kenes-feeds-{model}")
