"""What changed between versions: matched by key, word by word, with the comments behind it."""

import difflib

import pytest

from consultations.diff import compare, word_diff
from consultations.models import Comment, DraftElement, Response
from consultations.parsing import split_draft
from consultations.services import comment_create, version_import, version_publish
from tests.checks import check_page
from tests.factories import (
    RUSSIAN_DRAFT,
    make_consultation,
    make_consultation_index,
    translate,
    verified_member,
)


def test_word_diff_marks_inserted_and_deleted_words():
    assert word_diff("срок пять лет", "срок три года") == [
        ("same", "срок "),
        ("del", "пять лет"),
        ("ins", "три года"),
    ]
    assert word_diff("не менее двух третей членов", "не менее трёх четвертей членов") == [
        ("same", "не менее "),
        ("del", "двух третей"),
        ("ins", "трёх четвертей"),
        ("same", " "),
        ("same", "членов"),
    ]


@pytest.mark.django_db
def test_versions_compared_by_key_with_the_comments_that_led_to_a_change(client, homes):
    index = make_consultation_index(homes["kk"])
    translate(index, "ru", title="Обсуждения")
    consultation = make_consultation(index)
    russian = translate(consultation, "ru", title="Об общественных советах")
    first = version_import(
        consultation=consultation, language="ru", elements=split_draft(RUSSIAN_DRAFT), by=None
    )
    version_publish(version=first, note="", by=None)
    person = verified_member()
    article_3 = DraftElement.objects.get(version=first, number="3")
    comment = comment_create(
        consultation=consultation,
        element=article_3,
        person=person,
        organisation=person.memberships.get().organisation,
        remark="Две трети — мало.",
    )
    Comment.objects.filter(pk=comment.pk).update(status="published")
    Response.objects.create(comment=comment, decision="accepted", reasoning="Учтено.")
    removed = (
        "Статья 2. Задачи общественных советов\n"
        "Общественные советы обсуждают проекты нормативных правовых актов.\n"
    )
    revised = RUSSIAN_DRAFT.replace("двух третей", "трёх четвертей").replace(removed, "")
    second = version_import(
        consultation=consultation, language="ru", elements=split_draft(revised), by=None
    )
    version_publish(version=second, note="Учтены замечания.", by=None)

    changes = compare(list(first.elements.all()), list(second.elements.all()))
    assert [(c.element.number, c.status) for c in changes if c.status != "unchanged"] == [
        ("2", "removed"),
        ("3", "changed"),
    ]

    response = client.get(russian.url + "changes/")
    html = response.content.decode()
    check_page(html)
    assert "<del>двух третей</del>" in html and "<ins>трёх четвертей</ins>" in html
    assert "Две трети — мало." in html  # beside the article it changed
    assert client.get(russian.url + "changes/", {"from": "2", "to": "1"}).status_code == 200
    assert client.get(russian.url + "changes/", {"from": "x", "to": "99"}).status_code == 200


@pytest.mark.django_db
def test_no_changes_page_with_a_single_version(client, homes):
    consultation = make_consultation(make_consultation_index(homes["kk"]))
    version = version_import(
        consultation=consultation, language="ru", elements=split_draft(RUSSIAN_DRAFT), by=None
    )
    version_publish(version=version, note="", by=None)
    assert client.get(consultation.url + "changes/").status_code == 404


@pytest.mark.django_db
def test_an_article_rewritten_under_its_number_and_title_stays_the_same_article(client, homes):
    index = make_consultation_index(homes["kk"])
    translate(index, "ru", title="Обсуждения")
    consultation = make_consultation(index)
    russian = translate(consultation, "ru", title="Об общественных советах")
    first = version_import(
        consultation=consultation, language="ru", elements=split_draft(RUSSIAN_DRAFT), by=None
    )
    version_publish(version=first, note="", by=None)
    article_3 = DraftElement.objects.get(version=first, number="3")
    person = verified_member()
    comment = comment_create(
        consultation=consultation,
        element=article_3,
        person=person,
        organisation=person.memberships.get().organisation,
        remark="Две трети — мало.",
    )
    Comment.objects.filter(pk=comment.pk).update(status="published")
    old_text = "Не менее двух третей членов совета – представители гражданского общества."
    new_text = (
        "Совет формируется на конкурсной основе из числа кандидатов, выдвинутых "
        "некоммерческими организациями, сроком на три года."
    )
    assert difflib.SequenceMatcher(a=old_text, b=new_text).ratio() < 0.4  # nothing alike
    second = version_import(
        consultation=consultation,
        language="ru",
        elements=split_draft(RUSSIAN_DRAFT.replace(old_text, new_text)),
        by=None,
    )
    rewritten = second.elements.get(number="3")
    assert rewritten.key == article_3.key

    version_publish(version=second, note="Статья 3 изложена в новой редакции.", by=None)
    changes = compare(list(first.elements.all()), list(second.elements.all()))
    assert [(c.element.number, c.status) for c in changes if c.status != "unchanged"] == [
        ("3", "changed")
    ]
    page = client.get(russian.url).content.decode()
    # the comment is still the article's: counted under it, by its anchor, in version 2
    assert f'id="{rewritten.anchor}"' in page
    assert f"?element={rewritten.key}" in page
    assert "Две трети — мало." in page
    html = client.get(russian.url + "changes/").content.decode()
    assert f"<ins>{new_text.split()[0]}" in html
