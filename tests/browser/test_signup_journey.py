"""A visitor reads the home page in Kazakh, switches to Russian, signs up, confirms their
email from the message in the outbox, and signs in: the whole journey in a real browser."""

import re

import pytest
from django.core import mail
from django.test import override_settings

from tests.factories import translated

# serialized_rollback: the data migrations (locales, staff groups) survive the flush that
# follows every transactional test.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@override_settings(WAGTAILADMIN_BASE_URL="http://testserver")
def test_visitor_signs_up_in_russian_confirms_email_and_signs_in(page, live_server):
    mail.outbox.clear()

    page.goto("/")
    assert page.url == f"{live_server.url}/kk/"
    assert page.locator("html").get_attribute("lang") == "kk"
    assert page.locator("h1").inner_text() == "Басты бет"

    page.get_by_role("navigation", name=translated("kk", "Language")).get_by_role(
        "link", name="Русский"
    ).click()
    assert page.url == f"{live_server.url}/ru/"
    assert page.locator("h1").inner_text() == "Главная"

    page.get_by_role("link", name=translated("ru", "Sign up"), exact=True).first.click()
    assert page.url == f"{live_server.url}/ru/accounts/signup/"
    page.get_by_label(translated("ru", "Full name")).fill("Сергей Иванов")
    page.get_by_label(translated("ru", "Email")).first.fill("sergey@example.kz")
    page.locator("#id_password1").fill("Prava-cheloveka-2026")
    page.locator("#id_password2").fill("Prava-cheloveka-2026")
    page.get_by_label(translated("ru", "Preferred language")).select_option("ru")
    page.locator("form.form button[type=submit]").click()
    assert page.url == f"{live_server.url}/ru/accounts/confirm-email/"

    assert len(mail.outbox) == 1
    link = re.search(r"https?://[^/\s]+(/ru/accounts/confirm-email/\S+/)", mail.outbox[0].body)[1]
    page.goto(link)
    page.locator("form.form button[type=submit]").click()

    # Confirming logs the person in; sign out and back in with the password.
    assert page.url == f"{live_server.url}/ru/accounts/me/"
    page.get_by_role("button", name=translated("ru", "Sign out")).click()
    page.goto("/ru/accounts/login/")
    page.get_by_label(translated("ru", "Email")).first.fill("sergey@example.kz")
    page.locator("#id_password").fill("Prava-cheloveka-2026")
    page.locator("form.form button[type=submit]").click()
    assert page.url == f"{live_server.url}/ru/accounts/me/"
    assert "sergey@example.kz" in page.locator("main").inner_text()


def test_pages_work_with_the_keyboard_skip_link(page, live_server):
    page.goto("/kk/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.getAttribute('href')")
    assert focused == "#main"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
