"""Links from measures to the consultations that implement them and the events that discuss
them, and each measure's calendar key (its deadline's UID in the action plan feed): added
empty, filled with a new key for each measure, then made unique."""

import uuid

import django.db.models.deletion
import modelcluster.fields
from django.db import migrations, models


def give_keys(apps, schema_editor):
    Measure = apps.get_model("actionplan", "Measure")
    for pk in Measure.objects.values_list("pk", flat=True):
        Measure.objects.filter(pk=pk).update(calendar_key=uuid.uuid4())


class Migration(migrations.Migration):
    dependencies = [
        ("actionplan", "0002_staff_permissions"),
        ("consultations", "0011_import_notes_and_paragraphs"),
        ("events", "0003_status_notice_end"),
    ]

    operations = [
        migrations.AddField(
            model_name="measure",
            name="calendar_key",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.RunPython(give_keys, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="measure",
            name="calendar_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False, unique=True),
        ),
        migrations.CreateModel(
            name="MeasureConsultation",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("sort_order", models.IntegerField(blank=True, editable=False, null=True)),
                ("consultation", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="measure_links", to="consultations.consultationpage", verbose_name="consultation")),
                ("measure", modelcluster.fields.ParentalKey(on_delete=django.db.models.deletion.CASCADE, related_name="consultation_links", to="actionplan.measure")),
            ],
            options={
                "verbose_name": "consultation that implements the measure",
                "verbose_name_plural": "consultations that implement the measure",
                "ordering": ["sort_order"],
                "abstract": False,
                "constraints": [models.UniqueConstraint(fields=("measure", "consultation"), name="one_link_per_consultation")],
            },
        ),
        migrations.CreateModel(
            name="MeasureEvent",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("sort_order", models.IntegerField(blank=True, editable=False, null=True)),
                ("event", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="measure_links", to="events.eventpage", verbose_name="event")),
                ("measure", modelcluster.fields.ParentalKey(on_delete=django.db.models.deletion.CASCADE, related_name="event_links", to="actionplan.measure")),
            ],
            options={
                "verbose_name": "event that discusses the measure",
                "verbose_name_plural": "events that discuss the measure",
                "ordering": ["sort_order"],
                "abstract": False,
                "constraints": [models.UniqueConstraint(fields=("measure", "event"), name="one_link_per_event")],
            },
        ),
    ]
