"""What visitors see: the list of consultations and one consultation with its draft."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.http import content_disposition_header, url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods
from wagtail import hooks

from core.panels import ordered
from core.parameters import is_plain_key

from . import following, report, selectors
from .diff import compare
from .forms import CommentForm, ConsultationFilterForm
from .hooks import CONSULTATION_PAGE_PANEL_HOOK
from .models import (
    CONSULTATIONS_PER_PAGE,
    Comment,
    DraftElement,
    DraftVersion,
    Response,
)
from .rules import CommentError, may_change, may_comment, window_message
from .services import comment_create, comment_edit, comment_withdraw


def consultation_index_context(request, *, index) -> dict:
    form = ConsultationFilterForm(request.GET or None)
    form.is_valid()  # an invalid filter is dropped, the valid ones apply
    filters = getattr(form, "cleaned_data", {})
    consultations = selectors.consultation_list(
        index=index, status=filters.get("status", ""), area=filters.get("area")
    )
    return {
        "filter_form": form,
        "consultations": Paginator(consultations, CONSULTATIONS_PER_PAGE).get_page(
            request.GET.get("page")
        ),
        "is_filtered": bool(filters.get("status") or filters.get("area")),
    }


def text_pages(page, version) -> list:
    """When the draft's text is not in the page's language: [(language name, this page in a
    language the text exists in, or None)], for the note that says so and links there."""
    if version is None or page.locale.language_code in version.languages:
        return []
    translations = {
        other.locale.language_code: other
        for other in page.get_translations().live().select_related("locale")
    }
    names = dict(settings.LANGUAGES)
    return [(code, names[code], translations.get(code)) for code in version.languages]


def consultation_context(request, page) -> dict:
    version, versions = selectors.version_to_read(page, request.GET.get("version"))
    consultation = page.canonical
    return {
        "version": version,
        "versions": versions,
        "text_pages": text_pages(page, version),
        "is_latest": version is not None and version == versions[-1],
        "window_message": window_message(consultation),
        "comment_counts": selectors.published_comment_counts(consultation),
        "latest_comments": selectors.latest_comments_by_element(consultation),
        "my_comments": selectors.own_comments(consultation=consultation, person=request.user),
        "moderation": selectors.moderation_summary(consultation),
        "following": selectors.following_state(consultation=consultation, person=request.user),
        # other apps' boxes (the action plan: the measures the consultation implements)
        "panels": ordered(
            make(request, consultation) for make in hooks.get_hooks(CONSULTATION_PAGE_PANEL_HOOK)
        ),
    }


COMMENTS_PER_PAGE = 20


def _current_version(page):
    return (
        DraftVersion.objects.filter(consultation=page.canonical)
        .exclude(published_at=None)
        .order_by("-number")
        .first()
    )


@require_http_methods(["GET", "POST"])
def comment(request, page, key: str | None = None):
    """The comment form, for the whole draft or one element of the current version (the
    "Comment" link beside each article leads here: no text selection, works by keyboard)."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    consultation = page.canonical
    version = _current_version(page)
    if version is None:
        raise Http404
    element = None
    if key is not None:
        element = get_object_or_404(DraftElement, version=version, key=key)
    message = window_message(consultation)
    if message and request.method == "GET":
        messages.error(request, message)
        return redirect(page.url)
    form = CommentForm(request.POST or None, user=request.user, consultation=consultation)
    if request.method == "POST" and message:
        form.add_error(None, message)  # closed meanwhile: the text stays on the screen
    elif request.method == "POST" and request.POST.get("version") != str(version.number):
        form.add_error(
            None,
            _(
                "A new version of the draft was published while you were writing. Check the "
                "text below, then send your comment again."
            ),
        )
    elif request.method == "POST" and form.is_valid():
        try:
            created = comment_create(
                consultation=consultation,
                element=element,
                person=request.user,
                organisation=form.cleaned_data.get("organisation"),
                remark=form.cleaned_data["remark"],
                justification=form.cleaned_data["justification"],
                proposed_wording=form.cleaned_data["proposed_wording"],
                language=request.LANGUAGE_CODE,  # the text shown above the form
            )
        except CommentError as error:
            form.add_error(None, str(error))
        else:
            if created.status == Comment.Status.PUBLISHED:
                messages.success(request, _("Thank you: your comment is published."))
            else:
                messages.success(
                    request,
                    _(
                        "Thank you: your comment is sent. It will be published once a "
                        "moderator has checked it; until then you can change or withdraw it."
                    ),
                )
            anchor = f"#{element.anchor}" if element else "#draft-heading"
            return redirect(page.url + anchor)
    return TemplateResponse(
        request,
        "consultations/comment_form.html",
        {
            "page": page,
            "form": form,
            "element": element,
            "version": version,
            "may_comment": may_comment(consultation, request.user),
        },
    )


def _own_comment(request, page, comment_id: int) -> Comment:
    comment = get_object_or_404(
        Comment.objects.select_related("element", "consultation"),
        pk=comment_id,
        consultation=page.canonical,
    )
    if comment.author_id != request.user.pk:
        raise Http404  # another person's comment
    return comment


@require_http_methods(["GET", "POST"])
def comment_edit_view(request, page, comment_id: int):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    comment = _own_comment(request, page, comment_id)
    if not may_change(comment, request.user):
        messages.error(request, _("This comment can no longer be changed."))
        return redirect(page.url)
    form = CommentForm(request.POST or None, instance=comment)
    if request.method == "POST" and form.is_valid():
        try:
            comment_edit(
                comment=comment,
                person=request.user,
                remark=form.cleaned_data["remark"],
                justification=form.cleaned_data["justification"],
                proposed_wording=form.cleaned_data["proposed_wording"],
            )
        except CommentError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Your comment is changed."))
            return redirect(page.url)
    return TemplateResponse(
        request,
        "consultations/comment_form.html",
        {
            "page": page,
            "form": form,
            "element": comment.element,
            "editing": comment,
            "may_comment": True,
        },
    )


@require_http_methods(["GET", "POST"])
def comment_withdraw_view(request, page, comment_id: int):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    comment = _own_comment(request, page, comment_id)
    if request.method == "POST":
        try:
            comment_withdraw(comment=comment, person=request.user)
        except CommentError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("Your comment is withdrawn."))
        return redirect(page.url)
    return TemplateResponse(
        request, "consultations/comment_withdraw.html", {"page": page, "comment": comment}
    )


def comment_list(request, page):
    """The published comments (and the person's own others), paginated; by element."""
    consultation = page.canonical
    comments = selectors.visible_comments(consultation=consultation, person=request.user)
    decision = request.GET.get("decision", "")
    if decision in Response.Decision.values:
        comments = comments.filter(response__decision=decision)
    element = None
    key = request.GET.get("element", "")
    if key:
        elements = DraftElement.objects.filter(version__consultation=consultation, key=key)
        element = elements.first() if is_plain_key(key) else None
        comments = comments.filter(element__key=key) if element else comments.none()
    return TemplateResponse(
        request,
        "consultations/comments.html",
        {
            "page": page,
            "element": element,
            "decision": decision,
            "decisions": Response.Decision.choices,
            "comments": Paginator(comments, COMMENTS_PER_PAGE).get_page(request.GET.get("page")),
        },
    )


def changes(request, page):
    """What changed between two published versions, with the comments that led to each
    change beside it."""
    versions = selectors.published_versions(page)
    if len(versions) < 2:
        raise Http404
    by_number = {str(v.number): v for v in versions}
    newer = by_number.get(request.GET.get("to", ""), versions[-1])
    older = by_number.get(request.GET.get("from", ""), versions[versions.index(newer) - 1])
    if older.number >= newer.number:  # asked the wrong way round, or twice the same
        newer = max(older, newer, key=lambda v: v.number)
        if newer == versions[0]:
            newer = versions[1]
        older = versions[versions.index(newer) - 1]
    diff = compare(list(older.elements.all()), list(newer.elements.all()))
    led_to = selectors.comments_behind_changes(
        page.canonical, older=older.number, newer=newer.number
    )
    for change in diff:
        change.comments = led_to.get(change.key, [])
    return TemplateResponse(
        request,
        "consultations/changes.html",
        {
            "page": page,
            "older": older,
            "newer": newer,
            "versions": versions,
            "changes": [c for c in diff if c.status != "unchanged"],
            "unchanged": sum(1 for c in diff if c.status == "unchanged"),
        },
    )


REPORT_ROWS_PER_PAGE = 50


def report_page(request, page):
    """The published comment-and-response table with its figures, and its downloads."""
    if not page.canonical.has_report:
        raise Http404
    language = request.LANGUAGE_CODE
    return TemplateResponse(
        request,
        "consultations/report.html",
        {
            "page": page,
            "figures": report.figures(page),
            "rows": Paginator(report.rows(page, language), REPORT_ROWS_PER_PAGE).get_page(
                request.GET.get("page")
            ),
            "headings": report.headings(),
            "languages": settings.LANGUAGES,
        },
    )


def report_download(request, page, file_format: str):
    """The table as XLSX or DOCX, in the language asked for (published reports only; staff
    preview theirs in the admin)."""
    if not page.canonical.has_report:
        raise Http404
    return report_file(page, file_format, request.GET.get("language", ""))


def report_file(page, file_format: str, language: str) -> HttpResponse:
    if language not in dict(settings.LANGUAGES):
        language = settings.LANGUAGE_CODE
    makers = {
        "xlsx": (
            report.xlsx,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ),
        "docx": (
            report.docx,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ),
    }
    if file_format not in makers:
        raise Http404
    make, content_type = makers[file_format]
    response = HttpResponse(make(page.canonical, language), content_type=content_type)
    response["Content-Disposition"] = content_disposition_header(
        True, f"comments-{page.canonical.pk}-{language}.{file_format}"
    )
    return response


@csrf_exempt  # RFC 8058 one-click: the mail client posts, the signed token is the proof
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token: str):
    """The link at the foot of following emails: a button (GET), or done at once (POST)."""
    return unsubscribe_answer(request, token, undo=following.unsubscribe)


def unsubscribe_answer(request, token: str, *, undo):
    """The one-click unsubscribe of any following emails (the action plan's too): a button
    (GET), or `undo(token)` at once (POST; its message, or None for a token that is not one)."""
    if request.method == "POST":
        message = undo(token)
        if message is None:
            raise Http404
        back = request.POST.get("next", "")
        if back and url_has_allowed_host_and_scheme(
            back, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        ):
            # the "Stop following" buttons in My account: back to the list, with the message
            messages.success(request, message)
            return redirect(back)
        return TemplateResponse(request, "consultations/unsubscribed.html", {"message": message})
    if len(token) > 200:
        raise Http404
    return TemplateResponse(request, "consultations/unsubscribe.html", {"token": token})


@require_http_methods(["POST"])
def follow(request, page):
    """Follow the consultation (or stop), or subscribe to its legal area (or stop)."""
    if not request.user.is_authenticated:
        return redirect_to_login(page.url)
    on = request.POST.get("on") == "1"
    if request.POST.get("what") == "area" and page.canonical.legal_area is not None:
        following.area_subscribe(person=request.user, area=page.canonical.legal_area, subscribe=on)
        messages.success(
            request,
            _("You will be told of new consultations in this legal area.")
            if on
            else _("You will no longer be told of new consultations in this legal area."),
        )
    else:
        following.follow_set(person=request.user, consultation=page, follow=on)
        messages.success(
            request,
            _("You follow this consultation: new versions and the report come by email.")
            if on
            else _("You no longer follow this consultation."),
        )
    return redirect(page.url)
