"""The library's pages are valid, accessible HTML, and wholly Kazakh on the Kazakh site."""

import pytest

from events.models import Registration
from tests.checks import check_page, english_on_page
from tests.factories import (
    make_event,
    make_library,
    make_material,
    verified_member,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def shelf(homes, event_index, django_capture_on_commit_callbacks):
    library = make_library(homes["kk"])
    seminar = make_event(event_index, title="Оқыту семинары", kind="seminar")
    with django_capture_on_commit_callbacks(execute=True):
        law = make_material(title="Адам құқықтары туралы заң", kind="law", language="kk")
        make_material(
            title="Права человека: справочник", language="ru", translation_of=law, kind="handbook"
        )
        handbook = make_material(title="ҮЕҰ-ға арналған нұсқаулық", access="members")
        slides = make_material(
            title="Семинар слайдтары", access="participants", event=seminar, kind="presentation"
        )
    return library, seminar, law, handbook, slides


def pages(library, seminar, law, handbook, slides):
    return [
        library.url,
        f"{library.url}?q=құқықтары&kind=law&language=kk&sort=title",
        f"{library.url}?q=жоқсөз",
        f"{library.url}{law.pk}/",
        f"{library.url}{handbook.pk}/",
        f"{library.url}{slides.pk}/",
        seminar.url,
    ]


def test_library_pages_are_valid_for_visitors_and_members(client, shelf):
    library, seminar, law, handbook, slides = shelf
    for url in pages(*shelf):
        response = client.get(url)
        assert response.status_code == 200, url
        check_page(response.content.decode())
    refused = client.get(handbook.url)
    assert refused.status_code == 403
    check_page(refused.content.decode())
    person = verified_member()
    Registration.objects.create(event=seminar, person=person, status="confirmed")
    client.force_login(person)
    for url in pages(*shelf):
        check_page(client.get(url).content.decode())


def test_kazakh_library_pages_show_no_english(client, shelf):
    library, seminar, law, handbook, slides = shelf
    for url in pages(*shelf):
        assert english_on_page(client.get(url)) == [], url
    assert english_on_page(client.get(handbook.url)) == []
    client.force_login(verified_member())
    for url in pages(*shelf):
        assert english_on_page(client.get(url)) == [], url
