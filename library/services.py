"""Changes in the library: counting downloads, announcing an event's materials."""

from django.db import transaction
from django.db.models import Count, F, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from events.models import EventPage, Registration

from .models import Announcement, Download, Material
from .tasks import send_materials_email


def download_record(*, material: Material) -> None:
    """One more download: an insert, never an update of the material's row."""
    Download.objects.create(material=material)


def downloads_roll_up() -> int:
    """Add the recorded downloads to each material's count and forget them; returns how many.

    The rows are taken with SKIP LOCKED on PostgreSQL, so two roll-ups running at once take
    different rows and nothing is counted twice; a download recorded meanwhile waits for the
    next roll-up. On SQLite the transaction holds the database's write lock throughout.
    """
    with transaction.atomic():
        taken = list(
            Download.objects.select_for_update(skip_locked=True).values_list("pk", "material_id")
        )
        if not taken:
            return 0
        per_material: dict[int, int] = {}
        for _pk, material_id in taken:
            per_material[material_id] = per_material.get(material_id, 0) + 1
        # In id order: two roll-ups at once update the same materials' rows, and taking
        # those row locks in different orders would deadlock.
        for material_id, count in sorted(per_material.items()):
            Material.objects.filter(pk=material_id).update(
                download_count=F("download_count") + count
            )
        Download.objects.filter(pk__in=[pk for pk, _material in taken]).delete()
    return len(taken)


def with_download_counts(materials):
    """Annotate `downloads`: the rolled-up count plus the downloads not yet rolled up."""
    pending = (
        Download.objects.filter(material=OuterRef("pk"))
        .order_by()
        .values("material")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return materials.annotate(
        downloads=F("download_count")
        + Coalesce(Subquery(pending, output_field=IntegerField()), Value(0))
    )


class NothingToAnnounce(Exception):
    pass


def materials_announce(*, event: EventPage, by) -> Announcement:
    """Email the event's materials to its participants (confirmed or checked in), each in
    their own language. Refused when no material was added since the last announcement."""
    original = event.canonical
    materials = list(
        Material.objects.filter(event__translation_key=original.translation_key)
        .exclude(access=Material.Access.STAFF)
        .order_by("pk")
    )
    if not materials:
        raise NothingToAnnounce(_("This event has no materials yet. Upload them first."))
    last = original.material_announcements.first()
    if last is not None:
        sent = set(last.materials.values_list("pk", flat=True))
        if {material.pk for material in materials} <= sent:
            raise NothingToAnnounce(
                _("These materials were already sent on %(date)s. Add new ones to send again.")
                % {"date": timezone.localdate(last.sent_at).isoformat()}
            )
    participants = list(
        Registration.objects.filter(
            event=original, status__in=Registration.SEAT_STATUSES
        ).values_list("pk", flat=True)
    )
    with transaction.atomic():
        announcement = Announcement.objects.create(
            event=original, sent_by=by, recipients=len(participants)
        )
        announcement.materials.set(materials)
        log(instance=original, action="kenes_library.announce", user=by)
        for registration_id in participants:
            transaction.on_commit(
                lambda pk=registration_id: send_materials_email.enqueue(registration_id=pk)
            )
    return announcement
