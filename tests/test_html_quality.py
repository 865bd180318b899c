"""Every page the foundation serves is well-formed HTML with labelled fields, one h1,
a language, unique ids and alt text (WCAG 2.1 AA basics that a parser can check)."""

import datetime

import pytest
from bs4 import BeautifulSoup

from tests.checks import check_page
from tests.factories import (
    ACCOUNT_PAGES,
    PASSWORD,
    SIGNED_IN_ACCOUNT_PAGES,
    UserFactory,
    add_measures,
    make_action_plan_tracker,
    make_news,
    make_plan,
    make_standard_page,
    report_progress,
    state_body,
)

pytestmark = pytest.mark.django_db

ANONYMOUS_PAGES = [
    "/kk/",
    "/ru/",
    "/en/",
    "/kk/news/",
    "/kk/news/shymkent/",
    "/kk/about/",
    "/kk/search/",
    "/kk/search/?q=Шымкент",
    "/kk/search/?q=zzz",
    "/kk/no-such-page/",
    "/kk/partners/",
    "/kk/partners/?kind=international&q=x&region=astana",
    "/kk/action-plan/",
    "/kk/action-plan/2009-2012/",
    "/kk/action-plan/2009-2012/?as_of=2011-01-10&status=implemented&overdue=on",
    "/kk/action-plan/2009-2012/?as_of=10.01.2011&area=x&body=0&mechanism=x",
    "/kk/action-plan/2009-2012/measures/1-1/",
    *ACCOUNT_PAGES,
]


@pytest.fixture
def content(news_indexes):
    make_news(news_indexes["kk"], title="Шымкенттегі семинар", slug="shymkent")
    make_standard_page(news_indexes["kk"].get_parent(), title="Комиссия туралы", slug="about")
    make_action_plan_tracker(news_indexes["kk"].get_parent())
    measure = add_measures(make_plan(), 2, bodies=[state_body()])[0]
    report_progress(measure, "in-progress", datetime.date(2009, 9, 1))
    report_progress(measure, "implemented", datetime.date(2010, 12, 1))


@pytest.mark.parametrize("url", ANONYMOUS_PAGES)
def test_public_pages_are_valid_and_accessible(client, content, url):
    response = client.get(url)
    assert response.status_code in {200, 404}
    check_page(response.content.decode())


@pytest.mark.parametrize("url", SIGNED_IN_ACCOUNT_PAGES)
def test_account_pages_are_valid_and_accessible(client, homes, url):
    user = UserFactory()
    client.post("/kk/accounts/login/", {"login": user.email, "password": PASSWORD})
    response = client.get(url)
    assert response.status_code == 200
    check_page(response.content.decode())


def test_form_errors_are_tied_to_their_fields(client, homes):
    response = client.post("/kk/accounts/signup/", {"email": "bad"})
    soup = BeautifulSoup(response.content, "html.parser")
    email = soup.find("input", attrs={"name": "email"})
    assert email["aria-invalid"] == "true"
    assert "id_email_error" in email["aria-describedby"]
    assert soup.find(id="id_email_error") is not None
    check_page(response.content.decode())
