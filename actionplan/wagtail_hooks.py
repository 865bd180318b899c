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
from wagtail.snippets.views.snippets import CreateView, SnippetViewSet, SnippetViewSetGroup

from accounts.personal_data import PERSONAL_DATA_HOOK, PersonalData

from .models import Measure, Plan, ProgressReport, Recommendation


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
        return super().save_instance()


class ProgressReportViewSet(SnippetViewSet):
    model = ProgressReport
    icon = "history"
    menu_label = _("Progress reports")
    url_namespace = "actionplan_progressreport"
    url_prefix = "action-plan/progress"
    add_view_class = ProgressReportCreateView
    list_display = ["measure", "status", "reported_on", "recorded_by"]
    list_filter = ["status", "measure__plan"]
    ordering = ["-reported_on", "-pk"]


class ActionPlanViewSetGroup(SnippetViewSetGroup):
    items = (PlanViewSet, MeasureViewSet, RecommendationViewSet, ProgressReportViewSet)
    menu_icon = "tasks"
    menu_label = _("Action plan")
    menu_name = "action-plan"
    menu_order = 260


register_snippet(ActionPlanViewSetGroup)


@hooks.register(PERSONAL_DATA_HOOK)
def action_plan_part():
    return PersonalData(
        name="action_plan",
        holds=[],
        export=lambda user: None,
        keeps={
            "actionplan.ProgressReport.recorded_by": "a progress report is the commission's "
            "official record of a measure's status; it stays, without the person who "
            "recorded it",
        },
    )
