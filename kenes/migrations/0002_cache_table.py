"""Create the database cache table (settings.CACHES) as part of `migrate`.

Every worker shares this cache (allauth's rate limits count in it) without an extra service;
`createcachetable` is idempotent, so running it from a migration keeps set-up to one command.
"""

from django.core.management import call_command
from django.db import migrations


def create_cache_table(apps, schema_editor):
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


class Migration(migrations.Migration):
    dependencies = [("kenes", "0001_initial")]

    operations = [migrations.RunPython(create_cache_table, migrations.RunPython.noop)]
