"""A collection's privacy (Wagtail's) beside a material's own access level: a card never offers
a download the file would refuse, and a password collection still asks for its password."""

import pytest
from wagtail.models import Collection, CollectionViewRestriction

from library.models import Download
from tests.factories import (
    make_library,
    make_material,
    verified_member,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def library(homes):
    return make_library(homes["kk"])


@pytest.fixture
def private_collection():
    collection = Collection.get_first_root_node().add_child(name="Signed in only")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    return collection


def test_a_public_material_in_a_private_collection_is_not_offered_to_visitors(
    client, library, private_collection
):
    material = make_material(title="Жабық жинақ", access="public", collection=private_collection)
    card = client.get(f"{library.url}{material.pk}/").content.decode()
    assert material.url not in card  # no Download link: the file would refuse
    assert client.get(material.url).status_code in (302, 403)
    client.force_login(verified_member())
    response = client.get(material.url)
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-cache"  # no shared cache keeps it


def test_a_password_collection_still_asks_for_its_password(client, library):
    collection = Collection.get_first_root_node().add_child(name="Password")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.PASSWORD, password="x"
    )
    material = make_material(access="public", collection=collection)
    response = client.get(material.url)
    assert response.status_code == 200
    assert b'name="password"' in response.content
    assert Download.objects.count() == 0
