"""Changes to the action plan's records: recording a measure's progress, keeping its
`contested` mark, NGOs' assessments and their moderation, and following measures and areas.

Staff record progress in the admin (the progress report form, `wagtail_hooks.py`), which
validates with the model's `clean()` as `progress_report_record` does; the demo and imports
call this function.
"""

import datetime
from collections.abc import Iterable

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from .models import (
    LANGUAGE_CODES,
    Area,
    Assessment,
    AssessmentFile,
    AssessmentLink,
    Follow,
    Measure,
    MeasureStatus,
    ProgressLink,
    ProgressMaterial,
    ProgressReport,
)
from .rules import AssessmentError, check_may_assess, may_withdraw
from .selectors import assessed_statuses, status_as_of
from .tasks import send_assessment_email, send_status_email
from .tokens import read_unsubscribe_token


def progress_report_record(
    *,
    measure: Measure,
    status: str,
    reported_on: datetime.date,
    done: dict[str, str],
    materials: Iterable = (),
    links: Iterable[tuple[str, str]] = (),
    by=None,
) -> ProgressReport:
    """A new status of `measure` from `reported_on`, with what was done (`{"kk": ..., "ru":
    ...}`), library materials and (title, url) links as evidence. Raises ValidationError
    (with the field's message) for an unknown status, a date to come or no text at all;
    nothing is saved then."""
    report = ProgressReport(
        measure=measure,
        status=status,
        reported_on=reported_on,
        recorded_by=by,
        **{f"done_{code}": done.get(code, "") for code in LANGUAGE_CODES},
    )
    report.materials = [ProgressMaterial(material=material) for material in materials]
    report.links = [ProgressLink(title=title, url=url) for title, url in links]
    report.full_clean(exclude=["recorded_by"])
    with transaction.atomic():
        report.save()
        progress_recorded(report=report)
    return report


def is_contested(*, official: str, assessed: Iterable[str]) -> bool:
    """The one rule: a measure is contested when any published NGO assessment gives it
    another status than the official one."""
    return any(status != official for status in assessed)


def measure_contested_refresh(*, measure: Measure, assessed: Iterable[str]) -> bool:
    """Mark `measure` contested or not from the statuses of its published assessments
    (`assessed`) against its official status today. Part 2 calls this when an assessment is
    published or withdrawn and when a progress report changes the official status. Returns
    the new value."""
    with transaction.atomic():
        official = (
            Measure.objects.filter(pk=measure.pk)
            .select_for_update()
            .annotate(official=status_as_of(timezone.localdate()))
            .values_list("official", flat=True)
            .get()
        )
        contested = is_contested(official=official, assessed=list(assessed))
        if contested != measure.contested:
            measure.contested = contested
            measure.save(update_fields=["contested"])
    return contested


def contested_refresh(measure: Measure) -> bool:
    """`measure_contested_refresh` from the measure's published assessments."""
    return measure_contested_refresh(measure=measure, assessed=assessed_statuses(measure))


def official_status_today(measure: Measure, *, without: int | None = None) -> str:
    """The measure's official status today (leaving out the report `without`)."""
    today = timezone.localdate()
    reports = ProgressReport.objects.filter(measure=measure, reported_on__lte=today)
    if without is not None:
        reports = reports.exclude(pk=without)
    latest = reports.order_by("-reported_on", "-pk").values_list("status", flat=True).first()
    return latest or MeasureStatus.NOT_STARTED.value


def progress_recorded(*, report: ProgressReport) -> None:
    """After a new progress report: the measure's `contested` mark follows the new official
    status, and when the report changed the status today, the people who follow the measure
    or its area are emailed (after the commit). The admin's form and
    `progress_report_record` both call it."""
    measure = report.measure
    contested_refresh(measure)
    now = official_status_today(measure)
    if now != official_status_today(measure, without=report.pk):
        notify_followers(measure=measure, report=report)


def progress_changed(*, measure: Measure) -> None:
    """After a report was corrected or deleted: the `contested` mark follows."""
    contested_refresh(measure)


# --- NGOs' assessments and their moderation -------------------------------------------------


def assessment_submit(
    *,
    measure: Measure,
    person,
    organisation,
    assessed_status: str,
    observed: str,
    assessed_on: datetime.date,
    links: Iterable[str] = (),
    files: Iterable = (),
) -> Assessment:
    """A member's assessment of a measure on behalf of their verified organisation. It waits
    for a moderator (pre-moderation: a published assessment can mark the measure contested
    on the public dashboard). `files` are uploads already checked by their content
    (`forms.AssessmentForm`); they are stored beside the library's files."""
    if assessed_status not in MeasureStatus.values:
        raise AssessmentError(_("Choose a status."))
    if not observed.strip():
        raise AssessmentError(_("Write what your organisation observed."))
    with transaction.atomic():
        locked = Measure.objects.select_for_update().select_related("plan").get(pk=measure.pk)
        check_may_assess(person=person, organisation=organisation, measure=locked)
        assessment = Assessment.objects.create(
            measure=locked,
            author=person,
            author_name=person.full_name or person.email,
            organisation=organisation,
            organisation_name=organisation.name,
            assessed_status=assessed_status,
            observed=observed.strip(),
            language=Assessment.language_of(observed),
            assessed_on=assessed_on,
            status=Assessment.Status.PENDING,
        )
        AssessmentLink.objects.bulk_create(
            AssessmentLink(assessment=assessment, url=url) for url in links
        )
        for upload in files:
            AssessmentFile.objects.create(
                assessment=assessment,
                file=upload,
                name=upload.name,
                content_type=getattr(upload, "detected_type", "application/octet-stream"),
                size=upload.size,
            )
        log(instance=assessment, action="kenes_actionplan.assessment_submit", user=person)
    return assessment


def _email_after_commit(assessment: Assessment, template: str) -> None:
    assessment_id = assessment.pk
    transaction.on_commit(
        lambda: send_assessment_email.enqueue(assessment_id=assessment_id, template=template)
    )


def assessment_publish(*, assessment: Assessment, by) -> Assessment:
    """A moderator publishes an assessment (waiting, or refused by mistake): it shows on the
    measure page, and the measure is contested if it disagrees with the official status."""
    with transaction.atomic():
        locked = Assessment.objects.select_for_update().get(pk=assessment.pk)
        if not locked.may_be_published:
            raise AssessmentError(_("Only an assessment awaiting moderation can be published."))
        locked.mark_published(by=by)
        locked.save()
        contested_refresh(locked.measure)
        log(instance=locked, action="kenes_actionplan.assessment_publish", user=by)
        _email_after_commit(locked, "assessment_published")
    return locked


def assessment_reject(*, assessment: Assessment, reason: str, note: str, by) -> Assessment:
    """A moderator does not publish an assessment (or takes a published one down), with a
    reason from the shared list and a note; the author is told why, and the measure's
    `contested` mark no longer counts it."""
    if reason not in Assessment.Reason.values:
        raise AssessmentError(_("Choose a reason."))
    with transaction.atomic():
        locked = Assessment.objects.select_for_update().get(pk=assessment.pk)
        if not locked.may_be_rejected:
            raise AssessmentError(_("This assessment cannot be rejected now."))
        locked.mark_rejected(reason=reason, note=note, by=by)
        locked.save()
        contested_refresh(locked.measure)
        log(instance=locked, action="kenes_actionplan.assessment_reject", user=by)
        _email_after_commit(locked, "assessment_rejected")
    return locked


def assessment_withdraw(*, assessment: Assessment, person) -> Assessment:
    """The author takes back an assessment that waits for moderation: it leaves the
    moderators' queue and is never shown (published assessments stay; see `may_withdraw`)."""
    with transaction.atomic():
        locked = Assessment.objects.select_for_update().get(pk=assessment.pk)
        if not may_withdraw(person, locked):
            raise AssessmentError(_("This assessment can no longer be withdrawn."))
        locked.status = Assessment.Status.WITHDRAWN
        locked.save(update_fields=["status"])
        log(instance=locked, action="kenes_actionplan.assessment_withdraw", user=person)
    return locked


# --- following measures and areas ----------------------------------------------------------


def follow_set(*, person, measure: Measure | None = None, area: Area | None = None, on: bool):
    """Follow a measure or an area (or stop). A second click at once changes nothing."""
    target = {"measure": measure} if measure is not None else {"area": area}
    if on:
        try:
            with transaction.atomic():
                Follow.objects.get_or_create(person=person, **target)
        except IntegrityError:
            pass
    else:
        Follow.objects.filter(person=person, **target).delete()


def notify_followers(*, measure: Measure, report: ProgressReport) -> None:
    """Queue one email for each person who follows the measure or its area (once, if they
    follow both), after the current transaction commits."""
    follows = Follow.objects.filter(Q(measure=measure) | Q(area_id=measure.area_id)).order_by(
        "measure_id", "pk"
    )
    chosen: dict[int, int] = {}
    for pk, person_id in follows.values_list("pk", "person_id"):
        chosen.setdefault(person_id, pk)
    ids, report_id = list(chosen.values()), report.pk
    transaction.on_commit(
        lambda: [send_status_email.enqueue(follow_id=pk, report_id=report_id) for pk in ids]
    )


def unsubscribe(token: str) -> str | None:
    """Undo the follow a token names; its description, or None for a bad token.
    Idempotent: a second click finds nothing to undo and says so the same way."""
    pk = read_unsubscribe_token(token)
    if pk is None:
        return None
    Follow.objects.filter(pk=pk).delete()
    return _("You no longer follow this part of the action plan.")
