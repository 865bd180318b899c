"""The admin says how many things a list holds in the grammar of its language: Russian staff
read «1 комментарий, 3 комментария, 5 комментариев, 21 комментарий», not Wagtail's
"<count> <plural name>" («5 комментарии»). See core/counting.py."""

import pytest
from bs4 import BeautifulSoup
from django.utils import translation
from django.utils.text import capfirst
from wagtail.models import Site

from consultations.models import Comment, DraftElement
from consultations.parsing import split_draft
from consultations.services import version_import, version_publish
from core.counting import count_label
from events.models import EventPage, Registration
from partners.models import Organisation
from tests.accounts.test_two_factor import with_totp
from tests.factories import (
    RUSSIAN_DRAFT,
    UserFactory,
    add_events_quickly,
    make_consultation,
    make_consultation_index,
    make_event,
    staff_user,
)

pytestmark = pytest.mark.django_db
SIZES = [1, 3, 5, 21]


@pytest.fixture
def admin(client):
    person = staff_user(None, is_superuser=True, preferred_language="ru")
    with_totp(person)
    client.force_login(person)
    return person


def counts_on(client, address: str, **headers) -> list[str]:
    """What the screen says of the number of things: the end of its pagination, and the
    heading of the moderation list."""
    response = client.get(address, **headers)
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    said = [" ".join(end.get_text(" ").split()) for end in page.select(".pagination__end")]
    said += [heading.get_text(strip=True) for heading in page.select("#list-heading")]
    return said


def grow(make, to: int, have: int) -> None:
    for n in range(have, to):
        make(n)


def test_comments_are_counted_in_russian(client, admin, homes):
    consultation = make_consultation(make_consultation_index(homes["kk"]))
    version = version_import(
        consultation=consultation, language="ru", elements=split_draft(RUSSIAN_DRAFT), by=None
    )
    version_publish(version=version, note="", by=None)
    element = DraftElement.objects.get(kind="article", number="2")

    def comment(n):
        Comment.objects.create(
            consultation=consultation,
            version=version,
            element=element,
            author_name=f"Автор {n}",
            remark=f"Замечание {n}",
            language="ru",
            status=Comment.Status.PENDING,
        )

    expected = {
        1: "1 комментарий",
        3: "3 комментария",
        5: "5 комментариев",
        21: "21 комментарий",
    }
    have = 0
    for size in SIZES:
        grow(comment, size, have)
        have = size
        said = counts_on(client, "/admin/consultations/moderation/")
        assert said == [expected[size]] * 2  # under the list and as its heading


def test_registrations_are_counted_in_russian(client, admin, event_index):
    event = make_event(event_index, capacity=100)

    def registration(n):
        Registration.objects.create(event=event, person=UserFactory(), status="confirmed")

    expected = {
        1: "1 регистрация",
        3: "3 регистрации",
        5: "5 регистраций",
        21: "21 регистрация",
    }
    have = 0
    for size in SIZES:
        grow(registration, size, have)
        have = size
        assert counts_on(client, f"/admin/events/{event.pk}/registrations/") == [expected[size]]


def test_events_and_pages_are_counted_in_russian(client, admin, event_index):
    expected_events = {
        1: "1 мероприятие",
        3: "3 мероприятия",
        5: "5 мероприятий",
        21: "21 мероприятие",
    }
    expected_pages = {1: "1 страница", 3: "3 страницы", 5: "5 страниц", 21: "21 страница"}
    have = 0
    for size in SIZES:
        add_events_quickly(event_index, size - have)
        have = size
        assert EventPage.objects.count() == size
        assert counts_on(client, "/admin/events/") == [expected_events[size]]
        assert counts_on(client, f"/admin/pages/{event_index.pk}/") == [expected_pages[size]]


def test_english_staff_read_the_english_plural(client, admin, event_index):
    add_events_quickly(event_index, 1)
    assert counts_on(client, "/admin/events/", HTTP_ACCEPT_LANGUAGE="en") == ["1 event"]
    add_events_quickly(event_index, 2)
    assert counts_on(client, "/admin/events/", HTTP_ACCEPT_LANGUAGE="en") == ["3 events"]


def test_a_kind_without_a_plural_message_is_counted_as_kind_and_number():
    """Any other model: "<Kind>: <count>", right in every language."""
    with translation.override("ru"):
        assert count_label(Site, 5) == f"{capfirst(Site._meta.verbose_name_plural)}: 5"
        assert count_label(Site, 5) != "5 сайты"
        assert count_label(Organisation, 5) == "5 организаций"
        assert count_label(None, 21) == "21 элемент"  # a list of no model in particular
