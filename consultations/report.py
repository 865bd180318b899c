"""The comment-and-response table ("сравнительная таблица") civil servants otherwise type by
hand: one row per published comment, with the wording it concerns, what was proposed, who
proposed it, and the commission's decision and reasoning; and the figures beside it.

Withheld comments are not rows (they were not published) but are always counted, by reason:
the table never leaves anything out silently.
"""

import io
from collections import Counter
from dataclasses import dataclass

from django.db.models import Count
from django.utils import translation
from django.utils.translation import gettext as _
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from core.spreadsheets import clean_text, xlsx_cell
from core.translations import page_in

from .models import Comment, ConsultationPage


@dataclass
class Row:
    number: int
    element: str
    current_wording: str
    proposed_wording: str
    remark: str
    justification: str
    organisation: str
    decision: str
    reasoning: str


def _published(consultation: ConsultationPage):
    return (
        Comment.objects.published()
        .filter(consultation=consultation.canonical)
        .select_related("element", "version", "organisation__region", "response")
        .order_by("version__number", "element__position", "pk")
    )


def rows(consultation: ConsultationPage, language: str) -> list[Row]:
    """The table's rows in `language` (labels, the draft's wording and the decisions)."""
    result = []
    with translation.override(language):
        for number, comment in enumerate(_published(consultation), start=1):
            element = comment.element
            response = getattr(comment, "response", None)
            version = _("version %(number)s") % {"number": comment.version.number}
            result.append(
                Row(
                    number=number,
                    element=f"{element.label} ({version})" if element else _("The whole draft"),
                    current_wording=element.text if element else "",
                    proposed_wording=comment.proposed_wording,
                    remark=comment.remark,
                    justification=comment.justification,
                    organisation=comment.organisation_name or comment.author_name,
                    decision=str(response.get_decision_display())
                    if response
                    else _("No response yet"),
                    reasoning=response.reasoning if response else "",
                )
            )
    return result


def headings() -> list[str]:
    return [
        _("No."),
        _("Part of the draft"),
        _("Current wording"),
        _("Proposed wording"),
        _("Remark and justification"),
        _("Author (organisation)"),
        _("Decision"),
        _("Reasoning"),
    ]


def _cells(row: Row) -> list:
    remark = row.remark + (f"\n\n{row.justification}" if row.justification else "")
    return [
        row.number,
        row.element,
        row.current_wording,
        row.proposed_wording,
        remark,
        row.organisation,
        row.decision,
        row.reasoning,
    ]


def figures(consultation: ConsultationPage) -> dict:
    """Comments by part of the draft, by kind of organisation and by region; decisions by
    type; comments withheld, by reason. Three queries."""
    published = list(_published(consultation))
    by_element = Counter(
        comment.element.label if comment.element else _("The whole draft") for comment in published
    )
    by_kind = Counter(
        comment.organisation.get_kind_display() if comment.organisation else _("Individuals")
        for comment in published
    )
    by_region = Counter(
        comment.organisation.region.name
        if comment.organisation and comment.organisation.region
        else _("Region not given")
        for comment in published
    )
    decisions = Counter(
        comment.response.get_decision_display()
        if getattr(comment, "response", None)
        else _("No response yet")
        for comment in published
    )
    withheld = (
        Comment.objects.filter(consultation=consultation.canonical)
        .exclude(status__in=[Comment.Status.PUBLISHED, Comment.Status.WITHDRAWN])
        .values("status", "rejection_reason")
        .annotate(n=Count("pk"))
    )
    reasons = dict(Comment.Reason.choices)
    withheld_by_reason = Counter()
    for row in withheld:
        label = (
            reasons.get(row["rejection_reason"], _("Not published"))
            if row["status"] == Comment.Status.REJECTED
            else _("Not moderated")
        )
        withheld_by_reason[str(label)] += row["n"]
    return {
        "published": len(published),
        "by_element": sorted(by_element.items(), key=lambda item: -item[1]),
        "by_kind": sorted(by_kind.items(), key=lambda item: -item[1]),
        "by_region": sorted(by_region.items(), key=lambda item: -item[1]),
        "decisions": sorted(decisions.items(), key=lambda item: -item[1]),
        "withheld": sum(withheld_by_reason.values()),
        "withheld_by_reason": sorted(withheld_by_reason.items()),
    }


def _title_in(consultation: ConsultationPage, language: str) -> str:
    """The consultation's title in `language` where the page is translated."""
    return page_in(consultation, language).title


def xlsx(consultation: ConsultationPage, language: str) -> bytes:
    with translation.override(language):
        workbook = Workbook()
        sheet = workbook.active
        sheet.title = _("Comments")[:31]
        sheet.append([xlsx_cell(sheet, _title_in(consultation, language))])
        sheet.append([])
        sheet.append(headings())
        for cell in sheet[3]:
            cell.font = Font(bold=True)
        for row in rows(consultation, language):
            sheet.append([xlsx_cell(sheet, value) for value in _cells(row)])
        for column, width in zip("ABCDEFGH", (6, 18, 45, 45, 45, 25, 18, 45), strict=True):
            sheet.column_dimensions[column].width = width
        for line in sheet.iter_rows(min_row=4):
            for cell in line:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        output = io.BytesIO()
        workbook.save(output)
    return output.getvalue()


def docx(consultation: ConsultationPage, language: str) -> bytes:
    with translation.override(language):
        document = Document()
        section = document.sections[0]
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
        document.add_heading(_("Table of comments and responses"), level=1)
        document.add_paragraph(clean_text(_title_in(consultation, language)))
        table_rows = rows(consultation, language)
        table = document.add_table(rows=1, cols=8)
        table.style = "Table Grid"
        for cell, heading in zip(table.rows[0].cells, headings(), strict=True):
            cell.text = str(heading)
            for run in cell.paragraphs[0].runs:
                run.bold = True
        for row in table_rows:
            for cell, value in zip(table.add_row().cells, _cells(row), strict=True):
                cell.text = clean_text(str(value))
        for paragraph in document.paragraphs:
            for run in paragraph.runs:
                run.font.size = Pt(10)
        output = io.BytesIO()
        document.save(output)
    return output.getvalue()
