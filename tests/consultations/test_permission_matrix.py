"""Who may do what on a consultation, role by role: comment, change, withdraw, moderate,
respond, preview and export the table, import the draft."""

import pytest

from consultations.models import Comment, ConsultationPage, DraftElement, Report, Response
from consultations.parsing import split_draft
from consultations.services import comment_create, version_import, version_publish
from tests.accounts.test_two_factor import with_totp
from tests.conftest import indexes_off, made_once
from tests.factories import (
    RUSSIAN_DRAFT,
    OrganisationFactory,
    make_consultation,
    make_consultation_index,
    member_of,
    site_homes,
    staff_user,
    verified_member,
)

pytestmark = pytest.mark.django_db

ROLES = [
    "anonymous",
    "unverified organisation",
    "member",
    "author",
    "other NGO",
    "editor",
    "moderator",
]


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """A consultation with a pending comment and a person of each role: made once for the
    module (each test's changes are rolled back)."""
    with made_once(django_db_blocker):
        with indexes_off():
            yield build_world()


def build_world():
    homes = site_homes()
    page = make_consultation(make_consultation_index(homes["kk"]))
    version = version_import(
        consultation=page, language="ru", elements=split_draft(RUSSIAN_DRAFT), by=None
    )
    version_publish(version=version, note="", by=None)
    author = verified_member()
    comment = comment_create(
        consultation=page,
        element=DraftElement.objects.get(kind="article", number="2"),
        person=author,
        organisation=author.memberships.get().organisation,
        remark="Ожидающее замечание",
    )
    people = {
        "anonymous": None,
        "unverified organisation": member_of(OrganisationFactory(status="pending")),
        "member": verified_member(),
        "author": author,
        "other NGO": member_of(OrganisationFactory(), role="representative"),
        "editor": staff_user("Editors"),
        "moderator": staff_user("Moderators"),
    }
    for role in ("editor", "moderator"):
        with_totp(people[role])
    return {"page": page, "comment": comment, "people": people}


def as_role(client, world, role):
    person = world["people"][role]
    if person is not None:
        client.force_login(person)
    return person


@pytest.mark.parametrize("role", ROLES)
def test_who_may_comment(client, world, role):
    """The comment form is offered exactly to those whose comment is then accepted
    (consultations.rules.may_comment decides for both)."""
    page = world["page"]
    person = as_role(client, world, role)
    key = DraftElement.objects.get(kind="article", number="3").key
    organisation = (
        person.memberships.first().organisation_id
        if person is not None and person.memberships.exists()
        else ""
    )
    form = client.get(f"{page.url}comment/{key}/")
    offered = form.status_code == 200 and 'name="remark"' in form.content.decode()
    before = Comment.objects.count()
    client.post(
        f"{page.url}comment/{key}/",
        {"version": "1", "organisation": organisation, "remark": "Новое"},
    )
    added = Comment.objects.count() - before
    assert added == (1 if role in {"member", "author", "other NGO"} else 0)
    assert offered == bool(added)


@pytest.mark.parametrize("role", ROLES)
def test_who_sees_a_pending_comment(client, world, role):
    as_role(client, world, role)
    html = client.get(world["page"].url + "comments/").content.decode()
    assert ("Ожидающее замечание" in html) == (role == "author")


@pytest.mark.parametrize("role", ROLES)
def test_who_may_change_or_withdraw_it(client, world, role):
    page, comment = world["page"], world["comment"]
    as_role(client, world, role)
    client.post(
        f"{page.url}comments/{comment.pk}/edit/",
        {"remark": "Изменено", "justification": "", "proposed_wording": ""},
    )
    comment.refresh_from_db()
    assert (comment.remark == "Изменено") == (role == "author")
    client.post(f"{page.url}comments/{comment.pk}/withdraw/")
    comment.refresh_from_db()
    assert (comment.status == "withdrawn") == (role == "author")


@pytest.mark.parametrize("role", ROLES)
def test_who_may_moderate_and_respond(client, world, role):
    comment = world["comment"]
    as_role(client, world, role)
    queue = client.get("/admin/consultations/moderation/")
    assert (queue.status_code == 200) == (role == "moderator")
    client.post(f"/admin/consultations/moderation/{comment.pk}/publish/")
    comment.refresh_from_db()
    assert (comment.status == "published") == (role == "moderator")
    Comment.objects.filter(pk=comment.pk).update(status="published")
    client.post(
        "/admin/consultations/moderation/respond/",
        {"comments": [comment.pk], "decision": "noted", "reasoning": "Учтём."},
    )
    assert Response.objects.filter(comment=comment).exists() == (role == "moderator")


@pytest.mark.parametrize("role", ROLES)
def test_who_may_preview_export_and_publish_the_table(client, world, role):
    page = world["page"]
    ConsultationPage.objects.filter(pk=page.pk).update(
        opens_at=page.opens_at.replace(year=2020), closes_at=page.opens_at.replace(year=2021)
    )
    Comment.objects.update(status="rejected", rejection_reason="duplicate")
    as_role(client, world, role)
    url = f"/admin/consultations/{page.pk}/report/"
    preview = client.get(url, {"download": "xlsx", "language": "ru"})
    assert (preview.status_code == 200) == (role == "moderator")
    assert client.get(page.url + "report/xlsx/").status_code == 404  # not published yet
    client.post(url)
    assert Report.objects.exists() == (role == "moderator")


@pytest.mark.parametrize("role", ROLES)
def test_who_may_import_the_draft(client, world, role):
    page = world["page"]
    as_role(client, world, role)
    before = page.versions.count()
    client.post(
        f"/admin/consultations/{page.pk}/draft/", {"language": "kk", "text": "1-бап. Атауы\nМәтін."}
    )
    # editors (who may edit the page); moderators moderate and answer, they do not edit pages
    assert page.versions.count() - before == (1 if role == "editor" else 0)
