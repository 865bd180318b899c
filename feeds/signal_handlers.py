"""Feeds built before a page left the site are out of date (publishing is handled by the
events and consultations services, which call `feeds.services.entry_refresh`)."""

from django.db.models.signals import post_delete
from wagtail.signals import page_unpublished

from consultations.models import ConsultationPage
from events.models import EventPage

from .services import entry_touch

KINDS = {EventPage: "event", ConsultationPage: "deadline"}


def on_page_gone(sender, instance, **kwargs):
    entry_touch(kind=KINDS[sender], translation_key=instance.translation_key)


def register_signal_handlers():
    for model in KINDS:
        page_unpublished.connect(on_page_gone, sender=model, dispatch_uid=f"kenes-feeds-{model}")
        post_delete.connect(on_page_gone, sender=model, dispatch_uid=f"kenes-feeds-del-{model}")
