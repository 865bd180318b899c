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
"""

import datetime
import email.utils
import uuid
from types import SimpleNamespace

from django.conf import settings
from django.utils import timezone
from django.utils.formats import date_format
from icalendar import Calendar, vCalAddress, vDuration, vText

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


def to_bytes(calendar: Calendar) -> bytes:
    """CRLF lines, folded at 75 octets between characters, never inside a UTF-8 letter."""
    return calendar.to_ical()


def local_time(moment: datetime.datetime) -> str:
    """`moment` as the commission's clock shows it, in the active language's format."""
    return date_format(timezone.localtime(moment), "DATETIME_FORMAT")


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
