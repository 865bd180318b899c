"""Events in calendars: the public feeds by language, kind and region, one event to add to a
calendar, and the events a person registered for, in their own feed (`feeds.personal`).

Building a feed takes the same few queries for ten events or a thousand.
"""

from django.http import Http404
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from core.parameters import is_plain_key
from feeds.ical import as_event, new_calendar, to_bytes
from feeds.personal import PersonalItems
from feeds.services import entries_for
from feeds.views import (
    PUBLIC_MAX_AGE,
    etag_of,
    feed_source,
    one_per_item,
    public_calendar,
    public_feed,
    respond,
    site_name,
    window_start,
)
from partners.models import Region

from . import ical
from .models import EventIndexPage, EventPage, Registration


def feed_pages(*, kind: str = "", region=None, language: str) -> list[EventPage]:
    """What an events feed lists: one page per event (in `language` where it has one), from
    six months back, in order of start. Only what the feed shows is loaded (`ical.FEED_FIELDS`),
    none of the pages' long text and blocks."""
    pages = (
        EventPage.objects.live()
        .public()
        .filter(end__gte=window_start())
        .select_related("region", "locale")
        .only(*ical.FEED_FIELDS)
        .order_by("start", "pk")
    )
    if kind:
        pages = pages.filter(kind=kind)
    if region is not None:
        pages = pages.filter(region=region)
    return sorted(one_per_item(pages, language), key=lambda page: (page.start, page.pk))


def events_calendar(request, *, kind: str, region, source: str) -> bytes:
    language = translation.get_language()
    pages = feed_pages(kind=kind, region=region, language=language)
    name = "{}: {}".format(site_name(), EventPage.Kind(kind).label if kind else _("Events"))
    if region is not None:
        name += f" ({region.name})"
    return public_calendar(
        request,
        pages=pages,
        item=ical.event_item,
        entries=entries_for(ical.KIND, pages),
        index=EventIndexPage.objects.live().filter(locale__language_code=language).first(),
        name=name,
        description=_(
            "Round tables, training seminars, conferences and webinars of %(site)s. "
            "Cancelled events stay in the calendar, marked as cancelled."
        )
        % {"site": site_name()},
        source=source,
    )


@require_safe
def events_feed(request, kind: str = ""):
    if kind and kind not in EventPage.Kind.values:
        raise Http404
    code = request.GET.get("region", "")
    region = None
    if code:
        region = Region.objects.filter(code=code).first() if is_plain_key(code) else None
        if region is None:
            raise Http404
    source = feed_source(request.path, region=code)
    return public_feed(
        request,
        key=("events", kind, code),
        build=lambda: events_calendar(request, kind=kind, region=region, source=source),
    )


def earlier_counts(registrations) -> dict:
    """{registration id: how many registrations the person had for the same event before}."""
    seen: dict = {}
    earlier = {}
    for registration in sorted(registrations, key=lambda r: r.pk):
        earlier[registration.pk] = seen.get(registration.event_id, 0)
        seen[registration.event_id] = earlier[registration.pk] + 1
    return earlier


def my_events(request, person, since) -> PersonalItems:
    """The events the person is registered for (a seat or a place on the waiting list) that
    end after `since`, for their own feed; the latest change of one of those events or of one
    of their registrations is the feed's. Events taken off the site leave it."""
    language = translation.get_language()
    every = list(
        Registration.objects.filter(person=person, event__end__gte=since)
        .select_related("event", "event__region", "event__locale")
        .order_by("pk")
    )
    earlier = earlier_counts(every)
    active = [r for r in every if r.is_active and r.event.live]
    keys = {registration.event.translation_key for registration in active}
    translated = {
        page.translation_key: page
        for page in EventPage.objects.live()
        .filter(translation_key__in=keys, locale__language_code=language)
        .select_related("region", "locale")
    }
    pages = [translated.get(r.event.translation_key, r.event) for r in active]
    entries = entries_for(ical.KIND, pages)
    items = [
        ical.personal_item(
            page,
            registration=registration,
            entry=entries[page.translation_key],
            earlier=earlier[registration.pk],
            url=page.get_full_url(request),
        )
        for registration, page in zip(active, pages, strict=True)
    ]
    changes = [entry.modified_at for entry in entries.values()]
    for registration in every:
        changes += [registration.created_at, registration.confirmed_at, registration.cancelled_at]
    return PersonalItems(items=items, changes=changes)


def event_download(request, page: EventPage):
    """One event as a file to open in a calendar ("Add to calendar"). A person registered for
    it gets their own item (their place, the link to join, the sequence of their emailed
    invitations), which then updates the copy the invitation made rather than duplicating it."""
    entry = entries_for(ical.KIND, [page])[page.translation_key]
    url = page.get_full_url(request)
    registration = None
    if request.user.is_authenticated:
        mine = list(
            Registration.objects.filter(event=page.canonical, person=request.user).order_by("pk")
        )
        if mine and mine[-1].is_active:
            registration = mine[-1]
    if registration is not None:
        item = ical.personal_item(
            page, registration=registration, entry=entry, earlier=len(mine) - 1, url=url
        )
        cache_control = "private, no-cache"
    else:
        item = as_event(ical.event_item(page, entry=entry, url=url))
        restricted = page.get_view_restrictions().exists()
        cache_control = "private, no-cache" if restricted else f"public, max-age={PUBLIC_MAX_AGE}"
    calendar = new_calendar()
    calendar.add_component(item)
    body = to_bytes(calendar)
    response = respond(
        request,
        body=body,
        etag=etag_of(body),
        modified=item["LAST-MODIFIED"].dt,
        cache_control=cache_control,
    )
    response["Content-Disposition"] = content_disposition_header(True, f"{page.slug}.ics")
    if registration is not None:
        patch_vary_headers(response, ["Cookie"])
    return response
