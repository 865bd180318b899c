"""What a public feed costs the cache: a 304 reads the validators alone, the same few hundred
bytes for a feed of 3 events or of 40; each feed keeps one place in the cache however often it
is rebuilt; and while one request builds an out-of-date feed, the others get the previous one
at once."""

import gzip
import pickle

import pytest
from django.core.cache import cache

from core import generations
from feeds import views
from feeds.services import feeds_changed
from tests.checks import first_poll_after_a_change
from tests.factories import add_events_quickly, committed, make_event

pytestmark = pytest.mark.django_db

URL = "/kk/feeds/events.ics"


class CountingCache:
    """The cache as the feeds see it, counting the bytes each read returns."""

    def __init__(self, real):
        self.real = real
        self.read = 0
        self.reads = 0

    def get(self, key, default=None):
        value = self.real.get(key, default)
        if value is not None:
            self.read += len(pickle.dumps(value))
        self.reads += 1
        return value

    def get_many(self, keys):
        values = self.real.get_many(keys)
        self.read += sum(len(pickle.dumps(value)) for value in values.values())
        self.reads += 1
        return values

    def __getattr__(self, name):
        return getattr(self.real, name)


def bytes_read_by_a_304(client, monkeypatch) -> tuple[int, int]:
    first = client.get(URL)
    assert first.status_code == 200
    counting = CountingCache(cache)
    monkeypatch.setattr(views, "cache", counting)
    monkeypatch.setattr(generations, "cache", counting)
    response = client.get(URL, headers={"if-none-match": first["ETag"]})
    monkeypatch.setattr(views, "cache", cache)
    monkeypatch.setattr(generations, "cache", cache)
    assert response.status_code == 304
    assert counting.reads == 1  # the generation and the validators, in one read
    return counting.read, len(first.content)


def test_a_304_reads_the_same_few_bytes_for_a_small_and_a_large_feed(
    client, event_index, monkeypatch
):
    for n in range(3):
        make_event(event_index, title=f"Семинар {n}")
    small, small_feed = bytes_read_by_a_304(client, monkeypatch)
    add_events_quickly(event_index, 37)
    with committed():
        feeds_changed()
    first_poll_after_a_change(client, URL)
    large, large_feed = bytes_read_by_a_304(client, monkeypatch)
    assert large_feed > 5 * small_feed  # the feed grew...
    assert large == small  # ...what a 304 reads did not
    assert small < 1000


def feed_keys() -> list[str]:
    # LocMemCache's own dict; the generation is one key for all feeds
    return [key for key in cache._cache if "kenes-feed" in key and "generation" not in key]


def test_rebuilding_a_feed_leaves_no_old_generation_behind(client, event_index):
    make_event(event_index, title="Дөңгелек үстел")
    client.get(URL)
    kept = feed_keys()
    assert len(kept) == 2  # the validators and the body
    for _ in range(5):
        with committed():
            feeds_changed()
        assert client.get(URL).status_code == 200
    assert sorted(feed_keys()) == sorted(kept)


def test_a_poll_during_a_build_is_answered_from_the_previous_generation(
    client, event_index, monkeypatch
):
    make_event(event_index, title="Бірінші семинар")
    before = client.get(URL)
    with committed():
        make_event(event_index, title="Екінші семинар")  # a new generation of the feeds

    built = []
    real_build = views.public_feed

    def another_request_is_building(request, *, key, build):
        # the moment another worker has taken the build: its lock is in the cache
        name = views.hashlib.sha256(repr((key, "kk")).encode()).hexdigest()
        cache.add(f"kenes-feed-lock:{name}", 1, 60)
        return real_build(request, key=key, build=lambda: built.append(1) or build())

    monkeypatch.setattr(views, "public_feed", another_request_is_building)
    from events import feeds as event_feeds  # noqa: PLC0415 - the view that calls it

    monkeypatch.setattr(event_feeds, "public_feed", another_request_is_building)
    during = client.get(URL)
    assert during.status_code == 200
    assert built == []  # not built twice
    assert during["ETag"] == before["ETag"]  # the previous generation, at once
    assert "Екінші семинар".encode() not in during.content

    monkeypatch.undo()
    cache.delete_many([key.split(":", 2)[-1] for key in feed_keys() if "lock" in key])
    first = client.get(URL)  # takes the build: answered at once, builds once it has answered
    assert first["ETag"] == before["ETag"]
    after = client.get(URL)
    assert after["ETag"] != before["ETag"]
    assert "Екінші семинар" in after.content.decode()


def test_the_feed_is_kept_and_sent_compressed_to_clients_that_accept_it(client, event_index):
    for n in range(3):
        make_event(event_index, title=f"Семинар {n}")
    plain = client.get(URL)
    packed = client.get(URL, headers={"accept-encoding": "gzip, deflate"})
    assert "Content-Encoding" not in plain
    assert packed["Content-Encoding"] == "gzip"
    assert gzip.decompress(packed.content) == plain.content
    assert len(packed.content) < len(plain.content)
    for response in (plain, packed):
        assert "Accept-Encoding" in response["Vary"]
        assert response["ETag"] == plain["ETag"]  # one calendar, two encodings
    again = client.get(URL, headers={"accept-encoding": "gzip", "if-none-match": plain["ETag"]})
    assert again.status_code == 304


def test_the_first_poll_after_a_change_is_answered_before_the_build(
    client, event_index, monkeypatch
):
    """No poll waits for a build: the one that takes it is answered from the previous
    generation first, and builds once its answer is out (Django's `close()` of the response,
    which the server calls after sending it)."""
    make_event(event_index, title="Бірінші семинар")
    before = client.get(URL)
    with committed():
        make_event(event_index, title="Екінші семинар")
    happened = []
    real_respond, real_public_feed = views.respond, views.public_feed

    def respond(*args, **kwargs):
        happened.append("answered")
        return real_respond(*args, **kwargs)

    def public_feed(request, *, key, build):
        return real_public_feed(request, key=key, build=lambda: happened.append("built") or build())

    from events import feeds as event_feeds  # noqa: PLC0415 - the view that calls it

    monkeypatch.setattr(views, "respond", respond)
    monkeypatch.setattr(event_feeds, "public_feed", public_feed)
    first = client.get(URL)
    assert first["ETag"] == before["ETag"]
    assert "Екінші семинар".encode() not in first.content
    assert happened[-1] == "built" and happened.count("built") == 1  # after every answer
    happened.clear()
    after = client.get(URL)
    assert "Екінші семинар" in after.content.decode() and "built" not in happened
