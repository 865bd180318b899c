"""The events app in the Wagtail admin: the managers' screens (events/admin_urls.py), the
"Events" menu, and a "Registrations" button on event pages in the page explorer; and what
events add to the places lower apps offer: "My events" in My account, the registrations in
the person's data, and their events in their own calendar.

Other screens for events can join the menu with the `register_events_menu_item` hook, as
Wagtail's own "Settings" menu is built.
"""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import include, path, reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem

from accounts.panels import ACCOUNT_PANEL_HOOK
from accounts.personal_data import PERSONAL_DATA_HOOK, PersonalData
from feeds.personal import PERSONAL_CALENDAR_HOOK

from . import admin_urls
from .account_views import my_events_panel
from .admin_views import VIEW_REGISTRATIONS
from .feeds import my_events
from .models import EventPage, Registration, is_event_page
from .services import registrations_release


@hooks.register("register_admin_urls")
def register_events_admin_urls():
    return [path("events/", include(admin_urls, namespace="events_admin"))]


class PermissionMenuItem(MenuItem):
    """A menu item shown to people with `permission`."""

    def __init__(self, *args, permission: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


events_menu = Menu(
    register_hook_name="register_events_menu_item", construct_hook_name="construct_events_menu"
)


@hooks.register("register_admin_menu_item")
def register_events_menu():
    # Shown when one of its items is (see SubmenuMenuItem.is_shown).
    return SubmenuMenuItem(_("Events"), events_menu, name="events", icon_name="date", order=260)


@hooks.register("register_events_menu_item")
def register_registrations_menu_item():
    return PermissionMenuItem(
        _("Registrations"),
        reverse_lazy("events_admin:index"),
        name="event-registrations",
        icon_name="group",
        order=100,
        permission=VIEW_REGISTRATIONS,
    )


class RegistrationsButton(PageMenuItem):
    label = _("Registrations")
    icon_name = "group"
    url_name = "events_admin:registrations"

    def is_shown(self, user):
        return user.has_perm(VIEW_REGISTRATIONS)


@hooks.register("register_page_header_buttons")
def event_page_header_buttons(page, user, view_name, next_url=None):
    if is_event_page(page):
        yield RegistrationsButton(page=page, priority=35)


@hooks.register("register_page_listing_more_buttons")
def event_page_listing_more_buttons(page, user, next_url=None):
    if is_event_page(page):
        yield RegistrationsButton(page=page, priority=45)


@hooks.register("register_log_actions")
def register_event_log_actions(actions):
    """What event managers did to registrations, in Wagtail's audit log (Reports → Site
    history)."""
    actions.register_action("kenes_events.promote", _("Give a seat"), _("Gave a seat"))
    actions.register_action("kenes_events.cancel", _("Cancel registration"), _("Cancelled"))
    actions.register_action("kenes_events.check_in", _("Check in"), _("Checked in"))
    actions.register_action("kenes_events.undo_check_in", _("Undo check-in"), _("Undid check-in"))
    actions.register_action("kenes_events.invite", _("Invite"), _("Sent an invitation"))


@hooks.register("before_delete_page")
def keep_events_with_registrations(request, page):
    """An event people are registered for is not deleted: its registrations would vanish
    without a word to them. Cancel the event instead (status "cancelled"), which tells them."""
    page = page.specific
    if not isinstance(page, EventPage):
        return None
    event = page.canonical
    if event.pk != page.pk or not event.registrations.active().exists():
        return None
    messages.error(
        request,
        _(
            "People are registered for this event, so it cannot be deleted. Set its status "
            "to “cancelled” and publish it: every registrant is told."
        ),
    )
    return redirect("wagtailadmin_pages:edit", page.pk)


# --- beyond the admin: "My account", the person's data and their own calendar ---------------


hooks.register(ACCOUNT_PANEL_HOOK, my_events_panel)
hooks.register(PERSONAL_CALENDAR_HOOK, my_events)


def _registrations(user) -> list[dict]:
    return [
        {
            "event": r.event.title,
            "starts": r.event.start.isoformat(),
            "status": r.status,
            "organisation": r.organisation.name if r.organisation else None,
            "answers": r.answers,
            "registered": r.created_at.isoformat(),
        }
        for r in Registration.objects.filter(person=user)
        .select_related("event", "organisation")
        .order_by("pk")
    ]


@hooks.register(PERSONAL_DATA_HOOK)
def registrations_part():
    return PersonalData(
        name="event_registrations",
        holds=["events.Registration.person"],
        export=_registrations,
        keeps={
            "events.Registration.registered_by": "a registration a representative made for a "
            "colleague is the colleague's; it stays, without the representative",
            "events.EventInvitation.invited_by": "who sent an invitation for the commission: "
            "the invitation stays, without the person",
        },
        # their seats in events to come go to the waiting lists, in order
        before_deletion=lambda user: registrations_release(person=user),
    )
