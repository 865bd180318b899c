import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail

from tests.factories import PASSWORD, UserFactory, translated

pytestmark = pytest.mark.django_db


def test_my_account_needs_a_signed_in_person(client, homes):
    response = client.get("/kk/accounts/me/")
    assert response.status_code == 302
    assert response["Location"] == "/kk/accounts/login/?next=/kk/accounts/me/"


def test_person_changes_their_name_and_language(client, homes):
    user = UserFactory(full_name="Old Name", preferred_language="kk")
    client.force_login(user)
    response = client.post(
        "/en/accounts/me/", {"full_name": "  New   Name ", "preferred_language": "ru"}
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert (user.full_name, user.preferred_language) == ("New Name", "ru")
    page = client.get(response["Location"])
    assert "Your profile has been saved." in page.content.decode()


@pytest.mark.parametrize(
    "data",
    [
        {"full_name": "", "preferred_language": "en"},
        {"full_name": "   ", "preferred_language": "en"},
        {"full_name": "<script>x</script>", "preferred_language": "en"},
        {"full_name": "y" * 151, "preferred_language": "en"},
        {"full_name": "Name", "preferred_language": "xx"},
        {},
    ],
)
def test_bad_profile_input_changes_nothing(client, homes, data):
    user = UserFactory(full_name="Kept", preferred_language="kk")
    client.force_login(user)
    response = client.post("/en/accounts/me/", data)
    assert response.status_code == 200
    assert response.context["form"].errors
    user.refresh_from_db()
    assert (user.full_name, user.preferred_language) == ("Kept", "kk")


def test_password_reset_email_is_in_the_persons_language_and_works(client, homes):
    user = UserFactory(preferred_language="ru")
    client.post("/kk/accounts/password/reset/", {"email": user.email})
    assert len(mail.outbox) == 1
    assert translated("ru", "Password Reset Email") in mail.outbox[0].subject
    link = re.search(
        r"https?://testserver(/\S+/accounts/password/reset/key/\S+/)", mail.outbox[0].body
    )[1]
    assert link.startswith("/ru/")  # the language of the message, not of the page used
    response = client.get(link)
    assert response.status_code == 302  # allauth moves the key into the session
    response = client.post(
        response["Location"], {"password1": "Zhana-kupiyasoz-77", "password2": "Zhana-kupiyasoz-77"}
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password("Zhana-kupiyasoz-77")


def test_password_reset_for_an_unknown_address_reveals_nothing(client, homes):
    response = client.post("/en/accounts/password/reset/", {"email": "nobody@example.kz"})
    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/password/reset/done/"


def test_email_change_sends_a_verification_to_the_new_address(client, homes):
    user = UserFactory()
    client.force_login(user)
    response = client.post("/en/accounts/email/", {"action_add": "", "email": "new@example.kz"})
    assert response.status_code == 302
    assert EmailAddress.objects.filter(user=user, email="new@example.kz", verified=False).exists()
    assert mail.outbox[-1].to == ["new@example.kz"]


def test_password_change_requires_the_old_password(client, homes):
    user = UserFactory()
    client.force_login(user)
    response = client.post(
        "/en/accounts/password/change/",
        {
            "oldpassword": "wrong",
            "password1": "Another-pass-2026",
            "password2": "Another-pass-2026",
        },
    )
    assert response.status_code == 200
    user.refresh_from_db()
    assert user.check_password(PASSWORD)
