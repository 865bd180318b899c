"""A new file's text is read for search (downloads are counted in `library.views.serve`)."""

from django.db import transaction
from django.db.models.signals import post_save

from .models import Material
from .tasks import read_material_text


def on_material_saved(sender, instance, **kwargs):
    """Read the text of a new or replaced file in a task (a long PDF takes seconds)."""
    if instance.file_hash and instance.file_hash != instance.indexed_hash:
        material_id = instance.pk
        transaction.on_commit(lambda: read_material_text.enqueue(material_id=material_id))


def register_signal_handlers():
    post_save.connect(on_material_saved, sender=Material, dispatch_uid="kenes-library-text")
