"""Joining, the representative's page, handing over the role and leaving: each action tried
by the representative, a member, a member of another organisation, a stranger and the
anonymous visitor."""

import pytest
from django.core import mail

from partners.models import Membership
from tests.checks import check_page, english_on_page
from tests.factories import OrganisationFactory, UserFactory, member_of, translated

pytestmark = pytest.mark.django_db


@pytest.fixture
def organisation():
    return OrganisationFactory(name_en="Legal Aid", name_kk="Құқықтық көмек")


@pytest.fixture
def representative(organisation):
    return member_of(organisation, UserFactory(preferred_language="kk"), role="representative")


def login(client, user):
    client.force_login(user)
    return user


def test_person_asks_to_join_by_bin_and_the_representative_is_told(
    client, homes, organisation, representative, django_capture_on_commit_callbacks
):
    person = login(client, UserFactory(preferred_language="en"))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/en/partners/join/", {"bin": organisation.bin})
    assert response["Location"] == "/en/accounts/me/"
    membership = Membership.objects.get(user=person)
    assert (membership.status, membership.role) == ("requested", "member")
    assert mail.outbox[0].to == [representative.email]
    assert f"/kk/partners/manage/{organisation.pk}/" in mail.outbox[0].body  # their language


def test_asking_twice_or_with_an_unknown_bin_gets_a_message(client, homes, organisation):
    person = login(client, UserFactory())
    client.post("/en/partners/join/", {"bin": organisation.bin})
    again = client.post("/en/partners/join/", {"bin": organisation.bin})
    assert again.context["form"].errors["bin"] == [
        "You have already asked to join this organisation."
    ]
    unknown = client.post("/en/partners/join/", {"bin": "000000000000"})
    assert "bin" in unknown.context["form"].errors
    assert Membership.objects.filter(user=person).count() == 1


def test_join_button_on_a_public_profile(client, homes, organisation):
    person = login(client, UserFactory())
    response = client.post(f"/en/partners/{organisation.pk}/join/")
    assert response.status_code == 302
    assert Membership.objects.get(user=person).status == "requested"


def test_representative_approves_a_request_and_the_person_is_told(
    client, homes, organisation, representative, django_capture_on_commit_callbacks
):
    requester = UserFactory(preferred_language="ru")
    member_of(organisation, requester, status="requested")
    login(client, representative)
    page = client.get(f"/kk/partners/manage/{organisation.pk}/")
    assert requester.email in page.content.decode()
    check_page(page.content.decode())
    membership = Membership.objects.get(user=requester)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/kk/partners/manage/{organisation.pk}/members/{membership.pk}/approve/")
    assert Membership.objects.get(user=requester).status == "active"
    expected = translated("ru", "You are now a member of %(organisation)s") % {
        "organisation": organisation.name_ru  # the name in the recipient's language
    }
    assert mail.outbox[-1].subject == expected


def test_representative_declines_a_request(client, homes, organisation, representative):
    requester = member_of(organisation, status="requested")
    login(client, representative)
    membership = Membership.objects.get(user=requester)
    client.post(f"/en/partners/manage/{organisation.pk}/members/{membership.pk}/decline/")
    assert not Membership.objects.filter(user=requester).exists()


def test_representative_hands_over_the_role_and_steps_back(
    client, homes, organisation, representative
):
    colleague = member_of(organisation)
    login(client, representative)
    colleague_membership = Membership.objects.get(user=colleague)
    mine = Membership.objects.get(user=representative)
    base = f"/en/partners/manage/{organisation.pk}/members"
    client.post(f"{base}/{colleague_membership.pk}/make-representative/")
    client.post(f"{base}/{mine.pk}/make-member/")
    roles = dict(Membership.objects.values_list("user__email", "role"))
    assert roles == {colleague.email: "representative", representative.email: "member"}


def test_the_last_representative_can_neither_leave_nor_step_back(
    client, homes, organisation, representative
):
    member_of(organisation)
    login(client, representative)
    mine = Membership.objects.get(user=representative)
    response = client.post(
        f"/en/partners/manage/{organisation.pk}/members/{mine.pk}/make-member/", follow=True
    )
    assert "last representative cannot step back" in response.content.decode()
    response = client.post(f"/en/partners/{organisation.pk}/leave/", follow=True)
    assert "last representative cannot leave" in response.content.decode()
    assert Membership.objects.get(pk=mine.pk).role == "representative"


def test_a_member_leaves(client, homes, organisation, representative):
    member = login(client, member_of(organisation))
    response = client.post(f"/en/partners/{organisation.pk}/leave/", follow=True)
    assert "You have left" in response.content.decode()
    assert not Membership.objects.filter(user=member).exists()


def test_representative_edits_the_profile_but_not_the_verified_bin(
    client, homes, organisation, representative
):
    login(client, representative)
    data = {
        "kind": "international",
        "name_kk": "Жаңа атау",
        "name_ru": "",
        "name_en": "",
        "bin": "940740000911",
        "region": "",
        "contact_email": "new@legalaid.kz",
        "website": "",
        "description": "",
    }
    response = client.post(f"/en/partners/manage/{organisation.pk}/", data)
    assert response.status_code == 302
    organisation.refresh_from_db()
    assert (organisation.name_kk, organisation.contact_email) == ("Жаңа атау", "new@legalaid.kz")
    assert organisation.kind == "ngo"
    assert organisation.bin != "940740000911"


@pytest.mark.parametrize("who", ["anonymous", "member", "other organisation", "stranger"])
def test_only_representatives_reach_the_managing_page_and_its_actions(
    client, homes, organisation, representative, who
):
    colleague = member_of(organisation)
    if who == "member":
        login(client, colleague)
    elif who == "other organisation":
        login(client, member_of(OrganisationFactory(), role="representative"))
    elif who == "stranger":
        login(client, UserFactory())
    page = client.get(f"/en/partners/manage/{organisation.pk}/")
    membership = Membership.objects.get(user=colleague)
    action = client.post(f"/en/partners/manage/{organisation.pk}/members/{membership.pk}/remove/")
    if who == "anonymous":
        assert page.status_code == action.status_code == 302
        assert "/accounts/login/" in page["Location"]
    else:
        assert page.status_code == action.status_code == 404
    assert Membership.objects.filter(pk=membership.pk).exists()


def test_a_representative_cannot_act_on_another_organisations_members(
    client, homes, organisation, representative
):
    other = OrganisationFactory()
    stranger = member_of(other)
    login(client, representative)
    membership = Membership.objects.get(user=stranger)
    response = client.post(f"/en/partners/manage/{organisation.pk}/members/{membership.pk}/remove/")
    assert response.status_code == 404
    assert Membership.objects.filter(pk=membership.pk).exists()


def test_managing_actions_need_a_post(client, homes, organisation, representative):
    login(client, representative)
    colleague = member_of(organisation)
    membership = Membership.objects.get(user=colleague)
    response = client.get(f"/en/partners/manage/{organisation.pk}/members/{membership.pk}/remove/")
    assert response.status_code == 405
    assert client.get(f"/en/partners/{organisation.pk}/leave/").status_code == 405


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name_kk": "", "name_ru": "", "name_en": ""}, "__all__"),
        ({"name_kk": "<b>Жаңа</b>"}, "name_kk"),
        ({"name_en": "z" * 256}, "name_en"),
        ({"contact_email": "nope"}, "contact_email"),
        ({"region": "abc"}, "region"),
        ({"description": "d" * 1001}, "description"),
    ],
)
def test_bad_profile_edits_change_nothing(
    client, homes, organisation, representative, changes, field
):
    login(client, representative)
    data = {
        "kind": organisation.kind,
        "name_kk": organisation.name_kk,
        "name_ru": "",
        "name_en": organisation.name_en,
        "bin": organisation.bin,
        "region": "",
        "contact_email": organisation.contact_email,
        "website": "",
        "description": "",
        **changes,
    }
    response = client.post(f"/en/partners/manage/{organisation.pk}/", data)
    assert response.status_code == 200
    assert field in response.context["form"].errors
    organisation.refresh_from_db()
    assert organisation.name_kk == "Құқықтық көмек"


@pytest.mark.parametrize("value", ["", "123", "1234567890123", "abcdefghijkl"])
def test_joining_with_a_malformed_bin_gets_a_message(client, homes, value):
    login(client, UserFactory())
    response = client.post("/en/partners/join/", {"bin": value})
    assert response.status_code == 200
    assert "bin" in response.context["form"].errors
    assert not Membership.objects.exists()


def test_representatives_page_is_kazakh_throughout(client, homes, organisation, representative):
    member_of(organisation, status="requested")
    login(client, representative)
    assert english_on_page(client.get(f"/kk/partners/manage/{organisation.pk}/")) == []
