"""Every change to a consultation's draft: one function each, one transaction each."""

import difflib

from django.db import transaction
from django.db.models import Max
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from .following import notify_followers
from .models import (
    Comment,
    ConsultationPage,
    DraftElement,
    DraftVersion,
    Report,
    Response,
    new_key,
)
from .parsing import ParsedElement
from .rules import CommentError, check_may_comment, may_change
from .tasks import send_comment_email

LANGUAGES = ("kk", "ru", "en")


class DraftError(Exception):
    """A rule about the draft was broken; the message is for the editor."""


ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
# How alike an article's text must stay to keep its identifier under the same number.
SAME_ARTICLE_RATIO = 0.4


def _number(number: str) -> str:
    """ "II" and "2" are the same chapter (Russian drafts write Roman, Kazakh ones Arabic)."""
    if number and set(number) <= set(ROMAN):
        values = [ROMAN[letter] for letter in number]
        total = sum(
            -value if index + 1 < len(values) and value < values[index + 1] else value
            for index, value in enumerate(values)
        )
        return str(total)
    return number


def _identities(elements) -> list[tuple[str, str, int]]:
    """(kind, number, occurrence) for each element: what makes an element "the same" in two
    languages of a version (a number written twice counts its occurrences)."""
    seen: dict[tuple[str, str], int] = {}
    result = []
    for element in elements:
        base = (element.kind, _number(element.number))
        seen[base] = seen.get(base, 0) + 1
        result.append((*base, seen[base]))
    return result


def _same_title(before: str, after: str) -> bool:
    """Whether two titles are the same one, written alike (case, spaces, a final full stop)."""

    def plain(title: str) -> str:
        return " ".join(title.casefold().split()).rstrip(".")

    return bool(plain(before)) and plain(before) == plain(after)


def _inherited_keys(previous, parsed_elements, language: str) -> list[str | None]:
    """For each parsed element, the key of the same element in the previous version, if any.
    First by identical text (so an article renumbered by an insertion keeps its key), then by
    kind and number where the title stayed the same, however much the text changed (an
    article rewritten under its number and title is still that article), or, without the
    same title, where the text stayed alike (so an article reworded keeps its key, while a new
    article that took a number does not take its comments). The editor sees every match on
    the review screen and can correct it (`element_update`)."""
    if previous is None:
        return [None] * len(parsed_elements)
    old = list(previous.elements.all())
    taken: set[str] = set()
    keys: list[str | None] = [None] * len(parsed_elements)
    for index, parsed in enumerate(parsed_elements):
        for element in old:
            if (
                element.key not in taken
                and element.kind == parsed.kind
                and getattr(element, f"text_{language}") == parsed.text
                and getattr(element, f"title_{language}") == parsed.title[:500]
            ):
                keys[index] = element.key
                taken.add(element.key)
                break
    for index, parsed in enumerate(parsed_elements):
        if keys[index] is not None:
            continue
        for element in old:
            if element.key in taken or (element.kind, _number(element.number)) != (
                parsed.kind,
                _number(parsed.number),
            ):
                continue
            before = getattr(element, f"text_{language}")
            if (
                not before
                or _same_title(getattr(element, f"title_{language}"), parsed.title[:500])
                or difflib.SequenceMatcher(a=before, b=parsed.text, autojunk=False).ratio()
                >= SAME_ARTICLE_RATIO
            ):
                keys[index] = element.key
                taken.add(element.key)
            break
    return keys


def version_import(
    *,
    consultation: ConsultationPage,
    language: str,
    elements: list[ParsedElement],
    by,
    notes: dict | None = None,
) -> DraftVersion:
    """Put an imported text (in one language) into the version waiting to be published,
    creating it when there is none. New elements keep the key of the same element in the
    latest published version (see `_inherited_keys`), so anchors and comments carry over; an
    element already in the waiting version (same kind, number and occurrence) gets this
    language's title and text. `notes`: what the reading detected (`DraftReading.notes`),
    kept per language for the review screen."""
    if language not in LANGUAGES:
        raise DraftError(_("Choose the language of the text."))
    if not elements:
        raise DraftError(_("The text is empty."))
    consultation = consultation.canonical
    with transaction.atomic():
        # one import at a time per consultation
        ConsultationPage.objects.select_for_update(of=("self",)).get(pk=consultation.pk)
        versions = DraftVersion.objects.filter(consultation=consultation)
        waiting = versions.filter(published_at=None).order_by("-number").first()
        if waiting is None:
            number = (versions.aggregate(n=Max("number"))["n"] or 0) + 1
            waiting = DraftVersion.objects.create(
                consultation=consultation, number=number, created_by=by
            )
        previous = versions.exclude(published_at=None).order_by("-number").first()
        inherited = _inherited_keys(previous, elements, language)
        current = list(waiting.elements.all())
        existing = dict(zip(_identities(current), current, strict=True))
        position = max((e.position for e in current), default=0)
        used_keys = {e.key for e in current}
        for parsed, identity, key in zip(elements, _identities(elements), inherited, strict=True):
            element = existing.get(identity)
            if element is None:
                position += 1
                if key is None or key in used_keys:
                    key = new_key()
                element = DraftElement(
                    version=waiting,
                    key=key,
                    position=position,
                    kind=parsed.kind,
                    number=parsed.number,
                )
                used_keys.add(key)
            setattr(element, f"title_{language}", parsed.title[:500])
            setattr(element, f"text_{language}", parsed.text)
            element.save()
        waiting.import_notes = {**waiting.import_notes, language: notes or {}}
        waiting.save(update_fields=["import_notes"])
        log(instance=consultation, action="kenes_consultations.import", user=by)
    return waiting


def version_publish(*, version: DraftVersion, note: str, by) -> DraftVersion:
    """Publish the waiting version: from now on it is the text readers see and comment on;
    the earlier versions stay readable."""
    with transaction.atomic():
        # the same lock as an import, so no element joins a version as it is published
        ConsultationPage.objects.select_for_update(of=("self",)).get(pk=version.consultation_id)
        locked = DraftVersion.objects.select_for_update().get(pk=version.pk)
        if locked.published_at is not None:
            raise DraftError(_("This version is already published."))
        if not locked.elements.filter(kind=DraftElement.Kind.ARTICLE).exists():
            raise DraftError(_("A version needs at least one article."))
        locked.published_at = timezone.now()
        locked.note = note.strip()
        locked.save(update_fields=["published_at", "note"])
        log(instance=locked.consultation, action="kenes_consultations.publish_version", user=by)
        notify_followers(consultation=locked.consultation, template="new_version")
    version.refresh_from_db()
    return version


def version_discard(*, version: DraftVersion, by) -> None:
    """Throw away a version that was imported but not published."""
    with transaction.atomic():
        deleted, _counts = DraftVersion.objects.filter(pk=version.pk, published_at=None).delete()
        if not deleted:
            raise DraftError(_("A published version cannot be discarded."))
        log(instance=version.consultation, action="kenes_consultations.discard_version", user=by)


def comment_create(
    *,
    consultation: ConsultationPage,
    element: DraftElement | None,
    person,
    organisation,
    remark: str,
    justification: str = "",
    proposed_wording: str = "",
    language: str = "",
) -> Comment:
    """A comment on the latest published version (on one of its elements, or the whole
    draft). Published at once under post-moderation, else waiting for a moderator.

    `language`: the language the person reads the draft in (default: the active one). The
    comment records the language of the text they were shown (the element's text in that
    language, or the one it falls back to), so that moderators read it beside that text."""
    reader = language if language in LANGUAGES else translation.get_language()
    if reader not in LANGUAGES:
        reader = LANGUAGES[0]
    consultation = consultation.canonical
    with transaction.atomic():
        locked = ConsultationPage.objects.select_for_update(of=("self",)).get(pk=consultation.pk)
        check_may_comment(consultation=locked, person=person, organisation=organisation)
        version = (
            DraftVersion.objects.filter(consultation=locked)
            .exclude(published_at=None)
            .order_by("-number")
            .first()
        )
        if version is None or (element is not None and element.version_id != version.pk):
            raise CommentError(_("This text has changed: comment on the current version."))
        now = timezone.now()
        published = locked.moderation == ConsultationPage.Moderation.POST
        comment = Comment.objects.create(
            consultation=locked,
            version=version,
            element=element,
            author=person,
            author_name=person.full_name or person.email,
            organisation=organisation,
            organisation_name=organisation.name if organisation else "",
            remark=remark,
            justification=justification,
            proposed_wording=proposed_wording,
            language=element.language_shown(reader) if element else reader,
            status=Comment.Status.PUBLISHED if published else Comment.Status.PENDING,
            published_at=now if published else None,
        )
    return comment


def comment_edit(
    *, comment: Comment, person, remark: str, justification: str, proposed_wording: str
):
    with transaction.atomic():
        locked = (
            Comment.objects.select_for_update().select_related("consultation").get(pk=comment.pk)
        )
        if not may_change(locked, person):
            raise CommentError(_("This comment can no longer be changed."))
        locked.remark, locked.justification = remark, justification
        locked.proposed_wording = proposed_wording
        locked.save(update_fields=["remark", "justification", "proposed_wording", "updated_at"])
        log(instance=locked, action="kenes_consultations.comment_edit", user=person)
    return locked


def comment_withdraw(*, comment: Comment, person) -> None:
    with transaction.atomic():
        locked = (
            Comment.objects.select_for_update().select_related("consultation").get(pk=comment.pk)
        )
        if not may_change(locked, person):
            raise CommentError(_("This comment can no longer be withdrawn."))
        locked.status = Comment.Status.WITHDRAWN
        locked.save(update_fields=["status", "updated_at"])
        log(instance=locked, action="kenes_consultations.comment_withdraw", user=person)


def _refuse_after_report(consultation_id: int) -> None:
    """The published table is final: nothing that would change it is accepted."""
    if Report.objects.filter(consultation_id=consultation_id).exists():
        raise CommentError(_("The table of comments and responses is published: it is final."))


def _email_after_commit(comment: Comment, template: str) -> None:
    comment_id = comment.pk
    transaction.on_commit(
        lambda: send_comment_email.enqueue(comment_id=comment_id, template=template)
    )


def comment_publish(*, comment: Comment, by) -> Comment:
    """A moderator publishes a comment waiting for moderation (or one rejected by mistake)."""
    with transaction.atomic():
        locked = Comment.objects.select_for_update().get(pk=comment.pk)
        _refuse_after_report(locked.consultation_id)
        if not locked.may_be_published:
            raise CommentError(_("Only a comment awaiting moderation can be published."))
        locked.mark_published(by=by)
        locked.save()
        log(instance=locked, action="kenes_consultations.comment_publish", user=by)
        _email_after_commit(locked, "comment_published")
    return locked


def comment_reject(*, comment: Comment, reason: str, note: str, by) -> Comment:
    """A moderator does not publish a comment, with a reason from the list (and a note): the
    author is told why, and the page counts it in its moderation summary."""
    if reason not in Comment.Reason.values:
        raise CommentError(_("Choose a reason."))
    with transaction.atomic():
        locked = Comment.objects.select_for_update().get(pk=comment.pk)
        _refuse_after_report(locked.consultation_id)
        if not locked.may_be_rejected:
            raise CommentError(_("This comment cannot be rejected now."))
        if hasattr(locked, "response"):
            raise CommentError(_("This comment has an official response: it stays published."))
        locked.mark_rejected(reason=reason, note=note, by=by)
        locked.save()
        log(instance=locked, action="kenes_consultations.comment_reject", user=by)
        _email_after_commit(locked, "comment_rejected")
    return locked


def responses_record(
    *, comments: list[Comment], decision: str, reasoning: str, changed_element_key: str = "", by
) -> int:
    """Record the commission's decision on published comments (several alike comments at
    once, with one reasoning); each author is emailed. Returns how many were answered."""
    if decision not in Response.Decision.values:
        raise CommentError(_("Choose a decision."))
    if not reasoning.strip():
        raise CommentError(_("Write the reasoning of the decision."))
    with transaction.atomic():
        locked = list(Comment.objects.select_for_update().filter(pk__in=[c.pk for c in comments]))
        for consultation_id in {c.consultation_id for c in locked}:
            _refuse_after_report(consultation_id)
            if (
                changed_element_key
                and not DraftElement.objects.filter(
                    version__consultation_id=consultation_id, key=changed_element_key
                ).exists()
            ):
                raise CommentError(
                    _("No part of this draft has the identifier %(key)s.")
                    % {"key": changed_element_key}
                )
        if any(c.status != Comment.Status.PUBLISHED for c in locked):
            raise CommentError(_("Only published comments get an official response."))
        for comment in locked:
            Response.objects.update_or_create(
                comment=comment,
                defaults={
                    "decision": decision,
                    "reasoning": reasoning.strip(),
                    "changed_element_key": changed_element_key,
                    "responded_by": by,
                },
            )
            log(instance=comment, action="kenes_consultations.respond", user=by)
            _email_after_commit(comment, "response")
    return len(locked)


def report_publish(*, consultation: ConsultationPage, by) -> Report:
    """Publish the comment-and-response table of a closed consultation. Every published
    comment must have its response first; nothing is published half-answered."""
    consultation = consultation.canonical
    with transaction.atomic():
        locked = ConsultationPage.objects.select_for_update(of=("self",)).get(pk=consultation.pk)
        if timezone.now() < locked.closes_at:
            raise CommentError(_("The report is published once the consultation has closed."))
        if Report.objects.filter(consultation=locked).exists():
            raise CommentError(_("The report is already published."))
        waiting = Comment.objects.filter(consultation=locked, status=Comment.Status.PENDING)
        unanswered = Comment.objects.published().filter(consultation=locked, response=None)
        if waiting.exists() or unanswered.exists():
            raise CommentError(
                _(
                    "Moderate and answer every comment first: %(pending)s awaiting moderation, "
                    "%(unanswered)s published without a response."
                )
                % {"pending": waiting.count(), "unanswered": unanswered.count()}
            )
        report = Report.objects.create(consultation=locked, published_by=by)
        log(instance=locked, action="kenes_consultations.publish_report", user=by)
        notify_followers(consultation=locked, template="report")
    return report


def element_update(*, element: DraftElement, carried_from: str, by) -> DraftElement:
    """Save an editor's correction of an element of a waiting version; `carried_from` (a
    key of the previous version, or "") decides its identifier."""
    with transaction.atomic():
        version = DraftVersion.objects.select_for_update().get(pk=element.version_id)
        if version.published_at is not None:
            raise DraftError(_("A published version cannot be changed."))
        element.key = carried_from or (
            element.key if not _key_of_previous(version, element.key) else new_key()
        )
        element.save()
    return element


def element_delete(*, element: DraftElement, by) -> None:
    with transaction.atomic():
        version = DraftVersion.objects.select_for_update().get(pk=element.version_id)
        if version.published_at is not None:
            raise DraftError(_("A published version cannot be changed."))
        element.delete()


def _key_of_previous(version: DraftVersion, key: str) -> bool:
    """Whether `key` belongs to an element of an earlier version (then a "new element"
    must not keep it)."""
    return DraftElement.objects.filter(
        version__consultation_id=version.consultation_id,
        version__number__lt=version.number,
        key=key,
    ).exists()
