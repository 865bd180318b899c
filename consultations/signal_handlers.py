"""When a consultation is published: its translations take the original's dates and
settings, calendar feeds learn of its deadline, and, the first time, the subscribers of its
legal area are told. When it leaves the site, or a legal area is renamed, the calendar feeds
are built again."""

from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished

from core.translations import copy_to_translations
from feeds.services import entry_refresh, entry_touch, feeds_changed

from . import ical
from .following import announce
from .models import ConsultationPage, LegalArea


def on_consultation_published(sender, instance, revision=None, **kwargs):
    copy_to_translations(instance, user=revision.user if revision is not None else None)
    entry_refresh(
        kind=ical.KIND,
        pages=ConsultationPage.objects.live()
        .filter(translation_key=instance.translation_key)
        .select_related("legal_area", "locale"),
        fingerprint=ical.deadline_fingerprint,
    )
    announce(consultation=instance)


def on_consultation_gone(sender, instance, **kwargs):
    """Unpublished or deleted: feeds built before are out of date."""
    entry_touch(kind=ical.KIND, translation_key=instance.translation_key)


def on_legal_area_changed(sender, **kwargs):
    """The deadline feed names each draft's legal area."""
    feeds_changed()


def register_signal_handlers():
    page_published.connect(
        on_consultation_published, sender=ConsultationPage, dispatch_uid="kenes-consultations"
    )
    page_unpublished.connect(
        on_consultation_gone, sender=ConsultationPage, dispatch_uid="kenes-consultations-gone"
    )
    post_delete.connect(
        on_consultation_gone, sender=ConsultationPage, dispatch_uid="kenes-consultations-deleted"
    )
    for name, signal in (("saved", post_save), ("deleted", post_delete)):
        signal.connect(
            on_legal_area_changed,
            sender=LegalArea,
            dispatch_uid=f"kenes-consultations-area-{name}",
        )
