"""The one place iCalendar is written (RFC 5545, with RFC 7986's calendar properties): the
calendars of public and personal feeds, single-item files and the invitations attached to
emails. The apps build their items with these helpers (`events.ical`, `consultations.ical`).

The rules that keep calendar clients right:

- an item's UID is made from its translation key, which never changes for the life of the
  item, and is the same in every language (the kk, ru and en pages are one event);
- every time is written in UTC. Clients that still carry pre-2024 zone data think Almaty is
  UTC+6, and Outlook misreads long VTIMEZONE histories; an instant in UTC means the same in
  every client, and each shows it in its user's zone;
- SEQUENCE and LAST-MODIFIED come from `feeds.models.CalendarEntry`, which moves them when the
  time, place or status really changes. In a feed without METHOD, DTSTAMP is the same as
  LAST-MODIFIED (RFC 5545, 3.8.7.2), so a feed's bytes change only when its content does.

An item is plain data (`Item`). A public feed of a thousand items is written straight from it
(`item_bytes`, in a twentieth of the time icalendar takes); invitations, single files and personal
feeds make it an icalendar `Event` (`as_event`) and add what they need to it. icalendar stays the
reference: the two give the same bytes (tests/feeds/test_ical_writer.py), so the public feeds'
bytes and ETags are those icalendar would write.
"""

import dataclasses
import datetime
import email.utils
import functools
import uuid
from collections.abc import Iterable
from types import SimpleNamespace

from django.conf import settings
from django.utils import dateformat, timezone
from django.utils.formats import get_format
from icalendar import Calendar, Event, vCalAddress, vDuration, vText

UTC = datetime.UTC
CONTENT_TYPE = "text/calendar; charset=utf-8"
# How often clients are asked to fetch a subscribed feed again.
REFRESH_INTERVAL = datetime.timedelta(hours=6)


def uid(kind: str, translation_key) -> str:
    """`event-<translation key>@<domain>`: globally unique, and the same for the whole life of
    the item, in every language, in feeds and in invitations alike."""
    return f"{kind}-{translation_key}@{settings.CALENDAR_UID_DOMAIN}"


def utc(moment: datetime.datetime) -> datetime.datetime:
    return moment.astimezone(UTC).replace(microsecond=0)


def prodid() -> str:
    return f"-//{settings.CALENDAR_PRODUCT_NAME}//Kenes//{settings.LANGUAGE_CODE.upper()}"


def new_calendar(
    *, name: str = "", description: str = "", source: str = "", url: str = "", method: str = ""
) -> Calendar:
    """A calendar to put items in. A subscription feed (`source`: its own address) carries its
    name for every client, a description and how often to refresh. A file or an email
    attachment has no name (Outlook would open a calendar of that name beside the user's own)
    and carries its `method` (REQUEST or CANCEL) instead."""
    calendar = Calendar.new(
        prodid=prodid(),
        # a feed's identity is its address; a file needs none
        uid=uuid.uuid5(uuid.NAMESPACE_URL, source) if source else None,
        source=source or None,
        url=url or None,
        method=method or None,
    )
    if not source:
        calendar.pop("UID", None)
        return calendar
    # NAME and DESCRIPTION are TEXT (RFC 7986): commas and semicolons escaped, as icalendar
    # does only when it is given the type.
    for names, value in ((("NAME", "X-WR-CALNAME"), name), (("X-WR-CALDESC",), description)):
        for property_name in names:
            if value:
                calendar.add(property_name, vText(value))
    if description:
        calendar.add("DESCRIPTION", description)
    # `Calendar.new(refresh_interval=...)` omits VALUE=DURATION, which RFC 7986 requires,
    # and Outlook reads X-PUBLISHED-TTL instead.
    calendar.add("REFRESH-INTERVAL", REFRESH_INTERVAL, parameters={"VALUE": "DURATION"})
    calendar.add("X-PUBLISHED-TTL", vDuration(REFRESH_INTERVAL))
    return calendar


def to_bytes(calendar: Calendar, items: Iterable["Item"] = ()) -> bytes:
    """CRLF lines, folded at 75 octets between characters, never inside a UTF-8 letter.
    `items` (`Item`s) follow the calendar's own components, as `add_component` would put
    them."""
    written = calendar.to_ical()
    if not items:
        return written
    end = b"END:VCALENDAR\r\n"
    return b"".join([written.removesuffix(end), *map(item_bytes, items), end])


def local_time(moment: datetime.datetime) -> str:
    """`moment` as the commission's clock shows it, in the active language's format: what
    `date_format(localtime(moment), "DATETIME_FORMAT")` writes, in half the time (a feed
    writes a thousand), as Django's `DateFormat.format` does it but with the format taken
    apart once rather than at every call."""
    written = dateformat.DateFormat(timezone.localtime(moment))
    pieces = format_pieces(get_format("DATETIME_FORMAT"))
    return "".join(str(getattr(written, piece)()) if code else piece for code, piece in pieces)


@functools.cache
def format_pieces(format_string: str) -> tuple[tuple[bool, str], ...]:
    """(is a format character, the character or the literal text), as `DateFormat.format`
    splits and unescapes a format."""
    pieces = dateformat.re_formatchars.split(format_string)
    return tuple(
        (True, piece) if number % 2 else (False, dateformat.re_escaped.sub(r"\1", piece))
        for number, piece in enumerate(pieces)
        if piece
    )


# What an item looks like with no history, for comparing items (see services.entry_refresh).
NEUTRAL_ENTRY = SimpleNamespace(sequence=0, modified_at=datetime.datetime(2000, 1, 1, tzinfo=UTC))


# --- people in invitations -------------------------------------------------------------------


def organizer() -> vCalAddress:
    """A no-reply address: clients show an invitation, and no reply reaches staff."""
    name, address = email.utils.parseaddr(settings.CALENDAR_ORGANIZER)
    return vCalAddress.new(address, cn=name or None)


def attendee(person, *, cancelled: bool = False) -> vCalAddress:
    if cancelled:
        return vCalAddress.new(person.email, cn=person.full_name or None)
    return vCalAddress.new(
        person.email,
        cn=person.full_name or None,
        role="REQ-PARTICIPANT",
        partstat="ACCEPTED",
        rsvp=False,
    )


# --- items --------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True, slots=True)
class Item:
    """One calendar item (a VEVENT), in the words of icalendar's `Event.new`. Times are in
    UTC (`utc`); a date makes an all-day item. None leaves a property out."""

    uid: str
    summary: str
    start: datetime.datetime | datetime.date
    end: datetime.datetime | datetime.date
    stamp: datetime.datetime
    last_modified: datetime.datetime
    sequence: int
    status: str
    categories: list[str]
    description: str
    url: str | None = None
    location: str | None = None
    transparency: str | None = None


def as_event(item: Item) -> Event:
    """The item as an icalendar `Event`, for what adds to it (an invitation's ORGANIZER and
    ATTENDEE) or reads it back (a personal feed's order, a file's Last-Modified)."""
    fields = dataclasses.fields(item)
    return Event.new(**{field.name: getattr(item, field.name) for field in fields})


def item_bytes(item: Item) -> bytes:
    """The item's VEVENT as `as_event(item).to_ical()` writes it, byte for byte: the properties
    in icalendar's order (its canonical ones, then the others by name), TEXT escaped."""
    lines = [
        "BEGIN:VEVENT",
        "SUMMARY:" + _text(item.summary),
        "DTSTART" + _moment(item.start),
        "DTEND" + _moment(item.end),
        "DTSTAMP" + _moment(item.stamp),
        "UID:" + _text(item.uid),
        f"SEQUENCE:{item.sequence}",
        "CATEGORIES:" + ",".join(map(_text, item.categories)),
        "DESCRIPTION:" + _text(item.description),
        "LAST-MODIFIED" + _moment(item.last_modified),
    ]
    if item.location is not None:
        lines.append("LOCATION:" + _text(item.location))
    lines.append("STATUS:" + _text(item.status))
    if item.transparency is not None:
        lines.append("TRANSP:" + _text(item.transparency))
    if item.url is not None:
        if "\r" in item.url or "\n" in item.url:
            raise ValueError(f"A URI value may not contain CR or LF characters: {item.url!r}")
        lines.append("URL:" + item.url)
    lines.append("END:VEVENT")
    return b"\r\n".join([_fold(line.encode()) for line in lines]) + b"\r\n"


def _text(value: str) -> str:
    """RFC 5545 TEXT (3.3.11), as icalendar escapes it: a written "\\N" is a line break too,
    and CR LF, LF and CR are each one."""
    return (
        value.replace("\\N", "\n")
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def _moment(value: datetime.datetime | datetime.date) -> str:
    """A DATE-TIME in UTC, or a DATE, with what goes between the name and the value."""
    if isinstance(value, datetime.datetime):
        if value.tzinfo is not UTC:
            raise ValueError(f"Items are written in UTC (ical.utc): {value!r}")
        # 2026-09-19T05:00:00 (microseconds dropped, as icalendar drops them)
        return ":" + value.isoformat()[:19].replace("-", "").replace(":", "") + "Z"
    return ";VALUE=DATE:" + value.isoformat().replace("-", "")


FOLD_OCTETS = 74  # a line's own octets, the space that continues it not counted


def _fold(line: bytes) -> bytes:
    """Folded as icalendar folds: at most 74 octets a line (continuations start with a space),
    never inside a UTF-8 letter, and never after a backslash or a caret, which may start an
    escape (it moves to the next line)."""
    if len(line) <= FOLD_OCTETS:  # most lines
        return line
    parts = []
    start = 0
    while len(line) - start > FOLD_OCTETS:
        cut = start + FOLD_OCTETS
        while line[cut] & 0xC0 == 0x80:  # inside a letter: cut before it
            cut -= 1
        if line[cut - 1] in b"\\^" and cut - start > 1:
            cut -= 1
        parts.append(line[start:cut])
        start = cut
    parts.append(line[start:])
    return b"\r\n ".join(parts)
