"""Editors' screens for a consultation's draft in the Wagtail admin: import a text (DOCX or
pasted, one language at a time), check the elements it was split into, then publish the
version or discard it.

Who may do it follows Wagtail's page permissions: editing the consultation page lets a person
import and check; publishing the version needs the right to publish that page.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .forms import DraftImportForm, VersionPublishForm
from .models import ConsultationPage, DraftVersion
from .parsing import find_problems
from .services import DraftError, version_discard, version_import, version_publish

MAX_ID = 2**63 - 1


class ConsultationMixin:
    """Loads the consultation's original page as `self.consultation`; a person who may not
    edit it gets Wagtail's "permission denied"."""

    def dispatch(self, request, *args, **kwargs):
        if kwargs["pk"] > MAX_ID:
            raise PermissionDenied
        page = get_object_or_404(ConsultationPage, pk=kwargs["pk"])
        self.consultation = page.canonical
        self.permissions = self.consultation.permissions_for_user(request.user)
        if not self.permissions.can_edit():
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.consultation.get_admin_display_title()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["consultation"] = self.consultation
        return context


class DraftView(ConsultationMixin, WagtailAdminTemplateMixin, FormView):
    """The versions of the draft, and the form to import a text into the next one."""

    page_title = gettext_lazy("Text of the draft")
    header_icon = "doc-full"
    template_name = "consultations/admin/draft.html"
    form_class = DraftImportForm

    def form_valid(self, form):
        try:
            version = version_import(
                consultation=self.consultation,
                language=form.cleaned_data["language"],
                elements=form.elements,
                by=self.request.user,
            )
        except DraftError as error:
            form.add_error(None, str(error))
            return self.form_invalid(form)
        messages.success(
            self.request,
            _("The text was split into %(count)s parts. Check them, then publish the version.")
            % {"count": len(form.elements)},
        )
        return redirect("consultations_admin:version", self.consultation.pk, version.number)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["versions"] = DraftVersion.objects.filter(consultation=self.consultation).order_by(
            "-number"
        )
        return context


class VersionView(ConsultationMixin, WagtailAdminTemplateMixin, FormView):
    """One version, element by element, with what looks wrong; publish or discard it."""

    page_title = gettext_lazy("Check the version")
    header_icon = "doc-full"
    template_name = "consultations/admin/version.html"
    form_class = VersionPublishForm

    def get_version(self) -> DraftVersion:
        return get_object_or_404(
            DraftVersion, consultation=self.consultation, number=self.kwargs["number"]
        )

    def post(self, request, *args, **kwargs):
        version = self.get_version()
        if request.POST.get("action") == "discard":
            try:
                version_discard(version=version, by=request.user)
            except DraftError as error:
                messages.error(request, str(error))
                return redirect("consultations_admin:version", self.consultation.pk, version.number)
            messages.success(request, _("The imported version was discarded."))
            return redirect("consultations_admin:draft", self.consultation.pk)
        if not self.permissions.can_publish():
            raise PermissionDenied
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        version = self.get_version()
        try:
            version_publish(version=version, note=form.cleaned_data["note"], by=self.request.user)
        except DraftError as error:
            form.add_error(None, str(error))
            return self.form_invalid(form)
        messages.success(
            self.request,
            _("Version %(number)s is published: readers see it now.") % {"number": version.number},
        )
        return redirect("consultations_admin:draft", self.consultation.pk)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        version = self.get_version()
        elements = list(version.elements.all())
        context.update(
            {
                "version": version,
                "elements": elements,
                "problems": find_problems(elements),
                "may_publish": self.permissions.can_publish(),
            }
        )
        return context
