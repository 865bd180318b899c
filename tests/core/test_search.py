"""One search index per model: pages are searched in Wagtail's index, the library's materials
in their own stemmed one, which the admin's document screens search too (core/search.py)."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry

from library.models import Material
from tests.factories import make_material
from tests.library.test_admin_uploads import admin_user

pytestmark = [pytest.mark.django_db, pytest.mark.indexes]


def wagtail_entries_of_materials() -> int:
    return IndexEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(Material)
    ).count()


def test_wagtails_index_never_stores_a_material():
    material = make_material(title="Права человека", language="ru")
    material.title = "Права человека и свободы"
    material.save()
    call_command("update_index", verbosity=0)
    assert wagtail_entries_of_materials() == 0
    assert "свобод" in material.search_terms


def test_the_backend_searches_materials_in_their_own_stemmed_index():
    found = make_material(title="Права человека", language="ru")
    make_material(title="Выборы", language="ru")
    backend = get_search_backend()
    assert list(backend.search("правах", Material)) == [found]
    assert list(backend.autocomplete("правами", Material.objects.all())) == [found]


def test_the_admin_finds_a_material_by_any_form_of_its_words(client):
    found = make_material(title="Права человека", language="ru")
    other = make_material(title="Выборы", language="ru")
    client.force_login(admin_user(is_superuser=True))
    listing = client.get("/admin/documents/", {"q": "правах"})
    assert listing.status_code == 200
    assert list(listing.context["documents"]) == [found]
    chooser = client.get("/admin/documents/chooser/results/", {"q": "выборов"})
    assert chooser.status_code == 200
    assert [document.pk for document in chooser.context["results"]] == [other.pk]
