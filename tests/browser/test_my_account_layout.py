"""My account on a phone: a person with something in every section (long organisation
names, a long email address, long words in a comment) reads the dashboard and its full
lists in Kazakh and Russian at 320 and 390 px, and nothing makes the page scroll sideways."""

import pytest

from tests.factories import PASSWORD, UserFactory, add_to_my_account, my_account_world

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PAGES = [
    "/accounts/me/",
    "/accounts/me/events/",
    "/accounts/me/comments/",
    "/accounts/me/following/",
]
OTHER_ACCOUNT_PAGES = ["/accounts/email/", "/accounts/password/change/", "/accounts/2fa/"]


def overflow(page) -> dict:
    """How much wider than the window the document is, and the widest elements that stick
    out (to say what to fix)."""
    return page.evaluate(
        """() => ({
            scrollWidth: document.documentElement.scrollWidth,
            width: window.innerWidth,
            culprits: [...document.querySelectorAll("body *")]
                .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
                .slice(0, 3)
                .map((e) => `${e.tagName}.${e.className}`),
        })"""
    )


def test_my_account_never_scrolls_sideways_on_a_phone(page):
    person = UserFactory(
        email="aigerim.nurlanovna.seitkali-abdrakhmanova@human-rights-legal-aid.example.kz",
        full_name="Айгерім Нұрланқызы Сейітқали-Абдрахманова",
    )
    world = my_account_world(person)
    add_to_my_account(world, person, 5)  # enough for every list to have a next page

    page.goto("/ru/accounts/login/")
    page.locator("#id_login").fill(person.email)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("form.form button[type=submit]").click()
    page.wait_for_url("**/accounts/me/")

    for language in ("ru", "kk"):
        for width in (320, 390):
            page.set_viewport_size({"width": width, "height": 800})
            for path in PAGES + OTHER_ACCOUNT_PAGES:
                page.goto(f"/{language}{path}")
                measured = overflow(page)
                assert measured["scrollWidth"] <= measured["width"], (language, path, measured)
    # the dashboard had something in every section
    page.goto("/ru/accounts/me/")
    for section in ("my-events", "my-comments", "following", "my-organisations", "calendar"):
        assert page.locator(f"#{section} .account-item, #{section} input").count() > 0, section
