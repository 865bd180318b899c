import re

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import override_settings

from tests.factories import PASSWORD, UserFactory, translated

pytestmark = pytest.mark.django_db

User = get_user_model()
GOOD = {
    "full_name": "Гүлнар Әбенова",
    "email": "gulnar@example.kz",
    "password1": "Adam-kukyktary-2026",
    "password2": "Adam-kukyktary-2026",
    "preferred_language": "kk",
}


def confirmation_link(message):
    return re.search(r"https?://testserver(/\S+/accounts/confirm-email/\S+/)", message.body)[1]


def test_signup_creates_an_unverified_account_and_sends_the_link_in_kazakh(client, homes):
    response = client.post("/kk/accounts/signup/", GOOD)
    assert response.status_code == 302
    assert response["Location"] == "/kk/accounts/confirm-email/"
    user = User.objects.get(email="gulnar@example.kz")
    assert (user.full_name, user.preferred_language) == ("Гүлнар Әбенова", "kk")
    assert not EmailAddress.objects.get(user=user).verified
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["gulnar@example.kz"]
    assert confirmation_link(mail.outbox[0]).startswith("/kk/accounts/confirm-email/")
    assert translated("kk", "Please Confirm Your Email Address") in mail.outbox[0].subject


def test_email_is_written_in_the_persons_language(client, homes):
    client.post("/kk/accounts/signup/", {**GOOD, "preferred_language": "ru"})
    assert translated("ru", "Please Confirm Your Email Address") in mail.outbox[0].subject


def test_unverified_person_cannot_sign_in_until_they_follow_the_link(client, homes):
    client.post("/kk/accounts/signup/", GOOD)
    client.logout()
    response = client.post(
        "/kk/accounts/login/", {"login": GOOD["email"], "password": GOOD["password1"]}
    )
    assert response["Location"] == "/kk/accounts/confirm-email/"
    assert "_auth_user_id" not in client.session

    link = confirmation_link(mail.outbox[0])
    assert client.get(link).status_code == 200  # a page with a button, never confirm on GET
    response = client.post(link)
    assert response.status_code == 302
    assert EmailAddress.objects.get(email=GOOD["email"]).verified
    assert client.session["_auth_user_id"] == str(User.objects.get(email=GOOD["email"]).pk)


def test_signup_page_is_kazakh_throughout(client, homes):
    html = client.get("/kk/accounts/signup/").content.decode()
    for english in ("Sign Up", "Password (again)", "Email address", "Full name", "Already have"):
        assert english not in html


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("full_name", ""),
        ("full_name", "   "),
        ("full_name", "x" * 151),
        ("full_name", "<b>NGO</b>"),
        ("full_name", "Visit https://spam.example"),
        ("email", "not-an-email"),
        ("email", ""),
        ("password2", "something-else-2026"),
        ("password1", "123"),
        ("preferred_language", "de"),
    ],
)
def test_bad_signup_input_gets_a_message_and_saves_nothing(client, homes, field, value):
    data = {**GOOD, field: value}
    if field == "password1":
        data["password2"] = value
    response = client.post("/en/accounts/signup/", data)
    assert response.status_code == 200
    assert response.context["form"].errors
    assert "field__errors" in response.content.decode()
    assert not User.objects.filter(email=GOOD["email"]).exists()
    assert mail.outbox == []


def test_signup_with_a_taken_email_does_not_reveal_or_duplicate_the_account(client, homes):
    UserFactory(email=GOOD["email"], preferred_language="en")
    response = client.post("/en/accounts/signup/", GOOD)
    # The visitor sees what a new person sees; the owner of the address is told by email.
    assert response["Location"] == "/en/accounts/confirm-email/"
    assert User.objects.filter(email=GOOD["email"]).count() == 1
    assert mail.outbox[0].to == [GOOD["email"]]
    assert mail.outbox[0].subject == "Account Already Exists"


@override_settings(
    EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
    EMAIL_HOST="127.0.0.1",
    EMAIL_PORT=9,  # nothing listens here: the mail server is down
    EMAIL_USE_TLS=False,
    EMAIL_TIMEOUT=2,
)
def test_signup_when_the_mail_server_is_down_keeps_the_account_and_says_so(client, homes):
    response = client.post("/en/accounts/signup/", GOOD, follow=True)
    assert response.status_code == 200
    assert User.objects.filter(email=GOOD["email"]).exists()
    messages = [str(m) for m in response.context["messages"]]
    assert "We could not send the email just now. Please try again in a few minutes." in messages


def test_wagtails_own_login_form_is_not_a_way_around_allauth(client, homes):
    user = UserFactory()
    response = client.post("/kk/_util/login/", {"username": user.email, "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"].startswith("/kk/accounts/login/")
    assert "_auth_user_id" not in client.session


def test_verified_person_signs_in_and_lands_on_my_account(client, homes):
    user = UserFactory(preferred_language="en")
    response = client.post("/en/accounts/login/", {"login": user.email, "password": PASSWORD})
    assert response["Location"] == "/en/accounts/me/"


def test_wrong_password_is_refused_with_a_message(client, homes):
    user = UserFactory()
    response = client.post("/en/accounts/login/", {"login": user.email, "password": "wrong"})
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    assert response.context["form"].non_field_errors()


def test_repeated_failed_logins_are_rate_limited(client, homes):
    user = UserFactory()
    for _ in range(12):
        response = client.post("/en/accounts/login/", {"login": user.email, "password": "wrong"})
    assert "Too many failed login attempts" in str(response.context["form"].errors)
    response = client.post("/en/accounts/login/", {"login": user.email, "password": PASSWORD})
    assert "_auth_user_id" not in client.session


def test_logout_needs_a_post(client, homes):
    user = UserFactory()
    client.force_login(user)
    client.get("/en/accounts/logout/")
    assert "_auth_user_id" in client.session
    client.post("/en/accounts/logout/")
    assert "_auth_user_id" not in client.session


def test_emails_are_signed_with_the_platforms_name_in_the_persons_language(client, homes):
    client.post("/en/accounts/signup/", {**GOOD, "preferred_language": "kk"})
    body = mail.outbox[0].body
    assert body.startswith(translated("kk", "Hello from %(site_name)s!") % {"site_name": "Кеңес"})
    assert "http://testserver/kk/accounts/confirm-email/" in body
