"""The plan's data for anyone to download (`exports`), and the dashboard's links to it and to
the deadlines' calendar feed (`feeds`)."""

from django.http import Http404, HttpResponse
from django.urls import reverse
from django.utils.http import content_disposition_header, urlencode

from .exports import CONTENT_TYPES, FORMATS, WRITERS, plan_data
from .forms import DashboardForm
from .selectors import plan_areas, plan_bodies


def dashboard_links(request, *, plan_url: str, as_of, as_of_given: bool) -> dict:
    """The downloads of the plan as of the dashboard's date, and the deadlines' feed."""
    query = "?" + urlencode({"as_of": as_of.isoformat()}) if as_of_given else ""
    return {
        "downloads": [
            (file_format.upper(), f"{plan_url}download/{file_format}/{query}")
            for file_format in FORMATS
        ],
        "deadlines_feed_url": request.build_absolute_uri(reverse("feeds:action_plan")),
    }


def plan_download(request, index, plan, file_format: str):
    """The plan as of `?as_of=` (else today; a date the dashboard would not take is today
    too), in the address's language."""
    if file_format not in FORMATS:
        raise Http404
    form = DashboardForm(request.GET or None, areas=plan_areas(plan), bodies=plan_bodies(plan))
    as_of = form.figures_date()
    base = request.build_absolute_uri(index.url + index.reverse_subpage("plan", args=[plan.slug]))
    data = plan_data(
        plan=plan, as_of=as_of, measure_url=lambda measure: f"{base}measures/{measure.url_part}/"
    )
    response = HttpResponse(WRITERS[file_format](data), content_type=CONTENT_TYPES[file_format])
    name = f"action-plan-{plan.slug}-{as_of.isoformat()}"
    response["Content-Disposition"] = content_disposition_header(True, f"{name}.{file_format}")
    return response
