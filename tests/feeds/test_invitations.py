"""Registration emails carry the event for the participant's own calendar: METHOD:REQUEST for
a seat, METHOD:CANCEL (same UID, higher SEQUENCE) when it is gone."""

import datetime
import email

import pytest
from django.core import mail
from icalendar import Calendar

from events.models import EventPage, Registration
from events.services import registration_cancel, registration_create
from tests.factories import make_event, publish, verified_member

pytestmark = pytest.mark.django_db


def on_the_wire(message):
    """The message as Django's SMTP backend sends it (CRLF line ends), parsed as a client
    reads it."""
    return email.message_from_bytes(message.message().as_bytes(linesep="\r\n"))


def calendar_parts(message):
    """The text/calendar parts of a sent message, as a mail client sees them."""
    parsed = on_the_wire(message)
    return [part for part in parsed.walk() if part.get_content_type() == "text/calendar"]


def invitation_in(message):
    """The invitation, as Outlook finds it (an alternative to the text) and as other clients
    do (an attached file): the same calendar both times."""
    inline, attached = calendar_parts(message)
    parsed = on_the_wire(message)
    (alternative,) = [p for p in parsed.walk() if p.get_content_type() == "multipart/alternative"]
    assert [p.get_content_type() for p in alternative.get_payload()] == [
        "text/plain",
        "text/calendar",
    ]
    assert inline.get_content_disposition() is None
    assert attached.get_content_disposition() == "attachment"
    assert attached.get_filename().endswith(".ics")
    body = inline.get_payload(decode=True)
    assert attached.get_payload(decode=True) == body
    calendar = Calendar.from_ical(body)
    for part in (inline, attached):
        assert part.get_param("charset") == "utf-8"
        assert part.get_param("method") == str(calendar["METHOD"])
    assert "NAME" not in calendar and "X-WR-CALNAME" not in calendar  # no calendar of its own
    (item,) = calendar.walk("VEVENT")
    return calendar, item


def register(event, person, capture):
    with capture(execute=True):
        return registration_create(
            event=event, person=person, organisation=person.memberships.get().organisation
        )


@pytest.fixture
def event(event_index):
    return make_event(
        event_index,
        title="Дөңгелек үстел, 1-бөлім",
        capacity=1,
        is_online=True,
        join_url="https://meet.example.org/room",
    )


def test_a_confirmed_seat_comes_with_an_invitation(event, django_capture_on_commit_callbacks):
    person = verified_member(full_name="Әлия Қасымқызы")
    register(event, person, django_capture_on_commit_callbacks)
    (message,) = mail.outbox
    calendar, item = invitation_in(message)
    assert str(calendar["METHOD"]) == "REQUEST"
    assert str(item["UID"]).startswith(f"event-{event.translation_key}@")
    assert item["SEQUENCE"] == 0
    assert str(item["STATUS"]) == "CONFIRMED"
    attendee = item["ATTENDEE"]
    assert str(attendee) == f"mailto:{person.email}"
    assert attendee.params["CN"] == "Әлия Қасымқызы"
    assert attendee.params["RSVP"] == "FALSE" and attendee.params["PARTSTAT"] == "ACCEPTED"
    assert str(item["ORGANIZER"]) == "mailto:no-reply@kenes.kz"
    # the participant's own copy has the link to join; the body links to the event page
    assert "https://meet.example.org/room" in str(item["DESCRIPTION"])
    assert f"http://testserver{event.url}" in message.body
    assert item.start == event.start.replace(microsecond=0)


def test_the_waiting_list_gets_no_invitation(event, django_capture_on_commit_callbacks):
    register(event, verified_member(), django_capture_on_commit_callbacks)
    mail.outbox.clear()
    register(event, verified_member(), django_capture_on_commit_callbacks)
    (message,) = mail.outbox
    assert calendar_parts(message) == []


def test_a_cancelled_registration_withdraws_the_invitation_and_a_new_one_outranks_it(
    event, django_capture_on_commit_callbacks
):
    person = verified_member()
    first = register(event, person, django_capture_on_commit_callbacks)
    _, invited = invitation_in(mail.outbox[-1])
    with django_capture_on_commit_callbacks(execute=True):
        registration_cancel(registration=first, by=person)
    calendar, cancelled = invitation_in(mail.outbox[-1])
    assert str(calendar["METHOD"]) == "CANCEL"
    assert cancelled["UID"] == invited["UID"]
    assert cancelled["SEQUENCE"] > invited["SEQUENCE"]
    assert str(cancelled["STATUS"]) == "CANCELLED"
    # registering again: a client that applied the CANCEL must accept the new REQUEST
    register(event, person, django_capture_on_commit_callbacks)
    calendar, again = invitation_in(mail.outbox[-1])
    assert str(calendar["METHOD"]) == "REQUEST"
    assert again["UID"] == invited["UID"]
    assert again["SEQUENCE"] > cancelled["SEQUENCE"]


def test_a_person_promoted_from_the_waiting_list_gets_the_invitation(
    event, django_capture_on_commit_callbacks
):
    seated, waiting = verified_member(), verified_member()
    first = register(event, seated, django_capture_on_commit_callbacks)
    register(event, waiting, django_capture_on_commit_callbacks)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        registration_cancel(registration=first, by=seated)
    promoted = [m for m in mail.outbox if m.to == [waiting.email]]
    calendar, _ = invitation_in(promoted[0])
    assert str(calendar["METHOD"]) == "REQUEST"


def test_a_new_time_updates_and_a_cancelled_event_removes_it_from_calendars(
    event, django_capture_on_commit_callbacks
):
    seated, waiting = verified_member(), verified_member()
    register(event, seated, django_capture_on_commit_callbacks)
    register(event, waiting, django_capture_on_commit_callbacks)
    _, invited = invitation_in(mail.outbox[0])

    page = EventPage.objects.get(pk=event.pk)
    page.start += datetime.timedelta(days=1)
    page.end += datetime.timedelta(days=1)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        publish(page)
    to_seated = [m for m in mail.outbox if m.to == [seated.email]]
    calendar, moved = invitation_in(to_seated[0])
    assert str(calendar["METHOD"]) == "REQUEST"
    assert moved["UID"] == invited["UID"]
    assert moved["SEQUENCE"] > invited["SEQUENCE"]
    assert moved.start == invited.start + datetime.timedelta(days=1)
    assert all(calendar_parts(m) == [] for m in mail.outbox if m.to == [waiting.email])

    page.status = EventPage.Status.CANCELLED
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        publish(page)
    to_seated = [m for m in mail.outbox if m.to == [seated.email]]
    calendar, cancelled = invitation_in(to_seated[0])
    assert str(calendar["METHOD"]) == "CANCEL"
    assert cancelled["UID"] == invited["UID"]
    assert cancelled["SEQUENCE"] > moved["SEQUENCE"]
    assert Registration.objects.filter(person=seated).get().status == "confirmed"
