"""When a consultation is first published, the subscribers of its legal area are told."""

from wagtail.signals import page_published

from .following import announce
from .models import ConsultationPage


def on_consultation_published(sender, instance, **kwargs):
    announce(consultation=instance)


def register_signal_handlers():
    page_published.connect(
        on_consultation_published, sender=ConsultationPage, dispatch_uid="kenes-consultations"
    )
