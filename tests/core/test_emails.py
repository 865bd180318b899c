"""Every email leaves through a task (core/emails.py): a mail server that is down never turns a
saved decision or a sign-up into an error page; the email waits in the task queue and goes
once the server is back.

Real parts: the database task backend and its worker (`manage.py db_worker`), Django's SMTP
backend, and a real SMTP server (aiosmtpd) that is first not there, then listening.
"""

import datetime
import email
import socket

import pytest
from aiosmtpd.controller import Controller
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from accounts.models import User
from partners.models import Organisation
from tests.accounts.test_two_factor import with_totp
from tests.factories import OrganisationFactory, UserFactory, member_of, staff_user, translated
from tests.services import Inbox

# The worker commits as it goes, as in production: a test of its own transactions.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def smtp_port(settings):
    port = free_port()  # nothing listens there yet: connections are refused
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_TIMEOUT = 5
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    return port


def subject_of(message) -> str:
    return str(email.header.make_header(email.header.decode_header(message["Subject"])))


def retry_with_the_server_back(retry, port) -> Inbox:
    """The SMTP server is back on `port`, and the time for `retry` has come: the worker runs.
    Returns what the server received."""
    inbox = Inbox()
    server = Controller(inbox, hostname="127.0.0.1", port=port)
    server.start()
    try:
        DBTaskResult.objects.filter(pk=retry.pk).update(run_after=timezone.now())
        run_worker()
    finally:
        server.stop()
    return inbox


def run_worker():
    call_command("db_worker", batch=True, startup_delay=False, reload=False, verbosity=0)


def test_verifying_with_the_mail_server_down_answers_and_the_email_goes_later(
    client, homes, smtp_port
):
    organisation = OrganisationFactory(status="pending", name_ru="Молодые юристы")
    representative = member_of(
        organisation, UserFactory(preferred_language="ru"), role="representative"
    )
    administrator = staff_user("Commission administrators")
    with_totp(administrator)
    client.force_login(administrator)

    response = client.post(
        f"/admin/partners_organisation/decide/{organisation.pk}/",
        {"outcome": "verified", "reason": ""},
    )
    assert response.status_code == 302  # the decision is saved, the page answers
    organisation.refresh_from_db()
    assert organisation.status == Organisation.Status.VERIFIED

    # the worker tries while the server is down: the task is queued again for later
    run_worker()
    mail_tasks = DBTaskResult.objects.filter(task_path="partners.tasks.send_decision_email")
    (first_try,) = mail_tasks.filter(status="FAILED")
    assert first_try.exception_class_path == "builtins.ConnectionRefusedError"
    retry = mail_tasks.get(status="READY")
    assert "attempt" not in first_try.args_kwargs["kwargs"]
    assert retry.args_kwargs["kwargs"]["attempt"] == 2
    assert retry.run_after > timezone.now() + datetime.timedelta(seconds=30)
    run_worker()  # not due yet: nothing happens
    assert DBTaskResult.objects.get(pk=retry.pk).status == "READY"

    inbox = retry_with_the_server_back(retry, smtp_port)
    assert DBTaskResult.objects.get(pk=retry.pk).status == "SUCCESSFUL"
    (message,) = inbox.messages
    assert message["To"] == representative.email
    assert "Молодые юристы" in subject_of(message)


def test_signing_up_with_the_mail_server_down_confirms_the_address_later(client, homes, smtp_port):
    response = client.post(
        "/ru/accounts/signup/",
        {
            "email": "aigerim@example.kz",
            "full_name": "Айгерим Нурланова",
            "password1": "Kenes-2026-strong",
            "password2": "Kenes-2026-strong",
            "preferred_language": "ru",
        },
        follow=True,
    )
    assert response.status_code == 200
    assert User.objects.filter(email="aigerim@example.kz").exists()
    # the worker's business now: the person is not told of a failure that will mend itself
    told = [str(m) for m in response.context["messages"]]
    assert told == [
        translated("ru", "Confirmation email sent to %(email)s.") % {"email": "aigerim@example.kz"}
    ]

    run_worker()  # the server is down: tried, and queued again
    retry = DBTaskResult.objects.get(task_path="core.emails.send_prepared_email", status="READY")
    inbox = retry_with_the_server_back(retry, smtp_port)
    (message,) = inbox.messages
    assert message["To"] == "aigerim@example.kz"
    assert subject_of(message) == translated("ru", "Please Confirm Your Email Address")
    assert "/ru/accounts/confirm-email/" in message.get_payload(decode=True).decode()
