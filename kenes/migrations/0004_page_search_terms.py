"""Pages get a search index of their own (`PageSearchTerms`, kenes/page_index.py), searched
by the site search and the admin alike; the copies Wagtail's index made of them go, so that no
page is indexed twice. `manage.py search_terms` fills the new index for the pages that exist."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def forget_pages(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    IndexEntry = apps.get_model("wagtailsearch", "IndexEntry")
    Page = apps.get_model("wagtailcore", "Page")
    page_types = set(Page.objects.values_list("content_type_id", flat=True).distinct())
    base = ContentType.objects.filter(app_label="wagtailcore", model="page").first()
    if base is not None:
        page_types.add(base.pk)
    # as Wagtail's own backends remove an object's entries (see library 0003)
    IndexEntry.objects.filter(content_type_id__in=page_types)._raw_delete(
        schema_editor.connection.alias
    )


class Migration(migrations.Migration):
    dependencies = [
        ("kenes", "0003_locales"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailsearch", "0010_add_text_fields"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.CreateModel(
            name="PageSearchTerms",
            fields=[
                (
                    "page",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="search_entry",
                        serialize=False,
                        to=settings.WAGTAIL_PAGE_MODEL,
                    ),
                ),
                ("search_title", models.TextField(blank=True)),
                ("search_terms", models.TextField(blank=True)),
                ("text", models.TextField(blank=True)),
            ],
            options={
                "verbose_name": "page search terms",
                "verbose_name_plural": "page search terms",
            },
        ),
        migrations.RunPython(forget_pages, migrations.RunPython.noop),
    ]
