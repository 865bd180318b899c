"""The library in the Wagtail admin and at download time.

- Every download passes `check_material_access` (Wagtail's `before_serve_document` hook,
  beside Wagtail's own check of the collection's privacy).
- Event pages get a "Materials" button: the event's materials and the email that sends them
  to its participants.
"""

from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem

from events.admin_views import VIEW_REGISTRATIONS
from events.wagtail_hooks import _is_event

from . import admin_urls
from .access import by_access_level, viewer_for


@hooks.register("before_serve_document")
def check_material_access(document, request):
    """The access level; the collection's privacy is Wagtail's own hook's (its password form,
    its sign-in redirect), which runs after this one."""
    if not by_access_level(viewer_for(request), document):
        from .views import refuse_download

        return refuse_download(request, document)
    return None


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
    if _is_event(page):
        yield MaterialsButton(page=page, priority=36)


@hooks.register("register_page_listing_more_buttons")
def event_materials_listing_button(page, user, next_url=None):
    if _is_event(page):
        yield MaterialsButton(page=page, priority=46)


@hooks.register("register_log_actions")
def register_library_log_actions(actions):
    actions.register_action(
        "kenes_library.announce", _("Send materials"), _("Sent the materials to participants")
    )
