"""The pages' own search index (`PageSearchTerms`): what goes in, when, and how it is searched.

A page's index holds the stems of its title (and SEO title) apart from those of everything
else its model's `search_fields` declare (introduction, body, summary, venue...), in the
page's language, and the plain text shown under a search result. Every full save of a page
refreshes it: creating, publishing, unpublishing, moving and copying are full saves; saving a
draft is not (Wagtail writes only the revision fields then), so drafts never reach the index.
Whether a page may be shown (live, public, in the visitor's language) is asked at search time,
never stored.
"""

from html import unescape

from django.db.models.signals import post_save
from django.utils.html import strip_tags
from wagtail.models import Locale, Page
from wagtail.search import index

from core.search import register_own_index
from core.text import Query, index_text

from .models import PageSearchTerms

# The text kept for excerpts: enough for a window around the first match.
MAX_SHOWN_TEXT = 20_000


def _plain(value) -> list[str]:
    """Searchable content as Wagtail gives it (text, rich text, a stream's list of texts)."""
    if value is None:
        return []
    if isinstance(value, list | tuple):
        return [text for item in value for text in _plain(item)]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _plain(item)]
    text = unescape(strip_tags(str(value))).strip()
    return [text] if text else []


def page_texts(page: Page) -> tuple[list[str], list[str]]:
    """(title texts, other texts) of a specific page, as its `search_fields` declare them."""
    titles = _plain([page.title, page.seo_title])
    others = _plain(page.search_description)
    for field in page.get_search_fields():
        if isinstance(field, index.SearchField) and field.field_name not in ("title", "seo_title"):
            if field.field_name == "search_description":
                continue
            others += _plain(field.get_value(page))
    return titles, others


def entry_for(page: Page, *, language: str | None = None) -> PageSearchTerms:
    page = page.specific if type(page) is Page else page
    language = language or page.locale.language_code
    titles, others = page_texts(page)
    return PageSearchTerms(
        page_id=page.pk,
        search_title=index_text(*titles, language=language),
        search_terms=index_text(*titles, *others, language=language),
        text=" ".join(" ".join(others).split())[:MAX_SHOWN_TEXT],
    )


def save_entries(entries: list[PageSearchTerms]) -> None:
    """Insert or update, one query for all of them."""
    PageSearchTerms.objects.bulk_create(
        entries,
        update_conflicts=True,
        unique_fields=["page"],
        update_fields=["search_title", "search_terms", "text"],
    )


def on_page_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or update_fields is not None or not isinstance(instance, Page):
        return
    save_entries([entry_for(instance)])


def rebuild(*, chunk: int = 200) -> int:
    """Refresh the index of every page (for pages saved before it existed); returns how
    many."""
    languages = dict(Locale.objects.values_list("pk", "language_code"))
    pks = list(Page.objects.order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(pks), chunk):
        pages = Page.objects.filter(pk__in=pks[start : start + chunk]).specific()
        save_entries([entry_for(page, language=languages[page.locale_id]) for page in pages])
    return len(pks)


def search_pages(queryset, text: str):
    """The pages of `queryset` with at least one significant word of `text`, most relevant
    first unless the queryset is already ordered (the admin's search and chooser)."""
    query = Query.parse(text)
    if not query:
        return queryset
    found = queryset.filter(query.lookup("search_entry__search_terms"))
    if found.query.order_by:
        return found
    return found.annotate(
        search_rank=query.rank(
            title="search_entry__search_title", terms="search_entry__search_terms"
        )
    ).order_by("-search_rank", "path")


def register() -> None:
    register_own_index(Page, search_pages)
    post_save.connect(on_page_saved, dispatch_uid="kenes-page-search-terms")
