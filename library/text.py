"""Full-text search over the library: a material's title, description and file text.

The design, and why:

- Each material keeps a `search_terms` column that our code fills with `index_text()`: the stems
  of every word of its title, description and file text, once each, between single spaces
  (" прав человек құқық right "). A query goes through the same stemmers (`query_variants()`)
  and `matching()` turns it into plain `LIKE '% stem%'` filters. The library holds a few
  thousand materials at most, so a scan is fast enough, needs no search engine or database
  extension, and behaves the same on SQLite (development, tests) and PostgreSQL (production).
- Words are stemmed one by one, the stemmer chosen by the word's script and the material's
  language: a Latin word with Snowball's English stemmer; a Cyrillic word with `kazakh_stem()`
  in a Kazakh material, or when it has a letter only Kazakh uses (ә ғ қ ң ө ұ ү һ і), and with
  Snowball's Russian stemmer otherwise. A query does not know the material's language, so
  each query word is tried under every stemmer that fits its script, and as written.
- A query word matches when any of its variants starts some term of the material: "прав"
  finds "правами" (stem "прав"); every query word must match.

Its limits, known and accepted:

- No ranking: a material matches or not; the caller orders the results (newest first, say).
- Prefix matching finds more than the word: "прав" also matches "правительств" and "правил".
- `kazakh_stem()` is a light suffix stripper (case, possessive and plural endings), not a
  morphological analyser: it knows no verbs, no vowel drop ("халық", "халқы") and only the
  commonest sound changes; derivational endings (-лық, -шы) are kept on purpose.
- No stop words, no synonyms, no transliteration between Cyrillic and Latin.
- Only the first `limit` characters of a file are read, and `index_text()` keeps ~100 000
  characters of terms: the end of a very long document may not be searchable.
"""

import contextlib
import functools
import logging
import operator
import re
import threading
import unicodedata
import zipfile
from collections.abc import Iterator

import docx
import snowballstemmer
from django.db.models import Q
from docx.table import Table

# lxml comes with python-docx; its parser is told never to load a DTD or resolve an entity.
from lxml import etree
from pypdf import PdfReader

logger = logging.getLogger(__name__)

MAX_INDEX_CHARS = 100_000
MAX_QUERY_WORDS = 10
# A ZIP-based file (DOCX, XLSX...) that unpacks to more than this is not read: a "zip bomb"
# of a few kilobytes can otherwise unpack to gigabytes in memory.
MAX_UNPACKED_BYTES = 200 * 1024 * 1024

# Words are runs of letters and digits; Unicode-aware, so Kazakh letters are letters.
_WORD = re.compile(r"[^\W_]+")
# Combining accents left after NFC (a Russian stress mark: "пра́ва"), soft hyphens and
# zero-width characters that PDF and Word text carries inside words.
_INVISIBLE = re.compile("[\u0300-\u036f\u00ad\u200b-\u200f\u2060\ufeff]")
_CYRILLIC = re.compile("[\u0400-\u052f]")
_LATIN = re.compile("[a-z\u00c0-\u024f]")
_KAZAKH_ONLY = re.compile("[әғқңөұүһі]")


# --- Stemming --------------------------------------------------------------------------------

# Kazakh endings, stripped from the end of a word repeatedly, the longest that fits first. A
# noun is stem + plural + possessive + case ("ұйым-дар-ы-ның"), so the case goes first, then
# the possessive, then the plural. Stripping until nothing fits also keeps a word and its
# inflected forms on one stem ("бағдарлама", "бағдарламаға" → "бағдарлам"). Derivational
# suffixes (-лық, -шы, -ғы) are not here: "азаматтық" (citizenship) is a word of its own.
_KAZAKH_CASES = (
    # genitive
    "ның", "нің", "дың", "дің", "тың", "тің",
    # dative ("на"/"не" and "а"/"е": see the conditions in `_KAZAKH_AFTER_POSSESSIVE`,
    # `_KAZAKH_LONG_STEM`)
    "ға", "ге", "қа", "ке", "на", "не", "а", "е",
    # accusative, and after a possessive ("құқықтары-н", "комиссиясы-н")
    "ды", "ді", "ты", "ті", "ны", "ні", "ын", "ін", "сын", "сін",
    # locative
    "да", "де", "та", "те", "нда", "нде",
    # ablative
    "дан", "ден", "тан", "тен", "нан", "нен",
    # instrumental
    "мен", "бен", "пен",
)  # fmt: skip
_KAZAKH_POSSESSIVES = (
    "ы", "і", "сы", "сі", "ым", "ім", "ың", "ің", "мыз", "міз", "ымыз", "іміз",
)  # fmt: skip
_KAZAKH_PLURALS = ("лар", "лер", "дар", "дер", "тар", "тер")
_KAZAKH_ENDINGS = sorted(
    {*_KAZAKH_CASES, *_KAZAKH_POSSESSIVES, *_KAZAKH_PLURALS}, key=len, reverse=True
)
# Endings that follow only a third-person possessive ("комиссиясы-на", "-нда"): elsewhere
# "-на" is the end of a stem ("Астана"), not the dative.
_KAZAKH_AFTER_POSSESSIVE = {"на", "не", "нда", "нде"}
# The bare dative vowel is cut only from a stem of 4 letters or more: "бала" stays.
_KAZAKH_LONG_STEM = {"а": 4, "е": 4}
_KAZAKH_MIN_STEM = 3
# A Kazakh word never ends in б, г or ғ; they come back as п, к, қ once a vowel ending goes
# ("құқығы" is "құқық" + "ы"). Ending every stem the same way makes both forms one term.
_KAZAKH_FINAL = {"б": "п", "г": "к", "ғ": "қ"}


def kazakh_stem(word: str) -> str:
    """`word` (lowercase) without its Kazakh case, possessive and plural endings.

    A light suffix stripper: "ұйымдардың" → "ұйым", "құқықтарын" → "құқық", "балалардың" →
    "бала"; a stem keeps at least three letters, so short words stay as they are. A final
    б, г or ғ becomes п, к or қ ("құқығы" → "құқық").
    """
    stem = word
    while True:
        for ending in _KAZAKH_ENDINGS:
            rest = len(stem) - len(ending)
            if (
                stem.endswith(ending)
                and rest >= _KAZAKH_LONG_STEM.get(ending, _KAZAKH_MIN_STEM)
                and (ending not in _KAZAKH_AFTER_POSSESSIVE or stem[rest - 1] in "ыі")
            ):
                stem = stem[:rest]
                break
        else:
            return stem[:-1] + _KAZAKH_FINAL.get(stem[-1], stem[-1]) if stem else stem


# Snowball stemmers keep their work in the instance, so each thread gets its own.
_stemmers = threading.local()


def _snowball(language: str, word: str) -> str:
    stemmer = getattr(_stemmers, language, None)
    if stemmer is None:
        stemmer = snowballstemmer.stemmer(language)
        setattr(_stemmers, language, stemmer)
    return stemmer.stemWord(word)


def _russian_stem(word: str) -> str:
    return _snowball("russian", word)


def _english_stem(word: str) -> str:
    return _snowball("english", word)


def _words(text: str) -> list[str]:
    """The words of `text`, lowercase and normalised, two characters or longer."""
    text = _INVISIBLE.sub("", unicodedata.normalize("NFC", text).lower()).replace("ё", "е")
    return [word for word in _WORD.findall(text) if len(word) >= 2]


# A document repeats its words: each is stemmed once (the stemmers are pure Python).
@functools.lru_cache(maxsize=65_536)
def _stem(word: str, *, kazakh: bool) -> str:
    if _CYRILLIC.search(word):
        return kazakh_stem(word) if kazakh or _KAZAKH_ONLY.search(word) else _russian_stem(word)
    if _LATIN.search(word):
        return _english_stem(word)
    return word  # digits, or a script no stemmer knows


def terms(text: str, language: str) -> list[str]:
    """The stems of the words of `text`, in order, for a material in `language` (kk, ru, en)."""
    kazakh = language.lower().startswith("kk")
    return [_stem(word, kazakh=kazakh) for word in _words(text)]


def index_text(*parts: str, language: str) -> str:
    """The `search_terms` of a material: the stems of `parts` (empty or None parts are
    skipped), once each, between single spaces and with a space at both ends
    (" прав человек "); "" when there are none.

    Capped at MAX_INDEX_CHARS: terms past the cap are left out.
    """
    kept = []
    size = 1
    for term in dict.fromkeys(term for part in parts if part for term in terms(part, language)):
        size += len(term) + 1
        if size > MAX_INDEX_CHARS:
            break
        kept.append(term)
    return f" {' '.join(kept)} " if kept else ""


def query_variants(query: str) -> list[set[str]]:
    """For each word of `query` (the first MAX_QUERY_WORDS), every form it may be indexed
    under: a Cyrillic word's Russian and Kazakh stems, a Latin word's English stem, and the
    word itself."""
    variants = []
    for word in list(dict.fromkeys(_words(query)))[:MAX_QUERY_WORDS]:
        if _CYRILLIC.search(word):
            variants.append({word, _russian_stem(word), kazakh_stem(word)})
        elif _LATIN.search(word):
            variants.append({word, _english_stem(word)})
        else:
            variants.append({word})
    return variants


def matching(queryset, query: str, field: str = "search_terms"):
    """`queryset` filtered to the rows whose `field` (an `index_text()` value) has, for every
    word of `query`, a term starting with one of the word's variants.

    A query without words (blank, punctuation, one-letter words) filters nothing.
    """
    for variants in query_variants(query):
        queryset = queryset.filter(
            functools.reduce(
                operator.or_,
                (Q(**{f"{field}__contains": f" {variant}"}) for variant in sorted(variants)),
            )
        )
    return queryset


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
