"""Email about the action plan, sent by the task worker after the change that causes it
commits, in the recipient's language: to an assessment's author when it is moderated, and
to the people who follow a measure or an area when a measure's official status changes."""

from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale

from core.emails import language_of, mail_task, send_to_person
from core.links import absolute_url, page_url

from .models import ActionPlanIndexPage, Assessment, Follow, Measure, ProgressReport
from .tokens import unsubscribe_token


def tracker_in(language: str):
    """The live tracker page in `language`, else any live one."""
    pages = ActionPlanIndexPage.objects.live()
    locale = Locale.objects.filter(language_code=language).first()
    return (locale and pages.filter(locale=locale).first()) or pages.first()


def measure_url(tracker, measure: Measure) -> str:
    if tracker is None:
        return ""
    return page_url(tracker, f"{measure.plan.slug}/measures/{measure.url_part}/")


@mail_task
def send_assessment_email(*, assessment_id: int, template: str) -> None:
    assessment = (
        Assessment.objects.select_related("measure__plan", "author")
        .filter(pk=assessment_id)
        .first()
    )
    if assessment is None or assessment.author is None:  # the account is gone
        return
    language = language_of(assessment.author)
    with translation.override(language):
        send_to_person(
            user=assessment.author,
            template=f"actionplan/email/{template}",
            context={
                "assessment": assessment,
                "measure": assessment.measure,
                "plan": assessment.measure.plan,
                "page_url": measure_url(tracker_in(language), assessment.measure),
            },
        )


@mail_task
def send_status_email(*, follow_id: int, report_id: int) -> None:
    """The official status of a followed measure (or of a measure of a followed area) has
    changed, with the one-click unsubscribe link."""
    follow = Follow.objects.select_related("person", "area").filter(pk=follow_id).first()
    report = (
        ProgressReport.objects.select_related("measure__plan", "measure__area")
        .filter(pk=report_id)
        .first()
    )
    if follow is None or report is None:
        return
    language = language_of(follow.person)
    tracker = tracker_in(language)
    with translation.override(language):
        unsubscribe_url = absolute_url(
            reverse("actionplan_unsubscribe", args=[unsubscribe_token(follow.pk)])
        )
    headers = {
        "List-Unsubscribe": f"<{unsubscribe_url}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }
    with translation.override(language):
        send_to_person(
            user=follow.person,
            template="actionplan/email/status_changed",
            context={
                "report": report,
                "measure": report.measure,
                "plan": report.measure.plan,
                "area": follow.area,
                "page_url": measure_url(tracker, report.measure),
                "unsubscribe_url": unsubscribe_url,
            },
            headers=headers,
        )
