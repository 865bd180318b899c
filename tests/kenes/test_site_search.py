"""A visitor searches the whole site from /<lang>/search/: pages, draft articles, library
materials, published comments with their responses and partner organisations, in Kazakh,
Russian or English, by any form of a word; and sees only what they may see.

The relevance set runs against the demo site (`seed_demo`), on SQLite and on PostgreSQL alike.
"""

import html
import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection
from django.db.models import Q
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django.utils.html import strip_tags
from wagtail.models import Page, PageViewRestriction
from wagtail.search.models import IndexEntry

from consultations.models import (
    Comment,
    ConsultationPage,
    DraftElement,
    DraftVersion,
    Response,
)
from consultations.parsing import split_draft
from consultations.services import version_import, version_publish
from core.text import Query
from demo import content
from demo import library as demo_library
from events.models import Registration
from kenes.forms import SEARCH_QUERY_MAX_LENGTH
from kenes.models import PageSearchTerms
from kenes.search import RESULTS_PER_GROUP, RESULTS_PER_PAGE
from library.access import Viewer, decide, downloadable
from library.models import Material
from partners.models import Organisation
from tests.accounts.test_two_factor import with_totp
from tests.checks import check_page
from tests.factories import (
    OrganisationFactory,
    UserFactory,
    make_consultation,
    make_consultation_index,
    make_library,
    make_material,
    make_news,
    make_news_index,
    member_of,
    staff_user,
    translate,
    translated,
    verified_member,
)

pytestmark = pytest.mark.django_db


def plain(safe) -> str:
    return html.unescape(strip_tags(str(safe)))


def search(client, language, query, kind="", **params):
    response = client.get(f"/{language}/search/", {"q": query, "kind": kind, **params})
    assert response.status_code == 200
    return response


def kind_page(client, language, query, kind):
    """[(title as text, url)] of the first page of one kind's results."""
    page = search(client, language, query, kind).context["results"].page
    return [(plain(hit.title), hit.url) for hit in page.hits] if page else []


def counts(client, language, query) -> dict:
    results = search(client, language, query).context["results"]
    return {group.key: group.count for group in results.groups}


# --- Who sees what, on a small site ----------------------------------------------------------


@pytest.fixture
def site(homes):
    news = make_news_index(homes["kk"])
    library = make_library(homes["kk"])
    return {"homes": homes, "news": news, "library": library}


def test_a_members_only_material_for_members_of_verified_organisations_only(client, site):
    make_material(title="Қоғамдық бақылау әдістемесі", access="members", language="kk")

    def found():
        return kind_page(client, "kk", "бақылау", "materials")

    assert found() == []
    client.force_login(member_of(OrganisationFactory(status="pending")))
    assert found() == []
    client.force_login(verified_member())
    assert [title for title, _url in found()] == ["Қоғамдық бақылау әдістемесі"]


def test_staff_only_materials_are_never_listed_to_others(client, site):
    make_material(title="Ішкі ереже", access="staff", language="kk")
    for person in (None, verified_member(), staff_user()):  # staff without the second factor
        if person is not None:
            client.force_login(person)
        assert counts(client, "kk", "ереже")["materials"] == 0
    staff = staff_user()
    with_totp(staff)
    client.force_login(staff)
    assert counts(client, "kk", "ереже")["materials"] == 1


def test_material_links_go_to_its_page_in_the_library(client, site):
    material = make_material(title="Адам құқықтары туралы нұсқаулық", language="kk")
    assert kind_page(client, "kk", "нұсқаулық", "materials") == [
        ("Адам құқықтары туралы нұсқаулық", f"{site['library'].url}{material.pk}/")
    ]


def test_unpublished_private_and_other_language_pages_are_never_found(client, site):
    live = make_news(site["news"], title="Мониторинг нәтижелері", slug="live")
    gone = make_news(site["news"], title="Мониторинг жоспары", slug="gone")
    gone.unpublish()
    private = make_news(site["news"], title="Мониторинг хаттамасы", slug="private")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    translate(site["news"], "ru", title="Новости")
    translate(live, "ru", title="Итоги мониторинга")

    assert [url for _title, url in kind_page(client, "kk", "мониторинг", "pages")] == [live.url]
    assert [title for title, _url in kind_page(client, "ru", "мониторинг", "pages")] == [
        "Итоги мониторинга"
    ]
    client.force_login(verified_member())  # signed in: a login-only page is still not listed
    assert [url for _title, url in kind_page(client, "kk", "мониторинг", "pages")] == [live.url]


def test_a_page_is_indexed_when_published_not_when_its_draft_is_saved(client, site):
    news = make_news(site["news"], title="Дөңгелек үстел", intro="Азаматтық қоғам")
    news.intro = "Сайлау туралы"
    news.save_revision()  # a draft: the live page still says what it said
    assert counts(client, "kk", "сайлау")["pages"] == 0
    assert counts(client, "kk", "азаматтық")["pages"] == 1
    news.get_latest_revision().publish()
    assert counts(client, "kk", "сайлау")["pages"] == 1
    assert counts(client, "kk", "азаматтық")["pages"] == 0


def test_wagtails_index_stores_no_page_and_the_admin_searches_ours(client, site):
    make_news(site["news"], title="Шымкенттегі семинар")
    call_command("update_index", verbosity=0)
    page_types = ContentType.objects.filter(
        pk__in=Page.objects.values("content_type")
    ) | ContentType.objects.filter(app_label="wagtailcore", model="page")
    assert not IndexEntry.objects.filter(content_type__in=page_types).exists()

    admin = UserFactory(is_staff=True, is_superuser=True)
    with_totp(admin)
    client.force_login(admin)
    # any form of the word, through the admin's page search and its chooser
    response = client.get("/admin/pages/search/", {"q": "семинарлар"})
    assert response.status_code == 200
    assert [page.title for page in response.context["pages"]] == ["Шымкенттегі семинар"]
    chooser = client.get("/admin/choose-page/search/", {"q": "семинарға"})
    assert chooser.status_code == 200
    assert "Шымкенттегі семинар" in chooser.content.decode()
    everything = client.get("/admin/pages/search/", {"q": ""})
    assert everything.status_code == 200


def test_the_index_follows_changes_to_organisations_materials_and_responses(client, site):
    organisation = OrganisationFactory(name_ru="Фонд «Открытый диалог»", name_kk="")
    assert counts(client, "ru", "диалога")["organisations"] == 1
    organisation.name_ru = "Фонд «Гражданский контроль»"
    organisation.save()
    assert counts(client, "ru", "диалога")["organisations"] == 0
    assert counts(client, "ru", "контроля")["organisations"] == 1

    material = make_material(title="Есеп", language="kk")
    material.file_text = "Жаңа әдістеме"  # as the task that reads the file leaves it
    material.save(update_fields=["file_text"])
    assert counts(client, "kk", "әдістемесі")["materials"] == 1
    material.file_text = "Басқа мәтін"
    material.save(update_fields=["file_text"])
    assert counts(client, "kk", "әдістемесі")["materials"] == 0

    page = make_consultation(make_consultation_index(site["homes"]["kk"]))
    version = DraftVersion.objects.create(consultation=page, number=1, published_at=timezone.now())
    element = DraftElement.objects.create(
        version=version, position=1, kind="article", number="1", title_kk="Мерзім"
    )
    assert counts(client, "kk", "мерзімі")["articles"] == 1
    element.title_kk = "Құрам"
    element.save()
    assert counts(client, "kk", "мерзімі")["articles"] == 0
    comment = Comment.objects.create(
        consultation=page,
        version=version,
        element=element,
        author_name="Айгүл",
        remark="Құрамды өзгерту керек",
        status="published",
        language="kk",
        published_at=timezone.now(),
    )
    assert counts(client, "kk", "дәлелді")["comments"] == 0
    Response.objects.create(comment=comment, decision="noted", reasoning="Дәлелді жауап берілді")
    assert counts(client, "kk", "дәлелді")["comments"] == 1


def test_search_terms_command_fills_the_index_of_rows_saved_before_it(client, site):
    make_news(site["news"], title="Шымкенттегі семинар")
    make_material(title="Семинар бағдарламасы", language="kk")
    OrganisationFactory(name_kk="Семинар орталығы")
    PageSearchTerms.objects.all().delete()
    Material.objects.update(search_terms="", search_title="")
    Organisation.objects.update(search_terms="", search_title="")
    assert counts(client, "kk", "семинар") == {
        "pages": 0,
        "articles": 0,
        "materials": 0,
        "comments": 0,
        "measures": 0,
        "organisations": 0,
    }

    call_command("search_terms", stdout=io.StringIO())

    assert counts(client, "kk", "семинар") == {
        "pages": 1,
        "articles": 0,
        "materials": 1,
        "comments": 0,
        "measures": 0,
        "organisations": 1,
    }


# --- The page: groups, the kind filter, pages of results, marks, messages ----------------------


def test_results_are_grouped_by_kind_with_counts_and_a_link_to_each_kind(client, site):
    for number in range(RESULTS_PER_GROUP + 2):
        OrganisationFactory(name_kk=f"Мониторинг орталығы {number}")
    make_material(title="Мониторинг әдістемесі", language="kk")
    response = search(client, "kk", "мониторинг")
    results = response.context["results"]
    organisations = next(group for group in results.groups if group.key == "organisations")
    assert organisations.count == RESULTS_PER_GROUP + 2
    assert len(organisations.hits) == RESULTS_PER_GROUP
    body = response.content.decode()
    assert (
        'href="?q=%D0%BC%D0%BE%D0%BD%D0%B8%D1%82%D0%BE%D1%80%D0%B8%D0%BD%D0%B3&amp;kind=organisations"'
        in body
    )
    assert results.total == RESULTS_PER_GROUP + 3
    check_page(body)


def test_one_kind_is_paginated(client, site):
    for number in range(RESULTS_PER_PAGE + 2):
        OrganisationFactory(name_kk=f"Мониторинг орталығы {number:02d}")
    first = search(client, "kk", "мониторинг", "organisations")
    assert len(first.context["results"].page.hits) == RESULTS_PER_PAGE
    assert "kind=organisations&amp;page=2" in first.content.decode()
    second = search(client, "kk", "мониторинг", "organisations", page=2)
    assert len(second.context["results"].page.hits) == 2
    check_page(second.content.decode())


def test_title_matches_come_before_text_matches_and_all_words_before_some(client, site):
    OrganisationFactory(name_ru="Центр помощи", description="Мониторинг судов")
    OrganisationFactory(name_ru="Мониторинг судов", description="")
    OrganisationFactory(name_ru="Мониторинг выборов", description="")
    OrganisationFactory(name_ru="Суды", description="")
    found = [title for title, _url in kind_page(client, "ru", "мониторинг судов", "organisations")]
    assert found == ["Мониторинг судов", "Центр помощи", "Мониторинг выборов", "Суды"]


def test_the_words_sought_are_marked_and_the_text_is_escaped(client, site):
    OrganisationFactory(
        name_ru="<b>Мониторинг</b> & право", description="<script>alert(1)</script> мониторинга"
    )
    response = search(client, "ru", "мониторинг", "organisations")
    body = response.content.decode()
    assert "&lt;b&gt;<mark>Мониторинг</mark>&lt;/b&gt; &amp; право" in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt; <mark>мониторинга</mark>" in body
    assert "<script>alert(1)" not in body


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_the_messages_are_translated_and_the_pages_valid(client, site, language):
    empty = search(client, language, "")
    assert empty.context["results"] is None
    assert empty.context["form"].errors == {}
    check_page(empty.content.decode())

    nothing = search(client, language, "жжжжжж")
    assert nothing.context["results"].total == 0
    assert "жжжжжж" in nothing.content.decode()
    check_page(nothing.content.decode())

    too_long = search(client, language, "x" * (SEARCH_QUERY_MAX_LENGTH + 1))
    assert too_long.context["results"] is None
    assert too_long.context["form"].errors["q"]
    check_page(too_long.content.decode())

    punctuation = search(client, language, "?! —")
    assert not punctuation.context["results"].query
    check_page(punctuation.content.decode())


def test_the_english_messages(client, site):
    assert "Nothing was found for “жжжжжж”" in search(client, "en", "жжжжжж").content.decode()
    too_long = search(client, "en", "x" * (SEARCH_QUERY_MAX_LENGTH + 1))
    assert too_long.context["form"].errors["q"] == ["Please use at most 200 characters."]
    assert "punctuation alone finds nothing" in search(client, "en", "?!").content.decode()
    eleven = " ".join(f"слово{number}" for number in range(11))
    assert "Only the first 10 words were searched." in search(client, "en", eleven).content.decode()


HOSTILE = [
    "x" * 10_000,
    "a\x00b",
    "\x00",
    "?!.,;:—",
    "%",
    "_",
    "%_%",
    "'; DROP TABLE wagtailcore_page; --",
    "' OR '1'='1",
    '"',
    'a"b',
    "(",
    "*",
    "AND",
    "OR NOT",
    "-",
    "\\",
    "мониторинг\\%",
    "<script>alert(1)</script>",
    "😀 права",
    "пра\u0301ва\u00ad",
    " ".join(["права"] * 60),
]


@pytest.mark.parametrize("query", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_input_never_breaks_the_search(client, site, query):
    OrganisationFactory(name_ru="Мониторинг и права")
    for kind in ("", "organisations", "nonsense"):
        response = client.get("/ru/search/", {"q": query, "kind": kind, "page": "-1"})
        assert response.status_code == 200
        check_page(response.content.decode())


def test_like_wildcards_in_a_query_match_nothing_but_themselves(client, site):
    OrganisationFactory(name_ru="Мониторинг")
    assert not search(client, "ru", "%").context["results"].query
    assert search(client, "ru", "мон%").context["results"].total == 1  # the word "мон" alone


def test_only_get_is_accepted(client, site):
    assert client.post("/en/search/", {"q": "x"}).status_code == 405


# --- Queries: a fixed number whatever the data -----------------------------------------------


def fill(site, consultation_page, *, start: int, count: int) -> None:
    """`count` more of every kind of result, each with the word "мониторинг"."""
    version = DraftVersion.objects.get(consultation=consultation_page)
    person = verified_member()
    for number in range(start, start + count):
        make_news(site["news"], title=f"Мониторинг {number}")
        make_material(title=f"Мониторинг {number}", language="kk", access="public", text="x")
        make_material(title=f"Мониторинг ішкі {number}", language="kk", access="members", text="x")
        OrganisationFactory(name_kk=f"Мониторинг орталығы {number}")
        element = DraftElement.objects.create(
            version=version,
            position=number + 1,
            kind="article",
            number=str(number + 1),
            title_kk=f"Мониторинг {number}",
            text_kk="Мәтін",
        )
        Comment.objects.create(
            consultation=consultation_page,
            version=version,
            element=element,
            author=person,
            author_name="Person",
            remark="Мониторинг керек",
            status="published",
            language="kk",
            published_at=timezone.now(),
        )


def count_queries(client, url) -> int:
    client.get(url)  # warm the caches a running site has (the site's root paths)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("viewer", ["anonymous", "member"])
def test_the_search_page_makes_a_fixed_number_of_queries(
    client, site, viewer, django_assert_num_queries
):
    index = make_consultation_index(site["homes"]["kk"])
    consultation_page = make_consultation(index)
    DraftVersion.objects.create(
        consultation=consultation_page, number=1, published_at=timezone.now()
    )
    if viewer == "member":
        client.force_login(verified_member())
    urls = [
        "/kk/search/?q=мониторинг",
        *(f"/kk/search/?q=мониторинг&kind={kind}" for kind in ("pages", "articles", "materials")),
        *(f"/kk/search/?q=мониторинг&kind={kind}&page=2" for kind in ("comments", "organisations")),
    ]
    fill(site, consultation_page, start=0, count=2)
    small = [count_queries(client, url) for url in urls]

    fill(site, consultation_page, start=2, count=RESULTS_PER_PAGE * 2)
    assert Comment.objects.count() > RESULTS_PER_PAGE * 2

    for url, expected in zip(urls, small, strict=True):
        client.get(url)
        with django_assert_num_queries(expected):
            response = client.get(url)
        results = response.context["results"]
        assert results.total >= 5 * RESULTS_PER_PAGE * 2, url
    assert max(small) <= 32


# --- The demo site (last in the module: `demo_site` stays until the module ends) ----------


def material_title(key: str, language: str) -> str:
    return next(item for item in demo_library.MATERIALS if item["key"] == key)[language]["title"]


def consultation(slug: str) -> dict:
    return next(item for item in content.CONSULTATIONS if item["slug"] == slug)


def article_url(language: str, slug: str, number: str) -> str:
    """The address of an article of the current version, on the consultation's page."""
    element = DraftElement.objects.get(
        version__consultation__slug=slug,
        version__consultation__locale__language_code="kk",
        kind="article",
        number=number,
    )
    return f"/{language}/consultations/{slug}/#{element.anchor}"


def comment_with(words: str) -> str:
    """The end of the address of the published comment whose text, or whose response, has
    `words`."""
    comment = Comment.objects.published().get(
        Q(remark__contains=words)
        | Q(justification__contains=words)
        | Q(proposed_wording__contains=words)
        | Q(response__reasoning__contains=words)
    )
    return f"#comment-{comment.pk}"


def organisation(index: int, language: str) -> str:
    return content.ORGANISATIONS[index][f"name_{language}"]


COUNCILS = "public-councils-amendments"
REPORTING = "ngo-reporting"

# (who, language, query, kind, what must be there, "first" or "page" (on the first page)).
# What must be there: a title, a page's address (starts with "/"), or a callable giving the
# address or its end (an article's anchor, a comment's).
RELEVANCE = [
    # the draft on public councils, by any form of its words, in any language
    ("anonymous", "ru", "общественный совет", "pages", f"/ru/consultations/{COUNCILS}/", "page"),
    (
        "anonymous",
        "ru",
        "общественных советах",
        "articles",
        lambda: article_url("ru", COUNCILS, "1"),
        "page",
    ),
    (
        "anonymous",
        "ru",
        "қоғамдық кеңес",
        "articles",
        lambda: article_url("ru", COUNCILS, "1"),
        "page",
    ),
    ("anonymous", "kk", "қоғамдық кеңестің", "pages", f"/kk/consultations/{COUNCILS}/", "page"),
    ("anonymous", "en", "public councils", "pages", f"/en/consultations/{COUNCILS}/", "first"),
    # an article, by words of its title, linked to its anchor
    (
        "anonymous",
        "ru",
        "срок полномочий",
        "articles",
        lambda: article_url("ru", COUNCILS, "3"),
        "first",
    ),
    (
        "anonymous",
        "kk",
        "өкілеттік мерзімі",
        "articles",
        lambda: article_url("kk", COUNCILS, "3"),
        "first",
    ),
    (
        "anonymous",
        "ru",
        "неточностей",
        "articles",
        lambda: article_url("ru", REPORTING, "4"),
        "first",
    ),
    # materials: public ones for everyone, the members' guide for a member
    (
        "anonymous",
        "ru",
        "мониторинг",
        "materials",
        material_title("annual-report-2015", "ru"),
        "first",
    ),
    (
        "member",
        "ru",
        "мониторинг",
        "materials",
        material_title("detention-monitoring-guide", "ru"),
        "first",
    ),
    (
        "member",
        "kk",
        "мониторингтеу",
        "materials",
        material_title("detention-monitoring-guide", "kk"),
        "first",
    ),
    (
        "anonymous",
        "kk",
        "баяндама",
        "materials",
        material_title("annual-report-2015", "kk"),
        "first",
    ),
    (
        "anonymous",
        "en",
        "human rights action plan",
        "materials",
        material_title("national-action-plan", "en"),
        "first",
    ),
    # words that are only in a file's text
    (
        "anonymous",
        "ru",
        "внесудебные",
        "materials",
        material_title("national-action-plan", "ru"),
        "first",
    ),
    (
        "anonymous",
        "en",
        "ombudsman",
        "materials",
        material_title("national-action-plan", "en"),
        "first",
    ),
    # inflected forms find the same
    ("anonymous", "ru", "права", "pages", "/ru/events/childrens-rights-round-table/", "page"),
    ("anonymous", "ru", "правах", "pages", "/ru/events/childrens-rights-round-table/", "page"),
    # organisations in the directory
    ("anonymous", "ru", "правовая помощь", "organisations", organisation(0, "ru"), "first"),
    ("anonymous", "en", "legal aid", "organisations", organisation(0, "en"), "first"),
    ("anonymous", "kk", "балалар құқығы", "organisations", organisation(2, "kk"), "first"),
    # published comments, and the commission's responses to them
    (
        "anonymous",
        "ru",
        "сурдоперевод",
        "comments",
        lambda: comment_with("сурдоперевод"),
        "first",
    ),
    (
        "anonymous",
        "ru",
        "избирают председателя",
        "comments",
        lambda: comment_with("избирают"),
        "first",
    ),
    # English and Kazakh pages
    (
        "anonymous",
        "en",
        "training seminar shymkent",
        "pages",
        "/en/events/shymkent-training-seminar/",
        "first",
    ),
    ("anonymous", "kk", "семинар", "pages", "/kk/events/shymkent-training-seminar/", "page"),
    (
        "anonymous",
        "en",
        "commenting on draft laws webinar",
        "pages",
        "/en/events/webinar-commenting-on-draft-laws/",
        "first",
    ),
]


@pytest.fixture
def member_client(client, demo_site):
    client.force_login(get_user_model().objects.get(email="ngo@kenes.kz"))
    return client


@pytest.mark.parametrize(
    ("who", "language", "query", "kind", "expected", "where"),
    RELEVANCE,
    ids=[f"{case[1]}-{case[2]}" for case in RELEVANCE],
)
def test_relevance_on_the_demo_site(client, demo_site, who, language, query, kind, expected, where):
    if who == "member":
        client.force_login(get_user_model().objects.get(email="ngo@kenes.kz"))
    found = kind_page(client, language, query, kind)
    expected = expected() if callable(expected) else expected

    def is_it(hit):
        title, url = hit
        if expected.startswith("/"):
            return url == expected
        if expected.startswith("#"):
            return url.endswith(expected)
        return title == expected

    shown = [hit for hit in found if is_it(hit)]
    assert shown, f"{expected!r} not on the first page of {kind}: {found}"
    if where == "first":
        assert is_it(found[0]), f"{expected!r} is not first: {found}"


def test_the_relevance_set_is_large_and_in_three_languages():
    assert len(RELEVANCE) >= 20
    assert {case[1] for case in RELEVANCE} == {"kk", "ru", "en"}


def test_inflected_forms_find_the_same_things(client, demo_site):
    def everything(query):
        results = search(client, "ru", query).context["results"]
        return [
            (group.key, group.count, [hit.url for hit in group.hits]) for group in results.groups
        ]

    assert everything("права") == everything("правах") == everything("правами")
    assert everything("общественный совет") == everything("общественных советов")
    assert counts(client, "kk", "құқық") == counts(client, "kk", "құқықтары")


@pytest.mark.parametrize(("language", "word"), [("ru", "внесудебные"), ("en", "ombudsman")])
def test_a_material_is_found_by_a_word_that_only_its_file_has(client, demo_site, language, word):
    material = Material.objects.get(title=material_title("national-action-plan", language))
    described = f"{material.title} {material.description} {material.source}"
    assert not Query.parse(word).finds(described)
    assert Query.parse(word).finds(material.file_text)
    results = search(client, language, word, "materials").context["results"]
    hit = results.page.hits[0]
    assert hit.url.endswith(f"/{material.pk}/")
    assert hit.note == translated(language, "Found in the text of the file:")
    assert "<mark>" in str(hit.excerpt)


def test_a_kazakh_query_on_the_russian_site_finds_the_draft_articles(client, demo_site):
    results = search(client, "ru", "қоғамдық кеңес").context["results"]
    articles = next(group for group in results.groups if group.key == "articles")
    assert articles.count >= 5
    assert all(hit.url.startswith(f"/ru/consultations/{COUNCILS}/#el-") for hit in articles.hits)
    # the words are marked in the Kazakh title the article has
    assert "<mark>Қоғамдық</mark>" in str(articles.hits[0].title)
    assert articles.hits[0].lang == "kk"


def test_an_article_result_links_to_its_anchor_in_the_current_version(client, demo_site):
    found = kind_page(client, "ru", "срок полномочий", "articles")
    url = found[0][1]
    page = client.get(url.split("#")[0])
    assert f'id="{url.split("#")[1]}"' in page.content.decode()


def test_a_new_version_replaces_the_old_articles_in_search(client, demo_site):
    """Only the current published version's elements are found, under the same anchors."""
    page = ConsultationPage.objects.get(slug=COUNCILS, locale__language_code="kk")
    without_article_6 = content.PUBLIC_COUNCILS_DRAFT_RU.split("Статья 6.")[0]
    editor = get_user_model().objects.get(email="editor@kenes.kz")
    version = version_import(
        consultation=page, language="ru", elements=split_draft(without_article_6), by=editor
    )
    version_publish(version=version, note="", by=editor)

    assert kind_page(client, "ru", "шестидесяти", "articles") == []
    found = kind_page(client, "ru", "срок полномочий", "articles")
    element = DraftElement.objects.get(version=version, kind="article", number="3")
    assert found[0][1] == f"/ru/consultations/{COUNCILS}/#{element.anchor}"


def test_comments_waiting_rejected_or_withdrawn_are_never_found(client, demo_site):
    assert Comment.objects.filter(status="pending", remark__contains="өтпелі ереже").exists()
    assert counts(client, "kk", "өтпелі ереже")["comments"] == 0  # waiting for moderation
    assert counts(client, "ru", "сертификаты семинара")["comments"] == 0  # rejected
    assert counts(client, "ru", "пятнадцати календарных")["comments"] == 0  # withdrawn
    # not even for their authors or for staff: site search shows the published record
    client.force_login(get_user_model().objects.get(email="ngo@kenes.kz"))
    assert counts(client, "kk", "өтпелі ереже")["comments"] == 0


def test_a_comment_is_found_by_its_response_and_shows_it(client, demo_site):
    answered = Comment.objects.get(response__reasoning__contains="избирают")
    assert "избира" not in f"{answered.remark} {answered.justification}"
    results = search(client, "ru", "избирают", "comments").context["results"]
    hit = results.page.hits[0]
    assert hit.url.endswith(f"#comment-{answered.pk}")
    assert hit.response_label == answered.response.get_decision_display()
    assert "<mark>избирают</mark>" in str(hit.response)


def test_organisations_not_in_the_directory_are_never_found(client, demo_site):
    assert Organisation.objects.filter(name_ru__contains="Молодые юристы", status="pending")
    assert counts(client, "ru", "молодые юристы")["organisations"] == 0
    assert counts(client, "ru", "чистая среда")["organisations"] == 0


def test_staff_only_materials_only_for_staff(client, demo_site):
    query = "модерации замечаний"
    internal = material_title("moderation-guidelines", "ru")
    assert internal not in [title for title, _url in kind_page(client, "ru", query, "materials")]
    client.force_login(get_user_model().objects.get(email="ngo@kenes.kz"))
    assert internal not in [title for title, _url in kind_page(client, "ru", query, "materials")]
    editor = get_user_model().objects.get(email="editor@kenes.kz")
    with_totp(editor)
    client.force_login(editor)
    assert internal in [title for title, _url in kind_page(client, "ru", query, "materials")]


def viewers(demo_request) -> dict:
    User = get_user_model()
    unverified = member_of(OrganisationFactory(status="pending"))
    participant = Registration.objects.filter(status="confirmed").select_related("person").first()
    staff = User.objects.get(email="editor@kenes.kz")
    with_totp(staff)
    return {
        "anonymous": Viewer(AnonymousUser(), demo_request),
        "member": Viewer(User.objects.get(email="ngo@kenes.kz"), demo_request),
        "unverified member": Viewer(unverified, demo_request),
        "participant": Viewer(participant.person, demo_request),
        "staff": Viewer(staff, demo_request),
    }


def test_the_search_lists_exactly_the_materials_each_person_may_download(demo_site, rf):
    """`downloadable` (one query, for the search) says what `decide` says, material by
    material, for every kind of person."""
    request = rf.get("/ru/search/")
    request.session = {}
    for name, viewer in viewers(request).items():
        request.user = viewer.user
        expected = {material.pk for material in Material.objects.all() if decide(viewer, material)}
        assert set(downloadable(viewer).values_list("pk", flat=True)) == expected, name
    kinds = {material.access for material in Material.objects.all()}
    assert kinds == {"public", "members", "participants", "staff"}


def test_the_demo_search_pages_are_valid_html(client, demo_site):
    for language, query in (
        ("kk", "қоғамдық кеңес"),
        ("ru", "общественный совет"),
        ("en", "rights"),
    ):
        check_page(search(client, language, query).content.decode())
        check_page(search(client, language, query, "articles").content.decode())
