"""An event's materials on its page and in the email to its participants: never the
staff-only ones."""

import pytest
from django.core import mail

from events.models import Registration
from library.services import materials_announce
from tests.factories import (
    UserFactory,
    make_event,
    make_library,
    make_material,
    publish,
    verified_member,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def library(homes):
    return make_library(homes["kk"])


def test_staff_only_materials_are_neither_shown_on_pages_nor_emailed(
    client, library, event_index, django_capture_on_commit_callbacks
):
    seminar = make_event(event_index, title="Семинар", kind="seminar")
    internal = make_material(title="Ішкі нұсқаулық", access="staff", event=seminar)
    slides = make_material(title="Слайдтар", access="participants", event=seminar)
    seminar.documents = [("document", {"document": internal, "title": ""})]
    publish(seminar)
    html = client.get(seminar.url).content.decode()
    assert "Ішкі нұсқаулық" not in html and "Слайдтар" in html
    participant = verified_member()
    Registration.objects.create(event=seminar, person=participant, status="attended")

    with django_capture_on_commit_callbacks(execute=True):
        materials_announce(event=seminar, by=UserFactory())
    (message,) = mail.outbox
    assert "Слайдтар" in message.body and "Ішкі нұсқаулық" not in message.body
    assert f"/{slides.pk}/" in message.body
