"""An assessment records the language it is written in, so that pages mark its text with it
(`lang`) and screen readers read it in that language. Existing assessments get the language
their letters show, else the site's first (Kazakh)."""

from django.conf import settings
from django.db import migrations, models

from core.languages import language_of_text


def fill_languages(apps, schema_editor):
    Assessment = apps.get_model("actionplan", "Assessment")
    for pk, observed in Assessment.objects.values_list("pk", "observed").iterator():
        language = language_of_text(observed) or settings.LANGUAGE_CODE
        Assessment.objects.filter(pk=pk).update(language=language)


class Migration(migrations.Migration):
    dependencies = [("actionplan", "0004_merge_assessments_links")]

    operations = [
        migrations.AddField(
            model_name="assessment",
            name="language",
            field=models.CharField(
                choices=settings.LANGUAGES, default="", max_length=7, verbose_name="language"
            ),
            preserve_default=False,
        ),
        migrations.RunPython(fill_languages, migrations.RunPython.noop, elidable=True),
    ]
