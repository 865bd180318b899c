"""Which page an address leads to is remembered by each worker (core/routing.py) until a page,
a site or a locale changes: the second request for a page walks no tree, and a renamed, moved,
unpublished or private page is routed as Wagtail would route it, at once."""

import sys
from unittest import mock

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction, Site

from events.models import EventPage, Registration
from tests.factories import (
    UserFactory,
    committed,
    make_event,
    publish,
    sign_in,
    translate,
)

pytestmark = pytest.mark.django_db


def page_queries(client, url) -> tuple[int, int]:
    """(status, queries that walk the tree: the site, and a page by its slug)."""
    with CaptureQueriesContext(connection) as queries:
        status = client.get(url).status_code
    walking = ('"wagtailcore_site"', '"wagtailcore_page"."slug" =')
    return status, sum(any(part in q["sql"] for part in walking) for q in queries.captured_queries)


def test_the_second_request_walks_no_tree_and_a_registration_forgets_nothing(event_index):
    event = make_event(event_index, title="Дөңгелек үстел")
    client = Client()
    first_status, first = page_queries(client, event.url)
    second_status, second = page_queries(client, event.url)
    assert first_status == second_status == 200
    assert first >= 3  # the site, then the home's child and the index's child by slug
    assert second == 0
    # a registration starts a new generation of the pages (seats left), not of the routes
    with committed():
        event.registrations.create(person=UserFactory(), status="confirmed")
    assert page_queries(client, event.url) == (200, 0)


def test_a_renamed_page_leaves_its_old_address_at_once(event_index):
    event = make_event(event_index, title="Семинар", slug="seminar")
    client = Client()
    assert client.get("/kk/events/seminar/").status_code == 200
    assert client.get("/kk/events/seminar/register/").status_code == 302  # signs in first
    page = EventPage.objects.get(pk=event.pk)
    page.slug = "seminar-2027"
    with committed():
        publish(page)
    assert client.get("/kk/events/seminar-2027/").status_code == 200
    # not the page any more (Wagtail's redirects may send it on to the new one)
    assert client.get("/kk/events/seminar/").status_code != 200


def test_an_unpublished_page_is_gone_at_once(event_index):
    """Wagtail unpublishes a page, and each of its live descendants, by saving it."""
    event = make_event(event_index, title="Семинар")
    client = Client()
    assert client.get(event.url).status_code == 200
    assert client.get(event_index.url).status_code == 200
    with committed():
        event_index.refresh_from_db()
        event_index.unpublish()
    assert client.get(event_index.url).status_code == 404
    with committed():
        event.refresh_from_db()
        event.unpublish()
    assert client.get(event.url).status_code == 404


def test_the_page_itself_is_remembered_and_each_request_gets_its_own_copy(event_index):
    """The page's row is read once a generation; every request gets a copy of its own, so
    what one request sets on its page never reaches the next; a published change shows at
    once."""
    event = make_event(event_index, title="Семинар", capacity=20)
    client = Client()

    def page_rows() -> int:
        with CaptureQueriesContext(connection) as queries:
            response = client.get(event.url)
        assert response.status_code == 200
        sql = [q["sql"] for q in queries.captured_queries]
        return sum('FROM "events_eventpage" INNER JOIN' in q for q in sql)

    page_rows()
    assert page_rows() == 0
    copies = []
    real_route = EventPage.route

    def route(self, request, components):
        copies.append(self)
        self.status_note = "set by one request"
        return real_route(self, request, components)

    with mock.patch.object(EventPage, "route", route):
        client.get(event.url)
        client.get(event.url)
    assert copies[0] is not copies[1]
    assert "set by one request" not in client.get(event.url).content.decode()
    page = EventPage.objects.get(pk=event.pk)
    page.title = "Семинар: жаңа атауы"
    with committed():
        publish(page)
    assert "Семинар: жаңа атауы" in client.get(event.url).content.decode()
    assert page_rows() == 0


def test_a_private_page_stays_private_on_every_request(event_index):
    event = make_event(event_index, title="Жабық кездесу")
    client = Client()
    assert client.get(event.url).status_code == 200
    with committed():
        PageViewRestriction.objects.create(page=event, restriction_type=PageViewRestriction.LOGIN)
    for _ in range(2):
        response = client.get(event.url)
        assert response.status_code == 302 and "/login/" in response["Location"]


def test_the_original_of_a_translation_is_remembered_with_its_route(event_index):
    """`OriginalPageMixin.canonical_pk` changes only when pages are saved or deleted, as the
    routes do: the route memo keeps it, and a deleted original is forgotten at once."""
    translate(event_index, "ru", title="Мероприятия")
    event = make_event(event_index, title="Семинар", access=EventPage.Access.SIGNED_IN)
    russian = translate(event, "ru", title="Семинар")
    client = Client()

    def asks_for_the_original() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(russian.url).status_code == 200
        return sum(ORIGINAL_QUERY in q["sql"] for q in queries.captured_queries)

    assert asks_for_the_original() == 1
    assert asks_for_the_original() == 0
    with committed():
        EventPage.objects.get(pk=event.pk).delete()  # the Russian page is the original now
    assert asks_for_the_original() == 1
    person = UserFactory(verified=True)
    sign_in(client, person)
    response = client.post(russian.url + "register/", {"organisation": ""})
    assert response.status_code == 200, response.content.decode()[-3000:]
    assert Registration.objects.get(person=person).event_id == russian.pk


ORIGINAL_QUERY = (
    'SELECT "wagtailcore_page"."id" AS "pk" FROM "wagtailcore_page" WHERE '
    '"wagtailcore_page"."translation_key" ='
)


def test_the_sites_root_paths_are_read_once_a_generation(event_index):
    """Every address a page shows is made from Wagtail's list of the sites' root paths: read
    once per generation of the routes, not from the cache on every request, and read again
    once a site changes."""
    event = make_event(event_index, title="Семинар")
    event_url, index_url = event.url, event_index.url
    client = Client()
    reads = []
    real = Site.get_site_root_paths

    def counted():
        reads.append(1)
        return real()

    with mock.patch.object(Site, "get_site_root_paths", staticmethod(counted)):
        assert client.get(event_url).status_code == 200
        assert client.get(index_url).status_code == 200
        assert len(reads) == 1
        site = Site.objects.get(is_default_site=True)
        with committed():
            site.site_name = "Kenes"
            site.save()
        response = client.get(event_url)
        assert len(reads) == 2
    assert f'href="{index_url}"' in response.content.decode()


def test_which_restrictions_apply_is_remembered_and_a_changed_one_applies_at_once(event_index):
    """Wagtail's privacy check asks two queries of every request (the ancestors, then their
    restrictions); the route memo remembers which apply, and a restriction added to an
    ancestor, or removed, starts a new generation of the routes."""
    event = make_event(event_index, title="Семинар")
    client = Client()

    def restriction_queries() -> tuple[int, int]:
        with CaptureQueriesContext(connection) as queries:
            status = client.get(event.url).status_code
        sql = [q["sql"] for q in queries.captured_queries]
        return status, sum('"wagtailcore_pageviewrestriction"' in q for q in sql)

    assert restriction_queries()[0] == 200
    assert restriction_queries() == (200, 0)  # public, remembered: not asked again
    with committed():
        restriction = PageViewRestriction.objects.create(
            page=event_index, restriction_type=PageViewRestriction.LOGIN
        )
    response = client.get(event.url)
    assert response.status_code == 302 and "/login/" in response["Location"]
    assert client.get(event.url).status_code == 302  # remembered, and read afresh
    with committed():
        restriction.restriction_type = PageViewRestriction.PASSWORD
        restriction.password = "kenes"
        restriction.save()
    assert "password" in client.get(event.url).content.decode()
    with committed():
        restriction.delete()
    assert restriction_queries()[0] == 200


def test_a_request_that_comes_in_while_another_starts_the_generation_is_routed(event_index):
    """With threads (runserver, a threaded server), a second request may come in while the
    first one is still making the new generation's memo: it must not find it half made. The
    second request runs here at the moment the first reads the sites' root paths, as another
    thread would; it used to fail with a KeyError (a 500), as one in a thousand did in a
    storm on threaded workers."""
    event = make_event(event_index, title="Семинар")
    with committed():  # a new generation of the routes: the next request starts its memo
        publish(EventPage.objects.get(pk=event.pk))
    answers, other = [], []
    read = Site.get_site_root_paths

    def meanwhile(*args, **kwargs):
        # the other thread's request, once, when the memo (not another caller) reads them
        if not other and sys._getframe(1).f_code.co_filename.endswith("core/routing.py"):
            other.append(True)
            answers.append(Client().get(event.url).status_code)
        return read(*args, **kwargs)

    with mock.patch.object(Site, "get_site_root_paths", meanwhile):
        answers.append(Client().get(event.url).status_code)
    assert answers == [200, 200]
