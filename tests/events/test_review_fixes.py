"""Defects a review found, each kept fixed by a test."""

import datetime
import io
import re

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from openpyxl import load_workbook

from accounts.personal_data import account_delete
from events.models import EventPage, Registration
from events.rules import NotEligible
from events.services import invitation_send, registration_create
from events.tasks import send_event_email
from tests.accounts.test_two_factor import with_totp
from tests.factories import (
    PASSWORD,
    OrganisationFactory,
    UserFactory,
    make_event,
    member_of,
    publish,
    staff_user,
    translate,
    verified_member,
)

pytestmark = pytest.mark.django_db


def sign_in(client, user):
    assert client.login(email=user.email, password=PASSWORD)


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


@pytest.mark.parametrize("month", ["0000-01", "0001-01", "2026-13", "x"])
def test_an_impossible_month_is_ignored_and_the_other_filters_still_apply(
    client, event_index, month
):
    make_event(event_index, title="Семинар", kind="seminar")
    make_event(event_index, title="Кездесу", kind="round-table")
    response = client.get("/kk/events/", {"kind": "seminar", "month": month})
    assert response.status_code == 200
    assert [e.title for e in response.context["events"]] == ["Семинар"]


def test_xlsx_export_survives_control_characters_in_answers(client, event_index):

    event = make_event(
        event_index,
        questions=[("text", {"label": "Ескерту", "help_text": "", "required": False})],
    )
    person = verified_member()
    sign_in(client, person)
    block = event.questions[0].id
    client.post(
        event.url + "register/",
        {"organisation": person.memberships.get().organisation.pk, f"q_{block}": "бір\x0bекі\x1b"},
    )
    assert Registration.objects.count() == 1
    manager = staff_user("Event managers")
    with_totp(manager)
    client.force_login(manager)
    response = client.get(f"/admin/events/{event.pk}/registrations/", {"export": "xlsx"})
    assert response.status_code == 200

    sheet = load_workbook(io.BytesIO(response.content)).active
    assert "бірекі" in [cell.value for cell in list(sheet.rows)[1]]


def test_an_event_with_registrations_cannot_be_deleted(client, event_index):

    event = make_event(event_index)
    person = verified_member()
    registration_create(
        event=event, person=person, organisation=person.memberships.get().organisation
    )
    editor = staff_user("Editors")
    editor.is_superuser = True
    editor.save()
    with_totp(editor)
    client.force_login(editor)
    response = client.post(f"/admin/pages/{event.pk}/delete/")
    assert response.status_code == 302
    assert EventPage.objects.filter(pk=event.pk).exists()
    assert Registration.objects.count() == 1


def test_email_subjects_are_not_html_escaped(event_index, django_capture_on_commit_callbacks):
    event = make_event(event_index, title='Q&A "Құқық" <2026>')
    person = verified_member()
    with django_capture_on_commit_callbacks(execute=True):
        registration_create(
            event=event, person=person, organisation=person.memberships.get().organisation
        )
    assert 'Q&A "Құқық" <2026>' in mail.outbox[0].subject


def test_a_queued_message_that_no_longer_holds_is_not_sent(event_index):
    event = make_event(event_index, capacity=1)
    person = verified_member()
    registration = Registration.objects.create(event=event, person=person, status="confirmed")
    send_event_email.call(registration_id=registration.pk, template="waitlisted")
    assert mail.outbox == []
    send_event_email.call(registration_id=registration.pk, template="confirmed")
    assert len(mail.outbox) == 1


def test_a_new_end_is_announced_and_a_new_start_brings_a_new_reminder(
    event_index, django_capture_on_commit_callbacks
):
    event = make_event(event_index)
    person = verified_member()
    registration = Registration.objects.create(
        event=event, person=person, status="confirmed", reminded_at=timezone.now()
    )
    event.end += datetime.timedelta(hours=2)
    with django_capture_on_commit_callbacks(execute=True):
        publish(event)
    assert len(mail.outbox) == 1
    registration.refresh_from_db()
    assert registration.reminded_at is not None  # same start: the reminder stands
    event.start += datetime.timedelta(days=1)
    event.end += datetime.timedelta(days=1)
    publish(event)
    registration.refresh_from_db()
    assert registration.reminded_at is None


def test_deleting_the_account_of_a_checked_in_person_works(event_index):

    event = make_event(event_index, start=timezone.now() + datetime.timedelta(hours=1))
    person = verified_member()
    Registration.objects.create(event=event, person=person, status="attended")
    account_delete(user=person)
    assert Registration.objects.count() == 0


def test_members_cannot_sidestep_the_seat_limit_as_individuals(event_index):
    event = make_event(event_index, access=EventPage.Access.SIGNED_IN, seats_per_organisation=1)
    organisation = OrganisationFactory()
    first, second = member_of(organisation), member_of(organisation)
    registration_create(event=event, person=first, organisation=organisation)
    with pytest.raises(NotEligible):
        registration_create(event=event, person=second, organisation=None)
    # someone without an organisation still registers as an individual
    assert registration_create(event=event, person=UserFactory()).status == "confirmed"


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


def test_shared_fields_are_read_only_on_a_translation(event_index):
    translate(event_index, "ru", title="Мероприятия")
    event = make_event(event_index)
    russian = translate(event, "ru", title="Круглый стол")
    form_class = EventPage.get_edit_handler().get_form_class()
    assert form_class(instance=russian, for_user=None).fields["capacity"].disabled
    assert form_class(instance=russian, for_user=None).fields["title"].disabled is False
    assert not form_class(instance=event, for_user=None).fields["capacity"].disabled


def test_the_invitation_token_never_enters_the_task_queue(
    client, event_index, settings, django_capture_on_commit_callbacks
):

    event = make_event(event_index, access=EventPage.Access.INVITATION)
    person = verified_member()

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    with django_capture_on_commit_callbacks(execute=True):
        invitation_send(event=event, email=person.email, full_name="", language="kk", by=None)
    queued = DBTaskResult.objects.get()
    assert queued.args_kwargs["kwargs"].keys() == {"invitation_id", "language"}
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    queued.task.call(**queued.args_kwargs["kwargs"])  # what the worker does
    link = re.search(r"https?://testserver(\S+/invitation/\S+/)", mail.outbox[0].body)[1]
    sign_in(client, person)
    assert client.get(link)["Location"] == event.url + "register/"
    client.post(event.url + "register/", {"organisation": person.memberships.get().organisation.pk})
    assert Registration.objects.get().person == person


def test_huge_ids_in_admin_addresses_are_404(client, event_index):

    manager = staff_user("Event managers")
    with_totp(manager)
    client.force_login(manager)
    assert client.get("/admin/events/99999999999999999999999/registrations/").status_code == 404


def test_editors_open_the_event_forms_in_the_admin(client, event_index):

    translate(event_index, "ru", title="Мероприятия")
    event = make_event(event_index)
    russian = translate(event, "ru", title="Круглый стол")
    editor = staff_user("Editors")
    with_totp(editor)
    client.force_login(editor)
    assert client.get(f"/admin/pages/add/events/eventpage/{event_index.pk}/").status_code == 200
    original = BeautifulSoup(client.get(f"/admin/pages/{event.pk}/edit/").content, "html.parser")
    assert not original.find("input", attrs={"name": "capacity"}).has_attr("disabled")
    response = client.get(f"/admin/pages/{russian.pk}/edit/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.find("input", attrs={"name": "capacity"}).has_attr("disabled")
