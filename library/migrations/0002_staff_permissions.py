"""Editors and event managers upload, edit and choose materials in every collection (Wagtail's
document permissions are per document model and per collection); editors also delete them."""

from django.db import migrations

GRANTS = {
    "Editors": ["add_material", "change_material", "delete_material", "choose_document"],
    "Event managers": ["add_material", "change_material", "choose_document"],
}


def grant(apps, schema_editor):
    # Django creates permissions after all migrations ran; create these ones now.
    ContentType = apps.get_model("contenttypes", "ContentType")
    Collection = apps.get_model("wagtailcore", "Collection")
    Group = apps.get_model("auth", "Group")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    Permission = apps.get_model("auth", "Permission")
    root = Collection.objects.filter(depth=1).first()
    if root is None:
        return
    content_type, _ = ContentType.objects.get_or_create(app_label="library", model="material")
    for group_name, codenames in GRANTS.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        for codename in codenames:
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type,
                codename=codename,
                defaults={"name": f"Can {codename.replace('_', ' ')}"},
            )
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root, permission=permission
            )


def revoke(apps, schema_editor):
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    GroupCollectionPermission.objects.filter(
        group__name__in=GRANTS, permission__content_type__app_label="library"
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("library", "0001_initial"),
        ("accounts", "0002_staff_groups"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
