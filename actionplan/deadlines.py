"""Measures' deadlines in calendars: one all-day item per measure of a published plan, on its
deadline, built with `feeds.ical` as the other feeds' items are.

An item's UID comes from the measure's `calendar_key`, which never changes: the same in every
language, and whatever is edited (the number, the text, the plan's address). Its SEQUENCE and
LAST-MODIFIED are kept in `feeds.models.CalendarEntry` (kind "measure"), as an event's are:
a new deadline raises the SEQUENCE, any other change of what a calendar shows (the text, the
status, the address) moves LAST-MODIFIED only; a save that changes nothing moves nothing, so
the feeds keep their ETag.

Entries are brought up to date once the transaction that changed the measures commits
(`entries_refresh_later`, from `signal_handlers`), for all the measures it touched at once:
an import of a whole plan refreshes them in a few queries.
"""

import datetime
import hashlib
import json

from django.db import transaction
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from core.generations import once_at_commit
from feeds import ical
from feeds.models import CalendarEntry
from feeds.services import feeds_changed

from .links import measure_url, tracker_in
from .models import LANGUAGE_CODES, Measure, MeasureStatus
from .selectors import status_as_of

KIND = "measure"  # the calendar entries' kind, and the start of every deadline's UID


def feed_measures():
    """The measures whose deadlines calendars show: those of published plans (in force or
    completed), each with its plan, area and status today."""
    return (
        Measure.objects.of_public_plans()
        .annotate(status_now=status_as_of(timezone.localdate()))
        .select_related("plan", "area")
    )


def deadline_item(measure: Measure, *, entry, url: str) -> ical.Item:
    """The measure's deadline as an all-day item in the active language."""
    modified = ical.utc(entry.modified_at)
    status = dict(MeasureStatus.choices)[measure.status_now]
    description = "\n\n".join(
        part
        for part in [
            str(measure.text),
            _("Action plan: %(plan)s") % {"plan": measure.plan.title},
            _("Status today: %(status)s") % {"status": status},
            _("The measure and its progress: %(url)s") % {"url": url} if url else "",
        ]
        if part
    )
    text = str(measure.text)
    short = text if len(text) <= 120 else text[:119] + "…"
    return ical.Item(
        uid=ical.uid(KIND, measure.calendar_key),
        summary=_("Measure %(number)s: %(text)s") % {"number": measure.number, "text": short},
        start=measure.deadline,
        end=measure.deadline + datetime.timedelta(days=1),
        stamp=modified,
        last_modified=modified,
        sequence=entry.sequence,
        status="CONFIRMED",
        transparency="TRANSPARENT",
        categories=[pgettext("calendar category", "Action plan"), str(measure.area.title)],
        url=url or None,
        description=description,
    )


def _digest(value) -> str:
    return hashlib.sha256(json.dumps(value, default=str).encode()).hexdigest()[:16]


def fingerprints(measures: list[Measure]) -> dict:
    """{calendar key: [the deadline; every language's item]} as digests (see
    `feeds.services.entry_refresh`, which does the same for pages)."""
    found = {}
    items: dict = {measure.calendar_key: [] for measure in measures}
    for code in LANGUAGE_CODES:
        with translation.override(code):
            tracker = tracker_in(code)
            base = tracker.get_full_url() if tracker is not None else ""
            for measure in measures:
                url = measure_url(base, measure) if base else ""
                item = deadline_item(measure, entry=ical.NEUTRAL_ENTRY, url=url)
                items[measure.calendar_key].append(ical.item_bytes(item).decode())
    for measure in measures:
        found[str(measure.calendar_key)] = [
            _digest(measure.deadline.isoformat()),
            _digest(items[measure.calendar_key]),
        ]
    return found


def entries_refresh(*, measures) -> int:
    """Compare what calendars would show of each measure with what they showed: a new
    deadline raises the SEQUENCE, any change moves LAST-MODIFIED. Returns how many changed."""
    measures = list(measures)
    if not measures:
        return 0
    new = fingerprints(measures)
    changed = []
    with transaction.atomic():
        CalendarEntry.objects.bulk_create(
            [CalendarEntry(kind=KIND, translation_key=key, fingerprints={}) for key in new],
            ignore_conflicts=True,
        )
        entries = CalendarEntry.objects.select_for_update().filter(
            kind=KIND, translation_key__in=list(new)
        )
        now = timezone.now()
        for entry in entries:
            key = str(entry.translation_key)
            old = entry.fingerprints.get("measure")
            if old == new[key]:
                continue
            if old is not None and old[0] != new[key][0]:
                entry.sequence += 1
            entry.fingerprints = {"measure": new[key]}
            entry.modified_at = now
            changed.append(entry)
        CalendarEntry.objects.bulk_update(changed, ["sequence", "fingerprints", "modified_at"])
    feeds_changed()
    return len(changed)


def entries_refresh_later(*, measure_ids=(), plan_ids=()) -> None:
    """Refresh the entries of these measures (and of every measure of these plans) when the
    current transaction commits, together with the others the transaction touched."""

    def refresh(state):
        entries_refresh(
            measures=feed_measures().filter(
                Q(pk__in=state["measures"]) | Q(plan_id__in=state["plans"])
            )
        )

    once_at_commit(KIND + "-deadlines", refresh, measures=measure_ids, plans=plan_ids)


def entries_forget(*, keys) -> None:
    """Measures gone: their entries go, and the feeds are built again."""
    CalendarEntry.objects.filter(kind=KIND, translation_key__in=list(keys)).delete()
    feeds_changed()
