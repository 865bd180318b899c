"""Staff screens of the action plan beyond the snippets' forms: importing a plan's measures from
a spreadsheet (upload, preview, import) and its template.

Who may: whoever may add and change measures (Editors, migration 0002); the "Action plan
secretariat" records progress, not the plan itself, and gets Wagtail's "permission denied".

The preview keeps the uploaded file in the cache for an hour, under a key only its uploader's
"Import" can use; the import reads it again against the database as it is then, so it saves
exactly what a preview of that moment shows, and nothing when a row has an error.
"""

import secrets

from django import forms
from django.contrib import messages
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.generic import FormView, View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from core.parameters import is_plain_key
from library.validation import XLSX

from .imports import MAX_FILE_SIZE, ImportRefused, plan_import, read_plan_file, template_xlsx
from .models import Plan

PERMISSIONS = ("actionplan.add_measure", "actionplan.change_measure")
KEPT_FOR = 60 * 60


def may_import(user) -> bool:
    return user.is_active and user.has_perms(PERMISSIONS)


class PlanChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.title} ({obj.start_year}–{obj.end_year})"


class ImportForm(forms.Form):
    plan = PlanChoiceField(
        label=gettext_lazy("Plan"),
        queryset=Plan.objects.order_by("-start_year", "slug"),
        empty_label=None,
        error_messages={"invalid_choice": gettext_lazy("Choose one of the plans.")},
    )
    file = forms.FileField(
        label=gettext_lazy("Spreadsheet (XLSX)"),
        help_text=gettext_lazy(
            "One row per measure, with the template's headings in the first row. At most 5 MB."
        ),
        error_messages={
            "required": gettext_lazy("Choose the XLSX file to import."),
            "empty": gettext_lazy("The file is empty."),
        },
    )

    def clean_file(self):
        file = self.cleaned_data["file"]
        if file.size > MAX_FILE_SIZE:
            raise forms.ValidationError(
                _("The file is larger than 5 MB: import the plan in parts.")
            )
        return file


def _key(user, token: str) -> str:
    return f"kenes-actionplan-import:{user.pk}:{token}"


class ImportMixin(WagtailAdminTemplateMixin):
    """Who may import (`may_import`), and the screens' title and breadcrumbs."""

    page_title = gettext_lazy("Import measures")
    header_icon = "upload"

    def dispatch(self, request, *args, **kwargs):
        if not may_import(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def preview(self, reading, *, token: str = "", form=None):
        self.template_name = "actionplan/admin/import_preview.html"
        return self.render_to_response(
            self.get_context_data(reading=reading, token=token, form=form)
        )


class ImportView(ImportMixin, FormView):
    """The upload form; a file sent is read and previewed, and nothing is saved."""

    template_name = "actionplan/admin/import_upload.html"
    form_class = ImportForm

    def form_valid(self, form):
        data = form.cleaned_data["file"].read()
        reading = read_plan_file(plan=form.cleaned_data["plan"], data=data)
        token = ""
        if not reading.has_errors and reading.to_save:
            token = secrets.token_urlsafe(16)
            kept = {"plan": reading.plan.pk, "data": data}
            cache.set(_key(self.request.user, token), kept, KEPT_FOR)
        return self.preview(reading, token=token, form=form)


class ImportConfirmView(ImportMixin, View):
    """Import the previewed file: read again, saved only when every row is right."""

    http_method_names = ["post"]

    def post(self, request):
        token = request.POST.get("token", "")
        kept = cache.get(_key(request.user, token)) if is_plain_key(token) else None
        plan = Plan.objects.filter(pk=kept["plan"]).first() if kept else None
        if plan is None:
            messages.error(
                request,
                _("This preview has expired or was already imported. Upload the file again."),
            )
            return redirect("actionplan_admin:import")
        reading = read_plan_file(plan=plan, data=kept["data"])
        try:
            created, updated = plan_import(reading=reading)
        except ImportRefused as error:
            messages.error(request, str(error))
            return self.preview(reading)
        cache.delete(_key(request.user, token))
        new = ngettext("%(count)s new measure", "%(count)s new measures", len(created))
        changed = ngettext("%(count)s measure changed", "%(count)s measures changed", len(updated))
        messages.success(
            request,
            _("Imported into “%(plan)s”: %(created)s, %(updated)s.")
            % {
                "plan": plan.title,
                "created": new % {"count": len(created)},
                "updated": changed % {"count": len(updated)},
            },
        )
        return redirect("actionplan_measure:list")


class ImportTemplateView(ImportMixin, View):
    """The template: the headings, and a plan's measures as they are when `?plan=` names one."""

    http_method_names = ["get", "head"]

    def get(self, request):
        value = request.GET.get("plan", "")
        plan = None
        if value.isdigit() and len(value) < 18:
            plan = Plan.objects.filter(pk=int(value)).first()
        response = HttpResponse(template_xlsx(plan=plan), content_type=XLSX.mime)
        name = f"action-plan-{plan.slug}.xlsx" if plan else "action-plan-measures.xlsx"
        response["Content-Disposition"] = content_disposition_header(True, name)
        return response
