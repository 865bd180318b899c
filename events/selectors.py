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


def registrations_of_person(person, *, upcoming: bool, limit: int | None = None) -> list:
    """A person's registrations for their account page: active ones for events to come
    (soonest first), or all of past events (latest first). Each gets `.page`, the event in
    the visitor's language where it is translated (two queries whatever the number)."""
    from django.utils import timezone
    from wagtail.models import Locale

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
