"""Materials are searched in their own index only (`search_terms`; see Material.search_fields
and core/search.py): the copies Wagtail's index made of them before go."""

from django.db import migrations


def forget_materials(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    IndexEntry = apps.get_model("wagtailsearch", "IndexEntry")
    material = ContentType.objects.filter(app_label="library", model="material").first()
    if material is not None:
        # as Wagtail's own backends remove an object's entries (a raw delete: the SQLite
        # backend's full-text rows are found through these and are rebuilt with the index)
        IndexEntry.objects.filter(content_type=material)._raw_delete(schema_editor.connection.alias)


class Migration(migrations.Migration):
    dependencies = [
        ("library", "0002_staff_permissions"),
        ("wagtailsearch", "0010_add_text_fields"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forget_materials, migrations.RunPython.noop)]
