"""Registering, the waiting list and cancelling, through the services the views call."""

import datetime
import json

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from wagtail.models import ModelLogEntry

from accounts.personal_data import account_delete
from events.models import EventInvitation, EventPage, Registration
from events.rules import (
    AlreadyRegistered,
    CancellationNotAllowed,
    InvitationInvalid,
    NotEligible,
    RegistrationClosed,
    RegistrationError,
)
from events.services import (
    hash_token,
    invitation_send,
    registration_cancel,
    registration_check_in,
    registration_create,
    registration_promote,
)
from tests.factories import (
    PASSWORD,
    OrganisationFactory,
    UserFactory,
    make_event,
    member_of,
    publish,
    sign_in,
    staff_user,
    translate,
    translated,
    verified_member,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _in_english():
    """The services' messages are matched in English (the pages test the other languages)."""

    with translation.override("en"):
        yield


def register(event, person, organisation="auto", **kwargs):
    if organisation == "auto":
        organisation = person.memberships.get().organisation
    return registration_create(event=event, person=person, organisation=organisation, **kwargs)


def statuses(event):
    return list(
        Registration.objects.filter(event=event).order_by("pk").values_list("status", flat=True)
    )


def test_member_gets_a_confirmed_seat_and_an_email(event_index, django_capture_on_commit_callbacks):
    event = make_event(event_index, capacity=2)
    person = verified_member()
    with django_capture_on_commit_callbacks(execute=True):
        registration = register(event, person)
    assert registration.status == Registration.Status.CONFIRMED
    assert [message.to for message in mail.outbox] == [[person.email]]
    assert "Дөңгелек үстел" in mail.outbox[0].subject


def test_seats_run_out_then_the_waiting_list_keeps_order(
    event_index, django_capture_on_commit_callbacks
):
    event = make_event(event_index, capacity=2)
    people = [verified_member() for _ in range(4)]
    with django_capture_on_commit_callbacks(execute=True):
        registrations = [register(event, person) for person in people]
    assert [r.status for r in registrations] == [
        "confirmed",
        "confirmed",
        "waitlisted",
        "waitlisted",
    ]
    assert [r.waitlist_position() for r in registrations] == [None, None, 1, 2]
    assert "2" in mail.outbox[3].body  # told their place in the queue


def test_a_person_cannot_register_twice(event_index):
    event = make_event(event_index)
    person = verified_member()
    register(event, person)
    with pytest.raises(AlreadyRegistered):
        register(event, person)
    assert Registration.objects.count() == 1


def test_registering_on_a_translation_takes_a_seat_of_the_same_event(event_index):

    translate(event_index, "ru", title="Мероприятия")
    event = make_event(event_index, capacity=1)
    russian = translate(event, "ru", title="Круглый стол")
    register(russian, verified_member())
    second = register(event, verified_member())
    assert second.status == Registration.Status.WAITLISTED
    assert Registration.objects.filter(event=event).count() == 2


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"registration_opens": "future"}, "Registration opens on"),
        ({"registration_closes": "past"}, "Registration is closed."),
        ({"status": EventPage.Status.CANCELLED}, "This event is cancelled."),
        ({"status": EventPage.Status.POSTPONED}, "postponed"),
        ({"access": EventPage.Access.NONE}, "no registration on the site"),
    ],
)
def test_registration_outside_its_window_changes_nothing(event_index, fields, message, settings):
    settings.LANGUAGE_CODE = "en"
    now = timezone.now()
    fields = {
        key: {
            "future": now + datetime.timedelta(days=1),
            "past": now - datetime.timedelta(hours=1),
        }.get(value, value)
        for key, value in fields.items()
    }
    event = make_event(event_index, **fields)

    with translation.override("en"), pytest.raises(RegistrationClosed, match=message):
        register(event, verified_member())
    assert Registration.objects.count() == 0


def test_no_registration_once_the_event_started(event_index):
    event = make_event(
        event_index, starts_in_days=0, start=timezone.now() - datetime.timedelta(minutes=5)
    )
    with pytest.raises(RegistrationClosed):
        register(event, verified_member())


def test_member_of_an_unverified_organisation_cannot_register(event_index):
    event = make_event(event_index)
    pending = OrganisationFactory(status="pending")
    person = member_of(pending)
    with pytest.raises(NotEligible):
        register(event, person, organisation=pending)
    with pytest.raises(NotEligible):
        register(event, person, organisation=None)
    assert Registration.objects.count() == 0


def test_suspended_organisation_no_longer_counts(event_index):
    event = make_event(event_index)
    person = verified_member()
    organisation = person.memberships.get().organisation
    organisation.status = "suspended"
    organisation.save()
    with pytest.raises(NotEligible):
        register(event, person, organisation=organisation)


def test_unverified_email_cannot_register_even_for_open_events(event_index):
    event = make_event(event_index, access=EventPage.Access.SIGNED_IN)
    person = UserFactory(verified=False)
    with pytest.raises(NotEligible, match="email"):
        register(event, person, organisation=None)


@pytest.mark.postgres  # SQLite has no row locks: Django leaves FOR UPDATE out there
def test_the_persons_own_standing_is_asked_before_the_event_is_locked(event_index):
    """Everybody registering for the event waits for its lock in turn: the account's address,
    which the lock does not guard, is checked before it, and an account without one never
    takes it."""
    event = make_event(event_index, access=EventPage.Access.SIGNED_IN)
    person, unconfirmed = UserFactory(), UserFactory(verified=False)
    with CaptureQueriesContext(connection) as queries:
        register(event, person, organisation=None)
    statements = [query["sql"] for query in queries.captured_queries]
    address = next(i for i, sql in enumerate(statements) if "account_emailaddress" in sql)
    lock = next(i for i, sql in enumerate(statements) if "FOR UPDATE" in sql)
    assert address < lock
    with CaptureQueriesContext(connection) as queries:
        with pytest.raises(NotEligible, match="email"):
            register(event, unconfirmed, organisation=None)
    assert not any("FOR UPDATE" in query["sql"] for query in queries.captured_queries)


def test_a_closed_registration_is_said_before_what_the_account_lacks(event_index):
    """The window comes first, as it did when every check ran under the lock."""
    event = make_event(
        event_index,
        access=EventPage.Access.SIGNED_IN,
        registration_closes=timezone.now() - datetime.timedelta(days=1),
    )
    with pytest.raises(RegistrationClosed):
        register(event, UserFactory(verified=False), organisation=None)


def test_anyone_signed_in_may_register_as_an_individual_when_the_event_allows(event_index):
    event = make_event(event_index, access=EventPage.Access.SIGNED_IN)
    registration = register(event, UserFactory(), organisation=None)
    assert registration.status == Registration.Status.CONFIRMED
    assert registration.organisation is None


def test_representative_registers_a_colleague_but_a_member_cannot(event_index):
    event = make_event(event_index)
    organisation = OrganisationFactory()
    representative = member_of(organisation, role="representative")
    colleague = member_of(organisation)
    other = member_of(organisation)
    registration = registration_create(
        event=event, person=colleague, organisation=organisation, registered_by=representative
    )
    assert registration.registered_by == representative
    with pytest.raises(NotEligible, match="representative"):
        registration_create(
            event=event, person=other, organisation=organisation, registered_by=colleague
        )


def test_representative_cannot_register_someone_outside_the_organisation(event_index):
    event = make_event(event_index)
    organisation = OrganisationFactory()
    representative = member_of(organisation, role="representative")
    stranger = verified_member()
    with pytest.raises(NotEligible):
        registration_create(
            event=event, person=stranger, organisation=organisation, registered_by=representative
        )


def test_seat_limit_per_organisation_sends_the_third_person_to_the_waiting_list(event_index):
    event = make_event(event_index, capacity=10, seats_per_organisation=2)
    organisation = OrganisationFactory()
    people = [member_of(organisation) for _ in range(3)]
    results = [register(event, person).status for person in people]
    assert results == ["confirmed", "confirmed", "waitlisted"]
    # another organisation still gets a seat
    assert register(event, verified_member()).status == "confirmed"


def test_cancelling_promotes_the_first_on_the_waiting_list(
    event_index, django_capture_on_commit_callbacks
):
    event = make_event(event_index, capacity=1)
    first, second, third = (verified_member() for _ in range(3))
    seat = register(event, first)
    register(event, second)
    register(event, third)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        promoted = registration_cancel(registration=seat, by=first)
    assert [r.person for r in promoted] == [second]
    assert statuses(event) == ["cancelled", "confirmed", "waitlisted"]
    assert sorted(m.to[0] for m in mail.outbox) == sorted([first.email, second.email])
    promotion = next(m for m in mail.outbox if m.to == [second.email])
    assert "http://testserver/kk/events/" in promotion.body
    assert Registration.objects.get(person=third).waitlist_position() == 1


def test_promotion_skips_people_whose_organisation_used_its_seats(event_index):
    event = make_event(event_index, capacity=2, seats_per_organisation=1)
    busy = OrganisationFactory()
    busy_first, busy_second = member_of(busy), member_of(busy)
    outsider = verified_member()
    register(event, busy_first)
    other_seat = register(event, verified_member())
    register(event, busy_second)  # waitlisted: the organisation's seat is taken
    register(event, outsider)  # waitlisted: the event is full
    registration_cancel(registration=other_seat, by=other_seat.person)
    assert Registration.objects.get(person=outsider).status == "confirmed"
    assert Registration.objects.get(person=busy_second).status == "waitlisted"


def test_cancelled_person_may_register_again(event_index):
    event = make_event(event_index)
    person = verified_member()
    registration_cancel(registration=register(event, person), by=person)
    assert register(event, person).status == "confirmed"


def test_no_cancelling_once_the_event_started(event_index):
    event = make_event(event_index)
    person = verified_member()
    registration = register(event, person)
    EventPage.objects.filter(pk=event.pk).update(start=timezone.now() - datetime.timedelta(hours=1))
    with pytest.raises(CancellationNotAllowed):
        registration_cancel(registration=registration, by=person)
    registration.refresh_from_db()
    assert registration.status == "confirmed"
    # an event manager still can, e.g. for a no-show list
    registration_cancel(registration=registration, by=person, as_manager=True)


def test_cancelling_twice_is_refused(event_index):
    event = make_event(event_index)
    person = verified_member()
    registration = register(event, person)
    registration_cancel(registration=registration, by=person)
    with pytest.raises(RegistrationError):
        registration_cancel(registration=registration, by=person)


def test_raising_the_capacity_promotes_the_waiting_list_in_order(
    event_index, django_capture_on_commit_callbacks
):
    event = make_event(event_index, capacity=1)
    people = [verified_member() for _ in range(4)]
    for person in people:
        register(event, person)
    event.capacity = 3
    with django_capture_on_commit_callbacks(execute=True):
        publish(event)
    assert statuses(event) == ["confirmed", "confirmed", "confirmed", "waitlisted"]
    assert sorted(m.subject for m in mail.outbox if m.to == [people[1].email])


def test_lowering_the_capacity_keeps_confirmed_seats(event_index):
    event = make_event(event_index, capacity=3)
    for _ in range(3):
        register(event, verified_member())
    event.capacity = 1
    publish(event)
    assert statuses(event) == ["confirmed"] * 3
    assert register(event, verified_member()).status == "waitlisted"


def test_cancelling_the_event_tells_every_registrant_once(
    event_index, django_capture_on_commit_callbacks
):
    event = make_event(event_index, capacity=1)
    seat, waiting = verified_member(), verified_member()
    register(event, seat)
    register(event, waiting)
    event.status = EventPage.Status.CANCELLED
    event.status_note = "Ауа райына байланысты."
    with django_capture_on_commit_callbacks(execute=True):
        publish(event)
    assert sorted(m.to[0] for m in mail.outbox) == sorted([seat.email, waiting.email])
    assert all("Ауа райына байланысты." in m.body for m in mail.outbox)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        publish(event)  # published again, nothing new to say
    assert mail.outbox == []


def test_postponing_then_a_new_date_tells_registrants_both_times(
    event_index, django_capture_on_commit_callbacks
):
    event = make_event(event_index)
    person = verified_member()
    person.preferred_language = "ru"
    person.save()
    register(event, person)
    event.status = EventPage.Status.POSTPONED
    with django_capture_on_commit_callbacks(execute=True):
        publish(event)
    event.status = EventPage.Status.SCHEDULED
    event.start += datetime.timedelta(days=7)
    event.end += datetime.timedelta(days=7)
    with django_capture_on_commit_callbacks(execute=True):
        publish(event)
    assert len(mail.outbox) == 2
    assert mail.outbox[0].subject == translated("ru", "Postponed: %(title)s") % {
        "title": "Дөңгелек үстел"
    }
    assert mail.outbox[1].subject == translated("ru", "New date: %(title)s") % {
        "title": "Дөңгелек үстел"
    }


def test_manual_promotion_never_exceeds_the_capacity(event_index):
    event = make_event(event_index, capacity=1)
    register(event, verified_member())
    waiting = register(event, verified_member())
    manager = UserFactory(is_staff=True)
    with pytest.raises(RegistrationError, match="No seat"):
        registration_promote(registration=waiting, by=manager)
    event.capacity = 2
    event.save()
    # the capacity was changed without publishing (e.g. in a script): the manager promotes
    registration_promote(registration=waiting, by=manager)
    waiting.refresh_from_db()
    assert waiting.status == "confirmed"


# Invitation-only events


def invite(event, email):
    token = f"token-for-{email}"
    EventInvitation.objects.create(event=event, email=email, token_hash=hash_token(token))
    return token


def test_invitation_only_event_needs_a_valid_unused_personal_link(event_index):
    event = make_event(event_index, access=EventPage.Access.INVITATION)
    person = verified_member()
    with pytest.raises(InvitationInvalid, match="not valid"):
        register(event, person, invitation_token="made-up")
    with pytest.raises(InvitationInvalid, match="not valid"):
        register(event, person)
    token = invite(event, person.email)
    registration = register(event, person, invitation_token=token)
    assert registration.invitation.used_at is not None
    registration_cancel(registration=registration, by=person)
    with pytest.raises(InvitationInvalid, match="already been used"):
        register(event, person, invitation_token=token)


def test_invitation_for_someone_else_is_refused(event_index):
    event = make_event(event_index, access=EventPage.Access.INVITATION)
    token = invite(event, "invited@example.kz")
    with pytest.raises(InvitationInvalid, match="another email address"):
        register(event, verified_member(), invitation_token=token)
    assert Registration.objects.count() == 0
    assert EventInvitation.objects.get().used_at is None


def test_invitation_of_another_event_is_not_valid_here(event_index):
    event = make_event(event_index, access=EventPage.Access.INVITATION)
    other = make_event(event_index, title="Басқа", access=EventPage.Access.INVITATION)
    person = verified_member()
    token = invite(other, person.email)
    with pytest.raises(InvitationInvalid):
        register(event, person, invitation_token=token)


def test_deleting_an_account_gives_its_seat_to_the_waiting_list(event_index):

    event = make_event(event_index, capacity=1)
    leaving, waiting = verified_member(), verified_member()
    register(event, leaving)
    register(event, waiting)
    account_delete(user=leaving)
    assert statuses(event) == ["confirmed"]
    assert Registration.objects.get().person == waiting


def test_my_data_export_lists_registrations(client, event_index):

    event = make_event(event_index)
    person = verified_member()
    register(event, person)
    client.login(email=person.email, password=PASSWORD)
    data = json.loads(client.get("/kk/accounts/me/export/").content)
    assert [(r["event"], r["status"]) for r in data["event_registrations"]] == [
        ("Дөңгелек үстел", "confirmed")
    ]


def test_my_account_lists_my_events_in_my_language(client, event_index):

    translate(event_index, "ru", title="Мероприятия")
    event = make_event(event_index, capacity=1)
    russian = translate(event, "ru", title="Круглый стол")
    person, other = verified_member(), verified_member()
    register(event, other)
    register(event, person)
    client.login(email=person.email, password=PASSWORD)
    html = client.get("/ru/accounts/me/").content.decode()
    assert f'href="{russian.url}"' in html and "Круглый стол" in html


def test_translations_follow_the_originals_date_and_status(event_index):

    translate(event_index, "ru", title="Мероприятия")
    event = make_event(event_index)
    russian = translate(event, "ru", title="Круглый стол")
    event.start += datetime.timedelta(days=1)
    event.end += datetime.timedelta(days=1)
    event.status = EventPage.Status.POSTPONED
    event.capacity = 7
    publish(event)
    russian.refresh_from_db()
    assert (russian.start, russian.status, russian.capacity) == (event.start, "postponed", 7)
    assert russian.title == "Круглый стол"
    # publishing the translation again with its old values does not undo it
    publish(EventPage.objects.get(pk=russian.pk).get_latest_revision_as_object())
    russian.refresh_from_db()
    assert (russian.start, russian.status) == (event.start, "postponed")


def test_managers_cannot_promote_for_a_cancelled_or_past_event(event_index):
    event = make_event(event_index, capacity=1)
    register(event, verified_member())
    waiting = register(event, verified_member())
    EventPage.objects.filter(pk=event.pk).update(capacity=2, status=EventPage.Status.CANCELLED)
    with pytest.raises(RegistrationError, match="until a scheduled event ends"):
        registration_promote(registration=waiting, by=None)
    EventPage.objects.filter(pk=event.pk).update(
        status=EventPage.Status.SCHEDULED,
        start=timezone.now() - datetime.timedelta(days=2),
        end=timezone.now() - datetime.timedelta(days=1),
    )
    with pytest.raises(RegistrationError):
        registration_promote(registration=waiting, by=None)
    waiting.refresh_from_db()
    assert waiting.status == "waitlisted"


def test_a_checked_in_participant_cannot_be_cancelled(event_index):

    event = make_event(event_index, start=timezone.now() - datetime.timedelta(minutes=30))
    person = verified_member()
    registration = Registration.objects.create(event=event, person=person, status="confirmed")
    registration_check_in(registration=registration, by=None)
    with pytest.raises(RegistrationError, match="checked in"):
        registration_cancel(registration=registration, by=None, as_manager=True)


def test_invitations_only_for_invitation_only_events(event_index):

    event = make_event(event_index)
    with pytest.raises(RegistrationError, match="invitation only"):
        invitation_send(event=event, email="a@example.kz", full_name="", language="kk", by=None)
    assert EventInvitation.objects.count() == 0


def test_manager_actions_are_in_the_audit_log(event_index):

    manager = staff_user("Event managers")
    event = make_event(event_index, start=timezone.now() - datetime.timedelta(minutes=30))
    registration = Registration.objects.create(
        event=event, person=verified_member(), status="confirmed"
    )
    registration_check_in(registration=registration, by=manager)
    entry = ModelLogEntry.objects.get(action="kenes_events.check_in")
    assert (entry.user, entry.object_id) == (manager, str(registration.pk))


def test_an_editors_question_hint_is_text_not_html(client, event_index):
    event = make_event(
        event_index,
        questions=[
            ("text", {"label": "Q", "help_text": "<script>alert(1)</script>", "required": False})
        ],
    )
    sign_in(client, verified_member())
    html = client.get(event.url + "register/").content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_members_cannot_sidestep_the_seat_limit_as_individuals(event_index):
    event = make_event(event_index, access=EventPage.Access.SIGNED_IN, seats_per_organisation=1)
    organisation = OrganisationFactory()
    first, second = member_of(organisation), member_of(organisation)
    registration_create(event=event, person=first, organisation=organisation)
    with pytest.raises(NotEligible):
        registration_create(event=event, person=second, organisation=None)
    # someone without an organisation still registers as an individual
    assert registration_create(event=event, person=UserFactory()).status == "confirmed"


def test_deleting_the_account_of_a_checked_in_person_works(event_index):

    event = make_event(event_index, start=timezone.now() + datetime.timedelta(hours=1))
    person = verified_member()
    Registration.objects.create(event=event, person=person, status="attended")
    account_delete(user=person)
    assert Registration.objects.count() == 0


def test_each_outcome_is_said_once_and_to_the_person_as_you(client, event_index):
    def page_text(response) -> str:
        return " ".join(BeautifulSoup(response.content, "html.parser").get_text(" ").split())

    event = make_event(event_index, capacity=1)
    first, second = verified_member(), verified_member()
    sign_in(client, first)
    organisation = first.memberships.get().organisation.pk
    text = page_text(client.post(f"{event.url}register/", {"organisation": organisation}))
    thanks = translated("kk", "Thank you for registering. We have sent you the details by email.")
    assert text.count(thanks) == 1  # the answer to the form
    # then the event's page: its box says where the person stands, once
    text = page_text(client.get(event.url))
    assert text.count(translated("kk", "You are registered: your seat is confirmed.")) == 1
    assert thanks not in text
    registration = Registration.objects.get(person=first)
    text = page_text(
        client.post(f"{event.url}registrations/{registration.pk}/cancel/", follow=True)
    )
    assert translated("kk", "Your registration is cancelled.") in text
    assert first.full_name not in text

    Registration.objects.create(event=event, person=UserFactory(), status="confirmed")
    sign_in(client, second)
    organisation = second.memberships.get().organisation.pk
    text = page_text(client.post(f"{event.url}register/", {"organisation": organisation}))
    position = translated(
        "kk",
        "You are on the waiting list, number %(position)s. We will email you if a seat frees up.",
    ) % {"position": 1}
    assert text.count(position) == 1
