from io import BytesIO, StringIO

import docx
import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.test import override_settings
from django.utils import timezone
from django.utils.html import escape
from pypdf import PdfReader
from wagtail.models import Page, Site

from actionplan.models import Measure, Plan, ProgressReport
from consultations.models import (
    Comment,
    ConsultationPage,
    DraftElement,
    DraftVersion,
    Report,
    Response,
)
from demo import actionplan, content
from events.models import EventPage, Registration, StatusNotice
from events.selectors import seat_counts
from kenes.models import FooterText, HomePage, NewsPage
from library.models import LibraryPage, Material
from partners.bin import is_valid_bin
from partners.models import Membership, Organisation
from partners.permissions import is_member_of_verified_organisation

# seed_demo runs once for the module (`demo_site`); tests that run it again check that a
# second run changes nothing.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_site")]


@override_settings(DEBUG=True)
def test_seed_demo_builds_the_site_in_three_languages_and_is_idempotent(client):
    def counts():
        return (
            Page.objects.count(),
            get_user_model().objects.count(),
            FooterText.objects.count(),
            Organisation.objects.count(),
            Membership.objects.count(),
            Registration.objects.count(),
            StatusNotice.objects.count(),
            DraftVersion.objects.count(),
            DraftElement.objects.count(),
            Comment.objects.count(),
            Material.objects.count(),
        )

    before = counts()
    call_command("seed_demo", stdout=StringIO())
    assert counts() == before
    assert sorted(HomePage.objects.values_list("locale__language_code", flat=True)) == [
        "en",
        "kk",
        "ru",
    ]
    assert NewsPage.objects.filter(locale__language_code="ru").count() == len(content.NEWS) + len(
        content.RECENT_NEWS
    )
    shymkent = client.get("/en/news/shymkent-training-seminar-2015/")
    assert "150 representatives" in shymkent.content.decode()
    assert client.get("/ru/about/").status_code == 200
    assert Organisation.objects.filter(status="pending").count() == 2
    assert Organisation.objects.filter(kind="international", status="verified").count() == 6
    assert all(is_valid_bin(o.bin) for o in Organisation.objects.exclude(bin=None))
    ngo = get_user_model().objects.get(email="ngo@kenes.kz")
    assert is_member_of_verified_organisation(ngo)


@override_settings(DEBUG=True)
def test_seed_demo_creates_every_role_with_a_verified_email(client):
    User = get_user_model()
    editor = User.objects.get(email="editor@kenes.kz")
    assert list(editor.groups.values_list("name", flat=True)) == ["Editors"]
    assert User.objects.get(email="admin@kenes.kz").is_superuser
    ngo = User.objects.get(email="ngo@kenes.kz")
    assert not ngo.is_staff
    response = client.post(
        "/kk/accounts/login/", {"login": "ngo@kenes.kz", "password": content.DEMO_PASSWORD}
    )
    assert response.status_code == 302


@override_settings(DEBUG=False)
def test_seed_demo_refuses_without_debug():
    people = get_user_model().objects.count()
    with pytest.raises(CommandError, match="DEBUG=1"):
        call_command("seed_demo")
    assert get_user_model().objects.count() == people


@override_settings(DEBUG=True, KENES_PRODUCTION=True)
def test_seed_demo_refuses_production_settings_even_with_debug():
    people = get_user_model().objects.count()
    with pytest.raises(CommandError, match="production settings"):
        call_command("seed_demo")
    assert get_user_model().objects.count() == people


@override_settings(DEBUG=True)
def test_seed_demo_leaves_a_configured_site_alone():
    site = Site.objects.get(is_default_site=True)
    site.hostname = "kenes.example.kz"
    site.save()
    call_command("seed_demo", stdout=StringIO())
    assert Site.objects.get(is_default_site=True).hostname == "kenes.example.kz"


@override_settings(DEBUG=True, WAGTAILADMIN_BASE_URL="http://127.0.0.1:8101")
def test_a_demo_served_on_another_port_links_there(client):
    """`PORT=8101 make run` on a demo database made for port 8000: links, feeds and emails
    follow (the Makefile sets BASE_URL from PORT)."""
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "127.0.0.1", 8000
    site.save()
    call_command("seed_demo", stdout=StringIO())
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("127.0.0.1", 8101)
    assert site.root_url == "http://127.0.0.1:8101"
    html = client.get("/ru/events/", HTTP_HOST="127.0.0.1:8101").content.decode()
    assert "http://127.0.0.1:8101/ru/feeds/events.ics" in html
    assert ":8000" not in html


@override_settings(DEBUG=True)
def test_the_news_leads_with_recent_items_announcing_what_the_demo_holds(client):
    """Recent news, dated in the weeks before the demo is loaded, in front of the seed
    articles, which keep their real dates; each announces what the demo really has."""
    today = timezone.localdate()
    news = list(NewsPage.objects.filter(locale__language_code="ru").order_by("-date"))
    recent = news[: len(content.RECENT_NEWS)]
    assert all(today - timezone.timedelta(days=21) <= item.date <= today for item in recent)
    assert {item.date.year for item in news[len(content.RECENT_NEWS) :]} == {2011, 2015}
    webinar = EventPage.objects.get(
        slug="webinar-commenting-on-draft-laws", locale__language_code="ru"
    )
    announcement = next(item for item in recent if item.slug == "december-events-announced")
    day = timezone.localtime(webinar.start).day
    assert f"{day} " in announcement.intro
    draft = consultation("public-councils-amendments", "ru")
    opening = next(item for item in recent if item.slug == "public-councils-draft-open")
    assert f"{timezone.localtime(draft.closes_at).day} " in opening.intro
    home = client.get("/ru/").content.decode()
    assert home.index(escape(opening.title)) < home.index("2015")


@override_settings(DEBUG=True)
def test_each_demo_response_answers_its_own_comment():
    """The commission's demo responses are written for their comments: none is reused."""
    reasonings = list(Response.objects.values_list("reasoning", flat=True))
    assert len(reasonings) == len(set(reasonings)) >= 4
    by_remark = {
        entry["remark"]: entry["response"]
        for item in content.CONSULTATIONS
        for entry in item["comments"]
        if "response" in entry
    }
    for response in Response.objects.select_related("comment"):
        assert (response.decision, response.reasoning) == by_remark[response.comment.remark]


def originals():
    """The demo events in Kazakh, the pages registrations belong to."""
    return EventPage.objects.filter(locale__language_code="kk")


@override_settings(DEBUG=True)
def test_seed_demo_adds_events_in_three_languages(client):
    events = originals()
    assert events.count() == len(content.EVENTS)
    assert EventPage.objects.count() == 3 * len(content.EVENTS)
    assert set(events.values_list("kind", flat=True)) == set(EventPage.Kind.values)
    upcoming = list(events.upcoming())
    assert 2 <= events.past().count() <= 3
    assert len(upcoming) >= 4
    for code in ("kk", "ru", "en"):
        response = client.get(f"/{code}/events/")
        assert response.status_code == 200
        page = response.content.decode()
        for event in upcoming:
            title = EventPage.objects.get(
                translation_key=event.translation_key, locale__language_code=code
            ).title
            assert escape(title) in page
    for event in events:
        start = timezone.localtime(event.start)
        assert (start.minute, start.second) == (0, 0)  # on the hour, Almaty time
        for code in ("ru", "en"):
            translated = EventPage.objects.get(
                translation_key=event.translation_key, locale__language_code=code
            )
            assert translated.live
            assert translated.title != event.title
            assert translated.start == event.start
            # Answers are stored under the question's block id, the same in every language.
            assert [block.id for block in translated.questions] == [
                block.id for block in event.questions
            ]
    menu = client.get("/ru/").content.decode()
    assert 'href="/ru/events/"' in menu


@override_settings(DEBUG=True)
def test_seed_demo_events_show_a_full_one_a_waiting_list_and_a_cancelled_one():
    upcoming = originals().upcoming()
    scheduled = upcoming.filter(status=EventPage.Status.SCHEDULED)
    counts = {event.slug: seat_counts(event) for event in scheduled}
    full = [
        slug for slug, count in counts.items() if count["free"] == 0 and count["waitlisted"] == 0
    ]
    waiting = [slug for slug, count in counts.items() if count["waitlisted"]]
    assert len(full) == 1
    assert len(waiting) == 1
    full_event = scheduled.get(slug=full[0])
    assert counts[full[0]]["confirmed"] == full_event.capacity
    assert counts[waiting[0]]["taken"] == scheduled.get(slug=waiting[0]).capacity
    cancelled = upcoming.filter(status=EventPage.Status.CANCELLED)
    assert cancelled.count() == 1
    assert all(
        page.status_note
        for page in EventPage.objects.filter(translation_key=cancelled.get().translation_key)
    )
    webinar = originals().get(kind=EventPage.Kind.WEBINAR)
    assert webinar.is_online and webinar.join_url
    seminar = originals().past().get(kind=EventPage.Kind.SEMINAR)
    assert seminar.training_hours and seminar.seats_per_organisation == 2
    assert seminar.is_multi_day
    assert any(len(event.questions) for event in originals())


@override_settings(DEBUG=True)
def test_seed_demo_member_has_a_seat_a_place_on_the_waiting_list_and_a_certificate(client):
    ngo = get_user_model().objects.get(email="ngo@kenes.kz")
    now = timezone.now()
    mine = Registration.objects.filter(person=ngo).select_related("event")
    upcoming = mine.filter(event__start__gt=now)
    assert upcoming.filter(status=Registration.Status.CONFIRMED).exists()
    waitlisted = upcoming.get(status=Registration.Status.WAITLISTED)
    assert waitlisted.waitlist_position() is not None
    attended = mine.get(status=Registration.Status.ATTENDED, event__kind=EventPage.Kind.SEMINAR)

    client.force_login(ngo)
    page = client.get(f"/en/events/{waitlisted.event.slug}/")
    assert page.context["registration"] == waitlisted
    certificate = client.get(f"/ru/events/{attended.event.slug}/certificate/?language=ru")
    assert certificate.status_code == 200
    assert certificate["Content-Type"] == "application/pdf"


def consultation(slug, code="kk"):
    return ConsultationPage.objects.get(slug=slug, locale__language_code=code)


@override_settings(DEBUG=True)
def test_seed_demo_adds_consultations_in_three_languages(client):
    open_one = consultation("public-councils-amendments")
    closed = consultation("ngo-reporting")
    assert open_one.is_open
    assert closed.status == ConsultationPage.Status.REPORTED  # closed, its table published
    for page in (open_one, closed):
        for moment in (page.opens_at, page.closes_at):
            local = timezone.localtime(moment)
            assert (local.minute, local.second) == (0, 0)  # on the hour, Almaty time
    for code in ("kk", "ru", "en"):
        response = client.get(f"/{code}/consultations/")
        assert response.status_code == 200
        listed = list(response.context["consultations"])
        assert [page.slug for page in listed] == ["public-councils-amendments", "ngo-reporting"]
        html = response.content.decode()
        titles = [
            escape(consultation(slug, code).title)
            for slug in ("public-councils-amendments", "ngo-reporting")
        ]
        assert html.index(titles[0]) < html.index(titles[1])
        translated = consultation("public-councils-amendments", code)
        assert translated.live and translated.opens_at == open_one.opens_at
        assert client.get(f"/{code}/consultations/ngo-reporting/").status_code == 200
    assert 'href="/ru/consultations/"' in client.get("/ru/").content.decode()

    version = DraftVersion.objects.get(consultation=open_one)
    assert version.is_published
    articles = version.elements.filter(kind=DraftElement.Kind.ARTICLE)
    assert "5-1" in articles.values_list("number", flat=True)
    assert all(article.text_kk and article.text_ru for article in articles)
    kazakh = client.get("/kk/consultations/public-councils-amendments/").content.decode()
    russian = client.get("/ru/consultations/public-councils-amendments/").content.decode()
    assert "Қоғамдық кеңестің құрамы" in kazakh and "Состав общественного совета" not in kazakh
    assert "Состав общественного совета" in russian and "Қоғамдық кеңестің құрамы" not in russian
    assert DraftVersion.objects.get(consultation=closed).is_published


@override_settings(DEBUG=True)
def test_seed_demo_consultation_has_comments_in_every_state(client):
    open_one = consultation("public-councils-amendments")
    comments = Comment.objects.filter(consultation=open_one)
    states = {status: comments.filter(status=status).count() for status in Comment.Status.values}
    assert states == {"published": 3, "pending": 2, "rejected": 1, "withdrawn": 1}
    published = comments.filter(status=Comment.Status.PUBLISHED)
    assert published.filter(element=None).count() == 1
    assert published.exclude(element=None).values("element").distinct().count() == 2
    assert len({comment.organisation_id for comment in published}) == 3
    assert all(comment.remark and comment.justification for comment in published)
    assert published.exclude(proposed_wording="").exists()
    assert all(comment.published_at and comment.moderated_by for comment in published)
    rejected = comments.get(status=Comment.Status.REJECTED)
    assert rejected.rejection_reason == Comment.Reason.OFF_TOPIC and rejected.moderator_note
    closed = consultation("ngo-reporting")
    closed_comments = Comment.objects.filter(consultation=closed)
    assert closed_comments.count() >= 2
    assert all(c.status == Comment.Status.PUBLISHED for c in closed_comments)
    assert all(closed.opens_at < c.created_at < closed.closes_at for c in closed_comments)

    # The demo NGO member sees their comment awaiting moderation, with change and withdraw.
    ngo = get_user_model().objects.get(email="ngo@kenes.kz")
    mine = comments.get(author=ngo)
    assert mine.is_pending
    client.force_login(ngo)
    response = client.get("/kk/consultations/public-councils-amendments/")
    assert response.context["my_comments"] == [mine]
    page = response.content.decode()
    assert f"comments/{mine.pk}/edit/" in page and f"comments/{mine.pk}/withdraw/" in page
    listing = client.get("/ru/consultations/public-councils-amendments/comments/")
    assert listing.status_code == 200
    assert escape(published.first().remark) in listing.content.decode()


@override_settings(DEBUG=True)
def test_the_closed_demo_consultation_has_its_responses_and_report(client):
    call_command("seed_demo", stdout=StringIO())  # a second time: nothing more
    assert Report.objects.count() == 1
    closed = Report.objects.get().consultation
    assert not Comment.objects.published().filter(consultation=closed, response=None).exists()
    assert client.get(closed.url + "report/").status_code == 200
    open_one = ConsultationPage.objects.exclude(pk=closed.pk).get(locale__language_code="kk")
    assert Response.objects.filter(comment__consultation=open_one).count() == 1


@override_settings(DEBUG=True)
def test_seed_demo_fills_the_library_with_real_files_for_every_access_level(client):
    for code, title in [("kk", "Кітапхана"), ("ru", "Библиотека"), ("en", "Library")]:
        page = LibraryPage.objects.get(locale__language_code=code)
        assert (page.title, page.url, page.live) == (title, f"/{code}/library/", True)
        assert client.get(f"/{code}/library/").status_code == 200
    assert 'href="/ru/library/"' in client.get("/ru/").content.decode()

    materials = Material.objects.all()
    assert set(materials.values_list("access", flat=True)) == set(Material.Access.values)
    assert set(materials.values_list("kind", flat=True)) == set(Material.Kind.values)
    regulations = materials.get(title="Положение о Комиссии по правам человека")
    versions = materials.filter(translation_key=regulations.translation_key)
    assert sorted(versions.values_list("language", flat=True)) == ["en", "kk", "ru"]
    for material in materials:
        with material.open_file() as file:
            data = file.read()
        if material.file_extension == "pdf":
            assert data.startswith(b"%PDF-")
        else:
            assert docx.Document(BytesIO(data)).paragraphs[0].text == material.title
        assert material.file_text  # read at once, whatever the task backend
        assert material.description and material.download_count > 0
        assert material.topics.exists()

    # Found by a form of a word its file has ("высылка"), and never showing internal files.
    found = client.get("/ru/library/", {"q": "высылке"})
    assert [material.title for material in found.context["shown"]] == [
        "Индивидуальные жалобы в договорные органы ООН: практическое руководство"
    ]
    listing = client.get("/ru/library/").content.decode()
    assert materials.get(access=Material.Access.STAFF).title not in listing

    # The seminar's slides and handout are for the people who had a seat at it.
    seminar = EventPage.objects.get(slug="shymkent-training-seminar", locale__language_code="kk")
    for_participants = materials.filter(access=Material.Access.PARTICIPANTS)
    assert {material.event_id for material in for_participants} == {seminar.pk}
    assert {material.file_extension for material in for_participants} == {"pdf", "docx"}
    slides = for_participants.get(language="ru", file__endswith=".pdf")
    with slides.open_file() as file:
        assert len(PdfReader(file).pages) == 10
    assert client.get(slides.url).status_code == 403
    client.force_login(get_user_model().objects.get(email="ngo@kenes.kz"))  # attended it
    assert client.get(slides.url).status_code == 200


@override_settings(DEBUG=True)
def test_the_demo_action_plan_was_around_40_percent_implemented_on_10_january_2011(client):
    """Seed 000: "As of 10 January 2011, around 40 percent of the recommendations provided in
    the National Plan have been implemented in practice"; the plan of seed 003, in kk, ru and
    en, with the demo's state bodies responsible and its NGOs and partners taking part."""

    def counts():
        return (Plan.objects.count(), Measure.objects.count(), ProgressReport.objects.count())

    before = counts()
    call_command("seed_demo", stdout=StringIO())
    assert counts() == before == (1, 20, sum(len(m["history"]) for m in actionplan.MEASURES))
    plan = Plan.objects.get()
    assert all(getattr(plan, f"title_{code}") for code in ("kk", "ru", "en"))
    for measure in Measure.objects.prefetch_related("responsible_bodies"):
        assert all(getattr(measure, f"text_{code}") for code in ("kk", "ru", "en"))
        assert {body.kind for body in measure.responsible_bodies.all()} == {"state"}
    assert Organisation.objects.filter(co_implemented_measures__isnull=False).exists()
    for code in ("kk", "ru", "en"):
        response = client.get(f"/{code}/action-plan/2009-2012/", {"as_of": "2011-01-10"})
        figures = response.context["figures"]
        assert (figures.overall.implemented, figures.overall.counted) == (8, 20)
        assert 'class="headline__figure">40%<' in response.content.decode()
        assert client.get(f"/{code}/action-plan/").status_code == 200
        assert f'href="/{code}/action-plan/"' in client.get(f"/{code}/").content.decode()
    statuses = set(ProgressReport.objects.values_list("status", flat=True))
    assert statuses == {
        "in-progress",
        "implemented",
        "partly-implemented",
        "not-implemented",
        "cancelled",
    }
    secretariat = get_user_model().objects.get(email="plan@kenes.kz")
    assert secretariat.has_perm("actionplan.add_progressreport")


def test_the_demo_ngos_assess_measures_in_every_moderation_state_and_one_is_contested(client):
    """Part 2A: the demo's verified NGOs' members assessed measures; one assessment waits,
    two are published (one disagrees with the official status: 2.1 is contested), one was
    not published for personal data; ngo@kenes.kz follows a measure. Seeding again adds
    nothing."""
    from actionplan.models import Assessment, Follow  # noqa: PLC0415 - part 2A's models

    def states():
        return sorted(Assessment.objects.values_list("measure__number", "status"))

    expected = [
        ("1.2", "rejected"),
        ("2.1", "published"),
        ("2.3", "pending"),
        ("4.2", "published"),
    ]
    assert states() == expected
    rejected = Assessment.objects.get(status="rejected")
    assert rejected.rejection_reason == "personal-data"
    assert {a.author.email for a in Assessment.objects.all()} == {"ngo@kenes.kz", "ngo2@kenes.kz"}
    assert list(Measure.objects.filter(contested=True).values_list("number", flat=True)) == ["2.1"]
    follow = Follow.objects.get()
    assert (follow.person.email, follow.measure.number) == ("ngo@kenes.kz", "2.3")
    response = client.get("/en/action-plan/2009-2012/")
    assert [m.number for m in response.context["figures"].contested] == ["2.1"]
    page = client.get("/en/action-plan/2009-2012/measures/2-1/").content.decode()
    published = Assessment.objects.get(measure__number="2.1")
    assert "What NGOs say" in page and published.organisation_name in page
    evidence = published.files.get()
    download = client.get(f"/en/action-plan/evidence/{evidence.pk}/")
    assert download.status_code == 200 and b"".join(download.streaming_content)[:5] == b"%PDF-"
    with override_settings(DEBUG=True):
        call_command("seed_demo", stdout=StringIO())
    assert states() == expected and Follow.objects.count() == 1
