import datetime

import pytest
from django.db import DatabaseError
from django.test import Client, RequestFactory
from django.utils import translation
from django.views.defaults import bad_request

from kenes import views
from kenes.views import SEARCH_RESULTS_PER_PAGE
from tests.accounts.test_two_factor import with_totp
from tests.factories import make_news, staff_user, translated

pytestmark = pytest.mark.django_db


def test_healthz_answers_ok_when_the_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok\n"
    assert "no-cache" in response["Cache-Control"]


def test_healthz_answers_503_when_the_database_fails(client, monkeypatch):
    def broken_cursor(*args, **kwargs):
        raise DatabaseError("connection refused")

    monkeypatch.setattr(views.connection, "cursor", broken_cursor)
    response = client.get("/healthz")
    assert response.status_code == 503


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


@pytest.mark.indexes
def test_search_finds_pages_in_the_current_language_only(client, news_indexes):
    make_news(news_indexes["ru"], title="Семинар в Шымкенте", intro="Обучающий семинар ОБСЕ")
    make_news(news_indexes["kk"], title="Шымкенттегі семинар", intro="ЕҚЫҰ оқыту семинары")
    response = client.get("/ru/search/", {"q": "Шымкенте"})
    titles = [page.title for page in response.context["results"]]
    assert titles == ["Семинар в Шымкенте"]


def test_search_without_a_query_shows_the_form_only(client, homes):
    response = client.get("/en/search/")
    assert response.status_code == 200
    assert response.context["results"] is None


def test_search_with_no_match_says_so(client, homes):
    response = client.get("/en/search/", {"q": "zzzzqqq"})
    assert "Nothing was found for “zzzzqqq”" in response.content.decode()


def test_search_escapes_the_query(client, homes):
    response = client.get("/en/search/", {"q": "<script>alert(1)</script>"})
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


@pytest.mark.indexes
def test_search_paginates(client, news_indexes):
    for day in range(1, SEARCH_RESULTS_PER_PAGE + 3):
        make_news(news_indexes["en"], title=f"Round table {day}", date=datetime.date(2020, 1, day))
    first = client.get("/en/search/", {"q": "round table"})
    assert first.context["results"].paginator.count == SEARCH_RESULTS_PER_PAGE + 2
    second = client.get("/en/search/", {"q": "round table", "page": 2})
    assert len(second.context["results"]) == 2
    assert 'href="?q=round+table&amp;page=2"' in first.content.decode()


def test_search_accepts_only_get(client, homes):
    assert client.post("/en/search/", {"q": "x"}).status_code == 405


@pytest.mark.indexes
@pytest.mark.parametrize("query", ['"', 'a"b', "(", "*", "AND", "OR NOT", "a\x00b", "-", "'"])
def test_search_survives_query_syntax_and_control_characters(client, news_indexes, query):
    make_news(news_indexes["en"], title="Round table")
    response = client.get("/en/search/", {"q": query})
    assert response.status_code == 200


def test_search_refuses_an_overlong_query_with_a_message(client, homes):
    response = client.get("/en/search/", {"q": "x" * 201})
    assert response.status_code == 200
    assert response.context["form"].errors["q"] == ["Please use at most 200 characters."]
    assert response.context["results"] is None


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
