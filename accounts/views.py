"""The person's own pages: "My account", their data to take away, and deleting the account.
(Email addresses, passwords and two-factor authentication are allauth's pages.)"""

import json

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from .forms import DeleteAccountForm, ProfileForm
from .panels import account_panels
from .personal_data import AccountCannotBeDeleted, account_delete, personal_data


@login_required
def my_account(request):
    """The person's own page: the sections the apps add (organisations, events, calendar;
    see `panels`), their data, their name and language."""
    form = ProfileForm(request.POST if request.method == "POST" else None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your profile has been saved."))
        return redirect("accounts:my_account")
    response = render(
        request,
        "accounts/my_account.html",
        {"form": form, "panels": account_panels(request)},
    )
    # The page shows the secret address of the person's calendar: no cache may keep it. (The
    # site's Referrer-Policy, same-origin, already sends no address to other sites; the
    # stricter no-referrer would make browsers post its forms with "Origin: null", which
    # Django's CSRF check rightly refuses.)
    response["Cache-Control"] = "no-store"
    return response


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
