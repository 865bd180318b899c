"""One moderation design for everything people publish on the platform: comments on drafts
(consultations) and NGOs' assessments of the action plan's measures (actionplan).

Both are `Moderated`: the same states (awaiting moderation, published, not published,
withdrawn by the author), the same reasons for not publishing (`Reason`), the same note to the
author, and the same record of who moderated and when. The moderators (the "Moderators"
group, with `MODERATE_PERMISSION`) work through one queue, the consultations' moderation
screen; an app whose items join that queue registers a `ModerationKind` with the
`MODERATION_KIND_HOOK` (the queue's app cannot import the apps above it).
"""

from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# The one permission of moderators (the "Moderators" group holds it): who may publish or
# refuse what people submitted, whatever its kind.
MODERATE_PERMISSION = "consultations.moderate_comment"
# Wagtail hook: a function returning a `ModerationKind` for the shared queue.
MODERATION_KIND_HOOK = "register_moderation_kind"


class ModerationStatus(models.TextChoices):
    PENDING = "pending", _("Awaiting moderation")
    PUBLISHED = "published", _("Published")
    REJECTED = "rejected", _("Not published")
    WITHDRAWN = "withdrawn", _("Withdrawn by the author")


class Reason(models.TextChoices):
    """Why a moderator does not publish something: the same list for every kind, so that the
    public moderation figures read alike."""

    OFF_TOPIC = "off-topic", _("Off-topic")
    ABUSIVE = "abusive", _("Abusive")
    DUPLICATE = "duplicate", _("Duplicate")
    PERSONAL_DATA = "personal-data", _("Contains personal data")


class ModerationError(Exception):
    """A moderation step that is not possible now; the message is for the moderator."""


class Moderated(models.Model):
    """The moderation state of something people submit. Its app's services lock the row,
    check their own rules, then call `mark_published` or `mark_rejected` and save."""

    Status = ModerationStatus
    Reason = Reason

    status = models.CharField(_("status"), max_length=20, choices=ModerationStatus.choices)
    published_at = models.DateTimeField(_("published"), null=True, blank=True)
    rejection_reason = models.CharField(
        _("reason"), max_length=20, choices=Reason.choices, blank=True
    )
    moderator_note = models.TextField(_("note to the author"), blank=True, max_length=2000)
    moderated_at = models.DateTimeField(_("moderated"), null=True, blank=True)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("moderated by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        abstract = True

    @property
    def is_pending(self) -> bool:
        return self.status == ModerationStatus.PENDING

    @property
    def is_published(self) -> bool:
        return self.status == ModerationStatus.PUBLISHED

    @property
    def may_be_published(self) -> bool:
        """Waiting, or refused by mistake."""
        return self.status in (ModerationStatus.PENDING, ModerationStatus.REJECTED)

    @property
    def may_be_rejected(self) -> bool:
        """Waiting, or published and to be taken down."""
        return self.status in (ModerationStatus.PENDING, ModerationStatus.PUBLISHED)

    def mark_published(self, *, by, now=None) -> None:
        now = now or timezone.now()
        self.status = ModerationStatus.PUBLISHED
        self.published_at = now
        self.rejection_reason, self.moderator_note = "", ""
        self.moderated_at, self.moderated_by = now, by

    def mark_rejected(self, *, reason: str, note: str, by, now=None) -> None:
        if reason not in Reason.values:
            raise ModerationError(_("Choose a reason."))
        self.status = ModerationStatus.REJECTED
        self.published_at = None
        self.rejection_reason, self.moderator_note = reason, note.strip()
        self.moderated_at, self.moderated_by = now or timezone.now(), by


@dataclass(frozen=True)
class ModerationKind:
    """Another kind of item in the shared moderation queue.

    `items(status=, organisation=)`: the queryset the queue pages through (a selector);
    `get(pk)`: one item or None; `publish(item, by=)` and `reject(item, reason=, note=, by=)`:
    the app's services (they raise `ModerationError` with a message for the moderator);
    `item_template`: how one item is shown in the list (its actions are the queue's)."""

    name: str
    label: Any
    items: Any
    get: Any
    publish: Any
    reject: Any
    item_template: str
    published_message: Any
    rejected_message: Any
