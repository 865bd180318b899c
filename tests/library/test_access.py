"""Who may download a material, on every surface that offers it: the library page (the card
with "Download" or what to do instead), the material's own page and the file itself.

The matrix below is the whole rule, read across: each person against each access level. A
person without access sees the card and what to do (sign in, join a verified organisation,
register for the event); staff-only materials are internal, so other people get no card and
a 404, as if the material did not exist.
"""

from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core.files.storage import storages

from events.models import Registration
from tests.accounts.test_two_factor import with_totp
from tests.conftest import indexes_off, made_once
from tests.factories import (
    OrganisationFactory,
    UserFactory,
    make_event,
    make_event_index,
    make_library,
    make_material,
    member_of,
    site_homes,
    staff_user,
    translate,
    verified_member,
)

pytestmark = pytest.mark.django_db

# What a card offers: the words of its link (or no card at all).
DOWNLOAD = "Download"
SIGN_IN = "Sign in"
JOIN = "Join an organisation"
REGISTER = "Register for “Seminar A”"
HIDDEN = None

ACCESS_LEVELS = ("public", "members", "participants", "staff")

# "participants" materials belong to event A. Participants, the waitlisted person and staff
# belong to no organisation, so "members" materials ask them to join one.
EXPECTED = {
    #                                public    members   participants  staff
    "anonymous":                    (DOWNLOAD, SIGN_IN,  SIGN_IN,      HIDDEN),
    "member of unverified NGO":     (DOWNLOAD, JOIN,     REGISTER,     HIDDEN),
    "member of verified NGO":       (DOWNLOAD, DOWNLOAD, REGISTER,     HIDDEN),
    "confirmed for A":              (DOWNLOAD, JOIN,     DOWNLOAD,     HIDDEN),
    "attended A":                   (DOWNLOAD, JOIN,     DOWNLOAD,     HIDDEN),
    "confirmed for B only":         (DOWNLOAD, JOIN,     REGISTER,     HIDDEN),
    "waitlisted for A":             (DOWNLOAD, JOIN,     REGISTER,     HIDDEN),
    "cancelled for A":              (DOWNLOAD, JOIN,     REGISTER,     HIDDEN),
    "staff without 2FA":            (DOWNLOAD, JOIN,     REGISTER,     HIDDEN),
    "staff with 2FA":               (DOWNLOAD, DOWNLOAD, DOWNLOAD,     DOWNLOAD),
}  # fmt: skip

CASES = [
    pytest.param(person, access, offers[column], id=f"{person}-{access}")
    for person, offers in EXPECTED.items()
    for column, access in enumerate(ACCESS_LEVELS)
]


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """The library in Kazakh and English, a past seminar A and a coming seminar B: made once
    for the module, whose tests each add their person and material."""
    with made_once(django_db_blocker):
        with indexes_off():
            homes = site_homes()
            event_index = make_event_index(homes["kk"])
            library = make_library(homes["kk"])
            world = {
                "index": event_index,
                "library": translate(library, "en", title="Library", slug="library"),
                "A": make_event(
                    event_index, title="Seminar A", slug="seminar-a", starts_in_days=-3
                ),
                "B": make_event(event_index, title="Seminar B", slug="seminar-b"),
            }
        yield world


def registered(event, status):
    person = UserFactory(preferred_language="en")
    Registration.objects.create(event=event, person=person, status=status)
    return person


def make_person(name, world):
    """The person of the matrix's row `name` (None for anonymous)."""
    if name == "anonymous":
        return None
    if name == "member of unverified NGO":
        return member_of(
            OrganisationFactory(status="pending"), UserFactory(preferred_language="en")
        )
    if name == "member of verified NGO":
        return verified_member(preferred_language="en")
    if name == "confirmed for A":
        return registered(world["A"], "confirmed")
    if name == "attended A":
        return registered(world["A"], "attended")
    if name == "confirmed for B only":
        return registered(world["B"], "confirmed")
    if name == "waitlisted for A":
        return registered(world["A"], "waitlisted")
    if name == "cancelled for A":
        return registered(world["A"], "cancelled")
    staff = staff_user(None, preferred_language="en")
    if name == "staff with 2FA":
        with_totp(staff)
    return staff


def material_for(access, world, **fields):
    event = world["A"] if access == "participants" else None
    return make_material(
        title=f"Handbook for {access}",
        access=access,
        event=event,
        filename="handbook.pdf",
        **fields,
    )


def signed_in_as(client, person):
    if person is not None:
        client.force_login(person)
    return client


def offer(card, material) -> str:
    """What the card (or the refusal page) offers: "Download", or the words of the link
    that says what to do, or the notice's text when there is no link (staff only)."""
    download = card.select_one("a.button")
    if download is not None:
        assert download["href"] == material.url
        return download.contents[0].strip()
    notice = card.select_one(".notice")
    link = notice.select_one("a")
    if link is None:
        return " ".join(notice.get_text().split())
    for hidden in link.select(".visually-hidden"):
        hidden.decompose()
    return link.get_text().strip()


def card_on_list(response, material):
    """The material's card on the library page, or None."""
    soup = BeautifulSoup(response.content, "html.parser")
    for card in soup.select("article.material-card"):
        if card.select_one(".event-card__title a").get_text() == material.title:
            return card
    return None


def detail_url(library, material):
    return library.url + library.reverse_subpage("material", args=[material.pk])


def file_bytes(response) -> bytes:
    return b"".join(response.streaming_content)


# --- The matrix, on each surface -------------------------------------------------------------


@pytest.mark.parametrize(("person", "access", "expected"), CASES)
def test_library_page_card(client, world, person, access, expected):
    material = material_for(access, world)
    signed_in_as(client, make_person(person, world))

    response = client.get(world["library"].url)

    assert response.status_code == 200
    card = card_on_list(response, material)
    assert (offer(card, material) if card is not None else None) == expected


@pytest.mark.parametrize(("person", "access", "expected"), CASES)
def test_material_page(client, world, person, access, expected):
    material = material_for(access, world)
    signed_in_as(client, make_person(person, world))

    response = client.get(detail_url(world["library"], material))

    if expected is HIDDEN:
        assert response.status_code == 404
    else:
        assert response.status_code == 200
        article = BeautifulSoup(response.content, "html.parser").select_one("article.material")
        assert article.h1.get_text() == material.title
        assert offer(article, material) == expected


@pytest.mark.parametrize(("person", "access", "expected"), CASES)
def test_file(client, world, person, access, expected):
    material = material_for(access, world)
    signed_in_as(client, make_person(person, world))

    response = client.get(material.url, HTTP_ACCEPT_LANGUAGE="en")

    if expected == DOWNLOAD:
        assert response.status_code == 200
        with material.open_file() as stored:
            assert file_bytes(response) == stored.read()
        assert response["Content-Disposition"].startswith("attachment;")
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Content-Type"] == "application/pdf"
        cache = "public, max-age=600" if access == "public" else "private, no-cache"
        assert response["Cache-Control"] == cache
    elif expected is HIDDEN:
        assert response.status_code == 404
        assert material.title not in response.text
    else:
        assert response.status_code == 403
        assert response["Cache-Control"] == "private, no-store"
        soup = BeautifulSoup(response.content, "html.parser")
        assert soup.h1.get_text() == material.title
        assert offer(soup.select_one("main") or soup, material) == expected


# --- What the messages say, and where their links go ------------------------------------------


def test_anonymous_visitor_is_asked_to_sign_in_and_comes_back(client, world):
    material = material_for("members", world)

    response = client.get(world["library"].url)

    notice = card_on_list(response, material).select_one(".notice")
    assert " ".join(notice.get_text().split()) == (
        f"For members of verified organisations. Sign in to download it. Sign in: {material.title}"
    )
    assert notice.a["href"] == "/en/accounts/login/?next=/en/library/"


def test_anonymous_visitor_of_event_material_is_told_it_is_for_participants(client, world):
    material = material_for("participants", world)

    response = client.get(world["library"].url)

    notice = card_on_list(response, material).select_one(".notice")
    assert " ".join(notice.get_text().split()) == (
        f"For the participants of the event. Sign in to download it. Sign in: {material.title}"
    )


def test_member_of_unverified_organisation_is_asked_to_join_a_verified_one(client, world):
    material = material_for("members", world)
    person = make_person("member of unverified NGO", world)
    client.force_login(person)

    response = client.get(world["library"].url)

    notice = card_on_list(response, material).select_one(".notice")
    assert " ".join(notice.get_text().split()) == (
        "For members of verified organisations. Join your organisation on the platform, or "
        "register it; you can download this once the commission has verified it. "
        "Join an organisation"
    )
    assert notice.a["href"] == "/en/partners/join/"


def test_person_without_a_seat_is_sent_to_the_event_page(client, world):
    material = material_for("participants", world)
    client.force_login(make_person("waitlisted for A", world))

    response = client.get(world["library"].url)

    notice = card_on_list(response, material).select_one(".notice")
    assert " ".join(notice.get_text().split()) == (
        "For the confirmed participants of the event. Register for “Seminar A”"
    )
    assert notice.a["href"] == world["A"].url


def test_refused_file_links_to_the_material_page(client, world):
    material = material_for("members", world)

    response = client.get(material.url, HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 403
    soup = BeautifulSoup(response.content, "html.parser")
    links = {link.get_text(): link["href"] for link in soup.select("main a")}
    assert links["About this material"] == detail_url(world["library"], material)
    assert links["Library"] == world["library"].url


# --- Events in several languages --------------------------------------------------------------


def test_material_of_a_translated_event_is_open_to_participants_of_the_original(client, world):
    translate(world["index"], "ru", title="Мероприятия")
    russian_a = translate(world["A"], "ru", title="Семинар А")
    material = make_material(
        title="Слайды семинара", access="participants", event=russian_a, filename="slides.pdf"
    )
    participant = registered(world["A"], "confirmed")  # registered on the Kazakh original
    client.force_login(participant)

    listing = client.get(world["library"].url)
    detail = client.get(detail_url(world["library"], material))
    download = client.get(material.url)

    assert offer(card_on_list(listing, material), material) == DOWNLOAD
    assert detail.status_code == 200
    assert download.status_code == 200
    assert file_bytes(download).startswith(b"%PDF-")


def test_material_of_a_translated_event_stays_closed_to_participants_of_another(client, world):
    translate(world["index"], "ru", title="Мероприятия")
    russian_a = translate(world["A"], "ru", title="Семинар А")
    material = make_material(
        title="Слайды семинара", access="participants", event=russian_a, filename="slides.pdf"
    )
    client.force_login(registered(world["B"], "confirmed"))

    assert client.get(material.url).status_code == 403


# --- No other way to the file ----------------------------------------------------------------


def test_library_files_are_stored_outside_media_root():
    media = Path(settings.MEDIA_ROOT).resolve()
    location = Path(storages["library"].location).resolve()
    assert not location.is_relative_to(media)
    assert not Path(settings.LIBRARY_ROOT).resolve().is_relative_to(media)


@pytest.mark.parametrize("access", ACCESS_LEVELS)
def test_stored_file_has_no_address_under_media(client, world, access):
    material = material_for(access, world)
    name = material.file.name
    assert name.startswith("documents/")
    basename = name.rsplit("/", 1)[-1]
    client.force_login(make_person("staff with 2FA", world))  # even staff: only /documents/

    for path in (
        f"/media/{name}",
        f"/media/documents/{basename}",
        f"/media/{basename}",
        f"/documents/not-served/{name}",
    ):
        response = client.get(path, follow=True)
        assert response.status_code == 404, path
        assert b"%PDF-" not in response.content, path
