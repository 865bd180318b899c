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

from core.translations import admin_title, in_active_language
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


def _waitlist_place():
    """The place on the waiting list as `Registration.waitlist_position` counts it (1 for the
    first), for every row of a listing at once: a subquery, not a query per row."""
    ahead = (
        Registration.objects.filter(
            event=OuterRef("event"),
            status=Registration.Status.WAITLISTED,
            pk__lt=OuterRef("pk"),
        )
        .order_by()
        .values("event")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Case(
        When(
            status=Registration.Status.WAITLISTED,
            then=Coalesce(Subquery(ahead, output_field=IntegerField()), 0) + 1,
        ),
        default=None,
        output_field=IntegerField(),
    )


def _own_registrations(person) -> QuerySet:
    """A person's registrations as My account shows them: every status, but not a cancelled
    registration for an event they registered for again (the new one tells where they are)."""
    registered_again = Registration.objects.active().filter(
        event=OuterRef("event"), person=OuterRef("person")
    )
    return Registration.objects.filter(person=person).exclude(
        Q(status=Registration.Status.CANCELLED) & Exists(registered_again)
    )


def person_registrations(person, *, upcoming: bool, now=None) -> QuerySet:
    """A person's registrations for events to come (soonest first) or past ones (latest
    first), each with its event, organisation and `waitlist_place`. Give the rows their
    pages in the reader's language with `with_pages`."""
    now = now or timezone.now()
    registrations = (
        _own_registrations(person)
        .select_related("event", "organisation")
        .annotate(waitlist_place=_waitlist_place())
    )
    if upcoming:
        return registrations.filter(event__end__gte=now).order_by("event__start", "pk")
    return registrations.filter(event__end__lt=now).order_by("-event__start", "-pk")


def person_registration_counts(person, now=None) -> dict:
    """{"upcoming": n, "past": n, "total": n}: how many rows `person_registrations` has
    (one query)."""
    now = now or timezone.now()
    counts = _own_registrations(person).aggregate(
        upcoming=Count("pk", filter=Q(event__end__gte=now)),
        past=Count("pk", filter=Q(event__end__lt=now)),
    )
    counts["total"] = counts["upcoming"] + counts["past"]
    return counts


def with_pages(registrations) -> list:
    """The registrations, each with `.page`: its event in the reader's language where that
    is translated, else the original (one query whatever the number)."""
    registrations = list(registrations)
    pages = in_active_language(EventPage, [r.event for r in registrations])
    for registration in registrations:
        registration.page = pages.get(registration.event.translation_key, registration.event)
    return registrations


# The event managers' screens (events/admin_views.py)

Status = Registration.Status


def events_with_figures(now=None) -> QuerySet:
    """Every event once (its original page, not the translations), upcoming ones first
    (soonest first), then past ones (latest first), each with its registrations counted by
    status and its `admin_title` (in the admin's language) in the same query."""
    now = now or timezone.now()
    earlier_translation = EventPage.objects.filter(
        translation_key=OuterRef("translation_key"), pk__lt=OuterRef("pk")
    )
    upcoming_start = Case(When(end__gte=now, then=F("start")), output_field=DateTimeField())
    return (
        EventPage.objects.filter(~Exists(earlier_translation))
        .annotate(
            admin_title=admin_title(),  # in the admin's language, where translated
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
