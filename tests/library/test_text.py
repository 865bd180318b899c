"""The text of a material's file is read for search, whatever its format: PDF, DOCX, XLSX,
PPTX, ODF; a broken or hostile file gives no text and no error. (The stemming and matching of
that text are tested with core/text.py, in tests/core/test_text.py.)"""

import io
import zipfile
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from docx import Document
from openpyxl import Workbook
from pypdf import PdfWriter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from library.text import extract_text

FONT = Path(settings.BASE_DIR) / "events" / "fonts" / "DejaVuSans.ttf"


# --- Text of files ---------------------------------------------------------------------------


def pdf_file(*lines, font="Helvetica"):
    if font != "Helvetica":
        pdfmetrics.registerFont(TTFont(font, FONT))
    stream = io.BytesIO()
    pdf = canvas.Canvas(stream)
    pdf.setFont(font, 14)
    for number, line in enumerate(lines):
        pdf.drawString(72, 760 - 20 * number, line)
    pdf.showPage()
    pdf.save()
    stream.seek(0)
    return stream


def test_pdf_text_in_russian_and_kazakh():
    file = pdf_file("Права человека", "Әйелдер құқықтары", font="DejaVuSans")

    assert extract_text(file, "pdf") == "Права человека\nӘйелдер құқықтары"


def test_pdf_text_keeps_the_file_position_and_the_limit():
    file = pdf_file("Human rights seminar")
    file.seek(7)

    assert extract_text(file, ".PDF", limit=12) == "Human rights"
    assert file.tell() == 7


def test_pdf_that_is_broken_gives_no_text():
    assert extract_text(io.BytesIO(b"%PDF-1.7\n1 0 obj << /Type /Cat"), "pdf") == ""
    assert extract_text(io.BytesIO(pdf_file("Human rights").getvalue()[:300]), "pdf") == ""


def encrypted_pdf(user_password):
    writer = PdfWriter(clone_from=pdf_file("Human rights"))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="AES-128")
    stream = io.BytesIO()
    writer.write(stream)
    stream.seek(0)
    return stream


def test_pdf_that_needs_a_password_gives_no_text():
    assert extract_text(encrypted_pdf("secret"), "pdf") == ""


def test_pdf_encrypted_without_a_user_password_is_read():
    """Such a PDF opens in any viewer; the encryption only restricts printing or copying."""
    assert extract_text(encrypted_pdf(""), "pdf") == "Human rights"


def test_docx_text_of_paragraphs_and_table_cells():
    document = Document()
    document.add_paragraph("Права человека")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Ұйымдардың"
    table.cell(0, 1).text = "құқықтары"
    table.cell(1, 0).text = "rights"
    document.add_paragraph("Қорытынды")
    stream = io.BytesIO()
    document.save(stream)

    assert extract_text(stream, "docx") == (
        "Права человека\nҰйымдардың\nқұқықтары\nrights\nҚорытынды"
    )


def test_text_of_a_django_file():
    """A material's file arrives as a Django File, not a BytesIO."""
    document = Document()
    document.add_paragraph("Семинары")
    stream = io.BytesIO()
    document.save(stream)

    assert extract_text(ContentFile(stream.getvalue(), name="a.docx"), "docx") == "Семинары"


def test_xlsx_text_of_its_cells():
    workbook = Workbook()
    workbook.active["A1"] = "Семинары"
    workbook.active["B2"] = "Human rights"
    workbook.active["C3"] = 2024
    stream = io.BytesIO()
    workbook.save(stream)

    assert extract_text(stream, "xlsx") == "Семинары\nHuman rights"


def zip_file(parts):
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w") as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    stream.seek(0)
    return stream


def test_pptx_text_of_its_slides_in_order():
    drawing = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
    slide = (
        f'<p:sld xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" {drawing}>'
        "<a:p><a:r><a:t>{first}</a:t></a:r><a:r><a:t>{second}</a:t></a:r></a:p></p:sld>"
    )
    file = zip_file(
        {
            "ppt/slides/slide10.xml": slide.format(first="Қорыт", second="ынды"),
            "ppt/slides/slide2.xml": slide.format(first="Права ", second="человека"),
        }
    )

    assert extract_text(file, "pptx") == "Права человека\nҚорытынды"


def test_odt_text_of_headings_and_paragraphs():
    content = (
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>'
        "<text:h>Құқықтары</text:h>"
        "<text:p>Права<text:tab/><text:span>человека</text:span><text:line-break/>rights</text:p>"
        "</office:text></office:body></office:document-content>"
    )

    assert extract_text(zip_file({"content.xml": content}), "odt") == (
        "Құқықтары\nПрава человека rights"
    )


def test_xml_with_entities_is_not_expanded():
    content = (
        '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        '<d xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">'
        "<text:p>rights &b;</text:p></d>"
    )

    assert "aaaaaaaaaa" not in extract_text(zip_file({"content.xml": content}), "odt")


@pytest.mark.parametrize("extension", ["jpg", "png", "doc", "zip", ""])
def test_other_files_give_no_text(extension):
    assert extract_text(io.BytesIO(b"\x89PNG\r\n\x1a\n"), extension) == ""


@pytest.mark.parametrize("extension", ["docx", "xlsx", "pptx", "odt", "ods"])
def test_broken_office_files_give_no_text(extension):
    assert extract_text(io.BytesIO(b"PK\x03\x04 cut short"), extension) == ""
    assert extract_text(zip_file({"other.xml": "<x/>"}), extension) == ""
