"""An editor imports drafts as ministries publish them (portal copies, PDF) and the review screen
says what was detected; readers follow the draft's references to its own articles."""

import io

import html5lib
import pytest
from bs4 import BeautifulSoup
from django.utils import translation

from consultations.models import DraftElement, DraftVersion
from consultations.parsing import split_draft
from consultations.services import version_import, version_publish
from tests.accounts.test_two_factor import with_totp
from tests.checks import check_page
from tests.consultations.drafts import RUSSIAN_LAW, ministry_docx, pdf_from_docx, portal_copy
from tests.consultations.test_import_layouts import CODE_PARAGRAPHS, scanned_pdf
from tests.factories import make_consultation, make_consultation_index, staff_user, translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def consultation(homes):
    return make_consultation(make_consultation_index(homes["kk"]))


@pytest.fixture
def editor(client):
    person = staff_user("Editors")
    with_totp(person)
    client.force_login(person)
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"  # the admin's language is the browser's
    return person


def draft_url(consultation) -> str:
    return f"/admin/consultations/{consultation.pk}/draft/"


def upload(content: bytes, name: str):
    file = io.BytesIO(content)
    file.name = name
    return file


def test_review_screen_says_a_table_of_contents_was_skipped(client, consultation, editor):
    form = client.get(draft_url(consultation)).content.decode()
    html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(form)
    assert 'name="keep_contents"' in form
    response = client.post(
        draft_url(consultation), {"language": "ru", "text": portal_copy(RUSSIAN_LAW, "ru")}
    )
    assert response.status_code == 302
    review = client.get(response["Location"])
    html = review.content.decode()
    html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(html)
    assert "What the import detected" in html
    assert "Read from the pasted text. Table of contents skipped: 20 lines." in html
    assert "<li>Оглавление</li>" in html  # the skipped lines, to check
    assert review.context["problems"] == []
    version = DraftVersion.objects.get()
    assert version.elements.filter(kind="article").count() == 16
    assert len(version.import_notes["ru"]["contents"]) == 20

    # a false detection is corrected by importing again with the contents kept
    client.post(response["Location"], {"action": "discard"})
    client.post(
        draft_url(consultation),
        {"language": "ru", "text": portal_copy(RUSSIAN_LAW, "ru"), "keep_contents": "on"},
    )
    assert DraftVersion.objects.get().elements.filter(kind="article").count() == 32


def test_editor_uploads_a_pdf_and_sees_what_was_left_out(client, consultation, editor):
    pdf, facts = pdf_from_docx(ministry_docx())
    # the content decides, not the name
    response = client.post(
        draft_url(consultation), {"language": "ru", "file": upload(pdf, "draft.docx")}
    )
    assert response.status_code == 302
    html = client.get(response["Location"]).content.decode()
    html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(html)
    pages = facts["pages"]
    assert (
        f"Read from a PDF document. The PDF has {pages} pages. Running headers, footers and "
        f"page numbers left out: {3 * pages - 1} lines."
    ) in html
    assert "Check these before publishing" not in html
    assert DraftVersion.objects.get().elements.filter(kind="article").count() == 16


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (scanned_pdf(), "draft.pdf", "This PDF has no text to read: it is probably a scan"),
        (b"<html><script>alert(1)</script></html>", "draft.pdf", "neither a Word (.docx)"),
        (b"%PDF-1.7\n%broken", "draft.pdf", "This PDF document is damaged"),
    ],
    ids=["scan", "html named pdf", "damaged pdf"],
)
def test_files_that_cannot_be_read_are_refused_with_a_clear_message(
    client, consultation, editor, content, name, message
):
    response = client.post(
        draft_url(consultation), {"language": "ru", "file": upload(content, name)}
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert DraftVersion.objects.count() == 0


def test_review_screen_shows_each_match_with_the_previous_version(client, consultation, editor):
    text = "Статья 1. Предмет\nТекст первой статьи.\nСтатья 2. Цели\nТекст второй статьи."
    first = version_import(
        consultation=consultation, language="ru", elements=split_draft(text), by=None
    )
    version_publish(version=first, note="", by=None)
    rewritten = text.replace("Текст второй статьи.", "Совсем другое содержание, полностью.")
    second = version_import(
        consultation=consultation,
        language="ru",
        elements=split_draft(rewritten + "\nСтатья 3. Новая\nНовый текст."),
        by=None,
    )
    html = client.get(f"{draft_url(consultation)}{second.number}/").content.decode()
    html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(html)
    assert '<th scope="col">In version 1</th>' in html
    assert "<td>Article 2. Цели</td>" in html  # rewritten, same number and title: matched
    assert html.count(">new</span>") == 1  # article 3


def test_references_to_the_drafts_own_articles_are_links(client, homes):
    index = make_consultation_index(homes["kk"])
    translate(index, "ru", title="Обсуждения")
    consultation = make_consultation(index)
    russian = translate(consultation, "ru", title="Об общественных советах")
    russian_text = (
        "Статья 1. Предмет\nНастоящий Закон регулирует отношения.\n"
        "Статья 2. Состав\nСостав определяется статьёй 1 и статьями 3 и 5-1 настоящего Закона.\n"
        "Прекращение – по статье 27 Закона Республики Казахстан «О государственной службе».\n"
        "Статья 3. Безопасность\nТекст <script>alert(1)</script> & согласно статье 2.\n"
        "Статья 5-1. Дополнительная\nСм. Article 3 и статью 4."
    )
    kazakh_text = (
        "1-бап. Нысанасы\nОсы Заң қатынастарды реттейді.\n"
        "2-бап. Құрамы\nҚұрам осы Заңның 1-бабымен және 5-1-бабының талаптарымен айқындалады; "
        "«Мемлекеттік қызмет туралы» Заңның 3-бабы қолданылмайды.\n"
        "3-бап. Қауіпсіздік\nМәтін.\n5-1-бап. Қосымша\nМәтін."
    )
    version = version_import(
        consultation=consultation, language="ru", elements=split_draft(russian_text), by=None
    )
    version_import(
        consultation=consultation, language="kk", elements=split_draft(kazakh_text), by=None
    )
    version_publish(version=version, note="", by=None)
    anchors = {e.number: e.anchor for e in DraftElement.objects.filter(kind="article")}

    html = client.get(russian.url).content.decode()
    check_page(html)
    assert (
        f'Состав определяется <a href="#{anchors["1"]}">статьёй 1</a> и '
        f'<a href="#{anchors["3"]}">статьями 3</a> и <a href="#{anchors["5-1"]}">5-1</a> '
        "настоящего Закона."
    ) in html
    assert "по статье 27 Закона Республики Казахстан" in html  # another law: plain text
    assert (
        f"Текст &lt;script&gt;alert(1)&lt;/script&gt; &amp; согласно "
        f'<a href="#{anchors["2"]}">статье 2</a>.'
    ) in html
    assert f'См. <a href="#{anchors["3"]}">Article 3</a> и статью 4.' in html  # no article 4

    kazakh = client.get(consultation.url).content.decode()
    assert (
        f'Құрам осы Заңның <a href="#{anchors["1"]}">1-бабымен</a> және '
        f'<a href="#{anchors["5-1"]}">5-1-бабының</a> талаптарымен айқындалады; '
        "«Мемлекеттік қызмет туралы» Заңның 3-бабы қолданылмайды."
    ) in kazakh


def test_a_codes_paragraphs_are_headings_between_chapters_and_articles(client, consultation):
    version = version_import(
        consultation=consultation,
        language="kk",
        elements=split_draft(CODE_PARAGRAPHS["kk"]),
        by=None,
    )
    version_publish(version=version, note="", by=None)

    html = client.get(consultation.url).content.decode()

    check_page(html)  # no heading level skipped: chapter h3, paragraph h4, article h5
    page = BeautifulSoup(html, "html.parser")
    paragraph = DraftElement.objects.get(kind="paragraph", number="1")
    heading = page.find(id=f"{paragraph.anchor}-heading")
    with translation.override("kk"):  # "1-параграф" once the catalogue has it
        label = str(paragraph.label)
    assert (heading.name, heading.get_text()) == ("h4", f"{label}. Жалпы ережелер")
    article = DraftElement.objects.get(kind="article", number="40")
    assert page.find(id=f"{article.anchor}-heading").name == "h5"
