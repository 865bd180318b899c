"""When a consultation is published: its translations take the original's dates and
settings, and, the first time, the subscribers of its legal area are told."""

from wagtail.signals import page_published

from kenes.shared_fields import copy_to_translations

from .following import announce
from .models import ConsultationPage


def on_consultation_published(sender, instance, **kwargs):
    copy_to_translations(instance)
    announce(consultation=instance)


def register_signal_handlers():
    page_published.connect(
        on_consultation_published, sender=ConsultationPage, dispatch_uid="kenes-consultations"
    )
