"""The one place other apps ask "is this person a member of a verified organisation?"."""

import pytest
from django.contrib.auth.models import AnonymousUser

from partners.permissions import (
    is_member_of_verified_organisation,
    is_representative,
    verified_organisations_for,
)
from tests.factories import OrganisationFactory, UserFactory, member_of

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("status", "membership", "expected"),
    [
        ("verified", "active", True),
        ("pending", "active", False),
        ("rejected", "active", False),
        ("suspended", "active", False),
        ("verified", "requested", False),
    ],
)
def test_only_active_members_of_verified_organisations_count(status, membership, expected):
    organisation = OrganisationFactory(status=status)
    person = member_of(organisation, status=membership)
    assert is_member_of_verified_organisation(person) is expected
    assert is_member_of_verified_organisation(person, organisation) is expected


def test_membership_of_another_organisation_does_not_count_for_this_one():
    mine, theirs = OrganisationFactory(), OrganisationFactory()
    person = member_of(mine)
    assert is_member_of_verified_organisation(person, mine)
    assert not is_member_of_verified_organisation(person, theirs)


def test_a_person_may_belong_to_several_organisations():
    first, second = OrganisationFactory(), OrganisationFactory(status="pending")
    person = member_of(first)
    member_of(second, person)
    assert list(verified_organisations_for(person)) == [first]


def test_anonymous_and_people_without_organisations_are_not_members():
    assert not is_member_of_verified_organisation(AnonymousUser())
    assert not is_member_of_verified_organisation(UserFactory())


def test_representative_is_a_role_of_an_active_membership():
    organisation = OrganisationFactory()
    representative = member_of(organisation, role="representative")
    member = member_of(organisation)
    assert is_representative(representative, organisation)
    assert not is_representative(member, organisation)
    assert not is_representative(AnonymousUser(), organisation)
