"""A plan's measures from a spreadsheet (XLSX): one row per measure, read and checked in full
before anything is saved.

Staff fill in the template (`template_xlsx`: the headings, and the plan's measures as they are
now, so that a plan is corrected by downloading, editing and uploading it again). Reading a file
(`read_plan_file`) gives every row with its errors, and says of each row without errors whether
it adds a measure, changes one (and which of its fields) or changes nothing; measures are found
by their number in the plan, so importing again updates them rather than adding them twice.
`plan_import` then saves the new and changed rows in one transaction, and only when no row has
an error.

What a file holds per measure: number, area (its title in any language), the measure's text,
expected result and indicators in kk, ru and en, the responsible state bodies (each by its
name in any language or by its BIN, one per line), the deadline and the UN recommendations it
answers (each by its document symbol, one per line). The import changes nothing else: the
co-implementers, the progress reports and the links to recommendations that have no symbol (a
file cannot name them) stay as they are, as do the plan's measures the file does not list.
"""

import datetime
import io
import re
import zipfile
from dataclasses import dataclass, field
from xml.etree.ElementTree import ParseError

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils.exceptions import InvalidFileException

from core.spreadsheets import clean_text, xlsx_cell
from library.validation import validate_upload
from partners.models import Organisation

from .models import (
    LANGUAGE_CODES,
    MEASURE_NUMBER,
    Area,
    Measure,
    MeasureRecommendation,
    Plan,
    Recommendation,
)

MAX_FILE_SIZE = 5 * 1024 * 1024
# A workbook is a ZIP archive: a small file can unpack to gigabytes of XML.
MAX_UNPACKED_SIZE = 50 * 1024 * 1024
MAX_ROWS = 2000
MAX_TEXT = 4000
# Several bodies or recommendations in one cell: one per line (a symbol has commas of its own:
# "A/HRC/14/10, para. 97.5"); a semicolon also separates them.
SEPARATORS = re.compile(r"[\n;]+")
DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y")
TEXT_FIELDS = ("text", "expected_result", "indicators")
LANGUAGE_LABELS = {
    "kk": gettext_lazy("Kazakh"),
    "ru": gettext_lazy("Russian"),
    "en": gettext_lazy("English"),
}


def _columns() -> list[tuple[str, str]]:
    """(key, heading) of every column of the template, headings in the active language."""
    field_labels = {
        "text": _("Measure (%(language)s)"),
        "expected_result": _("Expected result (%(language)s)"),
        "indicators": _("Indicators (%(language)s)"),
    }
    return [
        ("number", _("Number")),
        ("area", _("Area")),
        *(
            (f"{name}_{code}", field_labels[name] % {"language": LANGUAGE_LABELS[code]})
            for name in TEXT_FIELDS
            for code in LANGUAGE_CODES
        ),
        ("bodies", _("Responsible state bodies (name or BIN, one per line)")),
        ("deadline", _("Deadline (YYYY-MM-DD)")),
        ("recommendations", _("UN recommendations (document symbol, one per line)")),
    ]


def _heading_keys() -> dict[str, str]:
    """{heading as written, in any language, casefolded: column key}; the keys themselves
    ("text_kk") are headings too."""
    keys = {}
    for code in LANGUAGE_CODES:
        with translation.override(code):
            keys.update({str(heading).casefold(): key for key, heading in _columns()})
    keys.update({key: key for key, _heading in _columns()})
    return keys


REQUIRED = ("number", "area", "deadline")


@dataclass
class ImportRow:
    line: int  # the row's number in the spreadsheet
    number: str = ""
    values: dict = field(default_factory=dict)  # the measure's fields: area, texts, deadline
    bodies: list = field(default_factory=list)
    recommendations: list = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    measure: Measure | None = None  # the plan's measure with this number
    changes: list[str] = field(default_factory=list)  # what the row changes in it

    @property
    def state(self) -> str:
        if self.errors:
            return "error"
        if self.measure is None:
            return "new"
        return "changed" if self.changes else "unchanged"


@dataclass
class Reading:
    """What a file would do to a plan: its rows, or why it cannot be read at all."""

    plan: Plan
    rows: list[ImportRow] = field(default_factory=list)
    error: str = ""  # the file as a whole cannot be used
    left_alone: int = 0  # the plan's measures the file does not list

    @property
    def has_errors(self) -> bool:
        return bool(self.error) or any(row.errors for row in self.rows)

    def count(self, state: str) -> int:
        return sum(1 for row in self.rows if row.state == state)

    @property
    def counts(self) -> dict:
        return {state: self.count(state) for state in ("new", "changed", "unchanged", "error")}

    @property
    def to_save(self) -> list[ImportRow]:
        return [row for row in self.rows if row.state in ("new", "changed")]


# --- reading ---------------------------------------------------------------------------------

# What openpyxl and zipfile raise on a damaged or unusual workbook.
UNREADABLE = (
    InvalidFileException,
    zipfile.BadZipFile,
    KeyError,
    ValueError,
    TypeError,
    IndexError,
    AttributeError,
    OSError,
    EOFError,
    ParseError,
)


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return clean_text(str(value)).strip()


def _date(value) -> datetime.date | None:
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    text = _text(value)
    for date_format in DATE_FORMATS:
        try:
            return datetime.datetime.strptime(text, date_format).date()
        except ValueError:
            continue
    return None


def _sheet_rows(data: bytes):
    """The first sheet's rows as tuples of values, at most MAX_ROWS + 2 of them."""
    workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        sheet = workbook.worksheets[0]
        rows = []
        for values in sheet.iter_rows(values_only=True):
            rows.append(tuple(values))
            if len(rows) > MAX_ROWS + 1:
                break
        return rows
    finally:
        workbook.close()


class Lookups:
    """The plan's areas, the state bodies and the UN recommendations, by what a file calls
    them (read once: three queries)."""

    def __init__(self, plan: Plan):
        self.areas = {}
        for area in Area.objects.filter(plan=plan).order_by("sort_order", "pk"):
            for code in LANGUAGE_CODES:
                title = getattr(area, f"title_{code}")
                if title:
                    self.areas.setdefault(title.strip().casefold(), area)
        self.bodies = {}
        for body in Organisation.objects.filter(kind=Organisation.Kind.STATE).order_by("pk"):
            if body.bin:
                self.bodies.setdefault(body.bin, body)
            for code in LANGUAGE_CODES:
                name = getattr(body, f"name_{code}")
                if name:
                    self.bodies.setdefault(name.strip().casefold(), body)
        self.recommendations: dict[str, list] = {}
        for recommendation in Recommendation.objects.exclude(symbol="").order_by("pk"):
            key = recommendation.symbol.strip().casefold()
            self.recommendations.setdefault(key, []).append(recommendation)


def _read_row(line: int, cells: dict, lookups: Lookups) -> ImportRow:
    row = ImportRow(line=line, number=_text(cells.get("number")))
    errors = row.errors
    if not row.number:
        errors.append(_("The number is missing."))
    elif len(row.number) > 20 or not MEASURE_NUMBER.fullmatch(row.number):
        errors.append(
            _(
                "“%(number)s” is not a measure number: use digits and letters separated "
                "by dots, e.g. 1.3."
            )
            % {"number": row.number[:40]}
        )
    area_name = _text(cells.get("area"))
    area = lookups.areas.get(area_name.casefold())
    if not area_name:
        errors.append(_("The area is missing."))
    elif area is None:
        errors.append(
            _(
                "The plan has no area “%(area)s”: add it to the plan first, or write the "
                "title of one of its areas."
            )
            % {"area": area_name[:200]}
        )
    row.values["area"] = area
    for name in TEXT_FIELDS:
        for code in LANGUAGE_CODES:
            text = _text(cells.get(f"{name}_{code}"))
            if len(text) > MAX_TEXT:
                errors.append(
                    _("“%(column)s” is longer than %(limit)s characters.")
                    % {"column": f"{name}_{code}", "limit": MAX_TEXT}
                )
            row.values[f"{name}_{code}"] = text
    if not any(row.values[f"text_{code}"] for code in LANGUAGE_CODES):
        errors.append(_("The measure's text is missing: write it in at least one language."))
    deadline_cell = cells.get("deadline")
    deadline = _date(deadline_cell)
    if deadline_cell in (None, ""):
        errors.append(_("The deadline is missing."))
    elif deadline is None:
        errors.append(
            _("The deadline “%(value)s” is not a date: write it as YYYY-MM-DD, e.g. 2010-12-31.")
            % {"value": _text(deadline_cell)[:40]}
        )
    elif not 1990 <= deadline.year <= 2100:
        errors.append(_("The deadline must be between 1990 and 2100."))
    row.values["deadline"] = deadline
    for name in SEPARATORS.split(_text(cells.get("bodies"))):
        name = name.strip()
        if not name:
            continue
        body = lookups.bodies.get(name.casefold()) or lookups.bodies.get(name)
        if body is None:
            errors.append(
                _("No state body is called “%(name)s” or has this BIN.") % {"name": name[:200]}
            )
        elif body not in row.bodies:
            row.bodies.append(body)
    for symbol in SEPARATORS.split(_text(cells.get("recommendations"))):
        symbol = symbol.strip()
        if not symbol:
            continue
        found = lookups.recommendations.get(symbol.casefold())
        if not found:
            errors.append(
                _(
                    "No UN recommendation has the symbol “%(symbol)s”: add it under UN "
                    "recommendations first."
                )
                % {"symbol": symbol[:200]}
            )
        for recommendation in found or []:
            if recommendation not in row.recommendations:
                row.recommendations.append(recommendation)
    return row


def _changes(row: ImportRow, measure: Measure) -> list[str]:
    """The labels of the measure's fields the row would change."""
    changed = []
    for name, value in row.values.items():
        current = getattr(measure, f"{name}_id" if name == "area" else name)
        if name == "area":
            value = value.pk
        if current != value:
            changed.append(str(Measure._meta.get_field(name).verbose_name))
    if {body.pk for body in row.bodies} != {body.pk for body in measure.responsible_bodies.all()}:
        changed.append(str(Measure._meta.get_field("responsible_bodies").verbose_name))
    named = {
        link.recommendation_id
        for link in measure.recommendation_links.all()
        if link.recommendation.symbol
    }
    if {r.pk for r in row.recommendations} != named:
        changed.append(_("UN recommendations"))
    return changed


def read_plan_file(*, plan: Plan, data: bytes) -> Reading:
    """Every row of the file with its errors and what it would change in `plan`: nothing is
    saved. A file that is not an XLSX workbook, or that cannot be read, says why."""
    reading = Reading(plan=plan)
    try:
        validate_upload(io.BytesIO(data), allowed={"xlsx"}, max_size=MAX_FILE_SIZE)
    except ValidationError as error:
        reading.error = " ".join(error.messages)
        return reading
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(member.file_size for member in archive.infolist())
        if unpacked > MAX_UNPACKED_SIZE:
            reading.error = _("The workbook is too large once unpacked: import the plan in parts.")
            return reading
        rows = _sheet_rows(data)
    except UNREADABLE:
        reading.error = _(
            "The workbook could not be read. Save it again as an Excel workbook (XLSX) and "
            "upload it."
        )
        return reading
    headings = _heading_keys()
    start = next((n for n, values in enumerate(rows) if any(_text(v) for v in values)), None)
    if start is None:
        reading.error = _("The first sheet of the workbook is empty.")
        return reading
    columns = {}
    for position, value in enumerate(rows[start]):
        key = headings.get(_text(value).casefold())
        if key is not None:
            columns.setdefault(key, position)
    missing = [
        str(heading) for key, heading in _columns() if key in REQUIRED and key not in columns
    ]
    if missing or not any(f"text_{code}" in columns for code in LANGUAGE_CODES):
        reading.error = _(
            "The first row must hold the template's headings; these are missing: %(headings)s. "
            "Download the template and copy the measures into it."
        ) % {"headings": ", ".join(missing) or _("the measure's text")}
        return reading
    body = rows[start + 1 :]
    if len(body) > MAX_ROWS:
        reading.error = _("The file has more than %(limit)s rows: import the plan in parts.") % {
            "limit": MAX_ROWS
        }
        return reading
    lookups = Lookups(plan)
    existing = {
        measure.number: measure
        for measure in Measure.objects.filter(plan=plan).prefetch_related(
            "responsible_bodies", "recommendation_links__recommendation"
        )
    }
    seen: dict[str, int] = {}
    for offset, values in enumerate(body):
        if not any(_text(v) for v in values):
            continue
        cells = {
            key: values[position] if position < len(values) else None
            for key, position in columns.items()
        }
        row = _read_row(start + offset + 2, cells, lookups)
        if row.number in seen:
            row.errors.append(_("Row %(line)s has the same number.") % {"line": seen[row.number]})
        elif row.number:
            seen[row.number] = row.line
        row.measure = existing.get(row.number)
        if row.measure is not None and not row.errors:
            row.changes = _changes(row, row.measure)
        reading.rows.append(row)
    if not reading.rows:
        reading.error = _("The file has the headings but no measures.")
    reading.left_alone = len(existing.keys() - seen.keys())
    return reading


# --- saving ------------------------------------------------------------------------------------


class ImportRefused(Exception):
    """The file has errors: nothing was saved."""


def plan_import(*, reading: Reading) -> tuple[list[Measure], list[Measure]]:
    """Save the new and changed measures of a file read without errors, in one transaction;
    the unchanged ones are not touched. Returns (created, updated)."""
    if reading.has_errors:
        raise ImportRefused(_("The file has errors: nothing was imported."))
    created, updated = [], []
    with transaction.atomic():
        for row in reading.to_save:
            measure = row.measure or Measure(plan=reading.plan, number=row.number)
            for name, value in row.values.items():
                setattr(measure, name, value)
            kept = {
                link.recommendation_id: link
                for link in measure.recommendation_links.all()
                if row.measure is not None
            }
            wanted = {r.pk for r in row.recommendations}
            links = [
                link
                for link in kept.values()
                if link.recommendation_id in wanted or not link.recommendation.symbol
            ]
            links += [
                MeasureRecommendation(recommendation=r)
                for r in row.recommendations
                if r.pk not in kept
            ]
            measure.recommendation_links = links
            measure.responsible_bodies.set(row.bodies)
            measure.save()
            (updated if row.measure is not None else created).append(measure)
    return created, updated


# --- the template ----------------------------------------------------------------------------


def template_xlsx(*, plan: Plan | None) -> bytes:
    """The headings in the active language and, for a plan, its measures as they are now."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_("Measures")[:31])
    columns = _columns()
    for letter, width in zip("ABCDEFGHIJKLMN", (8, 30, *(40,) * 9, 40, 16, 30), strict=True):
        sheet.column_dimensions[letter].width = width
    bold = Font(bold=True)
    sheet.append([xlsx_cell(sheet, heading, font=bold) for _key, heading in columns])
    if plan is not None:
        measures = (
            Measure.objects.filter(plan=plan)
            .select_related("area")
            .prefetch_related("responsible_bodies", "recommendation_links__recommendation")
            .order_by("order_key", "pk")
        )
        wrap = Alignment(wrap_text=True, vertical="top")
        for measure in measures:
            values = {
                "number": measure.number,
                "area": str(measure.area.title),
                "bodies": "\n".join(
                    body.bin or str(body.name) for body in measure.responsible_bodies.all()
                ),
                "deadline": measure.deadline,
                "recommendations": "\n".join(
                    link.recommendation.symbol
                    for link in measure.recommendation_links.all()
                    if link.recommendation.symbol
                ),
                **{
                    f"{name}_{code}": getattr(measure, f"{name}_{code}")
                    for name in TEXT_FIELDS
                    for code in LANGUAGE_CODES
                },
            }
            cells = []
            for key, _heading in columns:
                value = values[key]
                style = {"alignment": wrap}
                if key == "deadline":
                    style["number_format"] = "yyyy-mm-dd"
                cells.append(xlsx_cell(sheet, value, **style))
            sheet.append(cells)
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()
