from django.core.management.base import BaseCommand

from library.services import downloads_roll_up


class Command(BaseCommand):
    help = "Add the downloads recorded since the last run to each material's count (run hourly)."

    def handle(self, *args, **options):
        counted = downloads_roll_up()
        self.stdout.write(f"{counted} downloads counted.")
