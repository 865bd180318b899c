"""A person signs up, registers their NGO, a commission administrator verifies it in the
admin (with their second factor), and the representative sees it verified."""

import re

import pytest
from django.core import mail

from partners.models import Organisation
from tests.accounts.test_two_factor import current_code, with_totp
from tests.factories import PASSWORD, staff_user, valid_bin

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def sign_in(page, email, password):
    page.goto("/en/accounts/login/")
    page.locator("#id_login").fill(email)
    page.locator("#id_password").fill(password)
    page.locator("form.form button[type=submit]").click()


def test_ngo_is_registered_verified_and_the_representative_sees_it(page, live_server):
    mail.outbox.clear()
    bin_ = valid_bin("03054000123")

    # Sign up and confirm the address.
    page.goto("/en/accounts/signup/")
    page.locator("#id_full_name").fill("Gulnar Abenova")
    page.locator("#id_email").fill("gulnar@legalaid.kz")
    page.locator("#id_password1").fill("Adam-kukyktary-2026")
    page.locator("#id_password2").fill("Adam-kukyktary-2026")
    page.locator("#id_preferred_language").select_option("en")
    page.locator("form.form button[type=submit]").click()
    link = re.search(r"https?://[^/\s]+(/en/accounts/confirm-email/\S+/)", mail.outbox[0].body)[1]
    page.goto(link)
    page.locator("form.form button[type=submit]").click()
    assert page.url.endswith("/en/accounts/me/")

    # Register the organisation from "My account".
    page.get_by_role("link", name="Register an organisation").click()
    page.locator("#id_name_kk").fill("«Құқықтық көмек» қоры")
    page.locator("#id_name_en").fill("Legal Aid Foundation")
    page.locator("#id_bin").fill(bin_)
    page.locator("#id_region").select_option(label="Shymkent")
    page.locator("#id_contact_email").fill("office@legalaid.kz")
    page.locator("#id_listed_in_directory").check()
    page.get_by_role("button", name="Register the organisation").click()
    assert page.url.endswith("/en/accounts/me/")
    assert "Pending verification" in page.locator("main").inner_text()
    page.get_by_role("button", name="Sign out").click()

    # A commission administrator verifies it, passing their second factor.
    administrator = staff_user("Commission administrators", email="admin@kenes.kz")
    secret = with_totp(administrator)
    sign_in(page, "admin@kenes.kz", PASSWORD)
    page.locator("#id_code").fill(current_code(secret))
    page.locator("form.form button[type=submit]").first.click()
    organisation = Organisation.objects.get(bin=bin_)
    page.goto(f"/admin/partners_organisation/decide/{organisation.pk}/")
    page.locator("#id_outcome").select_option("verified")
    page.locator("#id_outcome").locator("xpath=ancestor::form").locator(
        "button[type=submit]"
    ).click()
    page.wait_for_url("**/admin/partners_organisation/")
    assert organisation.decisions.count() == 1
    page.goto("/en/accounts/me/")
    page.get_by_role("button", name="Sign out").click()

    # The representative sees it verified, and the directory lists it.
    sign_in(page, "gulnar@legalaid.kz", "Adam-kukyktary-2026")
    assert "Verified" in page.locator("main").inner_text()
    page.goto("/en/partners/")
    assert page.get_by_role("link", name="Legal Aid Foundation").is_visible()
