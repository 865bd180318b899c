"""Events as calendar items: in the public feeds, in a person's own feed, as a file to add to
a calendar, and in the invitations attached to registration emails (built with `feeds.ical`,
the one place iCalendar is written).

- An item's UID is made from the event's translation key: the same in every language and for
  the event's whole life.
- SEQUENCE and LAST-MODIFIED come from the event's `feeds.models.CalendarEntry`, which moves
  them when the time, place or status really changes (`event_schedule`).
- A cancelled event stays with STATUS:CANCELLED; a postponed one is TENTATIVE.
- Public items never carry the link to join online; a person's own item does, when
  `events.rules.sees_joining_details` says so.
"""

import datetime
from types import SimpleNamespace

from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Event

from feeds import ical

from .rules import sees_joining_details

EVENT_STATUS = {"scheduled": "CONFIRMED", "postponed": "TENTATIVE", "cancelled": "CANCELLED"}
KIND = "event"  # the calendar entries' kind, and the start of every event's UID
# What a public feed reads of an event's page (`events.feeds.feed_pages` loads no more, with
# the page's region and locale): what `event_item` shows, and the page's address, language and
# publication (`feeds.views.public_calendar`, `feeds.services.entries_for`).
FEED_FIELDS = (
    "title",
    "translation_key",
    "locale",
    "url_path",
    "first_published_at",
    "last_published_at",
    "kind",
    "start",
    "end",
    "status",
    "status_note",
    "intro",
    "venue",
    "address",
    "region",
    "is_online",
)


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
        ical.utc(page.start).isoformat(),
        ical.utc(page.end).isoformat(),
        page.status,
        page.venue,
        page.address,
        page.region_id,
        page.is_online,
    ]


def event_fingerprint(page, *, url: str) -> tuple[list, list]:
    """(what raises the SEQUENCE, everything a calendar shows of the event) for
    `feeds.services.entry_refresh`: what only participants' calendars show (the link to join,
    the practical details) moves LAST-MODIFIED too."""
    item = ical.item_bytes(event_item(page, entry=ical.NEUTRAL_ENTRY, url=url)).decode()
    return event_schedule(page), [item, page.join_url, page.practical_info]


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
    parts.append(
        _("In Astana time the event starts %(start)s.") % {"start": ical.local_time(page.start)}
    )
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
    stamp: datetime.datetime | None = None,
) -> ical.Item:
    """One event as a calendar item, in the active language. `page` is the event's page in
    that language (its dates and status are the original's, see `core.translations`);
    `entry` gives its sequence and modification time (`feeds.services.entries_for`)."""
    modified = ical.utc(entry.modified_at)
    return ical.Item(
        uid=ical.uid(KIND, page.translation_key),
        summary=summary or page.title,
        start=ical.utc(page.start),
        end=ical.utc(page.end),
        stamp=ical.utc(stamp) if stamp else modified,
        last_modified=modified,
        sequence=entry.sequence,
        status=status or EVENT_STATUS[page.status],
        # the label by the enum, not get_kind_display(): a sixth of the time, in every item
        categories=[str(page.Kind(page.kind).label)],
        location=event_location(page) or None,
        url=url,
        description=event_description(page, url=url, lines=lines),
    )


def registration_lines(registration, page) -> list[str]:
    """What a person's own calendar says about their place (never in a public feed): the
    link to join and the practical details when the rules let them see those."""
    if registration.status == "waitlisted":
        return [_("You are on the waiting list. We will email you if a seat frees up.")]
    lines = [_("Your seat is confirmed.")]
    if sees_joining_details(registration):
        if registration.event.join_url:
            lines.append(_("Link to join online: %(url)s") % {"url": registration.event.join_url})
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
    item = event_item(
        page,
        entry=modified,
        url=url,
        summary=_("%(title)s (waiting list)") % {"title": page.title} if waiting else "",
        status="TENTATIVE" if waiting and page.status == "scheduled" else "",
        lines=registration_lines(registration, page),
    )
    return ical.as_event(item)


def invitation(page, *, entry, url: str, registration, cancel: bool, earlier: int) -> bytes:
    """An invitation (METHOD:REQUEST) for a confirmed seat, or its withdrawal (METHOD:CANCEL,
    same UID, higher SEQUENCE). Clients add, update and remove the event in the
    participant's own calendar by it."""
    calendar = ical.new_calendar(method="CANCEL" if cancel else "REQUEST")
    sequence = personal_sequence(registration, entry, earlier) + (1 if cancel else 0)
    item = ical.as_event(
        event_item(
            page,
            entry=SimpleNamespace(sequence=sequence, modified_at=entry.modified_at),
            url=url,
            lines=() if cancel else registration_lines(registration, page),
            status="CANCELLED" if cancel else "",
            stamp=timezone.now(),
        )
    )
    item.add("ORGANIZER", ical.organizer())
    item.add("ATTENDEE", ical.attendee(registration.person, cancelled=cancel))
    calendar.add_component(item)
    return ical.to_bytes(calendar)
