"""Visitor-facing views: the partner directory, public profiles, registering an organisation."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db import IntegrityError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from .forms import DirectoryFilterForm, OrganisationForm
from .models import Organisation
from .services import organisation_register

DIRECTORY_PER_PAGE = 20
DIRECTORY_TABS = [
    Organisation.Kind.NGO,
    Organisation.Kind.INTERNATIONAL,
    Organisation.Kind.STATE,
    Organisation.Kind.ACADEMIC,
]


@require_safe
def directory(request):
    """Verified organisations that opted in, one kind per tab (NGOs and international partners
    apart), filtered by region and searched by name or BIN, paginated."""
    kind = request.GET.get("kind")
    if kind not in Organisation.Kind.values:
        kind = Organisation.Kind.NGO
    form = DirectoryFilterForm(request.GET)
    organisations = Organisation.objects.in_directory().filter(kind=kind).ordered_by_name()
    if form.is_valid():
        if form.cleaned_data["q"]:
            organisations = organisations.search(form.cleaned_data["q"])
        if form.cleaned_data["region"]:
            organisations = organisations.filter(region=form.cleaned_data["region"])
    page = Paginator(organisations, DIRECTORY_PER_PAGE).get_page(request.GET.get("page"))
    tabs = [(value, Organisation.Kind(value).label) for value in DIRECTORY_TABS]
    return render(
        request,
        "partners/directory.html",
        {"form": form, "organisations": page, "kind": kind, "tabs": tabs},
    )


@require_safe
def profile(request, pk):
    """A listed organisation's public profile: never its members or their emails."""
    organisation = get_object_or_404(Organisation.objects.in_directory(), pk=pk)
    return render(request, "partners/profile.html", {"organisation": organisation})


@login_required
def register(request):
    """A signed-in person registers their organisation and becomes its representative."""
    form = OrganisationForm(
        request.POST if request.method == "POST" else None,
        request.FILES if request.method == "POST" else None,
    )
    if request.method == "POST" and form.is_valid():
        try:
            organisation = organisation_register(
                user=request.user,
                organisation=form.save(commit=False),
                focus_areas=form.cleaned_data["focus_areas"],
            )
        except IntegrityError:  # the same BIN submitted twice at once
            form.add_error("bin", Organisation._meta.get_field("bin").error_messages["unique"])
            return render(request, "partners/register.html", {"form": form})
        messages.success(
            request,
            _(
                "%(name)s is registered and waits for the commission's verification. "
                "We will write to you when it is decided."
            )
            % {"name": organisation.name},
        )
        return redirect("accounts:my_account")
    return render(request, "partners/register.html", {"form": form})
