"""Commission moderators moderate and answer comments; editors publish pages (DESIGN.md).
Wagtail's own "Moderators" group comes with add, edit and publish rights on every page, which
would let them import and publish drafts too: they are taken away here."""

from django.db import migrations


def remove_page_permissions(apps, schema_editor):
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupPagePermission.objects.filter(group__name="Moderators").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("consultations", "0007_following"),
        ("accounts", "0002_staff_groups"),
        ("wagtailcore", "0090_remove_grouppagepermission_permission_type"),
    ]

    operations = [migrations.RunPython(remove_page_permissions, migrations.RunPython.noop)]
