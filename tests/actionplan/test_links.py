"""A consultation implements a measure, an event discusses one: each side shows the other, in
the visitor's language, and the pages keep their fixed number of queries."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from actionplan.models import Measure, MeasureConsultation, MeasureEvent
from tests.actionplan.test_admin import inline_management, person
from tests.checks import check_page
from tests.factories import (
    add_measures,
    make_consultation,
    make_consultation_index,
    make_event,
    make_plan,
    translate,
    translated,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def linked(homes, tracker, event_index):
    """Measure 1.3 implemented by a consultation (linked from its English page) and discussed
    at a seminar; a draft plan's measure linked to the same seminar."""
    consultations = make_consultation_index(homes["kk"])
    translate(consultations, "en", title="Consultations", slug="consultations")
    consultation = make_consultation(consultations, title="Қоғамдық кеңестер туралы заң жобасы")
    english = translate(consultation, "en", title="Draft law on public councils")
    translate(event_index, "en", title="Events", slug="events")
    seminar = make_event(event_index, title="Шымкенттегі оқыту семинары", kind="seminar")
    plan = make_plan()
    measure = add_measures(plan, 3, text_en="Discuss draft laws with NGOs.")[2]
    draft = make_plan(slug="2026-2030", status="draft")
    hidden = add_measures(draft, 1, text_en="A measure of a plan not yet published.")[0]
    MeasureConsultation.objects.create(measure=measure, consultation=english)
    MeasureEvent.objects.create(measure=measure, event=seminar)
    MeasureEvent.objects.create(measure=hidden, event=seminar)
    return {
        "measure": measure,
        "consultation": consultation,
        "english": english,
        "seminar": seminar,
        "url": "/en/action-plan/2009-2012/measures/1-3/",
    }


def soup_of(response) -> BeautifulSoup:
    assert response.status_code == 200
    html = response.content.decode()
    check_page(html)
    return BeautifulSoup(html, "html.parser")


def test_each_side_shows_the_other_in_the_visitors_language(client, linked):
    link = MeasureConsultation.objects.get()
    assert link.consultation == linked["consultation"]  # kept to the original page
    measure_page = soup_of(client.get(linked["url"]))
    consultations = measure_page.find(id="linked-consultations").find_all("a")
    assert [(a.get_text(), a["href"]) for a in consultations] == [
        ("Draft law on public councils", linked["english"].url)
    ]
    events = measure_page.find(id="linked-events").find_all("a")
    assert [a.get_text() for a in events] == ["Шымкенттегі оқыту семинары"]  # no English page
    # the consultation's page, in both languages, names the measure and links to it
    for page, language in ((linked["english"], "en"), (linked["consultation"], "kk")):
        tracker_url = f"/{language}/action-plan/"
        soup = soup_of(client.get(page.url))
        section = soup.find("section", class_="linked-measures")
        assert section.h2.get_text() == translated(language, "Action plan measures implemented")
        assert [a["href"] for a in section.find_all("a")] == [
            f"{tracker_url}2009-2012/measures/1-3/"
        ]
    section = soup_of(client.get(linked["english"].url)).find("section", class_="linked-measures")
    assert "Status today: Not started" in " ".join(section.get_text().split())
    # the seminar's page: the measure of the published plan only
    section = soup_of(client.get(linked["seminar"].url)).find("section", class_="linked-measures")
    assert section.h2.get_text() == translated("kk", "Action plan measures discussed")
    assert [a["href"] for a in section.find_all("a")] == ["/kk/action-plan/2009-2012/measures/1-3/"]


def test_pages_without_links_show_no_box_and_keep_their_queries(client, linked):
    other = make_consultation(
        linked["consultation"].get_parent(), title="Басқа жоба", slug="other-draft"
    )
    html = soup_of(client.get(other.url))
    assert html.find("section", class_="linked-measures") is None
    assert "Action plan" not in html.get_text()


def count(client, url) -> int:
    client.get(url)  # warm the site's root paths, as a running server has them
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_queries_do_not_grow_with_the_number_of_links(client, linked):
    urls = [linked["consultation"].url, linked["seminar"].url, linked["url"]]
    one = [count(client, url) for url in urls]
    plan = linked["measure"].plan
    for measure in add_measures(plan, 12, start=10):
        MeasureConsultation.objects.create(measure=measure, consultation=linked["consultation"])
        MeasureEvent.objects.create(measure=measure, event=linked["seminar"])
    more = make_event(linked["seminar"].get_parent(), title="Дөңгелек үстел", slug="table")
    MeasureEvent.objects.create(measure=linked["measure"], event=more)
    assert [count(client, url) for url in urls] == one


def test_an_editor_links_pages_once_whatever_language_was_chosen(client, linked):
    measure = Measure.objects.get(pk=linked["measure"].pk)
    client.force_login(person("editor"))
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"  # the admin's language is the browser's
    data = {
        "plan": str(measure.plan_id),
        "area": str(measure.area_id),
        "number": measure.number,
        "deadline": "2010-12-31",
        "text_kk": measure.text_kk,
        "text_en": measure.text_en,
        **inline_management("recommendation_links"),
        **inline_management("consultation_links", total=2),
        "consultation_links-0-consultation": str(linked["english"].pk),
        "consultation_links-0-ORDER": "1",
        "consultation_links-0-id": "",
        "consultation_links-1-consultation": str(linked["consultation"].pk),
        "consultation_links-1-ORDER": "2",
        "consultation_links-1-id": "",
        **inline_management("event_links"),
    }
    MeasureConsultation.objects.all().delete()
    MeasureEvent.objects.all().delete()
    url = f"/admin/action-plan/measures/edit/{measure.pk}/"
    refused = client.post(url, data)
    assert refused.status_code == 200
    assert (
        "The consultation “Қоғамдық кеңестер туралы заң жобасы” is chosen twice (perhaps in "
        "two languages)." in refused.content.decode()
    )
    assert not MeasureConsultation.objects.exists()
    data["consultation_links-TOTAL_FORMS"] = "1"
    data.update(
        {
            **inline_management("event_links", total=1),
            "event_links-0-event": str(linked["seminar"].pk),
            "event_links-0-ORDER": "1",
            "event_links-0-id": "",
        }
    )
    assert client.post(url, data).status_code == 302
    assert [link.consultation for link in MeasureConsultation.objects.all()] == [
        linked["consultation"]
    ]
    assert [link.event for link in MeasureEvent.objects.all()] == [linked["seminar"]]
