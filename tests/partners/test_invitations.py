import re

import pytest
from django.core import mail
from django.utils import timezone

from partners.models import Invitation, Membership
from tests.factories import OrganisationFactory, UserFactory, member_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def organisation():
    return OrganisationFactory(name_en="Legal Aid")


@pytest.fixture
def representative(organisation):
    return member_of(organisation, role="representative")


def invite(client, organisation, representative, email, capture):
    client.force_login(representative)
    with capture(execute=True):
        response = client.post(f"/en/partners/manage/{organisation.pk}/invite/", {"email": email})
    client.logout()
    return response


def link(message):
    return re.search(r"https?://[^/\s]+(/en/partners/invitations/\S+/)", message.body)[1]


def test_representative_invites_and_the_colleague_accepts(
    client, homes, organisation, representative, django_capture_on_commit_callbacks
):
    response = invite(
        client,
        organisation,
        representative,
        "Colleague@Example.kz",
        django_capture_on_commit_callbacks,
    )
    assert response.status_code == 302
    assert mail.outbox[-1].to == ["colleague@example.kz"]
    url = link(mail.outbox[-1])
    token = url.rstrip("/").rsplit("/", 1)[1]
    assert token not in Invitation.objects.values_list("token_hash", flat=True)  # only a hash

    anonymous = client.get(url)
    assert anonymous.status_code == 200
    assert f"/en/accounts/login/?next={url}" in anonymous.content.decode()

    colleague = UserFactory(email="colleague@example.kz")
    client.force_login(colleague)
    accepted = client.post(url)
    assert accepted["Location"] == "/en/accounts/me/"
    assert Membership.objects.get(user=colleague).status == "active"
    assert client.get(url).status_code == 404  # used once


def test_only_the_invited_address_can_accept(
    client, homes, organisation, representative, django_capture_on_commit_callbacks
):
    invite(
        client,
        organisation,
        representative,
        "colleague@example.kz",
        django_capture_on_commit_callbacks,
    )
    url = link(mail.outbox[-1])
    client.force_login(UserFactory(email="someone.else@example.kz"))
    response = client.post(url, follow=True)
    assert "This invitation was sent to colleague@example.kz" in response.content.decode()
    assert not Membership.objects.filter(user__email="someone.else@example.kz").exists()


def test_an_expired_invitation_cannot_be_accepted(
    client, homes, organisation, representative, django_capture_on_commit_callbacks
):
    invite(
        client,
        organisation,
        representative,
        "colleague@example.kz",
        django_capture_on_commit_callbacks,
    )
    url = link(mail.outbox[-1])
    Invitation.objects.update(created_at=timezone.now() - timezone.timedelta(days=15))
    colleague = UserFactory(email="colleague@example.kz")
    client.force_login(colleague)
    response = client.post(url, follow=True)
    assert "This invitation has expired" in response.content.decode()
    assert not Membership.objects.filter(user=colleague).exists()


def test_a_made_up_token_is_not_found(client, homes):
    assert client.get("/en/partners/invitations/not-a-real-token/").status_code == 404


@pytest.mark.parametrize("email", ["", "not-an-email", "a" * 300 + "@x.kz"])
def test_a_bad_address_gets_a_message_and_sends_nothing(
    client, homes, organisation, representative, email, django_capture_on_commit_callbacks
):
    response = invite(
        client, organisation, representative, email, django_capture_on_commit_callbacks
    )
    assert response.status_code == 302
    assert mail.outbox == []
    assert not Invitation.objects.exists()


def test_inviting_a_current_member_is_refused(
    client, homes, organisation, representative, django_capture_on_commit_callbacks
):
    member = member_of(organisation)
    invite(client, organisation, representative, member.email, django_capture_on_commit_callbacks)
    assert not Invitation.objects.exists()


@pytest.mark.parametrize("who", ["member", "stranger"])
def test_only_representatives_invite(client, homes, organisation, who):
    person = member_of(organisation) if who == "member" else UserFactory()
    client.force_login(person)
    response = client.post(f"/en/partners/manage/{organisation.pk}/invite/", {"email": "x@y.kz"})
    assert response.status_code == 404
    assert not Invitation.objects.exists()
