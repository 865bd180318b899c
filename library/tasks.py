"""Work that waits for the task worker: reading an uploaded file's text, and emailing an
event's materials to its participants."""

from django.utils import translation
from django_tasks import task

from core.emails import language_of, mail_task, send_to_person
from core.links import absolute_url, page_url
from core.translations import page_in
from events.models import Registration

from .models import LibraryPage, Material
from .text import extract_text


@task()
def read_material_text(*, material_id: int) -> None:
    material = Material.objects.filter(pk=material_id).first()
    if material is None or material.file_hash == material.indexed_hash:
        return
    file_hash = material.file_hash
    with material.open_file() as file:
        text = extract_text(file, material.file_extension.lower())
    # an editor may have saved the material meanwhile: index what is there now
    material = Material.objects.filter(pk=material_id, file_hash=file_hash).first()
    if material is None:  # its file was replaced meanwhile: that save queued its own reading
        return
    material.file_text = text
    material.indexed_hash = file_hash
    material.save(update_fields=["file_text", "indexed_hash"])


@mail_task
def send_materials_email(*, registration_id: int) -> None:
    """The event's materials, each with its page in the library, in the person's language."""
    registration = (
        Registration.objects.select_related("event", "person").filter(pk=registration_id).first()
    )
    if registration is None or not registration.holds_seat:
        return
    person = registration.person
    language = language_of(person)
    page = page_in(registration.event, language)
    library = LibraryPage.objects.live().filter(locale__language_code=language).first()
    library = library or LibraryPage.objects.live().first()
    materials = in_language(
        Material.objects.filter(event__translation_key=registration.event.translation_key)
        .exclude(access=Material.Access.STAFF)
        .order_by("pk"),
        language,
    )
    with translation.override(language):
        links = [
            (
                material,
                page_url(library, f"{material.pk}/") if library else absolute_url(material.url),
            )
            for material in materials
        ]
        context = {"event": page, "event_url": page_url(page), "links": links}
    send_to_person(user=person, template="library/email/materials", context=context)


def in_language(materials, language: str) -> list:
    """One version of each material: the one in `language`, else the first made."""
    chosen = {}
    for material in materials:
        current = chosen.get(material.translation_key)
        if current is None or (material.language == language and current.language != language):
            chosen[material.translation_key] = material
    return sorted(chosen.values(), key=lambda material: material.title)
