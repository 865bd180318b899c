"""Editors' screens for a consultation's draft in the Wagtail admin: import a text (DOCX or
pasted, one language at a time), check the elements it was split into, then publish the
version or discard it.

Who may do it follows Wagtail's page permissions: editing the consultation page lets a person
import and check; publishing the version needs the right to publish that page.
"""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.generic import FormView, TemplateView, View
from wagtail import hooks
from wagtail.admin.paginator import WagtailPaginator
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from core.moderation import (
    MODERATE_PERMISSION,
    MODERATION_KIND_HOOK,
    ModerationError,
    ModerationKind,
)
from core.translations import admin_title, admin_title_of

from . import report, selectors
from .forms import (
    DraftImportForm,
    ElementForm,
    ModerationFilterForm,
    RejectForm,
    ResponseForm,
    VersionPublishForm,
)
from .models import Comment, ConsultationPage, DraftElement, DraftVersion
from .parsing import find_problems
from .rules import CommentError
from .services import (
    DraftError,
    comment_publish,
    comment_reject,
    element_delete,
    element_update,
    report_publish,
    responses_record,
    version_discard,
    version_import,
    version_publish,
)
from .views import report_file

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

    @cached_property
    def consultation_title(self) -> str:
        return admin_title_of(self.consultation)

    def get_page_subtitle(self):
        return self.consultation_title

    def get_breadcrumbs_items(self):
        """Home › the consultation (its edit form) › the screens above this one › this one."""
        return [
            *WagtailAdminTemplateMixin.breadcrumbs_items,
            {
                "url": reverse("wagtailadmin_pages:edit", args=[self.consultation.pk]),
                "label": self.consultation_title,
            },
            *self.get_trail(),
            {"url": "", "label": self.get_page_title()},
        ]

    def get_trail(self) -> list[dict]:
        return []

    def draft_trail(self, *, version: bool = False) -> list[dict]:
        pk = self.consultation.pk
        trail = [
            {"url": reverse("consultations_admin:draft", args=[pk]), "label": DraftView.page_title}
        ]
        if version:
            number = self.kwargs["number"]
            trail.append(
                {
                    "url": reverse("consultations_admin:version", args=[pk, number]),
                    "label": _("Version %(number)s") % {"number": number},
                }
            )
        return trail

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
                notes=form.reading.notes(),
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

    def get_trail(self):
        return self.draft_trail()

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
        previous = (
            DraftVersion.objects.filter(consultation=self.consultation, number__lt=version.number)
            .exclude(published_at=None)
            .order_by("-number")
            .first()
        )
        # the match of each element in the previous version, for the editor to check
        before = {e.key: e for e in previous.elements.all()} if previous else {}
        for element in elements:
            element.before = before.get(element.key)
        context.update(
            {
                "version": version,
                "elements": elements,
                "previous": previous,
                "problems": find_problems(elements),
                "detected": import_notes(version),
                "may_publish": self.permissions.can_publish(),
            }
        )
        return context


def import_notes(version: DraftVersion) -> list[dict]:
    """What the import detected in each language's text, as sentences for the review screen:
    [{"code", "language": its name, "notes": [sentence], "contents": [lines left out]}]."""
    sources = {
        "pdf": _("Read from a PDF document."),
        "docx": _("Read from a Word (.docx) document."),
        "text": _("Read from the pasted text."),
    }
    detected = []
    for code, name in settings.LANGUAGES:
        notes = version.import_notes.get(code)
        if not notes:
            continue
        sentences = [sources.get(notes.get("source"), sources["text"])]
        if notes.get("pages"):
            count = notes["pages"]
            sentences.append(
                ngettext("The PDF has %(count)s page.", "The PDF has %(count)s pages.", count)
                % {"count": count}
            )
        if notes.get("source") == "pdf":
            count = notes.get("furniture", 0)
            sentences.append(
                ngettext(
                    "Running headers, footers and page numbers left out: %(count)s line.",
                    "Running headers, footers and page numbers left out: %(count)s lines.",
                    count,
                )
                % {"count": count}
            )
        contents = notes.get("contents") or []
        if contents:
            sentences.append(
                ngettext(
                    "Table of contents skipped: %(count)s line.",
                    "Table of contents skipped: %(count)s lines.",
                    len(contents),
                )
                % {"count": len(contents)}
            )
        if notes.get("joined_titles"):
            count = notes["joined_titles"]
            sentences.append(
                ngettext(
                    "Title read from the line under its heading: %(count)s heading.",
                    "Title read from the line under its heading: %(count)s headings.",
                    count,
                )
                % {"count": count}
            )
        detected.append({"code": code, "language": name, "notes": sentences, "contents": contents})
    return detected


MODERATE = MODERATE_PERMISSION


def moderation_kinds() -> dict[str, ModerationKind]:
    """The other kinds of items in the queue, registered by higher apps, by name."""
    kinds = (make() for make in hooks.get_hooks(MODERATION_KIND_HOOK))
    return {kind.name: kind for kind in kinds}


class ModerationMixin:
    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(MODERATE):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class ModerationQueueView(ModerationMixin, WagtailAdminTemplateMixin, TemplateView):
    """Comments to moderate and to answer, each beside the text it was written on, in the
    language its author read it in.

    One form wraps the list: any comment can be ticked, and the response fields after the
    list (the "Respond to the ticked comments" region) answer every ticked comment at once
    (POST to this screen; `responses_record` decides which comments may take a response).
    Publishing or rejecting one comment is its own small form (`ModerationActionView`), whose
    controls sit in the list and belong to it by their `form` attribute: HTML forms do not
    nest, and this needs no JavaScript."""

    page_title = gettext_lazy("Moderation of comments")
    header_icon = "comment"
    template_name = "consultations/admin/moderation.html"
    paginate_by = 20

    @cached_property
    def filter_form(self) -> ModerationFilterForm:
        consultations = selectors.canonical_consultations().annotate(admin_title=admin_title())
        query = self.request.GET.copy()
        if not any(name in query for name in ModerationFilterForm.base_fields if name != "kind"):
            query["status"] = Comment.Status.PENDING  # the queue starts with what waits
        form = ModerationFilterForm(
            query, consultations=consultations, kinds=moderation_kinds().values()
        )
        form.is_valid()  # an invalid filter is dropped, the valid ones apply
        return form

    @cached_property
    def filters(self) -> dict:
        filters = dict(getattr(self.filter_form, "cleaned_data", {}))
        filters.pop("kind", None)
        return filters

    @cached_property
    def other_kind(self) -> ModerationKind | None:
        """The registered kind the queue shows instead of comments, if one is chosen."""
        name = getattr(self.filter_form, "cleaned_data", {}).get("kind", "")
        return moderation_kinds().get(name)

    def get_page_title(self):
        if self.other_kind is not None:
            return _("Moderation: %(kind)s") % {"kind": self.other_kind.label}
        return super().get_page_title()

    def get_page_subtitle(self):
        consultation = self.filters.get("consultation")
        return consultation.admin_title if consultation else ""

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": "", "label": self.get_page_title(), "sublabel": self.get_page_subtitle()},
        ]

    def get_response_form(self, data=None) -> ResponseForm:
        """The response form; with a consultation chosen, only its comments can be ticked."""
        consultation = self.filters.get("consultation")
        comments = Comment.objects.all()
        if consultation is not None:
            comments = comments.filter(consultation=consultation)
        return ResponseForm(data, comments=comments)

    def post(self, request, *args, **kwargs):
        if self.other_kind is not None:
            raise Http404  # responses are for comments
        form = self.get_response_form(request.POST)
        if form.is_valid():
            try:
                count = responses_record(
                    comments=list(form.cleaned_data["comments"]),
                    decision=form.cleaned_data["decision"],
                    reasoning=form.cleaned_data["reasoning"],
                    changed_element_key=form.cleaned_data["changed_element_key"],
                    by=request.user,
                )
            except CommentError as error:
                form.add_error(None, str(error))
            else:
                messages.success(
                    request,
                    ngettext(
                        "The response is recorded; the author is told.",
                        "The response is recorded for %(count)s comments; their authors are told.",
                        count,
                    )
                    % {"count": count},
                )
                return redirect(_back_to_queue(request))
        messages.error(request, _("The response is not recorded: see what to correct below."))
        ticked = set(request.POST.getlist("comments"))
        return self.render_to_response(self.get_context_data(response_form=form, ticked=ticked))

    def get_context_data(self, *, response_form=None, ticked=frozenset(), **kwargs):
        context = super().get_context_data(**kwargs)
        kind = self.other_kind
        if kind is not None:
            items = kind.items(
                status=self.filters.get("status", ""),
                organisation=self.filters.get("organisation", ""),
            )
            paginator = WagtailPaginator(items, self.paginate_by)
            page = paginator.get_page(self.request.GET.get("p"))
            context.update(
                {
                    "filter_form": self.filter_form,
                    "kind": kind,
                    "items": page,
                    "paginator": paginator,
                    "elided_page_range": paginator.get_elided_page_range(page.number),
                    "reject_form": RejectForm(),
                    "query": self.request.GET.urlencode(),
                }
            )
            return context
        comments = selectors.moderation_queue(**self.filters)
        paginator = WagtailPaginator(comments, self.paginate_by)
        page = paginator.get_page(self.request.GET.get("p"))
        context.update(
            {
                "filter_form": self.filter_form,
                "items": page,
                "paginator": paginator,
                "elided_page_range": paginator.get_elided_page_range(page.number),
                "reject_form": RejectForm(),
                "response_form": response_form or self.get_response_form(),
                "ticked": ticked,
                "query": self.request.GET.urlencode(),
            }
        )
        return context


class RespondView(ModerationQueueView):
    """The response form's former address (POST only): answered as the queue answers it."""

    http_method_names = ["post"]


class ModerationActionView(ModerationMixin, View):
    """Publish or reject one comment (POST), then back to the queue as it was."""

    def post(self, request, comment_id, action):
        if comment_id > MAX_ID:
            raise Http404
        comment = get_object_or_404(Comment, pk=comment_id)
        try:
            if action == "publish":
                comment_publish(comment=comment, by=request.user)
                messages.success(request, _("The comment is published; its author is told."))
            elif action == "reject":
                form = RejectForm(request.POST)
                if not form.is_valid():
                    raise CommentError(_("Choose a reason."))
                comment_reject(
                    comment=comment,
                    reason=form.cleaned_data["reason"],
                    note=form.cleaned_data["note"],
                    by=request.user,
                )
                messages.success(
                    request, _("The comment is not published; its author is told why.")
                )
            else:
                raise Http404
        except CommentError as error:
            messages.error(request, str(error))
        return redirect(_back_to_queue(request))


class KindModerationActionView(ModerationMixin, View):
    """Publish or reject one item of another kind (POST), with the same reasons and note
    as a comment, through its app's services; then back to the queue as it was."""

    def post(self, request, kind, pk, action):
        found = moderation_kinds().get(kind)
        if found is None or pk > MAX_ID:
            raise Http404
        item = found.get(pk)
        if item is None:
            raise Http404
        try:
            if action == "publish":
                found.publish(item, by=request.user)
                messages.success(request, str(found.published_message))
            elif action == "reject":
                form = RejectForm(request.POST)
                if not form.is_valid():
                    raise ModerationError(_("Choose a reason."))
                found.reject(
                    item,
                    reason=form.cleaned_data["reason"],
                    note=form.cleaned_data["note"],
                    by=request.user,
                )
                messages.success(request, str(found.rejected_message))
            else:
                raise Http404
        except ModerationError as error:
            messages.error(request, str(error))
        return redirect(_back_to_queue(request))


def _back_to_queue(request) -> str:
    """The queue with the filters it had: the screen's own query string (the response form
    posts to it), or the one a single comment's form carries (`query`); only a query string,
    never another site."""
    query = request.GET.urlencode() or request.POST.get("query", "")
    url = reverse("consultations_admin:moderation")
    return f"{url}?{query}" if query and "//" not in query else url


class ReportView(ModerationMixin, WagtailAdminTemplateMixin, TemplateView):
    """The table before and after publication: figures, downloads to check, and publishing
    it (once the consultation has closed and every comment is answered)."""

    page_title = gettext_lazy("Table of comments and responses")
    header_icon = "table"
    template_name = "consultations/admin/report.html"

    def dispatch(self, request, *args, **kwargs):
        if kwargs["pk"] > MAX_ID:
            raise Http404
        self.consultation = get_object_or_404(ConsultationPage, pk=kwargs["pk"]).canonical
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def consultation_title(self) -> str:
        return admin_title_of(self.consultation)

    def get_page_subtitle(self):
        return self.consultation_title

    def get_breadcrumbs_items(self):
        """Home › Moderation of comments (of this consultation) › the table."""
        queue = reverse("consultations_admin:moderation")
        return [
            *self.breadcrumbs_items,
            {
                "url": f"{queue}?consultation={self.consultation.pk}&status=",
                "label": ModerationQueueView.page_title,
            },
            {"url": "", "label": self.get_page_title(), "sublabel": self.get_page_subtitle()},
        ]

    def get(self, request, *args, **kwargs):
        file_format = request.GET.get("download")
        if file_format:
            return report_file(self.consultation, file_format, request.GET.get("language", ""))
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        try:
            report_publish(consultation=self.consultation, by=request.user)
        except CommentError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("The report is published on the consultation's page."))
        return redirect("consultations_admin:report", self.consultation.pk)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            {
                "consultation": self.consultation,
                "figures": report.figures(self.consultation),
                "has_report": self.consultation.has_report,
                "languages": settings.LANGUAGES,
            }
        )
        return context


class ElementView(ConsultationMixin, WagtailAdminTemplateMixin, FormView):
    """Correct one element of a version waiting to be published, or remove it."""

    page_title = gettext_lazy("Correct an element")
    header_icon = "edit"
    template_name = "consultations/admin/element.html"
    form_class = ElementForm

    def get_trail(self):
        return self.draft_trail(version=True)

    def get_element(self) -> DraftElement:
        return get_object_or_404(
            DraftElement.objects.select_related("version"),
            version__consultation=self.consultation,
            version__number=self.kwargs["number"],
            version__published_at=None,
            key=self.kwargs["key"],
        )

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        element = self.get_element()
        previous = (
            DraftVersion.objects.filter(
                consultation=self.consultation, number__lt=element.version.number
            )
            .exclude(published_at=None)
            .order_by("-number")
            .first()
        )
        kwargs.update(instance=element, previous=list(previous.elements.all()) if previous else [])
        return kwargs

    def post(self, request, *args, **kwargs):
        if request.POST.get("action") == "delete":
            element = self.get_element()
            element_delete(element=element, by=request.user)
            messages.success(request, _("The element is removed from this version."))
            return redirect(
                "consultations_admin:version", self.consultation.pk, element.version.number
            )
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        try:
            element = element_update(
                element=form.save(commit=False),
                carried_from=form.cleaned_data["carried_from"],
                by=self.request.user,
            )
        except DraftError as error:
            form.add_error(None, str(error))
            return self.form_invalid(form)
        messages.success(self.request, _("The element is corrected."))
        return redirect("consultations_admin:version", self.consultation.pk, element.version.number)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["element"] = self.get_element()
        return context
