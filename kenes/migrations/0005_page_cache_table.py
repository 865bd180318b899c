"""Create the table of the pages' cache (settings.CACHES["pages"], core/page_cache.py) as part
of `migrate`, as 0002 did for the default cache: `createcachetable` makes every missing one."""

from django.core.management import call_command
from django.db import migrations


def create_cache_tables(apps, schema_editor):
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


class Migration(migrations.Migration):
    dependencies = [("kenes", "0004_page_search_terms")]

    operations = [migrations.RunPython(create_cache_tables, migrations.RunPython.noop)]
