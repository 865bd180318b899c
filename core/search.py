"""The site's search backend (`WAGTAILSEARCH_BACKENDS`): Wagtail's database backend, except
for a model that keeps an index of its own, so that no model is indexed twice.

A model keeps its own index by defining `search_own_index(queryset, query)`: the objects of
`queryset` that match `query`, as a queryset. The library's materials do (their stemmed
terms, library/text.py, searched the same way on SQLite and PostgreSQL); every search of them,
the library page's and the admin's document listing and chooser alike, goes there, and
Wagtail's index never stores them (`get_indexed_objects` is empty, `search_auto_update` off).
"""

from modelsearch.backends.database import SearchBackend as DatabaseSearchBackend


def own_index(model_or_queryset):
    model = getattr(model_or_queryset, "model", model_or_queryset)
    return getattr(model, "search_own_index", None)


def query_text(query) -> str:
    """The words of a query given as text or as one of Wagtail's query objects (PlainText)."""
    return getattr(query, "query_string", query) or ""


def as_queryset(model_or_queryset):
    if hasattr(model_or_queryset, "model"):
        return model_or_queryset
    return model_or_queryset._default_manager.all()


class SearchBackend:
    """Wraps Wagtail's database backend (chosen by the database: PostgreSQL full text, or
    SQLite FTS5) and routes the searches of models with an index of their own."""

    def __init__(self, params):
        self.database = DatabaseSearchBackend(params)

    def __getattr__(self, name):
        return getattr(self.database, name)

    def search(self, query, model_or_queryset, **kwargs):
        search_own_index = own_index(model_or_queryset)
        if search_own_index is not None:
            return search_own_index(as_queryset(model_or_queryset), query_text(query))
        return self.database.search(query, model_or_queryset, **kwargs)

    def autocomplete(self, query, model_or_queryset, **kwargs):
        search_own_index = own_index(model_or_queryset)
        if search_own_index is not None:
            return search_own_index(as_queryset(model_or_queryset), query_text(query))
        return self.database.autocomplete(query, model_or_queryset, **kwargs)
