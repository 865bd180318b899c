"""A person's own comments and what they follow, in My account: the "My comments" and
"Following" sections (the latest few) and the pages with all of them.

Whether a comment may still be changed or withdrawn is asked of `consultations.rules`; the
links lead to the consultation's own views, which ask again. Stopping a follow goes through
the one-click unsubscribe view, as the link in every following email does.
"""

from django.contrib.auth.decorators import login_required
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from core.pagination import paginate
from core.panels import Panel
from core.translations import first_in_active_language, in_active_language

from . import selectors
from .models import Comment, ConsultationIndexPage, ConsultationPage
from .rules import may_change
from .tokens import unsubscribe_token

COMMENTS_SHOWN = 3  # in My account; the rest are on the page of all the person's comments
COMMENTS_PER_PAGE = 10
FOLLOWS_SHOWN = 5
FOLLOWS_PER_PAGE = 20


def _consultation_index():
    """The list of consultations (in the reader's language where it is translated), for a
    person with nothing there yet."""
    return first_in_active_language(ConsultationIndexPage.objects.live())


def _with_pages(items) -> list:
    """Comments or follows, each with `.page`: its consultation in the reader's language
    where it is translated, else the original (one query)."""
    items = list(items)
    pages = in_active_language(ConsultationPage, [item.consultation for item in items])
    for item in items:
        item.page = pages.get(item.consultation.translation_key, item.consultation)
    return items


def _with_actions(user, comments) -> list:
    comments = _with_pages(comments)
    for comment in comments:
        comment.may_change = may_change(comment, user)
    return comments


def _with_unsubscribe(follows) -> list:
    follows = _with_pages(follows)
    for follow in follows:
        follow.token = unsubscribe_token("follow", follow.pk)
    return follows


def _areas(user) -> list:
    areas = selectors.area_subscriptions_of_person(user)
    for subscription in areas:
        subscription.token = unsubscribe_token("area", subscription.pk)
    return areas


def _statuses(counts) -> list[tuple[str, str, int]]:
    """(status, its name, how many of the person's comments have it), in the model's order."""
    return [(value, label, counts[value]) for value, label in Comment.Status.choices]


class MyCommentsPanel(Panel):
    template_name = "consultations/includes/account_comments.html"
    order = 20
    heading = _("My comments")
    anchor = "my-comments"


def my_comments_panel(request):
    """My account's section: the latest comments with their state and response, and how
    many there are of each state (four queries)."""
    user = request.user
    counts = selectors.comment_counts_of_person(user)
    comments = (
        _with_actions(user, selectors.comments_of_person(user)[:COMMENTS_SHOWN])
        if counts["total"]
        else []
    )
    return MyCommentsPanel(
        request,
        counts=counts,
        statuses=_statuses(counts),
        comments=comments,
        consultation_index=None if counts["total"] else _consultation_index(),
    )


class FollowingPanel(Panel):
    template_name = "consultations/includes/account_following.html"
    order = 30
    heading = _("What I follow")
    anchor = "following"


def following_panel(request):
    """My account's section: the consultations the person follows (the latest few) and the
    legal areas they are told about, each with a way to stop."""
    user = request.user
    follows = selectors.follows_of_person(user)
    shown = _with_unsubscribe(follows[: FOLLOWS_SHOWN + 1])
    areas = _areas(user)
    return FollowingPanel(
        request,
        follows=shown[:FOLLOWS_SHOWN],
        more=len(shown) > FOLLOWS_SHOWN,
        areas=areas,
        consultation_index=None if shown or areas else _consultation_index(),
    )


@login_required
@require_safe
def my_comments(request):
    """All the person's comments, newest first, of one state or all (`status`), paged."""
    user = request.user
    counts = selectors.comment_counts_of_person(user)
    status = request.GET.get("status", "")
    if status not in Comment.Status.values:
        status = ""
    comments = paginate(
        request,
        selectors.comments_of_person(user, status=status),
        per_page=COMMENTS_PER_PAGE,
        anchor="comments-heading",
    )
    _with_actions(user, comments)
    return TemplateResponse(
        request,
        "consultations/my_comments.html",
        {
            "comments": comments,
            "counts": counts,
            "status": status,
            "statuses": _statuses(counts),
            "consultation_index": None if counts["total"] else _consultation_index(),
        },
    )


@login_required
@require_safe
def my_following(request):
    """All the consultations the person follows, paged, and the legal areas."""
    user = request.user
    follows = paginate(
        request,
        selectors.follows_of_person(user),
        per_page=FOLLOWS_PER_PAGE,
        anchor="following-heading",
    )
    _with_unsubscribe(follows)
    return TemplateResponse(
        request,
        "consultations/my_following.html",
        {"follows": follows, "areas": _areas(user)},
    )
