"""The action plan's deadlines in calendars: `/<lang>/feeds/action-plan.ics`, one all-day item
per measure of a published plan on its deadline (`deadlines`), served and cached by
`feeds.views.public_feed` as the other public feeds are: the same window (six months back and
everything to come), validators, 304 answers and generations.

Building the feed takes the same few queries for ten measures or a thousand."""

from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from feeds import ical
from feeds.models import CalendarEntry
from feeds.views import feed_source, public_feed, site_name, window_start

from .deadlines import KIND, deadline_item, feed_measures
from .links import measure_url, tracker_in


def action_plan_calendar(request, *, source: str) -> bytes:
    language = translation.get_language()
    measures = list(
        feed_measures()
        .filter(deadline__gte=window_start().date())
        .order_by("deadline", "plan__slug", "order_key", "pk")
    )
    entries = {
        entry.translation_key: entry
        for entry in CalendarEntry.objects.filter(
            kind=KIND, translation_key__in=[measure.calendar_key for measure in measures]
        )
    }
    tracker = tracker_in(language)
    base = tracker.get_full_url(request) if tracker is not None else ""
    calendar = ical.new_calendar(
        name="{}: {}".format(site_name(), _("Action plan deadlines")),
        description=_(
            "The deadline of each measure of the National Human Rights Action Plan that "
            "%(site)s tracks, with the measure's status today."
        )
        % {"site": site_name()},
        source=source,
        url=base,
    )
    items = [
        deadline_item(
            measure,
            entry=entries.get(measure.calendar_key, ical.NEUTRAL_ENTRY),
            url=measure_url(base, measure) if base else "",
        )
        for measure in measures
    ]
    return ical.to_bytes(calendar, items)


@require_safe
def action_plan_feed(request):
    source = feed_source(request.path)
    return public_feed(
        request, key=("action-plan",), build=lambda: action_plan_calendar(request, source=source)
    )
