"""Following a consultation and a legal area; emails through the queue, with one-click
unsubscribe."""

import re

import pytest
from django.core import mail

from consultations.following import announce
from consultations.models import AreaSubscription, Follow, LegalArea
from consultations.parsing import split_draft
from consultations.services import version_import, version_publish
from tests.factories import (
    PASSWORD,
    RUSSIAN_DRAFT,
    make_consultation,
    make_consultation_index,
    verified_member,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(homes):
    return make_consultation_index(homes["kk"])


def publish_version(consultation):
    version = version_import(
        consultation=consultation, language="ru", elements=split_draft(RUSSIAN_DRAFT), by=None
    )
    return version_publish(version=version, note="", by=None)


def test_a_follower_gets_new_versions_and_unsubscribes_in_one_click(
    client, index, django_capture_on_commit_callbacks
):
    consultation = make_consultation(index)
    person = verified_member()
    client.login(email=person.email, password=PASSWORD)
    assert (
        client.post(consultation.url + "follow/", {"what": "consultation", "on": "1"}).status_code
        == 302
    )
    assert Follow.objects.filter(person=person).count() == 1
    client.logout()
    with django_capture_on_commit_callbacks(execute=True):
        publish_version(consultation)
    message = mail.outbox[0]
    assert message.to == [person.email]
    link = message.extra_headers["List-Unsubscribe"].strip("<>")
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    path = re.sub(r"^https?://[^/]+", "", link)
    assert client.get(path).status_code == 200  # a button, nothing undone yet
    assert Follow.objects.count() == 1
    assert client.post(path).status_code == 200  # the one click (no CSRF token needed)
    assert Follow.objects.count() == 0
    assert client.post(path).status_code == 200  # twice: still fine


def test_a_forged_unsubscribe_token_is_refused(client, index):
    consultation = make_consultation(index)
    Follow.objects.create(person=verified_member(), consultation=consultation)
    assert client.post("/kk/unsubscribe/not-a-token/").status_code == 404
    assert Follow.objects.count() == 1


def test_anonymous_visitors_cannot_follow(client, index):
    consultation = make_consultation(index)
    response = client.post(consultation.url + "follow/", {"what": "consultation", "on": "1"})
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert Follow.objects.count() == 0


def test_area_subscribers_hear_of_a_new_consultation_once(
    client, index, django_capture_on_commit_callbacks
):
    area = LegalArea.objects.get(code="civil-society")
    first = make_consultation(index, legal_area=area)
    person = verified_member()
    client.login(email=person.email, password=PASSWORD)
    client.post(first.url + "follow/", {"what": "area", "on": "1"})
    assert AreaSubscription.objects.filter(person=person, legal_area=area).exists()
    with django_capture_on_commit_callbacks(execute=True):
        second = make_consultation(index, title="Екінші жоба", legal_area=area)
    assert [m.to for m in mail.outbox] == [[person.email]]
    assert "Екінші жоба" in mail.outbox[0].subject
    with django_capture_on_commit_callbacks(execute=True):
        assert announce(consultation=second) == 0  # published again: not announced again
    assert len(mail.outbox) == 1
