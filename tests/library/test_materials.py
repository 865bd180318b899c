"""Materials and their language versions."""

import pytest
from django.core.exceptions import ValidationError

from library.models import Material
from tests.factories import (
    make_library,
    make_material,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def library(homes):
    return make_library(homes["kk"])


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
