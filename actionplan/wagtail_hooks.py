"""The action plan in the Wagtail admin (menu "Action plan": plans with their areas,
measures, UN recommendations, progress reports) and in a person's data.

Who may do what is Wagtail's model permissions (migration 0002): Editors add and change
plans, measures and recommendations; the "Action plan secretariat" records progress
(`actionplan.add_progressreport`) and corrects it. The listings and forms check them.
"""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import (
    CreateView,
    DeleteView,
    EditView,
    SnippetViewSet,
    SnippetViewSetGroup,
)

from accounts.panels import ACCOUNT_PANEL_HOOK
from accounts.personal_data import PERSONAL_DATA_HOOK, PersonalData
from core.moderation import MODERATION_KIND_HOOK, ModerationKind

from . import platform_hooks, selectors, services
from .assessment_views import following_panel
from .models import Assessment, Measure, Plan, ProgressReport, Recommendation


class RecordProgressColumn(Column):
    """A link to record progress on the measure, for those who may."""

    cell_template_name = "actionplan/admin/record_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        request = parent_context.get("request")
        may = request is not None and request.user.has_perm("actionplan.add_progressreport")
        context["record_url"] = (
            reverse("actionplan_progressreport:add") + f"?measure={instance.pk}" if may else ""
        )
        return context


class PlanViewSet(SnippetViewSet):
    model = Plan
    icon = "doc-full"
    menu_label = _("Plans")
    url_namespace = "actionplan_plan"
    url_prefix = "action-plan/plans"
    list_display = ["__str__", "start_year", "end_year", "status"]
    list_filter = ["status"]


class MeasureViewSet(SnippetViewSet):
    model = Measure
    icon = "tasks"
    menu_label = _("Measures")
    url_namespace = "actionplan_measure"
    url_prefix = "action-plan/measures"
    list_display = [
        "__str__",
        "plan",
        "deadline",
        RecordProgressColumn("record", label=_("Progress")),
    ]
    list_filter = ["plan", "area"]
    ordering = ["plan", "order_key", "pk"]
    list_per_page = 50


class RecommendationViewSet(SnippetViewSet):
    model = Recommendation
    icon = "openquote"
    menu_label = _("UN recommendations")
    url_namespace = "actionplan_recommendation"
    url_prefix = "action-plan/recommendations"
    list_display = ["__str__", "mechanism", "year"]
    list_filter = ["mechanism"]


class ProgressReportCreateView(CreateView):
    """The new report names who recorded it, and starts from the measure the staff member
    came from ("Record progress" in the measures' list)."""

    def get_initial_form_instance(self):
        instance = super().get_initial_form_instance() or self.model()
        measure = self.request.GET.get("measure", "")
        if measure.isdigit() and len(measure) < 19:
            instance.measure = Measure.objects.filter(pk=int(measure)).first()
        return instance

    def save_instance(self):
        self.form.instance.recorded_by = self.request.user
        instance = super().save_instance()
        # the contested mark follows the new status, and followers are told of a change
        services.progress_recorded(report=instance)
        return instance


class ProgressReportEditView(EditView):
    def save_instance(self):
        instance = super().save_instance()
        services.progress_changed(measure=instance.measure)
        return instance


class ProgressReportDeleteView(DeleteView):
    def delete_action(self):
        measure = self.object.measure
        super().delete_action()
        services.progress_changed(measure=measure)


class ProgressReportViewSet(SnippetViewSet):
    model = ProgressReport
    icon = "history"
    menu_label = _("Progress reports")
    url_namespace = "actionplan_progressreport"
    url_prefix = "action-plan/progress"
    add_view_class = ProgressReportCreateView
    edit_view_class = ProgressReportEditView
    delete_view_class = ProgressReportDeleteView
    list_display = ["measure", "status", "reported_on", "recorded_by"]
    list_filter = ["status", "measure__plan"]
    ordering = ["-reported_on", "-pk"]


class ActionPlanViewSetGroup(SnippetViewSetGroup):
    items = (PlanViewSet, MeasureViewSet, RecommendationViewSet, ProgressReportViewSet)
    menu_icon = "tasks"
    menu_label = _("Action plan")
    menu_name = "action-plan"
    menu_order = 260
    submenu_hook = platform_hooks.MENU_HOOK  # the import screen (part 2B)


register_snippet(ActionPlanViewSetGroup)


def _export(user) -> dict:
    return {
        "assessments": [
            {
                "measure": f"{a.measure.plan.slug} {a.measure.number}",
                "organisation": a.organisation_name,
                "status": a.assessed_status,
                "observed": a.observed,
                "as_of": a.assessed_on.isoformat(),
                "moderation": a.status,
                "links": [link.url for link in a.links.all()],
                "files": [file.name for file in a.files.all()],
            }
            for a in Assessment.objects.filter(author=user)
            .select_related("measure__plan")
            .prefetch_related("links", "files")
        ],
        "following": [
            f"measure {f.measure.plan.slug} {f.measure.number}"
            if f.measure_id
            else f"area {f.area.plan.slug}: {f.area.title}"
            for f in selectors.follows_of_person(user)
        ],
    }


@hooks.register(PERSONAL_DATA_HOOK)
def action_plan_part():
    return PersonalData(
        name="action_plan",
        holds=["actionplan.Follow.person", "actionplan.Assessment.author"],
        export=_export,
        keeps={
            "actionplan.ProgressReport.recorded_by": "a progress report is the commission's "
            "official record of a measure's status; it stays, without the person who "
            "recorded it",
            "actionplan.Assessment.moderated_by": "what a moderator did for the commission is "
            "the commission's record; it stays, without the person",
        },
    )


# --- NGOs' assessments in the shared moderation queue, following in My account -------------


@hooks.register(MODERATION_KIND_HOOK)
def assessment_moderation_kind():
    return ModerationKind(
        name="assessments",
        label=_("NGO assessments of the action plan"),
        items=selectors.assessment_moderation_queue,
        get=lambda pk: Assessment.objects.filter(pk=pk).first(),
        publish=lambda item, by: services.assessment_publish(assessment=item, by=by),
        reject=lambda item, reason, note, by: services.assessment_reject(
            assessment=item, reason=reason, note=note, by=by
        ),
        item_template="actionplan/admin/moderation_item.html",
        published_message=_("The assessment is published; its author is told."),
        rejected_message=_("The assessment is not published; its author is told why."),
    )


hooks.register(ACCOUNT_PANEL_HOOK, following_panel)


@hooks.register("register_log_actions")
def register_action_plan_log_actions(actions):
    actions.register_action(
        "kenes_actionplan.assessment_submit", _("Submit assessment"), _("Submitted an assessment")
    )
    actions.register_action(
        "kenes_actionplan.assessment_publish",
        _("Publish assessment"),
        _("Published an assessment"),
    )
    actions.register_action(
        "kenes_actionplan.assessment_reject",
        _("Reject assessment"),
        _("Did not publish an assessment"),
    )
    actions.register_action(
        "kenes_actionplan.assessment_withdraw",
        _("Withdraw assessment"),
        _("Withdrew an assessment"),
    )
