"""The one place iCalendar is written: public and personal feeds, single-event downloads and
the invitations attached to registration emails all build their items here (RFC 5545, with
RFC 7986's calendar properties).

The rules that keep calendar clients right:

- an item's UID is made from its translation key, which never changes for the life of the
  event, and is the same in every language (the kk, ru and en pages are one event);
- every time is written in UTC. Clients that still carry pre-2024 zone data think Almaty is
  UTC+6, and Outlook misreads long VTIMEZONE histories; an instant in UTC means the same in
  every client, and each shows it in its user's zone;
- SEQUENCE and LAST-MODIFIED come from `feeds.models.CalendarEntry`, which moves them when the
  time, place or status really changes. In a feed without METHOD, DTSTAMP is the same as
  LAST-MODIFIED (RFC 5545, 3.8.7.2), so a feed's bytes change only when its content does;
- a cancelled event stays in the feed with STATUS:CANCELLED;
- consultation deadlines are all-day items (DATE values) ending on the next day;
- public items never carry the link to join online.
"""

import datetime
import email.utils
import uuid
from email.mime.text import MIMEText
from types import SimpleNamespace

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from icalendar import Calendar, Event, vCalAddress, vDuration, vText

UTC = datetime.UTC
CONTENT_TYPE = "text/calendar; charset=utf-8"
# How often clients are asked to fetch a subscribed feed again.
REFRESH_INTERVAL = datetime.timedelta(hours=6)

EVENT_STATUS = {"scheduled": "CONFIRMED", "postponed": "TENTATIVE", "cancelled": "CANCELLED"}


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


# --- events ---------------------------------------------------------------------------------


def event_location(page) -> str:
    """Venue, address and city as the page's language writes them; "Online" when there is
    no place. Never the link to join."""
    parts = [page.venue, page.address]
    if page.region is not None and not _names_region(" ".join(parts), page.region.name):
        parts.append(page.region.name)
    place = ", ".join(part for part in parts if part)
    if page.is_online:
        return f"{place} / {_('Online')}" if place else _("Online")
    return place


GENERIC_PLACE_WORDS = {"қаласы", "облысы", "город", "область", "region", "city"}


def _names_region(text: str, region: str) -> bool:
    """Does the address already name the city ("г. Астана" for "город Астана")?"""
    words = [w for w in region.split() if len(w) > 3 and w.lower() not in GENERIC_PLACE_WORDS]
    return any(word in text for word in words)


def event_schedule(page) -> list:
    """What makes a calendar client update its copy when it changes: time, place, status."""
    return [
        utc(page.start).isoformat(),
        utc(page.end).isoformat(),
        page.status,
        page.venue,
        page.address,
        page.region_id,
        page.is_online,
    ]


def _local(moment: datetime.datetime) -> str:
    from django.utils.formats import date_format

    return date_format(timezone.localtime(moment), "DATETIME_FORMAT")


def event_description(page, *, url: str, lines=()) -> str:
    """Plain text: the summary, what changed, what the participant should know, the link."""
    parts = [page.intro]
    if page.status == "cancelled":
        parts.append(_("This event is cancelled."))
    elif page.status == "postponed":
        parts.append(_("This event is postponed. The new date will be announced."))
    if page.status != "scheduled" and page.status_note:
        parts.append(page.status_note)
    parts.extend(line for line in lines if line)
    parts.append(_("In Astana time the event starts %(start)s.") % {"start": _local(page.start)})
    parts.append(_("More information: %(url)s") % {"url": url})
    return "\n\n".join(part for part in parts if part)


def event_item(
    page,
    *,
    entry,
    url: str,
    summary: str = "",
    lines=(),
    status: str = "",
    sequence_offset: int = 0,
    stamp: datetime.datetime | None = None,
) -> Event:
    """One event as a calendar item, in the active language. `page` is the event's page in
    that language (its dates and status are the original's, see `kenes.shared_fields`);
    `entry` gives its sequence and modification time (`feeds.services.entry_state`)."""
    modified = utc(entry.modified_at)
    return Event.new(
        uid=uid("event", page.translation_key),
        summary=summary or page.title,
        start=utc(page.start),
        end=utc(page.end),
        stamp=utc(stamp) if stamp else modified,
        last_modified=modified,
        sequence=entry.sequence + sequence_offset,
        status=status or EVENT_STATUS[page.status],
        categories=[str(page.get_kind_display())],
        location=event_location(page) or None,
        url=url,
        description=event_description(page, url=url, lines=lines),
    )


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


def registration_lines(registration, page) -> list[str]:
    """What a person's own calendar says about their place (never in a public feed): the
    link to join and the practical details only with a seat, while the event is on."""
    if registration.status == "waitlisted":
        return [_("You are on the waiting list. We will email you if a seat frees up.")]
    lines = [_("Your seat is confirmed.")]
    event = registration.event
    if event.status == "scheduled":
        if event.join_url:
            lines.append(_("Link to join online: %(url)s") % {"url": event.join_url})
        if page.practical_info:
            lines.append(page.practical_info)
    return lines


def personal_sequence(registration, entry, earlier: int) -> int:
    """The SEQUENCE of the event in this person's own calendar (their feed, their emailed
    invitations). It outranks what the public feeds say, so that:

    - a new registration after a cancelled one outranks the CANCEL sent for that one
      (3 per earlier registration of the person for the event: its REQUEST, its promotion,
      its CANCEL);
    - the promotion from the waiting list, which turns a tentative item into a confirmed one
      with the link to join, is a change of its own (+1 once confirmed after waiting).
    """
    promoted = (
        registration.confirmed_at is not None
        and (registration.confirmed_at - registration.created_at).total_seconds() > 1
    )
    return entry.sequence + 3 * earlier + (1 if promoted else 0)


def personal_modified(registration, entry) -> datetime.datetime:
    """When the person's item last changed: the event, or their place at it."""
    moments = [entry.modified_at, registration.created_at, registration.confirmed_at]
    return max(moment for moment in moments if moment is not None)


def personal_item(page, *, registration, entry, earlier: int, url: str) -> Event:
    """The event as the registered person's own calendar shows it: confirmed, or tentative
    on the waiting list, with the link to join for a seat."""
    waiting = registration.status == "waitlisted"
    modified = SimpleNamespace(
        sequence=personal_sequence(registration, entry, earlier),
        modified_at=personal_modified(registration, entry),
    )
    return event_item(
        page,
        entry=modified,
        url=url,
        summary=_("%(title)s (waiting list)") % {"title": page.title} if waiting else "",
        status="TENTATIVE" if waiting and page.status == "scheduled" else "",
        lines=registration_lines(registration, page),
    )


def invitation(page, *, entry, url: str, registration, cancel: bool, earlier: int) -> bytes:
    """An invitation (METHOD:REQUEST) for a confirmed seat, or its withdrawal (METHOD:CANCEL,
    same UID, higher SEQUENCE). Clients add, update and remove the event in the
    participant's own calendar by it."""
    calendar = new_calendar(method="CANCEL" if cancel else "REQUEST")
    sequence = personal_sequence(registration, entry, earlier) + (1 if cancel else 0)
    item = event_item(
        page,
        entry=SimpleNamespace(sequence=sequence, modified_at=entry.modified_at),
        url=url,
        lines=() if cancel else registration_lines(registration, page),
        status="CANCELLED" if cancel else "",
        stamp=timezone.now(),
    )
    item.add("ORGANIZER", organizer())
    item.add("ATTENDEE", attendee(registration.person, cancelled=cancel))
    calendar.add_component(item)
    return to_bytes(calendar)


def mime_part(body: bytes, *, method: str, filename: str = "") -> MIMEText:
    """`text/calendar; charset=utf-8; method=…`: inline (in the message's alternatives,
    where Outlook looks for a meeting) or, with a `filename`, as an attached file."""
    part = MIMEText(body.decode(), "calendar", "utf-8")
    part.set_param("method", method)
    if filename:
        part.add_header("Content-Disposition", "attachment", filename=filename)
    return part


# --- consultation deadlines -----------------------------------------------------------------


def closing_day(closes_at: datetime.datetime) -> datetime.date:
    """The last day comments are accepted, in the commission's zone: a consultation that
    closes at midnight closes at the end of the day before."""
    return timezone.localdate(closes_at - datetime.timedelta(microseconds=1))


def deadline_schedule(page) -> list:
    return [utc(page.opens_at).isoformat(), utc(page.closes_at).isoformat()]


def deadline_item(page, *, entry, url: str) -> Event:
    """The last day to comment on a draft, as an all-day item linking to the draft."""
    day = closing_day(page.closes_at)
    modified = utc(entry.modified_at)
    description = "\n\n".join(
        part
        for part in [
            page.summary,
            _("Drafting body: %(body)s") % {"body": page.drafting_body},
            _("Comments are accepted from %(opens)s until %(closes)s, Astana time.")
            % {"opens": _local(page.opens_at), "closes": _local(page.closes_at)},
            _("The draft and the comments: %(url)s") % {"url": url},
        ]
        if part
    )
    categories = [pgettext("calendar category", "Consultation")]
    if page.legal_area is not None:
        categories.append(page.legal_area.name)
    return Event.new(
        uid=uid("deadline", page.translation_key),
        summary=_("Comments close: %(title)s") % {"title": page.title},
        start=day,
        end=day + datetime.timedelta(days=1),
        stamp=modified,
        last_modified=modified,
        sequence=entry.sequence,
        status="CONFIRMED",
        transparency="TRANSPARENT",
        categories=categories,
        url=url,
        description=description,
    )
