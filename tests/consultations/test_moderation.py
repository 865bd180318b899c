"""Moderators publish or reject comments and record the commission's responses."""

import html5lib
import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import ModelLogEntry

from consultations.models import Comment, ConsultationPage, DraftElement, Response
from consultations.parsing import split_draft
from consultations.services import (
    comment_create,
    comment_edit,
    comment_withdraw,
    version_import,
    version_publish,
)
from tests.accounts.test_two_factor import with_totp
from tests.checks import check_page
from tests.factories import (
    RUSSIAN_DRAFT,
    make_consultation,
    make_consultation_index,
    staff_user,
    translate,
    verified_member,
)

pytestmark = pytest.mark.django_db
QUEUE = "/admin/consultations/moderation/"


@pytest.fixture
def consultation(homes):
    page = make_consultation(make_consultation_index(homes["kk"]))
    version = version_import(
        consultation=page, language="ru", elements=split_draft(RUSSIAN_DRAFT), by=None
    )
    version_publish(version=version, note="", by=None)
    return page


@pytest.fixture
def moderator(client):
    person = staff_user("Moderators", preferred_language="ru")
    with_totp(person)
    client.force_login(person)
    return person


def write(consultation, remark="Уточнить срок полномочий.", person=None):
    person = person or verified_member()
    return comment_create(
        consultation=consultation,
        element=DraftElement.objects.get(kind="article", number="2"),
        person=person,
        organisation=person.memberships.get().organisation,
        remark=remark,
    )


def test_the_queue_is_for_moderators_only(client, consultation):
    write(consultation)
    assert client.get(QUEUE).status_code == 302  # to sign in
    client.force_login(verified_member())
    assert client.get(QUEUE).status_code == 302
    editor = staff_user("Editors")
    with_totp(editor)
    client.force_login(editor)
    response = client.get(QUEUE)
    assert (response.status_code, response["Location"]) == (302, "/admin/")
    comment = Comment.objects.get()
    client.post(f"{QUEUE}{comment.pk}/publish/")
    comment.refresh_from_db()
    assert comment.status == "pending"


def test_moderator_sees_the_comment_beside_its_article(client, consultation, moderator):
    write(consultation, remark="Срок в пять лет слишком велик.")
    response = client.get(QUEUE)
    html = response.content.decode()
    assert "Срок в пять лет слишком велик." in html
    assert "Общественные советы обсуждают проекты" in html
    check_page_admin(html)


def check_page_admin(html):

    html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(html)


def test_publishing_tells_the_author_and_is_logged(
    client, consultation, moderator, django_capture_on_commit_callbacks
):
    comment = write(consultation)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"{QUEUE}{comment.pk}/publish/", {"query": "status=pending"})
    assert response["Location"] == f"{QUEUE}?status=pending"
    comment.refresh_from_db()
    assert comment.status == "published" and comment.moderated_by == moderator
    assert [m.to for m in mail.outbox] == [[comment.author.email]]
    assert ModelLogEntry.objects.filter(action="kenes_consultations.comment_publish").count() == 1
    assert (
        "Уточнить срок полномочий." in client.get(consultation.url + "comments/").content.decode()
    )


def test_rejecting_needs_a_reason_tells_why_and_counts_in_the_summary(
    client, consultation, moderator, django_capture_on_commit_callbacks
):
    comment = write(consultation, remark="Не по теме")
    client.post(f"{QUEUE}{comment.pk}/reject/", {"reason": "", "note": ""})
    comment.refresh_from_db()
    assert comment.status == "pending"
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"{QUEUE}{comment.pk}/reject/", {"reason": "off-topic", "note": "См. статью 3."}
        )
    comment.refresh_from_db()
    assert (comment.status, comment.rejection_reason) == ("rejected", "off-topic")
    assert "См. статью 3." in mail.outbox[0].body
    client.logout()
    html = client.get(consultation.url).content.decode()
    check_page(html)
    assert "Не по теме" not in html
    summary = client.get(consultation.url).context["moderation"]
    assert (summary["rejected"], [count for _reason, count in summary["reasons"]]) == (1, [1])


def test_one_response_for_several_alike_comments(
    client, consultation, moderator, django_capture_on_commit_callbacks
):
    first, second = write(consultation, "Первое"), write(consultation, "Второе")
    Comment.objects.update(status="published")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"{QUEUE}respond/",
            {
                "comments": [first.pk, second.pk],
                "decision": "partly",
                "reasoning": "Срок сокращён до трёх лет.",
                "changed_element_key": "",
            },
        )
    assert Response.objects.filter(decision="partly").count() == 2
    assert len(mail.outbox) == 2
    html = client.get(consultation.url + "comments/").content.decode()
    assert html.count("Срок сокращён до трёх лет.") == 2


def test_pending_comments_get_no_response(client, consultation, moderator):
    comment = write(consultation)
    client.post(
        f"{QUEUE}respond/",
        {"comments": [comment.pk], "decision": "accepted", "reasoning": "Да."},
    )
    assert Response.objects.count() == 0


def test_the_queue_issues_the_same_queries_for_3_and_30_comments(client, consultation, moderator):

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(QUEUE, {"status": ""}).status_code == 200
        return len(queries)

    for n in range(3):
        write(consultation, f"Замечание {n}")
    count()
    three = count()
    for n in range(17):
        write(consultation, f"Ещё {n}")
    assert count() == three


def test_readers_filter_comments_by_decision(client, consultation):
    accepted, noted = write(consultation, "Принято"), write(consultation, "Принято к сведению")
    Comment.objects.update(status="published")
    Response.objects.create(comment=accepted, decision="accepted", reasoning="Да.")
    Response.objects.create(comment=noted, decision="noted", reasoning="Учтём.")
    response = client.get(consultation.url + "comments/", {"decision": "accepted"})
    assert [c.remark for c in response.context["comments"]] == ["Принято"]
    check_page(response.content.decode())
    assert client.get(consultation.url + "comments/", {"decision": "x"}).status_code == 200


def test_a_response_names_an_existing_article_or_is_refused(client, consultation, moderator):
    comment = write(consultation)
    Comment.objects.update(status="published")
    client.post(
        f"{QUEUE}respond/",
        {
            "comments": [comment.pk],
            "decision": "accepted",
            "reasoning": "Да.",
            "changed_element_key": "nope",
        },
    )
    assert Response.objects.count() == 0
    key = DraftElement.objects.get(kind="article", number="3").key
    client.post(
        f"{QUEUE}respond/",
        {
            "comments": [comment.pk],
            "decision": "accepted",
            "reasoning": "Да.",
            "changed_element_key": key,
        },
    )
    assert Response.objects.get().changed_element_key == key


def test_the_queue_keeps_to_pending_comments_on_later_pages(client, consultation, moderator):
    for n in range(25):
        write(consultation, f"Ждёт {n}")
    Comment.objects.filter(pk__in=list(Comment.objects.values_list("pk", flat=True)[:3])).update(
        status="published"
    )
    second = client.get(QUEUE, {"p": "2"})
    assert [c.status for c in second.context["items"]] == ["pending", "pending"]


def test_the_author_is_written_to_with_the_title_in_their_language(
    client, consultation, moderator, django_capture_on_commit_callbacks
):

    translate(consultation.get_parent().specific, "ru", title="Обсуждения")
    translate(consultation, "ru", title="Об общественных советах")
    comment = write(consultation)
    comment.author.preferred_language = "ru"
    comment.author.save()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"{QUEUE}{comment.pk}/publish/")
    assert "Об общественных советах" in mail.outbox[0].subject


def test_a_consultation_with_comments_is_not_deleted(client, consultation):

    write(consultation)
    admin = staff_user(None, is_superuser=True)
    with_totp(admin)
    client.force_login(admin)
    response = client.post(f"/admin/pages/{consultation.pk}/delete/")
    assert response.status_code == 302
    assert ConsultationPage.objects.filter(pk=consultation.pk).exists()


def test_an_authors_changes_are_in_the_audit_log(consultation):

    comment = write(consultation)
    comment_edit(
        comment=comment,
        person=comment.author,
        remark="Иначе",
        justification="",
        proposed_wording="",
    )
    comment_withdraw(comment=comment, person=comment.author)
    actions = set(ModelLogEntry.objects.values_list("action", flat=True))
    assert {"kenes_consultations.comment_edit", "kenes_consultations.comment_withdraw"} <= actions
