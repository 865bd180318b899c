"""References in a draft's text to its own articles («статья 5», «статьёй 5-1», «5-бап»,
«5-бабының», «Article 5»), so that the published text can link them to the article.

A reference to another act stays plain text: in Russian and English the act is named after
the number («статьи 27 Закона Республики Казахстан ...», «Article 5 of the Constitution»), in
Kazakh before it («"Мемлекеттік қызмет туралы" Заңның 27-бабы», «Конституцияның 5-бабы»); «этого
/ настоящего Закона», «of this Law» and «осы Заңның» are the draft itself. Plain Python over
strings; the template tag `draft_text` turns the references into links.
"""

import re
from dataclasses import dataclass

_NUMBER = r"\d+(?:[-\u2010\u2011\u2013.]\d+)*"
_NUMBER_RE = re.compile(_NUMBER)
# Russian: «статья 5», «статьи 5 и 6», «статьёй 5-1»; English: «Article 5», «articles 5 and 6».
_WORD_FIRST = re.compile(
    rf"(?<![\w-])(?:стать(?:я|и|е|ю|ей|ёй|ями|ям|ях)|articles?)\s+"
    rf"(?P<numbers>{_NUMBER}(?:\s*(?:,|и|или|and|or)\s+{_NUMBER}|,\s*{_NUMBER})*)(?![\w-])",
    re.IGNORECASE,
)
# Kazakh: «5-бап», «5-1-бабының», «5 және 6-баптары», «5, 6-баптарда».
_NUMBER_FIRST = re.compile(
    rf"(?<![\w.-])(?P<numbers>{_NUMBER}(?:\s*,\s*{_NUMBER})*"
    rf"(?:\s+(?:және|мен|немесе)\s+{_NUMBER})?)\s*[-\u2010\u2011\u2013]\s*(?:бап|баб)\w*",
    re.IGNORECASE,
)
_SAME_ACT = frozenset("настоящего настоящей настоящих данного данной этого этой this".split())
_ACT_STEMS = (
    "закон",
    "кодекс",
    "конституц",
    "указ",
    "постановлен",
    "приказ",
    "правил",
    "положени",
    "регламент",
    "договор",
    "конвенц",
    "соглашени",
    "пакт",
    "устав",
    "law",
    "code",
    "constitution",
    "decree",
    "act",
    "convention",
    "treaty",
    "regulation",
    "covenant",
)
_KAZAKH_ACT_STEMS = (
    "заң",
    "кодекс",
    "конституция",
    "жарлығ",
    "жарлық",
    "қаулы",
    "бұйрығ",
    "бұйрық",
    "қағида",
    "ереже",
    "шарт",
    "конвенция",
    "келісім",
    "пакт",
)
_WORDS_AFTER = re.compile(r"\s*([\w-]+)")


@dataclass(frozen=True)
class Reference:
    start: int
    end: int
    number: str  # as the draft numbers its articles ("5", "5-1")


def _plain_number(number: str) -> str:
    return re.sub(r"[\u2010\u2011\u2013]", "-", number)


def _names_another_act_after(text: str, end: int) -> bool:
    """«... статьи 5 Закона Республики Казахстан»: the words after the reference (up to three,
    before any punctuation) name an act, and not «настоящего Закона»."""
    position = end
    for _count in range(3):
        word = _WORDS_AFTER.match(text, position)
        if word is None:
            return False
        lowered = word[1].lower()
        if lowered in _SAME_ACT:
            return False
        if lowered.startswith(_ACT_STEMS):
            return True
        position = word.end()
    return False


def _names_another_act_before(text: str, start: int) -> bool:
    """«Конституцияның 5-бабы», «"…туралы" Заңның 5-бабы»: an act is named in one of the two
    words before the reference, and not «осы Заңның»."""
    words = re.findall(r"[\w«»\"]+", text[max(0, start - 120) : start])[-3:]
    for index in range(len(words) - 1, max(-1, len(words) - 3), -1):
        word = words[index].strip('«»"').lower()
        if word.startswith(_KAZAKH_ACT_STEMS):
            return not (index > 0 and words[index - 1].lower() == "осы")
    return False


def find_references(text: str, numbers) -> list[Reference]:
    """The references in `text` to the articles numbered `numbers` (of the same draft), in
    order. A list («статьи 5 и 6», «5 және 6-баптары») gives one reference per number: the
    first one spans the word, the others their number alone."""
    found: list[Reference] = []
    for pattern, after in ((_WORD_FIRST, True), (_NUMBER_FIRST, False)):
        for match in pattern.finditer(text):
            if after and _names_another_act_after(text, match.end()):
                continue
            if not after and _names_another_act_before(text, match.start()):
                continue
            listed = list(_NUMBER_RE.finditer(text, match.start("numbers"), match.end("numbers")))
            for index, number in enumerate(listed):
                plain = _plain_number(number[0])
                if plain not in numbers:
                    continue
                start = match.start() if index == 0 and after else number.start()
                end = number.end() if after or index + 1 < len(listed) else match.end()
                found.append(Reference(start, end, plain))
    found.sort(key=lambda reference: reference.start)
    return [
        reference
        for index, reference in enumerate(found)
        if index == 0 or reference.start >= found[index - 1].end
    ]
