"""Who may download a material, and what someone who may not needs to do.

One function decides for the library page, a material's card, the links on event and
consultation pages and the file itself. What it needs to know about the person (are they a
member of a verified organisation? which events do they hold a seat at?) is read once per
request (`Viewer`), so a list of any length asks the same two questions.
"""

from dataclasses import dataclass, field

from allauth.mfa.utils import is_mfa_enabled
from django.conf import settings
from django.utils.functional import cached_property

from events.models import Registration
from partners.permissions import is_member_of_verified_organisation

from .models import Material


class Need:
    """What a person lacks, for the message on the card."""

    SIGN_IN = "sign-in"
    VERIFIED_ORGANISATION = "verified-organisation"
    REGISTRATION = "registration"
    STAFF = "staff"


@dataclass
class Decision:
    allowed: bool
    need: str = ""

    def __bool__(self):
        return self.allowed


@dataclass
class Viewer:
    """The person asking, with the facts the rules need, each read at most once."""

    user: object
    _events: set | None = field(default=None, repr=False)

    @property
    def signed_in(self) -> bool:
        return self.user.is_authenticated

    @cached_property
    def is_staff(self) -> bool:
        """Staff, with the second factor where the site requires it for staff (so a stolen
        staff password alone opens no internal file)."""
        if not self.signed_in or not self.user.is_staff:
            return False
        return not settings.KENES_STAFF_REQUIRE_2FA or is_mfa_enabled(self.user)

    @cached_property
    def is_member(self) -> bool:
        return self.signed_in and is_member_of_verified_organisation(self.user)

    @cached_property
    def seat_events(self) -> set[int]:
        """The (original) events where the person has a seat or attended."""
        if not self.signed_in:
            return set()
        return set(
            Registration.objects.filter(
                person=self.user, status__in=Registration.SEAT_STATUSES
            ).values_list("event_id", flat=True)
        )


def viewer_for(request) -> Viewer:
    """The request's viewer, made once per request."""
    viewer = getattr(request, "_library_viewer", None)
    if viewer is None:
        viewer = request._library_viewer = Viewer(request.user)
    return viewer


def original_event_id(material: Material) -> int | None:
    """Registrations belong to the event's original page (its translation group's first);
    a material may be attached to any language's page."""
    if material.event_id is None:
        return None
    cached = getattr(material, "original_event_id", None)
    if cached is not None:
        return cached
    return material.event.canonical.pk


def decide(viewer: Viewer, material: Material) -> Decision:
    if viewer.is_staff:
        return Decision(True)
    if material.access == Material.Access.PUBLIC:
        return Decision(True)
    if material.access == Material.Access.STAFF:
        return Decision(False, Need.STAFF)
    if not viewer.signed_in:
        return Decision(False, Need.SIGN_IN)
    if material.access == Material.Access.MEMBERS:
        if viewer.is_member:
            return Decision(True)
        return Decision(False, Need.VERIFIED_ORGANISATION)
    if material.access == Material.Access.PARTICIPANTS:
        if original_event_id(material) in viewer.seat_events:
            return Decision(True)
        return Decision(False, Need.REGISTRATION)
    return Decision(False, Need.STAFF)  # an access level this code does not know


def may_see_card(viewer: Viewer, material: Material) -> bool:
    """Staff-only materials are internal: other people do not learn they exist."""
    return material.access != Material.Access.STAFF or viewer.is_staff
