"""Anyone downloads a plan with its statuses as of a date, as CSV, XLSX and JSON, in the
language of the address, with the open-data licence, and the figures are the dashboard's."""

import csv
import io
import json

import pytest
from bs4 import BeautifulSoup
from openpyxl import load_workbook

from actionplan.models import Measure

pytestmark = pytest.mark.django_db

AS_OF = {"as_of": "2011-01-10"}


def download(client, url, file_format, **params):
    response = client.get(f"{url}download/{file_format}/", params)
    assert response.status_code == 200, response.content[:300]
    assert response["Content-Disposition"].startswith("attachment;")
    return response


def csv_rows(response) -> list[list[str]]:
    text = response.content.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text)))


def test_the_page_the_csv_the_xlsx_and_the_json_give_the_same_figures(client, world):
    url = world["url"]
    page = BeautifulSoup(client.get(url, AS_OF).content, "html.parser")
    assert page.find(id="headline").find(class_="headline__figure").get_text() == "40%"

    rows = csv_rows(download(client, url, "csv", **AS_OF))
    title, licence, headline, blank, headings, *table = rows
    assert licence == [
        "Open data: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/), Kenes, Jan. 10, 2011"
    ]
    assert headline == [
        "As of Jan. 10, 2011, 40% of the plan’s measures have been implemented: 4 of 10 "
        "(cancelled measures are not counted)."
    ]
    assert blank == []
    assert headings[:3] == ["Number", "Area", "Measure"]
    by_number = {row[0]: dict(zip(headings, row, strict=True)) for row in table}
    assert list(by_number) == [f"1.{n}" for n in range(1, 12)]
    statuses = [row["Status on that date"] for row in by_number.values()]
    assert statuses.count("Implemented") == 4
    assert statuses.count("Cancelled") == 1
    first = by_number["1.1"]
    assert first["Area"] == "Improvement of legislation"
    assert first["Responsible state bodies"] == "Ministry of Justice"
    assert first["Deadline"] == "2010-01-01"
    assert first["UN recommendations"] == "A/HRC/14/10"
    assert first["Address"] == "http://testserver/en/action-plan/2009-2012/measures/1-1/"
    assert [n for n, row in by_number.items() if row["Overdue"] == "yes"] == ["1.8", "1.10"]

    document = json.loads(download(client, url, "json", **AS_OF).content)
    assert document["licence"] == licence[0]
    assert document["as_of"] == "2011-01-10"
    figures = document["figures"]
    assert (figures["implemented"], figures["counted"], figures["implemented_percent"]) == (
        4,
        10,
        40,
    )
    assert [m["number"] for m in document["measures"] if m["status"] == "implemented"] == [
        "1.1",
        "1.2",
        "1.3",
        "1.7",
    ]
    assert document["measures"][0]["responsible_bodies"] == ["Ministry of Justice"]

    workbook = load_workbook(io.BytesIO(download(client, url, "xlsx", **AS_OF).content))
    sheet = workbook.active
    assert sheet["A2"].value == licence[0]
    assert sheet["A3"].value == headline[0]
    values = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=6)]
    assert [row[0] for row in values] == list(by_number)
    assert sum(1 for row in values if row[6] == "Implemented") == 4


def test_a_download_is_in_the_language_of_its_address_and_today_by_default(client, world):
    rows = csv_rows(download(client, "/kk/action-plan/2009-2012/", "csv"))
    table = rows[5:]
    assert table[0][1] == "Заңнаманы жетілдіру"  # the area's Kazakh title
    assert table[0][-1] == "http://testserver/kk/action-plan/2009-2012/measures/1-1/"
    # today: 1.5 and 1.11 were implemented later, so 6 of 10
    document = json.loads(download(client, world["url"], "json").content)
    assert document["figures"]["implemented"] == 6
    # a date the dashboard refuses gives today's figures too, never an error
    odd = json.loads(download(client, world["url"], "json", as_of="2011-02-30").content)
    assert odd["figures"] == document["figures"]


def test_text_never_runs_as_a_formula(client, world):
    Measure.objects.filter(number="1.2").update(text_en='=HYPERLINK("http://evil.example","x")')
    rows = csv_rows(download(client, world["url"], "csv"))
    assert rows[6][2] == '\'=HYPERLINK("http://evil.example","x")'
    sheet = load_workbook(io.BytesIO(download(client, world["url"], "xlsx").content)).active
    cell = sheet["C7"]
    assert cell.value == '=HYPERLINK("http://evil.example","x")' and cell.data_type == "s"


def test_the_dashboard_links_to_the_downloads_and_the_deadlines(client, world):
    page = BeautifulSoup(client.get(world["url"], AS_OF).content, "html.parser")
    links = page.find("ul", class_="plan-data").find_all("a")
    assert [(a.get_text(), a["href"]) for a in links] == [
        ("CSV", "/en/action-plan/2009-2012/download/csv/?as_of=2011-01-10"),
        ("XLSX", "/en/action-plan/2009-2012/download/xlsx/?as_of=2011-01-10"),
        ("JSON", "/en/action-plan/2009-2012/download/json/?as_of=2011-01-10"),
        ("Subscribe to deadlines", "http://testserver/en/feeds/action-plan.ics"),
    ]


def test_unknown_formats_and_draft_plans_are_not_found(client, world):
    assert client.get(world["url"] + "download/pdf/").status_code == 404
    world["plan"].status = "draft"
    world["plan"].save()
    assert client.get(world["url"] + "download/csv/").status_code == 404
