"""A person's own calendar, with the items the apps add to it.

`feeds` sits below the apps whose items a person's calendar shows (the events they
registered for), so it cannot know them. Each such app registers a function with Wagtail's
hook registry, in its `wagtail_hooks.py`:

    @hooks.register(PERSONAL_CALENDAR_HOOK)
    def my_events(request, person, since) -> PersonalItems: ...

Each gets the request (for the items' addresses), the person, and the start of the window
(items that ended before it stay out), and gives its items with the moments they changed.
"""

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.utils.translation import gettext as _
from icalendar import Event
from wagtail import hooks

from . import ical

PERSONAL_CALENDAR_HOOK = "register_personal_calendar_items"


@dataclass
class PersonalItems:
    items: list[Event] = field(default_factory=list)
    # When what these items show last changed (None entries are left out): the feed's
    # Last-Modified is the latest of all.
    changes: list[datetime.datetime | None] = field(default_factory=list)


def personal_calendar(
    request, person, *, source: str, since: datetime.datetime
) -> tuple[bytes, datetime.datetime]:
    """The person's feed, and when it last changed (when the account was made, for an empty
    feed that never changed)."""
    site = settings.WAGTAIL_SITE_NAME
    calendar = ical.new_calendar(
        name="{}: {}".format(site, _("My events")),
        description=_("The events you registered for on %(site)s.") % {"site": site},
        source=source,
    )
    items, changes = [], []
    for contribute in hooks.get_hooks(PERSONAL_CALENDAR_HOOK):
        part = contribute(request, person, since)
        items += part.items
        changes += part.changes
    for item in sorted(items, key=_starts):
        calendar.add_component(item)
    return ical.to_bytes(calendar), max(filter(None, changes), default=person.date_joined)


def _starts(item: Event) -> datetime.datetime:
    """An item's start as a moment in UTC (the start of the day for an all-day item)."""
    start = item.DTSTART
    if not isinstance(start, datetime.datetime):
        start = datetime.datetime.combine(start, datetime.time.min)
    return start if start.tzinfo else start.replace(tzinfo=datetime.UTC)
