"""The demo site's every page type, signed out and signed in as the demo NGO representative
(whose pages show their comments, registrations and organisation): valid, accessible HTML in
kk, ru and en, without English sentences left on the Kazakh pages."""

import pytest
from django.test import Client

from actionplan.models import ActionPlanIndexPage
from consultations.models import ConsultationPage
from events.models import EventIndexPage, EventPage
from kenes.models import NewsIndexPage, NewsPage, StandardPage
from library.models import LibraryPage, Material
from partners.models import Membership, Organisation
from tests.checks import check_page, english_on_page

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_site")]
LANGUAGES = ("kk", "ru", "en")


def first(model, language, **filters):
    return model.objects.live().filter(locale__language_code=language, **filters).first()


def public_paths(language):
    event = first(EventPage, language)
    consultation = first(ConsultationPage, language, slug="public-councils-amendments")
    closed = first(ConsultationPage, language, slug="ngo-reporting")
    library = first(LibraryPage, language)
    material = Material.objects.filter(access="public", is_listed=True).first()
    return [
        f"/{language}/",
        first(NewsIndexPage, language).url,
        first(NewsPage, language).url,
        first(StandardPage, language).url,
        first(EventIndexPage, language).url,
        first(EventIndexPage, language).url + "?archive=1",
        event.url,
        consultation.url,
        consultation.url + "comments/",
        closed.url,
        closed.url + "report/",
        library.url,
        library.url + f"{material.pk}/",
        f"/{language}/partners/",
        f"/{language}/partners/{Organisation.objects.filter(status='verified').first().pk}/",
        f"/{language}/search/?q=%D0%BF%D1%80%D0%B0%D0%B2%D0%B0",
        first(ActionPlanIndexPage, language).url,
        first(ActionPlanIndexPage, language).url + "2009-2012/",
        first(ActionPlanIndexPage, language).url + "2009-2012/?as_of=2011-01-10&status=implemented",
        first(ActionPlanIndexPage, language).url + "2009-2012/measures/1-3/",
    ]


def member_paths(language):
    consultation = first(ConsultationPage, language, slug="public-councils-amendments")
    event = first(EventPage, language, slug="webinar-commenting-on-draft-laws")
    representative = Membership.objects.get(user__email="ngo@kenes.kz")
    return [
        f"/{language}/accounts/me/",
        consultation.url,
        consultation.url + "comments/",
        event.url,
        f"/{language}/partners/manage/{representative.organisation_id}/",
        f"/{language}/partners/join/",
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_demo_page_is_valid_signed_out_and_signed_in(language):
    visitor = Client()
    member = Client()
    assert member.login(email="ngo@kenes.kz", password="kenes-demo-2026")
    checked = []
    for client, paths in ((visitor, public_paths(language)), (member, member_paths(language))):
        for path in paths:
            response = client.get(path)
            assert response.status_code == 200, path
            check_page(response.content.decode())
            if language == "kk":
                assert english_on_page(response) == [], path
            checked.append(path)
    assert len(checked) >= 20
