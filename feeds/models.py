"""What calendar clients need beyond the pages: an identity and a change count for each item
(an event, a consultation deadline), and each person's secret feed address.

Calendar clients recognise an item by its UID and decide whether to re-read it by its SEQUENCE
and LAST-MODIFIED. Pages cannot hold these: publishing a revision writes back every field the
revision holds. So they live here, one row per translation group (the kk, ru and en pages of one
event share a UID), updated by `feeds.services.entry_refresh` when the app's page is published.
"""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.crypto import constant_time_compare
from django.utils.translation import gettext_lazy as _


class CalendarEntry(models.Model):
    # What the item is, as the app that makes it names it ("event" for `events.ical`,
    # "deadline" for `consultations.ical`); it also starts the item's UID.
    kind = models.CharField(max_length=10)
    translation_key = models.UUIDField()
    sequence = models.PositiveIntegerField(default=0)
    modified_at = models.DateTimeField(default=timezone.now)
    # What the calendar item looked like when last published: {"<page id>": [when and where
    # and status, everything else]}, as digests. A change of the first raises the sequence.
    fingerprints = models.JSONField(default=dict)

    class Meta:
        verbose_name = _("calendar entry")
        verbose_name_plural = _("calendar entries")
        constraints = [
            models.UniqueConstraint(fields=["kind", "translation_key"], name="one_entry_per_item")
        ]
        indexes = [models.Index(fields=["modified_at"], name="calendar_entry_modified")]

    def __str__(self):
        return f"{self.kind} {self.translation_key} #{self.sequence}"


LOOKUP_LENGTH = 12


def new_lookup() -> str:
    return secrets.token_hex(LOOKUP_LENGTH // 2)


def new_secret() -> str:
    return secrets.token_urlsafe(32)


class FeedToken(models.Model):
    """The secret part of a person's personal feed address, `<lookup><secret>`.

    The lookup finds the row; the secret is then compared in constant time, so response times
    tell nothing about it. The token is stored as it is, because the account page shows the
    address again; regenerating it replaces both parts, and the old address stops working.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="feed_token"
    )
    lookup = models.CharField(max_length=LOOKUP_LENGTH, unique=True, default=new_lookup)
    secret = models.CharField(max_length=64, default=new_secret)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("personal feed token")
        verbose_name_plural = _("personal feed tokens")

    def __str__(self):
        return f"{self.user} ({self.created_at:%Y-%m-%d})"

    @property
    def token(self) -> str:
        return self.lookup + self.secret

    def matches(self, token: str) -> bool:
        return constant_time_compare(self.token, token)
