"""Certificates of participation, reminders the day before, and mail leaving the request."""

import datetime
import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from pypdf import PdfReader

from events.models import EventPage, Registration
from events.services import registration_create
from events.tasks import send_event_email
from tests.factories import (
    PASSWORD,
    make_event,
    publish,
    translate,
    verified_member,
)

pytestmark = pytest.mark.django_db


def attended(event, person):
    return Registration.objects.create(
        event=event,
        person=person,
        organisation=person.memberships.get().organisation,
        status=Registration.Status.ATTENDED,
        attended_at=timezone.now(),
    )


def pdf_text(content: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


@pytest.fixture
def seminar(event_index):
    start = timezone.now() - datetime.timedelta(days=3)
    return make_event(
        event_index,
        title="Адам құқықтары бойынша оқыту семинары",
        kind=EventPage.Kind.SEMINAR,
        start=start,
        end=start + datetime.timedelta(days=2, hours=8),
        training_hours=24,
        venue="Шымкент, «Достық» қонақ үйі",
    )


def test_attended_participant_downloads_a_certificate_in_the_language_chosen(client, seminar):
    translate(seminar.get_parent(), "ru", title="Мероприятия")
    translate(seminar, "ru", title="Обучающий семинар по правам человека")
    person = verified_member(full_name="Әлия Қасымқызы")
    attended(seminar, person)
    client.login(email=person.email, password=PASSWORD)
    url = seminar.url + "certificate/"
    choose = client.get(url)
    assert choose.status_code == 200
    response = client.get(url, {"language": "kk"})
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")
    text = pdf_text(response.content)
    assert "Әлия Қасымқызы" in text
    assert "Адам құқықтары бойынша оқыту семинары" in text
    assert "24" in text
    russian = pdf_text(client.get(url, {"language": "ru"}).content)
    assert "Обучающий семинар по правам человека" in russian
    assert "Әлия Қасымқызы" in russian


def test_certificate_only_for_those_who_attended_a_seminar(client, seminar, event_index):
    confirmed, stranger = verified_member(), verified_member()
    Registration.objects.create(event=seminar, person=confirmed, status="confirmed")
    for person in (confirmed, stranger):
        client.logout()
        client.login(email=person.email, password=PASSWORD)
        assert client.get(seminar.url + "certificate/", {"language": "kk"}).status_code == 404
    round_table = make_event(event_index, title="Дөңгелек үстел", starts_in_days=-2)
    attended(round_table, stranger)
    assert client.get(round_table.url + "certificate/", {"language": "kk"}).status_code == 404
    client.logout()
    assert client.get(seminar.url + "certificate/", {"language": "kk"}).status_code == 302


def test_certificate_with_an_unknown_language_asks_again(client, seminar):
    person = verified_member()
    attended(seminar, person)
    client.login(email=person.email, password=PASSWORD)
    response = client.get(seminar.url + "certificate/", {"language": "de"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")


def test_reminders_go_the_day_before_once(event_index, django_capture_on_commit_callbacks):
    tomorrow_noon = timezone.make_aware(
        datetime.datetime.combine(
            timezone.localdate() + datetime.timedelta(days=1), datetime.time(12)
        )
    )
    tomorrow = make_event(event_index, title="Ертең", start=tomorrow_noon)
    later = make_event(event_index, title="Кейін", starts_in_days=5)
    confirmed, waiting, other = verified_member(), verified_member(), verified_member()
    Registration.objects.create(event=tomorrow, person=confirmed, status="confirmed")
    Registration.objects.create(event=tomorrow, person=waiting, status="waitlisted")
    Registration.objects.create(event=later, person=other, status="confirmed")
    out = io.StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_event_reminders", stdout=out)
    assert "1" in out.getvalue()
    assert [m.to for m in mail.outbox] == [[confirmed.email]]
    assert "Ертең" in mail.outbox[0].subject
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_event_reminders", stdout=io.StringIO())
    assert len(mail.outbox) == 1


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_mail_waits_for_the_worker_when_the_queue_is_the_database(event_index, settings):
    """With the production backend a registration only queues its email: the request does
    not talk to the mail server. `db_worker` sends it. (A transactional test: the worker
    closes the database connection, as it does between tasks.)"""

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    event = make_event(event_index)
    person = verified_member()
    registration_create(
        event=event, person=person, organisation=person.memberships.get().organisation
    )
    assert mail.outbox == []
    assert DBTaskResult.objects.filter(task_path="events.tasks.send_event_email").count() == 1
    call_command("db_worker", batch=True, startup_delay=False, verbosity=0)
    assert [m.to for m in mail.outbox] == [[person.email]]


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
