from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from kenes.backups import restore_files


class Command(BaseCommand):
    help = "Put every file of a backup's FOLDER (made by backup_files) back into its storage."

    def add_arguments(self, parser):
        parser.add_argument("folder", type=Path)

    def handle(self, *, folder, **options):
        try:
            counts = restore_files(folder)
        except FileNotFoundError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(", ".join(f"{alias}: {count} files" for alias, count in counts.items()))
