"""The moderation screen as moderators meet it: named for what it is, one form around the
list so that any comment can be ticked for one response, each comment beside the text in the
language its author read, consultations named in the admin's language, and no server error
whatever is sent."""

import importlib

import pytest
from bs4 import BeautifulSoup
from django.apps import apps
from django.contrib.messages import get_messages
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from consultations.models import Comment, DraftElement, Response
from consultations.parsing import split_draft
from consultations.services import comment_create, version_import, version_publish
from tests.accounts.test_two_factor import with_totp
from tests.factories import (
    KAZAKH_DRAFT,
    RUSSIAN_DRAFT,
    make_consultation,
    make_consultation_index,
    staff_user,
    translate,
    translated,
    verified_member,
)

pytestmark = pytest.mark.django_db
QUEUE = "/admin/consultations/moderation/"
ALL = {"status": ""}  # every comment, not only those awaiting moderation
KAZAKH_ARTICLE_2 = "Қоғамдық кеңестер нормативтік құқықтық актілердің жобаларын талқылайды."
RUSSIAN_ARTICLE_2 = "Общественные советы обсуждают проекты нормативных правовых актов."
RUSSIAN_TITLE = "О внесении изменений в Закон «Об общественных советах»"


def draft(page, *languages):
    """Import the draft's text in `languages` into one version and publish it."""
    texts = {"kk": KAZAKH_DRAFT, "ru": RUSSIAN_DRAFT}
    for language in languages:
        version = version_import(
            consultation=page, language=language, elements=split_draft(texts[language]), by=None
        )
    version_publish(version=version, note="", by=None)
    return page


@pytest.fixture
def index(homes):
    index = make_consultation_index(homes["kk"])
    translate(index, "ru", title="Обсуждения", slug="consultations")
    return index


@pytest.fixture
def consultation(index):
    """A Kazakh original with a Russian translation, its draft in both languages."""
    page = draft(make_consultation(index), "kk", "ru")
    translate(page, "ru", title=RUSSIAN_TITLE)
    return page


@pytest.fixture
def moderator(client):
    person = staff_user("Moderators", preferred_language="ru")
    with_totp(person)
    client.force_login(person)
    return person


def article(number="2"):
    return DraftElement.objects.get(kind="article", number=number)


def write(consultation, remark="Уточнить срок.", *, status=None, language="ru", element="2"):
    person = verified_member()
    comment = comment_create(
        consultation=consultation,
        element=DraftElement.objects.get(
            version__consultation=consultation, kind="article", number=element
        )
        if element
        else None,
        person=person,
        organisation=person.memberships.get().organisation,
        remark=remark,
        language=language,
    )
    if status:
        Comment.objects.filter(pk=comment.pk).update(status=status)
        comment.refresh_from_db()
    return comment


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def said(response):
    return [message.message for message in get_messages(response.wsgi_request)]


def respond(client, comments, *, query="", reasoning="Учтено.", **fields):
    return client.post(
        f"{QUEUE}?{query}" if query else QUEUE,
        {
            "comments": [str(c) for c in comments],
            "decision": "accepted",
            "reasoning": reasoning,
            "changed_element_key": "",
            **fields,
        },
    )


# Named for what it is


def test_the_screen_says_what_it_is_in_its_title_header_and_breadcrumbs(
    client, consultation, moderator
):
    name = translated("ru", "Moderation of comments")
    response = client.get(QUEUE)
    page = soup(response)
    assert page.title.get_text(strip=True).startswith(name)
    assert page.h1.get_text(strip=True) == name
    crumbs = [str(item["label"]) for item in response.context["breadcrumbs_items"]]
    assert crumbs == [translated("ru", "Home"), name]
    assert name != "Moderation of comments"  # the Russian admin says it in Russian

    filtered = client.get(QUEUE, {"consultation": consultation.pk})
    assert soup(filtered).h1.get_text(strip=True) == f"{name}: {RUSSIAN_TITLE}"
    assert filtered.context["breadcrumbs_items"][-1]["sublabel"] == RUSSIAN_TITLE


def test_the_screen_is_named_in_english_for_staff_who_read_the_admin_in_english(
    client, consultation, moderator
):
    response = client.get(QUEUE, HTTP_ACCEPT_LANGUAGE="en")
    assert soup(response).h1.get_text(strip=True) == "Moderation of comments"


def test_the_admin_has_no_kazakh_so_a_kazakh_browser_reads_it_in_russian(
    client, consultation, moderator
):
    response = client.get(QUEUE, HTTP_ACCEPT_LANGUAGE="kk")
    assert soup(response).h1.get_text(strip=True) == translated("ru", "Moderation of comments")


# One form around the list


def test_every_comment_of_the_list_can_be_ticked_in_the_one_response_form(
    client, consultation, moderator
):
    comments = [
        write(consultation, "Ждёт"),
        write(consultation, "Опубликован", status="published"),
        write(consultation, "Отклонён", status="rejected"),
    ]
    page = soup(client.get(QUEUE, ALL))
    form = page.find("form", id="bulk-response")
    ticks = form.select("input[type=checkbox][name=comments]")
    assert [tick["value"] for tick in ticks] == [str(c.pk) for c in comments]
    for tick in ticks:  # each with its own label
        assert page.find("label", attrs={"for": tick["id"]}).get_text(strip=True)
    assert page.select("form form") == []  # forms do not nest
    # the response fields come after the list, in a region named for what it does
    parts = [child for child in form.children if getattr(child, "name", None)]
    names = [child.name for child in parts]
    assert names.index("ol") < names.index("section")
    region = form.find("section", id="response")
    heading = region.find(id=region["aria-labelledby"]).get_text(strip=True)
    assert heading == translated("ru", "Respond to the ticked comments")
    assert {field["name"] for field in region.select("select, textarea, input")} >= {
        "decision",
        "reasoning",
        "changed_element_key",
    }


def test_a_comments_own_buttons_belong_to_its_own_small_form(client, consultation, moderator):
    pending = write(consultation, "Ждёт")
    published = write(consultation, "Опубликован", status="published")
    page = soup(client.get(QUEUE, {"status": "", "organisation": ""}))
    owners = {control["form"] for control in page.select("#bulk-response [form]")}
    assert owners == {f"publish-{pending.pk}", f"reject-{pending.pk}", f"reject-{published.pk}"}
    for owner in owners:
        small = page.find("form", id=owner)
        action, pk = owner.split("-")
        assert small["action"] == f"{QUEUE}{pk}/{action}/"
        assert small.find("input", attrs={"name": "query"})["value"] == "status=&organisation="


def test_the_single_comment_actions_still_publish_and_reject(client, consultation, moderator):
    pending, other = write(consultation, "Ждёт"), write(consultation, "Тоже ждёт")
    client.post(f"{QUEUE}{pending.pk}/publish/", {"query": "status="})
    response = client.post(f"{QUEUE}{other.pk}/reject/", {"reason": "duplicate", "note": ""})
    assert response["Location"] == QUEUE
    assert list(Comment.objects.order_by("pk").values_list("status", flat=True)) == [
        "published",
        "rejected",
    ]


def test_one_response_for_the_ticked_comments_then_back_to_the_same_list(
    client, consultation, moderator
):
    first = write(consultation, "Первое", status="published")
    second = write(consultation, "Второе", status="published")
    response = respond(client, [first.pk, second.pk], query="status=published&p=1")
    assert (response.status_code, response["Location"]) == (302, f"{QUEUE}?status=published&p=1")
    assert Response.objects.filter(comment__in=[first, second]).count() == 2


def test_the_old_address_of_the_response_form_still_records(client, consultation, moderator):
    comment = write(consultation, "Первое", status="published")
    response = client.post(
        f"{QUEUE}respond/", {"comments": [comment.pk], "decision": "noted", "reasoning": "Да."}
    )
    assert response.status_code == 302
    assert Response.objects.get().decision == "noted"
    assert client.get(f"{QUEUE}respond/").status_code == 405


def test_nothing_ticked_is_refused_and_what_was_written_stays(client, consultation, moderator):
    write(consultation, "Опубликован", status="published")
    response = respond(client, [], reasoning="Длинная мотивировка решения.")
    assert response.status_code == 200
    page = soup(response)
    region = page.find("section", id="response")
    assert translated("ru", "Tick at least one comment in the list to respond to.") in (
        region.get_text(" ", strip=True)
    )
    assert region.find("textarea").get_text(strip=True) == "Длинная мотивировка решения."
    assert said(response) == [
        translated("ru", "The response is not recorded: see what to correct below.")
    ]
    assert Response.objects.count() == 0


def test_comments_that_cannot_take_a_response_are_refused_and_stay_ticked(
    client, consultation, moderator
):
    pending = write(consultation, "Ждёт")
    published = write(consultation, "Опубликован", status="published")
    response = respond(client, [pending.pk, published.pk], query="status=")
    assert response.status_code == 200
    page = soup(response)
    assert translated("ru", "Only published comments get an official response.") in (
        page.find("section", id="response").get_text(" ", strip=True)
    )
    ticked = [tick["value"] for tick in page.select("input[name=comments][checked]")]
    assert ticked == [str(pending.pk), str(published.pk)]
    assert Response.objects.count() == 0  # not even for the published one


NOT_IN_LIST = (
    "A ticked comment is not in this list (it may belong to another consultation, or no "
    "longer exist). Tick the comments again."
)
ANYTHING_TICKED = [
    "abc",
    "99999999999999999999999",
    str(2**63),
    "-1",
    "0",
    "1.5",
    "٣",  # a digit, but not an ASCII one
    "123456",  # no such comment
]


def test_no_server_error_for_anything_ticked(client, consultation, moderator):
    write(consultation, "Опубликован", status="published")
    for ticked in ANYTHING_TICKED:
        response = client.post(
            QUEUE, {"comments": [ticked], "decision": "noted", "reasoning": "Да."}
        )
        assert response.status_code == 200, ticked
        region = soup(response).find("section", id="response").get_text(" ", strip=True)
        assert translated("ru", NOT_IN_LIST) in region, ticked
    assert Response.objects.count() == 0


def test_a_comment_of_another_consultation_is_not_in_a_filtered_list(
    client, index, consultation, moderator
):
    other = draft(make_consultation(index, title="Басқа жоба"), "ru")
    foreign = write(other, "Чужой", status="published")
    response = respond(client, [foreign.pk], query=f"consultation={consultation.pk}")
    assert response.status_code == 200
    assert Response.objects.count() == 0
    unfiltered = respond(client, [foreign.pk])  # the whole queue: any comment of it
    assert unfiltered.status_code == 302
    assert Response.objects.get().comment == foreign


ANY_FILTER = [
    {"consultation": "abc"},
    {"consultation": "99999999999999999999999"},
    {"consultation": str(2**63)},
    {"consultation": "123456"},
    {"status": "nonsense"},
    {"p": "abc"},
    {"p": "999"},
    {"article": "x" * 500},
]


def test_no_server_error_for_any_filter(client, consultation, moderator):
    write(consultation)
    for query in ANY_FILTER:
        assert client.get(QUEUE, query).status_code == 200, query
        sent = respond(client, [], query="&".join(f"{k}={v}" for k, v in query.items()))
        assert sent.status_code == 200, query


# Who may use it


@pytest.mark.parametrize(
    "who",
    ["anonymous", "NGO member", "editor", "event manager"],
)
def test_only_moderators_respond_through_the_screen(client, consultation, who):
    comment = write(consultation, "Опубликован", status="published")
    if who == "NGO member":
        client.force_login(verified_member())
    elif who != "anonymous":
        person = staff_user({"editor": "Editors", "event manager": "Event managers"}[who])
        with_totp(person)
        client.force_login(person)
    for address in (QUEUE, f"{QUEUE}respond/"):
        response = client.post(
            address, {"comments": [comment.pk], "decision": "accepted", "reasoning": "Да."}
        )
        assert response.status_code == 302
        assert response["Location"] != QUEUE
    assert Response.objects.count() == 0


def test_a_moderator_may_respond(client, consultation, moderator):
    comment = write(consultation, "Опубликован", status="published")
    assert respond(client, [comment.pk]).status_code == 302
    assert Response.objects.get().responded_by == moderator


# The text in the language its author read


def test_a_comment_records_the_language_of_the_text_its_author_read(client, consultation):
    person = verified_member()
    client.force_login(person)
    key = article().key
    russian = consultation.get_translation(Locale.objects.get(language_code="ru"))
    for page, language in ((consultation, "kk"), (russian, "ru")):
        client.get(f"{page.url}comment/{key}/")
        response = client.post(
            f"{page.url}comment/{key}/",
            {
                "version": "1",
                "organisation": person.memberships.get().organisation.pk,
                "remark": f"Замечание ({language})",
                "justification": "",
                "proposed_wording": "",
            },
        )
        assert response.status_code == 302, response.content.decode()[:500]
        assert Comment.objects.get(remark=f"Замечание ({language})").language == language


def test_a_reader_of_a_language_the_text_lacks_records_the_text_shown(index):
    page = draft(make_consultation(index), "ru")  # no Kazakh text: Kazakh readers see Russian
    comment = write(page, "Мерзімді қысқарту керек.", language="kk")
    assert comment.language == "ru"
    whole = write(page, "Жалпы қолдаймыз.", language="kk", element=None)
    assert whole.language == "kk"


def test_the_moderator_reads_each_comment_beside_the_text_in_its_language(
    client, consultation, moderator
):
    kazakh = write(consultation, "Мерзімді қысқарту керек.", language="kk")
    russian = write(consultation, "Сократить срок.", language="ru")
    page = soup(client.get(QUEUE))
    kazakh_item = page.find(id=f"comment-{kazakh.pk}").get_text(" ", strip=True)
    russian_item = page.find(id=f"comment-{russian.pk}").get_text(" ", strip=True)
    assert KAZAKH_ARTICLE_2 in kazakh_item and RUSSIAN_ARTICLE_2 not in kazakh_item
    assert RUSSIAN_ARTICLE_2 in russian_item and KAZAKH_ARTICLE_2 not in russian_item
    text = page.find(id=f"comment-{kazakh.pk}").select_one("[lang]")
    assert text["lang"] == "kk"


def test_comments_written_before_get_the_language_they_were_most_likely_written_on(index):
    both = draft(make_consultation(index), "kk", "ru")
    russian_only = draft(make_consultation(index, title="Тек орысша"), "ru")
    rows = {
        "kazakh": write(both, "Мерзімді қысқарту керек."),
        "russian": write(both, "Сократить срок."),
        "russian words, kazakh text": write(both, "Сократить срок."),
        "kazakh words, russian text": write(russian_only, "Мерзімді қысқарту керек."),
        "english, whole draft": write(both, "Shorten the term.", element=None),
        "no letters": write(both, "2025 — 2030", element=None),
    }
    Comment.objects.filter(pk=rows["russian words, kazakh text"].pk).update(
        element=DraftElement.objects.create(
            version=rows["kazakh"].version, position=99, kind="article", number="9", text_kk="Ә"
        )
    )
    Comment.objects.update(language="")
    migration = importlib.import_module("consultations.migrations.0009_comment_language")
    migration.fill_languages(apps, None)
    languages = {name: Comment.objects.get(pk=c.pk).language for name, c in rows.items()}
    assert languages == {
        "kazakh": "kk",
        "russian": "ru",
        "russian words, kazakh text": "kk",
        "kazakh words, russian text": "ru",
        "english, whole draft": "en",
        "no letters": "kk",  # the language of the consultation's original page
    }


# Consultations named in the admin's language


def test_the_screens_name_a_translated_consultation_in_the_admins_language(
    client, index, consultation, moderator
):
    untranslated = draft(make_consultation(index, title="Аударылмаған жоба"), "ru")
    write(consultation, "Первое")
    write(untranslated, "Второе")
    page = soup(client.get(QUEUE))
    items = page.select("#bulk-response ol > li")
    links = [item.select_one("p.help a").get_text(strip=True) for item in items]
    assert links == [RUSSIAN_TITLE, "Аударылмаған жоба"]
    options = [option.get_text(strip=True) for option in page.select("#id_consultation option")]
    assert sorted(options[1:]) == sorted([RUSSIAN_TITLE, "Аударылмаған жоба"])

    report = client.get(f"/admin/consultations/{consultation.pk}/report/")
    assert soup(report).h1.get_text(strip=True).endswith(f": {RUSSIAN_TITLE}")
    assert report.context["breadcrumbs_items"][-1]["sublabel"] == RUSSIAN_TITLE
    report_url = f"/admin/consultations/{consultation.pk}/report/"
    english = client.get(report_url, HTTP_ACCEPT_LANGUAGE="en")  # no English translation
    assert english.context["breadcrumbs_items"][-1]["sublabel"] == consultation.title


def test_the_draft_screens_name_the_consultation_in_the_admins_language(client, consultation):
    editor = staff_user("Editors")
    with_totp(editor)
    client.force_login(editor)
    number = consultation.versions.get().number
    for address in (
        f"/admin/consultations/{consultation.pk}/draft/",
        f"/admin/consultations/{consultation.pk}/draft/{number}/",
    ):
        response = client.get(address)
        assert response.status_code == 200
        labels = [str(item["label"]) for item in response.context["breadcrumbs_items"]]
        assert labels[:2] == [translated("ru", "Home"), RUSSIAN_TITLE]
        assert labels[-1] == str(response.context["page_title"])


def test_the_queue_issues_the_same_queries_for_a_few_comments_and_a_full_page(
    client, consultation, moderator
):
    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(QUEUE, ALL).status_code == 200
        return len(queries)

    for n in range(2):
        write(consultation, f"Замечание {n}", language=["kk", "ru"][n % 2])
    count()
    few = count()
    for n in range(25):
        write(consultation, f"Ещё {n}", language=["kk", "ru"][n % 2])
    assert count() == few
