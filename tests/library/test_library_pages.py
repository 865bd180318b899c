"""A visitor finds materials on the library page: by any form of a Russian or Kazakh word in the
title or in the file, narrowed by type, topic, language and year, sorted, page by page; and
the page asks the database the same number of questions for ten materials or two thousand.

Search is plain SQL on stemmed terms (library/text.py), so these tests run as they are on
SQLite and on PostgreSQL.
"""

import datetime
import uuid
from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from events.models import Registration
from library.models import Download, Material
from library.text import index_text
from partners.models import FocusArea
from tests.factories import (
    make_event,
    make_library,
    make_material,
    translate,
    verified_member,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def library(homes):
    """The library, read in English (the materials themselves are in any language)."""
    return translate(make_library(homes["kk"]), "en", title="Library", slug="library")


def unsaved(title, **fields) -> Material:
    """A material without a file (the list needs none), with its search terms set as
    `Material.save` would."""
    language = fields.setdefault("language", "ru")
    return Material(
        title=title,
        file=f"documents/fake-{uuid.uuid4().hex}.pdf",
        file_size=1024,
        search_terms=index_text(title, fields.get("description", ""), language=language),
        **fields,
    )


def add_topics(materials, topics):
    through = Material.topics.through
    through.objects.bulk_create(
        through(material_id=material.pk, focusarea_id=topic.pk)
        for material in materials
        for topic in topics
    )


def add_materials(count, *, title="Material {n}", topics=(), **fields):
    """`count` materials built in one query; `title` may use `{n}`."""
    materials = Material.objects.bulk_create(
        unsaved(title.format(n=n), **fields) for n in range(count)
    )
    add_topics(materials, topics)
    return materials


def titles(response) -> list[str]:
    """The materials on the page, in order, as a visitor reads them."""
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return [link.get_text() for link in soup.select("article.material-card .event-card__title a")]


def status(response) -> str:
    soup = BeautifulSoup(response.content, "html.parser")
    line = soup.select_one('[role="status"]') or soup.select_one(".empty")
    return " ".join(line.get_text().split())


def search(client, library, **query):
    return client.get(library.url, query)


# --- Search ----------------------------------------------------------------------------------


def test_russian_material_is_found_by_an_inflected_word(client, library):
    make_material(title="Защита прав человека", language="ru", filename="zashchita.pdf")
    make_material(title="Экологический кодекс", language="ru", filename="kodeks.pdf")

    response = search(client, library, q="правами")

    assert titles(response) == ["Защита прав человека"]
    assert status(response) == "1 material"


def test_russian_material_is_found_by_words_only_in_its_file(
    client, library, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        material = make_material(
            title="Методическое пособие",
            language="ru",
            text="Мониторинг судебных заседаний",
            filename="posobie.pdf",
        )
    material.refresh_from_db()
    assert material.file_text == "Мониторинг судебных заседаний"

    assert titles(search(client, library, q="судебного мониторинга")) == ["Методическое пособие"]
    assert titles(search(client, library, q="заседания")) == ["Методическое пособие"]


def test_file_text_is_not_searched_before_it_is_read(client, library):
    """Until the task has read the file (after the upload's transaction commits), only the
    title and description are searched."""
    make_material(
        title="Методическое пособие",
        language="ru",
        text="Мониторинг судебных заседаний",
        filename="posobie.pdf",
    )

    assert titles(search(client, library, q="заседания")) == []


@pytest.mark.parametrize("query", ["адам құқықтары", "құқықтарын", "Адам"])
def test_kazakh_material_is_found_by_its_title_words(client, library, query):
    make_material(title="Адам құқықтары туралы анықтамалық", language="kk", filename="adam.pdf")
    make_material(title="Еңбек кодексі", language="kk", filename="enbek.pdf")

    assert titles(search(client, library, q=query)) == ["Адам құқықтары туралы анықтамалық"]


def test_unrelated_word_finds_nothing(client, library):
    make_material(title="Защита прав человека", language="ru", filename="zashchita.pdf")
    make_material(title="Адам құқықтары туралы анықтамалық", language="kk", filename="adam.pdf")

    response = search(client, library, q="экология")

    assert titles(response) == []
    assert status(response) == "No material matches this search. Show all"


def test_every_word_of_the_query_must_match(client, library):
    make_material(title="Защита прав человека", language="ru", filename="zashchita.pdf")

    assert titles(search(client, library, q="права экология")) == []


def test_empty_library_says_so(client, library):
    assert status(search(client, library)) == "The library has no materials yet."


def test_unlisted_and_staff_only_materials_are_not_listed(client, library):
    make_material(title="Защита прав человека", language="ru", filename="a.pdf")
    make_material(title="Права человека: повестка", language="ru", is_listed=False)
    make_material(title="Права человека: внутренняя записка", language="ru", access="staff")

    assert titles(search(client, library, q="права")) == ["Защита прав человека"]


# --- Filters, pagination, sorting ------------------------------------------------------------


@pytest.fixture
def filtered_set():
    """One material that passes every filter and, for each filter, one that fails only it."""
    children, women = FocusArea.objects.get(code="children"), FocusArea.objects.get(code="women")
    base = {
        "description": "Доклад уполномоченного по правам человека",
        "language": "ru",
        "kind": "report",
        "published_on": datetime.date(2023, 5, 1),
    }

    def one(title, topic=children, **changes):
        return add_materials(1, title=title, topics=[topic], **{**base, **changes})[0]

    return {
        "match": one("Доклад о правах ребёнка"),
        "search": one("Доклад об экологии", description="Экологический доклад"),
        "kind": one("Справочник о правах ребёнка", kind="handbook"),
        "topic": one("Доклад о правах женщин", topic=women),
        "language": one("Баяндама", language="kk"),
        "year": one("Доклад 2022 года", published_on=datetime.date(2022, 3, 1)),
    }


ALL_FILTERS = {
    "search": {"q": "уполномоченного"},
    "kind": {"kind": "report"},
    "topic": {"topic": "children"},
    "language": {"language": "ru"},
    "year": {"year": "2023"},
}


def test_filters_combine_with_search(client, library, filtered_set):
    query = {key: value for part in ALL_FILTERS.values() for key, value in part.items()}

    assert titles(search(client, library, **query)) == [filtered_set["match"].title]


@pytest.mark.parametrize("dropped", list(ALL_FILTERS))
def test_each_filter_excludes_its_own(client, library, filtered_set, dropped):
    """Without one filter, exactly the material that fails only that filter comes back."""
    query = {
        key: value
        for name, part in ALL_FILTERS.items()
        if name != dropped
        for key, value in part.items()
    }

    assert set(titles(search(client, library, **query))) == {
        filtered_set["match"].title,
        filtered_set[dropped].title,
    }


def test_an_invalid_filter_is_dropped_and_the_others_still_apply(client, library, filtered_set):
    response = search(client, library, q="уполномоченного", kind="report", year="1999")

    assert set(titles(response)) == {
        filtered_set[name].title for name in ("match", "topic", "language", "year")
    }


def test_filters_survive_pagination(client, library):
    children = FocusArea.objects.get(code="children")
    fields = {"language": "ru", "kind": "law", "published_on": datetime.date(2024, 1, 1)}
    add_materials(25, title="Закон о правах ребёнка {n:02d}", topics=[children], **fields)
    add_materials(5, title="Закон о правах человека {n}", **fields)  # no topic
    add_materials(5, title="Справочник о правах ребёнка {n}", topics=[children], language="ru")
    query = {
        "q": "правах",
        "kind": "law",
        "topic": "children",
        "language": "ru",
        "year": "2024",
        "sort": "title",
    }

    first = search(client, library, **query)

    assert status(first) == "25 materials"
    assert titles(first) == [f"Закон о правах ребёнка {n:02d}" for n in range(20)]
    soup = BeautifulSoup(first.content, "html.parser")
    assert soup.select_one(".pagination [aria-current]").get_text() == "Page 1 of 2"
    next_link = soup.select_one('.pagination a[rel="next"]')["href"]
    assert parse_qs(urlsplit(next_link).query) == {
        **{key: [value] for key, value in query.items()},
        "page": ["2"],
    }

    second = client.get(library.url + next_link)

    assert titles(second) == [f"Закон о правах ребёнка {n:02d}" for n in range(20, 25)]
    previous_link = BeautifulSoup(second.content, "html.parser").select_one(
        '.pagination a[rel="prev"]'
    )["href"]
    assert parse_qs(urlsplit(previous_link).query)["q"] == ["правах"]


def test_filter_choices_offer_the_years_of_listed_materials(client, library):
    add_materials(1, title="A", published_on=datetime.date(2021, 1, 1))
    add_materials(1, title="B", published_on=datetime.date(2024, 1, 1))
    add_materials(1, title="C", published_on=datetime.date(2019, 1, 1), is_listed=False)
    add_materials(1, title="D", published_on=datetime.date(2018, 1, 1), access="staff")

    soup = BeautifulSoup(client.get(library.url).content, "html.parser")

    options = [option.get_text() for option in soup.select('select[name="year"] option')]
    assert options == ["All years", "2024", "2021"]


@pytest.fixture
def three_materials():
    oldest = add_materials(
        1, title="Бюджет", published_on=datetime.date(2020, 1, 1), download_count=5
    )[0]
    newest = add_materials(
        1, title="Азбука", published_on=datetime.date(2024, 1, 1), download_count=1
    )[0]
    undated = add_materials(1, title="Выборы", download_count=3)[0]
    # downloads not yet rolled up count too: "Азбука" has 1 + 6 = 7
    Download.objects.bulk_create(Download(material=newest) for _ in range(6))
    return oldest, newest, undated


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        (None, ["Азбука", "Бюджет", "Выборы"]),  # newest first, undated last
        ("newest", ["Азбука", "Бюджет", "Выборы"]),
        ("oldest", ["Бюджет", "Азбука", "Выборы"]),
        ("title", ["Азбука", "Бюджет", "Выборы"]),
        ("popular", ["Азбука", "Бюджет", "Выборы"]),
    ],
)
def test_sorting(client, library, three_materials, sort, expected):
    query = {"sort": sort} if sort else {}

    assert titles(search(client, library, **query)) == expected


def test_most_downloaded_first_counts_downloads_not_yet_rolled_up(client, library, three_materials):
    Download.objects.bulk_create(Download(material=three_materials[2]) for _ in range(10))

    response = search(client, library, sort="popular")

    assert titles(response) == ["Выборы", "Азбука", "Бюджет"]
    soup = BeautifulSoup(response.content, "html.parser")
    counts = [" ".join(p.get_text().split()).rsplit("· ", 1)[1] for p in soup.select(".meta")]
    assert counts == ["13 downloads", "7 downloads", "5 downloads"]


def test_title_sort_then_search(client, library, three_materials):
    assert titles(search(client, library, q="выборов", sort="title")) == ["Выборы"]


# --- What a card shows -----------------------------------------------------------------------


def test_card_shows_type_language_file_size_versions_and_downloads(client, library):
    russian = make_material(
        title="Защита прав человека",
        language="ru",
        kind="handbook",
        published_on=datetime.date(2024, 3, 15),
        source="Уполномоченный по правам человека",
        filename="zashchita.pdf",
    )
    kazakh = make_material(
        title="Адам құқықтарын қорғау", language="kk", translation_of=russian, filename="adam.pdf"
    )
    Download.objects.bulk_create(Download(material=russian) for _ in range(2))

    response = search(client, library, q="защита")

    card = BeautifulSoup(response.content, "html.parser").select_one("article.material-card")
    assert " ".join(card.select_one(".event-card__kind").get_text().split()) == (
        "Handbook and methodology · Русский"
    )
    meta = " ".join(card.select(".meta")[0].get_text().split())
    size = f"{russian.file_size / 1024:.1f} KB"  # the no-break space, split away
    assert meta == (
        f"PDF, {size} · March 15, 2024 · Уполномоченный по правам человека · 2 downloads"
    )
    versions = card.select(".meta")[1]
    assert [(a.get_text(), a["href"]) for a in versions.select("a")] == [
        ("Қазақша", library.url + f"{kazakh.pk}/")
    ]


# --- SQL queries do not grow with the library -------------------------------------------------


@pytest.fixture
def populated(library, event_index):
    """Ten materials of every sort, mixed as a real library mixes them: Russian reports with
    topics, Kazakh laws, slides for an event's participants, handbooks; every other one with
    an English version; every third with downloads not yet rolled up. `grow()` adds 1,990
    more of the same mix."""
    event = make_event(event_index, title="Seminar A")
    topics = list(FocusArea.objects.all()[:3])
    variants = [
        {"title": "Доклад", "kind": "report", "language": "ru"},
        {"title": "Заң", "kind": "law", "language": "kk"},
        {"title": "Слайды", "kind": "presentation", "access": "participants", "event": event},
        {"title": "Справочник", "kind": "handbook", "access": "members", "language": "ru"},
    ]

    def add(count, start):
        materials = []
        for n in range(start, start + count):
            variant = dict(variants[n % len(variants)])
            title = f"{n:04d} {variant.pop('title')}"
            published = datetime.date(2020 + n % 5, 1, 1)
            materials.append(unsaved(title, published_on=published, **variant))
        materials = Material.objects.bulk_create(materials)
        add_topics([m for m in materials if m.kind == "report"], topics)
        english = Material.objects.bulk_create(
            unsaved(
                f"{material.title} (English)",
                language="en",
                kind=material.kind,
                access=material.access,
                event=material.event,
                published_on=material.published_on,
                translation_of=material,
                translation_key=material.translation_key,
            )
            for material in materials[::2]
        )
        Download.objects.bulk_create(Download(material=m) for m in [*materials, *english][::3])
        return materials

    first = add(10, 0)
    # more than two pages of the list, every kind of card among them
    return {"event": event, "first": first, "grow": lambda: add(40, 10)}


def count_queries(client, url) -> int:
    client.get(url)  # warm caches (the site's root paths) as a running server has them
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("viewer", ["anonymous", "member", "participant"])
def test_library_page_queries_do_not_grow_with_the_library(client, library, populated, viewer):
    if viewer != "anonymous":
        person = verified_member()
        if viewer == "participant":
            Registration.objects.create(event=populated["event"], person=person, status="confirmed")
        client.force_login(person)
    urls = [
        library.url,
        library.url + "?sort=popular&page=2",
        library.url + "?q=доклад&kind=report&topic=children&language=ru&year=2020",
    ]

    small = [count_queries(client, url) for url in urls]
    populated["grow"]()
    assert Material.objects.count() > 2 * 20 + 10
    large = [count_queries(client, url) for url in urls]

    assert large == small


@pytest.mark.parametrize("viewer", ["anonymous", "member"])
def test_material_page_queries_do_not_grow_with_the_library(client, library, populated, viewer):
    if viewer == "member":
        client.force_login(verified_member())
    plain = populated["first"][0]
    with_event = populated["first"][2]
    assert with_event.event_id is not None

    small = [count_queries(client, library.url + f"{m.pk}/") for m in (plain, with_event)]
    populated["grow"]()
    large = [count_queries(client, library.url + f"{m.pk}/") for m in (plain, with_event)]

    assert large == small


def test_material_page_queries_do_not_grow_with_topics_and_versions(client, library):
    bare = add_materials(1, title="Одна версия")[0]
    rich = add_materials(1, title="Много версий", topics=FocusArea.objects.all()[:5])[0]
    versions = add_materials(2, title="Version {n}", language="en")
    for version in versions:
        version.translation_key = rich.translation_key
    Material.objects.bulk_update(versions, ["translation_key"])

    assert count_queries(client, library.url + f"{bare.pk}/") == count_queries(
        client, library.url + f"{rich.pk}/"
    )
