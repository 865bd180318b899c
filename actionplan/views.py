"""The tracker's public pages: the plans, a plan's dashboard, a measure's page.

Thin: the figures and lists come from `selectors` (which the exports will share), the form
parses the address's parameters, and the charts are drawn by `charts`."""

from django.http import Http404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from core.pagination import paginate

from . import assessment_views, data_views, links
from .charts import bar_chart
from .forms import DashboardForm
from .models import MEASURE_NUMBER, Measure, MeasureStatus
from .selectors import (
    current_status,
    evidence_for,
    headline_shares,
    measure_page,
    measures_listed,
    percent_of,
    plan_areas,
    plan_bodies,
    plan_figures,
    public_plans,
)

MEASURES_PER_PAGE = 20


def readable(query) -> dict:
    """The query's values without NUL characters: a form shows a value it refuses back in its
    field, and a NUL is not allowed in HTML."""
    return {name: value.replace("\x00", "") for name, value in query.items()}


def plan_url(index, plan) -> str:
    return index.url + index.reverse_subpage("plan", args=[plan.slug])


def share_value(share) -> str:
    return _("%(percent)s%% (%(implemented)s of %(counted)s)") % {
        "percent": share.percent,
        "implemented": share.implemented,
        "counted": share.counted,
    }


def share_chart(shares) -> dict:
    return bar_chart(
        bars=[
            (
                share.label,
                share.implemented / share.counted if share.counted else 0.0,
                share_value(share),
            )
            for share in shares
        ]
    )


def index_context(request, index) -> dict:
    today = timezone.localdate()
    plans = list(public_plans())
    shares = headline_shares(plans=plans, as_of=today)
    for plan in plans:
        plan.share = shares[plan.pk]
        plan.url = plan_url(index, plan)
    return {"plans": plans, "today": today}


def _public_plan(plan_slug: str):
    plan = public_plans().filter(slug=plan_slug).first()
    if plan is None:
        raise Http404
    return plan


def plan_dashboard(request, index, plan_slug: str):
    plan = _public_plan(plan_slug)
    form = DashboardForm(
        readable(request.GET) or None, areas=plan_areas(plan), bodies=plan_bodies(plan)
    )
    as_of = form.figures_date()
    filters = form.filters()
    figures = plan_figures(plan=plan, as_of=as_of)
    base = plan_url(index, plan)
    measures = paginate(
        request,
        measures_listed(plan=plan, as_of=as_of, **filters),
        per_page=MEASURES_PER_PAGE,
        anchor="measures",
    )
    labels = dict(MeasureStatus.choices)
    for measure in [*measures.object_list, *figures.overdue, *figures.contested]:
        measure.url = f"{base}measures/{measure.url_part}/"
        measure.status_label = labels[measure.status_as_of]
    total = figures.total
    status_bars = [
        (
            label,
            count / total if total else 0.0,
            _("%(count)s (%(percent)s%%)") % {"count": count, "percent": percent_of(count, total)},
        )
        for _value, label, count in figures.by_status
    ]
    area_shares = [figures.overall, *figures.by_area]
    context = {
        "page": index,
        "self": index,
        "plan": plan,
        "plan_url": base,
        "form": form,
        "as_of": as_of,
        "as_of_is_today": as_of == timezone.localdate(),
        "figures": figures,
        "overall_value": share_value(figures.overall),
        "status_rows": [
            (value, label, count, percent_of(count, total))
            for value, label, count in figures.by_status
        ],
        "status_chart": bar_chart(bars=status_bars),
        "area_shares": [(share, share_value(share)) for share in area_shares],
        "area_chart": share_chart(area_shares),
        "body_shares": [(share, share_value(share)) for share in figures.by_body],
        "body_chart": share_chart(figures.by_body),
        "quarter_shares": [(share, share_value(share)) for share in figures.by_quarter],
        "quarter_chart": share_chart(figures.by_quarter),
        "measures": measures,
        "is_filtered": bool(filters),
        "as_of_text": date_format(as_of, "DATE_FORMAT"),
        # following the area the list is filtered by (part 2A)
        **assessment_views.area_context(request, index, filters.get("area")),
        # the data to download and the deadlines' feed (part 2B)
        **data_views.dashboard_links(
            request, plan_url=base, as_of=as_of, as_of_given=bool(request.GET.get("as_of"))
        ),
    }
    return TemplateResponse(request, "actionplan/plan_dashboard.html", context)


def measure_detail(request, index, plan_slug: str, number: str):
    number = Measure.number_from_url(number)
    if not MEASURE_NUMBER.fullmatch(number) or len(number) > 20:
        raise Http404
    plan = _public_plan(plan_slug)
    measure = measure_page(plan=plan, number=number)
    if measure is None:
        raise Http404
    evidence_for(request, measure)
    status = current_status(measure)
    context = {
        "page": index,
        "self": index,
        "plan": plan,
        "plan_url": plan_url(index, plan),
        "measure": measure,
        "status": status,
        "status_label": dict(MeasureStatus.choices)[status],
        "reports": list(measure.progress_reports.all()),
        "today": timezone.localdate(),
        # What NGOs say, and following (part 2A)
        **assessment_views.measure_context(request, index, measure),
        # the consultations that implement it and the events that discuss it (part 2B)
        **links.linked_pages(measure=measure),
    }
    return TemplateResponse(request, "actionplan/measure_page.html", context)


def plan_download(request, index, plan_slug: str, file_format: str):
    """The plan with its statuses as CSV, XLSX or JSON (`data_views`)."""
    return data_views.plan_download(request, index, _public_plan(plan_slug), file_format)
