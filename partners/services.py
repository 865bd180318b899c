"""Every change of state of an organisation or a membership: one function each, one
transaction each, raising a named error that views turn into a message. The people concerned
are told by email through tasks queued when the transaction commits (partners/tasks.py)."""

import secrets

from django.db import IntegrityError, transaction
from django.utils import timezone, translation

from accounts.rules import has_verified_email

from .models import Decision, Invitation, Membership, Organisation
from .tasks import (
    send_decision_email,
    send_invitation_email,
    send_join_answer_email,
    send_join_request_email,
    token_hash,
)


class PartnersError(Exception):
    """A rule of the partners app was broken; the message is for the person."""


class DecisionNotAllowed(PartnersError):
    pass


# Which decision may follow which status: verify a pending (or suspended, rejected) one,
# reject a pending one, suspend a verified one.
ALLOWED = {
    Decision.Outcome.VERIFIED: {
        Organisation.Status.PENDING,
        Organisation.Status.SUSPENDED,
        Organisation.Status.REJECTED,
    },
    Decision.Outcome.REJECTED: {Organisation.Status.PENDING},
    Decision.Outcome.SUSPENDED: {Organisation.Status.VERIFIED},
}


@transaction.atomic
def organisation_register(*, user, organisation: Organisation, focus_areas=()) -> Organisation:
    """A person registers a new organisation: it waits for verification, they represent it."""
    organisation.status = Organisation.Status.PENDING
    organisation.save()
    organisation.focus_areas.set(focus_areas)
    Membership.objects.create(
        user=user,
        organisation=organisation,
        role=Membership.Role.REPRESENTATIVE,
        status=Membership.Status.ACTIVE,
    )
    return organisation


def organisation_decide(*, organisation: Organisation, outcome: str, reason: str, by) -> Decision:
    """Record the commission's decision, change the status and tell the representatives."""
    with transaction.atomic():
        locked = Organisation.objects.select_for_update().get(pk=organisation.pk)
        if locked.status not in ALLOWED[outcome]:
            raise DecisionNotAllowed(
                translation.gettext(
                    "This decision is not possible for an organisation that is “%(status)s”."
                )
                % {"status": locked.get_status_display()}
            )
        locked.status = outcome
        locked.save(update_fields=["status", "updated_at"])
        decision = Decision.objects.create(
            organisation=locked, outcome=outcome, reason=reason.strip(), decided_by=by
        )
        for user_id in _representative_ids(locked):
            transaction.on_commit(
                lambda user_id=user_id: send_decision_email.enqueue(
                    decision_id=decision.pk, user_id=user_id
                )
            )
    organisation.refresh_from_db()
    return decision


class MembershipError(PartnersError):
    pass


class LastRepresentative(MembershipError):
    pass


def membership_request(*, user, organisation: Organisation) -> Membership:
    """A person asks to join; the representatives are told and approve or decline."""
    with transaction.atomic():
        existing = Membership.objects.filter(user=user, organisation=organisation).first()
        if existing is not None:
            raise MembershipError(
                translation.gettext("You have already asked to join this organisation.")
                if existing.status == Membership.Status.REQUESTED
                else translation.gettext("You are already a member of this organisation.")
            )
        try:
            with transaction.atomic():
                membership = Membership.objects.create(
                    user=user,
                    organisation=organisation,
                    role=Membership.Role.MEMBER,
                    status=Membership.Status.REQUESTED,
                )
        except IntegrityError:  # the same request sent twice at once
            raise MembershipError(
                translation.gettext("You have already asked to join this organisation.")
            ) from None
        for user_id in _representative_ids(organisation):
            transaction.on_commit(
                lambda user_id=user_id: send_join_request_email.enqueue(
                    membership_id=membership.pk, user_id=user_id
                )
            )
    return membership


def membership_answer(*, membership: Membership, approve: bool, by) -> None:
    """A representative approves or declines a request to join; the person is told."""
    with transaction.atomic():
        locked = Membership.objects.select_for_update().filter(pk=membership.pk).first()
        if locked is None or locked.status != Membership.Status.REQUESTED:
            raise MembershipError(translation.gettext("This request has already been answered."))
        if approve:
            locked.status = Membership.Status.ACTIVE
            locked.save(update_fields=["status"])
        else:
            locked.delete()
        user_id, organisation_id = membership.user_id, membership.organisation_id
        transaction.on_commit(
            lambda: send_join_answer_email.enqueue(
                user_id=user_id, organisation_id=organisation_id, approved=approve
            )
        )


def membership_remove(*, membership: Membership, by) -> None:
    """A representative removes a member, or a member leaves. The last representative can
    do neither: they hand the role over first, so no organisation is left without one."""
    with transaction.atomic():
        representatives = _lock_representatives(membership.organisation_id)
        if representatives == [membership.pk]:
            raise LastRepresentative(
                translation.gettext(
                    "The organisation's last representative cannot leave: hand the role to "
                    "another member first."
                )
            )
        Membership.objects.filter(pk=membership.pk).delete()


def membership_set_role(*, membership: Membership, role: str, by) -> Membership:
    """Make a member a representative, or let a representative step back to member (not the
    last one)."""
    with transaction.atomic():
        representatives = _lock_representatives(membership.organisation_id)
        locked = Membership.objects.select_for_update().filter(pk=membership.pk).first()
        if locked is None or locked.status != Membership.Status.ACTIVE:
            raise MembershipError(translation.gettext("Only members can take on a role."))
        if role == Membership.Role.MEMBER and representatives == [membership.pk]:
            raise LastRepresentative(
                translation.gettext(
                    "The organisation's last representative cannot step back: make another "
                    "member a representative first."
                )
            )
        locked.role = role
        locked.save(update_fields=["role"])
    return locked


def _lock_representatives(organisation_id) -> list[int]:
    """The ids of the organisation's representatives, their rows locked until the
    transaction ends, so two requests cannot both take away "the other" representative."""
    return list(
        Membership.objects.select_for_update()
        .filter(
            organisation=organisation_id,
            role=Membership.Role.REPRESENTATIVE,
            status=Membership.Status.ACTIVE,
        )
        .values_list("pk", flat=True)
    )


def _representative_ids(organisation: Organisation) -> list[int]:
    return list(
        organisation.memberships.filter(
            role=Membership.Role.REPRESENTATIVE, status=Membership.Status.ACTIVE
        ).values_list("user_id", flat=True)
    )


def invitation_send(*, organisation: Organisation, email: str, by) -> Invitation:
    """Invite a colleague by email; the link is valid for Invitation.VALID_DAYS days."""
    email = email.strip().lower()
    if organisation.memberships.filter(
        user__email__iexact=email, status=Membership.Status.ACTIVE
    ).exists():
        raise MembershipError(
            translation.gettext("This person is already a member of the organisation.")
        )
    with transaction.atomic():
        organisation.invitations.filter(email=email, accepted_at=None).delete()
        invitation = Invitation.objects.create(
            organisation=organisation,
            email=email,
            # a hash of a token nobody knows; the task makes the one it sends
            token_hash=token_hash(secrets.token_urlsafe(32)),
            invited_by=by,
        )
        # The invitee has no language yet: the message and its link use the inviter's.
        language = translation.get_language()
        transaction.on_commit(
            lambda: send_invitation_email.enqueue(invitation_id=invitation.pk, language=language)
        )
    return invitation


def invitation_find(token: str) -> Invitation | None:
    return (
        Invitation.objects.select_related("organisation", "invited_by")
        .filter(token_hash=token_hash(token), accepted_at=None)
        .first()
    )


def invitation_accept(*, invitation: Invitation, user) -> Membership:
    """The invited person accepts: they become a member (a pending request is granted)."""
    if invitation.is_expired:
        raise MembershipError(
            translation.gettext(
                "This invitation has expired. Ask the representative for a new one."
            )
        )
    if not has_verified_email(user, invitation.email):
        raise MembershipError(
            translation.gettext(
                "This invitation was sent to %(email)s. Sign in with that address (verified) "
                "to accept it."
            )
            % {"email": invitation.email}
        )
    with transaction.atomic():
        membership, _created = Membership.objects.update_or_create(
            user=user,
            organisation=invitation.organisation,
            defaults={"status": Membership.Status.ACTIVE},
        )
        Invitation.objects.filter(pk=invitation.pk).update(accepted_at=timezone.now())
    return membership
