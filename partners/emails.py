"""Messages to organisations, each in the recipient's own language."""

from django.core.mail import send_mail

from kenes import emails


def send_to_person(*, user, template: str, context: dict) -> None:
    """`partners/email/<template>_subject.txt` and `_body.txt` in the person's language."""
    emails.send_to_person(user=user, template=f"partners/email/{template}", context=context)


def send_invitation(*, email: str, context: dict) -> None:
    """The invitation goes to an address, not yet a person: it uses the current language."""
    subject, body = emails.render_message("partners/email/invitation", context)
    send_mail(subject, body, None, [email])
