"""The one place to ask what a person may do as part of an organisation.

Events, consultations and the library ask `is_member_of_verified_organisation` ("may this
person act for a verified NGO?") and `verified_organisations_for` (which ones, to pick from).
"""

from django.db.models import QuerySet

from .models import Membership, Organisation


def _active_memberships(user) -> QuerySet[Membership]:
    return Membership.objects.filter(user=user, status=Membership.Status.ACTIVE)


def verified_organisations_for(user) -> QuerySet[Organisation]:
    """The verified organisations this person is an active member of (any role)."""
    if not user.is_authenticated:
        return Organisation.objects.none()
    return Organisation.objects.verified().filter(
        memberships__user=user, memberships__status=Membership.Status.ACTIVE
    )


def is_member_of_verified_organisation(user, organisation: Organisation | None = None) -> bool:
    """True when the person is an active member of a verified organisation (of this one, when
    given). Suspended, rejected and pending organisations do not count, nor do requests."""
    organisations = verified_organisations_for(user)
    if organisation is not None:
        organisations = organisations.filter(pk=organisation.pk)
    return organisations.exists()


def is_representative(user, organisation: Organisation) -> bool:
    if not user.is_authenticated:
        return False
    return (
        _active_memberships(user)
        .filter(organisation=organisation, role=Membership.Role.REPRESENTATIVE)
        .exists()
    )


def represented_organisation_ids(user) -> set[int]:
    """The organisations (of any status) this person is an active representative of, as
    ids: one query, to ask of many registrations or members at once."""
    if not user.is_authenticated:
        return set()
    return set(
        _active_memberships(user)
        .filter(role=Membership.Role.REPRESENTATIVE)
        .values_list("organisation_id", flat=True)
    )


def can_decide(user) -> bool:
    """Commission administrators verify, reject and suspend organisations."""
    return user.is_authenticated and user.has_perm("partners.decide_organisation")


def represents_verified_organisation(user) -> bool:
    """True when the person is a representative of at least one verified organisation (and
    so may, for example, register colleagues for events)."""
    if not user.is_authenticated:
        return False
    return (
        _active_memberships(user)
        .filter(
            role=Membership.Role.REPRESENTATIVE, organisation__status=Organisation.Status.VERIFIED
        )
        .exists()
    )
