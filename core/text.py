"""Words as search sees them: the stems of Kazakh, Russian and English text, the stemmed-terms
index every searchable model keeps, and queries against it (matching, ranking, marking).

The design, and why:

- A searchable model keeps its own index in plain text columns that our code fills: the
  stems of every word of its text, once each, between single spaces (" прав человек құқық
  right "), `index_text()` / `index_parts()`. A query goes through the same stemmers
  (`query_variants()`, `Query`) and becomes plain `LIKE '% stem%'` filters. The same SQL runs on
  SQLite (development, tests) and PostgreSQL (production), so both find the same things in the
  same order; it needs no search engine and no database extension. PostgreSQL ships no Kazakh
  dictionary, and SQLite's FTS5 stems no Russian: a stemmer of the database's would find
  different things on each, and nothing in Kazakh.
- Words are stemmed one by one, the stemmer chosen by the word's script and the text's
  language: a Latin word with Snowball's English stemmer; a Cyrillic word with `kazakh_stem()`
  in a Kazakh text, or when it has a letter only Kazakh uses (ә ғ қ ң ө ұ ү һ і), and with
  Snowball's Russian stemmer otherwise. A query does not know the text's language, so each
  query word is tried under every stemmer that fits its script, and as written.
- A query word matches when any of its variants starts some term of the text: "прав" finds
  "правами" (stem "прав"). A variant shorter than three letters must be a whole term ("ес" is
  not every word that starts with "ес").

Its limits, known and accepted:

- Prefix matching finds more than the word: "прав" also matches "правительств" and "правил"
  (`Query.rank` puts a whole-term match above a prefix match).
- `kazakh_stem()` is a light suffix stripper (case, possessive and plural endings), not a
  morphological analyser: it knows no verbs, no vowel drop ("халық", "халқы") and only the
  commonest sound changes; derivational endings (-лық, -шы) are kept on purpose.
- No synonyms, no transliteration between Cyrillic and Latin; stop words only decide whether a
  row matches at all (`STOP_WORDS`), never which words are indexed.
- `index_parts()` keeps ~100 000 characters of terms: the end of a very long text may not be
  searchable.
"""

import functools
import operator
import re
import threading
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

import snowballstemmer
from django.db.models import Case, IntegerField, Q, Value, When
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

MAX_INDEX_CHARS = 100_000
MAX_QUERY_WORDS = 10
# A variant this long or longer matches the start of a term; a shorter one only a whole term.
MIN_PREFIX = 3

# Words are runs of letters and digits; Unicode-aware, so Kazakh letters are letters.
_WORD = re.compile(r"[^\W_]+")
# Combining accents left after NFC (a Russian stress mark: "пра́ва"), soft hyphens and
# zero-width characters that PDF and Word text carries inside words.
_INVISIBLE_CHARS = "\u0300-\u036f\u00ad\u200b-\u200f\u2060\ufeff"
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]")
# A word as it stands in a text to be shown, invisible characters inside it included.
_SHOWN_WORD = re.compile(f"[^\\W_]+(?:[{_INVISIBLE_CHARS}]+[^\\W_]+)*")
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


def index_parts(parts: Iterable[tuple[str | None, str]]) -> str:
    """A row's index from `(text, language)` pairs: the stems of every text (empty or None
    ones are skipped), once each, between single spaces and with a space at both ends
    (" прав человек "); "" when there are none. A row whose texts are in several languages
    (a draft article in Kazakh and Russian) stems each text in its own.

    Capped at MAX_INDEX_CHARS: terms past the cap are left out.
    """
    kept = []
    size = 1
    every = (term for text, language in parts if text for term in terms(text, language))
    for term in dict.fromkeys(every):
        size += len(term) + 1
        if size > MAX_INDEX_CHARS:
            break
        kept.append(term)
    return f" {' '.join(kept)} " if kept else ""


def index_text(*parts: str | None, language: str) -> str:
    """`index_parts()` of texts all in one language (kk, ru, en)."""
    return index_parts((part, language) for part in parts)


def language_of(text: str, default: str) -> str:
    """ "kk" for a text with a letter only Kazakh has, else `default`: for texts whose language
    nobody recorded (a comment is written in Kazakh or Russian)."""
    return "kk" if _KAZAKH_ONLY.search(text.lower()) else default


def _variants(word: str) -> set[str]:
    if _CYRILLIC.search(word):
        return {word, _russian_stem(word), kazakh_stem(word)}
    if _LATIN.search(word):
        return {word, _english_stem(word)}
    return {word}


def query_variants(query: str) -> list[set[str]]:
    """For each word of `query` (the first MAX_QUERY_WORDS), every form it may be indexed
    under: a Cyrillic word's Russian and Kazakh stems, a Latin word's English stem, and the
    word itself."""
    return [_variants(word) for word in list(dict.fromkeys(_words(query)))[:MAX_QUERY_WORDS]]


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


# --- Queries of the site search --------------------------------------------------------------

# Words that alone say nothing about what is sought: a row that matches only these does not
# match the query (they still must be there for "every word"). Kept short on purpose.
STOP_WORDS = frozenset(
    # Russian
    "и в во на по с со о об от до за из к ко у не ни для при как что это или а но же ли бы "
    "его ее их так все"
    # Kazakh
    " және мен бен пен үшін туралы бойынша жөніндегі немесе да де та те бұл осы сол ол "
    "әр барлық"
    # English
    " the a an of and or in on at to for by with from is are be as it this that".split()
)


@dataclass(frozen=True)
class QueryWord:
    """One word of a query and the forms it may be indexed under."""

    word: str
    variants: frozenset[str]

    def lookup(self, field: str, *, whole: bool = False) -> Q:
        """Rows whose terms in `field` have this word: a term that is one of its variants
        (`whole`), or that starts with one (variants shorter than MIN_PREFIX: whole only)."""
        return functools.reduce(
            operator.or_,
            (
                Q(**{f"{field}__contains": f" {variant} "})
                if whole or len(variant) < MIN_PREFIX
                else Q(**{f"{field}__contains": f" {variant}"})
                for variant in sorted(self.variants)
            ),
        )

    def marks(self, forms: frozenset[str]) -> bool:
        """Whether a shown word with these `forms` (`_forms()`) is one the query sought."""
        return any(
            form == variant or (len(variant) >= MIN_PREFIX and form.startswith(variant))
            for variant in self.variants
            for form in forms
        )


@functools.lru_cache(maxsize=65_536)
def _forms(word: str) -> frozenset[str]:
    """Every term a shown word may have been indexed under (its stems under each stemmer of
    its script, and itself)."""
    normal = _INVISIBLE.sub("", unicodedata.normalize("NFC", word).lower()).replace("ё", "е")
    return frozenset(_variants(normal))


@dataclass(frozen=True)
class Query:
    """What a visitor typed, as search uses it: its words (at most MAX_QUERY_WORDS; the
    number left out is `dropped`) with their variants, stop words set apart."""

    words: tuple[QueryWord, ...]
    dropped: int = 0

    @classmethod
    def parse(cls, text: str) -> "Query":
        words = list(dict.fromkeys(_words(text)))
        kept = words[:MAX_QUERY_WORDS]
        return cls(
            words=tuple(QueryWord(word, frozenset(_variants(word))) for word in kept),
            dropped=len(words) - len(kept),
        )

    def __bool__(self) -> bool:
        return bool(self.words)

    @property
    def significant(self) -> tuple[QueryWord, ...]:
        """The words a row must have at least one of: all but the stop words (all of them
        when every word is a stop word)."""
        chosen = tuple(word for word in self.words if word.word not in STOP_WORDS)
        return chosen or self.words

    def lookup(self, field: str = "search_terms") -> Q:
        """Rows that have at least one significant word of the query in `field`."""
        return functools.reduce(operator.or_, (word.lookup(field) for word in self.significant))

    def rank(self, *, title: str = "search_title", terms: str = "search_terms"):
        """A relevance score (an SQL expression, the same on every database): every
        significant word found first (+100), then for each word a whole term of the title
        (8), a term of the title that starts with it (6), a whole term elsewhere (2), or a
        term that starts with it (1)."""
        integer = IntegerField()
        score = Case(
            When(
                functools.reduce(operator.and_, (word.lookup(terms) for word in self.significant)),
                then=Value(100),
            ),
            default=Value(0),
            output_field=integer,
        )
        for word in self.significant:
            score = score + Case(
                When(word.lookup(title, whole=True), then=Value(8)),
                When(word.lookup(title), then=Value(6)),
                When(word.lookup(terms, whole=True), then=Value(2)),
                When(word.lookup(terms), then=Value(1)),
                default=Value(0),
                output_field=integer,
            )
        return score

    def _is_sought(self, shown_word: str) -> bool:
        forms = _forms(shown_word)
        return any(word.marks(forms) for word in self.words)

    def finds(self, text: str) -> bool:
        """Whether `text` has a word the query sought (to choose what to show)."""
        return any(self._is_sought(found[0]) for found in _SHOWN_WORD.finditer(text or ""))

    def highlight(self, text: str) -> SafeString:
        """`text`, escaped, with each word the query sought in <mark>."""
        parts = []
        position = 0
        for found in _SHOWN_WORD.finditer(text):
            if self._is_sought(found[0]):
                parts.append(escape(text[position : found.start()]))
                parts.append(f"<mark>{escape(found[0])}</mark>")
                position = found.end()
        parts.append(escape(text[position:]))
        return mark_safe("".join(parts))  # noqa: S308 - every part is escaped above

    def excerpt(self, text: str, *, words: int = 40) -> SafeString:
        """About `words` words of `text` around the first word the query sought (from the
        start when none is there), escaped and marked; "…" where text is left out."""
        text = " ".join(text.split())
        spans = [found.span() for found in _SHOWN_WORD.finditer(text)]
        if not spans:
            return self.highlight(text[:300])
        first = next(
            (index for index, (start, end) in enumerate(spans) if self._is_sought(text[start:end])),
            0,
        )
        start = max(0, min(first - words // 4, len(spans) - words))
        end = min(len(spans), start + words)
        begin = 0 if start == 0 else spans[start][0]
        finish = len(text) if end == len(spans) else spans[end - 1][1]
        shown = self.highlight(text[begin:finish])
        before = "… " if begin else ""
        after = " …" if finish < len(text) else ""
        return mark_safe(f"{before}{shown}{after}")  # noqa: S308 - `shown` is escaped


class SearchColumnsMixin:
    """A model with an index of its own: its `search_columns()` says the columns' values (the
    stems of its words, as {column: value}), and every save refreshes them, also a save of
    chosen fields."""

    def save(self, *args, **kwargs):
        columns = self.search_columns()
        for name, value in columns.items():
            setattr(self, name, value)
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], *columns}
        super().save(*args, **kwargs)
