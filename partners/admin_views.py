"""The commission's verification queue in the Wagtail admin (staff views, apart from the
visitor views in views.py)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet

from .forms import ORGANISATION_FIELDS, DecisionForm
from .models import Organisation
from .permissions import can_decide
from .services import PartnersError, organisation_decide


class DecideColumn(Column):
    cell_template_name = "partners/admin/decide_cell.html"


class DecideView(WagtailAdminTemplateMixin, FormView):
    """Verify, reject or suspend one organisation, with a reason; shows every past decision."""

    form_class = DecisionForm
    template_name = "partners/admin/decide.html"
    index_url_name = "partners_organisation:index"

    def dispatch(self, request, *args, **kwargs):
        if not can_decide(request.user):
            raise PermissionDenied
        self.organisation = get_object_or_404(Organisation, pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Decision on %(name)s") % {"name": self.organisation.name}

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse(self.index_url_name), "label": gettext_lazy("Organisations")},
            {"url": "", "label": self.organisation.name},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["organisation"] = self.organisation
        context["representatives"] = self.organisation.memberships.filter(
            role="representative", status="active"
        ).select_related("user")
        context["decisions"] = self.organisation.decisions.select_related("decided_by")
        return context

    def form_valid(self, form):
        try:
            decision = organisation_decide(
                organisation=self.organisation,
                outcome=form.cleaned_data["outcome"],
                reason=form.cleaned_data["reason"],
                by=self.request.user,
            )
        except PartnersError as error:
            form.add_error(None, str(error))
            return self.form_invalid(form)
        messages.success(
            self.request,
            _("%(name)s: %(decision)s. The representative has been told by email.")
            % {"name": self.organisation.name, "decision": decision.get_outcome_display()},
        )
        return redirect(self.index_url_name)


class OrganisationViewSet(ModelViewSet):
    """Organisations in the admin: the queue to verify (filter by status, kind, region;
    search by name or BIN) and the place to correct an organisation's details."""

    model = Organisation
    icon = "group"
    menu_label = gettext_lazy("Organisations")
    menu_order = 250
    add_to_admin_menu = True
    list_filter = ["status", "kind", "region"]
    search_fields = ["name_kk", "name_ru", "name_en", "bin"]
    ordering = ["-created_at"]
    form_fields = ORGANISATION_FIELDS
    list_display = [
        "name",
        "kind",
        "region",
        "bin",
        "status",
        "created_at",
        DecideColumn("decide", label=gettext_lazy("Decision")),
    ]

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("decide/<int:pk>/", DecideView.as_view(), name="decide"),
        ]
