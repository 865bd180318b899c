import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from partners.models import Membership, Organisation
from tests.checks import check_page
from tests.factories import OrganisationFactory, UserFactory, valid_bin

pytestmark = pytest.mark.django_db

BIN = valid_bin("03054000123")
GOOD = {
    "kind": "ngo",
    "name_kk": "«Құқықтық көмек» қоры",
    "name_ru": "",
    "name_en": "",
    "bin": BIN,
    "region": "",
    "contact_email": "office@legalaid.kz",
    "website": "legalaid.kz",
    "description": "Тегін заң кеңесі",
}


def png(size=(64, 64), fmt="PNG"):
    buffer = io.BytesIO()
    Image.new("RGB", size, "navy").save(buffer, fmt)
    return buffer.getvalue()


@pytest.fixture
def person(client):
    user = UserFactory(preferred_language="en")
    client.force_login(user)
    return user


def test_anonymous_visitor_is_asked_to_sign_in(client, homes):
    response = client.get("/en/partners/register/")
    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/login/?next=/en/partners/register/"


def test_person_registers_an_organisation_and_becomes_its_representative(client, homes, person):
    page = client.get("/en/partners/register/")
    check_page(page.content.decode())
    logo = SimpleUploadedFile("logo.png", png(), content_type="image/png")
    response = client.post("/en/partners/register/", {**GOOD, "logo": logo})
    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/me/"
    organisation = Organisation.objects.get(bin=BIN)
    assert organisation.status == "pending"
    assert organisation.website == "https://legalaid.kz"
    assert organisation.logo.name.startswith("partners/logos/")
    assert organisation.logo.name.endswith(".png")
    assert "logo" not in organisation.logo.name.rsplit("/", 1)[1]  # random, not the upload name
    membership = Membership.objects.get(organisation=organisation)
    assert (membership.user, membership.role, membership.status) == (
        person,
        "representative",
        "active",
    )
    my_account = client.get(response["Location"]).content.decode()
    assert "«Құқықтық көмек» қоры" in my_account
    assert "waits for the commission" in my_account


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name_kk": "", "name_ru": "", "name_en": ""}, "__all__"),
        ({"name_kk": "<script>alert(1)</script>"}, "name_kk"),
        ({"name_ru": "x" * 256}, "name_ru"),
        ({"bin": "030540001230"}, "bin"),
        ({"bin": "12345"}, "bin"),
        ({"bin": ""}, "bin"),
        ({"contact_email": "not an email"}, "contact_email"),
        ({"contact_email": ""}, "contact_email"),
        ({"kind": "club"}, "kind"),
        ({"region": "999999"}, "region"),
        ({"website": "javascript:alert(1)"}, "website"),
        ({"description": "y" * 1001}, "description"),
    ],
)
def test_bad_input_gets_a_message_and_saves_nothing(client, homes, person, changes, field):
    response = client.post("/en/partners/register/", {**GOOD, **changes})
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert not Organisation.objects.exists()
    assert not Membership.objects.exists()


def test_a_duplicate_bin_is_refused(client, homes, person):
    OrganisationFactory(bin=BIN)
    response = client.post("/en/partners/register/", GOOD)
    assert response.context["form"].errors["bin"] == [
        "An organisation with this BIN is already registered."
    ]
    assert Organisation.objects.count() == 1


def test_an_international_partner_may_have_no_bin(client, homes, person):
    response = client.post("/en/partners/register/", {**GOOD, "kind": "international", "bin": ""})
    assert response.status_code == 302
    assert Organisation.objects.get().bin is None


@pytest.mark.parametrize(
    ("name", "content", "content_type"),
    [
        ("logo.png", b"<html><script>alert(1)</script></html>", "image/png"),
        (
            "logo.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg"><script>1</script></svg>',
            "image/svg+xml",
        ),
        ("logo.gif", png(fmt="GIF"), "image/gif"),
        ("logo.png", b"", "image/png"),
    ],
)
def test_a_logo_that_is_not_a_png_jpeg_or_webp_is_refused(
    client, homes, person, name, content, content_type
):
    logo = SimpleUploadedFile(name, content, content_type=content_type)
    response = client.post("/en/partners/register/", {**GOOD, "logo": logo})
    assert response.status_code == 200
    assert "logo" in response.context["form"].errors
    assert not Organisation.objects.exists()


def test_an_oversized_logo_is_refused(client, homes, person):
    big = SimpleUploadedFile("logo.png", png() + b"\0" * (1024 * 1024), content_type="image/png")
    response = client.post("/en/partners/register/", {**GOOD, "logo": big})
    assert response.context["form"].errors["logo"] == [
        "The logo is too large: at most 1 MB, please."
    ]


def test_a_png_named_like_a_pdf_is_stored_as_png(client, homes, person):
    logo = SimpleUploadedFile("logo.pdf", png(), content_type="application/pdf")
    client.post("/en/partners/register/", {**GOOD, "logo": logo})
    assert Organisation.objects.get().logo.name.endswith(".png")
