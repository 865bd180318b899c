"""Consultation deadlines as calendar items: the last day to comment on each draft, as an
all-day item (DATE values, ending on the next day) linking to the draft, built with
`feeds.ical`."""

import datetime

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from feeds import ical

KIND = "deadline"  # the calendar entries' kind, and the start of every deadline's UID


def closing_day(closes_at: datetime.datetime) -> datetime.date:
    """The last day comments are accepted, in the commission's zone: a consultation that
    closes at midnight closes at the end of the day before."""
    return timezone.localdate(closes_at - datetime.timedelta(microseconds=1))


def deadline_schedule(page) -> list:
    return [ical.utc(page.opens_at).isoformat(), ical.utc(page.closes_at).isoformat()]


def deadline_fingerprint(page, *, url: str) -> tuple[list, list]:
    """(what raises the SEQUENCE, everything a calendar shows) for
    `feeds.services.entry_refresh`."""
    item = deadline_item(page, entry=ical.NEUTRAL_ENTRY, url=url)
    return deadline_schedule(page), [ical.item_bytes(item).decode()]


def deadline_item(page, *, entry, url: str) -> ical.Item:
    """The last day to comment on a draft, as an all-day item linking to the draft."""
    day = closing_day(page.closes_at)
    modified = ical.utc(entry.modified_at)
    description = "\n\n".join(
        part
        for part in [
            page.summary,
            _("Drafting body: %(body)s") % {"body": page.drafting_body},
            _("Comments are accepted from %(opens)s until %(closes)s, Astana time.")
            % {"opens": ical.local_time(page.opens_at), "closes": ical.local_time(page.closes_at)},
            _("The draft and the comments: %(url)s") % {"url": url},
        ]
        if part
    )
    categories = [pgettext("calendar category", "Consultation")]
    if page.legal_area is not None:
        categories.append(page.legal_area.name)
    return ical.Item(
        uid=ical.uid(KIND, page.translation_key),
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
