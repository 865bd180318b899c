"""The public feeds' own writer (`feeds.ical.item_bytes`) against icalendar, the reference: the
same item gives the same bytes both ways, for every item of the demo site and for the awkward
text a feed may carry (escapes, multibyte letters where a line folds, empty values), so the
feeds' bytes and ETags are those icalendar would write."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.test import RequestFactory
from django.utils import timezone, translation
from django.utils.formats import date_format
from icalendar import Calendar

from actionplan.deadlines import deadline_item, feed_measures
from actionplan.links import measure_url, tracker_in
from consultations import ical as consultation_calendar
from consultations.models import ConsultationPage
from events import ical as event_calendar
from events.feeds import events_calendar, feed_pages
from events.models import EventIndexPage, EventPage
from feeds import ical
from feeds.services import entries_for
from feeds.views import full_urls
from tests.factories import make_event

UTC = datetime.UTC
ALMATY = ZoneInfo("Asia/Almaty")
MOMENT = datetime.datetime(2026, 12, 1, 5, 30, tzinfo=UTC)
KAZAKH = "Адам құқықтары жөніндегі дөңгелек үстел: әйелдер, балалар; мүгедектігі бар адамдар"
RUSSIAN = "Круглый стол по правам человека: женщины, дети; люди с инвалидностью — «итоги»"
AWKWARD = [
    "",
    "a",
    'comma, semicolon; colon: backslash \\ caret ^ quote " end',
    "\\N is a line break for icalendar, \\n and \\\\ are not",
    "lines\nLF\r\nCRLF\rCR\n\nand a blank one",
    "tab\tand trailing spaces   ",
    KAZAKH * 3,
    RUSSIAN * 3,
    "ёмкость 😀 emoji, 4 octets 😀😀😀 " * 5,
    "https://example.org/a?b=1;c=2,d=3#ф",
]


def sweep() -> list[str]:
    """Every character that matters at every place a line may fold: 2-, 3- and 4-octet
    letters, the characters that start an escape, and the escaped ones."""
    texts = []
    for awkward in ("қ", "€", "😀", "\\", "^", ",", ";", "\n", "\\n"):
        for shift in range(80):
            texts.append("x" * shift + awkward * 3 + KAZAKH)
    return texts


def item(**fields) -> ical.Item:
    values = {
        "uid": "event-0f0e@example.org",
        "summary": "Summary",
        "start": MOMENT,
        "end": MOMENT + datetime.timedelta(hours=2),
        "stamp": MOMENT,
        "last_modified": MOMENT,
        "sequence": 0,
        "status": "CONFIRMED",
        "categories": ["Round table"],
        "description": "Description",
        "url": "https://example.org/kk/events/x/",
        "location": "Rixos, Astana",
    }
    return ical.Item(**{**values, **fields})


def assert_written_as_icalendar_writes(value: ical.Item) -> None:
    written = ical.item_bytes(value)
    assert written == ical.as_event(value).to_ical()
    for line in written.split(b"\r\n"):
        assert len(line) <= 75


@pytest.mark.parametrize("text", AWKWARD + sweep())
def test_awkward_text_is_written_as_icalendar_writes_it(text):
    for place in ("summary", "description", "location", "uid"):
        assert_written_as_icalendar_writes(item(**{place: text}))
    assert_written_as_icalendar_writes(item(categories=[text, "two, three", text]))


@pytest.mark.parametrize("shift", range(80))
def test_an_address_is_written_as_it_is_at_every_fold(shift):
    url = "https://example.org/" + "x" * shift + "/қазақ^тілі\\/?a=1;b=2,c"
    assert_written_as_icalendar_writes(item(url=url))


@pytest.mark.parametrize(
    "fields",
    [
        {"location": None},
        {"location": ""},
        {"url": None},
        {"url": ""},
        {"status": "CANCELLED", "sequence": 7},
        {"status": "TENTATIVE", "sequence": 123456},
        {"categories": ["Round table", "Құқық, бостандық"]},
        {"categories": [""]},
        {
            "start": datetime.date(2026, 12, 15),
            "end": datetime.date(2026, 12, 16),
            "transparency": "TRANSPARENT",
            "location": None,
        },
        {"start": datetime.datetime(999, 1, 2, 3, 4, 5, tzinfo=UTC)},
        {"stamp": datetime.datetime(2026, 1, 2, 3, 4, 5, 678901, tzinfo=UTC)},
    ],
)
def test_every_kind_of_value_is_written_as_icalendar_writes_it(fields):
    assert_written_as_icalendar_writes(item(**fields))


def test_a_time_not_in_utc_is_refused():
    with pytest.raises(ValueError, match="UTC"):
        ical.item_bytes(item(start=MOMENT.astimezone(ALMATY)))
    with pytest.raises(ValueError, match="CR or LF"):
        ical.item_bytes(item(url="https://example.org/\r\nX-EVIL:1"))


def test_items_follow_the_calendars_own_properties_as_components_do():
    items = [item(summary=text) for text in AWKWARD]
    calendar = ical.new_calendar(name="Іс-шаралар, кеңестер", source="https://x/f.ics")
    written = ical.to_bytes(calendar, items)
    for each in items:
        calendar.add_component(ical.as_event(each))
    assert written == ical.to_bytes(calendar)
    assert len(Calendar.from_ical(written).walk("VEVENT")) == len(items)


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_local_time_is_what_date_format_writes(language):
    moments = [
        datetime.datetime(2023, 3, 1, 4, 0, tzinfo=UTC),  # UTC+6 then
        datetime.datetime(2024, 2, 29, 18, 59, tzinfo=UTC),
        datetime.datetime(2026, 1, 1, 0, 0, tzinfo=ALMATY),
        datetime.datetime(2026, 12, 31, 23, 5, tzinfo=ALMATY),
    ]
    moments += [datetime.datetime(2026, month, 9, 7, 3, tzinfo=UTC) for month in range(1, 13)]
    with translation.override(language):
        for moment in moments:
            expected = date_format(timezone.localtime(moment), "DATETIME_FORMAT")
            assert ical.local_time(moment) == expected


@pytest.mark.django_db
def test_page_addresses_are_wagtails(rf, event_index):
    """The addresses the feeds work out once a folder are those Wagtail gives each page,
    Kazakh slugs and all."""
    pages = [make_event(event_index, title=title) for title in ("Дөңгелек үстел", "Round table")]
    pages.append(event_index)
    request = rf.get("/kk/feeds/events.ics")
    for language in ("kk", "en"):
        with translation.override(language):
            url_of = full_urls(request)
            for page in pages + pages:
                assert url_of(page) == page.get_full_url(request)


# --- every item of the demo site -----------------------------------------------------------


def demo_requests():
    factory = RequestFactory()
    return {
        language: factory.get(f"/{language}/feeds/events.ics", HTTP_HOST="localhost", secure=True)
        for language in ("kk", "ru", "en")
    }


@pytest.mark.django_db
def test_every_demo_event_is_written_as_icalendar_writes_it(demo_site):
    pages = list(EventPage.objects.select_related("region", "locale").order_by("pk"))
    assert {page.status for page in pages} >= {"scheduled", "cancelled"}
    entries = entries_for(event_calendar.KIND, pages)
    for language, request in demo_requests().items():
        with translation.override(language):
            url_of = full_urls(request)
            for page in pages:
                url = url_of(page)
                assert url == page.get_full_url(request)
                entry = entries[page.translation_key]
                assert_written_as_icalendar_writes(
                    event_calendar.event_item(page, entry=entry, url=url)
                )
                # as a personal feed and an invitation write it
                assert_written_as_icalendar_writes(
                    event_calendar.event_item(
                        page,
                        entry=entry,
                        url=url,
                        summary=f"{page.title} (waiting list)",
                        lines=["Your seat is confirmed.", page.practical_info],
                        status="TENTATIVE",
                        stamp=timezone.now(),
                    )
                )


@pytest.mark.django_db
def test_every_kind_and_status_of_event_is_written_as_icalendar_writes_it(demo_site):
    page = EventPage.objects.select_related("region").filter(region__isnull=False).first()
    entry = ical.NEUTRAL_ENTRY
    for language in ("kk", "ru", "en"):
        with translation.override(language):
            for kind in EventPage.Kind.values:
                for status in EventPage.Status.values:
                    for online in (False, True):
                        page.kind, page.status, page.is_online = kind, status, online
                        page.status_note = "Жаңа күні; новая дата, \\ later"
                        written = event_calendar.event_item(page, entry=entry, url="https://x/")
                        assert_written_as_icalendar_writes(written)


@pytest.mark.django_db
def test_every_demo_deadline_is_written_as_icalendar_writes_it(demo_site):
    consultations = list(ConsultationPage.objects.select_related("legal_area", "locale"))
    measures = list(feed_measures())
    assert consultations and measures
    entries = entries_for(consultation_calendar.KIND, consultations)
    for language, request in demo_requests().items():
        with translation.override(language):
            for page in consultations:
                url = page.get_full_url(request)
                assert_written_as_icalendar_writes(
                    consultation_calendar.deadline_item(
                        page, entry=entries[page.translation_key], url=url
                    )
                )
            tracker = tracker_in(language)
            base = tracker.get_full_url(request) if tracker is not None else ""
            for measure in measures:
                url = measure_url(base, measure) if base else ""
                assert_written_as_icalendar_writes(
                    deadline_item(measure, entry=ical.NEUTRAL_ENTRY, url=url)
                )


@pytest.mark.django_db
def test_the_demo_events_feeds_are_what_icalendar_writes(demo_site):
    """The whole feed against the way it was written before: every item an icalendar `Event`
    at the address Wagtail gives its page."""
    for language, request in demo_requests().items():
        with translation.override(language):
            source = f"https://localhost/{language}/feeds/events.ics"
            written = events_calendar(request, kind="", region=None, source=source)
            pages = feed_pages(language=language)
            entries = entries_for(event_calendar.KIND, pages)
            index = EventIndexPage.objects.live().filter(locale__language_code=language).first()
            calendar = ical.new_calendar(
                name=str(Calendar.from_ical(written)["NAME"]),
                description=str(Calendar.from_ical(written)["DESCRIPTION"]),
                source=source,
                url=index.get_full_url(request),
            )
            for page in pages:
                url = page.get_full_url(request)
                entry = entries[page.translation_key]
                calendar.add_component(
                    ical.as_event(event_calendar.event_item(page, entry=entry, url=url))
                )
            assert written == calendar.to_ical()
