"""What a review of the library found: deleting a material, the collection's privacy beside
the access level, revalidations that are not downloads, staff-only materials that must not
show or be emailed, and members of a suspended organisation."""

import json

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.files.storage import storages
from django.urls import reverse
from wagtail.models import Collection, CollectionViewRestriction

from events.models import Registration
from kenes.settings import base
from library.models import Download, Material
from library.services import materials_announce
from tests.factories import (
    OrganisationFactory,
    UserFactory,
    make_event,
    make_library,
    make_material,
    member_of,
    publish,
    verified_member,
)
from tests.library.test_admin_uploads import admin_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def library(homes):
    return make_library(homes["kk"])


def test_deleting_a_material_in_the_admin_deletes_its_file(
    client, library, django_capture_on_commit_callbacks
):
    material = make_material(access="members")
    name = material.file.name
    assert storages["library"].exists(name)
    client.force_login(admin_user(is_superuser=True))
    with django_capture_on_commit_callbacks(execute=True):  # Wagtail deletes it in a task
        response = client.post(reverse("wagtaildocs:delete", args=[material.pk]))
    assert response.status_code == 302
    assert not storages["library"].exists(name)


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


def test_a_revalidation_by_date_is_not_a_download(client, library):
    material = make_material(access="public")
    first = client.get(material.url)
    assert first.status_code == 200 and Download.objects.count() == 1
    again = client.get(material.url, headers={"if-modified-since": first["Last-Modified"]})
    assert again.status_code == 304
    assert Download.objects.count() == 1


def test_staff_only_materials_are_neither_shown_on_pages_nor_emailed(
    client, library, event_index, django_capture_on_commit_callbacks
):
    seminar = make_event(event_index, title="Семинар", kind="seminar")
    internal = make_material(title="Ішкі нұсқаулық", access="staff", event=seminar)
    slides = make_material(title="Слайдтар", access="participants", event=seminar)
    seminar.documents = [("document", {"document": internal, "title": ""})]
    publish(seminar)
    html = client.get(seminar.url).content.decode()
    assert "Ішкі нұсқаулық" not in html and "Слайдтар" in html
    participant = verified_member()
    Registration.objects.create(event=seminar, person=participant, status="attended")

    with django_capture_on_commit_callbacks(execute=True):
        materials_announce(event=seminar, by=UserFactory())
    (message,) = mail.outbox
    assert "Слайдтар" in message.body and "Ішкі нұсқаулық" not in message.body
    assert f"/{slides.pk}/" in message.body


def test_members_of_a_suspended_organisation_are_not_members(client, library):
    material = make_material(access="members")
    person = member_of(OrganisationFactory(status="suspended"), UserFactory())
    client.force_login(person)
    assert client.get(material.url).status_code == 403


def test_the_production_storage_settings_survive_wagtails_deletion_task():
    """Wagtail queues a document's file deletion with the storage's options as task
    arguments, which must be JSON: a Path there made every deletion fail."""

    json.dumps(base.STORAGES["library"])


def test_language_versions_stay_one_group_when_linked_in_a_chain(library):

    kk = make_material(title="Нұсқаулық", language="kk")
    ru = make_material(title="Руководство", language="ru")
    en = make_material(title="Guide", language="en", translation_of=ru)
    ru.translation_of = kk  # ru (with en already linked to it) joins kk's group
    ru.save()
    keys = set(Material.objects.values_list("translation_key", flat=True))
    assert keys == {kk.translation_key}
    # a second Russian version of the same material is refused
    en.refresh_from_db()
    other = Material(title="Ещё руководство", language="ru", translation_of=en)
    with pytest.raises(ValidationError) as error:
        other.clean()
    assert "translation_of" in error.value.message_dict
