"""The consultations app in the Wagtail admin (the draft screens, a "Text of the draft"
button on consultation pages, the moderation queue), its sections of My account (the
person's comments, what they follow) and its parts of a person's data."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import include, path, reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem

from accounts.panels import ACCOUNT_PANEL_HOOK
from accounts.personal_data import PERSONAL_DATA_HOOK, PersonalData

from . import admin_urls
from .account_views import following_panel, my_comments_panel
from .models import AreaSubscription, Comment, ConsultationPage, Follow


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
        yield ReportButton(page=page, priority=36)


class ReportButton(PageMenuItem):
    label = _("Table of comments and responses")
    icon_name = "table"
    url_name = "consultations_admin:report"

    def is_shown(self, user):
        return user.has_perm("consultations.moderate_comment")


@hooks.register("register_page_listing_more_buttons")
def consultation_page_listing_more_buttons(page, user, next_url=None):
    if _is_consultation(page):
        yield DraftButton(page=page, priority=45)
        yield ReportButton(page=page, priority=46)


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
    actions.register_action(
        "kenes_consultations.comment_publish", _("Publish comment"), _("Published a comment")
    )
    actions.register_action(
        "kenes_consultations.comment_reject", _("Reject comment"), _("Did not publish a comment")
    )
    actions.register_action(
        "kenes_consultations.respond", _("Respond to comment"), _("Recorded a response")
    )
    actions.register_action(
        "kenes_consultations.publish_report", _("Publish report"), _("Published the report")
    )
    actions.register_action(
        "kenes_consultations.discard_version",
        _("Discard draft version"),
        _("Discarded a draft version"),
    )
    actions.register_action(
        "kenes_consultations.comment_edit", _("Change comment"), _("Changed a comment")
    )
    actions.register_action(
        "kenes_consultations.comment_withdraw", _("Withdraw comment"), _("Withdrew a comment")
    )


class ModerationMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("consultations.moderate_comment")


@hooks.register("register_admin_menu_item")
def register_moderation_menu_item():
    return ModerationMenuItem(
        _("Moderation"),  # comments on drafts and NGOs' assessments: one queue
        reverse_lazy("consultations_admin:moderation"),
        icon_name="comment",
        name="consultation-comments",
        order=250,
    )


@hooks.register("before_delete_page")
def keep_consultations_with_comments(request, page):
    """A consultation people commented on is not deleted: their comments, the responses and
    the table would vanish. Unpublish it instead."""
    if not _is_consultation(page):
        return None
    original = page.specific.canonical
    if original.pk != page.pk or not original.comments.exists():
        return None
    messages.error(
        request,
        _(
            "People have commented on this consultation, so it cannot be deleted. Unpublish it "
            "if it should no longer be shown."
        ),
    )
    return redirect("wagtailadmin_pages:edit", page.pk)


# --- My account: the person's comments and what they follow ---------------------------------

hooks.register(ACCOUNT_PANEL_HOOK, my_comments_panel)
hooks.register(ACCOUNT_PANEL_HOOK, following_panel)


# --- the person's data ----------------------------------------------------------------------


def _comments(user) -> list[dict]:
    comments = (
        Comment.objects.filter(author=user)
        .select_related("consultation", "element", "version", "response")
        .order_by("pk")
    )
    return [
        {
            "consultation": comment.consultation.title,
            "version": comment.version.number,
            "on": comment.element.label if comment.element_id else None,
            "organisation": comment.organisation_name or None,
            "remark": comment.remark,
            "justification": comment.justification,
            "proposed_wording": comment.proposed_wording,
            "status": comment.status,
            "written": comment.created_at.isoformat(),
            "response": (
                {
                    "decision": comment.response.decision,
                    "reasoning": comment.response.reasoning,
                    "answered": comment.response.responded_at.isoformat(),
                }
                if hasattr(comment, "response")
                else None
            ),
        }
        for comment in comments
    ]


def _follows(user) -> list[dict]:
    return [
        {"consultation": follow.consultation.title, "since": follow.created_at.isoformat()}
        for follow in Follow.objects.filter(person=user).select_related("consultation")
    ]


def _area_subscriptions(user) -> list[dict]:
    return [
        {"legal_area": subscription.legal_area.name, "since": subscription.created_at.isoformat()}
        for subscription in AreaSubscription.objects.filter(person=user).select_related(
            "legal_area"
        )
    ]


STAFF_RECORD = (
    "what a staff member did for the commission is the commission's record of the "
    "consultation; it stays, without the person"
)


@hooks.register(PERSONAL_DATA_HOOK)
def comments_part():
    return PersonalData(
        name="comments",
        holds=["consultations.Comment.author"],
        export=_comments,
        keeps={
            "consultations.Comment.moderated_by": STAFF_RECORD,
            "consultations.Response.responded_by": STAFF_RECORD,
            "consultations.Report.published_by": STAFF_RECORD,
            "consultations.DraftVersion.created_by": STAFF_RECORD,
        },
    )


@hooks.register(PERSONAL_DATA_HOOK)
def follows_part():
    return PersonalData(name="follows", holds=["consultations.Follow.person"], export=_follows)


@hooks.register(PERSONAL_DATA_HOOK)
def area_subscriptions_part():
    return PersonalData(
        name="legal_area_subscriptions",
        holds=["consultations.AreaSubscription.person"],
        export=_area_subscriptions,
    )
