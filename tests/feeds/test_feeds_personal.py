"""A person's own feed: their events only, behind a secret address they can replace."""

import logging

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from icalendar import Calendar

from events.models import Registration
from feeds.models import FeedToken
from feeds.services import token_issue, token_revoke
from kenes.logging import RedactFeedTokens
from tests.factories import make_event, translate, translated, verified_member

pytestmark = pytest.mark.django_db
WAITING = "%(title)s (waiting list)"


def url(token) -> str:
    return f"/feeds/personal/{token.token}.ics"


def summaries(client, token) -> dict:
    response = client.get(url(token))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = Calendar.from_ical(response.content)
    return {str(item["SUMMARY"]): item for item in calendar.walk("VEVENT")}


def registered(event, person, status="confirmed"):
    return Registration.objects.create(event=event, person=person, status=status)


@pytest.fixture
def people(event_index):
    alice, bob = verified_member(), verified_member()
    seminar = make_event(
        event_index,
        title="Семинар",
        is_online=True,
        join_url="https://meet.example.org/room",
    )
    round_table = make_event(event_index, title="Дөңгелек үстел")
    other = make_event(event_index, title="Бөтен")
    registered(seminar, alice)
    registered(round_table, alice, status="waitlisted")
    registered(other, bob)
    registered(make_event(event_index, title="Бас тартты"), alice, status="cancelled")
    return alice, bob


def test_the_feed_lists_the_persons_events_marked_confirmed_or_waiting(client, people):
    alice, _ = people
    found = summaries(client, token_issue(user=alice))
    waiting_title = translated("kk", WAITING) % {"title": "Дөңгелек үстел"}
    assert set(found) == {"Семинар", waiting_title}
    waiting = found[waiting_title]
    assert str(waiting["STATUS"]) == "TENTATIVE"
    seat = found["Семинар"]
    assert str(seat["STATUS"]) == "CONFIRMED"
    # the person's own calendar may carry the link to join: a public feed never does
    assert "https://meet.example.org/room" in str(seat["DESCRIPTION"])


def test_a_token_never_shows_another_persons_events(client, people):
    alice, bob = people
    assert set(summaries(client, token_issue(user=bob))) == {"Бөтен"}
    assert "Бөтен" not in summaries(client, token_issue(user=alice))


def test_the_feed_is_in_the_persons_language(client, event_index, people):
    alice, _ = people
    alice.preferred_language = "ru"
    alice.save()
    translate(event_index, "ru", title="Мероприятия")
    seminar = Registration.objects.get(person=alice, status="confirmed").event
    translate(seminar, "ru", title="Семинар по правам человека", slug="seminar-ru")
    found = summaries(client, token_issue(user=alice))
    assert "Семинар по правам человека" in found
    assert translated("ru", WAITING) % {"title": "Дөңгелек үстел"} in found


def test_unknown_revoked_and_replaced_tokens_get_404(client, people):
    alice, _ = people
    token = token_issue(user=alice)
    old = url(token)
    assert client.get(old).status_code == 200
    new = token_issue(user=alice)
    assert client.get(old).status_code == 404
    assert client.get(url(new)).status_code == 200
    token_revoke(user=alice)
    assert client.get(url(new)).status_code == 404
    assert not FeedToken.objects.filter(user=alice).exists()
    for guess in ("x", "0" * 12, new.lookup + "wrong-secret", new.token[:-1] + "A"):
        assert client.get(f"/feeds/personal/{guess}.ics").status_code == 404


def test_a_deactivated_account_has_no_feed(client, people):
    alice, _ = people
    token = token_issue(user=alice)
    alice.is_active = False
    alice.save()
    assert client.get(url(token)).status_code == 404


def test_tokens_are_long_random_and_private(client, people):
    alice, bob = people
    one, two = token_issue(user=alice), token_issue(user=bob)
    assert len(one.token) >= 50 and one.token != two.token
    response = client.get(url(one))
    assert response["Referrer-Policy"] == "no-referrer"
    assert response["Cache-Control"].startswith("private")
    assert response["X-Robots-Tag"] == "noindex"


def test_personal_feed_answers_304_and_changes_with_a_registration(client, people, event_index):
    alice, _ = people
    token = token_issue(user=alice)
    first = client.get(url(token))
    assert client.get(url(token), headers={"if-none-match": first["ETag"]}).status_code == 304
    registered(make_event(event_index, title="Жаңа"), alice)
    again = client.get(url(token), headers={"if-none-match": first["ETag"]})
    assert again.status_code == 200 and again["ETag"] != first["ETag"]


def test_personal_feed_queries_do_not_grow(client, people, event_index):
    alice, _ = people
    token = token_issue(user=alice)
    client.get(url(token))

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url(token)).status_code == 200
        return len(queries)

    few = count()
    for n in range(15):
        registered(make_event(event_index, title=f"E{n}"), alice)
    assert count() == few


def test_the_secret_address_never_reaches_the_logs():
    token = "abcdef123456" + "s3cr3t" * 7
    record = logging.LogRecord(
        "django.server",
        logging.INFO,
        __file__,
        1,
        '"%s" %s %s',
        (f"GET /feeds/personal/{token}.ics HTTP/1.1", 404, 9),
        None,
    )
    assert RedactFeedTokens().filter(record)
    assert token not in record.getMessage() and "/feeds/personal/" in record.getMessage()
    # and the filter sits on the handlers that write requests

    for handler in settings.LOGGING["handlers"].values():
        assert "redact_feed_tokens" in handler["filters"]
    streams = [
        handler
        for handler in logging.getLogger("django.server").handlers
        if type(handler) is logging.StreamHandler  # not pytest's own capturing handlers
    ]
    assert streams and all(
        any(isinstance(f, RedactFeedTokens) for f in handler.filters) for handler in streams
    )
