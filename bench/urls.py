from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import path
from django.views.decorators.http import require_POST

from kenes.urls import urlpatterns as site_urlpatterns


def bare(request):
    """No database, no template: what the middleware alone costs."""
    return HttpResponse(b"ok", content_type="text/plain")


@require_POST
def signed_in(request):
    """What any form sent by a signed-in person costs before it does anything: the session,
    the account, the CSRF check, a message and the redirect. The registration storm's
    yardstick."""
    if not request.user.is_authenticated:
        return HttpResponse(status=403)
    messages.success(request, "ok")
    return redirect("/")


urlpatterns = [
    path("bench/bare/", bare),
    path("bench/signed-in/", signed_in),
    *site_urlpatterns,
]
