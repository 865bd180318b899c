"""An event's registrations as a spreadsheet (CSV or Excel) for event managers.

Plain code rather than Wagtail's `SpreadsheetExportMixin`: the columns depend on the event
(one per registration question, see `events.blocks.QuestionsBlock`), which the mixin's fixed
`list_export` of model fields does not express.

Cells are written for the spreadsheet programs managers open them in: CSV in UTF-8 with a
byte order mark (Excel otherwise reads Cyrillic as Windows-1251), times in the commission's
time zone, and text a person typed never run as a formula (`core.spreadsheets`).
"""

import csv
import datetime
import io
from collections.abc import Iterable, Iterator
from zoneinfo import ZoneInfo

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font

from core.spreadsheets import csv_cell, xlsx_cell

from .models import EventPage, Registration

CSV = "csv"
XLSX = "xlsx"
FORMATS = (CSV, XLSX)
CONTENT_TYPES = {
    CSV: "text/csv; charset=utf-8",
    XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
# The commission works in Almaty time whatever time zone a manager chose for the admin.
EXPORT_TIME_ZONE = ZoneInfo(settings.TIME_ZONE)
CSV_TIME_FORMAT = "%Y-%m-%d %H:%M"
XLSX_TIME_FORMAT = "yyyy-mm-dd hh:mm"


def local_time(moment: datetime.datetime | None) -> datetime.datetime | None:
    """`moment` as a wall-clock time in Almaty, without a time zone (as spreadsheets want)."""
    if moment is None:
        return None
    return timezone.localtime(moment, EXPORT_TIME_ZONE).replace(tzinfo=None, microsecond=0)


def questions_of(event: EventPage) -> list[tuple[str, str]]:
    """(block id, label) of each registration question the event asks now."""
    return [(block.id, block.value["label"]) for block in event.questions]


def answer_text(answer) -> str:
    """The answer part of a stored answer ({"question": ..., "answer": ...})."""
    if isinstance(answer, dict):
        return str(answer.get("answer", ""))
    return str(answer)


def other_answers(answers: dict, asked: set[str]) -> list[tuple[str, str]]:
    """(question, answer) of answers to questions the event no longer asks, with the question
    as the person saw it."""
    others = []
    for block_id, answer in answers.items():
        if block_id in asked:
            continue
        question = answer.get("question", "") if isinstance(answer, dict) else ""
        others.append((question or block_id, answer_text(answer)))
    return others


def labelled_answers(questions: list[tuple[str, str]], answers: dict | None) -> list:
    """(question, answer) of every answer: those to the questions asked now under today's
    label, in their order, then those to questions since deleted."""
    answers = answers or {}
    current = [
        (label, answer_text(answers[block_id]))
        for block_id, label in questions
        if block_id in answers
    ]
    return current + other_answers(answers, {block_id for block_id, _label in questions})


def headings(event: EventPage) -> list[str]:
    return [
        _("No."),
        _("Full name"),
        _("Email"),
        _("Organisation"),
        _("Region"),
        _("Status"),
        _("Registered at"),
        _("Checked in at"),
        *(label for _block_id, label in questions_of(event)),
        _("Other answers"),
    ]


def rows(event: EventPage, registrations: Iterable[Registration]) -> Iterator[list]:
    """One list of cells per registration, in the order of `headings` (times naive, Almaty).
    `registrations` should carry their person, organisation and region (`for_listing`)."""
    questions = questions_of(event)
    asked = {block_id for block_id, _label in questions}
    for number, registration in enumerate(registrations, start=1):
        organisation = registration.organisation
        region = organisation.region if organisation is not None else None
        answers = registration.answers or {}
        yield [
            number,
            registration.person.full_name,
            registration.person.email,
            organisation.name if organisation is not None else "",
            region.name if region is not None else "",
            registration.get_status_display(),
            local_time(registration.created_at),
            local_time(registration.attended_at),
            *(
                answer_text(answers[block_id]) if block_id in answers else ""
                for block_id, _label in questions
            ),
            "; ".join(
                f"{question}: {answer}" for question, answer in other_answers(answers, asked)
            ),
        ]


def filename(event: EventPage, export_format: str) -> str:
    today = timezone.localdate(timezone=EXPORT_TIME_ZONE)
    return f"registrations-{event.slug}-{event.pk}-{today:%Y-%m-%d}.{export_format}"


def registrations_csv(event: EventPage, registrations: Iterable[Registration]) -> bytes:
    output = io.StringIO()
    writer = csv.writer(output)
    writer.writerow([csv_cell(heading) for heading in headings(event)])
    for row in rows(event, registrations):
        writer.writerow(["" if cell is None else csv_cell(_csv_cell(cell)) for cell in row])
    return ("\ufeff" + output.getvalue()).encode("utf-8")


def _csv_cell(cell):
    if isinstance(cell, datetime.datetime):
        return cell.strftime(CSV_TIME_FORMAT)
    return cell


def registrations_xlsx(event: EventPage, registrations: Iterable[Registration]) -> bytes:
    workbook = Workbook(write_only=True)
    # Sheet titles are at most 31 characters and may not contain []:*?/\
    sheet = workbook.create_sheet(title=_("Registrations")[:31])
    bold = Font(bold=True)

    def cell(value, **style):
        if isinstance(value, datetime.datetime):
            style["number_format"] = XLSX_TIME_FORMAT
        return xlsx_cell(sheet, value, **style)

    sheet.append([cell(heading, font=bold) for heading in headings(event)])
    for row in rows(event, registrations):
        sheet.append([cell(value) for value in row])
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


def registrations_response(
    *, event: EventPage, registrations: Iterable[Registration], export_format: str
) -> HttpResponse:
    """The download of `registrations` in `export_format` ("csv" or "xlsx")."""
    writers = {CSV: registrations_csv, XLSX: registrations_xlsx}
    return HttpResponse(
        writers[export_format](event, registrations),
        content_type=CONTENT_TYPES[export_format],
        headers={
            "Content-Disposition": content_disposition_header(
                as_attachment=True, filename=filename(event, export_format)
            )
        },
    )
