"""One Wagtail locale per content language (kk, ru, en), so a fresh database can be translated
into all of them at once. Wagtail's own migration creates only the default (kk)."""

from django.conf import settings
from django.db import migrations


def create_locales(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)


class Migration(migrations.Migration):
    dependencies = [
        ("kenes", "0002_cache_table"),
        ("wagtailcore", "0057_page_locale_fields_notnull"),
    ]

    operations = [migrations.RunPython(create_locales, migrations.RunPython.noop)]
