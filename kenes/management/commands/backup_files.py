from pathlib import Path

from django.core.management.base import BaseCommand

from kenes.backups import backup_files


class Command(BaseCommand):
    help = "Copy every uploaded file (images, library) out of its storage into FOLDER."

    def add_arguments(self, parser):
        parser.add_argument("folder", type=Path)

    def handle(self, *, folder, **options):
        counts = backup_files(folder)
        self.stdout.write(", ".join(f"{alias}: {count} files" for alias, count in counts.items()))
