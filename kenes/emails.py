"""Messages to people, each in the recipient's own language (shared by every app)."""

from django.conf import settings
from django.core.mail import EmailMessage
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


def send_to_person(*, user, template: str, context: dict, attachments=(), headers=None) -> None:
    """Render `template` in the person's language and send it to their address.
    `attachments` are (filename, content, mimetype) triples or MIME parts."""
    with translation.override(language_of(user)):
        subject, body = render_message(template, {"user": user, **context})
    message = EmailMessage(subject, body, None, [user.email], headers=headers)
    for attachment in attachments:
        if isinstance(attachment, tuple):
            message.attach(*attachment)
        else:
            message.attach(attachment)
    message.send()
