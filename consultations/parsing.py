"""Splitting a draft law into its preamble, chapters and articles, for the editor to check.

Editors upload a draft as DOCX or paste its text. The structure is read from the headings that
Kazakh legislative drafting uses in the three languages of the platform:

- Russian: "Статья 5.", "Статья 5-1.", "Статья 5.1.", "Глава 2. Название", "ГЛАВА II",
  "Раздел 1" (a section is kept as a chapter);
- Kazakh, number first: "5-бап.", "5-1-бап. Атауы", "2-тарау. Атауы", "1-бөлім";
- English: "Article 5.", "Article 5-1", "Chapter II. Title", "Section 3".

A heading counts only at the start of a paragraph, so "согласно статье 5 настоящего Закона" or
"осы Заңның 5-бабына сәйкес" inside the text never split an article, and an article quoted in an
amending law («Статья 7-1. ...») stays in the text of the article that quotes it. Everything here
is plain Python over strings (python-docx for reading files), so it can be tried in a shell and
tested without a database; saving the result is the services' business.
"""

import io
import re
import zipfile
from dataclasses import dataclass
from os import PathLike

from django.utils.translation import gettext as _
from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import OpcError
from docx.oxml.ns import qn
from lxml import etree

PREAMBLE = "preamble"
CHAPTER = "chapter"
ARTICLE = "article"


@dataclass(frozen=True)
class ParsedElement:
    """One structural element of a draft, as the editor sees it before saving."""

    kind: str  # PREAMBLE, CHAPTER or ARTICLE
    number: str  # as written ("5", "5-1", "5.1", "II"); "" for the preamble
    title: str  # the heading's words after the number; "" if none
    text: str  # the paragraphs under the heading, separated by a blank line
    heading: str  # the heading line as written; "" for the preamble


class DraftFileError(ValueError):
    """An uploaded draft cannot be read; the message is for the editor."""


# --- Headings ------------------------------------------------------------------------------

# Word and pasted text write the hyphen of "5-1" in several ways; all of them mean "-".
_DASHES = "\u2010\u2011\u2012\u2013\u2212"
_DASH = rf"[-{_DASHES}]"
_ARABIC = rf"\d+(?:(?:{_DASH}|\.)\d+)*"
# Roman numerals in capitals only ("Chapter I am..." is a sentence). Kazakh and Russian
# keyboards often type them with the Cyrillic І and Х, which read the same.
_ROMAN = r"(?-i:[IVXLCІХ]+)"
_NUMBER = rf"(?P<number>{_ARABIC}|{_ROMAN})"

_KINDS = {
    "статья": ARTICLE,
    "article": ARTICLE,
    "бап": ARTICLE,
    "глава": CHAPTER,
    "раздел": CHAPTER,
    "chapter": CHAPTER,
    "section": CHAPTER,
    "тарау": CHAPTER,
    "бөлім": CHAPTER,
}
# Russian and English put the word first ("Статья 5."), Kazakh puts the number first ("5-бап.").
# The word must be followed by a number and the Kazakh word must end where it ends, so the
# inflected forms ("статье 5", "5-бабына", "5-бабының", "5-бапта") are never headings.
_WORD_FIRST = re.compile(
    rf"(?P<word>статья|глава|раздел|article|chapter|section)\s*{_NUMBER}(?P<tail>.*)",
    re.IGNORECASE,
)
_NUMBER_FIRST = re.compile(
    rf"{_NUMBER}(?:\s*{_DASH}\s*|\s+)(?P<word>бап|тарау|бөлім)(?!\w)(?P<tail>.*)",
    re.IGNORECASE,
)
# What may stand between the number and the title: a full stop, a colon or a dash.
_SEPARATOR = re.compile(rf"\s*(?P<mark>[.:\u2014{_DASHES}-])?\s*")
_TO_LATIN = str.maketrans({"І": "I", "Х": "X"} | dict.fromkeys(_DASHES, "-"))
# "Статья 5 Закона «О ...» утрачивает силу" is a sentence about another act's article, not a
# heading: a heading without a full stop is never followed by the name of an act.
_ACTS = frozenset(
    "закона кодекса конституции указа постановления приказа правил положения регламента "
    "договора конвенции соглашения приложения".split()
)
# Characters that are in the text but not on the page.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))


def _clean(line: str) -> str:
    """The line with its spaces (tabs, non-breaking spaces) collapsed to single spaces."""
    return " ".join(line.translate(_INVISIBLE).split())


def _heading(line: str) -> tuple[str, str, str] | None:
    """(kind, number, title) if the cleaned line is a chapter or article heading."""
    match = _WORD_FIRST.match(line) or _NUMBER_FIRST.match(line)
    if match is None:
        return None
    kind = _KINDS[match["word"].lower()]
    number = match["number"]
    tail = match["tail"]
    if tail[:1].isalnum():
        return None  # "Статья 5а" or "Chapter Isolation": the number runs into a word
    if kind == ARTICLE and not number[0].isdigit():
        return None  # articles are numbered in Arabic numerals
    separator = _SEPARATOR.match(tail)
    title = tail[separator.end() :]
    if title[:1] in (",", ";"):
        return None  # "Article 5, paragraph 2, ..." is a sentence
    if separator["mark"] is None and title:
        if title[0].islower() or title.split()[0].lower() in _ACTS:
            return None  # "Статья 5 утратила силу ..." is a sentence, not a heading
    return kind, number.translate(_TO_LATIN), title


def split_draft(text: str) -> list[ParsedElement]:
    """The draft's preamble, chapters and articles, in the order they are written.

    Each non-blank line is a paragraph. Lines before the first heading form the preamble (the
    law's title, "Проект", the date), which is left out when there are none.
    """
    elements = []
    kind, number, title, heading = PREAMBLE, "", "", ""
    body: list[str] = []

    def close() -> None:
        if kind != PREAMBLE or body:
            elements.append(ParsedElement(kind, number, title, "\n\n".join(body), heading))

    for raw_line in text.splitlines():
        line = _clean(raw_line)
        if not line:
            continue
        found = _heading(line)
        if found is None:
            body.append(line)
            continue
        close()
        (kind, number, title), heading, body = found, line, []
    close()
    return elements


# --- Problems for the editor ---------------------------------------------------------------


def _order_key(number: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.split(r"[-.]", number))


def find_problems(elements: list[ParsedElement]) -> list[str]:
    """Warnings for the editor's review screen: what probably went wrong in the split."""
    articles = [element for element in elements if element.kind == ARTICLE]
    if not articles:
        return [
            _(
                "No articles were found in the draft. Each article must start on its own line "
                "with a heading such as “Статья 1.”, “1-бап.” or “Article 1.”."
            )
        ]
    problems = []
    seen: set[str] = set()
    reported: set[str] = set()
    previous = None
    for article in articles:
        if article.number in seen:
            if article.number not in reported:
                reported.add(article.number)
                problems.append(
                    _("Article %(number)s appears more than once.") % {"number": article.number}
                )
        elif previous is not None and _order_key(article.number) < _order_key(previous):
            problems.append(
                _(
                    "Article %(number)s comes after article %(previous)s: the numbering goes "
                    "backwards."
                )
                % {"number": article.number, "previous": previous}
            )
        seen.add(article.number)
        previous = article.number
    return problems


# --- DOCX ----------------------------------------------------------------------------------

_W_P = qn("w:p")
_W_PPR = qn("w:pPr")
_W_PSTYLE = qn("w:pStyle")
_W_NUMPR = qn("w:numPr")
_W_NUMID = qn("w:numId")
_W_ILVL = qn("w:ilvl")
_W_VAL = qn("w:val")
_TEXT_OF = {
    qn("w:t"): None,  # its own text
    qn("w:tab"): "\t",
    qn("w:ptab"): "\t",
    qn("w:br"): "\n",
    qn("w:cr"): "\n",
    qn("w:noBreakHyphen"): "-",
}
# Parts of a paragraph whose text is not read as part of it: deleted revisions, properties,
# and drawings and text boxes (Word stores a text box twice, once for older readers).
_NOT_READ = {
    qn("w:del"),
    qn("w:moveFrom"),
    qn("w:pPr"),
    qn("w:rPr"),
    qn("w:sectPr"),
    qn("w:drawing"),
    qn("w:pict"),
    qn("w:object"),
    "{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent",
}
_OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _open_docx(file):
    if isinstance(file, str | PathLike):
        with open(file, "rb") as stream:
            data = stream.read()
    else:
        data = file.read()
    if not isinstance(data, bytes):
        raise DraftFileError(_("This file is not a DOCX document."))
    if data.startswith(_OLE_SIGNATURE):
        # Both the old .doc format and a password-protected .docx are OLE containers.
        raise DraftFileError(
            _(
                "This file is an old Word document (.doc) or is protected with a password. "
                "Save it in Word as a .docx document without a password."
            )
        )
    try:
        return Document(io.BytesIO(data))
    except zipfile.BadZipFile as error:
        if data.startswith(b"PK"):  # a ZIP archive, but cut short or broken
            raise DraftFileError(_("This DOCX document is damaged and cannot be read.")) from error
        raise DraftFileError(_("This file is not a DOCX document.")) from error
    except etree.LxmlError as error:
        raise DraftFileError(_("This DOCX document is damaged and cannot be read.")) from error
    except (KeyError, ValueError, OpcError) as error:
        # A ZIP archive that is not a Word document: another Office format, or any archive.
        raise DraftFileError(_("This file is not a DOCX document.")) from error


def _paragraphs(element):
    """The w:p elements under `element` in reading order: body, tables (nested ones in their
    cells), content controls; not those in text boxes."""
    for child in element:
        if child.tag == _W_P:
            yield child
        elif child.tag not in _NOT_READ:
            yield from _paragraphs(child)


def _paragraph_text(element) -> str:
    """The visible text of a paragraph, with insertions and without deletions (python-docx's
    `Paragraph.text` leaves out runs inside tracked changes, fields and content controls)."""
    parts = []
    for child in element:
        if child.tag in _TEXT_OF:
            parts.append(_TEXT_OF[child.tag] or child.text or "")
        elif child.tag not in _NOT_READ:
            parts.append(_paragraph_text(child))
    return "".join(parts)


def _format_number(value: int, fmt: str) -> str:
    if fmt == "none":
        return ""
    if fmt in ("upperRoman", "lowerRoman"):
        roman = _roman(value)
        return roman if fmt == "upperRoman" else roman.lower()
    letters = {
        "upperLetter": "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "lowerLetter": "abcdefghijklmnopqrstuvwxyz",
        "russianUpper": "АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯ",
        "russianLower": "абвгдежзиклмнопрстуфхцчшщэюя",
    }.get(fmt)
    if letters and value > 0:
        # Word repeats the letter past the end of the alphabet: a ... z, aa ... zz.
        return letters[(value - 1) % len(letters)] * ((value - 1) // len(letters) + 1)
    if fmt == "decimalZero":
        return f"{value:02d}"
    return str(value)


def _roman(value: int) -> str:
    numerals = []
    for amount, numeral in (
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ):
        count, value = divmod(value, amount)
        numerals.append(numeral * count)
    return "".join(numerals)


@dataclass(frozen=True)
class _Level:
    start: int
    fmt: str
    text: str
    suffix: str


class _ListNumbers:
    """The numbers Word draws in front of numbered paragraphs ("Статья 1.", "1)").

    They are not in the paragraph's text: Word computes them from numbering.xml while it lays
    out the page. Drafts often number their articles and points this way, so without them the
    article headings would be lost. This follows Word's common rules (a counter per list, lower
    levels restart, a list instance may restart a level); rarer ones (legal numbering, counters
    linked through list styles) are not followed.
    """

    def __init__(self, document):
        self.levels: dict[str, dict[int, _Level]] = {}
        self.lists: dict[str, tuple[str, dict[int, int]]] = {}
        self.style_numbering: dict[str, tuple[str | None, int | None]] = {}
        self.default_style = None
        self.counters: dict[str, dict[int, int]] = {}
        self.started: set[str] = set()
        numbering = _related_element(document.part, RT.NUMBERING)
        if numbering is not None:
            self._read_numbering(numbering)
        styles = _related_element(document.part, RT.STYLES)
        if styles is not None:
            self._read_styles(styles)

    def _read_numbering(self, numbering) -> None:
        for abstract in numbering.iterfind(qn("w:abstractNum")):
            levels = {}
            for lvl in abstract.iterfind(qn("w:lvl")):
                levels[_int(lvl.get(qn("w:ilvl")), 0)] = _Level(
                    start=_int(_val(lvl, "w:start"), 1),
                    fmt=_val(lvl, "w:numFmt") or "decimal",
                    text=_val(lvl, "w:lvlText") or "",
                    suffix={"space": " ", "nothing": ""}.get(_val(lvl, "w:suff"), "\t"),
                )
            self.levels[abstract.get(qn("w:abstractNumId"))] = levels
        for num in numbering.iterfind(qn("w:num")):
            restarts = {}
            for override in num.iterfind(qn("w:lvlOverride")):
                start = _val(override, "w:startOverride")
                if start is not None:
                    restarts[_int(override.get(qn("w:ilvl")), 0)] = _int(start, 1)
            self.lists[num.get(qn("w:numId"))] = (_val(num, "w:abstractNumId"), restarts)

    def _read_styles(self, styles) -> None:
        own, based_on = {}, {}
        for style in styles.iterfind(qn("w:style")):
            if style.get(qn("w:type")) != "paragraph":
                continue
            style_id = style.get(qn("w:styleId"))
            if style.get(qn("w:default")) in ("1", "true", "on"):
                self.default_style = style_id
            based_on[style_id] = _val(style, "w:basedOn")
            num_pr = style.find(f"{_W_PPR}/{_W_NUMPR}")
            if num_pr is not None:
                own[style_id] = (_val(num_pr, "w:numId"), _int(_val(num_pr, "w:ilvl"), None))
        for style_id in based_on:
            ancestor, depth = style_id, 0
            while ancestor is not None and ancestor not in own and depth < 20:
                ancestor, depth = based_on.get(ancestor), depth + 1
            if ancestor in own:
                self.style_numbering[style_id] = own[ancestor]

    def label(self, paragraph) -> str:
        """The number Word shows before `paragraph` (with its tab or space), or ""."""
        ppr = paragraph.find(_W_PPR)
        style_id = self.default_style
        num_id = ilvl = None
        if ppr is not None:
            style = ppr.find(_W_PSTYLE)
            if style is not None:
                style_id = style.get(_W_VAL)
            num_pr = ppr.find(_W_NUMPR)
            if num_pr is not None:
                num_id = _val(num_pr, "w:numId")
                ilvl = _int(_val(num_pr, "w:ilvl"), None)
        style_num_id, style_ilvl = self.style_numbering.get(style_id, (None, None))
        num_id = num_id if num_id is not None else style_num_id
        ilvl = ilvl if ilvl is not None else (style_ilvl or 0)
        if num_id is None or num_id not in self.lists:
            return ""  # numId "0" switches a style's numbering off; it is never defined
        abstract_id, restarts = self.lists[num_id]
        levels = self.levels.get(abstract_id, {})
        if ilvl not in levels:
            return ""
        counters = self.counters.setdefault(abstract_id, {})
        if num_id not in self.started:
            self.started.add(num_id)
            for level, start in restarts.items():
                counters[level] = start - 1
                for lower in [lower for lower in counters if lower > level]:
                    del counters[lower]
        counters[ilvl] = counters.get(ilvl, levels[ilvl].start - 1) + 1
        for lower in [lower for lower in counters if lower > ilvl]:
            del counters[lower]
        level = levels[ilvl]
        if level.fmt == "bullet" or not level.text:
            return ""

        def number(match: re.Match) -> str:
            index = int(match[1]) - 1
            at = levels.get(index)
            if at is None:
                return ""
            return _format_number(counters.get(index, at.start), at.fmt)

        return re.sub(r"%([1-9])", number, level.text) + level.suffix


def _related_element(part, relationship_type):
    try:
        return part.part_related_by(relationship_type).element
    except (KeyError, AttributeError):
        return None


def _val(element, child_tag: str) -> str | None:
    child = element.find(qn(child_tag))
    return None if child is None else child.get(_W_VAL)


def _int(value: str | None, default):
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def docx_text(file) -> str:
    """The text of a DOCX draft (a path or a file object): one paragraph per line, a blank
    line between paragraphs, table cells in reading order, Word's automatic numbers included.

    Raises DraftFileError when the file is not a DOCX document or cannot be read.
    """
    document = _open_docx(file)
    numbers = _ListNumbers(document)
    paragraphs = []
    for paragraph in _paragraphs(document.element.body):
        text = (numbers.label(paragraph) + _paragraph_text(paragraph)).strip()
        if text:
            paragraphs.append(text)
    return "\n\n".join(paragraphs)


def split_docx(file) -> list[ParsedElement]:
    """The preamble, chapters and articles of a DOCX draft; see `split_draft`."""
    return split_draft(docx_text(file))
