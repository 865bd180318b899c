"""When a consultation is published: its translations take the original's dates and
settings, calendar feeds learn of its deadline, and, the first time, the subscribers of its
legal area are told."""

from wagtail.signals import page_published

from feeds.services import entry_refresh
from kenes.shared_fields import copy_to_translations

from .following import announce
from .models import ConsultationPage


def on_consultation_published(sender, instance, **kwargs):
    copy_to_translations(instance)
    entry_refresh(
        kind="deadline",
        pages=ConsultationPage.objects.live()
        .filter(translation_key=instance.translation_key)
        .select_related("legal_area", "locale"),
    )
    announce(consultation=instance)


def register_signal_handlers():
    page_published.connect(
        on_consultation_published, sender=ConsultationPage, dispatch_uid="kenes-consultations"
    )
