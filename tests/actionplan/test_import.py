"""Staff import a plan's measures from XLSX: a preview of every row with its errors before
anything is saved, and a re-import that updates the measures by number."""

import datetime
import io
import re

import pytest
from bs4 import BeautifulSoup
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db.models.signals import post_save
from openpyxl import Workbook, load_workbook

from actionplan.models import Measure, MeasureRecommendation, Recommendation
from tests.actionplan.test_admin import person
from tests.factories import OrganisationFactory, make_plan, state_body

pytestmark = pytest.mark.django_db

IMPORT = "/admin/action-plan/import/"
CONFIRM = "/admin/action-plan/import/confirm/"
HEADINGS = [
    "Number",
    "Area",
    "Measure (Kazakh)",
    "Measure (Russian)",
    "Measure (English)",
    "Responsible state bodies (name or BIN, one per line)",
    "Deadline (YYYY-MM-DD)",
    "UN recommendations (document symbol, one per line)",
]


def xlsx(rows, headings=HEADINGS) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(headings)
    for row in rows:
        sheet.append(row)
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


def upload(client, plan, data: bytes, name="plan.xlsx"):
    response = client.post(IMPORT, {"plan": plan.pk, "file": SimpleUploadedFile(name, data)})
    assert response.status_code == 200
    return response, BeautifulSoup(response.content, "html.parser")


def states(soup) -> dict:
    return {row["id"]: row["data-state"] for row in soup.find(id="import-rows").tbody("tr")}


def confirm(client, soup):
    token = soup.find("input", attrs={"name": "token"})["value"]
    return client.post(CONFIRM, {"token": token})


@pytest.fixture
def setting(homes, client):
    plan = make_plan(areas=[("Заңнаманы жетілдіру", "Improvement of legislation")])
    justice = state_body("Әділет министрлігі", name_en="Ministry of Justice")
    labour = OrganisationFactory(kind="state", name_kk="Еңбек министрлігі", name_ru="")
    assert labour.bin  # found by its BIN below
    upr = Recommendation.objects.create(mechanism="upr", symbol="A/HRC/14/10, para. 97.5")
    client.force_login(person("editor"))
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"  # the admin's language is the browser's
    rows = [
        [
            "1.1",
            "Improvement of legislation",
            "Бірінші шара",
            "",
            "First",
            "Ministry of Justice",
            datetime.date(2010, 6, 30),
            "A/HRC/14/10, para. 97.5",
        ],
        [
            "1.2",
            "заңнаманы жетілдіру",
            "Екінші шара",
            "Вторая мера",
            "",
            f"{labour.bin}\nӘділет министрлігі",
            "2011-12-31",
            "",
        ],
        ["1.3", "Improvement of legislation", "", "", "Third", "", "31.12.2012", ""],
    ]
    return {"plan": plan, "justice": justice, "labour": labour, "upr": upr, "rows": rows}


def test_a_good_file_is_previewed_then_imported(client, setting):
    plan = setting["plan"]
    response, soup = upload(client, plan, xlsx(setting["rows"]))
    assert states(soup) == {"row-2": "new", "row-3": "new", "row-4": "new"}
    assert (
        soup.find(id="import-summary")
        .get_text()
        .startswith("New measures: 3. Changed: 0. Unchanged: 0. Rows with errors: 0.")
    )
    assert not Measure.objects.exists()  # a preview saves nothing
    imported = confirm(client, soup)
    assert imported.status_code == 302
    measures = {m.number: m for m in Measure.objects.filter(plan=plan)}
    assert sorted(measures) == ["1.1", "1.2", "1.3"]
    first, second, third = measures["1.1"], measures["1.2"], measures["1.3"]
    assert (first.text_kk, first.text_en, first.deadline) == (
        "Бірінші шара",
        "First",
        datetime.date(2010, 6, 30),
    )
    assert list(first.responsible_bodies.all()) == [setting["justice"]]
    assert [link.recommendation for link in first.recommendation_links.all()] == [setting["upr"]]
    assert set(second.responsible_bodies.all()) == {setting["justice"], setting["labour"]}
    assert (second.text_ru, second.deadline) == ("Вторая мера", datetime.date(2011, 12, 31))
    assert third.deadline == datetime.date(2012, 12, 31)
    # the token is used up: a second "Import" saves nothing twice
    again = client.post(CONFIRM, {"token": soup.find("input", attrs={"name": "token"})["value"]})
    assert again.status_code == 302 and Measure.objects.count() == 3


def test_a_file_with_errors_in_some_rows_saves_nothing_and_says_which(client, setting):
    rows = [
        *setting["rows"],
        ["1.1", "Improvement of legislation", "Қайталанған", "", "", "", "2010-01-01", ""],
        ["x y", "No such area", "", "", "", "Ministry of Nothing", "tomorrow", "CAT/C/1"],
        [None, None, None, None, None, None, None, None],  # an empty row is left out
        ["2.1", "Improvement of legislation", "Шара", "", "", "", "", ""],
    ]
    response, soup = upload(client, setting["plan"], xlsx(rows))
    assert states(soup) == {
        "row-2": "new",
        "row-3": "new",
        "row-4": "new",
        "row-5": "error",
        "row-6": "error",
        "row-8": "error",
    }

    def errors(line):
        return [li.get_text() for li in soup.find(id=f"row-{line}").find_all("li")]

    assert errors(5) == ["Row 2 has the same number."]
    assert errors(6) == [
        "“x y” is not a measure number: use digits and letters separated by dots, e.g. 1.3.",
        "The plan has no area “No such area”: add it to the plan first, or write the title of "
        "one of its areas.",
        "The measure's text is missing: write it in at least one language.",
        "The deadline “tomorrow” is not a date: write it as YYYY-MM-DD, e.g. 2010-12-31.",
        "No state body is called “Ministry of Nothing” or has this BIN.",
        "No UN recommendation has the symbol “CAT/C/1”: add it under UN recommendations first.",
    ]
    assert errors(8) == ["The deadline is missing."]
    assert soup.find("input", attrs={"name": "token"}) is None  # no "Import" button
    assert not Measure.objects.exists()


def test_a_reimport_updates_exactly_the_two_changed_measures(client, setting):
    plan = setting["plan"]
    confirm(client, upload(client, plan, xlsx(setting["rows"]))[1])
    before = {m.number: m for m in Measure.objects.all()}
    # the template of the plan, as staff download it, edited in two rows
    template = client.get("/admin/action-plan/import/template.xlsx", {"plan": plan.pk})
    assert template.status_code == 200
    workbook = load_workbook(io.BytesIO(template.content))
    sheet = workbook.active
    assert [cell.value for cell in sheet[2]][:2] == ["1.1", "Improvement of legislation"]
    sheet["E2"] = "First, reworded"  # 1.1's English text
    sheet["M4"] = datetime.date(2013, 6, 30)  # 1.3's deadline
    sheet["L4"] = setting["justice"].name_kk  # and a responsible body
    output = io.BytesIO()
    workbook.save(output)
    response, soup = upload(client, plan, output.getvalue())
    assert states(soup) == {"row-2": "changed", "row-3": "unchanged", "row-4": "changed"}
    details = soup.find(id="row-4").find_all("td")[-1].get_text()
    assert " ".join(details.split()) == "Changes: deadline, responsible state bodies"
    saved = []

    def remember(sender, instance, **kwargs):
        saved.append(instance.number)

    post_save.connect(remember, sender=Measure)
    try:
        assert confirm(client, soup).status_code == 302
    finally:
        post_save.disconnect(remember, sender=Measure)
    assert sorted(saved) == ["1.1", "1.3"]  # 1.2 is not touched
    after = {m.number: m for m in Measure.objects.all()}
    assert after.keys() == before.keys() and Measure.objects.count() == 3
    assert after["1.1"].text_en == "First, reworded"
    assert after["1.1"].pk == before["1.1"].pk  # updated, not added
    assert after["1.3"].deadline == datetime.date(2013, 6, 30)
    assert list(after["1.3"].responsible_bodies.all()) == [setting["justice"]]
    assert [link.recommendation for link in MeasureRecommendation.objects.all()] == [setting["upr"]]


@pytest.mark.parametrize(
    "name, data, message",
    [
        ("plan.xlsx", b"%PDF-1.4 a document", "PDF files are not accepted here."),
        ("plan.xlsx", b"number;area\n1.1;x\n", "This kind of file is not accepted."),
        ("plan.xlsx", b"PK\x03\x04broken", "This kind of file is not accepted."),
        ("plan.xlsx", b"<html><script>alert(1)</script></html>", "This file is a web page"),
    ],
)
def test_a_file_that_is_not_a_workbook_is_refused_clearly(client, setting, name, data, message):
    response, soup = upload(client, setting["plan"], data, name=name)
    assert soup.find(id="import-error").get_text().strip().startswith(message)
    assert not Measure.objects.exists()


def test_a_workbook_without_the_headings_is_refused(client, setting):
    response, soup = upload(client, setting["plan"], xlsx([["1.1", "x"]], headings=["A", "B"]))
    error = soup.find(id="import-error").get_text().strip()
    assert re.match(r"The first row must hold the template's headings; these are missing: ", error)


def test_only_those_who_keep_the_plan_may_import(client, setting):
    data = {"plan": setting["plan"].pk, "file": SimpleUploadedFile("p.xlsx", xlsx([]))}
    client.force_login(person("secretariat"))
    for response in (
        client.get(IMPORT),
        client.post(IMPORT, data),
        client.post(CONFIRM, {"token": "x"}),
        client.get("/admin/action-plan/import/template.xlsx"),
    ):
        assert response.status_code in (302, 403)
    client.logout()
    assert client.get(IMPORT).status_code == 302
    client.force_login(person("editor"))
    page = client.get(IMPORT)
    assert page.status_code == 200
    assert "/admin/action-plan/import/template.xlsx" in page.content.decode()
    menu = client.get("/admin/").content.decode()
    assert "Import measures" in menu or IMPORT in menu
