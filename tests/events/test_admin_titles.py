"""Event managers read event titles in the admin's language: an event whose original is
Kazakh and that has a Russian translation is named in Russian on the Russian admin's screens;
an event without that translation keeps its original title."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from tests.accounts.test_two_factor import with_totp
from tests.factories import make_event, staff_user, translate

pytestmark = pytest.mark.django_db
KAZAKH = "Адам құқықтары жөніндегі дөңгелек үстел"
RUSSIAN = "Круглый стол по правам человека"
UNTRANSLATED = "Аударылмаған семинар"


@pytest.fixture
def manager(client):
    person = staff_user("Event managers", preferred_language="ru")
    with_totp(person)
    client.force_login(person)
    return person


@pytest.fixture
def events(event_index):
    translate(event_index, "ru", title="Мероприятия")
    translated = make_event(event_index, title=KAZAKH, starts_in_days=5)
    translate(translated, "ru", title=RUSSIAN)
    untranslated = make_event(event_index, title=UNTRANSLATED, starts_in_days=6)
    return translated, untranslated


def page(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def headings(html) -> list[str]:
    return [heading.get_text(strip=True) for heading in html.find_all("h2")]


def test_the_list_of_events_names_them_in_the_admins_language(client, manager, events):
    rows = page(client.get(reverse("events_admin:index"))).select("table.listing tbody th a")
    assert [row.get_text(strip=True) for row in rows] == [RUSSIAN, UNTRANSLATED]


def test_english_staff_read_the_original_where_there_is_no_english(client, manager, events):
    response = client.get(reverse("events_admin:index"), HTTP_ACCEPT_LANGUAGE="en")
    rows = page(response).select("table.listing tbody th a")
    assert [row.get_text(strip=True) for row in rows] == [KAZAKH, UNTRANSLATED]


@pytest.mark.parametrize(
    "screen",
    ["events_admin:registrations", "events_admin:check_in", "events_admin:invitations"],
)
def test_an_events_screens_name_it_in_the_admins_language(client, manager, events, screen):
    translated, untranslated = events
    for event, title in ((translated, RUSSIAN), (untranslated, UNTRANSLATED)):
        response = client.get(reverse(screen, args=[event.pk]))
        html = page(response)
        assert title in headings(html)
        assert html.h1.get_text(strip=True).endswith(f": {title}")
        labels = [str(item["label"]) for item in response.context["breadcrumbs_items"]]
        assert title in labels
        assert KAZAKH not in html.get_text() or title == KAZAKH


def test_the_materials_screen_of_an_event_names_it_in_the_admins_language(client, manager, events):
    translated, _untranslated = events
    html = page(client.get(reverse("library_admin:event_materials", args=[translated.pk])))
    assert RUSSIAN in headings(html)
