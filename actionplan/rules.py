"""Who may say what about a measure: the one place these rules live.

An assessment speaks for an organisation: its author must be an active member of a verified
organisation (`partners.permissions`, as for comments on drafts), with a confirmed email
address. The measure page asks `may_assess` what to show; `services.assessment_submit` asks
`check_may_assess` again before it writes. Who moderates is the shared moderation design's
permission (`core.moderation.MODERATE_PERMISSION`, the "Moderators" group), asked by
`may_moderate`.
"""

import datetime

from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.rules import has_verified_email
from core.moderation import MODERATE_PERMISSION, ModerationError
from partners.permissions import verified_organisations_for

from .models import Assessment, Plan

# At most this many assessments per person in this window (an NGO assessing a whole plan
# stays under it; a script does not).
RATE_LIMIT = 20
RATE_WINDOW = datetime.timedelta(minutes=10)


class AssessmentError(ModerationError):
    """A rule of assessing or of its moderation was broken; the message is for the person."""


def organisations_to_assess_for(person):
    return verified_organisations_for(person).order_by("pk")


def may_assess(person) -> bool:
    """Whether the page offers the person the assessment form."""
    return person.is_authenticated and organisations_to_assess_for(person).exists()


def may_moderate(person) -> bool:
    return person.is_authenticated and person.has_perm(MODERATE_PERMISSION)


def check_may_assess(*, person, organisation, measure, now=None) -> None:
    """Raise an `AssessmentError` unless `person` may assess `measure` now for
    `organisation`."""
    if not person.is_authenticated or not person.is_active:
        raise AssessmentError(_("Sign in to assess a measure."))
    if measure.plan.status == Plan.Status.DRAFT:
        raise AssessmentError(_("This plan is not published."))
    if not has_verified_email(person):
        raise AssessmentError(_("Confirm your email address before you assess a measure."))
    if (
        organisation is None
        or not organisations_to_assess_for(person).filter(pk=organisation.pk).exists()
    ):
        raise AssessmentError(
            _("Only members of a verified organisation can assess a measure, on its behalf.")
        )
    since = (now or timezone.now()) - RATE_WINDOW
    if Assessment.objects.filter(author=person, created_at__gte=since).count() >= RATE_LIMIT:
        raise AssessmentError(
            _("You have sent many assessments in a short time. Please wait a few minutes.")
        )


def may_withdraw(person, assessment: Assessment) -> bool:
    """The author takes back an assessment while it waits for moderation, as with comments
    on drafts: once a moderator has decided, it stays as decided."""
    return person.is_authenticated and assessment.author_id == person.pk and assessment.is_pending


def may_see_files_of(person, assessment: Assessment) -> bool:
    """A published assessment's evidence is public; before that, only its author and the
    moderators may open it."""
    return assessment.is_published or (
        person.is_authenticated and (assessment.author_id == person.pk or may_moderate(person))
    )
