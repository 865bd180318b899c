"""Calendar feeds: public ones by language, kind and region, a person's own behind a secret
address, and one event to download.

A calendar client polls a subscribed feed every few hours, whether anything changed or not.
A poll costs one small query (`feeds_version`) and a cache read: the feed is built only when
an event or consultation changed since (or once a day, as old items leave the window). The
answer carries an ETag and Last-Modified, so a client that sends them back gets
304 Not Modified without the body. Building a feed takes the same few queries for ten events
or a thousand.
"""

import datetime
import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import Http404, HttpResponse, HttpResponseNotFound
from django.utils import timezone, translation
from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.http import content_disposition_header, http_date, urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from consultations.models import ConsultationIndexPage, ConsultationPage
from events.models import EventIndexPage, EventPage, Registration
from kenes.emails import language_of
from partners.models import Region

from . import ical
from .services import entries_for, feeds_generation, token_owner

# Past items stay in the feeds this long; future ones are all there.
PAST_WINDOW = datetime.timedelta(days=183)
# How long a proxy or client may reuse a public feed without asking again.
PUBLIC_MAX_AGE = 15 * 60
CACHE_SECONDS = 60 * 60


def window_start() -> datetime.datetime:
    """The start of today in the commission's zone, six months back: the same all day, so a
    day's polls share one cached feed."""
    today = timezone.localdate()
    midnight = timezone.make_aware(datetime.datetime.combine(today, datetime.time.min))
    return midnight - PAST_WINDOW


def one_per_item(pages, language: str) -> list:
    """One page of each translation group: the one in `language`, else the original. A feed
    in English still lists an event announced only in Russian, under its Russian title."""
    chosen = {}
    for page in pages:
        current = chosen.get(page.translation_key)
        if (
            current is None
            or (page.locale.language_code == language)
            or (current.locale.language_code != language and page.pk < current.pk)
        ):
            chosen[page.translation_key] = page
    return list(chosen.values())


def site_name() -> str:
    return settings.WAGTAIL_SITE_NAME


# --- building -------------------------------------------------------------------------------


def _calendar(
    request, *, kind: str, pages, item, index_model, name: str, description: str, source: str
) -> bytes:
    """One item per page, in a calendar that names itself and links to the list page."""
    entries = entries_for(kind, pages)
    index = index_model.objects.live().filter(locale__language_code=translation.get_language())
    index = index.first()
    calendar = ical.new_calendar(
        name=name,
        description=description,
        source=source,
        url=index.get_full_url(request) if index is not None else "",
    )
    for page in pages:
        entry = entries[page.translation_key]
        calendar.add_component(item(page, entry=entry, url=page.get_full_url(request)))
    return ical.to_bytes(calendar)


def events_calendar(request, *, kind: str, region, source: str) -> bytes:
    pages = (
        EventPage.objects.live()
        .public()
        .filter(end__gte=window_start())
        .select_related("region", "locale")
        .order_by("start", "pk")
    )
    if kind:
        pages = pages.filter(kind=kind)
    if region is not None:
        pages = pages.filter(region=region)
    pages = one_per_item(pages, translation.get_language())
    name = "{}: {}".format(site_name(), EventPage.Kind(kind).label if kind else _("Events"))
    if region is not None:
        name += f" ({region.name})"
    return _calendar(
        request,
        kind="event",
        pages=sorted(pages, key=lambda page: (page.start, page.pk)),
        item=ical.event_item,
        index_model=EventIndexPage,
        name=name,
        description=_(
            "Round tables, training seminars, conferences and webinars of %(site)s. "
            "Cancelled events stay in the calendar, marked as cancelled."
        )
        % {"site": site_name()},
        source=source,
    )


def consultations_calendar(request, *, source: str) -> bytes:
    pages = (
        ConsultationPage.objects.live()
        .public()
        .filter(closes_at__gte=window_start())
        .select_related("legal_area", "locale")
    )
    pages = one_per_item(pages, translation.get_language())
    return _calendar(
        request,
        kind="deadline",
        pages=sorted(pages, key=lambda page: (page.closes_at, page.pk)),
        item=ical.deadline_item,
        index_model=ConsultationIndexPage,
        name="{}: {}".format(site_name(), _("Consultation deadlines")),
        description=_(
            "The last day to comment on each draft law or regulation %(site)s publishes "
            "for public consultation."
        )
        % {"site": site_name()},
        source=source,
    )


def earlier_counts(registrations) -> dict:
    """{registration id: how many registrations the person had for the same event before}."""
    seen: dict = {}
    earlier = {}
    for registration in sorted(registrations, key=lambda r: r.pk):
        earlier[registration.pk] = seen.get(registration.event_id, 0)
        seen[registration.event_id] = earlier[registration.pk] + 1
    return earlier


def personal_calendar(request, person, *, source: str) -> tuple[bytes, datetime.datetime]:
    """The feed, and when it last changed: the latest change of one of its events or of one
    of the person's registrations. Events taken off the site leave it."""
    language = translation.get_language()
    every = list(
        Registration.objects.filter(person=person, event__end__gte=window_start())
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
    entries = entries_for("event", pages)
    calendar = ical.new_calendar(
        name="{}: {}".format(site_name(), _("My events")),
        description=_("The events you registered for on %(site)s.") % {"site": site_name()},
        source=source,
    )
    mine = sorted(zip(active, pages, strict=True), key=lambda pair: (pair[1].start, pair[1].pk))
    for registration, page in mine:
        calendar.add_component(
            ical.personal_item(
                page,
                registration=registration,
                entry=entries[page.translation_key],
                earlier=earlier[registration.pk],
                url=page.get_full_url(request),
            )
        )
    changes = [entry.modified_at for entry in entries.values()]
    for registration in every:
        changes += [registration.created_at, registration.confirmed_at, registration.cancelled_at]
    return ical.to_bytes(calendar), max(filter(None, changes), default=person.date_joined)


def feed_source(path: str, **params) -> str:
    """A feed's own address for its SOURCE property and calendar UID: from the configured
    base address, never from what a request carried (a visitor must not be able to put
    their text or host into everybody's cached feed)."""
    query = urlencode({name: value for name, value in params.items() if value})
    return settings.WAGTAILADMIN_BASE_URL + path + (f"?{query}" if query else "")


# --- serving --------------------------------------------------------------------------------


def _etag(body: bytes) -> str:
    return f'"{hashlib.sha256(body).hexdigest()[:32]}"'


def _respond(request, *, body: bytes, etag: str, modified, cache_control: str, **headers):
    """The feed, or 304 when the client's copy is current. Subscription feeds are served
    inline (no Content-Disposition: attachment), as Google's "From URL" needs."""
    response = HttpResponse(body, content_type=ical.CONTENT_TYPE)
    response["ETag"] = etag
    last_modified = int(modified.timestamp())
    response["Last-Modified"] = http_date(last_modified)
    response["Cache-Control"] = cache_control
    for name, value in headers.items():
        response[name.replace("_", "-")] = value
    return get_conditional_response(
        request, etag=etag, last_modified=last_modified, response=response
    )


def _public_feed(request, *, key: tuple, build):
    """The feed from the cache while nothing changed since it was built (one cache read for
    the generation, one for the feed), else built and kept. Its Last-Modified is when the
    generation began, or today's start when old items left the window since."""
    generation, began = feeds_generation()
    day = window_start()
    name = hashlib.sha256(
        repr((key, translation.get_language(), generation, day)).encode()
    ).hexdigest()
    cached = cache.get(f"kenes-feed:{name}")
    if cached is None:
        body = build()
        modified = max(began, day + PAST_WINDOW)
        cached = {"body": body, "etag": _etag(body), "modified": modified}
        cache.set(f"kenes-feed:{name}", cached, CACHE_SECONDS)
    return _respond(
        request,
        body=cached["body"],
        etag=cached["etag"],
        modified=cached["modified"],
        cache_control=f"public, max-age={PUBLIC_MAX_AGE}",
    )


@require_safe
def events_feed(request, kind: str = ""):
    if kind and kind not in EventPage.Kind.values:
        raise Http404
    code = request.GET.get("region", "")
    region = None
    if code:
        region = Region.objects.filter(code=code).first()
        if region is None:
            raise Http404
    source = feed_source(request.path, region=code)
    return _public_feed(
        request,
        key=("events", kind, code),
        build=lambda: events_calendar(request, kind=kind, region=region, source=source),
    )


@require_safe
def consultations_feed(request):
    source = feed_source(request.path)
    return _public_feed(
        request, key=("deadlines",), build=lambda: consultations_calendar(request, source=source)
    )


@require_safe
def personal_feed(request, token: str):
    """A person's own events. An unknown or revoked token gets a plain 404 that says nothing
    about why; the address is never logged (see `kenes.logging`)."""
    person = token_owner(token)
    if person is None:
        return HttpResponseNotFound(b"Not found", content_type="text/plain; charset=utf-8")
    with translation.override(language_of(person)):
        body, modified = personal_calendar(request, person, source=feed_source(request.path))
    return _respond(
        request,
        body=body,
        etag=_etag(body),
        modified=modified,
        cache_control="private, max-age=300",
        Referrer_Policy="no-referrer",
        X_Robots_Tag="noindex",
    )


def event_download(request, page: EventPage):
    """One event as a file to open in a calendar ("Add to calendar"). A person registered for
    it gets their own item (their place, the link to join, the sequence of their emailed
    invitations), which then updates the copy the invitation made rather than duplicating it."""
    entry = entries_for("event", [page])[page.translation_key]
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
        item = ical.event_item(page, entry=entry, url=url)
        restricted = page.get_view_restrictions().exists()
        cache_control = "private, no-cache" if restricted else f"public, max-age={PUBLIC_MAX_AGE}"
    calendar = ical.new_calendar()
    calendar.add_component(item)
    body = ical.to_bytes(calendar)
    response = _respond(
        request,
        body=body,
        etag=_etag(body),
        modified=item["LAST-MODIFIED"].dt,
        cache_control=cache_control,
    )
    response["Content-Disposition"] = content_disposition_header(True, f"{page.slug}.ics")
    if registration is not None:
        patch_vary_headers(response, ["Cookie"])
    return response
