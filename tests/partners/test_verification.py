"""Commission administrators verify, reject and suspend organisations in the admin."""

import pytest
from django.core import mail

from partners.models import Decision, Organisation
from partners.permissions import is_member_of_verified_organisation
from tests.accounts.test_two_factor import with_totp
from tests.factories import OrganisationFactory, UserFactory, member_of, staff_user, translated

pytestmark = pytest.mark.django_db


@pytest.fixture
def administrator(client):
    user = staff_user("Commission administrators")
    with_totp(user)
    client.force_login(user)
    return user


@pytest.fixture
def pending():
    organisation = OrganisationFactory(
        status="pending", name_kk="Жас заңгерлер", name_ru="Молодые юристы"
    )
    representative = member_of(
        organisation, UserFactory(preferred_language="ru"), role="representative"
    )
    return organisation, representative


def test_queue_filters_by_status_and_searches_by_name_or_bin(client, homes, administrator, pending):
    organisation, _ = pending
    OrganisationFactory(name_kk="Басқа ұйым")
    listing = client.get("/admin/partners_organisation/", {"status": "pending"})
    assert listing.status_code == 200
    assert [o.pk for o in listing.context["object_list"]] == [organisation.pk]
    by_bin = client.get("/admin/partners_organisation/", {"q": organisation.bin})
    assert [o.pk for o in by_bin.context["object_list"]] == [organisation.pk]
    by_name = client.get("/admin/partners_organisation/", {"q": "заңгер"})
    assert [o.pk for o in by_name.context["object_list"]] == [organisation.pk]


def test_administrator_verifies_and_the_representative_is_told_in_their_language(
    client, homes, administrator, pending, django_capture_on_commit_callbacks
):
    organisation, representative = pending
    url = f"/admin/partners_organisation/decide/{organisation.pk}/"
    assert client.get(url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"outcome": "verified", "reason": ""})
    assert response.status_code == 302
    organisation.refresh_from_db()
    assert organisation.status == "verified"
    decision = Decision.objects.get(organisation=organisation)
    assert (decision.outcome, decision.decided_by) == ("verified", administrator)
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [representative.email]
    expected = translated("ru", "%(name)s is verified") % {"name": "Молодые юристы"}
    assert mail.outbox[0].subject == expected
    assert "Молодые юристы" in mail.outbox[0].body


def test_rejecting_needs_a_reason_which_is_logged_and_sent(
    client, homes, administrator, pending, django_capture_on_commit_callbacks
):
    organisation, representative = pending
    url = f"/admin/partners_organisation/decide/{organisation.pk}/"
    response = client.post(url, {"outcome": "rejected", "reason": "  "})
    assert response.status_code == 200
    assert "reason" in response.context["form"].errors
    organisation.refresh_from_db()
    assert organisation.status == "pending"
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"outcome": "rejected", "reason": "The BIN belongs to another body."})
    organisation.refresh_from_db()
    assert organisation.status == "rejected"
    assert "The BIN belongs to another body." in mail.outbox[0].body


def test_a_verified_organisation_can_be_suspended_and_its_members_stop_counting(
    client, homes, administrator
):
    organisation = OrganisationFactory()
    member = member_of(organisation)
    assert is_member_of_verified_organisation(member)
    client.post(
        f"/admin/partners_organisation/decide/{organisation.pk}/",
        {"outcome": "suspended", "reason": "Fake events"},
    )
    assert Organisation.objects.get(pk=organisation.pk).status == "suspended"
    assert not is_member_of_verified_organisation(member)


@pytest.mark.parametrize(
    ("status", "outcome"),
    [("pending", "suspended"), ("verified", "rejected"), ("suspended", "rejected")],
)
def test_impossible_decisions_are_refused_with_a_message(
    client, homes, administrator, status, outcome
):
    organisation = OrganisationFactory(status=status)
    response = client.post(
        f"/admin/partners_organisation/decide/{organisation.pk}/",
        {"outcome": outcome, "reason": "because"},
    )
    assert response.status_code == 200
    assert response.context["form"].non_field_errors()
    assert Organisation.objects.get(pk=organisation.pk).status == status
    assert not Decision.objects.exists()


@pytest.mark.parametrize("group", ["Editors", "Moderators", "Event managers"])
def test_other_staff_cannot_decide(client, homes, group, pending):
    organisation, _ = pending
    user = staff_user(group)
    with_totp(user)
    client.force_login(user)
    response = client.post(
        f"/admin/partners_organisation/decide/{organisation.pk}/", {"outcome": "verified"}
    )
    assert response.status_code in {302, 403}
    assert Organisation.objects.get(pk=organisation.pk).status == "pending"


@pytest.mark.parametrize("who", ["anonymous", "member", "representative"])
def test_people_outside_the_commission_cannot_reach_the_queue(client, homes, pending, who):
    organisation, representative = pending
    if who == "member":
        client.force_login(member_of(OrganisationFactory()))
    elif who == "representative":
        client.force_login(representative)
    for url in (
        "/admin/partners_organisation/",
        f"/admin/partners_organisation/decide/{organisation.pk}/",
    ):
        response = client.get(url)
        assert response.status_code == 302
        assert "/accounts/login/" in response["Location"] or response["Location"] == "/admin/"


def test_administrator_corrects_an_organisations_details_in_the_admin(
    client, homes, administrator, pending
):
    organisation, _ = pending
    edit = f"/admin/partners_organisation/edit/{organisation.pk}/"
    assert client.get(edit).status_code == 200
    response = client.post(
        edit,
        {
            "kind": "ngo",
            "name_kk": "Жас заңгерлер клубы",
            "name_ru": "Молодые юристы",
            "name_en": "",
            "bin": "12345",
            "contact_email": "club@example.kz",
        },
    )
    assert response.status_code == 200  # the wrong BIN is refused with a message
    assert Organisation.objects.get(pk=organisation.pk).name_kk == "Жас заңгерлер"
