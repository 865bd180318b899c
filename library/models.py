"""The materials library: Wagtail documents with what readers need to find them and what
decides who may download them.

`Material` is the site's document model (WAGTAILDOCS_DOCUMENT_MODEL), so every document, in
the library, on an event page or attached to a consultation, is a material and obeys the same
access rules (`library.access`). Files live in a storage of their own outside MEDIA_ROOT:
there is no public URL to guess, and every download passes Wagtail's document view, which
asks our `before_serve_document` hook and Wagtail's collection privacy.
"""

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import storages
from django.core.signals import setting_changed
from django.db import models
from django.dispatch import receiver
from django.utils.functional import LazyObject, empty
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.documents.models import AbstractDocument, Document
from wagtail.models import Page

from core.pages import views_of
from core.text import SearchColumnsMixin, index_text, matching

# The views behind the library page's routes and context (they import this module).
views = views_of("library.views")


class LibraryStorage(LazyObject):
    """Settings' `STORAGES["library"]`: a private bucket of the object store, or a directory
    outside MEDIA_ROOT. Looked up when first used, and again after the settings change (as
    Django's `default_storage` is), not once when this module is imported."""

    def _setup(self):
        self._wrapped = storages["library"]


library_files = LibraryStorage()


@receiver(setting_changed)
def _storages_changed(*, setting, **kwargs):
    if setting == "STORAGES":
        library_files._wrapped = empty


def library_storage():
    return library_files


class Material(SearchColumnsMixin, AbstractDocument):
    class Kind(models.TextChoices):
        LAW = "law", _("Law and regulation")
        REPORT = "report", _("Report")
        HANDBOOK = "handbook", _("Handbook and methodology")
        PRESENTATION = "presentation", _("Presentation")
        FORM = "form", _("Form and template")

    class Access(models.TextChoices):
        PUBLIC = "public", _("Everyone")
        MEMBERS = "members", _("Members of verified organisations")
        PARTICIPANTS = "participants", _("Participants of one event")
        STAFF = "staff", _("Commission staff only")

    file = models.FileField(upload_to="documents", storage=library_storage, verbose_name=_("file"))
    description = models.TextField(
        _("description"),
        max_length=2000,
        blank=True,
        help_text=_("What the material is about and who it is for, in its own language."),
    )
    language = models.CharField(
        _("language"), max_length=5, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )
    translation_of = models.ForeignKey(
        "self",
        verbose_name=_("same material in another language"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Choose the version in another language, if there is one."),
    )
    # shared by all language versions of a material (set from `translation_of` on save)
    translation_key = models.UUIDField(default=uuid.uuid4, editable=False, db_index=True)
    kind = models.CharField(_("type"), max_length=20, choices=Kind.choices, default=Kind.HANDBOOK)
    topics = models.ManyToManyField(
        "partners.FocusArea", verbose_name=_("topics"), blank=True, related_name="materials"
    )
    published_on = models.DateField(_("publication date"), null=True, blank=True)
    source = models.CharField(
        _("source organisation"),
        max_length=255,
        blank=True,
        help_text=_("Who published it, e.g. “OSCE Programme Office in Astana”."),
    )
    access = models.CharField(
        _("who may download"), max_length=20, choices=Access.choices, default=Access.MEMBERS
    )
    event = models.ForeignKey(
        "events.EventPage",
        verbose_name=_("event"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="materials",
        help_text=_(
            "For materials of an event (slides, handouts). With “Participants of one event”, "
            "only its confirmed participants may download it."
        ),
    )
    is_listed = models.BooleanField(
        _("show in the library"),
        default=True,
        help_text=_("Untick for files that belong only on an event or consultation page."),
    )
    file_text = models.TextField(editable=False, blank=True)
    indexed_hash = models.CharField(max_length=40, editable=False, blank=True)
    search_terms = models.TextField(editable=False, blank=True)
    # the stems of the title alone: the site search ranks a match in the title first
    search_title = models.TextField(editable=False, blank=True)
    download_count = models.PositiveIntegerField(_("downloads"), default=0, editable=False)

    admin_form_fields = (
        *Document.admin_form_fields,
        "description",
        "language",
        "translation_of",
        "kind",
        "topics",
        "published_on",
        "source",
        "access",
        "event",
        "is_listed",
    )
    # One index: the stems of each material's words (`search_terms`, library/text.py), the
    # same on SQLite and PostgreSQL. The admin's document listing and chooser search it too,
    # through the site's search backend (core/search.py): Wagtail's own index never stores
    # materials (no automatic updates, nothing to rebuild), so nothing is indexed twice. The
    # fields below only tell Wagtail's admin that materials can be searched.
    search_fields = AbstractDocument.search_fields
    search_auto_update = False

    @classmethod
    def get_indexed_objects(cls):
        return cls.objects.none()

    @classmethod
    def search_own_index(cls, queryset, query: str):
        """The materials of `queryset` that match `query` (see core/search.py)."""
        return matching(queryset, query)

    # How the admin counts them ("21 мероприятие"): see core.counting.
    counted_as = ngettext_lazy("%(counter)s material", "%(counter)s materials", "counter")

    class Meta(AbstractDocument.Meta):
        verbose_name = _("material")
        verbose_name_plural = _("materials")
        indexes = [models.Index(fields=["is_listed", "published_on"], name="material_listed")]

    def clean(self):
        # Wagtail's check of the file's extension; without a file (an upload the form refused,
        # with its reason) it would add a wrong second error: "File extension “” is not allowed".
        if self.file:
            super().clean()
        if self.access == self.Access.PARTICIPANTS and self.event_id is None:
            raise ValidationError(
                {"event": _("Choose the event whose participants may download this material.")}
            )
        if self.translation_of_id is not None:
            if self.translation_of_id == self.pk:
                raise ValidationError(
                    {"translation_of": _("A material cannot be its own translation.")}
                )
            same_language = Material.objects.filter(
                translation_key=self.translation_of.translation_key, language=self.language
            ).exclude(pk=self.pk)
            if same_language.exists():
                raise ValidationError(
                    {"translation_of": _("Choose a version in another language.")}
                )

    def save(self, *args, **kwargs):
        joined_from = None
        if self.translation_of_id is not None:
            key = self.translation_of.translation_key
            if self.pk is not None and key != self.translation_key:
                joined_from = self.translation_key
            self.translation_key = key
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "translation_key"}
        super().save(*args, **kwargs)  # SearchColumnsMixin refreshes the search columns
        if joined_from is not None:
            # the versions that were linked to this one come along into the new group
            Material.objects.filter(translation_key=joined_from).update(
                translation_key=self.translation_key
            )

    def search_columns(self) -> dict:
        """The search columns for the material as it is now (its file's text included)."""
        return {
            "search_title": index_text(self.title, language=self.language),
            "search_terms": index_text(
                self.title, self.description, self.source, self.file_text, language=self.language
            ),
        }

    @property
    def event_page(self):
        """The event's original page (registrations belong to it)."""
        return self.event.canonical if self.event_id else None


class Download(models.Model):
    """One download, not yet added to `Material.download_count`. A download inserts a row and
    touches no shared row, so concurrent downloads never wait for each other; `manage.py
    count_downloads` adds them up and removes them (see `library.services`)."""

    material = models.ForeignKey(Material, on_delete=models.CASCADE, related_name="+")
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        indexes = [models.Index(fields=["material"], name="download_material")]

    def __str__(self):
        return f"{self.material_id} @ {self.at:%Y-%m-%d %H:%M}"


class Announcement(models.Model):
    """Materials of an event emailed to its participants (by an event manager)."""

    event = models.ForeignKey(
        "events.EventPage", on_delete=models.CASCADE, related_name="material_announcements"
    )
    materials = models.ManyToManyField(Material, related_name="+")
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    sent_at = models.DateTimeField(auto_now_add=True)
    recipients = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-sent_at"]

    def __str__(self):
        return f"{self.event} ({self.sent_at:%Y-%m-%d})"


class LibraryPage(RoutablePageMixin, Page):
    """The library at /<lang>/library/: search, filters, and a page per material."""

    intro = models.TextField(_("introduction"), max_length=600, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("library")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(views.library_context(request, self))
        return context

    @path("<int:material_id>/", name="material")
    def material_route(self, request, material_id):
        return views.material_detail(request, self, material_id)
