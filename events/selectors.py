"""Reads of events and registrations, with their joins, defined once."""

from django.db.models import Count, Q

from partners.models import Membership

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


def registrations_of_person(person):
    """A person's registrations, for their account page: newest events first."""
    return (
        Registration.objects.filter(person=person)
        .select_related("event", "organisation")
        .order_by("-event__start", "-pk")
    )
