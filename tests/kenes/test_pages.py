import datetime

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from kenes.models import NEWS_PER_PAGE
from tests.factories import (
    UserFactory,
    make_footer,
    make_news,
    make_standard_page,
    translate,
    translated,
)

pytestmark = pytest.mark.django_db


def test_root_redirects_to_the_visitors_language(client, homes):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="ru")
    assert response.status_code == 302
    assert response["Location"] == "/ru/"


def test_root_redirects_to_kazakh_by_default(client, homes):
    response = client.get("/")
    assert response["Location"] == "/kk/"


@pytest.mark.parametrize(
    ("code", "title"), [("kk", "Басты бет"), ("ru", "Главная"), ("en", "Home")]
)
def test_home_page_in_each_language(client, homes, code, title):
    response = client.get(f"/{code}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{code}">' in html
    assert f'id="hero-title">{title}</h1>' in html
    assert translated(code, "Latest news") in html


def test_home_page_lists_the_latest_news_of_its_language(client, news_indexes):
    make_news(news_indexes["kk"], title="Шымкенттегі семинар", date=datetime.date(2015, 10, 30))
    make_news(news_indexes["ru"], title="Семинар в Шымкенте", date=datetime.date(2015, 10, 30))
    kk = client.get("/kk/").content.decode()
    assert "Шымкенттегі семинар" in kk
    assert "Семинар в Шымкенте" not in kk


def test_home_page_says_nothing_yet_without_news(client, homes):
    response = client.get("/en/")
    assert "No news yet." in response.content.decode()


def test_news_index_is_newest_first_and_paginated(client, news_indexes):
    for day in range(1, NEWS_PER_PAGE + 3):
        make_news(news_indexes["en"], title=f"Item {day:02d}", date=datetime.date(2020, 1, day))
    first = client.get("/en/news/")
    assert [item.title for item in first.context["news"]][:2] == ["Item 12", "Item 11"]
    assert len(first.context["news"]) == NEWS_PER_PAGE
    second = client.get("/en/news/?page=2")
    assert [item.title for item in second.context["news"]] == ["Item 02", "Item 01"]


@pytest.mark.parametrize("page", ["999", "abc", "-1"])
def test_news_index_survives_a_bad_page_number(client, news_indexes, page):
    make_news(news_indexes["en"], title="Only item")
    response = client.get(f"/en/news/?page={page}")
    assert response.status_code == 200
    assert "Only item" in response.content.decode()


def test_news_page_shows_date_in_the_visitors_language(client, news_indexes):
    kk = make_news(news_indexes["kk"], title="Семинар", slug="seminar")
    translate(kk, "ru", title="Семинар (ru)", slug="seminar")
    assert "30 октября 2015 г." in client.get("/ru/news/seminar/").content.decode()
    assert "2015 ж." in client.get("/kk/news/seminar/").content.decode()


def count_queries(client, url):
    client.get(url)  # warm the per-process caches (site root paths, locales) first
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_news_index_issues_the_same_queries_for_2_and_10_items(client, news_indexes):
    for day in range(1, 3):
        make_news(news_indexes["en"], title=f"Item {day}", date=datetime.date(2020, 1, day))
    few = count_queries(client, "/en/news/")
    for day in range(3, 11):
        make_news(news_indexes["en"], title=f"Item {day}", date=datetime.date(2020, 1, day))
    many = count_queries(client, "/en/news/")
    assert few == many


def test_home_page_issues_the_same_queries_for_1_and_3_news(client, news_indexes):
    make_news(news_indexes["kk"], title="Бір")
    few = count_queries(client, "/kk/")
    make_news(news_indexes["kk"], title="Екі")
    make_news(news_indexes["kk"], title="Үш")
    many = count_queries(client, "/kk/")
    assert few == many


def test_menu_shows_pages_marked_for_menus_in_the_current_language(client, homes):
    about = make_standard_page(homes["kk"], title="Комиссия туралы", slug="about")
    translate(about, "ru", title="О Комиссии")
    make_standard_page(homes["kk"], title="Жасырын", slug="hidden", show_in_menus=False)
    html = client.get("/ru/").content.decode()
    assert '<a href="/ru/about/">О Комиссии</a>' in html
    assert "Жасырын" not in html


def test_footer_text_follows_the_language(client, homes):
    make_footer("kk", "<p>Астана қаласы</p>")
    make_footer("ru", "<p>город Астана</p>")
    assert "Астана қаласы" in client.get("/kk/").content.decode()
    assert "город Астана" in client.get("/ru/").content.decode()


def test_standard_page_renders_its_body(client, homes):
    page = make_standard_page(homes["kk"], title="Байланыс", slug="contacts", intro="Жазыңыз")
    page.body = [("heading", {"text": "Мекенжай", "level": "h2"})]
    page.save_revision().publish()
    html = client.get("/kk/contacts/").content.decode()
    assert "<h1>Байланыс</h1>" in html
    assert "<h2>Мекенжай</h2>" in html


def test_menu_offers_my_account_to_a_signed_in_person_and_sign_in_to_others(client, homes):
    def menu(response):
        nav = BeautifulSoup(response.content, "html.parser").find("nav", class_="main-menu")
        return [a.get_text() for a in nav.find_all("a")]

    assert menu(client.get("/en/"))[-2:] == ["Sign in", "Sign up"]
    client.force_login(UserFactory())
    assert menu(client.get("/en/"))[-1] == "My account"
