"""Text shown in another language than the page's says which, with `lang`, and the draft's
page says which languages its text exists in."""

import pytest
from bs4 import BeautifulSoup

from consultations.models import Comment, DraftElement, Response
from consultations.services import comment_create
from tests.checks import check_page
from tests.consultations.test_consultations import publish_text
from tests.factories import (
    KAZAKH_DRAFT,
    RUSSIAN_DRAFT,
    make_consultation,
    make_consultation_index,
    translate,
    verified_member,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def consultation(homes):
    index = make_consultation_index(homes["kk"])
    translate(index, "ru", title="Обсуждения")
    translate(index, "en", title="Consultations")
    page = make_consultation(index)
    publish_text(page, ("ru", RUSSIAN_DRAFT), ("kk", KAZAKH_DRAFT))
    return page


def test_an_english_page_says_the_draft_is_in_kazakh_and_russian_and_marks_it(client, consultation):
    russian = translate(consultation, "ru", title="О проекте закона об общественных советах")
    english = translate(consultation, "en", title="Draft law on public councils")
    html = client.get(english.url).content.decode()
    check_page(html)
    soup = BeautifulSoup(html, "html.parser")
    note = soup.find(class_="notice", role="note")
    assert "not published in this language" in note.get_text()
    links = {a["lang"]: a["href"] for a in note.find_all("a")}
    assert links == {"kk": consultation.url, "ru": russian.url}
    # the text is shown in Kazakh (the original), and says so to screen readers
    article = DraftElement.objects.get(kind="article", number="2")
    section = soup.find(id=article.anchor)
    assert section.find(class_="draft-element__text")["lang"] == "kk"
    heading = section.find(["h3", "h4"])
    assert heading.find("span")["lang"] == "kk"
    assert heading.get_text().startswith("Article 2")  # the label is English


def test_a_page_in_a_language_of_the_text_carries_no_note(client, consultation):
    html = client.get(consultation.url).content.decode()
    soup = BeautifulSoup(html, "html.parser")
    assert soup.find(class_="notice", role="note") is None
    assert soup.select(".draft-element__text[lang]") == []


def test_a_russian_response_on_the_kazakh_page_is_marked_russian(client, consultation):
    person = verified_member()
    article = DraftElement.objects.get(kind="article", number="2")
    comment = comment_create(
        consultation=consultation,
        element=article,
        person=person,
        organisation=person.memberships.get().organisation,
        remark="Кеңес мүшелерінің өкілеттік мерзімін екі жылмен шектеу ұсынылады.",
    )
    Comment.objects.filter(pk=comment.pk).update(status="published")
    Response.objects.create(
        comment=comment,
        decision="accepted",
        reasoning="Учтено: срок полномочий членов совета ограничен двумя годами.",
    )
    html = client.get(consultation.url + "comments/").content.decode()
    check_page(html)
    soup = BeautifulSoup(html, "html.parser")
    response = soup.find(class_="comment__response")
    assert response.find("div")["lang"] == "ru"
    assert not soup.find(class_="comment__body").has_attr("lang")  # Kazakh on a Kazakh page
