"""The staff roles of DESIGN.md as groups.

Wagtail's own migrations create "Editors" and "Moderators". Commission editors publish pages
in every language, so "Editors" also get publish on the tree root (which covers the kk, ru
and en trees) and the footer snippet (wagtail-localize gives them "submit translation"). "Event
managers" are added here; the events issue grants them their permissions. Every staff group
may enter the admin.
"""

from django.db import migrations

STAFF_GROUPS = ["Editors", "Moderators", "Event managers"]


def permission(apps, app_label, model, codename, name):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    perm, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name}
    )
    return perm


def create_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")

    access_admin = permission(apps, "wagtailadmin", "admin", "access_admin", "Can access Wagtail admin")
    for name in STAFF_GROUPS:
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(access_admin)

    editors = Group.objects.get(name="Editors")
    editors.permissions.add(
        *(
            permission(apps, "kenes", "footertext", f"{action}_footertext", f"Can {action} footer text")
            for action in ("add", "change", "delete", "view")
        ),
    )
    root = Page.objects.filter(depth=1).first()
    if root is not None:
        publish = permission(apps, "wagtailcore", "page", "publish_page", "Publish any page")
        GroupPagePermission.objects.get_or_create(group=editors, page=root, permission=publish)


def remove_event_managers(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name="Event managers").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("kenes", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailcore", "0090_remove_grouppagepermission_permission_type"),
        ("wagtail_localize", "0006_create_submit_translation_permission"),
    ]

    operations = [migrations.RunPython(create_groups, remove_event_managers)]
