"""The action plan beside the rest of the platform: the consultations that implement a measure
and the events that discuss it, shown on the measure's page, and the measures shown on the
consultation's and the event's pages (through their panel hooks, `wagtail_hooks.py`).

The links are kept to the pages' originals (`MeasureConsultation`, `MeasureEvent`); each side
shows the other in the visitor's language where it exists. The measures' own addresses are
routes of the tracker page in that language (`tracker_in`)."""

from django.db.models import Case, IntegerField, Value, When
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from wagtail.models import PageViewRestriction

from consultations.models import ConsultationPage
from core.panels import Panel
from events.models import EventPage

from .models import (
    ActionPlanIndexPage,
    Measure,
    MeasureConsultation,
    MeasureEvent,
    MeasureStatus,
)
from .selectors import status_as_of


def tracker_in(language: str) -> ActionPlanIndexPage | None:
    """The live tracker page in `language`, else the first one made: one query."""
    return (
        ActionPlanIndexPage.objects.live()
        .annotate(
            other=Case(
                When(locale__language_code=language, then=Value(0)),
                default=Value(1),
                output_field=IntegerField(),
            )
        )
        .order_by("other", "pk")
        .first()
    )


def measure_url(tracker_url: str, measure: Measure) -> str:
    """The measure's address under the tracker's (`tracker.url` or its full address)."""
    return f"{tracker_url}{measure.plan.slug}/measures/{measure.url_part}/"


def _in_language(pages, language: str, restricted: list[str]) -> list:
    """One page per translation group: the one in `language`, else the original (the first
    made); none of those under a view restriction (their titles are not for everyone)."""
    chosen: dict = {}
    for page in pages:
        if any(page.path.startswith(path) for path in restricted):
            continue
        current = chosen.get(page.translation_key)
        if (
            current is None
            or page.locale.language_code == language
            and current.locale.language_code != language
        ):
            chosen[page.translation_key] = page
    return list(chosen.values())


def linked_pages(*, measure: Measure) -> dict:
    """{"consultations": [...], "events": [...]} linked to the measure, each the live page in
    the active language (else the original), in order of date: three queries."""
    language = translation.get_language()
    restricted = list(PageViewRestriction.objects.values_list("page__path", flat=True))
    consultations = (
        ConsultationPage.objects.live()
        .filter(
            translation_key__in=MeasureConsultation.objects.filter(measure=measure).values(
                "consultation__translation_key"
            )
        )
        .select_related("locale")
        .order_by("pk")
    )
    events = (
        EventPage.objects.live()
        .filter(
            translation_key__in=MeasureEvent.objects.filter(measure=measure).values(
                "event__translation_key"
            )
        )
        .select_related("locale")
        .order_by("pk")
    )
    return {
        "consultations": sorted(
            _in_language(consultations, language, restricted), key=lambda page: page.opens_at
        ),
        "events": sorted(_in_language(events, language, restricted), key=lambda page: page.start),
    }


def measures_linked(**link) -> list[Measure]:
    """The measures of published plans linked to a page's original (`consultation=` or
    `event=`), each with its status today and its address: one query, and one more for the
    tracker's address when there are any."""
    relation, page = next(iter(link.items()))
    measures = list(
        Measure.objects.of_public_plans()
        .filter(**{f"{relation}_links__{relation}": page})
        .annotate(status_now=status_as_of(timezone.localdate()))
        .select_related("plan")
        .order_by("-plan__start_year", "plan__slug", "order_key", "pk")
    )
    if not measures:
        return []
    tracker = tracker_in(translation.get_language())
    labels = dict(MeasureStatus.choices)
    for measure in measures:
        measure.url = measure_url(tracker.url, measure) if tracker is not None else ""
        measure.status_label = labels[measure.status_now]
    return measures


class LinkedMeasuresPanel(Panel):
    """The action plan's measures on a consultation's or an event's page."""

    template_name = "actionplan/includes/linked_measures.html"
    order = 200


def consultation_measures_panel(request, consultation):
    measures = measures_linked(consultation=consultation)
    if not measures:
        return None
    return LinkedMeasuresPanel(
        request,
        measures=measures,
        heading=_("Action plan measures implemented"),
        intro=_("This consultation implements these measures of the National Action Plan."),
    )


def event_measures_panel(request, event):
    measures = measures_linked(event=event)
    if not measures:
        return None
    return LinkedMeasuresPanel(
        request,
        measures=measures,
        heading=_("Action plan measures discussed"),
        intro=_("This event discusses these measures of the National Action Plan."),
    )
