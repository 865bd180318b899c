"""An anonymous visitor finds a members-only handbook in the library, is asked to sign in,
signs in as a member of a verified NGO and downloads it."""

import pytest

from tests.factories import (
    PASSWORD,
    make_library,
    make_material,
    site_homes,
    translate,
    verified_member,
)

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_anonymous_visitor_signs_in_and_downloads_a_members_only_handbook(page):
    homes = site_homes()
    library = make_library(homes["kk"])
    translate(library, "en", title="Library")
    handbook = make_material(
        title="Monitoring places of detention: a guide for NGOs",
        language="en",
        access="members",
        filename="guide.pdf",
    )
    member = verified_member(email="aigerim@ngo.kz", full_name="Aigerim Nurlanovna")

    page.goto("/en/library/")
    page.locator("main").get_by_role("textbox", name="Search").fill("monitoring")
    page.locator("main").get_by_role("button", name="Show").click()
    card = page.locator("article", has_text=handbook.title)
    assert "For members of verified organisations" in card.inner_text()
    assert card.get_by_role("link", name="Download").count() == 0
    # the file's own address says the same, without the file
    response = page.request.get(handbook.url)
    assert response.status == 403

    card.get_by_role("link", name="Sign in").click()
    page.locator("#id_login").fill(member.email)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("form.form button[type=submit]").click()

    # back on the same search, now with the download
    assert "/en/library/" in page.url and "monitoring" in page.url
    card = page.locator("article", has_text=handbook.title)
    with page.expect_download() as download:
        card.get_by_role("link", name="Download").click()
    assert download.value.suggested_filename == "guide.pdf"
    with open(download.value.path(), "rb") as file:
        assert file.read(5) == b"%PDF-"
