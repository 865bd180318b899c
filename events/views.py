"""What visitors and participants see: the event list, an event, registering and cancelling.

The event page's routes (`events.models.EventPage`) call the functions here. Each parses its
input with a form, calls one service and redirects with a message (a registration: shows
its result), or re-renders with errors.
"""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from wagtail import hooks

from core.panels import ordered
from partners.permissions import represented_organisation_ids, represents_verified_organisation

from . import selectors
from .certificates import certificate_pdf, may_download_certificate
from .forms import CertificateForm, EventFilterForm, RegistrationForm
from .hooks import EVENT_PAGE_PANEL_HOOK
from .models import EVENTS_PER_PAGE, EventPage, Registration
from .rules import (
    RegistrationError,
    acts_for,
    may_cancel,
    registration_window,
    sees_joining_details,
)
from .services import registration_cancel, registration_create

INVITATION_SESSION_KEY = "kenes_event_invitations"


def event_index_context(request, *, index) -> dict:
    period = "past" if request.GET.get("period") == "past" else "upcoming"
    months = [
        (month.strftime("%Y-%m"), date_format(month, "YEAR_MONTH_FORMAT"))
        for month in selectors.months_with_events(index=index, period=period)
    ]
    form = EventFilterForm(request.GET or None, months=months)
    form.is_valid()  # a filter that is not valid is dropped; the valid ones still apply
    filters = getattr(form, "cleaned_data", {})
    events = selectors.event_list(
        index=index,
        period=period,
        kind=filters.get("kind", ""),
        month=filters.get("month", ""),
        region=filters.get("region"),
    )
    # The calendar feed of the same kind and region (a feed has no month: it holds them all).
    kind, region = filters.get("kind", ""), filters.get("region")
    if kind:
        feed_path = reverse("feeds:events_of_kind", kwargs={"kind": kind})
    else:
        feed_path = reverse("feeds:events")
    if region is not None:
        feed_path += "?" + urlencode({"region": region.code})
    return {
        "period": period,
        "filter_form": form,
        "events": Paginator(events, EVENTS_PER_PAGE).get_page(request.GET.get("page")),
        "is_filtered": any(filters.get(name) for name in ("kind", "month", "region")),
        "feed_url": request.build_absolute_uri(feed_path),
        "feed_is_filtered": bool(kind or region),
    }


def event_context(request, page: EventPage) -> dict:
    """What the event page shows the person looking at it. Other apps add their panels (the
    library: the event's materials) with the `EVENT_PAGE_PANEL_HOOK`."""
    event = page.canonical
    user = request.user
    counts = selectors.seat_counts(event)
    registration = selectors.registration_of(event=event, person=user)
    represented = selectors.registrations_of_represented(event=event, person=user)
    organisations = represented_organisation_ids(user) if represented else set()
    for other in represented:
        other.may_cancel = may_cancel(user, other, event=event, represented=organisations)
    return {
        "window": registration_window(event),
        "counts": counts,
        "registration": registration,
        "position": registration.waitlist_position() if registration else None,
        "sees_joining_details": registration is not None and sees_joining_details(registration),
        "may_cancel": registration is not None and may_cancel(user, registration, event=event),
        "represented": represented,
        "may_register_colleagues": represents_verified_organisation(user),
        "show_figures": user.is_authenticated and user.has_perm("events.view_registration"),
        "may_get_certificate": registration is not None and may_download_certificate(registration),
        "panels": ordered(make(request, event) for make in hooks.get_hooks(EVENT_PAGE_PANEL_HOOK)),
    }


@require_http_methods(["GET", "POST"])
def register(request, page: EventPage):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    event = page.canonical
    window = registration_window(event)
    if not window.is_open:
        messages.error(request, window.message)
        return redirect(page.url)
    form = RegistrationForm(
        request.POST or None, event=event, user=request.user, questions=page.questions
    )
    if request.method == "POST" and form.is_valid():
        person = form.participant()
        try:
            registration = registration_create(
                event=event,
                person=person,
                organisation=form.cleaned_data.get("organisation"),
                registered_by=request.user,
                answers=form.answers(),
                invitation_token=request.session.get(INVITATION_SESSION_KEY, {}).get(str(event.pk)),
            )
        except RegistrationError as error:
            # A person registered already (the form sent again, its answer reloaded, say) is
            # told where they stand, whatever else the form now meets (an invitation used by
            # then, a closed registration), if the sender may see it.
            registration = event.registrations.active().filter(person=person).first()
            if registration is not None and acts_for(request.user, registration):
                return _result(request, page, registration, _standing(registration, request.user))
            form.add_error(None, str(error))
        else:
            if request.session.get(INVITATION_SESSION_KEY, {}).pop(str(event.pk), None):
                request.session.modified = True  # the invitation is used (else: no write)
            return _result(
                request, page, registration, _registered_message(registration, request.user)
            )
    return TemplateResponse(
        request,
        "events/register.html",
        {"page": page, "form": form, "event": event, "counts": selectors.seat_counts(event)},
    )


def _result(request, page: EventPage, registration: Registration, result: str):
    """The answer to the form is its result, on a page that costs little to make: in a rush
    of registrations everybody is told within the turn that decided them, not after loading
    the event's page again (BENCHMARKS.md: the storm)."""
    return TemplateResponse(
        request,
        "events/registration_result.html",
        {"page": page, "registration": registration, "result": result},
    )


def _standing(registration: Registration, user) -> str:
    """Where a registration stands: a seat, or the place on the waiting list."""
    name = registration.person.full_name or registration.person.email
    if registration.holds_seat:
        if registration.person_id == user.pk:
            return _("You are registered: your seat is confirmed.")
        return _("%(name)s is registered: the seat is confirmed.") % {"name": name}
    if registration.person_id == user.pk:
        return _(
            "You are on the waiting list, number %(position)s. We will email you if a seat "
            "frees up."
        ) % {"position": registration.waitlist_position()}
    return _("%(name)s is on the waiting list, number %(position)s.") % {
        "name": name,
        "position": registration.waitlist_position(),
    }


def _registered_message(registration: Registration, user) -> str:
    """What happened: a seat, or the place on the waiting list."""
    if registration.status == Registration.Status.CONFIRMED and registration.person_id == user.pk:
        return _("Thank you for registering. We have sent you the details by email.")
    return _standing(registration, user)


@require_http_methods(["GET", "POST"])
def cancel(request, page: EventPage, registration_id: int):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    registration = get_object_or_404(
        Registration.objects.select_related("person", "organisation"),
        pk=registration_id,
        event=page.canonical,
    )
    if not acts_for(request.user, registration):
        raise Http404  # another person's or another organisation's registration
    if not registration.is_active:
        messages.info(request, _("This registration is already cancelled."))
        return redirect(page.url)
    if request.method == "POST":
        try:
            registration_cancel(registration=registration, by=request.user)
        except RegistrationError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _cancelled_message(registration, request.user))
        return redirect(page.url)
    return TemplateResponse(
        request, "events/cancel.html", {"page": page, "registration": registration}
    )


def _cancelled_message(registration: Registration, user) -> str:
    """ "Your registration" for one's own; a colleague's by their name."""
    if registration.person_id == user.pk:
        return _("Your registration is cancelled.")
    return _("The registration of %(name)s is cancelled.") % {
        "name": registration.person.full_name or registration.person.email
    }


def invitation(request, page: EventPage, token: str):
    """A personal invitation link: remember the token for this browser, then register.
    The token never goes into a query string or a redirect URL."""
    invitations = request.session.get(INVITATION_SESSION_KEY, {})
    invitations[str(page.canonical.pk)] = token
    request.session[INVITATION_SESSION_KEY] = invitations
    register_url = page.url + "register/"
    if not request.user.is_authenticated:
        messages.info(request, _("Sign in or create an account to accept the invitation."))
        return redirect_to_login(register_url)
    return redirect(register_url)


@require_http_methods(["GET"])
def certificate(request, page: EventPage):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    registration = selectors.registration_of(event=page.canonical, person=request.user)
    if registration is None or not may_download_certificate(registration):
        raise Http404
    form = CertificateForm(request.GET or None)
    if not form.is_valid():
        return TemplateResponse(request, "events/certificate.html", {"page": page, "form": form})
    language = form.cleaned_data["language"]
    response = HttpResponse(
        certificate_pdf(registration=registration, language=language),
        content_type="application/pdf",
    )
    filename = f"certificate-{page.canonical.pk}-{language}.pdf"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response
