"""Which of the site's languages a piece of text is written in, for the `lang` attribute.

Screen readers choose their voice by `lang`: a Russian response shown on a Kazakh page must
say `lang="ru"`, or it is read with Kazakh pronunciation. Text whose language we record
(a draft's article in each language, a material) says so from its data; text people write
(comments, the commission's responses) carries no language, so it is recognised here:

- Kazakh writes nine letters Russian does not (ә ғ қ ң ө ұ ү һ і); most Kazakh words of a
  sentence have one. Russian text may quote a Kazakh name ("ТОО «Қазақ заң орталығы»"), so
  the words with those letters are weighed against words only Russian writes: its commonest
  short words and endings ("в", "для", "-ый", "-ого", "-ение"). Cyrillic text with more
  Kazakh words than Russian ones is Kazakh; other Cyrillic text is Russian.
- Mostly Latin text is English.
- Text too short or too mixed to tell (a name, a number, a citation) gives None: the caller
  then leaves the page's language in force.
"""

import re

_KAZAKH_ONLY = re.compile("[әғқңөұүһі]")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_LATIN = re.compile("[A-Za-z]")
_WORD = re.compile(r"[^\W\d_]+")
MIN_LETTERS = 12
_RUSSIAN_WORDS = frozenset(
    "в во и на не что с со по для от о об к из это как или но же при до за без также".split()
)
_RUSSIAN_ENDINGS = (
    "ый", "ий", "ой", "ая", "ое", "ые", "ого", "его", "ому", "ему", "ция", "ции", "ение",
    "ения", "ание", "ания", "ться", "ется", "ются", "ство", "ства",
)  # fmt: skip


def language_of_text(text: str) -> str | None:
    """ "kk", "ru" or "en" for a text clearly in one of them, else None."""
    text = (text or "").lower()
    cyrillic = len(_CYRILLIC.findall(text))
    latin = len(_LATIN.findall(text))
    if cyrillic + latin < MIN_LETTERS:
        return None
    if cyrillic >= 4 * latin:
        words = [word for word in _WORD.findall(text) if _CYRILLIC.search(word)]
        kazakh = sum(1 for word in words if _KAZAKH_ONLY.search(word))
        russian = sum(
            1
            for word in words
            if not _KAZAKH_ONLY.search(word)
            and (word in _RUSSIAN_WORDS or word.endswith(_RUSSIAN_ENDINGS))
        )
        return "kk" if kazakh > russian else "ru"
    if latin >= 4 * cyrillic:
        return "en"
    return None


def lang_attribute(text: str, page_language: str) -> str:
    """' lang="xx"' when `text` is clearly in another language than the page's, else ""."""
    language = language_of_text(text)
    if language and language != page_language:
        return f' lang="{language}"'
    return ""
