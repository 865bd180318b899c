"""Site-wide views that are not Wagtail pages: search, health check, robots.txt, errors."""

import logging

from django.db import DatabaseError, transaction
from django.http import HttpResponse, HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from . import readiness
from .forms import SearchForm
from .search import site_search

logger = logging.getLogger(__name__)


@require_safe
def search(request):
    """One search over the pages, draft articles, library materials, published comments and
    partner organisations the visitor may see (kenes/search.py), grouped by kind or one kind
    at a time."""
    form = SearchForm(request.GET)
    text = form.cleaned_data["q"] if form.is_valid() else ""
    results = None
    if text:
        try:
            with transaction.atomic():
                results = site_search(
                    text=text,
                    request=request,
                    kind=request.GET.get("kind", ""),
                    page_number=request.GET.get("page"),
                )
        except DatabaseError:
            logger.warning("Search failed for %r", text, exc_info=True)
            form.add_error("q", _("The search could not understand this query. Try plain words."))
            results = None
    return render(request, "kenes/search.html", {"form": form, "query": text, "results": results})


@never_cache
@require_safe
def healthz(request):
    """200 when this release can serve pages: the database answers, the templates load and
    the static files' manifest is there (kenes/readiness.py); 503 otherwise, saying what is
    wrong, so that a load balancer keeps a broken release out of service."""
    found = readiness.problems()
    if found:
        for problem in found:
            logger.error("Health check: %s", problem)
        body = "".join(f"{problem}\n" for problem in found)
        return HttpResponse(body, status=503, content_type="text/plain")
    return HttpResponse("ok\n", content_type="text/plain")


@require_safe
def robots_txt(request):
    return render(request, "robots.txt", content_type="text/plain")


def server_error(request):
    """The 500 page, in the visitor's language, rendered without touching the database."""
    return HttpResponseServerError(loader.get_template("500.html").render())
