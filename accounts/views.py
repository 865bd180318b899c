import json

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.exceptions import BadRequest
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from events.selectors import registrations_of_person
from feeds.services import token_issue, token_of, token_revoke
from partners.selectors import memberships_for

from .forms import DeleteAccountForm, ProfileForm
from .services import AccountCannotBeDeleted, account_delete, personal_data

PAST_EVENTS_SHOWN = 5


@login_required
def my_account(request):
    """The person's own page: their name and language, and the way to every account setting."""
    form = ProfileForm(request.POST if request.method == "POST" else None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your profile has been saved."))
        return redirect("accounts:my_account")
    feed_token = token_of(request.user)
    personal_feed_url = None
    if feed_token is not None:
        path = reverse("personal_feed", args=[feed_token.token])
        personal_feed_url = request.build_absolute_uri(path)
    response = render(
        request,
        "accounts/my_account.html",
        {
            "form": form,
            "memberships": memberships_for(request.user),
            "upcoming_registrations": registrations_of_person(request.user, upcoming=True),
            "past_registrations": registrations_of_person(
                request.user, upcoming=False, limit=PAST_EVENTS_SHOWN
            ),
            "feed_token": feed_token,
            "personal_feed_url": personal_feed_url,
        },
    )
    # The page shows the secret address of the person's calendar: no cache may keep it. (The
    # site's Referrer-Policy, same-origin, already sends no address to other sites; the
    # stricter no-referrer would make browsers post its forms with "Origin: null", which
    # Django's CSRF check rightly refuses.)
    response["Cache-Control"] = "no-store"
    return response


@login_required
@require_POST
def calendar_feed(request):
    """Create, replace (`issue`) or stop (`revoke`) the person's personal calendar address."""
    action = request.POST.get("action")
    if action == "issue":
        replaced = token_of(request.user) is not None
        token_issue(user=request.user)
        if replaced:
            messages.success(
                request,
                _(
                    "Your calendar has a new address. The old one no longer works: "
                    "subscribe again with the new one."
                ),
            )
        else:
            messages.success(
                request,
                _("Your calendar address is ready: subscribe to it in your calendar app."),
            )
    elif action == "revoke":
        token_revoke(user=request.user)
        messages.success(request, _("Your calendar feed is stopped: its address no longer works."))
    else:
        raise BadRequest("unknown action")
    return redirect(reverse("accounts:my_account") + "#calendar")


@login_required
@require_safe
def export(request):
    """Everything the platform holds about the person, as a JSON file to download."""
    data = personal_data(user=request.user)
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2), content_type="application/json"
    )
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="kenes-my-data-{stamp}.json"'
    response["Cache-Control"] = "no-store"
    return response


@login_required
def delete(request):
    """Delete the account after the password is given again."""
    form = DeleteAccountForm(request.POST if request.method == "POST" else None, user=request.user)
    if request.method == "POST" and form.is_valid():
        user = request.user
        try:
            account_delete(user=user)
        except AccountCannotBeDeleted as error:
            form.add_error(None, str(error))
        else:
            logout(request)
            messages.success(request, _("Your account has been deleted."))
            return redirect("wagtail_serve", "")
    return render(request, "accounts/delete.html", {"form": form})
