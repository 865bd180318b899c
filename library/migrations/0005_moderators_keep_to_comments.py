"""Library rights as the jobs need them.

Wagtail's own "Moderators" group comes with the rights to add and change every document and
image. Here Moderators moderate and answer comments; the library (the staff-only materials
included) is for Editors and Event managers: their document and image rights go, both the
group's own and those on collections.

Event managers upload their events' materials (the event's materials screen sends them to
Documents), but migration 0002 gave them rights on `library.Material`, while Wagtail checks
documents against `wagtaildocs.Document`'s permissions: they could not upload at all. They
get "add" and "choose" on the root collection: they add materials and change the ones they
uploaded, not the rest of the library."""

from django.db import migrations

DOCUMENTS = ["add_document", "change_document", "delete_document", "choose_document"]
IMAGES = ["add_image", "change_image", "delete_image", "choose_image"]
RIGHTS = [("wagtaildocs", "document", DOCUMENTS), ("wagtailimages", "image", IMAGES)]
EVENT_MANAGERS = ["add_document", "choose_document"]


def keep_to_comments(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    rights = Permission.objects.none()
    for app_label, model, codenames in RIGHTS:
        rights |= Permission.objects.filter(
            content_type__app_label=app_label, content_type__model=model, codename__in=codenames
        )
    for group in Group.objects.filter(name="Moderators"):
        group.permissions.remove(*rights)
        GroupCollectionPermission.objects.filter(group=group, permission__in=rights).delete()

    Collection = apps.get_model("wagtailcore", "Collection")
    root = Collection.objects.filter(depth=1).first()
    uploads = Permission.objects.filter(
        content_type__app_label="wagtaildocs", codename__in=EVENT_MANAGERS
    )
    for group in Group.objects.filter(name="Event managers"):
        for permission in uploads:
            if root is not None:
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root, permission=permission
                )


class Migration(migrations.Migration):
    dependencies = [
        ("library", "0004_material_search_title"),
        ("consultations", "0008_moderators_do_not_edit_pages"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(keep_to_comments, migrations.RunPython.noop)]
