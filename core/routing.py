"""Wagtail's routing, remembered: which page (and which of its routes) an address leads to.

Wagtail finds the page of an address by walking the tree from the site's root, a query or two
per level (the site, the language's home, each ancestor, the page's own type): six or more for
an event's page, and the same again for its registration form. What it finds changes only when
pages or sites change, so each worker remembers it for the current generation of the routes
(core/generations.py; a saved or deleted page, site, locale or page privacy restriction starts
a new one, not a registration or a comment, which start new generations of the pages) and hands
it to Wagtail the way Wagtail keeps it for the rest of a request (`request._wagtail_site`,
`request._wagtail_route_for_request`, see `Page.route_for_request`), with the sites' root paths
that Wagtail reads to make any page's address (`_wagtail_cached_site_root_paths`: they change
with the same saves).

The page's own row changes with the same saves too (Wagtail writes a page only by saving it:
a publish, a draft, an unpublish, a move; what it writes with UPDATE, such as a parent's count
of children, comes with a page saved or deleted in the same transaction), so it is remembered
as well: each request gets its own deep copy of the page as it was read (as Django gives each
test its own copy of the objects of `setUpTestData`), made in a tenth of the time the query
took (the event's 53 columns). Nothing of one request's page object reaches another's. The
copy routes the rest of the address itself (its own routes, such as an event's `register/`).
What a page model lists in `remembered_with_route` is kept beside it (immutable values that
change only when pages are saved or deleted: `OriginalPageMixin.canonical_pk`). A row changed
behind Wagtail's back (a queryset's `update()`, SQL by hand) shows once the next generation
begins, as a changed route does.

Everything after the routing still runs: Wagtail's `on_serve_page` hooks (the pages'
privacy), the page's own `serve`, its routes and their permission checks. Which of the
privacy restrictions apply to the page (its own and its ancestors', as Wagtail's
`get_view_restrictions` finds them: two queries) is remembered too, since a restriction
added or removed starts a new generation of the routes as well: the page object of the
request answers Wagtail's hook with those restrictions, read afresh (their kind, password
and groups as they are now), or with none at all, without a query, as for most pages. An
address that leads nowhere is not remembered (any made-up address would take room); at most
`MAX_ROUTES` are, per generation.
"""

import copy
from functools import partial

from django.db.models.signals import post_delete, post_save
from django.http import Http404
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.views import serve

from . import generations

GENERATION_KEY = "kenes-routes-generation"
MAX_ROUTES = 5_000  # addresses and their pages (1-6 KB each), per generation
# What this worker remembers, for one generation. A new generation gets a new dict, put in
# place whole: a request keeps using the dict of the generation it read, so with threads
# (runserver, a threaded server) a request never finds another's half-made dict, nor keeps
# what it read under an older generation in a newer one's.
_routes: dict = {}


def _on_change(sender, **kwargs):
    if issubclass(sender, (Page, Site, Locale, PageViewRestriction)):
        generations.bump(GENERATION_KEY)


def connect_signals() -> None:
    for signal in (post_save, post_delete):
        signal.connect(_on_change, dispatch_uid=f"kenes-routes-{id(signal)}")


class RouteMemoMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is not serve:
            return None
        global _routes
        generation, _began = generations.current(GENERATION_KEY)
        routes = _routes
        if routes.get("generation") != generation:
            routes = {
                "generation": generation,
                # the sites' root paths (Wagtail's cache, read for every page's address)
                # change with the same saves as the routes
                "site root paths": Site.get_site_root_paths(),
            }
            _routes = routes
        request._wagtail_cached_site_root_paths = routes["site root paths"]
        key = (request._get_raw_host(), request.get_port(), request.path_info)
        path = view_args[0] if view_args else view_kwargs["path"]
        components = [component for component in path.split("/") if component]
        known = routes.get(key)
        if known is not None:
            site, pristine, depth, facts, restrictions = known
            page = copy.deepcopy(pristine)  # this request's own
            page.__dict__.update(facts)  # as its cached properties keep them
            page._wagtail_cached_site_root_paths = routes["site root paths"]
            page.get_view_restrictions = partial(_view_restrictions, restrictions)
            try:
                # from the page down as Wagtail would (its routes, bound to this very page
                # object; a page that is not live: Http404)
                result = page.route(request, components[depth:])
            except Http404:
                return None
            request._wagtail_site = site
            request._wagtail_route_for_request = result
            return None
        result = Page.route_for_request(request, path)
        if result is not None and len(routes) <= MAX_ROUTES:
            site = Site.find_for_request(request)
            page = result[0]
            # how many of the address's parts lead to the page (the rest: its own routes)
            depth = page.depth - site.root_page.depth
            remembered = getattr(type(page), "remembered_with_route", ())
            facts = {name: getattr(page, name) for name in remembered}
            restrictions = tuple(page.get_view_restrictions().values_list("pk", flat=True))
            # as read, untouched by this request (its routes may have read and kept more)
            pristine = routes.get(("page", page.pk))
            if pristine is None:
                pristine = routes[("page", page.pk)] = type(page).objects.get(pk=page.pk)
            routes[key] = (site, pristine, depth, facts, restrictions)
        return None


def _view_restrictions(restrictions: tuple[int, ...]):
    """The privacy restrictions that apply to a page, as `Page.get_view_restrictions` answers
    (a queryset): none without a query, the common case."""
    if not restrictions:
        return PageViewRestriction.objects.none()
    return PageViewRestriction.objects.filter(pk__in=restrictions)
