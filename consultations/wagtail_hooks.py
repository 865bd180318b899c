"""The consultations app in the Wagtail admin: the draft screens and a "Text of the draft"
button on consultation pages."""

from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem

from . import admin_urls
from .models import ConsultationPage


@hooks.register("register_admin_urls")
def register_consultations_admin_urls():
    return [path("consultations/", include(admin_urls, namespace="consultations_admin"))]


class DraftButton(PageMenuItem):
    label = _("Text of the draft")
    icon_name = "doc-full"
    url_name = "consultations_admin:draft"

    def is_shown(self, user):
        return self.page.permissions_for_user(user).can_edit()


def _is_consultation(page) -> bool:
    page_class = page.specific_class
    return page_class is not None and issubclass(page_class, ConsultationPage)


@hooks.register("register_page_header_buttons")
def consultation_page_header_buttons(page, user, view_name, next_url=None):
    if _is_consultation(page):
        yield DraftButton(page=page, priority=35)


@hooks.register("register_page_listing_more_buttons")
def consultation_page_listing_more_buttons(page, user, next_url=None):
    if _is_consultation(page):
        yield DraftButton(page=page, priority=45)


@hooks.register("register_log_actions")
def register_consultation_log_actions(actions):
    actions.register_action(
        "kenes_consultations.import", _("Import draft text"), _("Imported a draft text")
    )
    actions.register_action(
        "kenes_consultations.publish_version",
        _("Publish draft version"),
        _("Published a draft version"),
    )
