"""Who may register for an event, and when: the one place these rules live.

Views ask `registration_state` to decide what to show; `events.services` calls
`check_may_register` under the event's lock before it writes anything.
"""

from dataclasses import dataclass
from zoneinfo import ZoneInfo

from allauth.account.models import EmailAddress
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _

from partners.permissions import is_representative, verified_organisations_for

from .models import EventPage


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
    from django.utils.formats import date_format

    return date_format(moment, "DATETIME_FORMAT")


def has_verified_email(person, email: str | None = None) -> bool:
    addresses = EmailAddress.objects.filter(user=person, verified=True)
    if email is not None:
        addresses = addresses.filter(email__iexact=email)
    return addresses.exists()


def organisations_to_register_for(person, event: EventPage):
    """The organisations a person may name when registering: their verified ones."""
    return verified_organisations_for(person).order_by("pk")


def check_may_register(*, event: EventPage, person, organisation, registered_by) -> None:
    """Raise `NotEligible` unless `registered_by` may register `person` for `event` on behalf
    of `organisation` (None: as an individual). Invitations are checked by the service."""
    if not person.is_authenticated or not person.is_active:
        raise NotEligible(_("Sign in to register."))
    if not has_verified_email(person):
        raise NotEligible(_("Confirm your email address before you register."))
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
