"""The action plan's deadlines in calendars (`/<lang>/feeds/action-plan.ics`), read back with
`icalendar` as a client would: the same rules as the other public feeds."""

import datetime

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from icalendar import Calendar

from actionplan.models import Measure
from feeds.models import CalendarEntry
from tests.checks import first_poll_after_a_change
from tests.factories import add_measures, committed, make_plan, report_progress

pytestmark = pytest.mark.django_db

URL = "/en/feeds/action-plan.ics"


def items(client, url=URL) -> dict:
    response = client.get(url)
    assert response.status_code == 200, response.content[:200]
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = Calendar.from_ical(response.content)
    return {str(item["UID"]): item for item in calendar.walk("VEVENT")}


def uid(measure) -> str:
    return f"measure-{measure.calendar_key}@{settings.CALENDAR_UID_DOMAIN}"


def edit(client, measure, **fields):
    """Change the measure as an editor would; the feeds' next polls show it (the first one
    after a change is answered from the previous generation)."""
    # the entries last changed an hour ago (LAST-MODIFIED counts whole seconds)
    an_hour_ago = timezone.now() - datetime.timedelta(hours=1)
    CalendarEntry.objects.update(modified_at=an_hour_ago)
    measure = Measure.objects.get(pk=measure.pk)
    for name, value in fields.items():
        setattr(measure, name, value)
    with committed():
        measure.save()
    first_poll_after_a_change(client, URL)
    return measure


@pytest.fixture
def plan(tracker):
    """A plan in force with three measures due in the coming months, one due long ago (out of
    the feed's window), and a draft plan's measure (never in the feed)."""
    today = timezone.localdate()
    plan = make_plan(slug="2025-2028", start_year=2025, end_year=2028)
    with committed():
        soon = add_measures(plan, 3, deadline=today + datetime.timedelta(days=30))
        add_measures(plan, 1, start=9, deadline=today - datetime.timedelta(days=400))
        report_progress(soon[0], "in-progress", today)
        draft = make_plan(slug="2029-2032", status="draft", start_year=2029, end_year=2032)
        add_measures(draft, 1, deadline=today + datetime.timedelta(days=10))
        Measure.objects.get(pk=soon[1].pk).save()  # an entry, as an editor's save makes
    return {"plan": plan, "soon": soon, "today": today}


def test_one_all_day_item_per_deadline_with_its_status_and_address(client, plan):
    found = items(client)
    first = plan["soon"][0]
    uids = [uid(m) for m in plan["soon"]]
    assert sorted(found) == sorted(uids)  # not the old deadline, not the draft plan's
    item = found[uids[0]]
    deadline = plan["today"] + datetime.timedelta(days=30)
    assert item["DTSTART"].dt == deadline and item["DTSTART"].params["VALUE"] == "DATE"
    assert item["DTEND"].dt == deadline + datetime.timedelta(days=1)
    assert str(item["SUMMARY"]) == f"Measure {first.number}: Measure 1"
    description = str(item["DESCRIPTION"])
    assert "Status today: In progress" in description
    url = "http://testserver/en/action-plan/2025-2028/measures/1-1/"
    assert f"The measure and its progress: {url}" in description
    assert str(item["URL"]) == url
    # the same UID in another language, the text in that language
    kazakh = items(client, "/kk/feeds/action-plan.ics")
    assert sorted(kazakh) == sorted(found)
    assert "Шара 1" in str(kazakh[uids[0]]["SUMMARY"])
    assert "/kk/action-plan/2025-2028/measures/1-1/" in str(kazakh[uids[0]]["URL"])


def test_a_moved_deadline_raises_the_sequence_a_new_text_moves_last_modified(client, plan):
    measure = plan["soon"][1]
    key = uid(measure)
    before = items(client)[key]
    assert before["SEQUENCE"] == 0
    edit(client, measure, text_en="Measure 2, reworded")
    after = items(client)
    reworded, other = after[key], after[uid(plan["soon"][2])]
    assert reworded["SEQUENCE"] == 0
    a_minute_ago = timezone.now() - datetime.timedelta(minutes=1)
    assert reworded["LAST-MODIFIED"].dt > a_minute_ago  # the edited item only
    assert other["LAST-MODIFIED"].dt < a_minute_ago
    edit(client, measure, number="1.20", deadline=plan["today"] + datetime.timedelta(days=90))
    moved = items(client)[key]  # the same UID though the number changed
    assert moved["SEQUENCE"] == 1
    assert moved["DTSTART"].dt == plan["today"] + datetime.timedelta(days=90)
    assert str(moved["SUMMARY"]) == "Measure 1.20: Measure 2, reworded"
    # a save that changes nothing moves nothing
    edit(client, measure)
    entry = CalendarEntry.objects.get(kind="measure", translation_key=measure.calendar_key)
    assert timezone.now() - entry.modified_at > datetime.timedelta(minutes=59)


def test_etag_answers_304_until_a_deadline_moves(client, plan):
    first = client.get(URL)
    etag = first["ETag"]
    assert etag and "public" in first["Cache-Control"]
    again = client.get(URL, headers={"if-none-match": etag})
    assert again.status_code == 304 and again.content == b""
    edit(client, plan["soon"][2], deadline=plan["today"] + datetime.timedelta(days=5))
    changed = client.get(URL, headers={"if-none-match": etag})
    assert changed.status_code == 200 and changed["ETag"] != etag
    assert client.post(URL).status_code == 405


def test_the_feed_takes_the_same_queries_for_3_and_60_deadlines(client, plan):
    def count():
        cache.clear()
        with CaptureQueriesContext(connection) as queries:
            response = client.get(URL)
            assert response.status_code == 200
        return len(queries), response

    count()  # warm the site and locale caches, as on a running server
    three = count()[0]
    add_measures(plan["plan"], 57, start=100, deadline=plan["today"] + datetime.timedelta(days=60))
    queries, response = count()
    assert len(Calendar.from_ical(response.content).walk("VEVENT")) == 60
    assert queries == three
