"""The tracker's public pages: the plans, a plan's dashboard and a measure's page."""

import datetime
import re

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from actionplan import charts
from actionplan.models import Measure, ProgressLink, ProgressMaterial, ProgressReport
from actionplan.services import measure_contested_refresh
from tests.checks import check_page
from tests.factories import add_measures, make_material, make_plan, report_progress, state_body

pytestmark = pytest.mark.django_db


def soup_of(response):
    assert response.status_code == 200
    html = response.content.decode()
    check_page(html)
    return BeautifulSoup(html, "html.parser")


def numbers(soup) -> list[str]:
    listed = soup.find(id="measures").find_all(class_="measure-item__number")
    return [item.get_text().rstrip(".") for item in listed]


def test_the_same_figure_in_the_headline_the_chart_and_the_table(client, world):
    soup = soup_of(client.get(world["url"], {"as_of": "2011-01-10"}))
    headline = soup.find(id="headline")
    assert headline.find("time")["datetime"] == "2011-01-10"
    assert headline.find(class_="headline__figure").get_text() == "40%"
    assert "4 of 10" in headline.get_text()
    # the chart by area: its first bar is the whole plan
    chart = soup.find("svg", attrs={"aria-labelledby": "chart-area-title chart-area-desc"})
    assert chart["role"] == "img"
    assert chart.find("title").get_text() == "Share of measures implemented, by area"
    values = [text.get_text() for text in chart.find_all("text", class_="chart__value")]
    assert values == ["40% (4 of 10)", "50% (3 of 6)", "25% (1 of 4)"]
    widths = [float(rect["width"]) for rect in chart.find_all("rect", attrs={"fill": "#0a4a6e"})]
    full = charts.TRACK  # the units of a full bar
    assert widths == [round(full * share, 1) for share in (0.4, 0.5, 0.25)]
    # the table beside it
    rows = soup.find(id="table-area").find("tbody").find_all("tr")
    assert [[cell.get_text() for cell in row.find_all(["th", "td"])] for row in rows] == [
        ["All measures", "4", "10", "40%"],
        ["Improvement of legislation", "3", "6", "50%"],
        ["Rights of socially vulnerable groups", "1", "4", "25%"],
    ]
    # the series ends with the same figure, and the status table says 4 implemented
    last_quarter = soup.find(id="table-quarter").find("tbody").find_all("tr")[-1]
    assert [cell.get_text() for cell in last_quarter.find_all(["th", "td"])] == [
        "Q1 2011",
        "4",
        "10",
        "40%",
    ]
    statuses = {
        row.th.get_text(): row.td.get_text()
        for row in soup.find(id="table-status").find("tbody").find_all("tr")
    }
    assert statuses["Implemented"] == "4"
    bodies = soup.find(id="table-body").find("tbody").find_all("tr")
    assert [row.th.get_text() for row in bodies] == ["Ministry of Justice", "Ministry of Labour"]
    overdue = soup.find("section", attrs={"aria-labelledby": "overdue-heading"})
    assert [a["href"] for a in overdue.find_all("a")] == [
        "/en/action-plan/2009-2012/measures/1-8/",
        "/en/action-plan/2009-2012/measures/1-10/",
    ]


@pytest.mark.parametrize(
    "value, message",
    [
        ("10.01.2011", "Enter the date as YYYY-MM-DD, for example 2011-01-10."),
        ("2011-02-30", "Enter the date as YYYY-MM-DD, for example 2011-01-10."),
        ("2011-01-10\x00x", "Enter the date as YYYY-MM-DD, for example 2011-01-10."),
        ("9" * 400, "Enter the date as YYYY-MM-DD, for example 2011-01-10."),
        ("1989-12-31", "Choose a date from"),
        ("2999-01-01", "Choose a date from"),
    ],
)
def test_a_date_that_cannot_be_used_is_said_so_and_the_figures_are_today(
    client, world, value, message
):
    soup = soup_of(client.get(world["url"], {"as_of": value, "area": "x", "page": "-1"}))
    errors = soup.find(id="id_as_of_error")
    assert message in errors.get_text()
    today = timezone.localdate().isoformat()
    assert soup.find(id="headline").find("time")["datetime"] == today
    assert soup.find(class_="headline__figure").get_text() == "60%"  # 6 of 10 today


def test_filters_combine_and_apply_as_of_the_date(client, world):
    legislation, vulnerable = world["areas"]
    justice, labour = world["bodies"]

    def listed(**params):
        return numbers(soup_of(client.get(world["url"], {"as_of": "2011-01-10", **params})))

    assert listed(status="implemented") == ["1.1", "1.2", "1.3", "1.7"]
    assert listed(status="implemented", area=legislation.pk) == ["1.1", "1.2", "1.3"]
    assert listed(status="implemented", area=legislation.pk, body=labour.pk) == ["1.3"]
    assert listed(status="not-started") == ["1.8", "1.11"]
    assert listed(mechanism="upr") == ["1.1"]
    assert listed(mechanism="treaty-body", status="partly-implemented") == ["1.4"]
    assert listed(overdue="on") == ["1.8", "1.10"]
    assert listed(contested="on") == []
    measure_contested_refresh(measure=world["measures"][9], assessed=["implemented"])
    assert listed(contested="on") == ["1.9"]
    assert listed(body=justice.pk, area=vulnerable.pk) == []
    # a filter that names nothing is dropped with its message; the others still apply
    soup = soup_of(client.get(world["url"], {"status": "implemented", "area": "999999"}))
    assert numbers(soup) == ["1.1", "1.2", "1.3", "1.5", "1.7", "1.11"]
    assert soup.find(id="id_area_error") is not None


def test_the_list_pages_by_20_and_keeps_the_filters(client, world):
    add_measures(world["plan"], 30, start=20)
    soup = soup_of(client.get(world["url"], {"status": "not-started", "as_of": "2011-01-10"}))
    assert len(numbers(soup)) == 20
    following = soup.find("a", rel="next")["href"]
    assert "status=not-started" in following and "as_of=2011-01-10" in following
    assert following.endswith("page=2#measures")
    second = soup_of(client.get(world["url"] + following))
    assert len(numbers(second)) == 32 - 20  # 1.8, 1.11 and the 30 new ones


def test_the_index_lists_the_published_plans_with_their_figure(client, world):
    make_plan(slug="2013-2016", status="draft", start_year=2013, end_year=2016)
    soup = soup_of(client.get("/en/action-plan/"))
    cards = soup.find_all(class_="plan-card__title")
    assert [card.get_text() for card in cards] == ["National Human Rights Action Plan"]
    assert cards[0].a["href"] == world["url"]
    assert "60% implemented (6 of 10 measures)" in soup.get_text()
    assert client.get("/en/action-plan/2013-2016/").status_code == 404


def test_the_measure_page_shows_where_it_comes_from_and_its_history(client, world):
    measure = world["measures"][4]
    public = make_material(title="Law on domestic violence", access="public", language="en")
    internal = make_material(title="Internal note", access="staff")
    latest = report_progress(
        measure, "in-progress", datetime.date(2012, 2, 1), text="Жаңа бағдарлама."
    )
    ProgressMaterial.objects.create(report=latest, material=public)
    ProgressMaterial.objects.create(report=latest, material=internal)
    ProgressLink.objects.create(report=latest, title="Adilet", url="https://adilet.zan.kz/")
    soup = soup_of(client.get(world["url"] + "measures/1-4/"))
    assert soup.h1.get_text() == "Measure 1.4"
    assert "CAT/C/KAZ/CO/2" in soup.find(class_="recommendation-list").get_text()
    assert "Treaty body" in soup.find(class_="recommendation-list").get_text()
    items = soup.find("ol", class_="timeline").find_all("li", class_="timeline__item")
    assert [item.find("time")["datetime"] for item in items] == [
        "2009-12-01",
        "2010-06-01",
        "2012-02-01",
    ]
    assert [item.find(class_="badge").get_text() for item in items] == [
        "Implemented",
        "Partly implemented",
        "In progress",
    ]
    evidence = items[-1].find(class_="timeline__evidence").get_text()
    assert "Law on domestic violence" in evidence and "Adilet" in evidence
    assert "Internal note" not in evidence  # staff-only: not even named to visitors
    assert "In progress" in soup.find(class_="measure__status").get_text()
    assert "Ministry of Labour" in soup.find(class_="facts").get_text()
    # the language switcher and hreflang lead to the same measure in the other language
    switch = {a["hreflang"]: a["href"] for a in soup.select("link[rel=alternate][hreflang]")}
    assert switch["kk"] == "http://testserver/kk/action-plan/2009-2012/measures/1-4/"
    assert switch["en"] == "http://testserver/en/action-plan/2009-2012/measures/1-4/"


@pytest.mark.parametrize(
    "path", ["measures/9-9/", "measures/1_4/", "measures/1--4/", "measures/" + "9" * 400 + "/"]
)
def test_a_measure_that_does_not_exist_is_404(client, world, path):
    assert client.get(world["url"] + path).status_code == 404


def test_a_draft_plans_measures_are_not_shown(client, world):
    world["plan"].status = "draft"
    world["plan"].save()
    assert client.get(world["url"] + "measures/1-4/").status_code == 404


def count_queries(client, url) -> int:
    client.get(url)  # warm the site's root paths, as a running server has them
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_dashboard_and_measure_page_queries_do_not_grow_from_20_to_500_measures(client, tracker):
    plan = make_plan(areas=["Бірінші", "Екінші"])
    first, second = plan.areas.order_by("sort_order")
    bodies = [state_body(f"Министрлік {n}") for n in range(3)]
    add_measures(plan, 10, start=1, area=first, bodies=bodies[:2])
    add_measures(plan, 10, start=11, area=second, bodies=bodies[1:])

    def history(measures):
        ProgressReport.objects.bulk_create(
            ProgressReport(measure=measure, status=status, reported_on=day, done_kk="Жасалды.")
            for measure in measures
            for status, day in (
                ("in-progress", datetime.date(2009, 9, 1)),
                ("implemented", datetime.date(2010, 11, 1 + measure.pk % 20)),
            )
        )

    history(Measure.objects.all())
    urls = [
        "/kk/action-plan/",
        "/kk/action-plan/2009-2012/",
        "/kk/action-plan/2009-2012/?as_of=2011-01-10&status=implemented&page=2",
        f"/kk/action-plan/2009-2012/?area={first.pk}&body={bodies[1].pk}&overdue=on",
        "/kk/action-plan/2009-2012/measures/1-3/",
    ]
    small = [count_queries(client, url) for url in urls]
    more = add_measures(plan, 240, start=21, area=first, bodies=bodies)
    more += add_measures(plan, 240, start=261, area=second, bodies=bodies[:1])
    history(more)
    report_progress(Measure.objects.get(number="1.3"), "implemented", datetime.date(2011, 3, 1))
    assert Measure.objects.count() == 500
    assert [count_queries(client, url) for url in urls] == small


@override_settings(KENES_PAGE_CACHE_SECONDS=600)
def test_pages_are_kept_for_visitors_and_a_new_report_shows_at_once(
    client, world, django_capture_on_commit_callbacks
):
    url = world["url"] + "?as_of=2011-01-10"
    first = client.get(url).content.decode()
    assert re.search(r'headline__figure">40%<', first)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).content.decode() == first
    assert len(queries) <= 2  # from the page cache
    with django_capture_on_commit_callbacks(execute=True):
        report_progress(world["measures"][8], "implemented", datetime.date(2011, 1, 5))
    assert re.search(r'headline__figure">50%<', client.get(url).content.decode())
