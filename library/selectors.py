"""Reads of the library for other pages, with their joins, defined once."""

from django.db.models import F

from .access import Viewer, decide
from .models import LibraryPage, Material


def newest_public_materials(*, viewer: Viewer, limit: int) -> list[Material]:
    """The newest materials everyone may download (public, in the library, in no private
    collection for this visitor), newest first: the home page's. Two queries (the
    materials, the collections' privacy), however many there are."""
    candidates = (
        Material.objects.filter(access=Material.Access.PUBLIC, is_listed=True)
        .select_related("collection")
        .order_by(F("published_on").desc(nulls_last=True), "-created_at", "-pk")[: limit * 3]
    )
    return [material for material in candidates if decide(viewer, material)][:limit]


def library_in(locale) -> LibraryPage | None:
    """The live library page in a language, else any live one."""
    libraries = LibraryPage.objects.live()
    return libraries.filter(locale=locale).first() or libraries.first()
