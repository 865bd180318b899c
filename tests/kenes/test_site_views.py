import pytest
from django.db import DatabaseError
from django.test import Client, RequestFactory
from django.utils import translation
from django.views.defaults import bad_request

from kenes import readiness, views
from tests.accounts.test_two_factor import with_totp
from tests.factories import staff_user, translated

pytestmark = pytest.mark.django_db


def test_healthz_answers_ok_when_the_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok\n"
    assert "no-cache" in response["Cache-Control"]


def test_healthz_answers_503_when_the_database_fails(client, monkeypatch):
    def broken_cursor(*args, **kwargs):
        raise DatabaseError("connection refused")

    monkeypatch.setattr(readiness.connection, "cursor", broken_cursor)
    response = client.get("/healthz")
    assert response.status_code == 503


def test_a_mistyped_proxy_address_stops_the_release_before_anybody_signs_in(client, settings):
    """TRUSTED_PROXIES is read at a sign-in, not at start: the release check and /healthz
    say what is wrong at once, instead of a 500 at somebody's first sign-in."""
    settings.TRUSTED_PROXIES = ["127.0.0.1", "10.0.0.0/8"]
    assert readiness.check_release() == []
    settings.TRUSTED_PROXIES = ["127.0.0.1", "10.0.0.300"]
    (error,) = readiness.check_release()
    assert error.id == "kenes.E001"
    assert "TRUSTED_PROXIES: '10.0.0.300' is neither an address, a network nor 'unix'" in error.msg
    assert client.get("/healthz").status_code == 503


def test_robots_txt_keeps_crawlers_out_of_the_admin_and_accounts(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain"
    body = response.content.decode()
    assert "Disallow: /admin/" in body
    assert "Disallow: /kk/accounts/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body


def test_sitemap_lists_pages_of_every_language(client, news_indexes):
    response = client.get("/sitemap.xml")
    body = response.content.decode()
    for url in ("/kk/", "/ru/", "/en/", "/kk/news/", "/ru/news/", "/en/news/"):
        assert f"<loc>http://testserver{url}</loc>" in body


@pytest.mark.parametrize("code", ["kk", "ru", "en"])
def test_404_page_is_friendly_and_in_the_visitors_language(client, homes, code):
    response = client.get(f"/{code}/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert f'<html lang="{code}">' in html
    assert f"<h1>{translated(code, 'Page not found')}</h1>" in html


@pytest.mark.parametrize("code", ["kk", "ru", "en"])
def test_500_page_is_in_the_visitors_language_without_the_database(code, django_assert_num_queries):
    request = RequestFactory().get(f"/{code}/")
    with translation.override(code), django_assert_num_queries(0):
        response = views.server_error(request)
    assert response.status_code == 500
    html = response.content.decode()
    assert f'<html lang="{code}">' in html
    assert translated(code, "Something went wrong on our side") in html


def test_healthz_answers_head_requests(client):
    assert client.head("/healthz").status_code == 200


@pytest.mark.parametrize("code", ["kk", "ru", "en"])
def test_csrf_failure_page_is_translated_and_explains_what_to_do(code, homes):

    client = Client(enforce_csrf_checks=True)
    response = client.post(f"/{code}/accounts/login/", {"login": "a@b.kz", "password": "x"})
    assert response.status_code == 403
    html = response.content.decode()
    assert f'<html lang="{code}">' in html
    assert translated(code, "The form has expired") in html


def test_400_page_renders_without_a_request():
    with translation.override("ru"):
        response = bad_request(RequestFactory().get("/ru/"), Exception("bad"))
    assert response.status_code == 400
    assert translated("ru", "The request could not be understood") in response.content.decode()


def test_a_missing_admin_object_is_a_404_not_a_language_redirect(client, homes):

    editor = staff_user("Editors")
    with_totp(editor)
    client.force_login(editor)
    assert client.get("/admin/pages/999999/edit/").status_code == 404
    assert client.get("/no-such-page/").status_code == 302  # public pages still get a language


@pytest.mark.parametrize("path", ["/kk/", "/healthz", "/kk/accounts/login/"])
def test_every_response_carries_the_security_policies(client, homes, path):
    """A Content-Security-Policy without inline script or other hosts, and a
    Permissions-Policy that turns off the browser features the site never uses."""
    response = client.get(path)
    policy = dict(
        part.strip().split(" ", 1) for part in response["Content-Security-Policy"].split(";")
    )
    assert policy["default-src"] == "'self'"
    assert policy["script-src"] == "'self'"  # no 'unsafe-inline', no other host
    assert policy["style-src"] == "'self'"
    assert policy["frame-ancestors"] == "'none'"
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]


def test_the_admin_allows_inline_styles_but_never_inline_scripts(client, homes):
    editor = staff_user("Editors")
    with_totp(editor)
    client.force_login(editor)
    policy = client.get("/admin/")["Content-Security-Policy"]
    assert "style-src 'self' 'unsafe-inline'" in policy
    assert "script-src 'self';" in policy + ";"
