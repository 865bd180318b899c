"""The site's own admin wiring: the footer snippet, the audit log's name for the copy of a
page's shared facts to its translations, what the CMS keeps about the staff who use it, and
the script that starts Wagtail's date choosers without inline scripts."""

from django.templatetags.static import static
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from accounts.personal_data import PERSONAL_DATA_HOOK, PersonalData
from core.translations import SHARED_FIELDS_ACTION

from .models import FooterText


class FooterTextViewSet(SnippetViewSet):
    model = FooterText
    icon = "list-ul"
    menu_label = _("Footer text")
    list_display = ["__str__", "locale"]


register_snippet(FooterTextViewSet)


@hooks.register("insert_global_admin_js")
def date_choosers_without_inline_scripts():
    """See static/js/admin-choosers.js and kenes/templates/wagtailadmin/widgets/. The
    chooser addresses are for wagtail-localize's translation editor, whose inline script
    that sets them the Content-Security-Policy refuses."""
    return format_html(
        '<script src="{}" data-image-chooser="{}" data-document-chooser="{}" '
        'data-page-chooser="{}" defer></script>',
        static("js/admin-choosers.js"),
        reverse("wagtailimages_chooser:choose"),
        reverse("wagtaildocs_chooser:choose"),
        reverse("wagtailadmin_choose_page"),
    )


@hooks.register("register_log_actions")
def register_site_log_actions(actions):
    actions.register_action(
        SHARED_FIELDS_ACTION,
        _("Take the original's dates and settings"),
        _("Took the dates and settings of the original page"),
    )


EDITORIAL_RECORD = (
    "the CMS's record of who edited, published, translated, uploaded or commented on what, for "
    "the commission's editors; it stays, without the person (the audit log keeps the id of a "
    "deleted account and names it as deleted)"
)
EDITORIAL_COMMENT = (
    "an editor's comment on a page draft, for the other editors: deleted with the account"
)
PERSONAL_SETTING = "an editor's notification setting for a page: deleted with the account"


@hooks.register(PERSONAL_DATA_HOOK)
def editorial_part():
    """Staff work in Wagtail's admin. Its records are the commission's, about its pages."""
    return PersonalData(
        name="editorial",
        holds=[],
        export=lambda user: None,
        keeps={
            "wagtailcore.Page.owner": EDITORIAL_RECORD,
            "wagtailcore.Page.locked_by": EDITORIAL_RECORD,
            "wagtailcore.Revision.user": EDITORIAL_RECORD,
            "wagtailcore.PageLogEntry.user": EDITORIAL_RECORD,
            "wagtailcore.ModelLogEntry.user": EDITORIAL_RECORD,
            "wagtailcore.WorkflowState.requested_by": EDITORIAL_RECORD,
            "wagtailcore.TaskState.finished_by": EDITORIAL_RECORD,
            "wagtailcore.Comment.user": EDITORIAL_COMMENT,
            "wagtailcore.Comment.resolved_by": EDITORIAL_RECORD,
            "wagtailcore.CommentReply.user": EDITORIAL_COMMENT,
            "wagtailcore.UploadedFile.uploaded_by_user": EDITORIAL_RECORD,
            "wagtaildocs.Document.uploaded_by_user": EDITORIAL_RECORD,
            "wagtailimages.Image.uploaded_by_user": EDITORIAL_RECORD,
            "wagtail_localize.StringTranslation.last_translated_by": EDITORIAL_RECORD,
            "wagtail_localize.SegmentOverride.last_translated_by": EDITORIAL_RECORD,
            "wagtailcore.PageSubscription.user": PERSONAL_SETTING,
        },
    )
