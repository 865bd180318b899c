"""Downloads are counted; a new file's text is read for search."""

from django.db import transaction
from django.db.models.signals import post_save
from django.utils.http import parse_etags, quote_etag
from wagtail.documents.models import document_served

from .models import Material


def on_document_served(sender, instance, request, **kwargs):
    """Wagtail sends `document_served` before its conditional-GET check: a HEAD request, or a
    browser revalidating its copy (answered "304 Not Modified"; restricted files are sent
    with `no-cache`, so every reopening revalidates), is not a download."""
    from .services import download_record

    if request.method == "HEAD" or _revalidates(request, instance):
        return
    download_record(material=instance)


def _revalidates(request, material) -> bool:
    """The request's If-None-Match names the file's ETag (Wagtail's: the file hash), as
    Django's `condition` decorator compares them (weakly)."""
    if not material.file_hash:
        return False
    etags = parse_etags(request.headers.get("If-None-Match", ""))
    current = quote_etag(material.file_hash)
    return etags == ["*"] or any(etag.removeprefix("W/") == current for etag in etags)


def on_material_saved(sender, instance, **kwargs):
    """Read the text of a new or replaced file in a task (a long PDF takes seconds)."""
    if instance.file_hash and instance.file_hash != instance.indexed_hash:
        from .tasks import read_material_text

        material_id = instance.pk
        transaction.on_commit(lambda: read_material_text.enqueue(material_id=material_id))


def register_signal_handlers():
    document_served.connect(on_document_served, sender=Material, dispatch_uid="kenes-library")
    post_save.connect(on_material_saved, sender=Material, dispatch_uid="kenes-library-text")
