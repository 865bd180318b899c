"""Consultation pages and their draft: import, versions, the public reading, the list."""

import datetime
import io
import zoneinfo

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from docx import Document

from consultations.models import ConsultationPage, DraftElement, DraftVersion
from consultations.parsing import split_draft
from consultations.services import DraftError, version_import, version_publish
from tests.accounts.test_two_factor import with_totp
from tests.checks import check_page
from tests.factories import (
    KAZAKH_DRAFT,
    RUSSIAN_DRAFT,
    make_consultation,
    make_consultation_index,
    publish,
    staff_user,
    translate,
    verified_member,
)

pytestmark = pytest.mark.django_db
ALMATY = zoneinfo.ZoneInfo("Asia/Almaty")


@pytest.fixture
def index(homes):
    return make_consultation_index(homes["kk"])


def publish_text(consultation, *texts, note=""):
    version = None
    for language, text in texts:
        version = version_import(
            consultation=consultation, language=language, elements=split_draft(text), by=None
        )
    return version_publish(version=version, note=note, by=None)


def test_russian_and_kazakh_texts_make_one_bilingual_version(index):
    consultation = make_consultation(index)
    version = publish_text(consultation, ("ru", RUSSIAN_DRAFT), ("kk", KAZAKH_DRAFT))
    elements = list(version.elements.all())
    assert [(e.kind, e.number) for e in elements] == [
        ("preamble", ""),
        ("chapter", "1"),
        ("article", "1"),
        ("article", "2"),
        ("chapter", "2"),
        ("article", "3"),
    ]
    article = elements[2]
    assert (article.title_ru, article.title_kk) == ("Основные понятия", "Негізгі ұғымдар")
    assert article.text_kk.startswith("1. Қоғамдық кеңес")


def test_keys_carry_over_to_the_next_version_and_old_versions_stay(index):
    consultation = make_consultation(index)
    first = publish_text(consultation, ("ru", RUSSIAN_DRAFT))
    revised = RUSSIAN_DRAFT.replace(
        "Статья 3. Состав", "Статья 2-1. Открытость\nЗаседания открыты.\n\nСтатья 3. Состав"
    )
    second = publish_text(consultation, ("ru", revised), note="Добавлена статья 2-1.")
    keys = {(e.kind, e.number): e.key for e in first.elements.all()}
    again = {(e.kind, e.number): e.key for e in second.elements.all()}
    assert again[("article", "3")] == keys[("article", "3")]
    assert again[("article", "1")] == keys[("article", "1")]
    assert again[("article", "2-1")] not in keys.values()
    assert DraftElement.objects.filter(version=first).count() == 6


def test_a_version_without_articles_is_not_published(index):
    consultation = make_consultation(index)
    version = version_import(
        consultation=consultation, language="ru", elements=split_draft("Просто текст."), by=None
    )
    with pytest.raises(DraftError):
        version_publish(version=version, note="", by=None)
    assert DraftVersion.objects.get().published_at is None


def test_the_public_page_shows_the_latest_version_with_stable_anchors(client, index):
    consultation = make_consultation(index)
    publish_text(consultation, ("ru", RUSSIAN_DRAFT), ("kk", KAZAKH_DRAFT))
    response = client.get(consultation.url)
    html = response.content.decode()
    check_page(html)
    article = DraftElement.objects.get(kind="article", number="2")
    assert f'id="el-{article.key}"' in html and f'href="#el-{article.key}"' in html
    assert "Қоғамдық кеңестердің міндеттері" in html  # the Kazakh text on the Kazakh page
    assert "ж.." not in html  # a Kazakh date ending a sentence ("2026 ж.") takes no second dot


def test_the_contents_list_chapters_with_their_articles_one_list_per_level(client, index):
    consultation = make_consultation(index)
    text = (
        "Преамбула закона.\n\n1-бап. Мақсаты\nМәтін.\n\n1-тарау. Жалпы ережелер\n\n"
        "2-бап. Ұғымдар\nМәтін.\n\n3-бап. Қағидаттар\nМәтін.\n\n"
        "2-тарау. Қорытынды ережелер\n\n4-бап. Күшіне енуі\nМәтін."
    )
    publish_text(consultation, ("kk", text))
    html = client.get(consultation.url).content.decode()
    contents = BeautifulSoup(html, "html.parser").find("nav", class_="draft-contents")
    assert contents.find("ol") is None  # the labels carry the numbers: no second numbering
    top = contents.find("ul").find_all("li", recursive=False)
    outline = [
        (
            item.a.get_text(),
            [a.get_text() for a in item.select(":scope > ul a")],
        )
        for item in top
    ]
    assert outline == [
        ("1-бап. Мақсаты", []),
        ("1-тарау. Жалпы ережелер", ["2-бап. Ұғымдар", "3-бап. Қағидаттар"]),
        ("2-тарау. Қорытынды ережелер", ["4-бап. Күшіне енуі"]),
    ]


def test_earlier_versions_stay_readable(client, index):
    consultation = make_consultation(index)
    publish_text(consultation, ("ru", RUSSIAN_DRAFT))
    publish_text(consultation, ("ru", RUSSIAN_DRAFT.replace("Состав", "Состав совета")))
    latest = client.get(consultation.url).content.decode()
    first = client.get(consultation.url, {"version": "1"}).content.decode()
    assert "Состав совета" in latest and "Состав совета" not in first
    check_page(first)


@pytest.mark.parametrize(("offset", "status"), [(-1, "upcoming"), (0, "open"), (1, "open")])
def test_opening_boundary_to_the_second_in_almaty(index, offset, status):
    opens = datetime.datetime(2026, 12, 1, 9, 0, tzinfo=ALMATY)
    consultation = make_consultation(
        index, opens_at=opens, closes_at=opens + datetime.timedelta(days=30)
    )
    assert consultation.status_at(opens + datetime.timedelta(seconds=offset)) == status


@pytest.mark.parametrize(("offset", "status"), [(-1, "open"), (0, "closed"), (1, "closed")])
def test_closing_boundary_to_the_second_in_almaty(index, offset, status):
    closes = datetime.datetime(2026, 12, 31, 18, 0, tzinfo=ALMATY)
    consultation = make_consultation(
        index, opens_at=closes - datetime.timedelta(days=30), closes_at=closes
    )
    assert consultation.status_at(closes + datetime.timedelta(seconds=offset)) == status
    assert closes.astimezone(datetime.UTC).hour == 13  # stored in UTC, Almaty is UTC+5


def test_the_list_shows_open_ones_first_and_filters(client, index):
    closed = make_consultation(index, title="Жабық", opens=-40, closes=-10)
    upcoming = make_consultation(index, title="Алдағы", opens=5, closes=30)
    open_later = make_consultation(index, title="Ашық кейін жабылады", closes=25)
    open_soon = make_consultation(index, title="Ашық жақында жабылады", closes=3)
    response = client.get("/kk/consultations/")
    check_page(response.content.decode())
    assert [c.title for c in response.context["consultations"]] == [
        open_soon.title,
        open_later.title,
        upcoming.title,
        closed.title,
    ]
    only_closed = client.get("/kk/consultations/", {"status": "closed"})
    assert [c.title for c in only_closed.context["consultations"]] == [closed.title]
    assert client.get("/kk/consultations/", {"status": "nonsense"}).status_code == 200


def test_the_page_issues_the_same_queries_with_a_long_draft(client, index):

    consultation = make_consultation(index)

    def draft(n):
        return "\n\n".join(f"Статья {i}. Заголовок {i}\nТекст статьи {i}." for i in range(1, n + 1))

    publish_text(consultation, ("ru", draft(10)))

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(consultation.url).status_code == 200
        return len(queries)

    count()
    ten = count()
    publish_text(consultation, ("ru", draft(300)))
    assert count() == ten


# The editors' screens


def editor_client(client, group="Editors"):

    editor = staff_user(group)
    with_totp(editor)
    client.force_login(editor)
    return editor


def test_editor_imports_a_docx_checks_it_and_publishes(client, index):

    consultation = make_consultation(index)
    editor_client(client)
    document = Document()
    for line in RUSSIAN_DRAFT.split("\n"):
        document.add_paragraph(line)
    upload = io.BytesIO()
    document.save(upload)
    upload.seek(0)
    upload.name = "draft.docx"
    url = f"/admin/consultations/{consultation.pk}/draft/"
    assert client.get(url).status_code == 200
    response = client.post(url, {"language": "ru", "file": upload})
    assert response.status_code == 302
    review = client.get(response["Location"])
    assert review.status_code == 200
    assert "Основные понятия" in review.content.decode()
    published = client.post(response["Location"], {"action": "publish", "note": ""})
    assert published.status_code == 302
    assert DraftVersion.objects.get().published_at is not None


def test_a_file_that_is_not_docx_is_refused(client, index):
    consultation = make_consultation(index)
    editor_client(client)
    upload = io.BytesIO(b"<html><script>alert(1)</script></html>")
    upload.name = "draft.docx"
    response = client.post(
        f"/admin/consultations/{consultation.pk}/draft/", {"language": "ru", "file": upload}
    )
    assert response.status_code == 200
    assert DraftVersion.objects.count() == 0


def test_only_people_who_may_edit_the_page_reach_the_draft_screens(client, index):
    consultation = make_consultation(index)
    url = f"/admin/consultations/{consultation.pk}/draft/"
    assert client.get(url).status_code == 302  # to sign in
    client.force_login(verified_member())
    assert client.get(url).status_code == 302  # no admin access
    client.logout()
    editor_client(client, group="Event managers")
    response = client.get(url)
    assert response.status_code == 302 and response["Location"] == "/admin/"
    response = client.post(url, {"language": "ru", "text": RUSSIAN_DRAFT})
    assert DraftVersion.objects.count() == 0


def test_the_consultation_closes_after_it_opens(index):

    page = ConsultationPage(
        title="x",
        summary="x",
        drafting_body="x",
        opens_at=timezone.now(),
        closes_at=timezone.now() - datetime.timedelta(days=1),
    )
    with pytest.raises(ValidationError):
        page.full_clean()


def test_translations_take_the_originals_dates_and_show_them_read_only(client, index):

    translate(index, "ru", title="Обсуждения")
    consultation = make_consultation(index)
    russian = translate(consultation, "ru", title="Об общественных советах")
    consultation.closes_at = timezone.now() - datetime.timedelta(minutes=1)
    publish(consultation)
    russian.refresh_from_db()
    assert russian.closes_at == consultation.closes_at
    assert russian.status == "closed"
    listed = client.get("/ru/consultations/", {"status": "closed"})
    assert [c.pk for c in listed.context["consultations"]] == [russian.pk]
    form_class = ConsultationPage.get_edit_handler().get_form_class()
    assert form_class(instance=russian, for_user=None).fields["closes_at"].disabled
    assert not form_class(instance=consultation, for_user=None).fields["closes_at"].disabled


def test_an_article_inserted_before_others_does_not_take_their_keys(index):
    consultation = make_consultation(index)
    first = publish_text(consultation, ("ru", RUSSIAN_DRAFT))
    old_article_3 = first.elements.get(number="3")
    inserted = RUSSIAN_DRAFT.replace(
        "Статья 3. Состав",
        "Статья 3. Открытость\nЗаседания совета открыты.\n\nСтатья 4. Состав",
    )
    second = publish_text(consultation, ("ru", inserted))
    assert second.elements.get(number="4").key == old_article_3.key  # moved, same text
    assert second.elements.get(number="3").key != old_article_3.key  # new, takes nothing


def test_roman_and_arabic_chapters_and_repeated_numbers_line_up_across_languages(index):
    consultation = make_consultation(index)
    russian = "ГЛАВА I. Общие положения\n\nСтатья 1. А\nТекст.\n\nСтатья 1. Б\nЕщё."
    kazakh = "1-тарау. Жалпы ережелер\n\n1-бап. А\nМәтін.\n\n1-бап. Б\nТағы."
    version = publish_text(consultation, ("ru", russian), ("kk", kazakh))
    rows = [(e.kind, e.title_ru, e.title_kk) for e in version.elements.all()]
    assert rows == [
        ("chapter", "Общие положения", "Жалпы ережелер"),
        ("article", "А", "А"),
        ("article", "Б", "Б"),
    ]


def test_editor_corrects_an_element_and_which_article_it_continues(client, index):
    consultation = make_consultation(index)
    first = publish_text(consultation, ("ru", RUSSIAN_DRAFT))
    old_3 = first.elements.get(number="3")
    rewritten = RUSSIAN_DRAFT.replace(
        "Не менее двух третей членов совета – представители гражданского общества.",
        "Совет формируется на конкурсной основе.",
    ).replace("Статья 3. Состав", "Статья 3. Конкурс")
    waiting = version_import(
        consultation=consultation, language="ru", elements=split_draft(rewritten), by=None
    )
    new_3 = waiting.elements.get(number="3")
    assert new_3.key != old_3.key  # title and text changed too much to be sure
    editor_client(client)
    url = f"/admin/consultations/{consultation.pk}/draft/{waiting.number}/{new_3.key}/"
    assert client.get(url).status_code == 200
    data = {
        "kind": "article",
        "number": "3",
        "title_ru": "Состав и порядок",
        "text_ru": new_3.text_ru,
        "carried_from": old_3.key,
    }
    assert client.post(url, data).status_code == 302
    new_3.refresh_from_db()
    assert (new_3.key, new_3.title_ru) == (old_3.key, "Состав и порядок")
    # removing an element
    chapter_url = f"/admin/consultations/{consultation.pk}/draft/{waiting.number}/"
    preamble = waiting.elements.get(kind="preamble")
    client.post(f"{chapter_url}{preamble.key}/", {"action": "delete"})
    assert not waiting.elements.filter(kind="preamble").exists()
    # a published version is not changed this way
    published_article = first.elements.get(kind="article", number="1")
    assert (
        client.get(
            f"/admin/consultations/{consultation.pk}/draft/1/{published_article.key}/"
        ).status_code
        == 404
    )
