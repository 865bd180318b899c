"""Who may download a material, and what someone who may not needs to do.

One function decides for the library page, a material's card, the links on event and
consultation pages and the file itself. What it needs to know about the person (are they a
member of a verified organisation? which events do they hold a seat at?) is read once per
request (`Viewer`), so a list of any length asks the same two questions.
"""

from dataclasses import dataclass, field

from allauth.mfa.utils import is_mfa_enabled
from django.conf import settings
from django.db.models import Q
from django.utils.functional import cached_property
from wagtail.models import CollectionViewRestriction

from events.models import EventPage, Registration
from partners.permissions import is_member_of_verified_organisation

from .models import Material


class Need:
    """What a person lacks, for the message on the card."""

    SIGN_IN = "sign-in"
    VERIFIED_ORGANISATION = "verified-organisation"
    REGISTRATION = "registration"
    STAFF = "staff"
    RESTRICTED = "restricted"  # the collection's privacy (Wagtail), e.g. a password or a group


@dataclass
class Decision:
    allowed: bool
    need: str = ""
    visible: bool = True  # may the person learn the material exists (see may_see_card)?

    def __bool__(self):
        return self.allowed


@dataclass
class Viewer:
    """The person asking, with the facts the rules need, each read at most once."""

    user: object
    request: object = field(default=None, repr=False)

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

    @cached_property
    def collection_restrictions(self) -> list:
        """Every privacy setting of a collection (Wagtail's; a short table), read once."""
        return list(CollectionViewRestriction.objects.select_related("collection"))

    @cached_property
    def refused_collection_paths(self) -> list[str]:
        """The paths of the collections whose privacy (Wagtail's) does not let this request
        through; their materials, and those of their children, are refused."""
        if self.request is None:
            return []
        return [
            restriction.collection.path
            for restriction in self.collection_restrictions
            if not restriction.accept_request(self.request)
        ]

    def passes_collection(self, material: Material) -> Decision | None:
        """None when the collection's privacy (and its parents') lets the request through,
        else what the person needs."""
        if not self.collection_restrictions or self.request is None:
            return None
        path = material.collection.path
        for restriction in self.collection_restrictions:
            if path.startswith(restriction.collection.path) and not restriction.accept_request(
                self.request
            ):
                if restriction.restriction_type == restriction.LOGIN and not self.signed_in:
                    return Decision(False, Need.SIGN_IN)
                return Decision(False, Need.RESTRICTED)
        return None


def viewer_for(request) -> Viewer:
    """The request's viewer, made once per request."""
    viewer = getattr(request, "_library_viewer", None)
    if viewer is None:
        viewer = request._library_viewer = Viewer(request.user, request)
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
    """The access level first; then the privacy of the material's collection, which Wagtail
    also enforces when the file is served, so that a card never offers a download the file
    would refuse."""
    decision = by_access_level(viewer, material)
    if not may_see_card(viewer, material):
        decision.visible = False
    if decision.allowed:
        refused = viewer.passes_collection(material)
        if refused is not None:
            refused.visible = decision.visible
            return refused
    return decision


def by_access_level(viewer: Viewer, material: Material) -> Decision:
    """The material's own access level alone (the collection's privacy aside)."""
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


def downloadable(viewer: Viewer, materials=None):
    """The materials (of `materials`, else all) `viewer` may download, as one query: `decide()`
    for a list that the database counts and pages (the site search). The same rules: staff
    may have any; others public ones, members of a verified organisation members-only ones,
    an event's participants its materials; then no collection whose privacy refuses them."""
    materials = Material.objects.all() if materials is None else materials
    if not viewer.is_staff:
        allowed = Q(access=Material.Access.PUBLIC)
        if viewer.is_member:
            allowed |= Q(access=Material.Access.MEMBERS)
        if viewer.seat_events:
            # registrations belong to an event's original page; a material to any language's
            seat_groups = EventPage.objects.filter(pk__in=viewer.seat_events).values(
                "translation_key"
            )
            allowed |= Q(
                access=Material.Access.PARTICIPANTS, event__translation_key__in=seat_groups
            )
        materials = materials.filter(allowed)
    for path in viewer.refused_collection_paths:
        materials = materials.exclude(collection__path__startswith=path)
    return materials
