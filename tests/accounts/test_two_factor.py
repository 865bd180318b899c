"""Staff must set up two-factor authentication before they use /admin/; everyone may."""

import time

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import (
    TOTP,
    format_hotp_value,
    generate_totp_secret,
    hotp_value,
    yield_hotp_counters_from_time,
)
from django.test import override_settings

from tests.checks import check_page, english_on_page
from tests.factories import PASSWORD, UserFactory, staff_user

pytestmark = pytest.mark.django_db


def current_code(secret, *, lasting: int = 8):
    """The code of this moment, still valid `lasting` seconds from now: the server accepts
    only the current 30-second period's code, and a browser test under load takes seconds
    between reading it and sending it."""
    left = 30 - time.time() % 30
    if left < lasting:
        time.sleep(left + 0.05)
    return format_hotp_value(hotp_value(secret, next(yield_hotp_counters_from_time())))


def with_totp(user):
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    RecoveryCodes.activate(user)
    return secret


def test_staff_without_two_factor_is_sent_to_set_it_up(client, homes):
    editor = staff_user("Editors", preferred_language="ru")
    client.force_login(editor)
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"] == "/ru/accounts/2fa/totp/activate/"


@pytest.mark.parametrize("group", ["Editors", "Moderators", "Event managers", None])
def test_every_staff_role_needs_two_factor_for_the_admin(client, homes, group):
    user = staff_user(group, is_superuser=group is None)
    client.force_login(user)
    assert "/accounts/2fa/totp/activate/" in client.get("/admin/")["Location"]
    with_totp(user)
    assert client.get("/admin/").status_code == 200


def test_staff_two_factor_rule_leaves_the_public_site_alone(client, homes):
    client.force_login(staff_user("Editors"))
    assert client.get("/kk/").status_code == 200
    assert client.get("/kk/accounts/me/").status_code == 200


def test_staff_with_two_factor_reaches_the_admin(client, homes):
    editor = staff_user("Editors")
    with_totp(editor)
    client.force_login(editor)
    assert client.get("/admin/").status_code == 200


@override_settings(KENES_STAFF_REQUIRE_2FA=False)
def test_the_demo_may_switch_the_requirement_off(client, homes):
    editor = staff_user("Editors")
    client.force_login(editor)
    assert client.get("/admin/").status_code == 200


def test_non_staff_are_kept_out_of_the_admin_by_wagtail(client, homes):
    client.force_login(UserFactory())
    response = client.get("/admin/")
    assert response.status_code == 302
    assert "/accounts/2fa/" not in response["Location"]


def test_anonymous_admin_visitor_goes_to_allauths_login_in_their_language(client, homes):
    response = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="kk")
    assert response.status_code == 302
    assert response["Location"] == "/kk/accounts/login/?next=/admin/"
    assert client.get("/admin/login/?next=/admin/")["Location"].endswith(
        "/accounts/login/?next=/admin/"
    )


def test_setting_up_totp_through_the_page_then_signing_in_asks_for_the_code(client, homes):
    user = UserFactory(preferred_language="en")
    client.post("/en/accounts/login/", {"login": user.email, "password": PASSWORD})
    # allauth asks for the password again before a security change
    response = client.get("/en/accounts/2fa/totp/activate/")
    assert response["Location"].startswith("/en/accounts/reauthenticate/")
    client.post(response["Location"], {"password": PASSWORD})
    page = client.get("/en/accounts/2fa/totp/activate/")
    secret = page.context["form"].secret
    response = client.post("/en/accounts/2fa/totp/activate/", {"code": current_code(secret)})
    assert response.status_code == 302
    assert Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
    assert Authenticator.objects.filter(user=user, type=Authenticator.Type.RECOVERY_CODES).exists()

    client.logout()
    response = client.post("/en/accounts/login/", {"login": user.email, "password": PASSWORD})
    assert response["Location"] == "/en/accounts/2fa/authenticate/"
    assert "_auth_user_id" not in client.session
    response = client.post("/en/accounts/2fa/authenticate/", {"code": "000000"})
    assert "_auth_user_id" not in client.session
    response = client.post("/en/accounts/2fa/authenticate/", {"code": current_code(secret)})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)


def test_a_recovery_code_signs_in_once(client, homes):
    user = UserFactory()
    with_totp(user)
    code = RecoveryCodes(
        Authenticator.objects.get(user=user, type="recovery_codes")
    ).generate_codes()[0]
    client.post("/en/accounts/login/", {"login": user.email, "password": PASSWORD})
    client.post("/en/accounts/2fa/authenticate/", {"code": code})
    assert client.session["_auth_user_id"] == str(user.pk)
    client.logout()
    client.post("/en/accounts/login/", {"login": user.email, "password": PASSWORD})
    client.post("/en/accounts/2fa/authenticate/", {"code": code})
    assert "_auth_user_id" not in client.session


def test_two_factor_pages_are_kazakh_and_valid(client, homes):
    user = UserFactory(preferred_language="kk")
    client.post("/kk/accounts/login/", {"login": user.email, "password": PASSWORD})
    client.post("/kk/accounts/reauthenticate/", {"password": PASSWORD})
    activate = client.get("/kk/accounts/2fa/totp/activate/")
    assert activate.status_code == 200
    check_page(activate.content.decode())
    assert english_on_page(activate) == []

    secret = activate.context["form"].secret
    client.post("/kk/accounts/2fa/totp/activate/", {"code": current_code(secret)})
    codes = client.get("/kk/accounts/2fa/recovery-codes/")
    assert codes.status_code == 200
    check_page(codes.content.decode())
    assert english_on_page(codes) == []

    client.post("/kk/accounts/logout/")
    client.post("/kk/accounts/login/", {"login": user.email, "password": PASSWORD})
    challenge = client.get("/kk/accounts/2fa/authenticate/")
    check_page(challenge.content.decode())
    assert english_on_page(challenge) == []
