"""Visitors without a session get pages from the cache, and see every change at once: a
publish, an unpublish, a registration that changes the seats left, a comment published or
answered, a material added. Signed-in people are never served from it, and no kept page
carries someone's CSRF token."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.apps import apps
from django.core.cache import cache, caches
from django.test import Client, override_settings

from consultations.models import Comment, ConsultationPage
from consultations.services import comment_publish, responses_record
from core import generations
from core.page_cache import GENERATION_KEY, QUIET_MODELS
from events.models import EventPage
from events.services import registration_cancel, registration_create
from kenes.models import NewsIndexPage, NewsPage
from tests.factories import UserFactory, make_material, staff_user

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.usefixtures("demo_site"),
]


@pytest.fixture(autouse=True)
def _page_cache(settings):
    settings.KENES_PAGE_CACHE_SECONDS = 600
    yield


def visit(path: str, client=None):
    client = client or Client()
    response = client.get(path)
    assert response.status_code == 200, path
    return response


def text_of(response) -> str:
    return " ".join(BeautifulSoup(response.content, "html.parser").get_text().split())


def test_a_visitors_second_request_comes_from_the_cache():
    first = visit("/kk/")
    assert first["X-Page-Cache"] == "miss"
    second = visit("/kk/")
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]
    # the site's policies are on the kept page too
    assert "Content-Security-Policy" in second
    assert visit("/ru/")["X-Page-Cache"] == "miss"  # each address on its own


def test_a_published_page_is_in_the_list_at_once(django_capture_on_commit_callbacks):
    visit("/en/news/")
    assert visit("/en/news/")["X-Page-Cache"] == "hit"
    index = NewsIndexPage.objects.get(locale__language_code="en")
    with django_capture_on_commit_callbacks(execute=True):
        index.add_child(
            instance=NewsPage(
                title="A brand new statement of the commission",
                date=datetime.date.today(),
                intro="The commission welcomes the new law.",
            )
        )
    after = visit("/en/news/")
    assert after["X-Page-Cache"] == "miss"
    assert "A brand new statement of the commission" in text_of(after)


def test_an_unpublished_page_leaves_the_list_at_once(django_capture_on_commit_callbacks):
    event = EventPage.objects.live().filter(locale__language_code="en").order_by("start").last()
    assert event.title in text_of(visit("/en/events/"))
    assert visit("/en/events/")["X-Page-Cache"] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        event.unpublish()
    after = visit("/en/events/")
    assert after["X-Page-Cache"] == "miss"
    assert event.title not in text_of(after)


def seats_text(event) -> str:
    soup = BeautifulSoup(visit(event.url).content, "html.parser")
    return " ".join(soup.find("main").get_text().split())


def test_a_registration_changes_the_seats_left_at_once(django_capture_on_commit_callbacks):
    event = EventPage.objects.get(
        locale__language_code="en", slug="webinar-commenting-on-draft-laws"
    )
    before = seats_text(event)
    assert visit(event.url)["X-Page-Cache"] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        registration_create(event=event, person=UserFactory())
    after = seats_text(event)
    assert after != before


def test_a_place_on_the_waiting_list_keeps_the_pages(django_capture_on_commit_callbacks):
    """Visitors see the seats left, not the waiting list: once an event is full, a new place
    on its waiting list leaves every kept page as it is (a storm of registrations would
    otherwise empty the cache with each one), and the next seat that frees shows at once."""
    event = EventPage.objects.get(
        locale__language_code="en", slug="webinar-commenting-on-draft-laws"
    ).canonical
    event.capacity = event.registrations.holding_seat().count() + 1
    event.save(update_fields=["capacity"])
    with django_capture_on_commit_callbacks(execute=True):
        last_seat = registration_create(event=event, person=UserFactory())
    assert last_seat.status == "confirmed"
    full = seats_text(event)
    assert visit(event.url)["X-Page-Cache"] == "hit"
    person = UserFactory()  # (a new account is a change of its own)
    visit(event.url)
    with django_capture_on_commit_callbacks(execute=True):
        waiting = registration_create(event=event, person=person)
    assert waiting.status == "waitlisted"
    kept = visit(event.url)
    assert kept["X-Page-Cache"] == "hit"
    assert visit("/en/events/")["X-Page-Cache"] == "miss"  # (first visit of the list)
    with django_capture_on_commit_callbacks(execute=True):
        registration_cancel(registration=last_seat, by=last_seat.person)
    # the seat went to the first on the waiting list: still full, and the page made again
    after = visit(event.url)
    assert after["X-Page-Cache"] == "miss"
    assert seats_text(event) == full


def test_a_published_and_an_answered_comment_show_at_once(django_capture_on_commit_callbacks):
    comment = (
        Comment.objects.filter(status=Comment.Status.PENDING).select_related("consultation").first()
    )
    consultation = ConsultationPage.objects.get(pk=comment.consultation_id)
    url = consultation.url
    remark = " ".join(comment.remark.split())[:40]
    visit(url)
    assert remark not in text_of(visit(url))
    moderator = staff_user("Moderators")
    with django_capture_on_commit_callbacks(execute=True):
        comment_publish(comment=comment, by=moderator)
    published = visit(url)
    assert published["X-Page-Cache"] == "miss"
    assert remark in text_of(published)

    visit(url)
    with django_capture_on_commit_callbacks(execute=True):
        responses_record(
            comments=[comment],
            decision="accepted",
            reasoning="Учтено в новой редакции статьи.",
            by=moderator,
        )
    assert "Учтено в новой редакции статьи." in text_of(visit(url))


def test_a_new_material_is_in_the_library_at_once(django_capture_on_commit_callbacks):
    visit("/en/library/")
    assert visit("/en/library/")["X-Page-Cache"] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        make_material(title="Handbook on the new law on public councils", language="en")
    assert "Handbook on the new law on public councils" in text_of(visit("/en/library/"))


def test_signed_in_people_are_never_served_a_kept_page_nor_leave_theirs():
    person = UserFactory(full_name="Сәуле Ахметова")
    client = Client()
    client.force_login(person)
    own = visit("/kk/", client)
    assert "X-Page-Cache" not in own
    anonymous = visit("/kk/")
    assert anonymous["X-Page-Cache"] == "miss"
    assert "Сәуле Ахметова" not in text_of(anonymous)
    again = visit("/kk/", client)
    assert "X-Page-Cache" not in again
    assert "Сәуле Ахметова" in text_of(again) or again.content != anonymous.content


def test_a_page_with_a_form_is_not_kept_with_one_visitors_csrf_token():
    """A page that put a CSRF token in a form would hand that visitor's token to the next."""
    client = Client(enforce_csrf_checks=True)
    response = client.get("/kk/accounts/login/")
    assert "X-Page-Cache" not in response  # accounts are never kept
    with override_settings(ROOT_URLCONF="tests.core.page_cache_urls"):
        first = Client().get("/form/")
        second = Client().get("/form/")
    assert first.status_code == second.status_code == 200
    assert "X-Page-Cache" not in first and "X-Page-Cache" not in second


def test_a_pending_message_or_a_session_skips_the_cache():
    visit("/kk/")
    assert visit("/kk/")["X-Page-Cache"] == "hit"
    client = Client()
    client.cookies["messages"] = "anything"
    assert "X-Page-Cache" not in visit("/kk/", client)
    client = Client()
    client.cookies["sessionid"] = "no-such-session"
    assert "X-Page-Cache" not in visit("/kk/", client)


@pytest.mark.parametrize(
    "path", ["/kk/feeds/events.ics", "/kk/accounts/login/", "/healthz", "/kk/search/?q=құқық"]
)
def test_feeds_accounts_and_the_probe_are_not_kept(path):
    first = Client().get(path)
    if path.startswith("/kk/search/"):
        # the search is a public page like any other
        assert first["X-Page-Cache"] == "miss"
        assert Client().get(path)["X-Page-Cache"] == "hit"
    else:
        assert "X-Page-Cache" not in first


def test_off_when_the_setting_says_so(settings):
    settings.KENES_PAGE_CACHE_SECONDS = 0
    visit("/kk/")
    assert "X-Page-Cache" not in visit("/kk/")


def test_kept_pages_never_crowd_the_rate_limit_counters_out_of_the_default_cache():
    """Any query string is a page of its own: they are kept apart from the default cache,
    where a flood of them would make it cull the sign-in counters."""
    for n in range(20):
        assert visit(f"/kk/?visitor={n}")["X-Page-Cache"] == "miss"
    assert len(caches["pages"]._cache) == 20  # LocMemCache's own dict
    assert not [key for key in cache._cache if "kenes-page:" in key]


def test_a_change_starts_one_generation_when_it_commits(django_capture_on_commit_callbacks):
    """Not before the commit (a page made meanwhile from the data before it would be kept as
    current) and once however many rows the transaction wrote (a registration writes the
    registration and the task that emails it)."""
    event = EventPage.objects.get(
        locale__language_code="en", slug="webinar-commenting-on-draft-laws"
    )
    person = UserFactory()
    before = generations.current(GENERATION_KEY)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        registration_create(event=event, person=person)
        assert generations.current(GENERATION_KEY) == before
    started = [
        c for c in callbacks if getattr(c, "once_at_commit", {}).get("name") == GENERATION_KEY
    ]
    assert len(started) == 1
    assert generations.current(GENERATION_KEY) != before


def test_every_quiet_model_exists():
    """A quiet model's label that names no model (a library renamed its app) would let its
    every row empty the cache again."""
    labels = {model._meta.label_lower for model in apps.get_models()}
    assert QUIET_MODELS <= labels, QUIET_MODELS - labels
