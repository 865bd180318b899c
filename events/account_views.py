"""A person's own registrations in My account: the "My events" section (the next ones and
the latest past ones) and the page with all of them, each list paged on its own.

What each registration offers (cancelling, the certificate) is asked of `events.rules` and
`events.certificates`, the places those rules live.
"""

from django.contrib.auth.decorators import login_required
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from core.pagination import paginate
from core.panels import Panel
from core.translations import first_in_active_language

from . import selectors
from .certificates import may_download_certificate
from .models import EventIndexPage
from .rules import may_cancel

UPCOMING_SHOWN = 5  # in My account; the rest are on the page of all registrations
PAST_SHOWN = 3
REGISTRATIONS_PER_PAGE = 10


def _with_actions(user, registrations) -> list:
    """The registrations with their pages in the reader's language, and what the person may
    do with each (`may_cancel`, `may_get_certificate`), without a query per registration."""
    registrations = selectors.with_pages(registrations)
    for registration in registrations:
        registration.may_cancel = may_cancel(user, registration, event=registration.event)
        registration.may_get_certificate = may_download_certificate(registration)
    return registrations


def _event_index():
    """The list of events (in the reader's language where it is translated), for a person
    registered for nothing."""
    return first_in_active_language(EventIndexPage.objects.live())


class MyEventsPanel(Panel):
    template_name = "events/includes/account_events.html"
    order = 10
    heading = _("My events")
    anchor = "my-events"


def my_events_panel(request):
    """My account's section: the next registrations and the latest past ones, with a link to
    all of them (four queries)."""
    user = request.user
    counts = selectors.person_registration_counts(user)
    upcoming = selectors.person_registrations(user, upcoming=True)[:UPCOMING_SHOWN]
    past = selectors.person_registrations(user, upcoming=False)[:PAST_SHOWN]
    upcoming, past = list(upcoming), list(past)
    _with_actions(user, upcoming + past)
    return MyEventsPanel(
        request,
        counts=counts,
        upcoming_registrations=upcoming,
        past_registrations=past,
        more=counts["upcoming"] > len(upcoming) or counts["past"] > len(past),
        event_index=None if counts["upcoming"] else _event_index(),
    )


@login_required
@require_safe
def my_registrations(request):
    """All the person's registrations: events to come and past events, each list with its
    own page number in the address (`upcoming`, `past`)."""
    user = request.user
    upcoming = paginate(
        request,
        selectors.person_registrations(user, upcoming=True),
        per_page=REGISTRATIONS_PER_PAGE,
        param="upcoming",
        anchor="upcoming-heading",
    )
    past = paginate(
        request,
        selectors.person_registrations(user, upcoming=False),
        per_page=REGISTRATIONS_PER_PAGE,
        param="past",
        anchor="past-heading",
    )
    _with_actions(user, [*upcoming, *past])
    return TemplateResponse(
        request,
        "events/my_registrations.html",
        {
            "upcoming": upcoming,
            "past": past,
            "event_index": None if upcoming.paginator.count else _event_index(),
        },
    )
