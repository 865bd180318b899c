"""Who may comment on a draft, and when: the one place these rules live.

Views ask `window_message`, `may_comment` and `may_change` what to show;
`consultations.services` asks `check_may_comment` again under a lock before it writes, so a
request sent after the closing moment is refused whatever the page showed.
"""

import datetime

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from accounts.rules import has_verified_email
from partners.permissions import verified_organisations_for

from .models import Comment, ConsultationPage

# At most this many comments per person in this window (a person commenting on every article
# of a long draft stays well under it; a script does not).
RATE_LIMIT = 20
RATE_WINDOW = datetime.timedelta(minutes=10)


class CommentError(Exception):
    """A rule of commenting was broken; the message is for the person."""


class CommentingClosed(CommentError):
    pass


class NotAllowedToComment(CommentError):
    pass


class TooManyComments(CommentError):
    pass


def window_message(consultation: ConsultationPage, now=None) -> str:
    """Why commenting is not possible now ("" while it is)."""
    status = consultation.status_at(now)
    if status == ConsultationPage.Status.UPCOMING:
        return _("Comments open on %(date)s.") % {
            "date": date_format(timezone.localtime(consultation.opens_at), "DATETIME_FORMAT")
        }
    if status != ConsultationPage.Status.OPEN:
        return _("This consultation is closed: comments are no longer accepted.")
    return ""


def organisations_to_comment_for(person):
    return verified_organisations_for(person).order_by("pk")


def may_comment(consultation: ConsultationPage, person) -> bool:
    """Can the person comment on this consultation at all: as anyone signed in, where the
    consultation allows it, else on behalf of a verified organisation they are a member of?
    (The window, the email address and the rate are checked when they send.)"""
    return (
        consultation.access != ConsultationPage.Access.MEMBERS
        or organisations_to_comment_for(person).exists()
    )


def check_may_comment(*, consultation: ConsultationPage, person, organisation, now=None) -> None:
    """Raise a `CommentError` unless `person` may comment now, on behalf of `organisation`
    (None: as an individual, where the consultation allows it)."""
    message = window_message(consultation, now)
    if message:
        raise CommentingClosed(message)
    if not person.is_authenticated or not person.is_active:
        raise NotAllowedToComment(_("Sign in to comment."))
    if not has_verified_email(person):
        raise NotAllowedToComment(_("Confirm your email address before you comment."))
    if (
        organisation is not None
        and not organisations_to_comment_for(person).filter(pk=organisation.pk).exists()
    ):
        raise NotAllowedToComment(
            _("You can comment only for a verified organisation you are a member of.")
        )
    if organisation is None and consultation.access == ConsultationPage.Access.MEMBERS:
        raise NotAllowedToComment(
            _(
                "This consultation takes comments from members of verified organisations. "
                "Join your organisation, or wait until the commission verifies it."
            )
        )
    since = (now or timezone.now()) - RATE_WINDOW
    if Comment.objects.filter(author=person, created_at__gte=since).count() >= RATE_LIMIT:
        raise TooManyComments(
            _("You have sent many comments in a short time. Please wait a few minutes.")
        )


def may_change(comment: Comment, person, now=None) -> bool:
    """The author changes or withdraws a comment while it waits for moderation and the
    consultation is open."""
    return (
        person.is_authenticated
        and comment.author_id == person.pk
        and comment.status == Comment.Status.PENDING
        and comment.consultation.status_at(now) == ConsultationPage.Status.OPEN
    )
