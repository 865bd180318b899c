"""Views for people inside an organisation: asking to join, the representative's page
(profile, members, requests), leaving. Every view checks the person's role; to anybody
else an organisation they may not manage does not exist (404)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from .forms import InviteForm, JoinForm, OrganisationProfileForm
from .models import Membership, Organisation
from .permissions import is_representative
from .services import (
    PartnersError,
    invitation_accept,
    invitation_find,
    invitation_send,
    membership_answer,
    membership_remove,
    membership_request,
    membership_set_role,
)


def _managed(request, pk) -> Organisation:
    organisation = get_object_or_404(Organisation, pk=pk)
    if not is_representative(request.user, organisation):
        raise Http404
    return organisation


def _asked(request, organisation):
    messages.success(
        request,
        _("Your request to join %(name)s has been sent to its representative.")
        % {"name": organisation.name},
    )
    return redirect("accounts:my_account")


@login_required
def join(request):
    """Ask to join an organisation found by its BIN (listed in the directory or not)."""
    form = JoinForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            membership_request(user=request.user, organisation=form.organisation)
        except PartnersError as error:
            form.add_error("bin", str(error))
        else:
            return _asked(request, form.organisation)
    return render(request, "partners/join.html", {"form": form})


@login_required
@require_POST
def join_listed(request, pk):
    """The "Ask to join" button on a directory profile."""
    organisation = get_object_or_404(Organisation.objects.in_directory(), pk=pk)
    try:
        membership_request(user=request.user, organisation=organisation)
    except PartnersError as error:
        messages.error(request, str(error))
        return redirect("partners:profile", pk=pk)
    return _asked(request, organisation)


@login_required
def manage(request, pk):
    """The representative's page: the profile, the members and the requests to join."""
    organisation = _managed(request, pk)
    form = OrganisationProfileForm(
        request.POST if request.method == "POST" else None,
        request.FILES if request.method == "POST" else None,
        instance=organisation,
    )
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("The organisation's profile has been saved."))
        return redirect("partners:manage", pk=pk)
    memberships = organisation.memberships.select_related("user").order_by(
        "status", "role", "user__full_name"
    )
    return render(
        request,
        "partners/manage.html",
        {
            "organisation": organisation,
            "form": form,
            "invite_form": InviteForm(),
            "invitations": organisation.invitations.filter(accepted_at=None),
            "members": [m for m in memberships if m.status == Membership.Status.ACTIVE],
            "requests": [m for m in memberships if m.status == Membership.Status.REQUESTED],
        },
    )


REPRESENTATIVE = Membership.Role.REPRESENTATIVE
MEMBER = Membership.Role.MEMBER
# action in the URL: (the service call, the message when it is done)
MEMBER_ACTIONS = {
    "approve": (
        lambda m, by: membership_answer(membership=m, approve=True, by=by),
        gettext_lazy("%(name)s is now a member."),
    ),
    "decline": (
        lambda m, by: membership_answer(membership=m, approve=False, by=by),
        gettext_lazy("The request of %(name)s has been declined."),
    ),
    "remove": (
        lambda m, by: membership_remove(membership=m, by=by),
        gettext_lazy("%(name)s is no longer a member."),
    ),
    "make-representative": (
        lambda m, by: membership_set_role(membership=m, role=REPRESENTATIVE, by=by),
        gettext_lazy("%(name)s is now a representative."),
    ),
    "make-member": (
        lambda m, by: membership_set_role(membership=m, role=MEMBER, by=by),
        gettext_lazy("%(name)s is now a member without the representative role."),
    ),
}


@login_required
@require_POST
def member_action(request, pk, membership_pk, action):
    organisation = _managed(request, pk)
    membership = get_object_or_404(
        Membership.objects.select_related("user"), pk=membership_pk, organisation=organisation
    )
    if action not in MEMBER_ACTIONS:
        raise Http404
    perform, done = MEMBER_ACTIONS[action]
    try:
        perform(membership, request.user)
    except PartnersError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, str(done) % {"name": membership.user.full_name})
    if membership.user == request.user and action in {"remove", "make-member"}:
        return redirect("accounts:my_account")
    return redirect("partners:manage", pk=pk)


@login_required
@require_POST
def leave(request, pk):
    """A member leaves (or withdraws a request). The last representative cannot."""
    organisation = get_object_or_404(Organisation, pk=pk)
    membership = get_object_or_404(Membership, organisation=organisation, user=request.user)
    name = membership.organisation.name
    try:
        membership_remove(membership=membership, by=request.user)
    except PartnersError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("You have left %(name)s.") % {"name": name})
    return redirect("accounts:my_account")


@login_required
@require_POST
def invite(request, pk):
    """The representative invites a colleague by email (from their organisation's page)."""
    organisation = _managed(request, pk)
    form = InviteForm(request.POST)
    if form.is_valid():
        try:
            invitation_send(
                organisation=organisation, email=form.cleaned_data["email"], by=request.user
            )
        except PartnersError as error:
            messages.error(request, str(error))
        else:
            messages.success(
                request,
                _("An invitation has been sent to %(email)s.")
                % {"email": form.cleaned_data["email"]},
            )
    else:
        messages.error(request, _("Please enter a valid email address to invite."))
    return redirect("partners:manage", pk=pk)


def invitation(request, token):
    """The link in an invitation: who invites whom, and a button to accept once signed in."""
    found = invitation_find(token)
    if found is None:
        raise Http404
    if request.method == "POST":
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        try:
            invitation_accept(invitation=found, user=request.user)
        except PartnersError as error:
            messages.error(request, str(error))
        else:
            messages.success(
                request,
                _("You are now a member of %(name)s.") % {"name": found.organisation.name},
            )
            return redirect("accounts:my_account")
    return render(request, "partners/invitation.html", {"invitation": found})
