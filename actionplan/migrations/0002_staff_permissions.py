"""Who works on the action plan in the admin. Editors keep the plans, their measures and the
UN recommendations (in kk, ru and en, as they do pages) and see the progress reports; the
"Action plan secretariat" records and corrects progress reports (the commission's official
status of each measure) and chooses library materials as evidence, and only sees the rest."""

from django.db import migrations

SECRETARIAT = "Action plan secretariat"
GRANTS = {
    "Editors": [
        *(f"{action}_{model}" for model in ("plan", "measure", "recommendation")
          for action in ("add", "change", "delete", "view")),
        "view_progressreport",
    ],
    SECRETARIAT: [
        "add_progressreport",
        "change_progressreport",
        "view_progressreport",
        "view_measure",
        "view_plan",
        "view_recommendation",
    ],
}


def grant(apps, schema_editor):
    # Django creates permissions after all migrations ran; create these ones now.
    ContentType = apps.get_model("contenttypes", "ContentType")
    Collection = apps.get_model("wagtailcore", "Collection")
    Group = apps.get_model("auth", "Group")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    Permission = apps.get_model("auth", "Permission")

    def permission(app_label, model, codename):
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
        perm, _ = Permission.objects.get_or_create(
            content_type=content_type,
            codename=codename,
            defaults={"name": f"Can {codename.replace('_', ' ')}"},
        )
        return perm

    for group_name, codenames in GRANTS.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        for codename in codenames:
            group.permissions.add(permission("actionplan", codename.split("_", 1)[1], codename))
    secretariat = Group.objects.get(name=SECRETARIAT)
    secretariat.permissions.add(permission("wagtailadmin", "admin", "access_admin"))
    root = Collection.objects.filter(depth=1).first()
    if root is not None:
        choose = permission("library", "material", "choose_document")
        GroupCollectionPermission.objects.get_or_create(
            group=secretariat, collection=root, permission=choose
        )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.filter(name=SECRETARIAT).delete()
    for group in Group.objects.filter(name="Editors"):
        group.permissions.remove(*group.permissions.filter(content_type__app_label="actionplan"))


class Migration(migrations.Migration):
    dependencies = [
        ("actionplan", "0001_initial"),
        ("accounts", "0002_staff_groups"),
        ("library", "0002_staff_permissions"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
