from django.core.management.base import BaseCommand

from actionplan.models import Measure
from consultations.models import Comment, DraftElement
from kenes import page_index
from library.models import Material
from partners.models import Organisation

CHUNK = 500


def refresh(queryset) -> int:
    """Recompute the search columns of every row of `queryset` (`search_columns()`), in
    chunks, without saving anything else; returns how many rows."""
    model = queryset.model
    count = 0
    batch = []
    for row in queryset.order_by("pk").iterator(chunk_size=CHUNK):
        for name, value in row.search_columns().items():
            setattr(row, name, value)
        batch.append(row)
        if len(batch) == CHUNK:
            model.objects.bulk_update(batch, ["search_title", "search_terms"])
            count += len(batch)
            batch = []
    if batch:
        model.objects.bulk_update(batch, ["search_title", "search_terms"])
        count += len(batch)
    return count


class Command(BaseCommand):
    help = (
        "Recompute the site search's index of every page, material, draft element, comment, "
        "organisation and action plan measure (after an upgrade that changes what is indexed, "
        "or for rows saved before the index existed). Saving a row keeps its index up to date "
        "otherwise."
    )

    def handle(self, *args, **options):
        counts = {
            "pages": page_index.rebuild(),
            "materials": refresh(Material.objects.all()),
            "draft elements": refresh(DraftElement.objects.all()),
            "comments": refresh(Comment.objects.select_related("response")),
            "organisations": refresh(Organisation.objects.all()),
            "action plan measures": refresh(Measure.objects.all()),
        }
        for name, count in counts.items():
            self.stdout.write(f"{count} {name} indexed.")
