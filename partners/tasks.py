"""Email about organisations and memberships, sent by the task worker after the change that
causes it commits: a mail server that is down delays the message (it is tried again later,
see `core.emails.mail_task`), never the commission's decision or the page that records it.
The tasks read the rows again, so a message describes what the database holds when it goes.
"""

import hashlib
import secrets

from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation

from core.emails import mail_task, render_message, send_to_address, send_to_person

from .models import Decision, Invitation, Membership, Organisation


def _my_account_path(user) -> str:
    with translation.override(user.preferred_language):
        return reverse("accounts:my_account")


def _send(user, template: str, context: dict) -> None:
    """`partners/email/<template>_subject.txt` and `_body.txt` in the person's language."""
    send_to_person(user=user, template=f"partners/email/{template}", context=context)


@mail_task
def send_decision_email(*, decision_id: int, user_id: int) -> None:
    """The commission's decision on the organisation, to one of its representatives."""
    decision = Decision.objects.select_related("organisation").filter(pk=decision_id).first()
    user = get_user_model().objects.filter(pk=user_id, is_active=True).first()
    if decision is None or user is None:
        return
    _send(
        user,
        f"decision_{decision.outcome}",
        {
            "decision": decision,
            "organisation": decision.organisation,
            "path": _my_account_path(user),
        },
    )


@mail_task
def send_join_request_email(*, membership_id: int, user_id: int) -> None:
    """A request to join, to one of the organisation's representatives (while it waits)."""
    membership = (
        Membership.objects.select_related("organisation", "user")
        .filter(pk=membership_id, status=Membership.Status.REQUESTED)
        .first()
    )
    representative = get_user_model().objects.filter(pk=user_id, is_active=True).first()
    if membership is None or representative is None:
        return
    with translation.override(representative.preferred_language):
        path = reverse("partners:manage", args=[membership.organisation_id])
    _send(
        representative,
        "join_request",
        {"organisation": membership.organisation, "requester": membership.user, "path": path},
    )


@mail_task
def send_join_answer_email(*, user_id: int, organisation_id: int, approved: bool) -> None:
    """The representatives' answer, to the person who asked to join."""
    user = get_user_model().objects.filter(pk=user_id, is_active=True).first()
    organisation = Organisation.objects.filter(pk=organisation_id).first()
    if user is None or organisation is None:
        return
    _send(
        user,
        "join_approved" if approved else "join_declined",
        {"organisation": organisation, "path": _my_account_path(user)},
    )


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@mail_task
def send_invitation_email(*, invitation_id: int, language: str) -> None:
    """The invitation to join, to an address (the invitee has no account language yet: the
    message and its link are in the inviter's). The token is made here, not passed in: task
    arguments are kept in the task table, and only the token's hash is stored."""
    invitation = (
        Invitation.objects.select_related("organisation", "invited_by")
        .filter(pk=invitation_id, accepted_at=None)
        .first()
    )
    if invitation is None:
        return
    token = secrets.token_urlsafe(32)
    Invitation.objects.filter(pk=invitation.pk, accepted_at=None).update(
        token_hash=token_hash(token)
    )
    with translation.override(language):
        subject, body = render_message(
            "partners/email/invitation",
            {
                "organisation": invitation.organisation,
                "inviter": invitation.invited_by,
                "path": reverse("partners:invitation", args=[token]),
                "email": invitation.email,
            },
        )
    send_to_address(email=invitation.email, subject=subject, body=body)
