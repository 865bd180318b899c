"""Reads of events and registrations, with their joins, defined once."""

from django.db.models import (
    Case,
    Count,
    DateTimeField,
    Exists,
    F,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.utils import timezone
from wagtail.models import Locale

from partners.models import Membership, Organisation, Region

from .models import EventPage, Registration


def event_list(*, index, period: str, kind: str = "", month: str = "", region=None):
    """The events of an index page (upcoming or past) as the list shows them, filtered."""
    events = EventPage.objects.child_of(index).listed()
    events = events.past() if period == "past" else events.upcoming()
    if kind:
        events = events.filter(kind=kind)
    if month:
        year, number = (int(part) for part in month.split("-"))
        events = events.filter(start__year=year, start__month=number)
    if region is not None:
        events = events.filter(region=region)
    return events


def next_events(*, locale, limit: int, now=None) -> list[EventPage]:
    """The next events in one language (the home page's): live, public, not over, soonest
    first, each with `seats_taken` by the registrations of its original, in one query."""
    taken = (
        Registration.objects.filter(
            event__translation_key=OuterRef("translation_key"),
            status__in=Registration.SEAT_STATUSES,
        )
        .order_by()
        .values("event__translation_key")
        .annotate(n=Count("pk"))
        .values("n")
    )
    events = EventPage.objects.listed().filter(locale=locale).upcoming(now)
    return list(
        events.annotate(seats_taken=Coalesce(Subquery(taken, output_field=IntegerField()), 0))[
            :limit
        ]
    )


def months_with_events(*, index, period: str) -> list:
    """The months (as dates) in which the index has events of the period, for the filter."""
    events = EventPage.objects.child_of(index).live().public()
    events = events.past() if period == "past" else events.upcoming()
    return list(events.order_by().datetimes("start", "month"))


def seat_counts(event: EventPage) -> dict:
    """How many registrations of each status the event has, in one query."""
    counts = Registration.objects.filter(event=event).aggregate(
        confirmed=Count("pk", filter=Q(status=Registration.Status.CONFIRMED)),
        attended=Count("pk", filter=Q(status=Registration.Status.ATTENDED)),
        waitlisted=Count("pk", filter=Q(status=Registration.Status.WAITLISTED)),
        cancelled=Count("pk", filter=Q(status=Registration.Status.CANCELLED)),
    )
    counts["taken"] = counts["confirmed"] + counts["attended"]
    counts["free"] = max(event.capacity - counts["taken"], 0)
    return counts


def registration_of(*, event: EventPage, person) -> Registration | None:
    """The person's active registration for the event, if any."""
    if not person.is_authenticated:
        return None
    return (
        Registration.objects.active()
        .filter(event=event, person=person)
        .select_related("organisation")
        .first()
    )


def registrations_of_represented(*, event: EventPage, person) -> list[Registration]:
    """The registrations for the event of the organisations this person represents (never
    another organisation's)."""
    if not person.is_authenticated:
        return []
    represented = Membership.objects.filter(
        user=person, role=Membership.Role.REPRESENTATIVE, status=Membership.Status.ACTIVE
    ).values("organisation")
    return list(
        Registration.objects.active()
        .filter(event=event, organisation__in=represented)
        .select_related("person", "organisation")
        .order_by("organisation_id", "pk")
    )


def registrations_of_person(person, *, upcoming: bool, limit: int | None = None) -> list:
    """A person's registrations for their account page: active ones for events to come
    (soonest first), or all of past events (latest first). Each gets `.page`, the event in
    the visitor's language where it is translated (two queries whatever the number)."""
    registrations = Registration.objects.filter(person=person).select_related(
        "event", "organisation"
    )
    now = timezone.now()
    if upcoming:
        registrations = (
            registrations.active().filter(event__end__gte=now).order_by("event__start", "pk")
        )
    else:
        registrations = registrations.filter(event__end__lt=now).order_by("-event__start", "-pk")
    registrations = list(registrations[:limit] if limit else registrations)
    keys = {r.event.translation_key for r in registrations}
    translated = {
        page.translation_key: page
        for page in EventPage.objects.live().filter(
            translation_key__in=keys, locale=Locale.get_active()
        )
    }
    for registration in registrations:
        registration.page = translated.get(registration.event.translation_key, registration.event)
    return registrations


# The event managers' screens (events/admin_views.py)

Status = Registration.Status


def events_with_figures(now=None) -> QuerySet:
    """Every event once (its original page, not the translations), upcoming ones first
    (soonest first), then past ones (latest first), each with its registrations counted by
    status in the same query."""
    now = now or timezone.now()
    earlier_translation = EventPage.objects.filter(
        translation_key=OuterRef("translation_key"), pk__lt=OuterRef("pk")
    )
    upcoming_start = Case(When(end__gte=now, then=F("start")), output_field=DateTimeField())
    return (
        EventPage.objects.filter(~Exists(earlier_translation))
        .annotate(
            past_order=Case(
                When(end__lt=now, then=Value(1)), default=Value(0), output_field=IntegerField()
            ),
            **{
                f"n_{status}": Count("registrations", filter=Q(registrations__status=status))
                for status in Status.values
            },
        )
        .order_by("past_order", upcoming_start.asc(nulls_last=True), "-start", "-pk")
    )


def search_registrations(registrations: QuerySet, query: str) -> QuerySet:
    """Registrations whose person's name or email, or organisation's name in any language,
    contains every word of `query`."""
    for word in query.split():
        registrations = registrations.filter(
            Q(person__full_name__icontains=word)
            | Q(person__email__icontains=word)
            | Q(organisation__name_kk__icontains=word)
            | Q(organisation__name_ru__icontains=word)
            | Q(organisation__name_en__icontains=word)
        )
    return registrations


def _seats_and_waiting(relation: str) -> dict:
    """Count the registrations along `relation` that hold a seat, and those waiting."""
    return {
        "seats": Count(
            relation, filter=Q(**{f"{relation}__status__in": Registration.SEAT_STATUSES})
        ),
        "waiting": Count(relation, filter=Q(**{f"{relation}__status": Status.WAITLISTED})),
    }


def organisation_figures(event: EventPage) -> list[Organisation]:
    """The organisations with active registrations for the event, each with `seats` and
    `waiting`, most seats first (one query)."""
    relation = "event_registrations"
    return list(
        Organisation.objects.filter(
            event_registrations__event=event,
            event_registrations__status__in=Registration.ACTIVE_STATUSES,
        )
        .annotate(**_seats_and_waiting(relation))
        .order_by("-seats", "-waiting", "pk")
    )


def region_figures(event: EventPage) -> list[Region]:
    """The regions of the organisations with active registrations for the event, each with
    `seats` and `waiting` (one query)."""
    relation = "organisations__event_registrations"
    return list(
        Region.objects.filter(
            organisations__event_registrations__event=event,
            organisations__event_registrations__status__in=Registration.ACTIVE_STATUSES,
        )
        .annotate(**_seats_and_waiting(relation))
        .order_by("-seats", "-waiting", "sort_order", "code")
    )


def waitlist_positions(event: EventPage) -> dict[int, int]:
    """{registration id: place on the waiting list} for the whole event, in one query (what
    `Registration.waitlist_position` answers for one registration)."""
    waiting = event.registrations.waiting().values_list("pk", flat=True)
    return {pk: position for position, pk in enumerate(waiting, start=1)}
