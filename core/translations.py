"""Pages in several languages: the facts their translations share, and a page in a language.

Events and consultations are one page per language (kk, ru, en) sharing a translation key.
The first page of the group is the original (`OriginalPageMixin.canonical`): it owns what
every language shares (registrations, the draft and its comments) and decides the shared
facts (`shared_fields`: dates, status, settings). Those are

- synchronised fields for wagtail-localize (`synchronised`), which copies them from the
  source when a translation is made or synced and does not let translators override them;
- read-only on a translation's own edit form (`SharedFieldsPageForm`);
- copied to every translation when the original is published (`copy_to_translations`), as a
  revision by the person who published, so each translation's history says who changed what.
"""

from django.db import transaction
from django.db.models import Case, F, OuterRef, Subquery, Value, When
from django.db.models.functions import Coalesce
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page
from wagtail_localize.fields import SynchronizedField

# The audit log's name for the copy (registered in kenes/wagtail_hooks.py).
SHARED_FIELDS_ACTION = "kenes.shared_fields"


def synchronised(names: list[str]) -> list[SynchronizedField]:
    """`override_translatable_fields` for wagtail-localize: the shared fields are copied from
    the source and never overridden in a translation."""
    return [SynchronizedField(name, overridable=False) for name in names]


class OriginalPageMixin:
    """`canonical`: the first page of this page's translation group, the one that owns what
    all its languages share (registrations, the draft and its comments)."""

    shared_fields: list[str] = []
    # Facts about the page that change only when pages are saved or deleted: the route memo
    # (core/routing.py) remembers them with the page's address, for the routes' generation.
    remembered_with_route = ("canonical_pk",)

    @cached_property
    def canonical_pk(self) -> int | None:
        # the pages of one translation key are all of this model: Wagtail's own table says
        # which came first without joining the model's
        return (
            Page.objects.filter(translation_key=self.translation_key)
            .order_by("pk")
            .values_list("pk", flat=True)
            .first()
        )

    @cached_property
    def canonical(self):
        first = self.canonical_pk
        if first is None or first == self.pk:
            return self
        return type(self).objects.get(pk=first)


class SharedFieldsPageForm(WagtailAdminPageForm):
    """The page's `shared_fields` are read-only on a translation."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        page = self.instance
        if page.pk is None or page.canonical.pk == page.pk:
            return
        for name in type(page).shared_fields:
            if name in self.fields:
                self.fields[name].disabled = True
                self.fields[name].help_text = _(
                    "Set on the original page (%(language)s) for every language."
                ) % {"language": page.canonical.locale.get_display_name()}


def copy_to_translations(page, *, user=None) -> list:
    """Write the original's shared fields onto the other pages of its translation group.

    Each translation that differs gets a revision by `user` (the person who published the
    original) with the original's values, logged as `SHARED_FIELDS_ACTION`. A live translation
    shows the new values at once; one with a draft keeps its draft, with the new values in it.
    Returns the translations changed."""
    original = page.canonical
    model = type(original)
    fields = [model._meta.get_field(name) for name in model.shared_fields]
    values = {field.attname: field.value_from_object(original) for field in fields}

    def differs(obj) -> bool:
        return any(getattr(obj, name) != value for name, value in values.items())

    changed = []
    others = model.objects.filter(translation_key=original.translation_key).exclude(pk=original.pk)
    with transaction.atomic():
        for translation in others.select_for_update().order_by("pk"):
            has_draft = translation.has_unpublished_changes and translation.latest_revision_id
            draft = translation.get_latest_revision_as_object() if has_draft else translation
            if not (differs(translation) or differs(draft)):
                continue
            for name, value in values.items():
                setattr(draft, name, value)
            revision = draft.save_revision(
                user=user, changed=bool(has_draft), log_action=SHARED_FIELDS_ACTION, clean=False
            )
            live = dict(values)
            if translation.live and not has_draft:
                live["live_revision"] = revision  # what is live is this revision, as published
            model.objects.filter(pk=translation.pk).update(**live)
            changed.append(translation)
    return changed


def page_in(page, language: str):
    """The page's live translation in `language`, else the page itself (specific)."""
    if page.locale.language_code != language:
        locale = Locale.objects.filter(language_code=language).first()
        translated = page.get_translation_or_none(locale) if locale else None
        if translated is not None and translated.live:
            return translated.specific
    return page.specific


def _active_language() -> str:
    """The code of the active language's locale (what `Locale.get_active` finds, without
    its query: a list joins the locale instead)."""
    return get_supported_content_language_variant(translation.get_language())


def in_active_language(model, pages) -> dict:
    """{translation key: the live page of `model` in the active language} for `pages`, in
    one query however many there are. Lists of a person's own things (registrations,
    comments, follows) belong to the original pages; each links to the page in the language
    the person reads, or keeps the original where that translation is not live."""
    keys = {page.translation_key for page in pages}
    if not keys:
        return {}
    translated = model.objects.live().filter(
        translation_key__in=keys, locale__language_code=_active_language()
    )
    return {page.translation_key: page for page in translated}


def first_in_active_language(pages):
    """The first of `pages` (a queryset) in the active language, else the first in another
    (one query): the list of events for a person registered for nothing, when the list is
    not translated into the language they read."""
    mine = When(locale__language_code=_active_language(), then=Value(0))
    preferred = Case(mine, default=Value(1))
    return pages.annotate(in_active_language=preferred).order_by("in_active_language", "pk").first()


# Titles in the admin. Staff read the admin in Russian or English while many originals (the
# pages that own registrations and comments) are Kazakh: our admin screens name a page by its
# translation in the admin's language where there is one, as the editor titled it (its draft
# title, as Wagtail's admin does), else by the page's own title.


def admin_title(relation: str = ""):
    """An expression for `.annotate()`: the admin title of the page (or of the page at
    `relation`, e.g. "consultation"), in the active language, in the same query."""
    prefix = f"{relation}__" if relation else ""
    translated = Page.objects.filter(
        translation_key=OuterRef(f"{prefix}translation_key"),
        locale__language_code=translation.get_language(),
    ).values("draft_title")[:1]
    return Coalesce(Subquery(translated), F(f"{prefix}draft_title"))


def admin_title_of(page) -> str:
    """One page's admin title, in the active language (one query)."""
    translated = (
        Page.objects.filter(
            translation_key=page.translation_key,
            locale__language_code=translation.get_language(),
        )
        .values_list("draft_title", flat=True)
        .first()
    )
    return translated or page.get_admin_display_title()
