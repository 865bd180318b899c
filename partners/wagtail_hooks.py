"""Partners in the Wagtail admin (the organisations and the verification queue), in "My
account" (the person's organisations) and in the person's data."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks

from accounts.panels import ACCOUNT_PANEL_HOOK
from accounts.personal_data import PERSONAL_DATA_HOOK, PersonalData
from core.panels import Panel

from .admin_views import OrganisationViewSet
from .selectors import (
    lock_representatives_of,
    memberships_for,
    memberships_with_requests,
    organisations_only_represented_by,
)


@hooks.register("register_admin_viewset")
def register_organisation_viewset():
    return OrganisationViewSet("partners_organisation")


class MyOrganisationsPanel(Panel):
    template_name = "partners/includes/account_organisations.html"
    order = 40
    heading = gettext_lazy("My organisations")
    anchor = "my-organisations"


@hooks.register(ACCOUNT_PANEL_HOOK)
def my_organisations_panel(request):
    return MyOrganisationsPanel(request, memberships=memberships_with_requests(request.user))


def _organisations(user) -> list[dict]:
    return [
        {
            "organisation": m.organisation.name,
            "bin": m.organisation.bin,
            "role": m.role,
            "membership": m.status,
            "since": m.created_at.isoformat(),
        }
        for m in memberships_for(user)
    ]


def _last_representative(user) -> str:
    """An organisation never loses its last representative silently."""
    lock_representatives_of(user)  # so a colleague leaving at the same time waits
    blocking = organisations_only_represented_by(user)
    if not blocking:
        return ""
    return _(
        "You are the last representative of %(names)s. Make another member a "
        "representative first, then delete your account."
    ) % {"names": ", ".join(o.name for o in blocking)}


@hooks.register(PERSONAL_DATA_HOOK)
def organisations_part():
    return PersonalData(
        name="organisations",
        holds=["partners.Membership.user"],
        export=_organisations,
        keeps={
            "partners.Decision.decided_by": "the commission's decision on an organisation is "
            "the commission's record; the decision stays, without the person",
            "partners.Invitation.invited_by": "an invitation belongs to the organisation and "
            "the invited address; it stays, without the person who sent it",
        },
        refuse_deletion=_last_representative,
    )
