"""Serving calendars: the public feeds' cache and conditional answers, and a person's own feed
behind a secret address, with the place in "My account" where they make or stop it.

A calendar client polls a subscribed feed every few hours, whether anything changed or not. A
poll of a public feed costs one cache read for the generation (`feeds_generation`) and the
feed's validators together and, unless the client's copy is current, one for the feed: the feed
is built (by the app that owns its items: `events.feeds`, `consultations.feeds`) only when
something it shows changed since, or once a day, as old items leave the window. The answer
carries an ETag and Last-Modified, so a client that sends them back gets 304 Not Modified
without the body being read at all. An out-of-date feed is answered from the previous
generation while one request builds it, after its own answer is sent.
"""

import datetime
import gzip
import hashlib
import logging
import re
from urllib.parse import quote

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.core.exceptions import BadRequest
from django.http import HttpResponse, HttpResponseNotFound
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.http import RFC3986_SUBDELIMS, http_date, urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.emails import language_of

from . import ical
from .personal import personal_calendar
from .services import feeds_generation, token_issue, token_of, token_owner, token_revoke

logger = logging.getLogger(__name__)
ACCEPTS_GZIP = re.compile(r"\bgzip\b")
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


def public_calendar(
    request, *, pages, item, entries, index, name: str, description: str, source: str
) -> bytes:
    """One item per page (`item(page, entry=..., url=...)`: a `feeds.ical.Item`), in a
    calendar that names itself and links to the list page `index` (the one in the active
    language, or None)."""
    calendar = ical.new_calendar(
        name=name,
        description=description,
        source=source,
        url=index.get_full_url(request) if index is not None else "",
    )
    url_of = full_urls(request)
    items = [item(page, entry=entries[page.translation_key], url=url_of(page)) for page in pages]
    return ical.to_bytes(calendar, items)


def full_urls(request):
    """`url_of(page)`: what `page.get_full_url(request)` says, worked out once for each folder
    of pages. Wagtail's own way (the site's root paths, then `reverse()` in the page's
    language) is a tenth of the build of a feed of a thousand events; a page's address is its
    folder's followed by its slug, escaped as `reverse()` escapes it."""
    folders: dict = {}

    def url_of(page) -> str | None:
        folder, _, slug = page.url_path[:-1].rpartition("/")
        if folder not in folders:
            full = page.get_full_url(request)
            tail = _escaped(slug) + "/"
            # a page whose address is not its folder's and slug (no address, or a model with
            # its own) asks Wagtail, and so do the others in its folder
            folders[folder] = full.removesuffix(tail) if full and full.endswith(tail) else None
            return full
        base = folders[folder]
        return page.get_full_url(request) if base is None else base + _escaped(slug) + "/"

    return url_of


def _escaped(slug: str) -> str:
    """A slug in a URL, as Django's `reverse()` writes it (`django.urls.resolvers`)."""
    return quote(slug, safe=RFC3986_SUBDELIMS + "/~:@")


def feed_source(path: str, **params) -> str:
    """A feed's own address for its SOURCE property and calendar UID: from the configured
    base address, never from what a request carried (a visitor must not be able to put
    their text or host into everybody's cached feed)."""
    query = urlencode({name: value for name, value in params.items() if value})
    return settings.WAGTAILADMIN_BASE_URL + path + (f"?{query}" if query else "")


# --- serving --------------------------------------------------------------------------------


def etag_of(body: bytes) -> str:
    return f'"{hashlib.sha256(body).hexdigest()[:32]}"'


def respond(request, *, body: bytes | None, etag: str, modified, cache_control: str, **headers):
    """The calendar, or 304 when the client's copy is current (with `body=None`: only the
    304, or a response without content that says it is not). Subscription feeds are served
    inline (no Content-Disposition: attachment), as Google's "From URL" needs."""
    response = HttpResponse(body or b"", content_type=ical.CONTENT_TYPE)
    response["ETag"] = etag
    last_modified = int(modified.timestamp())
    response["Last-Modified"] = http_date(last_modified)
    response["Cache-Control"] = cache_control
    for name, value in headers.items():
        response[name.replace("_", "-")] = value
    return get_conditional_response(
        request, etag=etag, last_modified=last_modified, response=response
    )


def public_feed(request, *, key: tuple, build):
    """The feed from the cache, built (`build()`: its bytes) only when something it shows
    changed since, or the day moved its window.

    Each feed has two fixed places in the cache, overwritten by each build, so that old
    generations never pile up: its validators (ETag, Last-Modified, the generation they belong
    to: a few hundred bytes) and its body with its own validators. A client whose copy is
    current gets 304 after reading the validators alone, whatever the feed's size. When the
    feed is out of date, every poll is answered from the previous generation at once, and one
    of them builds the new one after its answer is sent: no poll waits for a build but the
    very first (with nothing yet to answer from)."""
    name = hashlib.sha256(repr((key, translation.get_language())).encode()).hexdigest()
    meta_key, body_key, lock_key = (f"kenes-feed{part}:{name}" for part in ("", "-body", "-lock"))
    (generation, began), found = feeds_generation(meta_key)  # one read for both
    day = window_start()
    version = (generation, day)
    headers = {"cache_control": f"public, max-age={PUBLIC_MAX_AGE}"}

    meta = found.get(meta_key)
    out_of_date = meta is not None and meta["version"] != version
    # one request takes the build of an out-of-date feed (the lock); it and every other poll
    # meanwhile are answered from the previous generation, and the one that took it builds
    # after its answer is sent (`response.close()`), so that no poll waits for a build
    takes_build = out_of_date and cache.add(lock_key, 1, 60)
    language = translation.get_language()

    def keep(body: bytes) -> dict:
        # Kept compressed: a tenth of the bytes to read from the cache and to send, for the
        # calendar clients that accept gzip (nearly all); the others get it unpacked. Weak
        # validators: the same ETag names both encodings of the one calendar.
        kept = {
            "gzip": gzip.compress(body),
            "etag": "W/" + etag_of(body),
            "modified": max(began, day + PAST_WINDOW),
            "version": version,
        }
        cache.set(body_key, kept, CACHE_SECONDS)  # the body first: its validators follow
        validators = {field: kept[field] for field in ("etag", "modified", "version")}
        cache.set(meta_key, validators, CACHE_SECONDS)
        return kept

    def build_after(response):
        def rebuild():
            try:
                with translation.override(language):
                    keep(build())
            except Exception:
                logger.exception("The feed %s could not be built", request.path)
            finally:
                cache.delete(lock_key)

        response._resource_closers.append(rebuild)  # what Django runs in `close()`
        return response

    kept = None
    if meta is not None:
        not_modified = respond(
            request, body=None, etag=meta["etag"], modified=meta["modified"], **headers
        )
        if not_modified.status_code == 304:
            patch_vary_headers(not_modified, ["Accept-Encoding"])
            return build_after(not_modified) if takes_build else not_modified
        kept = cache.get(body_key)
    if kept is None:  # never built, or its body left the cache: build it now
        try:
            kept = keep(build())
        finally:
            if takes_build:
                cache.delete(lock_key)
        takes_build = False
    if ACCEPTS_GZIP.search(request.headers.get("Accept-Encoding", "")):
        body, headers["content_encoding"] = kept["gzip"], "gzip"
    else:
        body = gzip.decompress(kept["gzip"])
    response = respond(request, body=body, etag=kept["etag"], modified=kept["modified"], **headers)
    patch_vary_headers(response, ["Accept-Encoding"])
    return build_after(response) if takes_build else response


def personal_feed(request, token: str):
    """A person's own items. An unknown or revoked token gets a plain 404 that says nothing
    about why; the address is never logged (see `kenes.logging`)."""
    person = token_owner(token)
    if person is None:
        return HttpResponseNotFound(b"Not found", content_type="text/plain; charset=utf-8")
    with translation.override(language_of(person)):
        body, modified = personal_calendar(
            request, person, source=feed_source(request.path), since=window_start()
        )
    return respond(
        request,
        body=body,
        etag=etag_of(body),
        modified=modified,
        cache_control="private, max-age=300",
        Referrer_Policy="no-referrer",
        X_Robots_Tag="noindex",
    )


@login_required
@require_POST
def personal_feed_address(request):
    """Create, replace (`issue`) or stop (`revoke`) the person's personal calendar address
    (the "My calendar" section of My account)."""
    action = request.POST.get("action")
    if action == "issue":
        replaced = token_of(request.user) is not None
        token_issue(user=request.user)
        if replaced:
            messages.success(
                request,
                _(
                    "Your calendar has a new address. The old one no longer works: "
                    "subscribe again with the new one."
                ),
            )
        else:
            messages.success(
                request,
                _("Your calendar address is ready: subscribe to it in your calendar app."),
            )
    elif action == "revoke":
        token_revoke(user=request.user)
        messages.success(request, _("Your calendar feed is stopped: its address no longer works."))
    else:
        raise BadRequest("unknown action")
    return redirect(reverse("accounts:my_account") + "#calendar")
