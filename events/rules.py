"""Who may register for an event, cancel, and see how to join it, and when: the one place
these rules live.

Views and templates ask `registration_window`, `may_cancel` and `sees_joining_details` what to
show; `events.services` calls `check_event_admits` and `cancellation_refusal` under the
event's lock before it writes anything (and `check_person_may_register` just before taking
it, for a whole turn of registrations at once); emails and calendars ask `sees_joining_details`.
"""

from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from accounts.rules import has_verified_email
from partners.permissions import (
    is_representative,
    represented_organisation_ids,
    verified_organisations_for,
)

from .models import EventPage, Registration


class RegistrationError(Exception):
    """A rule of registration was broken; the message is for the person."""


class RegistrationClosed(RegistrationError):
    pass


class NotEligible(RegistrationError):
    pass


class AlreadyRegistered(RegistrationError):
    pass


class InvitationInvalid(RegistrationError):
    pass


class CancellationNotAllowed(RegistrationError):
    pass


@dataclass(frozen=True)
class WindowState:
    is_open: bool
    message: str = ""


def registration_window(event: EventPage, now=None) -> WindowState:
    """Whether registration is open now, and if not, why (in words for the person)."""
    now = now or timezone.now()
    if event.access == EventPage.Access.NONE:
        return WindowState(False, _("This event has no registration on the site."))
    if event.status == EventPage.Status.CANCELLED:
        return WindowState(False, _("This event is cancelled."))
    if event.status == EventPage.Status.POSTPONED:
        return WindowState(False, _("This event is postponed; registration will reopen."))
    if event.registration_opens and now < event.registration_opens:
        opens = timezone.localtime(event.registration_opens)
        return WindowState(
            False,
            _("Registration opens on %(date)s.") % {"date": _format(opens)},
        )
    closes = event.registration_closes or event.start
    if now >= closes:
        return WindowState(False, _("Registration is closed."))
    return WindowState(True)


def check_in_open(event: EventPage, now=None) -> bool:
    """Participants are checked in from the day the event starts (Astana time, whatever zone
    a manager chose for the admin)."""
    zone = ZoneInfo(settings.TIME_ZONE)
    return timezone.localdate(now or timezone.now(), zone) >= timezone.localdate(event.start, zone)


def _format(moment) -> str:
    return date_format(moment, "DATETIME_FORMAT")


def organisations_to_register_for(person, event: EventPage):
    """The organisations a person may name when registering: their verified ones."""
    return verified_organisations_for(person).order_by("pk")


def check_may_register(*, event: EventPage, person, organisation, registered_by) -> None:
    """Raise `NotEligible` unless `registered_by` may register `person` for `event` on behalf
    of `organisation` (None: as an individual). Invitations are checked by the service."""
    check_person_may_register(person)
    check_event_admits(
        event=event, person=person, organisation=organisation, registered_by=registered_by
    )


def check_person_may_register(person, *, verified: bool | None = None) -> None:
    """What the person needs for any event: an active account with a confirmed address
    (`verified`, when the caller has read it already). The event's lock does not guard it, so
    the service asks it before taking the lock."""
    if not person.is_authenticated or not person.is_active:
        raise NotEligible(_("Sign in to register."))
    if not (has_verified_email(person) if verified is None else verified):
        raise NotEligible(_("Confirm your email address before you register."))


def check_event_admits(*, event: EventPage, person, organisation, registered_by) -> None:
    """The rules of `event` (its access, its seats per organisation) for this registration:
    the part of `check_may_register` that reads the event, asked under its lock."""
    if (
        organisation is not None
        and not organisations_to_register_for(person, event).filter(pk=organisation.pk).exists()
    ):
        raise NotEligible(
            _("%(name)s is not an active member of a verified organisation you chose.")
            % {"name": person.full_name or person.email}
        )
    if (
        organisation is None
        and event.seats_per_organisation is not None
        and organisations_to_register_for(person, event).exists()
    ):
        raise NotEligible(
            _(
                "Seats at this event are limited per organisation: choose the organisation "
                "you take part for."
            )
        )
    if event.access == EventPage.Access.MEMBERS and organisation is None:
        raise NotEligible(
            _(
                "This event is for members of verified organisations. Join your organisation "
                "or wait until the commission verifies it."
            )
        )
    if registered_by.pk != person.pk and (
        organisation is None or not is_representative(registered_by, organisation)
    ):
        raise NotEligible(_("Only a representative of the organisation can register a colleague."))


def acts_for(user, registration: Registration, *, represented: set[int] | None = None) -> bool:
    """The registration is the person's own, or their organisation's and they represent it.
    `represented`: the ids of the organisations they represent, when the caller read them
    already (for a list)."""
    if not user.is_authenticated:
        return False
    if registration.person_id == user.pk:
        return True
    if registration.organisation_id is None:
        return False
    if represented is None:
        represented = represented_organisation_ids(user)
    return registration.organisation_id in represented


def cancellation_refusal(
    registration: Registration, *, event: EventPage, as_manager: bool = False, now=None
) -> str:
    """Why the registration cannot be cancelled now ("" when it can): it is cancelled
    already, the person is checked in, or the event has started (event managers may still
    cancel then). `event` is the registration's event, as the caller read it (locked)."""
    if not registration.is_active:
        return _("This registration is already cancelled.")
    if registration.status == Registration.Status.ATTENDED:
        return _("This person is checked in. Undo the check-in before cancelling.")
    if not as_manager and (now or timezone.now()) >= event.start:
        return _("The event has started: registrations can no longer be cancelled.")
    return ""


def may_cancel(
    user, registration: Registration, *, event: EventPage, represented=None, now=None
) -> bool:
    """May `user` cancel this registration themselves now (their own, or their
    organisation's as its representative)? What the page offers; the service decides again
    under the lock. `represented` as for `acts_for`."""
    return acts_for(user, registration, represented=represented) and not cancellation_refusal(
        registration, event=event, now=now
    )


def sees_joining_details(registration: Registration) -> bool:
    """Does the person see the link to join online and the practical details (on the page,
    in emails, in their own calendar)? With a seat (confirmed or checked in), while the
    event is scheduled: never on the waiting list, never for a cancelled or postponed event."""
    return registration.holds_seat and registration.event.status == EventPage.Status.SCHEDULED
