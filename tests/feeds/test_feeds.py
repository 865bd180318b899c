"""Public calendar feeds: what every calendar client reads (RFC 5545 / 7986), parsed back with
`icalendar` as a client would."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from icalendar import Calendar

from events import ical as event_calendar
from events.models import EventPage
from feeds import ical
from feeds.models import CalendarEntry
from feeds.services import GENERATION_KEY
from partners.models import Region
from tests.checks import first_poll_after_a_change
from tests.factories import (
    add_events_quickly,
    committed,
    make_consultation,
    make_consultation_index,
    make_event,
    publish,
    translate,
)

ALMATY = ZoneInfo("Asia/Almaty")
UTC = datetime.UTC


def feed(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200, response.content[:200]
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content), response


def items(calendar) -> dict:
    return {str(item["UID"]): item for item in calendar.walk("VEVENT")}


def only(calendar):
    (item,) = calendar.walk("VEVENT")
    return item


def edit(page, **fields):
    page = type(page).objects.get(pk=page.pk)
    for name, value in fields.items():
        setattr(page, name, value)
    with committed():
        return publish(page)


@pytest.fixture
def seminar(event_index):
    return make_event(
        event_index,
        title="Адам құқықтары: оқыту семинары",
        kind="seminar",
        start=datetime.datetime(2026, 12, 1, 10, tzinfo=ALMATY),
        end=datetime.datetime(2026, 12, 1, 17, tzinfo=ALMATY),
        venue="Rixos",
        address="Қонаев көшесі, 10",
        region=Region.objects.get(code="astana"),
        is_online=True,
        join_url="https://meet.example.org/secret-room",
    )


# The calendar


@pytest.mark.django_db
def test_feed_has_the_calendar_properties_every_client_needs(client, seminar):
    calendar, response = feed(client, "/en/feeds/events.ics")
    body = response.content
    assert body.startswith(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:")
    assert "Content-Disposition" not in response  # Google's "From URL" refuses attachments
    assert str(calendar["NAME"]) == str(calendar["X-WR-CALNAME"]) == "Kenes: Events"
    assert calendar["DESCRIPTION"]
    assert b"REFRESH-INTERVAL;VALUE=DURATION:PT6H\r\n" in body
    assert b"X-PUBLISHED-TTL:PT6H\r\n" in body
    assert str(calendar["SOURCE"]) == "http://testserver/en/feeds/events.ics"
    # every line is CRLF-terminated and folded at 75 octets
    lines = body.split(b"\r\n")
    assert all(len(line) <= 75 for line in lines)
    assert b"\n" not in body.replace(b"\r\n", b"")


@pytest.mark.django_db
def test_event_is_written_in_utc_with_its_stable_uid_and_public_details_only(client, seminar):
    calendar, response = feed(client, "/kk/feeds/events.ics")
    item = only(calendar)
    assert str(item["UID"]) == f"event-{seminar.translation_key}@{settings.CALENDAR_UID_DOMAIN}"
    # 10:00 in Almaty on 1 December 2026 is 05:00 UTC (UTC+5 since March 2024)
    assert item.start == datetime.datetime(2026, 12, 1, 5, tzinfo=UTC)
    assert item.end == datetime.datetime(2026, 12, 1, 12, tzinfo=UTC)
    assert b"DTSTART:20261201T050000Z\r\n" in response.content
    assert b"TZID" not in response.content  # no floating or zone-bound time anywhere
    assert str(item["SUMMARY"]) == "Адам құқықтары: оқыту семинары"
    assert str(item["STATUS"]) == "CONFIRMED"
    assert item["CATEGORIES"].cats == ["Оқыту семинары"]
    assert "Rixos" in str(item["LOCATION"]) and "Астана" in str(item["LOCATION"])
    url = f"http://testserver{seminar.url}"
    assert str(item["URL"]) == url
    assert url in str(item["DESCRIPTION"])
    assert "secret-room" not in response.content.decode()  # never the join link in public
    assert item["DTSTAMP"].dt == item["LAST-MODIFIED"].dt
    assert item["SEQUENCE"] == 0


@pytest.mark.django_db
def test_uid_is_the_same_in_every_language_and_across_downloads(client, event_index, seminar):
    translate(event_index, "ru", title="Мероприятия")
    translate(seminar, "ru", title="Права человека: семинар", slug="seminar-ru")
    kk = only(feed(client, "/kk/feeds/events.ics")[0])
    ru = only(feed(client, "/ru/feeds/events.ics")[0])
    assert kk["UID"] == ru["UID"]
    assert str(ru["SUMMARY"]) == "Права человека: семинар"
    # an English feed still lists the event, in the original's language
    en = only(feed(client, "/en/feeds/events.ics")[0])
    assert en["UID"] == kk["UID"] and str(en["SUMMARY"]) == str(kk["SUMMARY"])


@pytest.mark.django_db
def test_an_edit_of_the_time_keeps_the_uid_and_raises_sequence_and_last_modified(client, seminar):
    CalendarEntry.objects.update(modified_at=timezone.now() - datetime.timedelta(hours=1))
    before = only(feed(client, "/kk/feeds/events.ics")[0])
    edit(
        seminar,
        start=seminar.start + datetime.timedelta(hours=1),
        end=seminar.end + datetime.timedelta(hours=1),
    )
    first_poll_after_a_change(client, "/kk/feeds/events.ics")
    after = only(feed(client, "/kk/feeds/events.ics")[0])
    assert after["UID"] == before["UID"]
    assert after["SEQUENCE"] == before["SEQUENCE"] + 1
    assert after["LAST-MODIFIED"].dt > before["LAST-MODIFIED"].dt
    assert after.start == datetime.datetime(2026, 12, 1, 6, tzinfo=UTC)


@pytest.mark.django_db
def test_a_new_place_raises_the_sequence_a_new_text_moves_only_last_modified(client, seminar):
    edit(seminar, venue="Hilton")
    assert only(feed(client, "/kk/feeds/events.ics")[0])["SEQUENCE"] == 1
    entry = CalendarEntry.objects.get(translation_key=seminar.translation_key)
    modified = entry.modified_at
    edit(seminar, intro="Жаңа сипаттама.")
    item = only(feed(client, "/kk/feeds/events.ics")[0])
    assert item["SEQUENCE"] == 1
    entry.refresh_from_db()
    assert entry.modified_at > modified
    # publishing again without a change moves nothing: feeds keep their ETag
    modified = entry.modified_at
    edit(seminar)
    entry.refresh_from_db()
    assert (entry.modified_at, entry.sequence) == (modified, 1)


@pytest.mark.django_db
def test_a_time_change_on_the_original_raises_the_sequence_once_for_all_languages(
    client, event_index, seminar
):
    translate(event_index, "ru", title="Мероприятия")
    translate(seminar, "ru", title="Семинар", slug="seminar-ru")
    edit(seminar, start=seminar.start - datetime.timedelta(days=1))
    ru = only(feed(client, "/ru/feeds/events.ics")[0])
    kk = only(feed(client, "/kk/feeds/events.ics")[0])
    assert ru["SEQUENCE"] == kk["SEQUENCE"] == 1
    assert ru.start == kk.start == datetime.datetime(2026, 11, 30, 5, tzinfo=UTC)


@pytest.mark.django_db
def test_a_cancelled_event_stays_in_the_feed_as_cancelled(client, seminar):
    edit(seminar, status=EventPage.Status.CANCELLED, status_note="Бөлме жоқ.")
    item = only(feed(client, "/kk/feeds/events.ics")[0])
    assert str(item["STATUS"]) == "CANCELLED"
    assert item["SEQUENCE"] == 1
    assert str(item["SUMMARY"]) == seminar.title  # the status, not a "[Cancelled]" title
    assert "Бөлме жоқ." in str(item["DESCRIPTION"])


@pytest.mark.django_db
def test_a_postponed_event_is_tentative(client, seminar):
    edit(seminar, status=EventPage.Status.POSTPONED)
    assert str(only(feed(client, "/kk/feeds/events.ics")[0])["STATUS"]) == "TENTATIVE"


@pytest.mark.django_db
def test_an_unpublished_event_leaves_the_feed(client, seminar):
    assert len(feed(client, "/kk/feeds/events.ics")[0].walk("VEVENT")) == 1
    with committed():
        EventPage.objects.get(pk=seminar.pk).unpublish()
    first_poll_after_a_change(client, "/kk/feeds/events.ics")
    assert feed(client, "/kk/feeds/events.ics")[0].walk("VEVENT") == []


@pytest.mark.django_db
def test_feeds_list_the_last_six_months_and_everything_to_come(client, event_index):
    make_event(event_index, title="Recent", starts_in_days=-100)
    make_event(event_index, title="Old", starts_in_days=-200)
    make_event(event_index, title="Far", starts_in_days=400)
    titles = {str(i["SUMMARY"]) for i in feed(client, "/kk/feeds/events.ics")[0].walk("VEVENT")}
    assert titles == {"Recent", "Far"}


@pytest.mark.django_db
def test_feeds_by_kind_and_by_region(client, event_index):
    astana, almaty = Region.objects.get(code="astana"), Region.objects.get(code="almaty")
    make_event(event_index, title="Seminar Astana", kind="seminar", region=astana)
    make_event(event_index, title="Seminar Almaty", kind="seminar", region=almaty)
    make_event(event_index, title="Webinar", kind="webinar")

    def titles(url, **params):
        calendar = feed(client, url, **params)[0]
        return {str(item["SUMMARY"]) for item in calendar.walk("VEVENT")}, calendar

    found, calendar = titles("/en/feeds/events/seminar.ics")
    assert found == {"Seminar Astana", "Seminar Almaty"}
    assert str(calendar["NAME"]) == "Kenes: Training seminar"
    found, calendar = titles("/en/feeds/events/seminar.ics", region="almaty")
    assert found == {"Seminar Almaty"}
    assert str(calendar["NAME"]) == f"Kenes: Training seminar ({almaty.name_en})"
    assert titles("/en/feeds/events.ics", region="astana")[0] == {"Seminar Astana"}
    assert client.get("/en/feeds/events/picnic.ics").status_code == 404
    assert client.get("/en/feeds/events.ics", {"region": "atlantis"}).status_code == 404
    # a NUL byte (PostgreSQL refuses it in a query) or an overlong value is no region either
    for region in ("astana\x00", "\x00", "a" * 500, "Астана"):
        for url in ("/en/feeds/events.ics", "/en/feeds/events/seminar.ics"):
            assert client.get(url, {"region": region}).status_code == 404


@pytest.mark.django_db
def test_feed_texts_are_in_the_feeds_language(client, seminar):
    calendar, _ = feed(client, "/ru/feeds/events.ics")
    assert str(calendar["NAME"]) == "Kenes: Мероприятия"
    assert only(calendar)["CATEGORIES"].cats == ["Обучающий семинар"]


# Consultation deadlines


@pytest.mark.django_db
def test_consultation_deadline_is_an_all_day_item_on_the_closing_day(client, homes):
    index = make_consultation_index(homes["kk"])
    consultation = make_consultation(index)
    edit(consultation, closes_at=datetime.datetime(2026, 12, 15, 18, tzinfo=ALMATY))
    calendar, response = feed(client, "/kk/feeds/consultations.ics")
    item = only(calendar)
    assert (
        str(item["UID"])
        == f"deadline-{consultation.translation_key}@{settings.CALENDAR_UID_DOMAIN}"
    )
    assert item.start == datetime.date(2026, 12, 15)
    assert item.end == datetime.date(2026, 12, 16)
    assert b"DTSTART;VALUE=DATE:20261215\r\n" in response.content
    assert str(item["URL"]) == f"http://testserver{consultation.url}"
    assert consultation.title in str(item["SUMMARY"])
    assert str(item["TRANSP"]) == "TRANSPARENT"
    # at midnight the last day to comment is the day before
    edit(consultation, closes_at=datetime.datetime(2026, 12, 20, 0, tzinfo=ALMATY))
    first_poll_after_a_change(client, "/kk/feeds/consultations.ics")
    item = only(feed(client, "/kk/feeds/consultations.ics")[0])
    assert item.start == datetime.date(2026, 12, 19)
    assert item["SEQUENCE"] == 2  # made, moved to the 15th, moved to the 20th


# The calendar module itself


@pytest.mark.django_db
def test_a_kazakh_summary_with_commas_semicolons_and_newlines_round_trips(seminar):
    summary = "Дөңгелек үстел: құқық, бостандық; теңдік\nжәне әділдік " * 3
    entry = CalendarEntry(sequence=2, modified_at=timezone.now())
    calendar = ical.new_calendar(name="Іс-шаралар, кеңестер; күнтізбе", source="https://x/f.ics")
    item = event_calendar.event_item(seminar, entry=entry, url="https://x/", summary=summary)
    body = ical.to_bytes(calendar, [item])
    assert b"\\, " in body and b"\\; " in body and b"\\n" in body
    assert "NAME:Іс-шаралар\\, кеңестер\\; күнтізбе".encode() in body
    for line in body.split(b"\r\n"):
        assert len(line) <= 75
        line.decode("utf-8")  # no letter is split between two lines
    parsed = Calendar.from_ical(body)
    assert str(only(parsed)["SUMMARY"]) == summary


@pytest.mark.django_db
def test_an_archived_2023_event_keeps_its_true_instant(client, event_index):
    """In 2023 Almaty was UTC+6: 10:00 then was 04:00 UTC, not 05:00."""
    old = make_event(
        event_index,
        title="2023",
        start=datetime.datetime(2023, 6, 1, 10, tzinfo=ALMATY),
        end=datetime.datetime(2023, 6, 1, 12, tzinfo=ALMATY),
    )
    response = client.get(f"{old.url}ical/")
    assert response.status_code == 200
    assert response["Content-Disposition"] == f'attachment; filename="{old.slug}.ics"'
    item = only(Calendar.from_ical(response.content))
    assert item.start == datetime.datetime(2023, 6, 1, 4, tzinfo=UTC)
    assert item.end == datetime.datetime(2023, 6, 1, 6, tzinfo=UTC)


# HTTP: conditional requests, caching, a fixed number of queries


@pytest.mark.django_db
def test_etag_and_last_modified_answer_304(client, seminar):
    # the feeds last changed an hour ago (Last-Modified counts whole seconds)
    an_hour_ago = timezone.now() - datetime.timedelta(hours=1)
    cache.set(GENERATION_KEY, ("an hour ago", an_hour_ago), None)
    first = client.get("/kk/feeds/events.ics")
    etag, last_modified = first["ETag"], first["Last-Modified"]
    assert etag and last_modified and "public" in first["Cache-Control"]
    again = client.get("/kk/feeds/events.ics", headers={"if-none-match": etag})
    assert again.status_code == 304 and again.content == b""
    assert (
        client.get("/kk/feeds/events.ics", headers={"if-modified-since": last_modified}).status_code
        == 304
    )
    assert (
        client.get("/kk/feeds/events.ics", headers={"if-none-match": '"other"'}).status_code == 200
    )
    # a real change gives a new ETag and a later Last-Modified: the old validators fail
    edit(seminar, status=EventPage.Status.CANCELLED)
    first_poll_after_a_change(client, "/kk/feeds/events.ics", if_none_match=etag)
    changed = client.get("/kk/feeds/events.ics", headers={"if-none-match": etag})
    assert changed.status_code == 200 and changed["ETag"] != etag
    assert (
        client.get("/kk/feeds/events.ics", headers={"if-modified-since": last_modified}).status_code
        == 200
    )


@pytest.mark.django_db
def test_a_head_request_and_a_post(client, seminar):
    assert client.head("/kk/feeds/events.ics").status_code == 200
    assert client.post("/kk/feeds/events.ics").status_code == 405


@pytest.mark.django_db
def test_a_poll_that_finds_nothing_new_costs_two_queries(client, seminar):
    client.get("/kk/feeds/events.ics")
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/kk/feeds/events.ics").status_code == 200
    # the version of the feeds, and the cached feed (the cache is the database in production
    # too, locmem in tests)
    assert len(queries) <= 2


@pytest.mark.django_db
def test_feed_queries_do_not_grow_with_the_number_of_events(client, event_index):

    region = Region.objects.get(code="astana")
    for n in range(3):
        make_event(event_index, title=f"Event {n}", region=region, kind="seminar")

    def count(url):
        cache.clear()
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
            assert response.status_code == 200
        return len(queries), response

    count("/kk/feeds/events.ics")  # warm the site and locale caches, as on a running server
    three = count("/kk/feeds/events.ics")[0]
    three_by_kind = count("/kk/feeds/events/seminar.ics?region=astana")[0]
    add_events_quickly(event_index, 37, region=region)
    queries, response = count("/kk/feeds/events.ics")
    assert len(Calendar.from_ical(response.content).walk("VEVENT")) == 40
    assert queries == three
    assert count("/kk/feeds/events/seminar.ics?region=astana")[0] == three_by_kind


@pytest.mark.django_db
def test_consultation_feed_queries_do_not_grow(client, homes):

    index = make_consultation_index(homes["kk"])
    make_consultation(index, title="One")

    def count():
        cache.clear()
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/kk/feeds/consultations.ics").status_code == 200
        return len(queries)

    count()
    one = count()
    for n in range(20):
        make_consultation(index, title=f"Draft {n}", slug=f"draft-{n}")
    assert count() == one
