"""Every figure of the action plan and every listing of its measures, defined once.

The dashboard, the plans' index and (part 2) the CSV/XLSX/JSON exports read them here, so a
press statement, the page, its table and a download say the same number.

The rule: a measure's status as of a date is the status of its latest progress report dated
on or before that date (the one recorded last when two share the date), and "not started"
before its first. A plan's implemented share as of a date is the number of its measures
implemented then over the number not cancelled then (a cancelled measure is no longer
expected of anyone); partly implemented measures are not counted as implemented.
"""

import datetime
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Exists, OuterRef, Prefetch, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext as _

from library.access import decide, may_see_card, viewer_for
from partners.models import Organisation

from .models import (
    ActionPlanIndexPage,
    Area,
    Assessment,
    AssessmentFile,
    AssessmentLink,
    Follow,
    Measure,
    MeasureRecommendation,
    MeasureStatus,
    Plan,
    ProgressLink,
    ProgressMaterial,
    ProgressReport,
)

NOT_STARTED = MeasureStatus.NOT_STARTED.value
IMPLEMENTED = MeasureStatus.IMPLEMENTED.value
CANCELLED = MeasureStatus.CANCELLED.value
# Neither implemented nor cancelled by its deadline: overdue.
DONE_WITH = {IMPLEMENTED, CANCELLED}
# The longest list the dashboard shows in its "overdue" and "contested" sections; the
# filtered list of measures below has them all, page by page.
SHORT_LIST = 10


def percent_of(part: int, whole: int) -> int:
    """A whole percentage, rounded half up (40 for 4 of 10, 33 for 1 of 3, 67 for 2 of 3)."""
    if not whole:
        return 0
    return int((Decimal(part * 100) / Decimal(whole)).quantize(Decimal(1), ROUND_HALF_UP))


@dataclass
class Share:
    """Implemented measures of some group (an area, a body, a quarter) as of a date."""

    label: str
    implemented: int = 0
    counted: int = 0  # measures not cancelled
    key: object = None  # the area's or body's id, the quarter's end, the status's value

    @property
    def percent(self) -> int:
        return percent_of(self.implemented, self.counted)


@dataclass
class Figures:
    """A plan's figures as of a date."""

    plan: Plan
    as_of: datetime.date
    total: int  # all measures of the plan
    overall: Share
    by_status: list  # [(status value, label, count)]
    by_area: list[Share]
    by_body: list[Share]
    by_quarter: list[Share]
    overdue: list[Measure] = field(default_factory=list)
    overdue_count: int = 0
    contested: list[Measure] = field(default_factory=list)
    contested_count: int = 0


def public_plans():
    return Plan.objects.exclude(status=Plan.Status.DRAFT)


def index_in(locale) -> ActionPlanIndexPage | None:
    """The live tracker page in a language, else any live one."""
    pages = ActionPlanIndexPage.objects.live()
    return pages.filter(locale=locale).first() or pages.first()


def status_as_of(as_of: datetime.date):
    """An expression for `Measure.objects.annotate()`: the measure's status as of `as_of`
    (the rule above, in the database, for lists that filter and page)."""
    latest = (
        ProgressReport.objects.filter(measure=OuterRef("pk"), reported_on__lte=as_of)
        .order_by("-reported_on", "-pk")
        .values("status")[:1]
    )
    return Coalesce(Subquery(latest), Value(NOT_STARTED))


def _histories(plan_ids, as_of) -> dict[int, list]:
    """{measure id: [(date, status), ...]} in the order they took effect, up to `as_of`."""
    reports = (
        ProgressReport.objects.filter(measure__plan_id__in=plan_ids, reported_on__lte=as_of)
        .order_by("reported_on", "pk")
        .values_list("measure_id", "reported_on", "status")
    )
    histories: dict[int, list] = {}
    for measure_id, reported_on, status in reports:
        histories.setdefault(measure_id, []).append((reported_on, status))
    return histories


def _status_on(history: list, day: datetime.date) -> str:
    status = NOT_STARTED
    for reported_on, value in history:
        if reported_on > day:
            break
        status = value
    return status


def _count(share: Share, status: str) -> None:
    if status != CANCELLED:
        share.counted += 1
        if status == IMPLEMENTED:
            share.implemented += 1


def quarter_ends(start: datetime.date, end: datetime.date) -> list[datetime.date]:
    """The last day of every quarter from `start`'s to `end`'s."""
    ends = []
    year, quarter = start.year, (start.month - 1) // 3
    while True:
        last_month = quarter * 3 + 3
        next_first = (
            datetime.date(year + 1, 1, 1)
            if last_month == 12
            else datetime.date(year, last_month + 1, 1)
        )
        ends.append(next_first - datetime.timedelta(days=1))
        if ends[-1] >= end:
            return ends
        year, quarter = (year + 1, 0) if quarter == 3 else (year, quarter + 1)


def quarter_label(day: datetime.date) -> str:
    return _("Q%(quarter)s %(year)s") % {"quarter": (day.month - 1) // 3 + 1, "year": day.year}


def plan_start(plan: Plan) -> datetime.date:
    """Where the plan's series over time begins: its adoption, else its first year."""
    return plan.adopted_on or datetime.date(plan.start_year, 1, 1)


def plan_figures(*, plan: Plan, as_of: datetime.date) -> Figures:
    """Every figure of the dashboard for `plan` as of `as_of`, in four queries however many
    measures and reports the plan has (measures, areas, responsible bodies, reports); the
    statuses on each date are replayed from the reports by the rule above."""
    measures = list(
        Measure.objects.filter(plan=plan)
        .select_related("area")
        .only(
            "pk",
            "plan_id",
            "number",
            "deadline",
            "contested",
            "area__title_kk",
            "area__title_ru",
            "area__title_en",
            "area__sort_order",
            *(f"text_{code}" for code in ("kk", "ru", "en")),
        )
        .order_by("order_key", "pk")
    )
    areas = list(plan.areas.all())
    links = Measure.responsible_bodies.through.objects.filter(measure__plan=plan).select_related(
        "organisation"
    )
    bodies: dict[int, Organisation] = {}
    bodies_of: dict[int, list[int]] = {}
    for link in links:
        bodies[link.organisation_id] = link.organisation
        bodies_of.setdefault(link.measure_id, []).append(link.organisation_id)
    histories = _histories([plan.pk], as_of)

    statuses = {m.pk: _status_on(histories.get(m.pk, []), as_of) for m in measures}
    overall = Share(_("All measures"))
    by_area = {area.pk: Share(str(area.title), key=area.pk) for area in areas}
    by_body = {pk: Share(str(body.name), key=pk) for pk, body in bodies.items()}
    counts = dict.fromkeys(MeasureStatus.values, 0)
    overdue, contested = [], []
    for measure in measures:
        status = statuses[measure.pk]
        counts[status] += 1
        _count(overall, status)
        _count(by_area[measure.area_id], status)
        for body in bodies_of.get(measure.pk, []):
            _count(by_body[body], status)
        measure.status_as_of = status
        if measure.deadline < as_of and status not in DONE_WITH:
            overdue.append(measure)
        if measure.contested:
            contested.append(measure)

    by_quarter = []
    if as_of >= plan_start(plan):
        # to the plan's last year, or its last report if that came later: not every quarter
        # since then up to today, when nothing moved
        last_report = max(
            (day for history in histories.values() for day, _ in history), default=None
        )
        series_end = max(datetime.date(plan.end_year, 12, 31), last_report or plan_start(plan))
        for end in quarter_ends(plan_start(plan), min(as_of, series_end)):
            day = min(end, as_of)
            share = Share(quarter_label(end), key=day)
            for measure in measures:
                _count(share, _status_on(histories.get(measure.pk, []), day))
            by_quarter.append(share)

    return Figures(
        plan=plan,
        as_of=as_of,
        total=len(measures),
        overall=overall,
        by_status=[(value, label, counts[value]) for value, label in MeasureStatus.choices],
        by_area=list(by_area.values()),
        by_body=sorted(by_body.values(), key=lambda share: share.label.casefold()),
        by_quarter=by_quarter,
        overdue=overdue[:SHORT_LIST],
        overdue_count=len(overdue),
        contested=contested[:SHORT_LIST],
        contested_count=len(contested),
    )


def headline_shares(*, plans, as_of: datetime.date) -> dict[int, Share]:
    """{plan id: its implemented share as of `as_of`} for a list of plans, in two queries."""
    plan_ids = [plan.pk for plan in plans]
    shares = {pk: Share(_("All measures"), key=pk) for pk in plan_ids}
    histories = _histories(plan_ids, as_of)
    for pk, plan_id in Measure.objects.filter(plan_id__in=plan_ids).values_list("pk", "plan_id"):
        _count(shares[plan_id], _status_on(histories.get(pk, []), as_of))
    return shares


def measures_listed(
    *,
    plan: Plan,
    as_of: datetime.date,
    area=None,
    body=None,
    status: str = "",
    mechanism: str = "",
    overdue: bool = False,
    contested: bool = False,
):
    """The plan's measures as the dashboard lists them, in the plan's order, each with its
    `status_as_of`, area and responsible bodies (in the same number of queries however many),
    filtered by whichever of area, body, status as of the date, UN mechanism, overdue and
    contested are given (they combine)."""
    measures = (
        Measure.objects.filter(plan=plan)
        .annotate(status_as_of=status_as_of(as_of))
        .select_related("area")
        .prefetch_related("responsible_bodies")
        .order_by("order_key", "pk")
    )
    if area is not None:
        measures = measures.filter(area=area)
    if body is not None:
        measures = measures.filter(
            Exists(
                Measure.responsible_bodies.through.objects.filter(
                    measure=OuterRef("pk"), organisation=body
                )
            )
        )
    if status:
        measures = measures.filter(status_as_of=status)
    if mechanism:
        measures = measures.filter(
            Exists(
                MeasureRecommendation.objects.filter(
                    measure=OuterRef("pk"), recommendation__mechanism=mechanism
                )
            )
        )
    if overdue:
        measures = measures.filter(deadline__lt=as_of).exclude(status_as_of__in=DONE_WITH)
    if contested:
        measures = measures.filter(contested=True)
    return measures


def plan_areas(plan: Plan):
    return Area.objects.filter(plan=plan).order_by("sort_order", "pk")


def plan_bodies(plan: Plan):
    """The state bodies responsible for some measure of the plan, by name."""
    # Each body once through a subquery, not DISTINCT over the join: with parameters bound on
    # the server, PostgreSQL refuses DISTINCT ordered by a name built with parameters (the
    # ORDER BY's $n are not the select list's).
    responsible = Organisation.objects.filter(responsible_for_measures__plan=plan)
    return Organisation.objects.filter(pk__in=responsible.values("pk")).ordered_by_name()


def measure_page(*, plan: Plan, number: str) -> Measure | None:
    """One measure with everything its page shows: area, bodies, co-implementers, the UN
    recommendations, and the progress reports in the order they took effect with their
    evidence. A fixed number of queries, whatever the measure holds."""
    reports = ProgressReport.objects.order_by("reported_on", "pk").prefetch_related(
        Prefetch(
            "materials",
            queryset=ProgressMaterial.objects.select_related("material__collection").order_by(
                "sort_order", "pk"
            ),
        ),
        Prefetch("links", queryset=ProgressLink.objects.order_by("sort_order", "pk")),
    )
    return (
        Measure.objects.filter(plan=plan, number=number)
        .select_related("area", "plan")
        .prefetch_related(
            "responsible_bodies",
            "co_implementers",
            Prefetch(
                "recommendation_links",
                queryset=MeasureRecommendation.objects.select_related("recommendation").order_by(
                    "sort_order", "pk"
                ),
            ),
            Prefetch("progress_reports", queryset=reports),
        )
        .first()
    )


def evidence_for(request, measure: Measure) -> None:
    """Each report's `evidence`: its materials the visitor may learn of (never a staff-only
    one to others), each with what the visitor may do with it (the library's rules)."""
    viewer = viewer_for(request)
    for report in measure.progress_reports.all():
        shown = []
        for link in report.materials.all():
            material = link.material
            if may_see_card(viewer, material):
                material.decision = decide(viewer, material)
                shown.append(material)
        report.evidence = shown


def current_status(measure: Measure) -> str:
    """The status now: the last report that has taken effect (prefetched, in order)."""
    today = timezone.localdate()
    status = NOT_STARTED
    for report in measure.progress_reports.all():
        if report.reported_on <= today:
            status = report.status
    return status


# --- What NGOs say (part 2A) -------------------------------------------------------------------


def published_assessments(*, measures=None, plan: Plan | None = None):
    """The NGOs' assessments anyone may see: published ones only, never one awaiting
    moderation, refused or withdrawn. Every public reader of assessments (the measure page,
    the dashboard, the exports, the feeds) takes them from here. `measures` (a queryset or
    ids) or `plan` narrows them; each comes with its measure, organisation, links and files,
    newest first, in a fixed number of queries."""
    assessments = Assessment.objects.filter(status=Assessment.Status.PUBLISHED)
    if measures is not None:
        assessments = assessments.filter(measure__in=measures)
    if plan is not None:
        assessments = assessments.filter(measure__plan=plan)
    return (
        assessments.select_related("measure", "organisation")
        .prefetch_related(
            Prefetch("links", queryset=AssessmentLink.objects.order_by("pk")),
            Prefetch("files", queryset=AssessmentFile.objects.order_by("pk")),
        )
        .order_by("-assessed_on", "-pk")
    )


def assessed_statuses(measure: Measure) -> list[str]:
    """The statuses the measure's published assessments give it (for `contested`)."""
    return list(
        Assessment.objects.filter(measure=measure, status=Assessment.Status.PUBLISHED).values_list(
            "assessed_status", flat=True
        )
    )


def assessment_moderation_queue(*, status: str = "", organisation: str = ""):
    """Assessments for the moderators' queue, oldest first, with their measure and plan."""
    assessments = Assessment.objects.select_related("measure__plan", "organisation")
    if status:
        assessments = assessments.filter(status=status)
    if organisation:
        assessments = assessments.filter(organisation_name__icontains=organisation.strip())
    return assessments.prefetch_related("links", "files").order_by("pk")


def assessments_of_person(person, measure: Measure):
    """The person's own assessments of a measure, in every state (for the measure page)."""
    if not person.is_authenticated:
        return Assessment.objects.none()
    return (
        Assessment.objects.filter(author=person, measure=measure)
        .prefetch_related(Prefetch("files", queryset=AssessmentFile.objects.order_by("pk")))
        .order_by("-pk")
    )


def follows_of_person(person):
    """What a person follows in the action plan, newest first, with the plan of each."""
    return Follow.objects.filter(person=person).select_related("measure__plan", "area__plan")


def following_state(*, person, measure: Measure) -> dict:
    """{"measure": bool, "area": bool}: whether the person follows the measure and its area
    (one query; nothing for a visitor)."""
    if not person.is_authenticated:
        return {"measure": False, "area": False}
    rows = Follow.objects.filter(person=person).filter(
        Q(measure=measure) | Q(area_id=measure.area_id)
    )
    kinds = {
        "measure" if measure_id else "area"
        for measure_id in rows.values_list("measure_id", flat=True)
    }
    return {"measure": "measure" in kinds, "area": "area" in kinds}
