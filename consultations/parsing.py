"""Splitting a draft law into its preamble, chapters and articles, for the editor to check.

Editors upload a draft as DOCX or paste its text. The structure is read from the headings that
Kazakh legislative drafting uses in the three languages of the platform:

- Russian: "Статья 5.", "Статья 5-1.", "Статья 5.1.", "Глава 2. Название", "ГЛАВА II",
  "Раздел 1" (a section is kept as a chapter);
- Kazakh, number first: "5-бап.", "5-1-бап. Атауы", "2-тарау. Атауы", "1-бөлім" (also "1-бөлiм"
  with the Latin "i" that older official texts type for "і");
- English: "Article 5.", "Article 5-1", "Chapter II. Title", "Section 3";
- the paragraphs of a code, between a chapter and its articles: "Параграф 1.", "1-параграф.",
  "§ 1.", "Paragraph 1.".

Text copied from the official legal-information portals, or read from a PDF, is laid out
differently from a Word file, and `read_draft` follows it: a table of contents at the top (the
same headings as the body, one after the other) is left out and reported; a heading alone on
its line ("Глава 1.", "Статья 1") takes its title from the next line; a heading number followed
by a colon ("5-бап: ...") is running text.

A heading counts only at the start of a paragraph, so "согласно статье 5 настоящего Закона" or
"осы Заңның 5-бабына сәйкес" inside the text never split an article, and an article quoted in an
amending law («Статья 7-1. ...») stays in the text of the article that quotes it. Everything here
is plain Python over strings (python-docx for reading files), so it can be tried in a shell and
tested without a database; saving the result is the services' business. PDF drafts are read
with pypdf: the lines of each page with their positions, rebuilt into paragraphs.
"""

import io
import re
import zipfile
from dataclasses import dataclass, field
from os import PathLike

from django.utils.translation import gettext as _
from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import OpcError
from docx.oxml.ns import qn
from lxml import etree
from pypdf import PdfReader

PREAMBLE = "preamble"
CHAPTER = "chapter"
PARAGRAPH = "paragraph"  # of a code: groups the articles of a chapter
ARTICLE = "article"


@dataclass(frozen=True)
class ParsedElement:
    """One structural element of a draft, as the editor sees it before saving."""

    kind: str  # PREAMBLE, CHAPTER, PARAGRAPH or ARTICLE
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
    "параграф": PARAGRAPH,
    "paragraph": PARAGRAPH,
    "§": PARAGRAPH,
}
# Russian and English put the word first ("Статья 5."), Kazakh puts the number first ("5-бап.").
# The word must be followed by a number and the Kazakh word must end where it ends, so the
# inflected forms ("статье 5", "5-бабына", "5-бабының", "5-бапта") are never headings.
_WORD_FIRST = re.compile(
    rf"(?P<word>статья|глава|раздел|параграф|article|chapter|section|paragraph|§)\s*{_NUMBER}"
    r"(?P<tail>.*)",
    re.IGNORECASE,
)
# "бөлім" is also written "бөлiм", with the Latin "i" of older official Kazakh texts.
_NUMBER_FIRST = re.compile(
    rf"{_NUMBER}(?:\s*{_DASH}\s*|\s+)(?P<word>бап|тарау|бөл[іi]м|параграф)(?!\w)(?P<tail>.*)",
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
    kind = _KINDS[match["word"].lower().replace("бөлiм", "бөлім")]
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
    if separator["mark"] == ":" and not title[:1].isupper():
        # "5-бап: «...» деген сөздер алып тасталсын" or "5-бап:" at the end of a line of
        # running text; drafts write a full stop after a heading's number, and a colon only
        # before a title ("Article 5: Purpose").
        return None
    if separator["mark"] is None and title:
        if title[0].islower() or title.split()[0].lower() in _ACTS:
            return None  # "Статья 5 утратила силу ..." is a sentence, not a heading
    return kind, number.translate(_TO_LATIN), title


@dataclass
class DraftReading:
    """A draft split into its elements, with what the reading detected on the way, for the
    editor's review screen (so they can trust it or correct it)."""

    elements: list[ParsedElement]
    source: str = "text"  # "text", "docx" or "pdf"
    contents: list[str] = field(default_factory=list)  # the table of contents left out
    joined_titles: int = 0  # headings whose title was on the next line
    pages: int = 0  # of a PDF
    furniture: int = 0  # a PDF's running headers, footers and page numbers left out

    def notes(self) -> dict:
        """What the review screen reports, as data (`DraftVersion.import_notes`)."""
        return {
            "source": self.source,
            "contents": self.contents,
            "joined_titles": self.joined_titles,
            "pages": self.pages,
            "furniture": self.furniture,
        }


# The caption of a table of contents, on its own line.
_CONTENTS_CAPTION = re.compile(
    r"(содержание|оглавление|мазмұны|мазмұн|contents|table of contents)[.:]?", re.IGNORECASE
)
# The lines a contents entry may wrap onto (or a page number on its own line), at most this many
# in a row and this long.
_CONTENTS_GAP_LINES = 2
_CONTENTS_GAP_LENGTH = 160


def _key(line: str, found: tuple[str, str, str]) -> tuple[str, str, str]:
    """What a contents entry and the heading it lists have in common: the heading's word
    ("раздел" and "глава" both make chapters, and codes number both from 1) and number."""
    match = _WORD_FIRST.match(line) or _NUMBER_FIRST.match(line)
    word = match["word"].lower().replace("бөлiм", "бөлім")
    return found[0], word, str(_roman_value(found[1]) or found[1])


def _roman_value(number: str) -> int:
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    if not number or not set(number) <= set(values):
        return 0
    digits = [values[letter] for letter in number]
    return sum(
        -value if index + 1 < len(digits) and value < digits[index + 1] else value
        for index, value in enumerate(digits)
    )


def _is_subsequence(keys: list, later: list) -> bool:
    remaining = iter(later)
    return all(any(key == other for other in remaining) for key in keys)


def _contents_lines(lines: list[str], headings: list) -> range | None:
    """The lines of a table of contents at the top of the draft, if there is one.

    A table of contents is a run of headings with no text under them (an entry may wrap onto
    a short line, or have its page number on one), whose headings all come again, in the same
    order, after the run: the body it lists. Articles without a text ("Статья 7. Исключена.")
    also follow one another, but they are never written twice. The caption ("Содержание",
    "Мазмұны") before the run goes with it."""
    first = next((index for index, found in enumerate(headings) if found), None)
    if first is None:
        return None
    entries = []  # indexes of the run's headings
    gap = 0
    for index in range(first, len(lines)):
        if headings[index]:
            entries.append(index)
            gap = 0
            continue
        gap += 1
        if gap > _CONTENTS_GAP_LINES or len(lines[index]) > _CONTENTS_GAP_LENGTH:
            break
    keys = {index: _key(lines[index], found) for index, found in enumerate(headings) if found}
    order = list(keys)  # the headings' line indexes, in order

    def lists_the_rest(count: int) -> bool:
        """Whether the run's first `count` headings come again, in order, after them."""
        last = entries[count - 1]
        later = [keys[index] for index in order[order.index(last) + 1 :]]
        return _is_subsequence([keys[index] for index in entries[:count]], later)

    # If the first `count` headings list the rest, so do fewer of them: search the longest run.
    low, high = 1, len(entries)
    while low < high:
        middle = (low + high + 1) // 2
        if lists_the_rest(middle):
            low = middle
        else:
            high = middle - 1
    if low < 2:
        return None
    start = first - 1 if first and _CONTENTS_CAPTION.fullmatch(lines[first - 1]) else first
    return range(start, entries[low - 1] + 1)


# A line that starts a point or a sub-point ("1.", "2)", "5-1)", "а)", "–"), never a title.
_POINT = re.compile(rf"(\d+(?:{_DASH}\d+)*[.)]|\w\)|[-\u2013\u2014\u2022])\s", re.IGNORECASE)


def _title_line(line: str) -> bool:
    """Whether `line`, just under a heading that has no title, is that title ("Глава 1." then
    "Общие положения"): a short line that begins with a capital letter and is not a sentence
    (which ends with a full stop or a colon) nor a point."""
    return (
        len(line) <= 250
        and line[:1].isupper()
        and line[-1] not in ".:;,!?"
        and not _POINT.match(line)
        and _heading(line) is None
    )


def read_draft(text: str, *, keep_contents: bool = False) -> DraftReading:
    """The draft's preamble, chapters, paragraphs and articles, in the order they are
    written, with what was detected on the way.

    Each non-blank line is a paragraph. Lines before the first heading form the preamble (the
    law's title, "Проект", the date), which is left out when there are none. A table of
    contents at the top is left out (unless `keep_contents`) and its lines reported.
    """
    lines = [line for line in map(_clean, text.splitlines()) if line]
    headings = [_heading(line) for line in lines]
    skipped: list[str] = []
    if not keep_contents:
        contents = _contents_lines(lines, headings)
        if contents is not None:
            skipped = lines[contents.start : contents.stop]
            del lines[contents.start : contents.stop], headings[contents.start : contents.stop]

    elements = []
    joined = 0
    kind, number, title, heading = PREAMBLE, "", "", ""
    body: list[str] = []

    def close() -> None:
        if kind != PREAMBLE or body:
            elements.append(ParsedElement(kind, number, title, "\n\n".join(body), heading))

    index = 0
    while index < len(lines):
        line, found = lines[index], headings[index]
        index += 1
        if found is None:
            body.append(line)
            continue
        close()
        (kind, number, title), heading, body = found, line, []
        if not title and index < len(lines) and _title_line(lines[index]):
            title, heading = lines[index], f"{line} {lines[index]}"
            joined += 1
            index += 1
    close()
    return DraftReading(elements, contents=skipped, joined_titles=joined)


def split_draft(text: str) -> list[ParsedElement]:
    """The draft's elements; see `read_draft`."""
    return read_draft(text).elements


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


def _read_bytes(file) -> bytes:
    if isinstance(file, str | PathLike):
        with open(file, "rb") as stream:
            return stream.read()
    data = file.read()
    return data if isinstance(data, bytes) else b""


def _open_docx(file):
    data = _read_bytes(file)
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


def read_draft_file(file, *, keep_contents: bool = False) -> DraftReading:
    """A draft uploaded as DOCX or PDF, told apart by content (not by the file's name), read
    and split (see `read_draft`). Raises DraftFileError with a message for the editor."""
    data = _read_bytes(file)
    if is_pdf(data):
        return pdf_reading(io.BytesIO(data), keep_contents=keep_contents)
    if not data.startswith((b"PK", _OLE_SIGNATURE)):
        raise DraftFileError(_("This file is neither a Word (.docx) document nor a PDF."))
    reading = read_draft(docx_text(io.BytesIO(data)), keep_contents=keep_contents)
    reading.source = "docx"
    return reading


# --- PDF -----------------------------------------------------------------------------------

PDF_SIGNATURE = b"%PDF-"
MAX_PDF_PAGES = 400
# A page number alone on its line: "3", "- 3 -", "3/10", "Страница 3 из 10", "3-бет", "Page 3".
_PAGE_NUMBER = re.compile(
    rf"[{_DASHES}\-\s]*(?:(?:стр\.?|страница|бет|page|p\.)\s*)?\d{{1,4}}"
    rf"(?:\s*(?:из|of|/)\s*\d{{1,4}})?(?:\s*{_DASH}?\s*(?:бет|стр\.?))?[{_DASHES}\-\s]*",
    re.IGNORECASE,
)
_ENDS_SENTENCE = tuple('.;:!?»"')


@dataclass
class _PdfLine:
    page: int
    x: float
    y: float
    size: float
    text: str = ""


def is_pdf(data: bytes) -> bool:
    """Whether `data` is a PDF file by its content (its header, within the first kilobyte as
    the PDF standard allows), whatever the file's name says."""
    return PDF_SIGNATURE in data[:1024]


def _pdf_reader(data: bytes):
    # pypdf raises many kinds of errors on a damaged file; each means "cannot be read".
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise DraftFileError(_("This PDF document is protected with a password."))
        count = len(reader.pages)
    except DraftFileError:
        raise
    except Exception as error:  # noqa: BLE001 - see above
        raise DraftFileError(_("This PDF document is damaged and cannot be read.")) from error
    if count > MAX_PDF_PAGES:
        raise DraftFileError(
            _("This PDF document has more than %(count)s pages: paste the text instead.")
            % {"count": MAX_PDF_PAGES}
        )
    return reader


def _page_lines(page, number: int) -> list[_PdfLine]:
    """The page's lines of text, top to bottom, each where it starts on the page. The text
    is pypdf's (its spacing between words); the positions come from its visitor."""
    lines: list[_PdfLine] = []
    rows: dict[int, _PdfLine] = {}  # the lines by their rounded height on the page
    current: _PdfLine | None = None

    def visit(text, cm, tm, _font, font_size):
        nonlocal current
        if not text:
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        size = (font_size or 1) * (abs(tm[3] * cm[3]) or abs(tm[0] * cm[0]) or 1)
        for index, piece in enumerate(text.split("\n")):
            if index:  # a line ended inside the chunk
                current = None
                y -= size * 1.2
            if not piece.strip():
                continue
            if current is None or abs(current.y - y) > size / 2:
                row = round(y)
                near = next(
                    (
                        line
                        for other in (row, row - 1, row + 1)
                        if (line := rows.get(other)) is not None and abs(line.y - y) <= size / 2
                    ),
                    None,
                )
                if near is None:
                    current = rows[row] = _PdfLine(number, x, y, size)
                    lines.append(current)
                else:  # another part of a line already started (a page number beside a header)
                    current = near
                    piece = " " + piece
            current.text += piece
            current.x = min(current.x, x)

    page.extract_text(visitor_text=visit)
    for line in lines:
        line.text = _clean(line.text)
    lines = [line for line in lines if line.text]
    lines.sort(key=lambda line: -line.y)
    return lines


def _furniture(pages: list[list[_PdfLine]]) -> set[int]:
    """The ids of the lines that are running headers, footers or page numbers: at the top or
    the bottom of a page, a page number, or a line repeated (digits aside) on at least half
    of the pages."""

    def shape(line: _PdfLine) -> str:
        return re.sub(r"\d+", "#", line.text.lower())

    edges = [page[:3] + page[-3:] for page in pages]
    repeated: dict[str, int] = {}
    for edge in edges:
        for text in {shape(line) for line in edge}:
            repeated[text] = repeated.get(text, 0) + 1
    threshold = max(2, len(pages) / 2)
    furniture: set[int] = set()
    for page in pages:
        for run in (page[:3], page[-1:-4:-1]):
            for line in run:
                if _PAGE_NUMBER.fullmatch(line.text) or repeated.get(shape(line), 0) >= threshold:
                    furniture.add(id(line))
                else:
                    break
    return furniture


def _mode(values) -> float | None:
    counts: dict[float, int] = {}
    for value in values:
        counts[value] = counts.get(value, 0) + 1
    return max(counts, key=lambda value: (counts[value], -value)) if counts else None


def _paragraphs_of(lines: list[_PdfLine]) -> list[str]:
    """The lines joined into paragraphs, as a word processor laid them out: a paragraph starts
    at a heading, after a wider gap than between lines, at the first-line indent (official
    texts indent every paragraph), or, without an indent, after a short line that ends a
    sentence, and at a point ("1.", "2)", "а)") after a line that ends one."""
    if not lines:
        return []
    margin = _mode(round(line.x) for line in lines)
    indents = [round(line.x) - margin for line in lines if 3 < round(line.x) - margin < 100]
    indent = _mode(indents)
    indented = indent is not None and len(indents) >= max(3, len(lines) // 10)
    gaps = [
        round(before.y - after.y, 1)
        for before, after in zip(lines, lines[1:], strict=False)
        if before.page == after.page and 0 < before.y - after.y < 3 * before.size
    ]
    spacing = _mode(gaps) or 0
    lengths = sorted(len(line.text) for line in lines)
    full = lengths[int(len(lengths) * 0.9)] if lengths else 0

    paragraphs: list[list[_PdfLine]] = []
    heading = False
    for line in lines:
        previous = paragraphs[-1][-1] if paragraphs else None
        short = previous is not None and len(previous.text) < 0.75 * full
        ends = previous is not None and previous.text.endswith(_ENDS_SENTENCE)
        at_margin = abs(line.x - margin) <= 2
        if previous is None or _heading(line.text) is not None:
            new = True
        elif previous.page == line.page and previous.y - line.y > 1.5 * spacing > 0:
            new = True
        elif heading:  # a long heading goes on, at the margin or centred as it is
            at_indent = indented and abs(line.x - margin - indent) <= 2
            new = ends or at_indent or bool(_POINT.match(line.text)) or (at_margin and short)
        elif indented and abs(line.x - margin - indent) <= 2:
            new = True
        elif not at_margin:
            new = short or ends
        else:
            new = (ends and bool(_POINT.match(line.text))) or (short and ends)
        if new:
            paragraphs.append([line])
            heading = _heading(line.text) is not None
        else:
            paragraphs[-1].append(line)
    return [_join_lines([line.text for line in paragraph]) for paragraph in paragraphs]


def _join_lines(texts: list[str]) -> str:
    joined = texts[0]
    for text in texts[1:]:
        if joined.endswith("\u00ad"):  # a soft hyphen: the word goes on
            joined = joined[:-1] + text
        elif (
            joined.endswith(tuple(_DASHES + "-")) and joined[-2:-1].isalpha() and text[:1].islower()
        ):
            joined += text  # "консультативно-" + "совещательный"
        else:
            joined += " " + text
    return joined


def pdf_reading(file, *, keep_contents: bool = False) -> DraftReading:
    """A text PDF draft (as ministries publish them) read as a DOCX would be: paragraphs
    rebuilt from the lines of its pages, without running headers, footers and page numbers;
    then split (see `read_draft`).

    Raises DraftFileError when the file is not a readable PDF, or has no text (a scan)."""
    data = _read_bytes(file)
    if not is_pdf(data):
        raise DraftFileError(_("This file is not a PDF document."))
    reader = _pdf_reader(data)
    try:
        pages = [_page_lines(page, number) for number, page in enumerate(reader.pages)]
    except Exception as error:  # noqa: BLE001 - pypdf raises many kinds of errors on damaged files
        raise DraftFileError(_("This PDF document is damaged and cannot be read.")) from error
    characters = sum(len(line.text) for page in pages for line in page)
    if characters < max(20, 10 * len(pages)):
        raise DraftFileError(
            _(
                "This PDF has no text to read: it is probably a scan (pictures of the pages). "
                "Upload the DOCX or a PDF saved from Word, or paste the text."
            )
        )
    furniture = _furniture(pages)
    body = [line for page in pages for line in page if id(line) not in furniture]
    reading = read_draft("\n".join(_paragraphs_of(body)), keep_contents=keep_contents)
    reading.source, reading.pages, reading.furniture = "pdf", len(pages), len(furniture)
    return reading
