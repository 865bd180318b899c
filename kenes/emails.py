"""Messages to people, each in the recipient's own language (shared by every app)."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.core.mail.message import SafeMIMEMultipart
from django.template.loader import render_to_string
from django.utils import translation


def language_of(user) -> str:
    """The language a person reads their email in (the site's default when unknown)."""
    language = getattr(user, "preferred_language", "")
    return language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def render_message(template: str, context: dict) -> tuple[str, str]:
    """Subject and body from `<template>_subject.txt` and `<template>_body.txt`, rendered in
    the active language. The subject is folded onto one line."""
    context = {"base_url": settings.WAGTAILADMIN_BASE_URL, **context}
    subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
    body = render_to_string(f"{template}_body.txt", context)
    return subject, body


class CalendarMessage(EmailMessage):
    """A message with a calendar invitation, built as Google and Outlook send theirs: the
    text and the invitation as alternatives (`multipart/alternative`, where Outlook finds a
    meeting to put in the calendar), and the same invitation attached as a file for the
    clients that only offer attachments."""

    def __init__(self, *args, calendar: dict, **kwargs):
        from feeds.ical import mime_part

        super().__init__(*args, **kwargs)
        self.calendar = calendar
        filename = "cancel.ics" if calendar["method"] == "CANCEL" else "invite.ics"
        self.attach(mime_part(calendar["body"], method=calendar["method"], filename=filename))

    def _create_message(self, msg):
        from feeds.ical import mime_part

        alternative = SafeMIMEMultipart(
            _subtype="alternative", encoding=self.encoding or settings.DEFAULT_CHARSET
        )
        alternative.attach(msg)
        alternative.attach(mime_part(self.calendar["body"], method=self.calendar["method"]))
        return self._create_attachments(alternative)


def send_to_person(
    *, user, template: str, context: dict, attachments=(), headers=None, calendar=None
) -> None:
    """Render `template` in the person's language and send it to their address.
    `attachments` are (filename, content, mimetype) triples; `calendar` an invitation
    ({"body": iCalendar bytes, "method": "REQUEST" or "CANCEL"})."""
    with translation.override(language_of(user)):
        subject, body = render_message(template, {"user": user, **context})
    if calendar:
        message = CalendarMessage(
            subject, body, None, [user.email], headers=headers, calendar=calendar
        )
    else:
        message = EmailMessage(subject, body, None, [user.email], headers=headers)
    for attachment in attachments:
        message.attach(*attachment)
    message.send()
