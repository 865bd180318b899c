"""A visitor searches the library in Russian, Kazakh or English and finds a material by any
form of a word in its title, description or file."""

import io
import zipfile
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from docx import Document
from openpyxl import Workbook
from pypdf import PdfWriter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from library.text import (
    MAX_INDEX_CHARS,
    extract_text,
    index_text,
    kazakh_stem,
    matching,
    query_variants,
    terms,
)

FONT = Path(settings.BASE_DIR) / "events" / "fonts" / "DejaVuSans.ttf"


# --- Stemming --------------------------------------------------------------------------------


def test_russian_inflections_share_a_term():
    assert terms("правами права правах", "ru") == ["прав", "прав", "прав"]
    assert terms("человека человеку", "ru") == ["человек", "человек"]


def test_russian_text_is_normalised_before_stemming():
    """Capitals, ё, a stress mark and a soft hyphen from a PDF do not change the term."""
    assert terms("ЁЛКИ пра\u0301ва пра\u00adвами", "ru") == ["елк", "прав", "прав"]


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("құқықтары", "құқық"),
        ("құқықтарын", "құқық"),
        ("құқығы", "құқық"),
        ("ұйымдардың", "ұйым"),
        ("ұйымдары", "ұйым"),
        ("ұйым", "ұйым"),
        ("балалардың", "бала"),
        ("бала", "бала"),
        ("әйелдер", "әйел"),
        ("азаматтық", "азаматтық"),
        ("семинары", "семинар"),
        ("комиссиясына", "комиссия"),
        ("адамның", "адам"),
        ("үйде", "үйде"),
    ],
)
def test_kazakh_stem_strips_case_possessive_and_plural_endings(word, stem):
    assert kazakh_stem(word) == stem


def test_kazakh_word_and_its_inflections_share_a_stem_even_when_it_is_cut_short():
    """ "бағдарлама" loses its last vowel like a dative; its inflected forms lose it too."""
    assert {kazakh_stem(word) for word in ("бағдарлама", "бағдарламаға", "бағдарламалар")} == {
        "бағдарлам"
    }


def test_kazakh_title_words_and_their_inflections_share_a_term():
    title = terms("Әйелдер мен балалардың құқықтары", "kk")
    text = terms("әйел баланың құқықтарын", "kk")

    assert title == ["әйел", "мен", "бала", "құқық"]
    assert text == ["әйел", "бала", "құқық"]


def test_english_plural_and_singular_share_a_term():
    assert terms("Rights right seminars seminar", "en") == ["right", "right", "seminar", "seminar"]


def test_each_word_is_stemmed_by_its_script():
    """A Latin word in a Russian material is English; a Cyrillic word in an English material
    is Russian; a Cyrillic word in a Kazakh material is Kazakh, as is one with a letter only
    Kazakh has, whatever the material."""
    assert terms("семинары rights", "ru") == ["семинар", "right"]
    assert terms("правами rights", "en") == ["прав", "right"]
    assert terms("семинары rights", "kk") == ["семинар", "right"]
    assert terms("ұйымдардың правами", "ru") == ["ұйым", "прав"]


def test_one_letter_words_punctuation_and_numbers():
    assert terms("Закон № 5-I от 2024 г.", "ru") == ["закон", "от", "2024"]


def test_index_text_is_each_stem_once_between_spaces():
    assert index_text("Права человека", "Правами человеку, rights", language="ru") == (
        " прав человек right "
    )
    assert index_text("", " — ", None, language="kk") == ""


def test_index_text_is_capped():
    words = " ".join(f"слово{number}" for number in range(30_000))

    indexed = index_text(words, language="ru")

    assert len(indexed) <= MAX_INDEX_CHARS
    assert indexed.startswith(" слово0 слово1 ")
    assert indexed.endswith(" ")


def test_query_variants_try_every_stemmer_of_the_script():
    assert query_variants("Правами ұйымдардың rights 2024 и правами") == [
        {"правами", "прав"},
        {"ұйымдардың", "ұйым"},
        {"rights", "right"},
        {"2024"},
    ]


def test_query_variants_keep_ten_words():
    query = " ".join(f"слово{number}" for number in range(12))

    assert query_variants(query) == [{f"слово{number}"} for number in range(10)]


# --- Matching, on a real table of the test database ------------------------------------------


@pytest.fixture
def indexed_groups(db):
    """Group names stand in for materials' search_terms: matching() only needs a text column."""
    return {
        "ru": Group.objects.create(name=index_text("Права человека", language="ru")),
        "kk": Group.objects.create(
            name=index_text("Әйелдер мен балалардың құқықтары", language="kk")
        ),
        "en": Group.objects.create(name=index_text("Human rights seminars", language="en")),
    }


def found(query, groups):
    materials = Group.objects.filter(id__in=[group.id for group in groups.values()])
    return set(matching(materials, query, field="name").values_list("id", flat=True))


@pytest.mark.parametrize(
    ("query", "materials"),
    [
        ("правами", {"ru"}),
        ("ПРАВА человеку", {"ru"}),
        ("прав", {"ru"}),
        ("құқықтарын", {"kk"}),
        ("балалар құқығы", {"kk"}),
        ("әйел", {"kk"}),
        ("right", {"en"}),
        ("Seminar", {"en"}),
        ("hum", {"en"}),
        ("rights правами", set()),
        ("права seminar", set()),
        ("человечество", set()),
        ("", {"ru", "kk", "en"}),
        ("— ?", {"ru", "kk", "en"}),
    ],
)
def test_matching_finds_every_form_of_every_query_word(indexed_groups, query, materials):
    assert found(query, indexed_groups) == {indexed_groups[language].id for language in materials}


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
