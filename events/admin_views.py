"""Event managers' screens in the Wagtail admin: the events with their figures, one event's
registrations (with the export and the actions on each), check-in on the day, invitations.

Staff views, apart from the visitor views in views.py. Each screen names the permission it
needs (granted to "Event managers" by migration events/0002); a person without it gets
Wagtail's "permission denied". Registrations belong to an event's original page
(`EventPage.canonical`), so every screen works on that page, whichever translation it was
opened from, and looks registrations up within it: an id from another event is a 404.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.generic import FormView, TemplateView, View
from wagtail.admin.paginator import WagtailPaginator
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets.button import HeaderButton

from core.translations import admin_title_of

from . import exports, selectors
from .forms import CheckInSearchForm, InvitationForm, RegistrationFilterForm
from .models import EventInvitation, EventPage, Registration
from .rules import RegistrationError, check_in_open
from .services import (
    invitation_send,
    registration_cancel,
    registration_check_in,
    registration_promote,
)

VIEW_REGISTRATIONS = "events.view_registration"
CHANGE_REGISTRATIONS = "events.change_registration"
VIEW_INVITATIONS = "events.view_eventinvitation"
SEND_INVITATIONS = "events.add_eventinvitation"

Status = Registration.Status
MAX_ID = 2**63 - 1


# The screens.


class PermissionRequiredMixin:
    """Wagtail turns the `PermissionDenied` into its "permission denied" answer."""

    permission_required = ""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(self.permission_required):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class PaginatedMixin:
    paginate_by = 50

    def paginate(self, items) -> dict:
        paginator = WagtailPaginator(items, self.paginate_by)
        page = paginator.get_page(self.request.GET.get("p"))
        return {
            "items": page,
            "paginator": paginator,
            "elided_page_range": paginator.get_elided_page_range(page.number),
        }


class EventIndexView(
    PermissionRequiredMixin, PaginatedMixin, WagtailAdminTemplateMixin, TemplateView
):
    """Every event with its capacity and registrations by status."""

    permission_required = VIEW_REGISTRATIONS
    template_name = "events/admin/index.html"
    page_title = gettext_lazy("Events")
    header_icon = "date"
    paginate_by = 20

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(self.paginate(selectors.events_with_figures()))
        return context


class EventMixin:
    """Loads the event of the URL as `self.event`: its original page. A screen opened with a
    translation's id redirects to the original's (a POST is served on the original: never
    redirected, it would be lost). Comes after `PermissionRequiredMixin`, so that people
    without the permission do not learn which events exist."""

    url_name = ""
    screen_label = ""

    def dispatch(self, request, *args, **kwargs):
        if kwargs["pk"] > MAX_ID:  # beyond any id: SQLite would overflow, not miss
            raise Http404
        page = get_object_or_404(EventPage, pk=kwargs["pk"])
        self.event = page.canonical
        if self.event.pk != page.pk and request.method in ("GET", "HEAD"):
            url = reverse(self.url_name, args=[self.event.pk])
            query = request.GET.urlencode()
            return HttpResponseRedirect(f"{url}?{query}" if query else url)
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def event_title(self) -> str:
        """The event's title in the admin's language (its translation's, where there is one)."""
        return admin_title_of(self.event)

    def get_page_title(self):
        return self.screen_label

    def get_page_subtitle(self):
        return self.event_title

    def get_breadcrumbs_items(self):
        items = [*WagtailAdminTemplateMixin.breadcrumbs_items]
        if self.request.user.has_perm(VIEW_REGISTRATIONS):
            items += [
                {"url": reverse("events_admin:index"), "label": gettext_lazy("Events")},
                {
                    "url": reverse("events_admin:registrations", args=[self.event.pk]),
                    "label": self.event_title,
                },
            ]
        return [*items, {"url": "", "label": self.screen_label}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["event"] = self.event
        context["event_title"] = self.event_title
        context["check_in_open"] = check_in_open(self.event)
        return context


class RegistrationsView(
    PermissionRequiredMixin, EventMixin, PaginatedMixin, WagtailAdminTemplateMixin, TemplateView
):
    """One event's registrations: figures by status, organisation and region, the list
    (searched and filtered), the actions on each, and its export (`?export=csv|xlsx`)."""

    permission_required = VIEW_REGISTRATIONS
    url_name = "events_admin:registrations"
    screen_label = gettext_lazy("Registrations")
    template_name = "events/admin/registrations.html"
    header_icon = "group"

    def get(self, request, *args, **kwargs):
        self.filter_form = RegistrationFilterForm(request.GET)
        self.registrations = self.filter_form.filter(
            self.event.registrations.for_listing().order_by("pk")
        )
        export_format = request.GET.get("export")
        if export_format in exports.FORMATS:
            return exports.registrations_response(
                event=self.event, registrations=self.registrations, export_format=export_format
            )
        return super().get(request, *args, **kwargs)

    def get_header_buttons(self):
        user = self.request.user
        buttons = []
        if user.has_perm(CHANGE_REGISTRATIONS):
            buttons.append(
                HeaderButton(
                    _("Check-in"),
                    reverse("events_admin:check_in", args=[self.event.pk]),
                    icon_name="check",
                    priority=10,
                )
            )
        if user.has_perm(VIEW_INVITATIONS):
            buttons.append(
                HeaderButton(
                    _("Invitations"),
                    reverse("events_admin:invitations", args=[self.event.pk]),
                    icon_name="mail",
                    priority=20,
                )
            )
        return buttons

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        counts = selectors.seat_counts(self.event)
        organisations = selectors.organisation_figures(self.event)
        regions = selectors.region_figures(self.event)
        pagination = self.paginate(self.registrations)
        positions = selectors.waitlist_positions(self.event)
        questions = exports.questions_of(self.event)
        for registration in pagination["items"]:
            registration.position = positions.get(registration.pk)
            registration.answer_list = exports.labelled_answers(questions, registration.answers)
        context.update(pagination)
        context.update(
            {
                "counts": counts,
                "organisations": organisations,
                "individuals": _remainder(counts, organisations),
                "regions": regions,
                "no_region": _remainder(counts, regions),
                "filter_form": self.filter_form,
                "is_filtered": any(self.request.GET.get(name) for name in ("q", "status")),
                "may_change": self.request.user.has_perm(CHANGE_REGISTRATIONS),
            }
        )
        return context


def _remainder(counts: dict, groups: list) -> dict:
    """Seats and waiting places not counted in `groups` (people without an organisation,
    or whose organisation has no region)."""
    return {
        "seats": counts["taken"] - sum(group.seats for group in groups),
        "waiting": counts["waitlisted"] - sum(group.waiting for group in groups),
    }


class CheckInView(
    PermissionRequiredMixin, EventMixin, PaginatedMixin, WagtailAdminTemplateMixin, TemplateView
):
    """Check-in at the door, on a phone: find a participant, one big button. No JavaScript
    needed: each button is a form that posts to `RegistrationActionView`."""

    permission_required = CHANGE_REGISTRATIONS
    url_name = "events_admin:check_in"
    screen_label = gettext_lazy("Check-in")
    template_name = "events/admin/check_in.html"
    header_icon = "check"
    paginate_by = 25

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = CheckInSearchForm(self.request.GET)
        participants = self.event.registrations.holding_seat().for_listing()
        if form.is_valid():
            participants = selectors.search_registrations(participants, form.cleaned_data["q"])
        context.update(self.paginate(participants.order_by("person__full_name", "pk")))
        context.update(
            {
                "counts": selectors.seat_counts(self.event),
                "search_form": form,
                "query": self.request.GET.get("q", ""),
            }
        )
        return context


# What each button on a registration does: call its service, then say what happened (the
# service's `RegistrationError` says what did not).


def _promote(registration: Registration, user, name: str) -> str:
    registration_promote(registration=registration, by=user)
    return _("%(name)s has a seat now and has been told by email.") % {"name": name}


def _cancel(registration: Registration, user, name: str) -> str:
    promoted = len(registration_cancel(registration=registration, by=user, as_manager=True))
    if not promoted:
        return _("The registration of %(name)s is cancelled.") % {"name": name}
    return ngettext(
        "The registration of %(name)s is cancelled. "
        "%(count)d person from the waiting list got a seat.",
        "The registration of %(name)s is cancelled. "
        "%(count)d people from the waiting list got a seat.",
        promoted,
    ) % {"name": name, "count": promoted}


def _attend(registration: Registration, user, name: str) -> str:
    registration_check_in(registration=registration, by=user, attended=True)
    return _("%(name)s is checked in.") % {"name": name}


def _undo_attend(registration: Registration, user, name: str) -> str:
    registration_check_in(registration=registration, by=user, attended=False)
    return _("The check-in of %(name)s is undone.") % {"name": name}


ACTIONS = {
    "promote": _promote,
    "cancel": _cancel,
    "attend": _attend,
    "undo-attend": _undo_attend,
}
# Screens an action may send the manager back to, with the query string they had.
RETURN_TO = {"registrations": "events_admin:registrations", "check-in": "events_admin:check_in"}


class RegistrationActionView(PermissionRequiredMixin, EventMixin, View):
    """Promote, cancel, check in or undo the check-in of one registration of the event (POST
    only), then back to the screen the button was on, with its search and page."""

    permission_required = CHANGE_REGISTRATIONS
    http_method_names = ["post"]

    def post(self, request, pk, registration_id, action):
        if registration_id > MAX_ID:
            raise Http404
        if action not in ACTIONS:
            raise Http404
        registration = get_object_or_404(
            Registration.objects.select_related("person"), pk=registration_id, event=self.event
        )
        name = registration.person.full_name or registration.person.email
        try:
            done = ACTIONS[action](registration, request.user, name)
        except RegistrationError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, done)
        url_name = RETURN_TO.get(request.POST.get("return_to"), RETURN_TO["registrations"])
        url = reverse(url_name, args=[self.event.pk])
        query = request.GET.urlencode()
        return redirect(f"{url}?{query}" if query else url)


class InvitationsView(
    PermissionRequiredMixin, EventMixin, PaginatedMixin, WagtailAdminTemplateMixin, FormView
):
    """Personal invitations to the event: the form to send one (with the permission to add
    invitations) and those sent so far, used or not."""

    permission_required = VIEW_INVITATIONS
    url_name = "events_admin:invitations"
    screen_label = gettext_lazy("Invitations")
    template_name = "events/admin/invitations.html"
    header_icon = "mail"
    form_class = InvitationForm

    def post(self, request, *args, **kwargs):
        if not request.user.has_perm(SEND_INVITATIONS):
            raise PermissionDenied
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        try:
            invitation_send(
                event=self.event,
                email=form.cleaned_data["email"],
                full_name=form.cleaned_data["full_name"],
                language=form.cleaned_data["language"],
                by=self.request.user,
            )
        except RegistrationError as error:
            form.add_error(None, str(error))
            return self.form_invalid(form)
        messages.success(
            self.request,
            _("The invitation to %(email)s is on its way.") % {"email": form.cleaned_data["email"]},
        )
        return redirect(self.url_name, self.event.pk)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        invitations = EventInvitation.objects.filter(event=self.event).select_related(
            "registration", "invited_by"
        )
        context.update(self.paginate(invitations))
        context.update(
            {
                "may_send": self.request.user.has_perm(SEND_INVITATIONS),
                "is_by_invitation": self.event.access == EventPage.Access.INVITATION,
            }
        )
        return context
