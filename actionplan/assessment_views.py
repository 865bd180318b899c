"""What NGOs say about a measure, and following measures and areas: the measure page's
section and buttons, the assessment form, the evidence files, unsubscribing, and the part
of My account that lists what a person follows.

Thin: the rules are `rules`, the changes `services`, the listings `selectors`."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import FileResponse, Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.http import content_disposition_header, url_has_allowed_host_and_scheme
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_safe

from consultations.views import unsubscribe_answer
from core.pagination import paginate
from core.panels import Panel

from . import rules, selectors, services
from .assessment_forms import AssessmentForm
from .links import tracker_in
from .models import MEASURE_NUMBER, Area, AssessmentFile, Measure, MeasureStatus
from .tokens import unsubscribe_token

ASSESSMENTS_PER_PAGE = 10
FOLLOWS_SHOWN = 5  # in My account; all of them are on the page of what the person follows
FOLLOWS_PER_PAGE = 20
MAX_ID = 2**63 - 1


def measure_url(index, measure: Measure) -> str:
    return index.url + index.reverse_subpage("measure", args=[measure.plan.slug, measure.url_part])


def measure_context(request, index, measure: Measure) -> dict:
    """The measure page's "What NGOs say" section and its follow buttons: the published
    assessments (a page of them), the person's own ones in every state, whether they may
    assess and what they follow. A fixed number of queries however many there are."""
    person = request.user
    assessments = paginate(
        request,
        selectors.published_assessments(measures=[measure.pk]),
        per_page=ASSESSMENTS_PER_PAGE,
        param="assessments",
        anchor="ngo-heading",
    )
    labels = dict(MeasureStatus.choices)
    for assessment in assessments.object_list:
        assessment.status_label = labels[assessment.assessed_status]
    mine = list(selectors.assessments_of_person(person, measure)) if person.is_authenticated else []
    for assessment in mine:
        assessment.status_label = labels[assessment.assessed_status]
        if rules.may_withdraw(person, assessment):
            assessment.withdraw_url = index.url + index.reverse_subpage(
                "assessment_withdraw", args=[measure.plan.slug, measure.url_part, assessment.pk]
            )
    return {
        "assessments": assessments,
        "my_assessments": [a for a in mine if not a.is_published],
        "may_assess": rules.may_assess(person) if person.is_authenticated else False,
        "assess_url": index.url
        + index.reverse_subpage("assess", args=[measure.plan.slug, measure.url_part]),
        "follow_url": index.url + index.reverse_subpage("follow"),
        "following": selectors.following_state(person=person, measure=measure),
    }


def area_context(request, index, area) -> dict:
    """The dashboard's "follow this area" button, when the list is filtered by an area."""
    if area is None:
        return {}
    following = (
        request.user.is_authenticated
        and request.user.action_plan_follows.filter(area=area).exists()
    )
    return {
        "follow_area": area,
        "follow_area_on": following,
        "follow_url": index.url + index.reverse_subpage("follow"),
    }


def _measure(plan_slug: str, number: str) -> Measure:
    number = Measure.number_from_url(number)
    if not MEASURE_NUMBER.fullmatch(number) or len(number) > 20:
        raise Http404
    measure = (
        Measure.objects.filter(plan__slug=plan_slug, number=number)
        .of_public_plans()
        .select_related("plan", "area")
        .first()
    )
    if measure is None:
        raise Http404
    return measure


@require_http_methods(["GET", "POST"])
def assess(request, index, plan_slug: str, number: str):
    """The assessment form of a measure, for members of verified organisations."""
    measure = _measure(plan_slug, number)
    back = measure_url(index, measure)
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    organisations = rules.organisations_to_assess_for(request.user)
    if not organisations.exists():
        messages.error(
            request,
            _("Only members of a verified organisation can assess a measure, on its behalf."),
        )
        return redirect(back)
    if request.method == "POST":
        form = AssessmentForm(request.POST, request.FILES, organisations=organisations)
        if form.is_valid():
            data = form.cleaned_data
            try:
                services.assessment_submit(
                    measure=measure,
                    person=request.user,
                    organisation=data["organisation"],
                    assessed_status=data["assessed_status"],
                    observed=data["observed"],
                    assessed_on=data["assessed_on"],
                    links=data["links"],
                    files=data["files"],
                )
            except rules.AssessmentError as error:
                form.add_error(None, str(error))
            else:
                messages.success(
                    request,
                    _(
                        "Thank you. Your assessment is sent: a moderator reads it before it "
                        "is published."
                    ),
                )
                return redirect(back + "#ngo-heading")
    else:
        form = AssessmentForm(organisations=organisations)
    context = {
        "page": index,
        "self": index,
        "plan": measure.plan,
        "plan_url": index.url + index.reverse_subpage("plan", args=[measure.plan.slug]),
        "measure": measure,
        "measure_url": back,
        "form": form,
    }
    return TemplateResponse(request, "actionplan/assess.html", context)


@require_http_methods(["GET", "POST"])
def withdraw(request, index, plan_slug: str, number: str, pk: int):
    """The author takes back an assessment that waits for moderation: a question, then the
    answer on the measure page. Anybody else's assessment, or one of another measure, is
    not there for them (404)."""
    measure = _measure(plan_slug, number)
    back = measure_url(index, measure)
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    assessment = (
        selectors.assessments_of_person(request.user, measure).filter(pk=pk).first()
        if pk <= MAX_ID
        else None
    )
    if assessment is None:
        raise Http404
    if request.method == "POST":
        try:
            services.assessment_withdraw(assessment=assessment, person=request.user)
        except rules.AssessmentError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("Your assessment is withdrawn: nobody will see it."))
        return redirect(back + "#ngo-heading")
    if not rules.may_withdraw(request.user, assessment):
        messages.error(request, _("This assessment can no longer be withdrawn."))
        return redirect(back + "#ngo-heading")
    assessment.status_label = dict(MeasureStatus.choices)[assessment.assessed_status]
    context = {
        "page": index,
        "self": index,
        "measure": measure,
        "measure_url": back,
        "assessment": assessment,
    }
    return TemplateResponse(request, "actionplan/assessment_withdraw.html", context)


@require_http_methods(["POST"])
def follow(request, index):
    """Follow a measure or an area (or stop): `measure` or `area` (an id), `on` ("1")."""
    back = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(
        back, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        back = index.url
    if not request.user.is_authenticated:
        return redirect_to_login(back)
    on = request.POST.get("on") == "1"
    measure_id, area_id = request.POST.get("measure", ""), request.POST.get("area", "")
    if measure_id.isdigit() and len(measure_id) < 19:
        measure = Measure.objects.of_public_plans().filter(pk=int(measure_id)).first()
        if measure is None:
            raise Http404
        services.follow_set(person=request.user, measure=measure, on=on)
        messages.success(
            request,
            _("You follow this measure: a change of its status comes by email.")
            if on
            else _("You no longer follow this measure."),
        )
    elif area_id.isdigit() and len(area_id) < 19:
        area = Area.objects.exclude(plan__status="draft").filter(pk=int(area_id)).first()
        if area is None:
            raise Http404
        services.follow_set(person=request.user, area=area, on=on)
        messages.success(
            request,
            _("You follow this area: a change of the status of any of its measures comes by email.")
            if on
            else _("You no longer follow this area."),
        )
    else:
        messages.error(request, _("Choose a measure or an area to follow."))
    return redirect(back)


def assessment_file(request, index, pk: int):
    """An evidence file: anyone's once its assessment is published, else only its author's
    and the moderators'. Always as a download, with the type its content was found to be."""
    if pk > MAX_ID:
        raise Http404
    item = AssessmentFile.objects.select_related("assessment").filter(pk=pk).first()
    if item is None or not rules.may_see_files_of(request.user, item.assessment):
        raise Http404
    response = FileResponse(item.file.open("rb"), content_type=item.content_type)
    response["Content-Disposition"] = content_disposition_header(True, item.name)
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = (
        "private, no-store" if not item.assessment.is_published else "private"
    )
    return response


@csrf_exempt  # RFC 8058 one-click: the mail client posts, the signed token is the proof
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token: str):
    """The link at the foot of the action plan's following emails: the same answer as the
    consultations' following emails give."""
    return unsubscribe_answer(request, token, undo=services.unsubscribe)


# --- My account ------------------------------------------------------------------------------


class FollowingPanel(Panel):
    template_name = "actionplan/includes/account_following.html"
    order = 31
    heading = gettext_lazy("Action plan: what I follow")
    anchor = "action-plan-following"


def _with_tokens(follows):
    """Each follow with the token of its "stop following" button (the unsubscribe link's
    own view)."""
    for follow in follows:
        follow.token = unsubscribe_token(follow.pk)
    return follows


def following_panel(request):
    """My account's list of the measures and areas the person follows (the latest few, and
    a link to all of them), each with its "stop following" button. Nothing for a person who
    follows nothing."""
    follows = _with_tokens(list(selectors.follows_of_person(request.user)[: FOLLOWS_SHOWN + 1]))
    if not follows:
        return None
    return FollowingPanel(
        request, follows=follows[:FOLLOWS_SHOWN], more=len(follows) > FOLLOWS_SHOWN
    )


@login_required
@require_safe
def my_following(request):
    """All the measures and areas of the action plan the person follows, newest first,
    paged, each with its "stop following" button (which comes back here)."""
    follows = paginate(
        request,
        selectors.follows_of_person(request.user),
        per_page=FOLLOWS_PER_PAGE,
        anchor="action-plan-following-heading",
    )
    _with_tokens(follows)
    return TemplateResponse(
        request,
        "actionplan/my_following.html",
        {"follows": follows, "tracker": tracker_in(get_language())},
    )
