import json

import pytest
from django.contrib.auth import get_user_model

from partners.models import Membership
from tests.checks import check_page
from tests.factories import PASSWORD, OrganisationFactory, UserFactory, member_of

pytestmark = pytest.mark.django_db


def test_person_downloads_everything_the_platform_holds_about_them(client, homes):
    person = UserFactory(full_name="Гүлнар Әбенова", preferred_language="kk")
    member_of(OrganisationFactory(name_kk="Құқықтық көмек"), person, role="representative")
    member_of(OrganisationFactory(name_kk="Басқа ұйым"))  # somebody else's
    client.force_login(person)
    response = client.get("/kk/accounts/me/export/")
    assert response["Content-Type"] == "application/json"
    assert response["Content-Disposition"].startswith('attachment; filename="kenes-my-data-')
    data = json.loads(response.content)
    assert data["account"]["full_name"] == "Гүлнар Әбенова"
    assert data["email_addresses"] == [{"email": person.email, "verified": True, "primary": True}]
    assert [(o["organisation"], o["role"]) for o in data["organisations"]] == [
        ("Құқықтық көмек", "representative")
    ]


def test_export_and_delete_need_a_signed_in_person(client, homes):
    for url in ("/en/accounts/me/export/", "/en/accounts/me/delete/"):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/en/accounts/login/")


def test_person_deletes_their_account_with_their_password(client, homes):
    person = UserFactory()
    organisation = OrganisationFactory()
    member_of(organisation, role="representative")
    member_of(organisation, person)
    client.force_login(person)
    page = client.get("/en/accounts/me/delete/")
    check_page(page.content.decode())
    wrong = client.post("/en/accounts/me/delete/", {"password": "nope"})
    assert wrong.context["form"].errors["password"] == ["The password is not correct."]
    response = client.post("/en/accounts/me/delete/", {"password": PASSWORD}, follow=True)
    assert "Your account has been deleted." in response.content.decode()
    assert not get_user_model().objects.filter(pk=person.pk).exists()
    assert not Membership.objects.filter(user_id=person.pk).exists()
    assert "_auth_user_id" not in client.session


def test_the_last_representative_cannot_delete_their_account(client, homes):
    person = UserFactory()
    organisation = OrganisationFactory(name_en="Legal Aid")
    member_of(organisation, person, role="representative")
    client.force_login(person)
    response = client.post("/en/accounts/me/delete/", {"password": PASSWORD})
    assert response.status_code == 200
    assert "You are the last representative of Legal Aid." in str(
        response.context["form"].non_field_errors()
    )
    assert get_user_model().objects.filter(pk=person.pk).exists()


def test_a_representative_with_a_co_representative_may_delete(client, homes):
    person = UserFactory()
    organisation = OrganisationFactory()
    member_of(organisation, person, role="representative")
    member_of(organisation, role="representative")
    client.force_login(person)
    client.post("/en/accounts/me/delete/", {"password": PASSWORD})
    assert not get_user_model().objects.filter(pk=person.pk).exists()
