"""A page an editor protects with a password (Wagtail's Privacy: "a password") asks for it in
the site's own page, in the visitor's language; a wrong password says so, the right one opens
the page."""

import pytest
from django.test import Client
from wagtail.models import PageViewRestriction

from tests.checks import check_page, english_on_page
from tests.factories import committed, make_event, translate

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("language", "asks", "wrong"),
    [
        ("kk", "Құпиясөз қажет", "Енгізілген құпиясөз дұрыс емес"),
        ("ru", "Требуется пароль", "Введённый вами пароль неверный"),
    ],
)
def test_a_protected_page_asks_for_its_password_in_the_sites_page(
    event_index, language, asks, wrong
):
    event = make_event(event_index, title="Жабық кездесу")
    if language == "ru":
        translate(event_index, "ru", title="Мероприятия")
        event = translate(event, "ru", title="Закрытая встреча")
    with committed():
        PageViewRestriction.objects.create(
            page=event, restriction_type=PageViewRestriction.PASSWORD, password="kenes-2026"
        )
    client = Client()
    asked = client.get(event.url)
    html = asked.content.decode()
    assert asked.status_code == 200 and f"<h1>{asks}</h1>" in html
    assert event.title not in html and event.intro not in html  # nothing of the page shows
    check_page(html)
    if language == "kk":
        assert english_on_page(asked) == []
    action = asked.context["action_url"]

    refused = client.post(action, {"password": "wrong", "return_url": event.url})
    assert refused.status_code == 200 and wrong in refused.content.decode()
    check_page(refused.content.decode())
    if language == "kk":
        assert english_on_page(refused) == []

    opened = client.post(action, {"password": "kenes-2026", "return_url": event.url})
    assert opened.status_code == 302 and opened["Location"] == event.url
    assert event.title in client.get(event.url).content.decode()
