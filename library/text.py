"""The text of a material's file (PDF, DOCX, PPTX, XLSX, ODT, ODS, ODP), for search.

A material's `search_terms` are the stems of its title, description, source and file text
(`Material.save`); the stemmers, the index and the matching are the site's (core/text.py) and
are imported from there for the library's callers. Only the first `limit` characters of a file
are read, and the index keeps ~100 000 characters of terms: the end of a very long document
may not be searchable.
"""

import contextlib
import logging
import re
import zipfile
from collections.abc import Iterator

import docx
from docx.table import Table

# lxml comes with python-docx; its parser is told never to load a DTD or resolve an entity.
from lxml import etree
from pypdf import PdfReader

# The library's callers (models, views) and tests use these names from here.
from core.text import (  # noqa: F401
    MAX_INDEX_CHARS,
    MAX_QUERY_WORDS,
    index_text,
    kazakh_stem,
    matching,
    query_variants,
    terms,
)

logger = logging.getLogger(__name__)

# A ZIP-based file (DOCX, XLSX...) that unpacks to more than this is not read: a "zip bomb"
# of a few kilobytes can otherwise unpack to gigabytes in memory.
MAX_UNPACKED_BYTES = 200 * 1024 * 1024


# --- Text of files ---------------------------------------------------------------------------

_DRAWING = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_SHEET = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_ODF_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_ODF_SPACES = {f"{_ODF_TEXT}s", f"{_ODF_TEXT}tab", f"{_ODF_TEXT}line-break"}
_SLIDE = re.compile(r"ppt/slides/slide\d+\.xml")
_WORKSHEET = re.compile(r"xl/worksheets/sheet\d+\.xml")


def _natural(name: str) -> tuple[int, str]:
    """slide2.xml before slide10.xml."""
    number = re.search(r"(\d+)\.xml$", name)
    return (int(number[1]) if number else 0, name)


def _open_zip(file) -> zipfile.ZipFile:
    archive = zipfile.ZipFile(file)
    if sum(member.file_size for member in archive.infolist()) > MAX_UNPACKED_BYTES:
        archive.close()
        raise ValueError("the archive unpacks to more than MAX_UNPACKED_BYTES")
    return archive


def _xml_elements(archive: zipfile.ZipFile, name: str, tags: set[str]) -> Iterator:
    """The outermost elements named one of `tags` in the XML part `name`, each once it is
    complete. Everything outside them is dropped as soon as it is parsed, so a large sheet of
    numbers is read without holding it in memory."""
    inside = 0
    with archive.open(name) as stream:
        parser = etree.iterparse(
            stream,
            events=("start", "end"),
            resolve_entities=False,
            load_dtd=False,
            no_network=True,
            huge_tree=False,
        )
        for event, element in parser:
            if element.tag in tags:
                inside += 1 if event == "start" else -1
                if event == "end" and not inside:
                    yield element
            if event == "end" and not inside:
                element.clear(keep_tail=False)
                while element.getprevious() is not None:
                    del element.getparent()[0]


def _pdf_text(file) -> Iterator[str]:
    reader = PdfReader(file)
    # Many PDFs are encrypted only to restrict printing or copying and open without a
    # password; those are read. One that needs a password yields nothing.
    if reader.is_encrypted and not reader.decrypt(""):
        return
    for page in reader.pages:
        try:
            yield page.extract_text()
        except Exception:  # noqa: BLE001 - pypdf raises anything on a broken page; skip it
            logger.info("Skipped a PDF page whose text cannot be read", exc_info=True)


def _docx_blocks(container) -> Iterator[str]:
    for block in container.iter_inner_content():
        if isinstance(block, Table):
            for row in block.rows:
                for cell in row.cells:
                    yield from _docx_blocks(cell)
        else:
            yield block.text


def _docx_text(file) -> Iterator[str]:
    _open_zip(file).close()  # python-docx unpacks every part: check the sizes first
    yield from _docx_blocks(docx.Document(file))


def _pptx_text(file) -> Iterator[str]:
    with _open_zip(file) as archive:
        for name in sorted(filter(_SLIDE.fullmatch, archive.namelist()), key=_natural):
            for paragraph in _xml_elements(archive, name, {f"{_DRAWING}p"}):
                yield "".join(
                    " " if element.tag == f"{_DRAWING}br" else element.text or ""
                    for element in paragraph.iter(f"{_DRAWING}t", f"{_DRAWING}br")
                )


def _xlsx_text(file) -> Iterator[str]:
    """The text cells of a workbook: Excel keeps them in xl/sharedStrings.xml (<si>), other
    programs (openpyxl among them) inline in each sheet (<is>); numbers are left out."""
    with _open_zip(file) as archive:
        names = archive.namelist()
        parts = [("xl/sharedStrings.xml", f"{_SHEET}si")] if "xl/sharedStrings.xml" in names else []
        parts += [
            (name, f"{_SHEET}is")
            for name in sorted(names, key=_natural)
            if _WORKSHEET.fullmatch(name)
        ]
        for name, tag in parts:
            for item in _xml_elements(archive, name, {tag}):
                # Plain text in <t>, rich text in <r><t>; <rPh> holds phonetic hints.
                yield "".join(
                    element.text or ""
                    for child in item
                    if child.tag in (f"{_SHEET}t", f"{_SHEET}r")
                    for element in child.iter(f"{_SHEET}t")
                )


def _odf_inner_text(element) -> str:
    parts = [element.text or ""]
    for child in element:
        if not isinstance(child.tag, str):  # a comment or processing instruction
            pass
        elif child.tag in _ODF_SPACES:
            parts.append(" ")
        else:
            parts.append(_odf_inner_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _odf_text(file) -> Iterator[str]:
    with _open_zip(file) as archive:
        for paragraph in _xml_elements(archive, "content.xml", {f"{_ODF_TEXT}p", f"{_ODF_TEXT}h"}):
            yield _odf_inner_text(paragraph)


_READERS = {
    "pdf": _pdf_text,
    "docx": _docx_text,
    "pptx": _pptx_text,
    "xlsx": _xlsx_text,
    "odt": _odf_text,
    "ods": _odf_text,
    "odp": _odf_text,
}


def extract_text(file, extension: str, *, limit: int = 200_000) -> str:
    """The text of a PDF, DOCX, PPTX, XLSX, ODT, ODS or ODP file (an open binary file,
    a Django File included), at most `limit` characters, one paragraph per line.

    Any other extension (images, old .doc) gives "", and so does a broken file, an encrypted
    one that needs a password, or a ZIP that unpacks to more than MAX_UNPACKED_BYTES: search
    then finds the material by its title and description only. The file's position is kept.
    """
    reader = _READERS.get(extension.lower().lstrip("."))
    if reader is None or limit <= 0:
        return ""
    try:
        position = file.tell()
        file.seek(0)
    except (AttributeError, OSError, ValueError):
        logger.info("Cannot read a %s file: it is not an open file", extension, exc_info=True)
        return ""
    parts = []
    size = 0
    try:
        # closing(): a reader stopped at `limit` closes its ZIP before the position is reset.
        with contextlib.closing(reader(file)) as chunks:
            for part in filter(None, map(str.strip, chunks)):
                parts.append(part)
                size += len(part) + 1
                if size >= limit:
                    break
    except Exception:  # noqa: BLE001 - parsers of uploaded files raise anything on bad input
        logger.info("No text read from a %s file", extension, exc_info=True)
        return ""
    finally:
        with contextlib.suppress(OSError, ValueError):
            file.seek(position)
    # PostgreSQL refuses NUL in text, and PDF text sometimes carries it.
    return "\n".join(parts).replace("\x00", "")[:limit]
