"""Site-wide views that are not Wagtail pages: search, health check, robots.txt, errors."""

import logging

from django.core.paginator import Paginator
from django.db import DatabaseError, connection, transaction
from django.http import HttpResponse, HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from wagtail.models import Locale, Page

from .forms import SearchForm

logger = logging.getLogger(__name__)

SEARCH_RESULTS_PER_PAGE = 10


@require_safe
def search(request):
    """Full-text search over the live, public pages in the visitor's language."""
    form = SearchForm(request.GET)
    query = form.cleaned_data["q"] if form.is_valid() else ""
    results = None
    if query:
        pages = Page.objects.live().public().filter(locale=Locale.get_active()).specific()
        try:
            with transaction.atomic():
                results = Paginator(pages.search(query), SEARCH_RESULTS_PER_PAGE).get_page(
                    request.GET.get("page")
                )
                list(results)  # run the query here, where a database error can be caught
        except DatabaseError:
            logger.warning("Search failed for %r", query, exc_info=True)
            form.add_error("q", _("The search could not understand this query. Try plain words."))
            results = None
    return render(request, "kenes/search.html", {"form": form, "query": query, "results": results})


@never_cache
@require_safe
def healthz(request):
    """200 when the application and its database answer; 503 otherwise (for load balancers)."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        logger.exception("Health check: the database does not answer")
        return HttpResponse("database unavailable\n", status=503, content_type="text/plain")
    return HttpResponse("ok\n", content_type="text/plain")


@require_safe
def robots_txt(request):
    return render(request, "robots.txt", content_type="text/plain")


def server_error(request):
    """The 500 page, in the visitor's language, rendered without touching the database."""
    return HttpResponseServerError(loader.get_template("500.html").render())
