"""The library in the Wagtail admin, at download time and on event pages.

- Every download passes `check_material_access` (Wagtail's `before_serve_document` hook,
  beside Wagtail's own check of the collection's privacy).
- Event pages show the event's materials (`events.hooks.EVENT_PAGE_PANEL_HOOK`), and get a
  "Materials" button in the admin: the materials and the email that sends them to the
  participants.
"""

from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem

from accounts.personal_data import PERSONAL_DATA_HOOK, PersonalData
from events.admin_views import VIEW_REGISTRATIONS
from events.hooks import EVENT_PAGE_PANEL_HOOK
from events.models import is_event_page

from . import admin_urls
from .access import by_access_level, viewer_for
from .views import EventMaterialsPanel, event_materials, refuse_download


@hooks.register("before_serve_document")
def check_material_access(document, request):
    """The access level; the collection's privacy is Wagtail's own hook's (its password form,
    its sign-in redirect), which runs after this one."""
    if not by_access_level(viewer_for(request), document):
        return refuse_download(request, document)
    return None


@hooks.register(EVENT_PAGE_PANEL_HOOK)
def event_materials_panel(request, event):
    """The event's materials on its page, each with what the visitor may do with it."""
    materials = event_materials(request, event)
    return EventMaterialsPanel(request, materials=materials) if materials else None


@hooks.register("register_admin_urls")
def register_library_admin_urls():
    return [path("library/", include(admin_urls, namespace="library_admin"))]


class MaterialsButton(PageMenuItem):
    label = _("Materials")
    icon_name = "doc-full"
    url_name = "library_admin:event_materials"

    def is_shown(self, user):
        return user.has_perm(VIEW_REGISTRATIONS)


@hooks.register("register_page_header_buttons")
def event_materials_header_button(page, user, view_name, next_url=None):
    if is_event_page(page):
        yield MaterialsButton(page=page, priority=36)


@hooks.register("register_page_listing_more_buttons")
def event_materials_listing_button(page, user, next_url=None):
    if is_event_page(page):
        yield MaterialsButton(page=page, priority=46)


@hooks.register("register_log_actions")
def register_library_log_actions(actions):
    actions.register_action(
        "kenes_library.announce", _("Send materials"), _("Sent the materials to participants")
    )


@hooks.register(PERSONAL_DATA_HOOK)
def library_part():
    """The library keeps nothing about readers (a download is counted, not attributed)."""
    return PersonalData(
        name="library",
        holds=[],
        export=lambda user: None,
        keeps={
            "library.Material.uploaded_by_user": "who uploaded a material for the commission: "
            "the material stays, without the person",
            "library.Announcement.sent_by": "who sent an event's materials to its participants "
            "for the commission: the record stays, without the person",
        },
    )
