"""Each rule of events/rules.py is decided once, and the places that show it agree: what the
event page offers is what the service accepts; who sees the link to join sees it on the
page, in their calendar and in their email alike."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone, translation

from events.models import EventPage, Registration
from events.rules import NotEligible
from events.services import registration_create
from events.tasks import send_event_email
from feeds.services import token_issue
from tests.factories import (
    OrganisationFactory,
    UserFactory,
    make_event,
    member_of,
    publish,
    sign_in,
    verified_member,
)

pytestmark = pytest.mark.django_db

JOIN_URL = "https://meet.example.kz/j/kenes-1"


def started(event):
    """The event began an hour ago (and goes on for two more)."""
    now = timezone.now()
    EventPage.objects.filter(pk=event.pk).update(
        start=now - datetime.timedelta(hours=1), end=now + datetime.timedelta(hours=2)
    )


@pytest.fixture
def organisation():
    return OrganisationFactory()


def cancel_url(event, registration) -> str:
    return f"{event.url}registrations/{registration.pk}/cancel/"


# Who may cancel: the page offers exactly what the service then accepts.

CANCEL_CASES = {
    # case: (who looks, whose registration, its status, has the event started?)
    "own seat before the start": ("person", "person", "confirmed", False),
    "own place on the waiting list": ("person", "person", "waitlisted", False),
    "own seat once the event started": ("person", "person", "confirmed", True),
    "own check-in": ("person", "person", "attended", True),
    "a colleague's seat, as representative": ("representative", "person", "confirmed", False),
    "a colleague's seat, as a plain member": ("colleague", "person", "confirmed", False),
    "somebody else's seat": ("stranger", "person", "confirmed", False),
}


@pytest.mark.parametrize("case", CANCEL_CASES)
def test_the_cancel_link_is_offered_exactly_when_cancelling_works(
    client, event_index, organisation, case
):
    viewer, owner, status, has_started = CANCEL_CASES[case]
    event = make_event(event_index, capacity=5)
    people = {
        "person": member_of(organisation),
        "representative": member_of(organisation, role="representative"),
        "colleague": member_of(organisation),
        "stranger": UserFactory(),
    }
    registration = Registration.objects.create(
        event=event, person=people[owner], organisation=organisation, status=status
    )
    if has_started:
        started(event)
    sign_in(client, people[viewer])
    offered = cancel_url(event, registration) in client.get(event.url).content.decode()
    answer = client.post(cancel_url(event, registration))
    registration.refresh_from_db()
    accepted = registration.status == Registration.Status.CANCELLED
    assert offered == accepted
    expected = case in {
        "own seat before the start",
        "own place on the waiting list",
        "a colleague's seat, as representative",
    }
    assert accepted == expected
    if viewer in {"colleague", "stranger"}:
        assert answer.status_code == 404  # another person's registration does not exist


# Who sees the link to join online: the page, their own calendar and their email agree.

JOIN_CASES = {
    "a confirmed seat": ("confirmed", "scheduled", True),
    "a check-in on the day": ("attended", "scheduled", True),
    "the waiting list": ("waitlisted", "scheduled", False),
    "a seat at a postponed event": ("confirmed", "postponed", False),
    "a seat at a cancelled event": ("confirmed", "cancelled", False),
}


@pytest.mark.parametrize("case", JOIN_CASES)
def test_the_page_the_calendar_and_the_email_agree_on_who_sees_the_link_to_join(
    client, event_index, organisation, case
):
    status, event_status, expected = JOIN_CASES[case]
    event = make_event(
        event_index, is_online=True, join_url=JOIN_URL, practical_info="Пропуск на входе."
    )
    person = member_of(organisation)
    registration = Registration.objects.create(
        event=event,
        person=person,
        organisation=organisation,
        status=status,
        confirmed_at=timezone.now() if status != "waitlisted" else None,
    )
    EventPage.objects.filter(pk=event.pk).update(status=event_status)
    sign_in(client, person)
    on_page = JOIN_URL in client.get(event.url).content.decode()
    token = token_issue(user=person)
    in_calendar = JOIN_URL in client.get(f"/feeds/personal/{token.token}.ics").content.decode()
    assert on_page == in_calendar == expected
    if status == "confirmed":  # the messages that carry the details go to confirmed seats
        mail.outbox.clear()
        send_event_email.call(registration_id=registration.pk, template="reminder")
        (message,) = mail.outbox
        assert (JOIN_URL in message.body) == expected


def test_registering_needs_a_verified_email_address(event_index, organisation):
    person = member_of(organisation, UserFactory(verified=False))
    event = make_event(event_index)
    with translation.override("en"), pytest.raises(NotEligible, match="Confirm your email"):
        registration_create(event=event, person=person, organisation=organisation)


def test_the_join_link_is_hidden_once_the_event_is_cancelled(client, event_index):
    event = make_event(event_index, is_online=True, join_url="https://meet.example.kz/j")
    person = verified_member()
    registration_create(
        event=event, person=person, organisation=person.memberships.get().organisation
    )
    event.status = EventPage.Status.CANCELLED
    publish(event)
    sign_in(client, person)
    assert "https://meet.example.kz/j" not in client.get(event.url).content.decode()
