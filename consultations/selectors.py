"""Reads of consultations and their drafts, with their joins, defined once."""

import re

from django.conf import settings
from django.db.models import (
    Case,
    Count,
    DateTimeField,
    Exists,
    F,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    Subquery,
    Value,
    When,
    Window,
)
from django.db.models.functions import Coalesce, RowNumber
from django.utils import timezone, translation

from core.translations import admin_title

from .models import (
    AreaSubscription,
    Comment,
    ConsultationPage,
    DraftVersion,
    Follow,
    Report,
    Response,
)


def open_consultations(*, locale, limit: int, now=None) -> list[ConsultationPage]:
    """The drafts open for comment in one language (the home page's), closing soonest first,
    each with `published_comments` on its original, in one query."""
    now = now or timezone.now()
    comments = (
        Comment.objects.published()
        .filter(consultation__translation_key=OuterRef("translation_key"))
        .order_by()
        .values("consultation__translation_key")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return list(
        ConsultationPage.objects.live()
        .public()
        .filter(locale=locale, opens_at__lte=now, closes_at__gt=now)
        .select_related("legal_area")
        .annotate(
            reported=Exists(
                Report.objects.filter(consultation__translation_key=OuterRef("translation_key"))
            ),
            published_comments=Coalesce(Subquery(comments, output_field=IntegerField()), 0),
        )
        .filter(reported=False)
        .order_by("closes_at", "pk")[:limit]
    )


def consultation_list(*, index, status: str = "", area=None, now=None):
    """The consultations of an index page: open ones first (closing soonest first), then
    those not open yet, then closed ones (latest first); filtered by status and area."""
    now = now or timezone.now()
    consultations = (
        ConsultationPage.objects.child_of(index).live().public().select_related("legal_area")
    )
    conditions = {
        ConsultationPage.Status.OPEN: Q(opens_at__lte=now, closes_at__gt=now),
        ConsultationPage.Status.UPCOMING: Q(opens_at__gt=now),
        ConsultationPage.Status.CLOSED: Q(closes_at__lte=now, reported=False),
        ConsultationPage.Status.REPORTED: Q(reported=True),
    }
    consultations = consultations.annotate(
        reported=Exists(
            Report.objects.filter(consultation__translation_key=OuterRef("translation_key"))
        )
    )
    if status in conditions:
        consultations = consultations.filter(conditions[status])
    if area is not None:
        consultations = consultations.filter(legal_area=area)
    return consultations.annotate(
        group=Case(
            When(conditions[ConsultationPage.Status.OPEN], then=Value(0)),
            When(conditions[ConsultationPage.Status.UPCOMING], then=Value(1)),
            default=Value(2),
            output_field=IntegerField(),
        ),
        coming=Case(When(closes_at__gt=now, then=F("closes_at")), output_field=DateTimeField()),
    ).order_by("group", F("coming").asc(nulls_last=True), "-closes_at", "-pk")


def published_versions(consultation: ConsultationPage) -> list[DraftVersion]:
    return list(
        DraftVersion.objects.filter(consultation=consultation.canonical)
        .exclude(published_at=None)
        .order_by("number")
    )


def version_to_read(consultation: ConsultationPage, number: str | None):
    """The published version asked for (by number), else the latest; with its elements.
    Returns (version or None, all published versions)."""
    versions = published_versions(consultation)
    if not versions:
        return None, versions
    chosen = versions[-1]
    if number and re.fullmatch(r"[0-9]{1,5}", number):
        chosen = next((v for v in versions if v.number == int(number)), chosen)
    chosen.element_list = list(chosen.elements.all())
    # headings: chapters h3, a code's paragraphs h4 in a chapter, articles one level under
    # the chapter or paragraph they are in (h3 before the first one); the contents: one list
    # per chapter or paragraph, [(chapter or paragraph or article, [its articles])]; the
    # anchors of the articles by number, for the references in the text (draft_text)
    chapter_level = container_level = 2
    chosen.contents = []
    chosen.article_anchors = {}
    reader = translation.get_language()
    # the languages the draft's text exists in, and the one each element is shown in
    chosen.languages = [
        code
        for code, _name in settings.LANGUAGES
        if any(getattr(element, f"text_{code}") for element in chosen.element_list)
    ]
    for element in chosen.element_list:
        element.shown_in = element.language_shown(reader)
        if element.kind == element.Kind.PREAMBLE:
            element.heading_level = 3
            continue
        if element.kind == element.Kind.CHAPTER:
            element.heading_level = chapter_level = container_level = 3
        elif element.kind == element.Kind.PARAGRAPH:
            element.heading_level = container_level = chapter_level + 1
        else:
            element.heading_level = container_level + 1
            chosen.article_anchors.setdefault(element.number, element.anchor)
        if element.kind == element.Kind.ARTICLE and container_level > 2:
            chosen.contents[-1][1].append(element)
        else:
            chosen.contents.append((element, []))
    return chosen, versions


def published_comment_counts(consultation: ConsultationPage) -> dict:
    """{element key: number of published comments} over all versions ("" for comments on
    the whole draft), in one query."""
    rows = (
        Comment.objects.published()
        .filter(consultation=consultation)
        .values("element__key")
        .annotate(n=Count("pk"))
    )
    return {row["element__key"] or "": row["n"] for row in rows}


def visible_comments(*, consultation: ConsultationPage, person):
    """What a reader may see: published comments, and the person's own in any state. Never
    another person's comment waiting for moderation."""
    comments = Comment.objects.filter(consultation=consultation)
    if person.is_authenticated:
        comments = comments.filter(Q(status=Comment.Status.PUBLISHED) | Q(author=person))
    else:
        comments = comments.published()
    return comments.for_listing().order_by("pk")


def own_comments(*, consultation: ConsultationPage, person) -> list:
    """The person's comments that are not published (waiting, withdrawn, not published)."""
    if not person.is_authenticated:
        return []
    return list(
        Comment.objects.filter(consultation=consultation, author=person)
        .exclude(status=Comment.Status.PUBLISHED)
        .for_listing()
        .order_by("-pk")
    )


def canonical_consultations():
    """Every consultation once (its original page, not the translations), newest first."""
    earlier = ConsultationPage.objects.filter(
        translation_key=OuterRef("translation_key"), pk__lt=OuterRef("pk")
    )
    return ConsultationPage.objects.filter(~Exists(earlier)).order_by("-opens_at", "-pk")


def moderation_queue(*, consultation=None, status="", article="", organisation=""):
    """Comments for moderators, oldest first, with the text they were written on and
    `consultation_title`, the consultation's title in the admin's language."""
    comments = Comment.objects.select_related(
        "consultation", "element", "version", "organisation", "response"
    ).annotate(consultation_title=admin_title("consultation"))
    if consultation is not None:
        comments = comments.filter(consultation=consultation)
    if status:
        comments = comments.filter(status=status)
    if article:
        comments = comments.filter(element__kind="article", element__number=article.strip())
    if organisation:
        comments = comments.filter(organisation_name__icontains=organisation.strip())
    return comments.order_by("pk")


def moderation_summary(consultation: ConsultationPage) -> dict:
    """What moderation did, for the public: comments published, waiting, and not published
    by reason (withdrawn ones are the authors' own choice and are not counted)."""
    rows = (
        Comment.objects.filter(consultation=consultation)
        .values("status", "rejection_reason")
        .annotate(n=Count("pk"))
    )
    summary = {"published": 0, "pending": 0, "rejected": 0, "reasons": []}
    reasons = dict(Comment.Reason.choices)
    for row in rows:
        if row["status"] in ("published", "pending"):
            summary[row["status"]] += row["n"]
        elif row["status"] == Comment.Status.REJECTED:
            summary["rejected"] += row["n"]
            summary["reasons"].append((reasons.get(row["rejection_reason"], "—"), row["n"]))
    return summary


def comments_behind_changes(consultation: ConsultationPage, *, older: int, newer: int) -> dict:
    """{element key: [comments]}: the published comments whose response accepted them (in
    full or in part), under the element the response names as carrying the change, else
    under the element they were written on (its key is the same in every version). One
    query."""
    comments = (
        Comment.objects.published()
        .filter(
            consultation=consultation,
            response__decision__in=[Response.Decision.ACCEPTED, Response.Decision.PARTLY],
            # written on a version the newer one could answer
            version__number__gte=older,
            version__number__lt=newer,
        )
        .select_related("response", "element")
        .order_by("pk")
    )
    led_to = {}
    for comment in comments:
        key = comment.response.changed_element_key or (
            comment.element.key if comment.element else ""
        )
        if key:
            led_to.setdefault(key, []).append(comment)
    return led_to


def following_state(*, consultation: ConsultationPage, person) -> dict:
    """Whether the person follows the consultation and its legal area (two queries)."""
    if not person.is_authenticated:
        return {"consultation": False, "area": False}
    return {
        "consultation": Follow.objects.filter(person=person, consultation=consultation).exists(),
        "area": consultation.legal_area_id is not None
        and AreaSubscription.objects.filter(
            person=person, legal_area=consultation.legal_area_id
        ).exists(),
    }


LATEST_UNDER_ARTICLE = 2


def latest_comments_by_element(consultation: ConsultationPage) -> dict:
    """{element key: [the latest published comments on it]}, a few per element, for the
    draft page (one query with a window function, however many comments there are; the
    rest are on the paginated comments page)."""
    ranked = (
        Comment.objects.published()
        .filter(consultation=consultation)
        .exclude(element=None)
        .annotate(rank=Window(RowNumber(), partition_by=F("element__key"), order_by=F("pk").desc()))
        .filter(rank__lte=LATEST_UNDER_ARTICLE)
        .select_related("element", "version", "response")
        .order_by("pk")
    )
    latest = {}
    for comment in ranked:
        latest.setdefault(comment.element.key, []).append(comment)
    return latest


# A person's own comments and follows, for My account (consultations/account_views.py)


def _consultations_with_report():
    """Consultations with `reported` read in the same query, so that their status (and the
    rules that ask it) needs no query per consultation."""
    return ConsultationPage.objects.annotate(
        reported=Exists(
            Report.objects.filter(consultation__translation_key=OuterRef("translation_key"))
        )
    )


def comments_of_person(person, *, status: str = ""):
    """The person's own comments (of one status, when given), newest first: with the part of
    the draft and the version they were written on, the commission's response, and their
    consultation (two queries for a page of them)."""
    comments = Comment.objects.filter(author=person)
    if status:
        comments = comments.filter(status=status)
    return (
        comments.select_related("element", "version", "response")
        .prefetch_related(Prefetch("consultation", queryset=_consultations_with_report()))
        .order_by("-pk")
    )


def comment_counts_of_person(person) -> dict:
    """How many comments the person wrote, by status, and how many have a response (one
    query): {"total": n, "pending": n, "published": n, "rejected": n, "withdrawn": n,
    "answered": n}."""
    return Comment.objects.filter(author=person).aggregate(
        total=Count("pk"),
        answered=Count("response"),
        **{status: Count("pk", filter=Q(status=status)) for status in Comment.Status.values},
    )


def follows_of_person(person):
    """The consultations the person follows, latest followed first, each with its original
    page (and `reported`)."""
    return (
        Follow.objects.filter(person=person)
        .prefetch_related(Prefetch("consultation", queryset=_consultations_with_report()))
        .order_by("-created_at", "-pk")
    )


def area_subscriptions_of_person(person) -> list:
    """The legal areas the person is told of new consultations in (a short fixed list)."""
    return list(
        AreaSubscription.objects.filter(person=person)
        .select_related("legal_area")
        .order_by("legal_area__code")
    )
