"""The library page, a material's page, and the answer to a download someone may not make."""

from django.core.paginator import Paginator
from django.db.models import F, OuterRef, Subquery
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from wagtail.documents.views.serve import serve as wagtail_serve

from core.panels import Panel
from events.models import EventPage
from partners.models import FocusArea

from .access import decide, may_see_card, viewer_for
from .forms import LibraryFilterForm
from .models import LibraryPage, Material
from .services import download_record, with_download_counts
from .text import matching

MATERIALS_PER_PAGE = 20
FILTERS = ("q", "kind", "topic", "language", "year")

ORDERINGS = {
    "newest": [F("published_on").desc(nulls_last=True), "-created_at", "-pk"],
    "oldest": [F("published_on").asc(nulls_last=True), "created_at", "pk"],
    "title": ["title", "pk"],
    "popular": ["-downloads", "title", "pk"],
}


def with_card_data(materials):
    """What a card shows, in the list's own query: the download count, the event, and the
    event's original page (which decides who is a participant)."""
    original = (
        EventPage.objects.filter(translation_key=OuterRef("event__translation_key"))
        .order_by("pk")
        .values("pk")[:1]
    )
    return (
        with_download_counts(materials)
        .select_related("event", "collection")
        .annotate(original_event_id=Subquery(original))
    )


def visible_materials(viewer):
    materials = Material.objects.all()
    if not viewer.is_staff:
        materials = materials.exclude(access=Material.Access.STAFF)
    return materials


def attach_versions(materials: list, viewer) -> None:
    """Give each material `versions`: the same material in other languages (one query)."""
    keys = {material.translation_key for material in materials}
    versions: dict = {}
    others = visible_materials(viewer).filter(translation_key__in=keys).order_by("language")
    for other in others.only("pk", "title", "language", "translation_key"):
        versions.setdefault(other.translation_key, []).append(other)
    for material in materials:
        others = versions.get(material.translation_key, [])
        material.versions = [other for other in others if other.pk != material.pk]


def attach_decisions(materials: list, viewer) -> None:
    """Each material's `decision` (may the viewer download it?) and `event_here`: its event
    in the language of the page (one query), else the event as attached."""
    keys = {material.event.translation_key for material in materials if material.event_id}
    here = {}
    if keys:
        here = {
            page.translation_key: page
            for page in EventPage.objects.live().filter(
                translation_key__in=keys, locale__language_code=get_language()
            )
        }
    for material in materials:
        material.decision = decide(viewer, material)
        if material.event_id:
            fallback = material.event if material.event.live else None
            material.event_here = here.get(material.event.translation_key, fallback)


def event_materials(request, event: EventPage) -> list[Material]:
    """The library's materials of the event (slides, handouts), each with what the visitor
    may do with it; staff-only ones only for staff. `event` is the event's original page."""
    viewer = viewer_for(request)
    materials = (
        Material.objects.filter(event__translation_key=event.translation_key)
        .select_related("collection")
        .order_by("title", "pk")
    )
    shown = [material for material in materials if may_see_card(viewer, material)]
    for material in shown:
        material.original_event_id = event.pk
        material.decision = decide(viewer, material)
    return shown


class EventMaterialsPanel(Panel):
    """The "Materials" section of an event page (see `events.hooks`)."""

    template_name = "library/includes/event_materials.html"


def library_context(request, page) -> dict:
    viewer = viewer_for(request)
    years = (
        visible_materials(viewer)
        .filter(is_listed=True, published_on__isnull=False)
        .dates("published_on", "year", order="DESC")
    )
    form = LibraryFilterForm(
        request.GET or None,
        topics=FocusArea.objects.all(),
        years=[date.year for date in years],
    )
    form.is_valid()  # filters that are not valid are dropped; the valid ones still apply
    filters = getattr(form, "cleaned_data", {})
    materials = visible_materials(viewer).filter(is_listed=True)
    if filters.get("q"):
        materials = matching(materials, filters["q"])
    if filters.get("kind"):
        materials = materials.filter(kind=filters["kind"])
    if filters.get("topic"):
        materials = materials.filter(topics=filters["topic"])
    if filters.get("language"):
        materials = materials.filter(language=filters["language"])
    if filters.get("year"):
        materials = materials.filter(published_on__year=filters["year"])
    sort = filters.get("sort") or "newest"
    materials = with_card_data(materials).prefetch_related("topics").order_by(*ORDERINGS[sort])
    results = Paginator(materials, MATERIALS_PER_PAGE).get_page(request.GET.get("page"))
    shown = list(results.object_list)
    attach_versions(shown, viewer)
    attach_decisions(shown, viewer)
    return {
        "filter_form": form,
        "materials": results,
        "shown": shown,
        "is_filtered": any(filters.get(name) for name in FILTERS),
    }


def material_detail(request, page, material_id: int):
    viewer = viewer_for(request)
    material = (
        with_card_data(Material.objects.filter(pk=material_id)).prefetch_related("topics").first()
    )
    if material is None or not may_see_card(viewer, material):
        raise Http404
    attach_versions([material], viewer)
    attach_decisions([material], viewer)
    return TemplateResponse(
        request,
        "library/material_page.html",
        {"page": page, "self": page, "material": material, "library": page},
    )


def refuse_download(request, material: Material):
    """The file's address for someone who may not have it: 404 when the material is internal,
    else 403 with the material's card and what to do to get it."""
    viewer = viewer_for(request)
    if not may_see_card(viewer, material):
        raise Http404
    material = with_card_data(Material.objects.filter(pk=material.pk)).first()
    attach_versions([material], viewer)
    attach_decisions([material], viewer)
    library = LibraryPage.objects.live().filter(locale__language_code=request.LANGUAGE_CODE).first()
    response = TemplateResponse(
        request,
        "library/refused.html",
        {"material": material, "library": library},
        status=403,
    )
    response["Cache-Control"] = "private, no-store"
    return response


def serve(request, document_id: int, document_filename: str):
    """Wagtail's document view (which asks `check_material_access` and the collection's
    privacy), with caching to match, and the download counted.

    A public file in a collection without privacy may be kept by any cache; any other only
    by the person's browser. A download is a GET answered with the file (200): not a HEAD,
    not a browser revalidating its copy (304), not a refusal."""
    response = wagtail_serve(request, document_id, document_filename)
    if response.get("Content-Encoding") == "None":  # Wagtail's streaming sendfile writes it
        del response["Content-Encoding"]
    if response.status_code in (200, 304):
        material = Material.objects.select_related("collection").get(pk=document_id)
        public = (
            material.access == Material.Access.PUBLIC
            and not material.collection.get_view_restrictions().exists()
        )
        response["Cache-Control"] = "public, max-age=600" if public else "private, no-cache"
        # the file itself, not Wagtail's password form for a private collection
        is_file = response.has_header("Content-Disposition")
        if response.status_code == 200 and request.method == "GET" and is_file:
            download_record(material=material)
    return response
