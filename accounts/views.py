from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from partners.selectors import memberships_for

from .forms import ProfileForm


@login_required
def my_account(request):
    """The person's own page: their name and language, and the way to every account setting."""
    form = ProfileForm(request.POST if request.method == "POST" else None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your profile has been saved."))
        return redirect("accounts:my_account")
    return render(
        request,
        "accounts/my_account.html",
        {"form": form, "memberships": memberships_for(request.user)},
    )
