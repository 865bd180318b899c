"""Messages to people, each in the recipient's own language, and the task that sends them.

Every email of the platform leaves through a task (`mail_task`), never inside a request: a
page that saved a decision answers at once, and a mail server that is down or slow delays the
message, not the page. When the server cannot be reached the task is queued again for later
(`RETRY_DELAYS`), so a message survives an outage of some hours.
"""

import datetime
import functools
import logging
import smtplib
from email.mime.text import MIMEText

from django.conf import settings
from django.core.mail import EmailMessage, EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django_tasks import task

logger = logging.getLogger(__name__)

# What a mail server that is down, unreachable or overloaded raises: the message may go later.
MAIL_SERVER_ERRORS = (smtplib.SMTPException, OSError)
# When a message that could not be sent is tried again: about a day in all.
RETRY_DELAYS = tuple(
    datetime.timedelta(minutes=minutes) for minutes in (1, 5, 15, 60, 180, 360, 720)
)


def language_of(user, *, default: str | None = None) -> str:
    """The language a person reads their email in: their preferred one, else `default` (for
    example the page's), else the site's."""
    for language in (getattr(user, "preferred_language", ""), default):
        if language in dict(settings.LANGUAGES):
            return language
    return settings.LANGUAGE_CODE


def render_message(template: str, context: dict) -> tuple[str, str]:
    """Subject and body from `<template>_subject.txt` and `<template>_body.txt`, rendered in
    the active language. The subject is folded onto one line."""
    context = {"base_url": settings.WAGTAILADMIN_BASE_URL, **context}
    subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
    body = render_to_string(f"{template}_body.txt", context)
    return subject, body


def calendar_attachment(body: bytes, *, method: str) -> MIMEText:
    """The invitation as a file (`invite.ics`, `cancel.ics`) for clients that only offer
    attachments: `text/calendar; charset=utf-8; method=…`."""
    part = MIMEText(body.decode(), "calendar", "utf-8")
    part.set_param("method", method)
    filename = "cancel.ics" if method == "CANCEL" else "invite.ics"
    part.add_header("Content-Disposition", "attachment", filename=filename)
    return part


def calendar_message(subject: str, body: str, to: list[str], *, calendar: dict, **kwargs):
    """A message with a calendar invitation, built as Google and Outlook send theirs: the
    text and the invitation as alternatives (`multipart/alternative`, where Outlook finds a
    meeting to put in the calendar), and the same invitation attached as a file.
    `calendar` is {"body": iCalendar bytes, "method": "REQUEST" or "CANCEL"}."""
    message = EmailMultiAlternatives(subject, body, None, to, **kwargs)
    method = calendar["method"]
    message.attach_alternative(calendar["body"].decode(), f"text/calendar; method={method}")
    message.attach(calendar_attachment(calendar["body"], method=method))
    return message


def send_to_person(
    *, user, template: str, context: dict, attachments=(), headers=None, calendar=None
) -> None:
    """Render `template` in the person's language and send it to their address. Call it
    from a `mail_task`. `attachments` are (filename, content, mimetype) triples; `calendar`
    an invitation ({"body": iCalendar bytes, "method": "REQUEST" or "CANCEL"})."""
    with translation.override(language_of(user)):
        subject, body = render_message(template, {"user": user, **context})
    send_to_address(
        email=user.email,
        subject=subject,
        body=body,
        attachments=attachments,
        headers=headers,
        calendar=calendar,
    )


def send_to_address(
    *, email: str, subject: str, body: str, attachments=(), headers=None, calendar=None
) -> None:
    """Send an already rendered message to an address (an invitation to someone who has no
    account yet)."""
    if calendar:
        message = calendar_message(subject, body, [email], headers=headers, calendar=calendar)
    else:
        message = EmailMessage(subject, body, None, [email], headers=headers)
    for attachment in attachments:
        message.attach(*attachment)
    message.send()


def mail_task(function):
    """Make `function` (keyword arguments only) a django-tasks task that sends mail.

    When the mail server cannot be reached, the attempt fails (its result keeps the error) and
    the task is queued again to run after the next of `RETRY_DELAYS`, with the same
    arguments; after the last, it fails for good and the error is logged. A backend that
    cannot defer tasks (the `immediate` one of the demo and the tests) gives up at once, which
    the task's result records: the request that queued it is never turned into an error page.
    """

    @functools.wraps(function)
    def run(*, attempt: int = 1, **kwargs):
        try:
            return function(**kwargs)
        except MAIL_SERVER_ERRORS as error:
            backend = the_task.get_backend()
            if attempt > len(RETRY_DELAYS) or not backend.supports_defer:
                logger.exception("Mail task %s gave up (attempt %s)", the_task.name, attempt)
                raise
            delay = RETRY_DELAYS[attempt - 1]
            logger.warning(
                "Mail task %s could not reach the mail server (%s); trying again in %s",
                the_task.name,
                error,
                delay,
            )
            the_task.using(run_after=timezone.now() + delay).enqueue(attempt=attempt + 1, **kwargs)
            raise  # this attempt failed (its result says why); the next one is queued

    the_task = task()(run)
    return the_task


@mail_task
def send_prepared_email(
    *, subject: str, body: str, to: list[str], from_email=None, alternatives=(), headers=None
) -> None:
    """A message rendered where it was written (allauth renders its messages with the
    request), sent by the worker like every other."""
    message = EmailMultiAlternatives(subject, body, from_email, to, headers=headers)
    for content, mimetype in alternatives:
        message.attach_alternative(content, mimetype)
    message.send()


def queue_prepared(message: EmailMessage):
    """Queue a rendered Django message for the worker; returns the task's result."""
    return send_prepared_email.enqueue(
        subject=message.subject,
        body=message.body,
        to=list(message.to),
        from_email=message.from_email,
        alternatives=[[content, mimetype] for content, mimetype in message.alternatives]
        if isinstance(message, EmailMultiAlternatives)
        else [],
        headers=dict(message.extra_headers),
    )
