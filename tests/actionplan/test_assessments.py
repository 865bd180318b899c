"""What NGOs say about a measure (issue 17, part 2A): who may assess and who moderates, the
shared moderation queue, the measure's `contested` mark, that nothing unpublished shows, and
following a measure or an area by email.

The plan is conftest's `world`: measure 1.1 is officially implemented (since 2010), 1.9 not
implemented."""

import datetime
import re

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.html import escape

from actionplan.models import Assessment, Follow, Measure
from actionplan.rules import AssessmentError
from actionplan.selectors import published_assessments
from actionplan.services import assessment_publish, assessment_reject, assessment_submit
from library.validation import validate_upload
from tests.accounts.test_two_factor import with_totp
from tests.checks import check_page
from tests.factories import (
    OrganisationFactory,
    UserFactory,
    committed,
    make_pdf,
    member_of,
    report_progress,
    staff_user,
    translate,
    translated,
    verified_member,
)

pytestmark = pytest.mark.django_db

QUEUE = "/admin/consultations/moderation/"
MEASURE = "/en/action-plan/2009-2012/measures/1-1/"
ASSESS = MEASURE + "assess/"
TODAY = datetime.date.today


def staff(group):
    user = staff_user(group, preferred_language="en")
    with_totp(user)
    return user


def submit(measure, person, status="partly-implemented", observed="Only in two regions."):
    organisation = person.memberships.get().organisation
    return assessment_submit(
        measure=measure,
        person=person,
        organisation=organisation,
        assessed_status=status,
        observed=observed,
        assessed_on=datetime.date(2011, 1, 5),
    )


def form(**fields):
    return {
        "assessed_status": "partly-implemented",
        "observed": "The law applies in two regions of fourteen.",
        "assessed_on": "2011-01-05",
        "links": "https://example.org/report\n",
        **fields,
    }


@pytest.mark.parametrize(
    "kind, may_assess, may_moderate",
    [
        ("anonymous", False, False),
        ("signed-in, no organisation", False, False),
        ("member of an unverified organisation", False, False),
        ("member of a verified organisation", True, False),
        ("moderator", False, True),
        ("secretariat", False, False),
        ("editor", False, False),
    ],
)
def test_who_may_assess_a_measure_and_who_moderates(client, world, kind, may_assess, may_moderate):
    measure = world["measures"][1]
    people = {
        "signed-in, no organisation": UserFactory,
        "member of an unverified organisation": lambda: member_of(
            OrganisationFactory(status="pending")
        ),
        "member of a verified organisation": verified_member,
        "moderator": lambda: staff("Moderators"),
        "secretariat": lambda: staff("Action plan secretariat"),
        "editor": lambda: staff("Editors"),
    }
    user = people[kind]() if kind in people else None
    if user is not None:
        client.force_login(user)
    page = client.get(MEASURE).content.decode()
    assert ("Assess this measure" in page) is may_assess
    posted = client.post(ASSESS, form(organisation=""))
    if may_assess:
        organisation = user.memberships.get().organisation
        assert client.get(ASSESS).status_code == 200
        posted = client.post(ASSESS, form(organisation=organisation.pk))
        assert posted.status_code == 302 and posted["Location"].endswith(MEASURE + "#ngo-heading")
        assessment = Assessment.objects.get()
        assert (assessment.status, assessment.organisation_name) == ("pending", organisation.name)
        assert [link.url for link in assessment.links.all()] == ["https://example.org/report"]
    else:
        assert posted.status_code == 302 and not Assessment.objects.exists()
        if user is not None and not user.is_staff:
            with pytest.raises(AssessmentError):
                submit(measure, user) if user.memberships.exists() else assessment_submit(
                    measure=measure,
                    person=user,
                    organisation=None,
                    assessed_status="implemented",
                    observed="…",
                    assessed_on=datetime.date(2011, 1, 5),
                )
    waiting = submit(measure, verified_member())
    queue = client.get(QUEUE, {"kind": "assessments"})
    action = client.post(f"{QUEUE}assessments/{waiting.pk}/publish/")
    waiting.refresh_from_db()
    if may_moderate:
        assert (
            queue.status_code == 200 and f'id="assessments-{waiting.pk}"' in queue.content.decode()
        )
        assert waiting.status == "published"
    else:
        assert queue.status_code in (302, 403) and action.status_code in (302, 403)
        assert waiting.status == "pending"


def test_moderators_publish_and_refuse_assessments_in_the_comments_queue_and_contested_follows(
    client, world
):
    """One queue, the same actions and reasons as comments; `contested` is set when a
    published assessment disagrees with the official status, and cleared when it is taken
    down or when the official status comes to agree."""
    measure = world["measures"][1]  # officially implemented
    author = verified_member(preferred_language="en")
    assessment = submit(measure, author)
    moderator = staff("Moderators")
    client.force_login(moderator)

    queue = client.get(QUEUE, {"kind": "assessments"}).content.decode()  # in Russian
    assert "Only in two regions." in queue and translated("ru", "Do not publish") in queue
    for value, label in Assessment.Reason.choices:
        assert f'<option value="{value}">{translated("ru", label)}</option>' in queue
    assert "Only in two regions." not in client.get(QUEUE).content.decode()  # comments' list

    with committed():
        client.post(f"{QUEUE}assessments/{assessment.pk}/publish/", {"query": "kind=assessments"})
    measure.refresh_from_db()
    assert measure.contested is True
    assert [m.subject for m in mail.outbox] == ["Your assessment of measure 1.1 is published"]

    with committed():
        refused = client.post(f"{QUEUE}assessments/{assessment.pk}/reject/", {"reason": ""})
    assert refused.status_code == 302 and Assessment.objects.get().status == "published"
    with committed():
        client.post(
            f"{QUEUE}assessments/{assessment.pk}/reject/",
            {"reason": "personal-data", "note": "Remove the names, please."},
        )
    assessment.refresh_from_db()
    measure.refresh_from_db()
    assert (assessment.status, assessment.rejection_reason) == ("rejected", "personal-data")
    assert assessment.moderated_by == moderator and measure.contested is False
    rejected = mail.outbox[-1]
    assert rejected.to == [author.email]
    assert "Contains personal data" in rejected.body and "Remove the names" in rejected.body

    assessment_publish(assessment=assessment, by=moderator)  # refused by mistake
    measure.refresh_from_db()
    assert measure.contested is True
    with committed():
        report_progress(measure, "partly-implemented", TODAY())  # now the two agree
    measure.refresh_from_db()
    assert measure.contested is False
    report_progress(measure, "implemented", TODAY())
    measure.refresh_from_db()
    assert measure.contested is True
    assert client.post(f"{QUEUE}assessments/{10**30}/publish/").status_code == 404
    assert client.post(f"{QUEUE}nothing/{assessment.pk}/publish/").status_code == 404


def test_an_unpublished_assessment_never_shows_on_the_measure_the_dashboard_or_in_search(
    client, world
):
    measure = world["measures"][9]  # officially not implemented
    moderator = staff("Moderators")
    pending = submit(measure, verified_member(), status="implemented", observed="Zyxwvut seen.")
    refused = submit(measure, verified_member(), status="implemented", observed="Qwertyu seen.")
    assessment_reject(assessment=refused, reason="off-topic", note="", by=moderator)
    shown = submit(measure, verified_member(), status="in-progress", observed="Abcdefg seen.")
    assessment_publish(assessment=shown, by=moderator)
    assert list(published_assessments(measures=[measure.pk])) == [shown]
    page = client.get("/en/action-plan/2009-2012/measures/1-9/").content.decode()
    assert "What NGOs say" in page and "Abcdefg seen." in page
    assert "Zyxwvut" not in page and "Qwertyu" not in page
    assert shown.organisation_name in page and pending.organisation_name not in page
    dashboard = client.get(world["url"])
    assert [m.number for m in dashboard.context["figures"].contested] == ["1.9"]
    assert_not_in_search(client, "Zyxwvut", "Zyxwvut seen.")
    assessment_reject(assessment=shown, reason="duplicate", note="", by=moderator)
    assert client.get(world["url"]).context["figures"].contested == []
    assert "Abcdefg" not in client.get("/en/action-plan/2009-2012/measures/1-9/").content.decode()


def assert_not_in_search(client, word, text):
    response = client.get("/en/search/", {"q": word})
    assert response.status_code == 200 and text not in response.content.decode()


def test_evidence_files_are_checked_by_content_and_shown_only_once_published(client, world):
    translate(world["tracker"], "ru", title="Национальный план", slug="action-plan")
    member = verified_member(preferred_language="ru")
    organisation = member.memberships.get().organisation
    client.force_login(member)
    web_page = b"<!doctype html><html><body><script>alert(1)</script></body></html>"
    messages = {}
    for code in ("en", "ru"):
        with translation.override(code), pytest.raises(ValidationError) as refused:
            validate_upload(SimpleUploadedFile("report.pdf", web_page))
        messages[code] = refused.value.messages[0]
    russian = messages["ru"]
    assert russian != messages["en"]
    answer = client.post(
        "/ru/action-plan/2009-2012/measures/1-1/assess/",
        form(organisation=organisation.pk, files=SimpleUploadedFile("report.pdf", web_page)),
    )
    assert answer.status_code == 200 and escape(russian) in answer.content.decode()
    assert not Assessment.objects.exists()
    client.post(
        ASSESS,
        form(organisation=organisation.pk, files=SimpleUploadedFile("отчёт.PDF", make_pdf())),
    )
    evidence = Assessment.objects.get().files.get()
    assert (evidence.name, evidence.content_type) == ("отчёт.pdf", "application/pdf")
    address = f"/en/action-plan/evidence/{evidence.pk}/"
    assert client.get(address).status_code == 200  # its author
    client.logout()
    assert client.get(address).status_code == 404
    assessment_publish(assessment=evidence.assessment, by=staff("Moderators"))
    download = client.get(address)
    assert download.status_code == 200 and download["Content-Type"] == "application/pdf"
    assert download["Content-Disposition"].startswith("attachment")
    assert address in client.get(MEASURE).content.decode()


def test_bad_input_gets_a_message_and_saves_nothing(client, world):
    member = verified_member()
    organisation = member.memberships.get().organisation
    client.force_login(member)
    cases = [
        ({}, "This field is required."),
        (form(organisation=organisation.pk, observed="x" * 5001), "at most 5000 characters"),
        (form(organisation=organisation.pk, links="javascript:alert(1)"), "is not a web address"),
        (form(organisation=organisation.pk, links="\n".join(["https://a.kz"] * 6)), "at most five"),
        (form(organisation=organisation.pk, assessed_on="2999-01-01"), "from 1990 to today"),
        (form(organisation=organisation.pk, assessed_on="10.01.2011"), "YYYY-MM-DD"),
        (form(organisation=organisation.pk, assessed_status="done"), "Select a valid choice"),
        (form(organisation=OrganisationFactory().pk), "Select a valid choice"),
        (form(organisation="9" * 40, observed="\x00"), "Select a valid choice"),
    ]
    for data, message in cases:
        answer = client.post(ASSESS, data)
        assert answer.status_code == 200 and message in answer.content.decode(), message
    assert not Assessment.objects.exists()
    assert client.get("/en/action-plan/2009-2012/measures/99-99/assess/").status_code == 404
    assert (
        client.post("/en/action-plan/follow/", {"measure": "9" * 30, "on": "1"}).status_code == 302
    )
    assert client.post("/en/action-plan/follow/", {"measure": str(10**15)}).status_code == 404
    assert client.get("/en/action-plan/unsubscribe/not-a-token/").status_code == 200
    assert client.post("/en/action-plan/unsubscribe/not-a-token/").status_code == 404


def test_followers_of_a_measure_or_its_area_are_emailed_when_its_status_changes(client, world):
    measure = world["measures"][9]  # not implemented, in the legislation area
    follower = verified_member(preferred_language="en")
    of_area = verified_member(preferred_language="en")
    client.force_login(follower)
    client.post("/en/action-plan/follow/", {"measure": measure.pk, "on": "1", "next": MEASURE})
    client.post("/en/action-plan/follow/", {"area": measure.area_id, "on": "1"})  # both: once
    client.force_login(of_area)
    client.post("/en/action-plan/follow/", {"area": measure.area_id, "on": "1"})
    page = client.get("/en/action-plan/2009-2012/measures/1-9/").content.decode()
    assert "Stop following the area" in page and "Follow this measure" in page
    filtered = client.get(world["url"], {"area": measure.area_id}).content.decode()
    assert "Stop following the area" in filtered
    assert Follow.objects.count() == 3

    with committed():
        report_progress(measure, "not-implemented", TODAY())  # the same status: no email
    assert mail.outbox == []
    with committed():
        report_progress(measure, "implemented", TODAY())
    assert sorted(m.to[0] for m in mail.outbox) == sorted([follower.email, of_area.email])
    message = next(m for m in mail.outbox if m.to == [follower.email])
    assert message.subject == "Measure 1.9: Implemented"
    assert "http://testserver/en/action-plan/2009-2012/measures/1-9/" in message.body
    link = re.search(r"http://testserver(/en/action-plan/unsubscribe/[^/\s]+/)", message.body)
    assert message.extra_headers["List-Unsubscribe"] == f"<http://testserver{link[1]}>"

    client.force_login(follower)
    account = client.get("/en/accounts/me/").content.decode()
    assert "Action plan: what I follow" in account and "Measure 1.9" in account
    client.logout()
    done = client.post(link[1])
    assert done.status_code == 200 and "You no longer follow" in done.content.decode()
    assert client.post(link[1]).status_code == 200  # a second click: nothing left to undo
    assert Follow.objects.filter(person=follower).count() == 1
    with committed():
        report_progress(Measure.objects.get(pk=measure.pk), "in-progress", TODAY())
    assert len(mail.outbox) == 2 + 2  # the follower still follows the area


def test_the_measure_page_costs_the_same_queries_with_2_or_12_assessments(
    client, world, django_assert_num_queries
):
    measure = world["measures"][1]
    moderator = staff("Moderators")
    member = verified_member()

    def add(n):
        for _ in range(n):
            assessment = submit(measure, verified_member())
            assessment.links.create(url="https://example.org/a")
            assessment.files.create(name="a.pdf", content_type="application/pdf", size=3)
            assessment_publish(assessment=assessment, by=moderator)
        submit(measure, member)

    add(2)
    client.force_login(member)
    client.get(MEASURE)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(MEASURE).status_code == 200
    add(10)
    with django_assert_num_queries(len(queries)):
        page = client.get(MEASURE)
    assert len(page.context["assessments"].object_list) == 10
    assert len(page.context["my_assessments"]) == 2


def test_the_pages_with_assessments_and_follows_are_valid_and_accessible(client, world):
    measure = world["measures"][1]
    member = verified_member()
    shown = submit(measure, verified_member())
    shown.links.create(url="https://example.org/a-very-long-address/" + "x" * 200)
    assessment_publish(assessment=shown, by=staff("Moderators"))
    submit(measure, member)
    client.force_login(member)
    client.post("/en/action-plan/follow/", {"measure": measure.pk, "on": "1"})
    pages = [
        client.get(MEASURE),
        client.get(ASSESS),
        client.post(ASSESS, {"observed": "x" * 5001}),
        client.get(world["url"], {"area": measure.area_id}),
        client.get("/en/accounts/me/"),
        client.get("/en/action-plan/unsubscribe/not-a-token/"),
    ]
    for page in pages:
        assert page.status_code == 200
        check_page(page.content.decode())
    soup = BeautifulSoup(pages[2].content, "html.parser")
    observed = soup.find("textarea", attrs={"name": "observed"})
    assert "id_observed_error" in observed["aria-describedby"]


def test_a_report_recorded_or_deleted_in_the_admin_refreshes_contested_and_tells_followers(
    client, world
):
    from tests.actionplan.test_admin import report_form  # noqa: PLC0415 - the admin's form

    measure = world["measures"][9]  # officially not implemented
    assessment_publish(
        assessment=submit(measure, verified_member(), status="implemented"),
        by=staff("Moderators"),
    )
    measure.refresh_from_db()
    assert measure.contested is True
    follower = verified_member(preferred_language="en")
    Follow.objects.create(person=follower, measure=measure)
    client.force_login(staff("Action plan secretariat"))
    with committed():
        added = client.post(
            "/admin/action-plan/progress/add/",
            report_form(measure, reported_on=TODAY().isoformat()),
        )
    assert added.status_code == 302
    measure.refresh_from_db()
    assert measure.contested is False
    assert [m.to for m in mail.outbox] == [[follower.email]]
    report = measure.progress_reports.order_by("-pk").first()
    administrator = staff_user(None, is_superuser=True)  # the secretariat never deletes
    with_totp(administrator)
    client.force_login(administrator)
    client.post(f"/admin/action-plan/progress/delete/{report.pk}/")
    measure.refresh_from_db()
    assert measure.contested is True and not measure.progress_reports.filter(pk=report.pk).exists()


def test_everything_a_person_follows_is_on_a_page_of_its_own(client, world, monkeypatch):
    """My account lists the latest few follows and links to all of them: a page of their own,
    newest first, paged, with nobody else's, and each "stop following" comes back to it."""
    monkeypatch.setattr("actionplan.assessment_views.FOLLOWS_PER_PAGE", 5)
    person, other = verified_member(), verified_member()
    measures = [world["measures"][n] for n in range(1, 10)]
    for measure in measures:
        Follow.objects.create(person=person, measure=measure)
    Follow.objects.create(person=person, area=measures[0].area)
    Follow.objects.create(person=other, measure=world["measures"][10])
    ALL = "/en/accounts/me/action-plan/"
    assert client.get(ALL).status_code == 302  # signed in only

    client.force_login(person)
    account = BeautifulSoup(client.get("/en/accounts/me/").content, "html.parser")
    panel = account.find(id="action-plan-following")
    assert len(panel.select(".account-item")) == 5
    assert panel.find("a", href=ALL).get_text() == "All the measures and areas I follow"

    first = client.get(ALL)
    check_page(first.content.decode())
    soup = BeautifulSoup(first.content, "html.parser")
    titles = [p.get_text(" ", strip=True) for p in soup.select(".account-item__title")]
    assert titles[0].startswith("Area:")  # the newest first
    assert [t.split(":")[0] for t in titles[1:]] == [
        "Measure 1.9",
        "Measure 1.8",
        "Measure 1.7",
        "Measure 1.6",
    ]
    assert "Page 1 of 2" in soup.find("nav", class_="pagination").get_text()
    last = BeautifulSoup(client.get(ALL, {"page": "2"}).content, "html.parser")
    shown = [p.get_text(" ", strip=True) for p in last.select(".account-item__title")]
    assert [t.split(":")[0] for t in shown] == [
        "Measure 1.5",
        "Measure 1.4",
        "Measure 1.3",
        "Measure 1.2",
        "Measure 1.1",
    ]
    assert "Measure 1.10" not in first.content.decode() + str(last)  # another person's

    stop = last.select_one(".account-item form")
    back = stop.find("input", attrs={"name": "next"})["value"]
    assert back == ALL + "?page=2"
    answer = client.post(stop["action"], {"next": back})
    assert answer.status_code == 302 and answer["Location"] == back
    assert Follow.objects.filter(person=person).count() == 9
    assert Follow.objects.filter(person=other).count() == 1

    Follow.objects.filter(person=person).delete()
    empty = client.get(ALL)
    check_page(empty.content.decode())
    assert "You do not follow any measure or area of the action plan." in empty.content.decode()


def test_the_author_withdraws_an_assessment_while_it_waits_and_only_then(client, world):
    """A "Withdraw" link beside the author's own waiting assessment, a question, and the
    answer on the measure page: it leaves the moderators' queue. Nobody else may, and a
    decided assessment stays as decided."""
    measure = world["measures"][1]
    author, colleague = verified_member(), verified_member()
    waiting = submit(measure, author)
    url = f"{MEASURE}assessments/{waiting.pk}/withdraw/"
    assert client.get(url).status_code == 302  # sign in first
    assert "/accounts/login/" in client.get(url)["Location"]

    moderator = staff("Moderators")
    client.force_login(moderator)
    assert "Only in two regions." in client.get(QUEUE, {"kind": "assessments"}).content.decode()

    client.force_login(colleague)  # somebody else's: not there for them
    assert client.get(url).status_code == 404
    assert client.post(url).status_code == 404
    client.force_login(author)
    assert client.get(f"{MEASURE}assessments/{10**20}/withdraw/").status_code == 404
    page = BeautifulSoup(client.get(MEASURE).content, "html.parser")
    assert page.find("a", href=url).get_text(" ", strip=True).startswith("Withdraw")

    question = client.get(url)
    check_page(question.content.decode())
    assert "Only in two regions." in question.content.decode()
    answer = client.post(url, follow=True)
    assert answer.redirect_chain[-1][0] == MEASURE + "#ngo-heading"
    assert "Your assessment is withdrawn: nobody will see it." in answer.content.decode()
    waiting.refresh_from_db()
    assert waiting.status == Assessment.Status.WITHDRAWN
    assert not BeautifulSoup(answer.content, "html.parser").find("a", href=url)
    client.force_login(moderator)
    assert "Only in two regions." not in client.get(QUEUE, {"kind": "assessments"}).content.decode()

    published = submit(measure, author, observed="Seen in every region.")
    assessment_publish(assessment=published, by=moderator)
    client.force_login(author)
    again = f"{MEASURE}assessments/{published.pk}/withdraw/"
    refused = client.post(again, follow=True)
    assert "This assessment can no longer be withdrawn." in refused.content.decode()
    published.refresh_from_db()
    assert published.status == Assessment.Status.PUBLISHED


def test_an_assessment_is_marked_with_the_language_it_is_written_in(client, world):
    """Screen readers read a text in the language its element says: an assessment in Russian
    on the Kazakh page says `lang="ru"`, one in Kazakh says nothing there (the page's own),
    and one whose letters do not tell takes the language of the page it was written on."""
    measure = world["measures"][1]
    moderator = staff("Moderators")
    written = {
        "ru": "Закон применяется только в двух областях из четырнадцати.",
        "kk": "Заң он төрт облыстың тек екеуінде ғана қолданылады.",
    }
    for text in written.values():
        assessment_publish(
            assessment=submit(measure, verified_member(), observed=text), by=moderator
        )
    with translation.override("en"):
        unclear = submit(measure, verified_member(), observed="2/14")
    assert {a.observed: a.language for a in Assessment.objects.all()} == {
        written["ru"]: "ru",
        written["kk"]: "kk",
        "2/14": "en",
    }
    page = BeautifulSoup(client.get(MEASURE.replace("/en/", "/kk/")).content, "html.parser")
    texts = {
        element.get_text(strip=True): element.get("lang")
        for element in page.select(".assessment__text")
    }
    assert texts == {written["ru"]: "ru", written["kk"]: None}
    assert unclear.status == "pending"


def test_the_migration_gives_existing_assessments_the_language_of_their_letters(world):
    import importlib  # noqa: PLC0415 - the migration's module, once

    from django.apps import apps  # noqa: PLC0415

    measure = world["measures"][1]
    russian = submit(
        measure, verified_member(), observed="Закон применяется только в двух областях."
    )
    unclear = submit(measure, verified_member(), observed="2/14")
    Assessment.objects.update(language="")
    migration = importlib.import_module("actionplan.migrations.0005_assessment_language")
    migration.fill_languages(apps, None)
    russian.refresh_from_db()
    unclear.refresh_from_db()
    assert (russian.language, unclear.language) == ("ru", "kk")
