"""The action plan's places on the rest of the platform and in the admin, for part 2B (links,
data in and out), loaded by `wagtail_hooks.py`:

- the measures a consultation implements on its page (`CONSULTATION_PAGE_PANEL_HOOK`) and the
  measures an event discusses on its page (`EVENT_PAGE_PANEL_HOOK`);
- the import screens under /admin/action-plan/import/, and their item in the admin's
  "Action plan" menu (`MENU_HOOK`), shown to those who may import.
"""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from consultations.hooks import CONSULTATION_PAGE_PANEL_HOOK
from events.hooks import EVENT_PAGE_PANEL_HOOK

from . import admin_urls
from .admin_views import may_import
from .links import consultation_measures_panel, event_measures_panel

# The items of the admin's "Action plan" menu beyond its snippets (`ActionPlanViewSetGroup`).
MENU_HOOK = "register_action_plan_menu_item"

hooks.register(CONSULTATION_PAGE_PANEL_HOOK, consultation_measures_panel)
hooks.register(EVENT_PAGE_PANEL_HOOK, event_measures_panel)


@hooks.register("register_admin_urls")
def register_action_plan_admin_urls():
    return [path("action-plan/", include(admin_urls, namespace="actionplan_admin"))]


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return may_import(request.user)


@hooks.register(MENU_HOOK)
def register_import_menu_item():
    return ImportMenuItem(
        _("Import measures"), reverse("actionplan_admin:import"), icon_name="upload", order=900
    )
