"""Public pages for visitors without a session, from the cache all workers share.

Most requests come from people who are not signed in, and they all see the same page. Such a
page is kept after it is first rendered and served from the cache until anything the site shows
changes: every transaction that saves or deletes a row starts one new generation when it
commits (`pages_changed`, connected to Django's signals by `connect_signals`; see
core/generations.py), and a page kept under an older generation is rendered again. Coarse on
purpose: a publish, a registration (seats left), a published or answered comment, a new
material or a download (the library shows the counts) each start a new generation, and nothing
a page shows can be missed because nobody listed it. The one exception is a model's own word:
an instance whose `changes_public_pages(created=...)` answers False (a place on the waiting
list of a full event: visitors see the seats left, and a registration storm would otherwise
empty the cache hundreds of times for nothing).

Why not Django's cache middleware: it keys by cookies (every visitor's CSRF cookie would make
a page of its own) and expires only by time, so a page would show "3 seats left" after the
last seat went. Wagtail's frontend cache purges a CDN's copy of the pages it knows changed; a
registration or a comment changes pages Wagtail does not know about.

The pages live in a cache of their own (`CACHES["pages"]`, a table of their own in production):
any query string makes another page, and their number must never make the default cache cull
the rate-limit counters that share it.

Never cached: signed-in visitors (any session cookie), a pending message, a page that set a
cookie or used the CSRF token (a form: its token is the visitor's own), anything not HTML or
not 200, a response marked private, the admin, accounts, documents and feeds (which have their
own cache and validators).
"""

from django.apps import apps
from django.conf import settings
from django.core.cache import caches
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse

from . import generations

GENERATION_KEY = "kenes-pages-generation"
SKIPPED_PATHS = ("/admin/", "/documents/", "/feeds/", "/healthz", "/_util/", "/static/")
SKIPPED_SEGMENTS = ("/accounts/", "/feeds/", "/unsubscribe/")
# Rows written while pages are read or by work no page shows: they must not empty the cache
# (a thumbnail made while rendering would otherwise throw away the page being rendered).
QUIET_MODELS = {
    "sessions.session",
    "django_tasks_database.dbtaskresult",
    "wagtailimages.rendition",
    "wagtailcore.referenceindex",
    "wagtailcore.pagelogentry",
    "wagtailcore.modellogentry",
    "wagtailcore.taskstate",
    "wagtailcore.workflowstate",
    "wagtailcore.pagesubscription",
    "wagtailsearch.indexentry",
    "wagtailusers.userprofile",
    "wagtailadmin.editingsession",
    "mfa.authenticator",
    "account.emailconfirmation",
    "feeds.feedtoken",
}


def pages_changed() -> None:
    """Something public pages show changed: every kept page is rendered again once the
    change is committed."""
    generations.bump(GENERATION_KEY)


def _on_change(sender, **kwargs):
    if sender._meta.apps is not apps:
        return  # a migration's historical model, or the record of a migration applied
    if sender._meta.label_lower in QUIET_MODELS:
        return
    fields = kwargs.get("update_fields")
    if fields is not None and set(fields) <= {"last_login"}:
        return  # a sign-in
    shown = getattr(kwargs.get("instance"), "changes_public_pages", None)
    if shown is not None and not shown(created=kwargs.get("created", False)):
        return  # the model knows this change shows nowhere (see its method)
    pages_changed()


def connect_signals() -> None:
    for signal in (post_save, post_delete, m2m_changed):
        signal.connect(_on_change, dispatch_uid=f"kenes-page-cache-{id(signal)}")


def _request_may_use_cache(request) -> bool:
    if request.method not in ("GET", "HEAD"):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES or "messages" in request.COOKIES:
        return False
    if "HTTP_AUTHORIZATION" in request.META:
        return False
    path = request.path_info
    return not path.startswith(SKIPPED_PATHS) and not any(s in path for s in SKIPPED_SEGMENTS)


def _response_may_be_kept(request, response) -> bool:
    if request.method != "GET" or response.status_code != 200 or response.streaming:
        return False
    if response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False  # a cookie of its own, or a form with the visitor's CSRF token
    if not response.get("Content-Type", "").startswith("text/html"):
        return False
    control = response.get("Cache-Control", "")
    if any(word in control for word in ("private", "no-store", "no-cache")):
        return False
    user = getattr(request, "user", None)
    return user is None or not user.is_authenticated


def _key(request) -> str:
    return "kenes-page:" + request.get_host() + request.get_full_path()


class PageCacheMiddleware:
    """Placed before the session middleware: a page from the cache skips everything after
    it (sessions, CSRF, authentication, rendering)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = settings.KENES_PAGE_CACHE_SECONDS
        if not seconds or not _request_may_use_cache(request):
            return self.get_response(request)
        key = _key(request)
        generation, _began = generations.current(GENERATION_KEY)
        kept = caches["pages"].get(key)
        if kept is not None and kept["generation"] == generation:
            response = HttpResponse(kept["content"], status=200)
            for name, value in kept["headers"]:
                response[name] = value
            response["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if _response_may_be_kept(request, response):
            headers = [(n, v) for n, v in response.items() if n.lower() != "set-cookie"]
            caches["pages"].set(
                key,
                {"generation": generation, "content": response.content, "headers": headers},
                seconds,
            )
            response["X-Page-Cache"] = "miss"
        return response
