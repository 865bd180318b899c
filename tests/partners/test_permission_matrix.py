"""Every view and action of the partners issue, tried by each kind of person.

A page someone may not see answers 404 (or sends the anonymous visitor to sign in, and staff
screens send non-staff to sign in); it never shows data."""

import pytest

from partners.models import Membership, Organisation
from tests.accounts.test_two_factor import with_totp
from tests.factories import OrganisationFactory, member_of, staff_user

pytestmark = pytest.mark.django_db

ROLES = [
    "anonymous",
    "unverified member",
    "member",
    "representative",
    "member of another organisation",
    "administrator",
]
SIGN_IN = "sign in"


@pytest.fixture
def world(client, homes):
    ours = OrganisationFactory(name_en="Ours")
    member = member_of(ours)
    representative = member_of(ours, role="representative")
    people = {
        "anonymous": None,
        "unverified member": member_of(OrganisationFactory(status="pending")),
        "member": member,
        "representative": representative,
        "member of another organisation": member_of(OrganisationFactory(name_en="Theirs")),
        "administrator": staff_user("Commission administrators"),
    }
    with_totp(people["administrator"])
    return ours, Membership.objects.get(user=member), people


def as_(client, people, role):
    if people[role] is not None:
        client.force_login(people[role])


def outcome(response):
    if response.status_code == 302 and "/accounts/login/" in response["Location"]:
        return SIGN_IN
    return response.status_code


EXPECTED = {
    # view: {role: outcome}; roles not named get the "*" outcome
    "directory": {"*": 200},
    "profile": {"*": 200},
    "register": {"anonymous": SIGN_IN, "*": 200},
    "join": {"anonymous": SIGN_IN, "*": 200},
    "manage": {"anonymous": SIGN_IN, "representative": 200, "*": 404},
    "remove member": {"anonymous": SIGN_IN, "representative": 302, "*": 404},
    # Wagtail sends people without access to the admin to sign in (as somebody else)
    "admin queue": {"administrator": 200, "*": SIGN_IN},
    "decide": {"administrator": 302, "*": SIGN_IN},
    "export my data": {"anonymous": SIGN_IN, "*": 200},
}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("view", list(EXPECTED))
def test_permission_matrix(client, world, role, view):
    ours, member, people = world
    as_(client, people, role)
    requests = {
        "directory": lambda: client.get("/en/partners/"),
        "profile": lambda: client.get(f"/en/partners/{ours.pk}/"),
        "register": lambda: client.get("/en/partners/register/"),
        "join": lambda: client.get("/en/partners/join/"),
        "manage": lambda: client.get(f"/en/partners/manage/{ours.pk}/"),
        "remove member": lambda: client.post(
            f"/en/partners/manage/{ours.pk}/members/{member.pk}/remove/"
        ),
        "admin queue": lambda: client.get("/admin/partners_organisation/"),
        "decide": lambda: client.post(
            f"/admin/partners_organisation/decide/{ours.pk}/",
            {"outcome": "suspended", "reason": "test"},
        ),
        "export my data": lambda: client.get("/en/accounts/me/export/"),
    }
    response = requests[view]()
    expected = EXPECTED[view].get(role, EXPECTED[view]["*"])
    assert outcome(response) == expected

    # what the outcome did to the data
    changed_member = not Membership.objects.filter(pk=member.pk).exists()
    assert changed_member is (view == "remove member" and role == "representative")
    suspended = Organisation.objects.get(pk=ours.pk).status == "suspended"
    assert suspended is (view == "decide" and role == "administrator")
    if view == "export my data" and people[role] is not None:
        assert response.json()["account"]["email"] == people[role].email
