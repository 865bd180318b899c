"""Commenting on a draft: who may, when, what they see, and hostile input made harmless."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from consultations.models import Comment, ConsultationPage, DraftElement, Response
from consultations.parsing import split_draft
from consultations.rules import (
    RATE_LIMIT,
    CommentingClosed,
    NotAllowedToComment,
    TooManyComments,
)
from consultations.services import (
    comment_create,
    comment_withdraw,
    version_import,
    version_publish,
)
from partners.models import Membership
from tests.checks import check_page
from tests.factories import (
    RUSSIAN_DRAFT,
    OrganisationFactory,
    UserFactory,
    make_consultation,
    make_consultation_index,
    member_of,
    sign_in,
    verified_member,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def consultation(homes):
    index = make_consultation_index(homes["kk"])
    page = make_consultation(index)
    version = version_import(
        consultation=page, language="ru", elements=split_draft(RUSSIAN_DRAFT), by=None
    )
    version_publish(version=version, note="", by=None)
    return page


def article(number="2"):
    """The article in the latest published version."""
    return (
        DraftElement.objects.filter(kind="article", number=number)
        .order_by("-version__number")
        .first()
    )


def comment_by(person, consultation, **fields):
    return comment_create(
        consultation=consultation,
        element=fields.pop("element", article()),
        person=person,
        organisation=(
            fields.pop("organisation")
            if "organisation" in fields
            else person.memberships.get().organisation
        ),
        remark=fields.pop("remark", "Предлагаем уточнить срок."),
        **fields,
    )


def test_member_comments_on_an_article_through_the_page(client, consultation):
    person = verified_member()
    sign_in(client, person)
    html = client.get(consultation.url).content.decode()
    check_page(html)
    url = f"{consultation.url}comment/{article().key}/"
    assert f'href="{url}"' in html
    form = client.get(url)
    check_page(form.content.decode())
    assert "Общественные советы обсуждают" in form.content.decode()  # the article beside it
    response = client.post(
        url,
        {
            "version": "1",
            "organisation": person.memberships.get().organisation.pk,
            "remark": "Уточнить срок.",
            "justification": "Практика.",
            "proposed_wording": "",
        },
    )
    assert response.status_code == 302
    comment = Comment.objects.get()
    assert (comment.element, comment.status) == (article(), "pending")
    assert comment.organisation_name == person.memberships.get().organisation.name


def test_pending_comments_are_seen_by_their_author_only(client, consultation):
    author = verified_member()
    comment_by(author, consultation, remark="Ожидает модерации")
    other_ngo = verified_member()
    for reader in (None, other_ngo):
        client.logout()
        if reader:
            sign_in(client, reader)
        assert "Ожидает модерации" not in client.get(consultation.url).content.decode()
        assert (
            "Ожидает модерации" not in client.get(consultation.url + "comments/").content.decode()
        )
    client.logout()
    sign_in(client, author)
    assert "Ожидает модерации" in client.get(consultation.url).content.decode()


def test_post_moderated_comments_are_published_at_once_and_counted(client, consultation):
    ConsultationPage.objects.filter(pk=consultation.pk).update(moderation="post")
    consultation.refresh_from_db()
    comment_by(verified_member(), consultation)
    comment_by(verified_member(), consultation)
    html = client.get(consultation.url).content.decode()
    assert f"{consultation.url}comments/?element={article().key}" in html
    listing = client.get(consultation.url + "comments/", {"element": article().key})
    assert len(listing.context["comments"]) == 2
    check_page(listing.content.decode())


def test_hostile_input_is_stored_as_given_and_rendered_inert(client, consultation):
    ConsultationPage.objects.filter(pk=consultation.pk).update(moderation="post")
    consultation.refresh_from_db()
    hostile = (
        '<script>alert(1)</script> <img src=x onerror="alert(2)"> '
        '<a href="javascript:alert(3)">x</a> javascript:alert(4) \u202egnp.exe\n'
        "https://example.kz/law"
    )
    comment_by(verified_member(), consultation, remark=hostile)
    assert Comment.objects.get().remark == hostile
    html = client.get(consultation.url + "comments/").content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "<img src=x" not in html and 'href="javascript:' not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert 'href="https://example.kz/law" rel="nofollow"' in html
    assert 'dir="auto"' in html  # a right-to-left override stays inside the comment


def test_oversized_comments_are_refused_with_a_message(client, consultation):
    person = verified_member()
    sign_in(client, person)
    response = client.post(
        f"{consultation.url}comment/{article().key}/",
        {
            "version": "1",
            "organisation": person.memberships.get().organisation.pk,
            "remark": "а" * 5001,
        },
    )
    assert response.status_code == 200
    assert Comment.objects.count() == 0


@pytest.mark.parametrize("seconds", [-1, 0, 1])
def test_no_comment_is_accepted_from_the_closing_second(consultation, seconds):
    person = verified_member()  # made first: the second below is for the comment alone
    now = timezone.now()
    # the closing second itself, and the one before, are closed; a second ahead is open
    # (not rounded down, which could leave a few milliseconds on a busy machine)
    closes = now.replace(microsecond=0) if seconds <= 0 else now
    closes += datetime.timedelta(seconds=seconds)
    ConsultationPage.objects.filter(pk=consultation.pk).update(closes_at=closes)
    consultation.refresh_from_db()
    if seconds > 0:
        comment_by(person, consultation)
        assert Comment.objects.count() == 1
    else:
        with pytest.raises(CommentingClosed):
            comment_by(person, consultation)
        assert Comment.objects.count() == 0


def test_a_closed_consultation_refuses_a_posted_comment(client, consultation):
    ConsultationPage.objects.filter(pk=consultation.pk).update(
        closes_at=timezone.now() - datetime.timedelta(seconds=1)
    )
    person = verified_member()
    sign_in(client, person)
    response = client.post(
        f"{consultation.url}comment/{article().key}/",
        {
            "version": "1",
            "organisation": person.memberships.get().organisation.pk,
            "remark": "Поздно",
        },
    )
    assert response.status_code == 200  # the form again, the text kept, with the reason
    assert "Поздно" in response.content.decode()
    assert Comment.objects.count() == 0


def test_who_may_comment(consultation):
    with pytest.raises(NotAllowedToComment):  # a member of a pending organisation
        comment_by(member_of(OrganisationFactory(status="pending")), consultation)
    with pytest.raises(NotAllowedToComment):  # for an organisation one does not belong to
        comment_by(verified_member(), consultation, organisation=OrganisationFactory())
    with pytest.raises(NotAllowedToComment):  # an individual on a members-only consultation
        comment_by(UserFactory(), consultation, organisation=None)
    with pytest.raises(NotAllowedToComment):  # an unverified address
        comment_by(UserFactory(verified=False), consultation, organisation=None)
    assert Comment.objects.count() == 0
    ConsultationPage.objects.filter(pk=consultation.pk).update(access="signed-in")
    consultation.refresh_from_db()
    assert comment_by(UserFactory(), consultation, organisation=None).organisation is None


def test_a_former_member_keeps_their_organisation_on_old_comments(consultation):
    person = verified_member()
    organisation = person.memberships.get().organisation
    comment = comment_by(person, consultation)
    Membership.objects.filter(user=person).delete()
    person.delete()
    comment.refresh_from_db()
    assert (comment.author, comment.organisation_name) == (None, organisation.name)


def test_rate_limit_per_person(consultation):
    person = verified_member()
    for _ in range(RATE_LIMIT):
        comment_by(person, consultation)
    with pytest.raises(TooManyComments):
        comment_by(person, consultation)


def test_the_author_changes_or_withdraws_only_while_pending(client, consultation):
    author, other = verified_member(), verified_member()
    comment = comment_by(author, consultation)
    sign_in(client, other)
    edit = f"{consultation.url}comments/{comment.pk}/edit/"
    withdraw = f"{consultation.url}comments/{comment.pk}/withdraw/"
    assert client.get(edit).status_code == 404
    assert client.post(withdraw).status_code == 404
    client.logout()
    sign_in(client, author)
    check_page(client.get(edit).content.decode())
    client.post(edit, {"remark": "Исправлено", "justification": "", "proposed_wording": ""})
    comment.refresh_from_db()
    assert comment.remark == "Исправлено"
    Comment.objects.filter(pk=comment.pk).update(status="published")
    client.post(edit, {"remark": "После публикации", "justification": "", "proposed_wording": ""})
    comment.refresh_from_db()
    assert comment.remark == "Исправлено"


def test_withdrawing(client, consultation):
    author = verified_member()
    comment = comment_by(author, consultation)
    comment_withdraw(comment=comment, person=author)
    comment.refresh_from_db()
    assert comment.status == "withdrawn"


def test_a_comment_stays_on_its_version_and_article(consultation):
    person = verified_member()
    comment = comment_by(person, consultation)
    revised = RUSSIAN_DRAFT.replace("обсуждают проекты", "обсуждают все проекты")
    version = version_import(
        consultation=consultation, language="ru", elements=split_draft(revised), by=None
    )
    version_publish(version=version, note="", by=None)
    comment.refresh_from_db()
    assert comment.version.number == 1
    assert "обсуждают проекты" in comment.element.text_ru
    newer = DraftElement.objects.get(version=version, kind="article", number="2")
    assert newer.key == comment.element.key  # the same article, followed across versions


def test_the_page_issues_the_same_queries_at_10_and_100_comments(client, consultation):

    ConsultationPage.objects.filter(pk=consultation.pk).update(moderation="post")
    person = verified_member()
    organisation = person.memberships.get().organisation
    version = consultation.versions.get()

    def add(n):
        Comment.objects.bulk_create(
            Comment(
                consultation=consultation,
                version=version,
                element=article(str(1 + i % 3)),
                author=person,
                author_name="A",
                organisation=organisation,
                organisation_name="O",
                remark=f"Замечание {i}",
                status="published",
            )
            for i in range(n)
        )

    def count(url):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    sign_in(client, person)
    add(10)
    for url in (consultation.url, consultation.url + "comments/"):
        count(url)
    ten = [count(url) for url in (consultation.url, consultation.url + "comments/")]
    add(90)  # more than a page of comments (20), more than are shown under an article
    assert [count(url) for url in (consultation.url, consultation.url + "comments/")] == ten


def test_the_latest_comments_and_responses_show_under_their_article(client, consultation):

    ConsultationPage.objects.filter(pk=consultation.pk).update(moderation="post")
    consultation.refresh_from_db()
    for n in range(3):
        comment_by(
            verified_member(),
            consultation,
            remark=f"Замечание номер {n}",
            justification="Потому что.",
        )
    Response.objects.create(
        comment=Comment.objects.last(), decision="noted", reasoning="Принято к сведению."
    )
    html = client.get(consultation.url).content.decode()
    check_page(html)
    assert "Замечание номер 2" in html and "Замечание номер 1" in html
    assert "Замечание номер 0" not in html  # older ones on the comments page
    assert "Принято к сведению." in html
    listing = client.get(consultation.url + "comments/").content.decode()
    check_page(listing)
    assert "Замечание номер 0" in listing


def test_a_comment_written_on_an_older_version_is_sent_back_for_a_look(client, consultation):
    person = verified_member()
    sign_in(client, person)
    url = f"{consultation.url}comment/{article().key}/"
    version = version_import(
        consultation=consultation,
        language="ru",
        elements=split_draft(RUSSIAN_DRAFT.replace("обсуждают", "рассматривают")),
        by=None,
    )
    version_publish(version=version, note="", by=None)
    new_url = f"{consultation.url}comment/{article_in(version).key}/"
    assert new_url == url  # the same article: the same key
    response = client.post(
        url,
        {
            "version": "1",
            "organisation": person.memberships.get().organisation.pk,
            "remark": "Моё замечание",
        },
    )
    assert response.status_code == 200
    assert "рассматривают" in response.content.decode()
    assert Comment.objects.count() == 0


def article_in(version, number="2"):
    return DraftElement.objects.get(version=version, kind="article", number=number)


def test_a_person_without_a_verified_organisation_is_told_what_to_do(client, consultation):
    sign_in(client, UserFactory())
    html = client.get(f"{consultation.url}comment/{article().key}/").content.decode()
    assert "/kk/partners/join/" in html
    assert 'name="remark"' not in html
