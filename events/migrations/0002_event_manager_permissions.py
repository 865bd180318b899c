"""Event managers see, export and change registrations and send invitations; administrators
(superusers) have every permission anyway."""

from django.db import migrations

GRANTS = {
    "Event managers": [
        ("registration", "view"),
        ("registration", "change"),
        ("eventinvitation", "view"),
        ("eventinvitation", "add"),
    ],
}


def grant(apps, schema_editor):
    # Django creates permissions after all migrations ran; create these ones now.
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group_name, grants in GRANTS.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        for model, action in grants:
            content_type, _ = ContentType.objects.get_or_create(app_label="events", model=model)
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type,
                codename=f"{action}_{model}",
                defaults={"name": f"Can {action} {model}"},
            )
            group.permissions.add(permission)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name__in=GRANTS):
        group.permissions.remove(*group.permissions.filter(content_type__app_label="events"))


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0001_events"),
        ("accounts", "0002_staff_groups"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
