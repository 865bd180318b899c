"""Every download a person is allowed is counted once: the library shows it at once (from the
downloads not yet added up), `manage.py count_downloads` adds them to the material's count, and
downloads and roll-ups running at the same moment lose or double nothing."""

import time
from io import StringIO

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.test import Client

from library.models import Download, Material
from library.services import downloads_roll_up
from tests.events.test_concurrency import in_threads
from tests.factories import (
    OrganisationFactory,
    UserFactory,
    make_library,
    make_material,
    member_of,
    translate,
    verified_member,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def library(homes):
    return translate(make_library(homes["kk"]), "en", title="Library", slug="library")


def download(client, material) -> int:
    response = client.get(material.url)
    if response.status_code == 200:
        b"".join(response.streaming_content)  # read to the end, as a browser does
    return response.status_code


def shown_count(client, library, material) -> str:
    """The downloads a card on the library page shows."""
    soup = BeautifulSoup(client.get(library.url).content, "html.parser")
    for card in soup.select("article.material-card"):
        if card.select_one(".event-card__title a").get_text() == material.title:
            return " ".join(card.select_one(".meta").get_text().split()).rsplit("· ", 1)[1]
    raise AssertionError(f"no card for {material.title}")


def stored_count(material) -> int:
    return Material.objects.get(pk=material.pk).download_count


def pending(material) -> int:
    return Download.objects.filter(material=material).count()


def count_downloads() -> str:

    out = StringIO()
    call_command("count_downloads", stdout=out)
    return out.getvalue().strip()


def test_each_download_is_shown_at_once(client, library):
    material = make_material(title="Защита прав человека", access="public")

    assert shown_count(client, library, material) == "0 downloads"
    assert download(client, material) == 200
    assert shown_count(client, library, material) == "1 download"
    assert download(client, material) == 200
    assert download(client, material) == 200

    assert shown_count(client, library, material) == "3 downloads"
    assert pending(material) == 3
    assert stored_count(material) == 0  # the material's row is not written on a download


def test_a_signed_in_members_downloads_count(client, library):
    material = make_material(title="Справочник для НКО", access="members")
    client.force_login(verified_member())

    assert download(client, material) == 200
    assert download(client, material) == 200

    assert shown_count(client, library, material) == "2 downloads"


@pytest.mark.parametrize(("access", "refused_with"), [("members", 403), ("staff", 404)])
def test_a_refused_download_is_not_counted(client, access, refused_with):
    material = make_material(title="Закрытый материал", access=access)

    assert download(client, material) == refused_with
    assert download(client, material) == refused_with

    assert pending(material) == 0
    assert stored_count(material) == 0


def test_a_browser_revalidating_its_copy_is_not_a_new_download(client):
    material = make_material(title="Справочник для НКО", access="members")
    client.force_login(verified_member())
    first = client.get(material.url)
    b"".join(first.streaming_content)

    again = client.get(material.url, HTTP_IF_NONE_MATCH=first["ETag"])

    assert first["Cache-Control"] == "private, no-cache"  # the browser asks each time
    assert again.status_code == 304
    assert pending(material) == 1


def test_a_changed_file_downloaded_again_is_counted(client):
    material = make_material(title="Защита прав человека", access="public")

    response = client.get(material.url, HTTP_IF_NONE_MATCH='"an-older-version"')

    assert response.status_code == 200
    assert pending(material) == 1


def test_a_head_request_is_not_a_download(client):
    material = make_material(title="Защита прав человека", access="public")

    assert client.head(material.url).status_code == 200
    assert pending(material) == 0


def test_a_wrong_file_name_is_not_counted(client):
    material = make_material(title="Защита прав человека", access="public")

    response = client.get(f"/documents/{material.pk}/other-name.pdf")

    assert response.status_code == 404
    assert pending(material) == 0


def test_count_downloads_adds_them_up_and_the_count_stays(client, library):
    material = make_material(title="Защита прав человека", access="public")
    other = make_material(title="Адам құқықтары", access="public", filename="adam.pdf")
    for _ in range(3):
        download(client, material)
    download(client, other)

    assert count_downloads() == "4 downloads counted."

    assert pending(material) == pending(other) == 0
    assert stored_count(material) == 3
    assert stored_count(other) == 1
    assert shown_count(client, library, material) == "3 downloads"
    assert count_downloads() == "0 downloads counted."
    assert stored_count(material) == 3

    download(client, material)
    assert shown_count(client, library, material) == "4 downloads"  # 3 counted + 1 pending
    assert count_downloads() == "1 downloads counted."
    assert stored_count(material) == 4
    assert shown_count(client, library, material) == "4 downloads"


# --- At the same moment ----------------------------------------------------------------------

DOWNLOADERS = 20
DOWNLOADS_EACH = 5
ROLL_UPS = 3


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_downloads_and_roll_ups_lose_and_double_nothing(homes):
    materials = [
        make_material(title="Защита прав человека", access="public", filename="a.pdf"),
        make_material(title="Адам құқықтары", access="public", filename="b.pdf"),
    ]
    statuses = []
    rolled_up = []

    def downloader(n):
        client = Client()
        material = materials[n % 2]
        return [lambda: statuses.append(download(client, material)) for _ in range(DOWNLOADS_EACH)]

    def roll_up_until_the_downloads_end():
        while len(statuses) < DOWNLOADERS * DOWNLOADS_EACH:
            rolled_up.append(downloads_roll_up())
            time.sleep(0.005)

    def roller():
        return [roll_up_until_the_downloads_end]

    errors = in_threads(
        [downloader(n) for n in range(DOWNLOADERS)] + [roller() for _ in range(ROLL_UPS)]
    )

    assert errors == []
    assert statuses == [200] * DOWNLOADERS * DOWNLOADS_EACH
    assert sum(rolled_up) > 0  # the roll-ups ran while people downloaded
    rolled_up.append(downloads_roll_up())
    assert sum(rolled_up) == DOWNLOADERS * DOWNLOADS_EACH
    assert Download.objects.count() == 0
    each = DOWNLOADERS * DOWNLOADS_EACH // 2
    assert [stored_count(material) for material in materials] == [each, each]


def test_downloads_between_roll_ups_one_by_one(client):
    """The same story without threads (SQLite too): downloads, a roll-up, more downloads."""
    material = make_material(title="Защита прав человека", access="public")
    for _round in range(3):
        for _ in range(4):
            download(client, material)
        assert downloads_roll_up() == 4
    assert downloads_roll_up() == 0
    assert stored_count(material) == 12


def test_a_revalidation_by_date_is_not_a_download(client, library):
    material = make_material(access="public")
    first = client.get(material.url)
    assert first.status_code == 200 and Download.objects.count() == 1
    again = client.get(material.url, headers={"if-modified-since": first["Last-Modified"]})
    assert again.status_code == 304
    assert Download.objects.count() == 1


def test_members_of_a_suspended_organisation_are_not_members(client, library):
    material = make_material(access="members")
    person = member_of(OrganisationFactory(status="suspended"), UserFactory())
    client.force_login(person)
    assert client.get(material.url).status_code == 403
