"""A page with a form and its CSRF token, for tests/core/test_page_cache.py."""

from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.urls import path


def form(request):
    token = get_token(request)
    return HttpResponse(
        f'<form method="post"><input type="hidden" name="csrfmiddlewaretoken" value="{token}">'
        "</form>",
        content_type="text/html; charset=utf-8",
    )


urlpatterns = [path("form/", form)]
