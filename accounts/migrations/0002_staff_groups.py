"""The staff roles of DESIGN.md as groups. Wagtail's own migrations create "Editors" and
"Moderators"; this adds "Event managers" (the events issue grants them their permissions) and
gives every staff group access to the admin.
"""

from django.db import migrations

STAFF_GROUPS = ["Editors", "Moderators", "Event managers"]


def create_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    admin_type, _ = ContentType.objects.get_or_create(app_label="wagtailadmin", model="admin")
    access_admin, _ = Permission.objects.get_or_create(
        content_type=admin_type, codename="access_admin", defaults={"name": "Can access Wagtail admin"}
    )
    for name in STAFF_GROUPS:
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(access_admin)


def remove_event_managers(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name="Event managers").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailcore", "0002_initial_data"),
    ]

    operations = [migrations.RunPython(create_groups, remove_event_managers)]
