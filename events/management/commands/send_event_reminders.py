"""Remind confirmed participants the day before their event. Run it once an hour (cron or
a systemd timer, see README): it finds events starting tomorrow (Astana time) and sends each
confirmed participant one reminder, never two, however often it runs."""

from django.core.management.base import BaseCommand

from events.services import reminders_send


class Command(BaseCommand):
    help = "Email confirmed participants of tomorrow's events (each person once)."

    def handle(self, *args, **options):
        sent = reminders_send()
        self.stdout.write(f"Reminders queued: {sent}")
