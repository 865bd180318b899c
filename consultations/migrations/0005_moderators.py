"""Commission moderators moderate comments and write the official responses."""

from django.db import migrations


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label="consultations", model="comment")
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename="moderate_comment",
        defaults={"name": "Can moderate comments and respond to them"},
    )
    group, _ = Group.objects.get_or_create(name="Moderators")
    group.permissions.add(permission)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name="Moderators"):
        group.permissions.remove(*group.permissions.filter(codename="moderate_comment"))


class Migration(migrations.Migration):
    dependencies = [
        ("consultations", "0004_moderation_responses"),
        ("accounts", "0002_staff_groups"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
