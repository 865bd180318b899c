"""Changes to the action plan's records: recording a measure's progress, and keeping its
`contested` mark.

Staff record progress in the admin (the progress report form, `wagtail_hooks.py`), which
validates with the model's `clean()` as `progress_report_record` does; the demo and imports
call this function.
"""

import datetime
from collections.abc import Iterable

from django.db import transaction
from django.utils import timezone

from .models import (
    LANGUAGE_CODES,
    Measure,
    ProgressLink,
    ProgressMaterial,
    ProgressReport,
)
from .selectors import status_as_of


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
