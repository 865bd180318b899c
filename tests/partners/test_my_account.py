import pytest
from bs4 import BeautifulSoup

from tests.factories import OrganisationFactory, UserFactory, member_of

pytestmark = pytest.mark.django_db


def rows(response):
    """[organisation, role, status of the organisation] for each item of My organisations."""
    soup = BeautifulSoup(response.content, "html.parser")
    section = soup.find("section", attrs={"aria-labelledby": "organisations-heading"})
    return [
        [item.find(class_="account-item__title").get_text(strip=True)]
        + [value.get_text(strip=True) for value in item.find_all("dd")]
        for item in section.find_all("li", class_="account-item")
    ]


def test_my_account_lists_my_organisations_roles_and_their_status(client, homes):
    person = UserFactory(preferred_language="en")
    member_of(OrganisationFactory(name_en="Legal Aid"), person, role="representative")
    member_of(OrganisationFactory(name_en="Young Lawyers", status="pending"), person)
    member_of(OrganisationFactory(name_en="Equal Opportunities"), person, status="requested")
    member_of(OrganisationFactory(name_en="Somebody else's"))
    client.force_login(person)
    assert sorted(rows(client.get("/en/accounts/me/"))) == [
        ["Equal Opportunities", "Asked to join", "Verified"],
        ["Legal Aid", "Representative", "Verified"],
        ["Young Lawyers", "Member", "Pending verification"],
    ]


def test_a_person_without_organisations_is_invited_to_register_one(client, homes):
    client.force_login(UserFactory())
    response = client.get("/en/accounts/me/")
    assert rows(response) == []
    assert 'href="/en/partners/register/"' in response.content.decode()
