"""The home page shows what is happening: the next events with their seats, the drafts open
for comment with their deadline and comments, the latest news and public materials, and how
an NGO takes part; a section says it is empty only when it is."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.translation import ngettext, pgettext

from consultations.models import Comment
from consultations.parsing import split_draft
from consultations.services import version_import, version_publish
from events.models import Registration
from tests.checks import check_page
from tests.factories import (
    RUSSIAN_DRAFT,
    UserFactory,
    add_events_quickly,
    make_consultation,
    make_consultation_index,
    make_event,
    make_library,
    make_material,
    make_news,
    make_news_index,
    translated,
)

pytestmark = pytest.mark.django_db

EMPTY_EVENTS = (
    "No events are announced yet. Round tables, seminars and conferences will be listed here."
)
EMPTY_DRAFTS = "No draft is open for comment right now."


def section(response, heading_id) -> str:
    soup = BeautifulSoup(response.content, "html.parser")
    return " ".join(soup.find(id=heading_id).find_parent("section").get_text(" ").split())


def published_comments(consultation, n):
    version = version_import(
        consultation=consultation, language="ru", elements=split_draft(RUSSIAN_DRAFT), by=None
    )
    version_publish(version=version, note="", by=None)
    person = UserFactory()
    Comment.objects.bulk_create(
        Comment(
            consultation=consultation,
            version=version,
            author=person,
            author_name=person.full_name,
            remark=f"Ескерту {i}",
            status=Comment.Status.PUBLISHED,
        )
        for i in range(n)
    )


def test_an_empty_site_says_each_section_is_empty(client, homes):
    response = client.get("/en/")
    assert EMPTY_EVENTS in section(response, "upcoming-events")
    assert EMPTY_DRAFTS in section(response, "open-consultations")
    assert "No public materials yet." in section(response, "new-materials")


def test_the_home_page_shows_the_next_events_with_their_seats(client, homes, event_index):
    almost_full = make_event(event_index, title="Дөңгелек үстел", capacity=2, starts_in_days=3)
    Registration.objects.create(event=almost_full, person=UserFactory(), status="confirmed")
    full = make_event(event_index, title="Оқыту семинары", capacity=1, starts_in_days=5)
    Registration.objects.create(event=full, person=UserFactory(), status="confirmed")
    make_event(event_index, title="Конференция", starts_in_days=7, status="cancelled")
    make_event(event_index, title="Өткен вебинар", starts_in_days=-10)
    response = client.get("/kk/")
    check_page(response.content.decode())
    events = section(response, "upcoming-events")
    assert translated("kk", EMPTY_EVENTS) not in events
    assert events.index("Дөңгелек үстел") < events.index("Оқыту семинары")
    assert "Өткен вебинар" not in events
    assert (
        translated("kk", "All seats are taken: registering puts you on the waiting list.") in events
    )
    soup = BeautifulSoup(response.content, "html.parser")
    cards = {
        card.find("a").get_text(): card for card in soup.select("#upcoming-events ~ ul article")
    }
    with translation.override("kk"):
        one_seat = ngettext("%(free)s seat left.", "%(free)s seats left.", 1) % {"free": 1}
        cancelled = pgettext("event", "Cancelled")
    assert cards["Дөңгелек үстел"].select_one(".seats").get_text() == one_seat
    assert cards["Конференция"].select_one(".badge").get_text() == cancelled


def test_the_home_page_shows_drafts_open_for_comment(client, homes):
    index = make_consultation_index(homes["kk"])
    open_one = make_consultation(index, title="Ашық жоба", closes=3)
    published_comments(open_one, 2)
    make_consultation(index, title="Жабық жоба", opens=-30, closes=-1)
    make_consultation(index, title="Болашақ жоба", opens=5, closes=30)
    drafts = section(client.get("/kk/"), "open-consultations")
    assert translated("kk", EMPTY_DRAFTS) not in drafts
    with translation.override("kk"):
        two = ngettext("%(comments)s comment published.", "%(comments)s comments published.", 2) % {
            "comments": 2
        }
    assert two in drafts
    assert "Жабық жоба" not in drafts and "Болашақ жоба" not in drafts


def test_the_home_page_lists_public_materials_only(client, homes):
    library = make_library(homes["kk"])
    make_material(title="Ашық нұсқаулық", access="public", language="kk")
    make_material(title="Мүшелерге арналған", access="members")
    materials = section(client.get("/kk/"), "new-materials")
    assert "Ашық нұсқаулық" in materials and "Мүшелерге арналған" not in materials
    assert library.url in client.get("/kk/").content.decode()


def test_the_home_page_explains_how_an_ngo_takes_part(client, homes):
    steps = BeautifulSoup(client.get("/ru/").content, "html.parser").select("#take-part ~ ol a")
    assert [a["href"] for a in steps][:3] == [
        "/ru/accounts/signup/",
        "/ru/partners/register/",
        "/ru/partners/join/",
    ]


def test_the_home_page_issues_the_same_queries_at_two_sizes(client, homes, event_index):
    news = make_news_index(homes["kk"])
    index = make_consultation_index(homes["kk"])
    make_library(homes["kk"])
    make_event(event_index, title="Бір")
    make_consultation(index, title="Бір жоба")
    make_material(title="Бір материал")
    make_news(news, title="Бір жаңалық")

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/kk/").status_code == 200
        return len(queries)

    count()  # warm the site's caches, as on a running server
    small = count()
    add_events_quickly(event_index, 6)
    for n in range(4):
        published_comments(make_consultation(index, title=f"Жоба {n}", slug=f"j-{n}"), n)
        make_material(title=f"Материал {n}")
        make_news(news, title=f"Жаңалық {n}", date=datetime.date(2026, 1, n + 1))
    assert count() == small
