"""Email about registrations, sent by a task worker so a slow mail server never slows a page.

The services enqueue these after their transaction commits; the tasks read the registration
again, so a message always describes what the database holds when it is sent.
"""

import logging

from django.utils import translation
from django_tasks import task

from core.emails import language_of, mail_task, render_message, send_to_address, send_to_person
from core.links import page_url
from core.translations import page_in
from feeds.services import entries_for

from . import ical
from .models import EventInvitation, Registration
from .rules import sees_joining_details

logger = logging.getLogger(__name__)

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


@task()
def send_event_emails(*, emails: list) -> None:
    """The messages of registrations decided together, each its own task (and retries). One
    that cannot be queued does not keep the others from being queued; this task then fails,
    and its result and the log say which."""
    failed = []
    for registration_id, template in emails:
        try:
            send_event_email.enqueue(registration_id=registration_id, template=template)
        except Exception:  # noqa: BLE001 - logged; the rest are still queued
            logger.exception(
                "Could not queue the %s message of registration %s", template, registration_id
            )
            failed.append(registration_id)
    if failed:
        raise RuntimeError(f"messages not queued for registrations {failed}")


@mail_task
def send_event_email(*, registration_id: int, template: str) -> None:
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
            "event_url": page_url(page),
            "show_details": template in WITH_DETAILS and sees_joining_details(registration),
        }
        calendar = calendar_invitation(registration, page, template, context["event_url"])
    send_to_person(
        user=person, template=f"events/email/{template}", context=context, calendar=calendar
    )


def calendar_invitation(registration, page, template: str, url: str) -> dict | None:
    """The invitation for a seat, or its cancellation, to send with the message (see
    `core.emails.send_to_person`). Someone who never had a seat (the waiting list) gets
    neither."""
    if template in CALENDAR_REQUEST and registration.holds_seat:
        cancel = False
    elif template in CALENDAR_CANCEL and registration.confirmed_at is not None:
        cancel = True
    else:
        return None
    earlier = Registration.objects.filter(
        event_id=registration.event_id, person_id=registration.person_id, pk__lt=registration.pk
    ).count()
    entry = entries_for(ical.KIND, [page])[page.translation_key]
    return {
        "body": ical.invitation(
            page, entry=entry, url=url, registration=registration, cancel=cancel, earlier=earlier
        ),
        "method": "CANCEL" if cancel else "REQUEST",
    }


@mail_task
def send_invitation_email(*, invitation_id: int, language: str) -> None:
    """The token is made here, not passed in: task arguments are kept in the task table."""
    from .services import invitation_issue_token  # noqa: PLC0415 - the services queue this task

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
                "invitation_url": page_url(page, f"invitation/{token}/"),
            },
        )
    send_to_address(email=invitation.email, subject=subject, body=body)
