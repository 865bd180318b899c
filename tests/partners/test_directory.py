import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from partners.models import FocusArea, Organisation, Region
from partners.views import DIRECTORY_PER_PAGE
from tests.checks import check_page
from tests.factories import OrganisationFactory, bin_sequence, member_of

pytestmark = pytest.mark.django_db


def names(response):
    return [o.name for o in response.context["organisations"]]


def test_directory_lists_verified_organisations_that_opted_in(client, homes):
    OrganisationFactory(name_kk="Тізімде")
    OrganisationFactory(name_kk="Тізімде жоқ", listed_in_directory=False)
    for status in ("pending", "rejected", "suspended"):
        OrganisationFactory(name_kk=f"Күйі {status}", status=status)
    response = client.get("/kk/partners/")
    assert names(response) == ["Тізімде"]
    check_page(response.content.decode())


def test_ngos_and_international_partners_are_listed_apart(client, homes):
    OrganisationFactory(name_en="Legal Aid", kind="ngo")
    OrganisationFactory(name_en="OSCE", kind="international", bin=None)
    assert names(client.get("/en/partners/")) == ["Legal Aid"]
    assert names(client.get("/en/partners/?kind=international")) == ["OSCE"]
    assert names(client.get("/en/partners/?kind=nonsense")) == ["Legal Aid"]


def test_directory_is_alphabetical_in_the_visitors_language(client, homes):
    # By code point, and SQLite lower-cases ASCII only: Kazakh letters such as Ә would need an
    # ICU collation on PostgreSQL to sort as the alphabet does.
    OrganisationFactory(name_kk="Ақ", name_ru="Б", name_en="")
    OrganisationFactory(name_kk="Б", name_ru="А", name_en="")
    assert names(client.get("/ru/partners/")) == ["А", "Б"]
    assert names(client.get("/kk/partners/")) == ["Ақ", "Б"]


def test_names_follow_the_visitors_language_with_fallback(client, homes):
    OrganisationFactory(name_kk="Қор", name_ru="Фонд", name_en="")
    assert names(client.get("/ru/partners/")) == ["Фонд"]
    assert names(client.get("/en/partners/")) == ["Қор"]


def test_directory_filters_by_region_and_searches_by_name_or_bin(client, homes):
    shymkent = Region.objects.get(code="shymkent")
    found = OrganisationFactory(name_ru="Равные возможности", region=shymkent)
    OrganisationFactory(name_ru="Права детей", region=Region.objects.get(code="astana"))
    assert names(client.get("/ru/partners/", {"region": "shymkent"})) == [found.name_ru]
    assert names(client.get("/ru/partners/", {"q": "возможн"})) == [found.name_ru]
    assert names(client.get("/ru/partners/", {"q": found.bin})) == [found.name_ru]
    unfiltered = names(client.get("/ru/partners/", {"region": "nowhere"}))
    assert sorted(unfiltered) == ["Права детей", "Равные возможности"]


def test_directory_paginates_and_keeps_filters(client, homes):
    for _ in range(DIRECTORY_PER_PAGE + 2):
        OrganisationFactory(region=Region.objects.get(code="astana"))
    first = client.get("/kk/partners/", {"region": "astana"})
    assert len(first.context["organisations"]) == DIRECTORY_PER_PAGE
    assert 'href="?region=astana&amp;page=2"' in first.content.decode()
    second = client.get("/kk/partners/", {"region": "astana", "page": 2})
    assert len(second.context["organisations"]) == 2


def test_directory_issues_the_same_queries_for_10_and_500_organisations(client, homes):
    areas = list(FocusArea.objects.all()[:2])
    region = Region.objects.get(code="astana")

    def make(count, start):
        created = Organisation.objects.bulk_create(
            Organisation(
                name_kk=f"Ұйым {n}",
                bin=bin_sequence(n),
                contact_email=f"o{n}@ngo.kz",
                status="verified",
                listed_in_directory=True,
                region=region,
            )
            for n in range(start, start + count)
        )
        for organisation in created:
            organisation.focus_areas.set(areas)

    def count():
        client.get("/kk/partners/")
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/kk/partners/").status_code == 200
        return len(queries)

    make(10, 0)
    few = count()
    make(490, 10)
    assert count() == few


def test_profile_shows_the_organisation_but_never_its_members(client, homes):
    organisation = OrganisationFactory(name_en="Legal Aid", description="Free advice")
    member = member_of(organisation, role="representative")
    response = client.get(f"/en/partners/{organisation.pk}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Legal Aid</h1>" in html
    assert member.email not in html
    assert member.full_name not in html
    check_page(html)


@pytest.mark.parametrize("status", ["pending", "rejected", "suspended"])
def test_profile_of_an_unverified_organisation_is_not_found(client, homes, status):
    organisation = OrganisationFactory(status=status)
    assert client.get(f"/en/partners/{organisation.pk}/").status_code == 404


def test_profile_of_an_organisation_that_did_not_opt_in_is_not_found(client, homes):
    organisation = OrganisationFactory(listed_in_directory=False)
    assert client.get(f"/en/partners/{organisation.pk}/").status_code == 404


def test_home_page_shows_international_partners(client, homes):
    OrganisationFactory(name_en="OSCE Programme Office in Astana", kind="international", bin=None)
    soup = BeautifulSoup(client.get("/en/").content, "html.parser")
    assert [a.get_text() for a in soup.select(".partner-strip a")] == [
        "OSCE Programme Office in Astana"
    ]
