"""Following a consultation and subscribing to a legal area, and the emails they bring.

Every such email carries a one-click unsubscribe link (`tokens.unsubscribe_token`).
"""

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from .models import Announcement, AreaSubscription, ConsultationPage, Follow, LegalArea
from .tasks import send_following_email
from .tokens import read_unsubscribe_token


def unsubscribe(token: str) -> str | None:
    """Undo the follow or subscription a token names; its description, or None for a bad
    token. Idempotent: a second click finds nothing to undo and says so the same way."""
    found = read_unsubscribe_token(token)
    if found is None:
        return None
    kind, pk = found
    if kind == "follow":
        follow = Follow.objects.filter(pk=pk).select_related("consultation").first()
        if follow is not None:
            follow.delete()
            return _("You no longer follow “%(title)s”.") % {"title": follow.consultation.title}
        return _("You are unsubscribed.")
    if kind == "area":
        AreaSubscription.objects.filter(pk=pk).delete()
        return _("You are unsubscribed.")
    return None


def follow_set(*, person, consultation: ConsultationPage, follow: bool) -> None:
    consultation = consultation.canonical
    if follow:
        try:
            with transaction.atomic():
                Follow.objects.get_or_create(person=person, consultation=consultation)
        except IntegrityError:  # the same click twice at once
            pass
    else:
        Follow.objects.filter(person=person, consultation=consultation).delete()


def area_subscribe(*, person, area: LegalArea, subscribe: bool) -> None:
    if subscribe:
        try:
            with transaction.atomic():
                AreaSubscription.objects.get_or_create(person=person, legal_area=area)
        except IntegrityError:
            pass
    else:
        AreaSubscription.objects.filter(person=person, legal_area=area).delete()


def notify_followers(*, consultation: ConsultationPage, template: str) -> None:
    """Queue `template` for each follower (after the current transaction commits)."""
    ids = list(
        Follow.objects.filter(consultation=consultation.canonical).values_list("pk", flat=True)
    )
    transaction.on_commit(
        lambda: [
            send_following_email.enqueue(kind="follow", pk=pk, template=template) for pk in ids
        ]
    )


def announce(*, consultation: ConsultationPage) -> int:
    """Tell the subscribers of the consultation's legal area about it, once. Returns how many
    are told."""
    consultation = consultation.canonical
    if consultation.legal_area_id is None or not consultation.live:
        return 0
    with transaction.atomic():
        _announcement, created = Announcement.objects.get_or_create(consultation=consultation)
        if not created:
            return 0
        ids = list(
            AreaSubscription.objects.filter(legal_area=consultation.legal_area_id).values_list(
                "pk", flat=True
            )
        )
        consultation_id = consultation.pk
        transaction.on_commit(
            lambda: [
                send_following_email.enqueue(
                    kind="area", pk=pk, template="new_consultation", consultation_id=consultation_id
                )
                for pk in ids
            ]
        )
    return len(ids)
