"""Messages to organisations, each in the recipient's own language."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation


def send_to_person(*, user, template: str, context: dict) -> None:
    """Render `partners/email/<template>_subject.txt` and `_body.txt` in the person's language
    and send them. Links in the context are built by the caller, or here from `path`."""
    language = user.preferred_language
    if language not in dict(settings.LANGUAGES):
        language = settings.LANGUAGE_CODE
    with translation.override(language):
        context = {"user": user, "base_url": settings.WAGTAILADMIN_BASE_URL, **context}
        subject = " ".join(
            render_to_string(f"partners/email/{template}_subject.txt", context).split()
        )
        body = render_to_string(f"partners/email/{template}_body.txt", context)
    send_mail(subject, body, None, [user.email])


def send_invitation(*, email: str, context: dict) -> None:
    """The invitation goes to an address, not yet a person: it uses the current language."""
    context = {"base_url": settings.WAGTAILADMIN_BASE_URL, **context}
    subject = " ".join(render_to_string("partners/email/invitation_subject.txt", context).split())
    body = render_to_string("partners/email/invitation_body.txt", context)
    send_mail(subject, body, None, [email])
