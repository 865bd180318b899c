"""Every change of state of an organisation or a membership: one function each, one
transaction each, raising a named error that views turn into a message."""

from django.db import transaction
from django.urls import reverse
from django.utils import translation

from .emails import send_to_person
from .models import Decision, Membership, Organisation


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
        representatives = [
            m.user
            for m in locked.memberships.filter(
                role=Membership.Role.REPRESENTATIVE, status=Membership.Status.ACTIVE
            ).select_related("user")
        ]
        transaction.on_commit(lambda: _tell_representatives(decision, representatives))
    organisation.refresh_from_db()
    return decision


def _tell_representatives(decision: Decision, representatives) -> None:
    for user in representatives:
        with translation.override(user.preferred_language):
            path = reverse("accounts:my_account")
        send_to_person(
            user=user,
            template=f"decision_{decision.outcome}",
            context={"decision": decision, "organisation": decision.organisation, "path": path},
        )
