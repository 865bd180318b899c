"""Email about registrations, sent by a task worker so a slow mail server never slows a page.

The services enqueue these after their transaction commits; the tasks read the registration
again, so a message always describes what the database holds when it is sent.
"""

from django.conf import settings
from django.core.mail import send_mail
from django.utils import translation
from django_tasks import task
from wagtail.models import Locale

from kenes.emails import language_of, render_message, send_to_person

# The messages that give the confirmed participant the link to join and the practical details.
WITH_DETAILS = {"confirmed", "promoted", "reminder"}
# What the registration must still be when the worker sends the message: a waiting-list
# message is not sent to someone promoted in the meantime, nor a confirmation after a
# cancellation. The event messages go to everyone still registered.
STILL = {
    "confirmed": {"confirmed"},
    "promoted": {"confirmed"},
    "reminder": {"confirmed"},
    "waitlisted": {"waitlisted"},
    "cancelled": {"cancelled"},
    "event_updated": {"confirmed"},
}
# The messages that carry the event for the participant's calendar: an invitation to add or
# update it (for a seat), or its withdrawal.
CALENDAR_REQUEST = {
    "confirmed",
    "promoted",
    "event_rescheduled",
    "event_postponed",
    "event_updated",
}
CALENDAR_CANCEL = {"cancelled", "event_cancelled"}


def page_in(event, language: str):
    """The event's page in `language`, or the original when it is not translated."""
    locale = Locale.objects.filter(language_code=language).first()
    translated = event.get_translation_or_none(locale) if locale else None
    page = translated if translated is not None and translated.live else event
    return page.specific


def absolute_url(page, suffix: str = "") -> str:
    url = page.get_url() or "/"
    if not url.startswith("http"):
        url = settings.WAGTAILADMIN_BASE_URL + url
    return url + suffix


@task()
def send_event_email(*, registration_id: int, template: str) -> None:
    from .models import Registration

    registration = (
        Registration.objects.select_related("event", "person", "organisation")
        .filter(pk=registration_id)
        .first()
    )
    if registration is None:  # deleted with its account before the worker got to it
        return
    if registration.status not in STILL.get(template, registration.ACTIVE_STATUSES):
        return
    person = registration.person
    page = page_in(registration.event, language_of(person))
    with translation.override(language_of(person)):
        context = {
            "event": page,
            "registration": registration,
            "position": registration.waitlist_position(),
            "event_url": absolute_url(page),
            "show_details": template in WITH_DETAILS and registration.holds_seat,
        }
        calendar = calendar_invitation(registration, page, template, context["event_url"])
    send_to_person(
        user=person, template=f"events/email/{template}", context=context, calendar=calendar
    )


def calendar_invitation(registration, page, template: str, url: str) -> dict | None:
    """The invitation for a seat, or its cancellation, to send with the message (see
    `kenes.emails.send_to_person`). Someone who never had a seat (the waiting list) gets
    neither."""
    from feeds import ical
    from feeds.services import entries_for

    from .models import Registration

    if template in CALENDAR_REQUEST and registration.holds_seat:
        cancel = False
    elif template in CALENDAR_CANCEL and registration.confirmed_at is not None:
        cancel = True
    else:
        return None
    earlier = Registration.objects.filter(
        event_id=registration.event_id, person_id=registration.person_id, pk__lt=registration.pk
    ).count()
    entry = entries_for("event", [page])[page.translation_key]
    return {
        "body": ical.invitation(
            page, entry=entry, url=url, registration=registration, cancel=cancel, earlier=earlier
        ),
        "method": "CANCEL" if cancel else "REQUEST",
    }


@task()
def send_invitation_email(*, invitation_id: int, language: str) -> None:
    """The token is made here, not passed in: task arguments are kept in the task table."""
    from .models import EventInvitation
    from .services import invitation_issue_token

    invitation = EventInvitation.objects.select_related("event").filter(pk=invitation_id).first()
    if invitation is None or invitation.used_at is not None:
        return
    token = invitation_issue_token(invitation=invitation)
    page = page_in(invitation.event, language)
    with translation.override(language):
        subject, body = render_message(
            "events/email/invitation",
            {
                "invitation": invitation,
                "event": page,
                "invitation_url": absolute_url(page, f"invitation/{token}/"),
            },
        )
    send_mail(subject, body, None, [invitation.email])
