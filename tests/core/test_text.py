"""Words as search sees them (core/text.py): Kazakh, Russian and English stems, the terms
index, and queries against it (matching, ranking, marking), on a real table of the test
database."""

import pytest
from django.contrib.auth.models import Group

from core.text import (
    MAX_INDEX_CHARS,
    Query,
    index_parts,
    index_text,
    kazakh_stem,
    language_of,
    matching,
    query_variants,
    terms,
)

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


# --- Several languages in one row ------------------------------------------------------------


def test_index_parts_stems_each_text_in_its_own_language():
    assert index_parts([("құқықтары", "kk"), ("правами", "ru"), ("rights", "en")]) == (
        " құқық прав right "
    )
    assert index_parts([("Заңы", "kk"), ("Заңы", "ru"), ("закона", "ru")]) == " заң закон "
    assert index_parts([("", "kk"), (None, "ru")]) == ""


def test_language_of_a_text_nobody_recorded():
    assert language_of("Қоғамдық кеңес", "ru") == "kk"
    assert language_of("Общественный совет", "ru") == "ru"
    assert language_of("Public council", "en") == "en"


# --- Queries of the site search ---------------------------------------------------------------


def test_a_query_keeps_ten_words_and_says_how_many_it_left_out():
    query = Query.parse(" ".join(f"слово{number}" for number in range(12)) + " слово0")
    assert [word.word for word in query.words] == [f"слово{number}" for number in range(10)]
    assert query.dropped == 2
    assert not Query.parse("?! — .")
    assert Query.parse("мониторинг").dropped == 0


def test_stop_words_alone_do_not_make_a_match_unless_they_are_all_there_is():
    query = Query.parse("мониторинг по правам и в НПО")
    assert [word.word for word in query.significant] == ["мониторинг", "правам", "нпо"]
    assert [word.word for word in Query.parse("по the").significant] == ["по", "the"]


@pytest.fixture
def rows(db):
    """Group names stand in for a row's search_terms: a query needs only a text column."""
    texts = {
        "councils": ("Общественные советы и мониторинг", "ru"),
        "monitoring": ("Мониторинг судов", "ru"),
        "kazakh": ("Қоғамдық кеңестердің құрамы", "kk"),
        "short": ("Есеп беру", "kk"),
        "prefix": ("Есептілік", "kk"),
        "prepositions": ("По на за", "ru"),
    }
    return {
        name: Group.objects.create(name=index_text(text, language=language))
        for name, (text, language) in texts.items()
    }


def matched(rows, text) -> list[str]:
    """The names of the rows `text` matches, most relevant first (then by name)."""
    query = Query.parse(text)
    names = {group.pk: name for name, group in rows.items()}
    found = (
        Group.objects.filter(pk__in=names)
        .filter(query.lookup("name"))
        .annotate(rank=query.rank(title="name", terms="name"))
        .order_by("-rank", "pk")
    )
    return [names[group.pk] for group in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("общественный совет", ["councils"]),
        ("мониторинга", ["councils", "monitoring"]),
        # every word first, then some of them
        ("мониторинг судов", ["monitoring", "councils"]),
        ("қоғамдық кеңес", ["kazakh"]),
        ("кеңестің", ["kazakh"]),
        # a variant of two letters is a whole term, not the start of every word
        ("ес", []),
        ("есеп", ["short", "prefix"]),
        # stop words alone match only rows where they are all the query has
        ("мониторинг по", ["councils", "monitoring"]),
        ("по на", ["prepositions"]),
        ("", []),
    ],
)
def test_a_row_matches_any_significant_word_ranked_by_how_well(rows, text, expected):
    if not Query.parse(text):
        assert expected == []
        return
    assert matched(rows, text) == expected


def test_a_whole_term_ranks_above_a_term_that_only_starts_with_the_word(rows):
    assert matched(rows, "есеп")[0] == "short"


def test_highlight_marks_every_form_of_the_words_and_escapes_the_rest():
    query = Query.parse("права кеңес")
    assert query.highlight("<b>Права</b> и правами; кеңестің & правительство") == (
        "&lt;b&gt;<mark>Права</mark>&lt;/b&gt; и <mark>правами</mark>; <mark>кеңестің</mark> "
        "&amp; <mark>правительство</mark>"
    )
    assert Query.parse("пра\u0301ва").highlight("пра\u00adва") == "<mark>пра\u00adва</mark>"


def test_an_excerpt_is_a_window_around_the_first_word_sought():
    text = " ".join(f"w{number}" for number in range(100)) + " мониторинг " + "хвост " * 100
    excerpt = Query.parse("мониторинга").excerpt(text, words=20)
    assert excerpt.startswith("… w95 ")
    assert "<mark>мониторинг</mark>" in excerpt
    assert excerpt.endswith(" …")
    assert len(excerpt.split()) == 20 + 2 + 0
    assert Query.parse("x").excerpt("короткий текст") == "короткий текст"
    assert Query.parse("x").excerpt("") == ""
    assert Query.parse("x").excerpt("<i>") == "&lt;i&gt;"
