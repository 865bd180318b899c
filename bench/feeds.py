"""In the site's Django (bench/run.py calls these through `manage.py shell`): the events feed
built cold by Kenes and by django-ical on the same items, and what the storm decided.

Cold: each run builds the feed from the database (the feed's cache is not asked, nothing is
stored per item at publication or between builds), and the one thing Kenes keeps between
builds, the date format taken apart (`feeds.ical.format_pieces`), is forgotten before each
run. Both read the items with the same query (`events.feeds.feed_pages`)."""

import json
import time
from importlib.metadata import version

from django.test import RequestFactory
from django.utils import translation
from django_ical.views import ICalFeed

from events.feeds import events_calendar, feed_pages
from events.models import Registration
from feeds.ical import format_pieces
from feeds.views import feed_source


class Peer(ICalFeed):
    """The same items, the way a django-ical site would write them."""

    product_id = "-//Kenes bench//django-ical//"
    timezone = "UTC"
    title = "Events"

    def items(self):
        return feed_pages(language=translation.get_language())

    def item_guid(self, item):
        return f"event-{item.translation_key}@bench"

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.intro

    def item_start_datetime(self, item):
        return item.start

    def item_end_datetime(self, item):
        return item.end

    def item_location(self, item):
        return item.venue

    def item_link(self, item):
        return item.get_full_url(self.request)

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)


def best_of(runs: int, work) -> float:
    times = []
    for _ in range(runs):
        format_pieces.cache_clear()
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def compare(runs: int = 3) -> str:
    request = RequestFactory().get("/ru/feeds/events.ics", HTTP_HOST="localhost", secure=True)
    with translation.override("ru"):
        items = len(feed_pages(language="ru"))
        source = feed_source("/ru/feeds/events.ics")
        kenes = best_of(runs, lambda: events_calendar(request, kind="", region=None, source=source))
        peer = best_of(runs, lambda: Peer()(request).content)
    return json.dumps(
        {"items": items, "kenes": kenes, "peer": peer, "peer_version": version("django-ical")}
    )


def registrations(event_id: int) -> str:
    """How many got a seat, how many wait, and whether the seats went to the first ones."""
    rows = list(
        Registration.objects.filter(event_id=event_id)
        .order_by("created_at", "pk")
        .values_list("status", flat=True)
    )
    confirmed = rows.count(Registration.Status.CONFIRMED)
    waiting = rows.count(Registration.Status.WAITLISTED)
    in_order = (
        rows
        == [Registration.Status.CONFIRMED] * confirmed + [Registration.Status.WAITLISTED] * waiting
    )
    return json.dumps({"confirmed": confirmed, "waiting": waiting, "in_order": in_order})
