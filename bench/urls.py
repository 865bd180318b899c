from django.http import HttpResponse
from django.urls import path

from kenes.urls import urlpatterns as site_urlpatterns


def bare(request):
    """No database, no template: what the middleware alone costs."""
    return HttpResponse(b"ok", content_type="text/plain")


urlpatterns = [path("bench/bare/", bare), *site_urlpatterns]
