"""A plan as open data: its measures with their statuses as of a date, as CSV, XLSX and JSON,
in the language asked for, each file with its open-data licence line.

The figures are the dashboard's (`selectors.plan_figures`) and the rows are its list of
measures (`selectors.measures_listed`), so a download says what the page says on that date.
Text a person typed never runs as a formula in a spreadsheet (`core.spreadsheets`).
"""

import csv
import datetime
import io
import json
from dataclasses import dataclass

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Prefetch
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from core.spreadsheets import csv_cell, xlsx_cell

from .models import MeasureRecommendation, MeasureStatus, Plan
from .selectors import DONE_WITH, Figures, measures_listed, plan_figures

FORMATS = ("csv", "xlsx", "json")
LICENCE = "CC BY 4.0"
LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"


@dataclass
class PlanData:
    plan: Plan
    as_of: datetime.date
    figures: Figures
    rows: list[dict]
    licence: str
    headline: str


def _columns() -> list[tuple[str, str]]:
    return [
        ("number", _("Number")),
        ("area", _("Area")),
        ("text", _("Measure")),
        ("responsible_bodies", _("Responsible state bodies")),
        ("co_implementers", _("Co-implementers")),
        ("deadline", _("Deadline")),
        ("status", _("Status on that date")),
        ("overdue", _("Overdue")),
        ("contested", _("Contested")),
        ("recommendations", _("UN recommendations")),
        ("url", _("Address")),
    ]


def plan_data(*, plan: Plan, as_of: datetime.date, measure_url) -> PlanData:
    """The plan's measures as of `as_of` (in the active language), with the dashboard's figures;
    `measure_url(measure)` is the measure's full address. A fixed number of queries."""
    figures = plan_figures(plan=plan, as_of=as_of)
    measures = measures_listed(plan=plan, as_of=as_of).prefetch_related(
        "co_implementers",
        Prefetch(
            "recommendation_links",
            queryset=MeasureRecommendation.objects.select_related("recommendation").order_by(
                "sort_order", "pk"
            ),
        ),
    )
    labels = dict(MeasureStatus.choices)
    rows = []
    for measure in measures:
        rows.append(
            {
                "number": measure.number,
                "area": str(measure.area.title),
                "text": str(measure.text),
                "responsible_bodies": [str(body.name) for body in measure.responsible_bodies.all()],
                "co_implementers": [str(other.name) for other in measure.co_implementers.all()],
                "deadline": measure.deadline,
                "status": measure.status_as_of,
                "status_label": str(labels[measure.status_as_of]),
                "overdue": measure.deadline < as_of and measure.status_as_of not in DONE_WITH,
                "contested": measure.contested,
                "recommendations": [
                    link.recommendation.symbol
                    for link in measure.recommendation_links.all()
                    if link.recommendation.symbol
                ],
                "url": measure_url(measure),
            }
        )
    overall = figures.overall
    return PlanData(
        plan=plan,
        as_of=as_of,
        figures=figures,
        rows=rows,
        licence=_("Open data: %(licence)s (%(url)s), %(site)s, %(date)s")
        % {
            "licence": LICENCE,
            "url": LICENCE_URL,
            "site": settings.WAGTAIL_SITE_NAME,
            "date": date_format(as_of, "DATE_FORMAT"),
        },
        headline=_(
            "As of %(date)s, %(percent)s%% of the plan’s measures have been implemented: "
            "%(implemented)s of %(counted)s (cancelled measures are not counted)."
        )
        % {
            "date": date_format(as_of, "DATE_FORMAT"),
            "percent": overall.percent,
            "implemented": overall.implemented,
            "counted": overall.counted,
        },
    )


def _yes_no(value: bool) -> str:
    return _("yes") if value else _("no")


def _cells(row: dict) -> list:
    """A row as spreadsheet cells: lists one item per line, the status by its label."""
    return [
        row["number"],
        row["area"],
        row["text"],
        "\n".join(row["responsible_bodies"]),
        "\n".join(row["co_implementers"]),
        row["deadline"],
        row["status_label"],
        _yes_no(row["overdue"]),
        _yes_no(row["contested"]),
        "\n".join(row["recommendations"]),
        row["url"],
    ]


def to_csv(data: PlanData) -> bytes:
    """The title, the licence and the headline, an empty line, then the table (UTF-8 with a
    byte order mark, which Excel needs to read Cyrillic)."""
    output = io.StringIO()
    writer = csv.writer(output)
    for line in (str(data.plan.title), data.licence, data.headline):
        writer.writerow([csv_cell(line)])
    writer.writerow([])
    writer.writerow([heading for _key, heading in _columns()])
    for row in data.rows:
        cells = _cells(row)
        cells[5] = row["deadline"].isoformat()
        writer.writerow([csv_cell(cell) for cell in cells])
    return ("\ufeff" + output.getvalue()).encode()


def to_xlsx(data: PlanData) -> bytes:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_("Measures")[:31])
    for letter, width in zip(
        "ABCDEFGHIJK", (8, 30, 60, 35, 35, 12, 20, 10, 10, 25, 45), strict=True
    ):
        sheet.column_dimensions[letter].width = width
    bold = Font(bold=True)
    sheet.append([xlsx_cell(sheet, str(data.plan.title), font=bold)])
    sheet.append([xlsx_cell(sheet, data.licence)])
    sheet.append([xlsx_cell(sheet, data.headline)])
    sheet.append([])
    sheet.append([xlsx_cell(sheet, heading, font=bold) for _key, heading in _columns()])
    wrap = Alignment(wrap_text=True, vertical="top")
    for row in data.rows:
        cells = []
        for position, value in enumerate(_cells(row)):
            style = {"alignment": wrap}
            if position == 5:
                style["number_format"] = "yyyy-mm-dd"
            cells.append(xlsx_cell(sheet, value, **style))
        sheet.append(cells)
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


def to_json(data: PlanData) -> bytes:
    overall = data.figures.overall
    document = {
        "licence": data.licence,
        "licence_url": LICENCE_URL,
        "plan": {
            "slug": data.plan.slug,
            "title": str(data.plan.title),
            "start_year": data.plan.start_year,
            "end_year": data.plan.end_year,
            "status": data.plan.status,
        },
        "as_of": data.as_of,
        "figures": {
            "measures": data.figures.total,
            "counted": overall.counted,
            "implemented": overall.implemented,
            "implemented_percent": overall.percent,
            "overdue": data.figures.overdue_count,
            "contested": data.figures.contested_count,
            "headline": data.headline,
        },
        "measures": data.rows,
    }
    return json.dumps(document, cls=DjangoJSONEncoder, ensure_ascii=False, indent=1).encode()


CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "json": "application/json",
}
WRITERS = {"csv": to_csv, "xlsx": to_xlsx, "json": to_json}
