"""The demo library's files, made by `seed_demo` rather than shipped: PDFs drawn with ReportLab
and DOCX written with python-docx, from the texts in `demo.library`.

The PDFs use DejaVu Sans (bundled for the certificates, `events/fonts/`), because ReportLab's
own fonts have no Cyrillic: a Kazakh or Russian letter would come out as a black box and the
library could not read the text back for search.

A document is a list of blocks: ("h", heading), ("p", paragraph), ("li", list item; items in
a row make one list) and ("table", rows, the first row being the header). Slides are
(title, points) pairs.
"""

from functools import cache
from io import BytesIO
from xml.sax.saxutils import escape

import docx
from docx.shared import Pt
from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas
from reportlab.platypus import (
    ListFlowable,
    ListItem,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from demo.library import MATERIALS, NOTICE
from events.certificates import INK, register_fonts

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
LIGHT = HexColor("#e8eef3")

_STYLES = {
    "title": ParagraphStyle("title", fontName=BOLD, fontSize=17, leading=22, textColor=INK),
    "subtitle": ParagraphStyle("subtitle", fontName=REGULAR, fontSize=10, leading=14),
    "h": ParagraphStyle(
        "h", fontName=BOLD, fontSize=12, leading=16, spaceBefore=10, spaceAfter=4, textColor=INK
    ),
    "p": ParagraphStyle("p", fontName=REGULAR, fontSize=10.5, leading=15, spaceAfter=6),
    "cell": ParagraphStyle("cell", fontName=REGULAR, fontSize=9.5, leading=13),
}


def _runs(blocks):
    """The blocks with consecutive list items gathered: ("ul", [items])."""
    items = []
    for block in blocks:
        if block[0] == "li":
            items.append(block[1])
            continue
        if items:
            yield ("ul", items)
            items = []
        yield block
    if items:
        yield ("ul", items)


# --- PDF documents -----------------------------------------------------------------------


def pdf_document(*, title: str, subtitle: str, blocks: list, notice: str, language: str) -> bytes:
    """An A4 document: the title, who published it, the text, and on every page's foot the
    demo notice and the page number."""
    register_fonts()
    story = [
        Paragraph(escape(title), _STYLES["title"]),
        Spacer(0, 4 * mm),
        Paragraph(escape(subtitle), _STYLES["subtitle"]),
        Spacer(0, 6 * mm),
    ]
    for kind, value in _runs(blocks):
        if kind == "ul":
            story.append(
                ListFlowable(
                    [ListItem(Paragraph(escape(item), _STYLES["p"])) for item in value],
                    bulletType="bullet",
                    start="•",
                    bulletFontName=REGULAR,
                    leftIndent=5 * mm,
                )
            )
        elif kind == "table":
            story.append(_pdf_table(value))
        else:
            story.append(Paragraph(escape(value), _STYLES[kind]))

    def footer(pdf, document):
        pdf.saveState()
        pdf.setFont(REGULAR, 7.5)
        pdf.setFillColor(INK)
        pdf.drawString(document.leftMargin, 12 * mm, notice)
        pdf.drawRightString(A4[0] - document.rightMargin, 12 * mm, str(pdf.getPageNumber()))
        pdf.restoreState()

    buffer = BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=22 * mm,
        rightMargin=22 * mm,
        topMargin=20 * mm,
        bottomMargin=22 * mm,
        title=title,
        author=subtitle,
        lang=language,
        invariant=True,  # the same text makes the same file
    )
    document.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


def _pdf_table(rows):
    table = Table(
        [[Paragraph(escape(cell), _STYLES["cell"]) for cell in row] for row in rows],
        repeatRows=1,
    )
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, INK),
                ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


# --- PDF slides ------------------------------------------------------------------------------


def pdf_slides(*, title: str, subtitle: str, slides: list, notice: str) -> bytes:
    """A landscape deck: a title slide, then one page per (title, points) slide."""
    register_fonts()
    width, height = landscape(A4)
    margin = 22 * mm
    buffer = BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(width, height), invariant=True)
    pdf.setTitle(title)
    pdf.setAuthor(subtitle)
    total = len(slides) + 1

    def foot(number):
        pdf.setFont(REGULAR, 9)
        pdf.setFillColor(INK)
        pdf.drawString(margin, 12 * mm, notice)
        pdf.drawRightString(width - margin, 12 * mm, f"{number} / {total}")

    # The title slide.
    pdf.setFillColor(INK)
    pdf.rect(0, height * 0.38, width, height * 0.3, stroke=0, fill=1)
    pdf.setFillColor(white)
    y = height * 0.6
    for line in simpleSplit(title, BOLD, 28, width - 2 * margin):
        pdf.setFont(BOLD, 28)
        pdf.drawString(margin, y, line)
        y -= 36
    pdf.setFillColor(INK)
    y = height * 0.3
    for line in simpleSplit(subtitle, REGULAR, 15, width - 2 * margin):
        pdf.setFont(REGULAR, 15)
        pdf.drawString(margin, y, line)
        y -= 21
    foot(1)
    pdf.showPage()

    for number, (heading, points) in enumerate(slides, start=2):
        pdf.setFillColor(INK)
        pdf.rect(0, height - 30 * mm, width, 30 * mm, stroke=0, fill=1)
        pdf.setFillColor(white)
        size = 22
        while size > 14 and stringWidth(heading, BOLD, size) > width - 2 * margin:
            size -= 1  # a long heading gets smaller rather than running off the slide
        pdf.setFont(BOLD, size)
        pdf.drawString(margin, height - 19 * mm, heading)
        pdf.setFillColor(INK)
        y = height - 48 * mm
        for point in points:
            lines = simpleSplit(point, REGULAR, 17, width - 2 * margin - 10 * mm)
            pdf.setFont(REGULAR, 17)
            pdf.drawString(margin, y, "•")
            for line in lines:
                pdf.drawString(margin + 10 * mm, y, line)
                y -= 24
            y -= 8
        foot(number)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


# --- DOCX --------------------------------------------------------------------------------------


def docx_document(*, title: str, subtitle: str, blocks: list, notice: str, language: str) -> bytes:
    """A Word document with the same structure as `pdf_document`; tables have empty cells
    where a form is to be filled in."""
    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.name = "Times New Roman"  # has every Kazakh letter, on every Windows machine
    normal.font.size = Pt(12)
    properties = document.core_properties
    properties.title = title
    properties.author = subtitle
    properties.language = language
    document.add_heading(title, level=0)
    document.add_paragraph(subtitle).runs[0].italic = True
    for kind, value in _runs(blocks):
        if kind == "h":
            document.add_heading(value, level=1)
        elif kind == "p":
            document.add_paragraph(value)
        elif kind == "ul":
            for item in value:
                document.add_paragraph(item, style="List Bullet")
        elif kind == "table":
            table = document.add_table(rows=len(value), cols=len(value[0]))
            table.style = "Table Grid"
            for row, cells in zip(table.rows, value, strict=True):
                for cell, text in zip(row.cells, cells, strict=True):
                    cell.text = text
            for cell in table.rows[0].cells:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
            document.add_paragraph()
    document.sections[0].footer.paragraphs[0].text = notice
    buffer = BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# --- One material's file ---------------------------------------------------------------------


@cache
def material_file(key: str, language: str) -> tuple[str, bytes]:
    """The file of one language version of the material `key` in `demo.library`, as
    (file name, content). Made once per process: the files depend only on the texts, and the
    tests seed the demo many times."""
    item = next(item for item in MATERIALS if item["key"] == key)
    texts = item[language]
    title, subtitle = texts["title"], texts.get("subtitle", texts["source"])
    notice = NOTICE[language]
    if item["file"] == "slides":
        content = pdf_slides(title=title, subtitle=subtitle, slides=texts["slides"], notice=notice)
        return f"{key}-{language}.pdf", content
    make = {"pdf": pdf_document, "docx": docx_document}[item["file"]]
    content = make(
        title=title, subtitle=subtitle, blocks=texts["blocks"], notice=notice, language=language
    )
    return f"{key}-{language}.{item['file']}", content
