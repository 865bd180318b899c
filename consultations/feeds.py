"""Consultation deadlines in calendars: the public feed of the last day to comment on each
draft, by language."""

from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from feeds.services import entries_for
from feeds.views import (
    feed_source,
    one_per_item,
    public_calendar,
    public_feed,
    site_name,
    window_start,
)

from . import ical
from .models import ConsultationIndexPage, ConsultationPage


def consultations_calendar(request, *, source: str) -> bytes:
    pages = (
        ConsultationPage.objects.live()
        .public()
        .filter(closes_at__gte=window_start())
        .select_related("legal_area", "locale")
    )
    language = translation.get_language()
    pages = sorted(one_per_item(pages, language), key=lambda page: (page.closes_at, page.pk))
    return public_calendar(
        request,
        pages=pages,
        item=ical.deadline_item,
        entries=entries_for(ical.KIND, pages),
        index=ConsultationIndexPage.objects.live().filter(locale__language_code=language).first(),
        name="{}: {}".format(site_name(), _("Consultation deadlines")),
        description=_(
            "The last day to comment on each draft law or regulation %(site)s publishes "
            "for public consultation."
        )
        % {"site": site_name()},
        source=source,
    )


@require_safe
def consultations_feed(request):
    source = feed_source(request.path)
    return public_feed(
        request, key=("deadlines",), build=lambda: consultations_calendar(request, source=source)
    )
