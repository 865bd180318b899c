"""The site's search backend (`WAGTAILSEARCH_BACKENDS`): Wagtail's database backend, except
for the models that keep an index of their own, so that no model is indexed twice.

A model keeps its own index (stemmed terms in its own columns, core/text.py) either by
defining `search_own_index(queryset, query)` (the library's materials) or by being registered
here with `register_own_index(model, function)` (pages, by the site app: Wagtail's `Page` is
not ours to change). The function returns the objects of `queryset` that match `query` (its
text; None for "everything"), as a queryset. Every search of such a model goes there, the
admin's listings and choosers included, and Wagtail's index stores none of its objects: for
them the backend's index is `OwnIndex`, which keeps nothing (on save, on delete, and in
`manage.py update_index`).
"""

from modelsearch.backends.base import BaseIndex
from modelsearch.backends.database import SearchBackend as DatabaseSearchBackend
from modelsearch.query import And, MatchAll, Not, Or, Phrase, PlainText

_registered: dict = {}


def register_own_index(model, function) -> None:
    """Search `model` and its subclasses with `function(queryset, query)`, never in Wagtail's
    index."""
    _registered[model] = function


def own_index(model_or_queryset):
    model = getattr(model_or_queryset, "model", model_or_queryset)
    function = getattr(model, "search_own_index", None)
    if function is not None:
        return function
    for base in model.__mro__:
        if base in _registered:
            return _registered[base]
    return None


def query_text(query) -> str | None:
    """The words of a query given as text or as one of Wagtail's query objects (PlainText,
    Phrase, And and Or of them); None for MATCH_ALL (the admin's search without words).
    Words after NOT are left out: an index of stems cannot exclude them reliably."""
    if query is None or isinstance(query, str):
        return query or ""
    if isinstance(query, MatchAll):
        return None
    if isinstance(query, PlainText | Phrase):
        return query.query_string
    if isinstance(query, And | Or):
        texts = [query_text(part) for part in query.subqueries]
        if any(text is None for text in texts):
            return None
        return " ".join(texts)
    if isinstance(query, Not):
        return ""
    return str(getattr(query, "query_string", ""))


def as_queryset(model_or_queryset):
    if hasattr(model_or_queryset, "model"):
        return model_or_queryset
    return model_or_queryset._default_manager.all()


class OwnIndex(BaseIndex):
    """Wagtail's index for a model with an index of its own: it stores nothing."""

    def __init__(self, backend, model):
        super().__init__(backend)
        self.model = model

    def get_key(self):
        return f"own-index:{self.model._meta.label_lower}"

    def add_model(self, model):
        pass

    def refresh(self):
        pass

    def reset(self):
        pass

    def add_item(self, obj):
        pass

    def add_items(self, model, items):
        pass

    def delete_item(self, item):
        pass

    # What the database backend's rebuilder asks of an index (update_index).
    def delete_stale_entries(self):
        pass

    def _refresh_title_norms(self, full=False):
        pass


class NoRebuild:
    """`update_index` for an `OwnIndex`: nothing to start or finish."""

    def __init__(self, index):
        self.index = index

    def start(self):
        return self.index

    def finish(self):
        pass


class SearchBackend:
    """Wraps Wagtail's database backend (chosen by the database: PostgreSQL full text, or
    SQLite FTS5) and routes the models with an index of their own."""

    def __init__(self, params):
        self.database = DatabaseSearchBackend(params)

    def __getattr__(self, name):
        return getattr(self.database, name)

    def get_index_for_model(self, model):
        if own_index(model) is not None:
            return OwnIndex(self, model)
        return self.database.get_index_for_model(model)

    def get_index_for_object(self, obj):
        return self.get_index_for_model(obj._meta.model)

    def rebuilder_class(self, index):
        if isinstance(index, OwnIndex):
            return NoRebuild(index)
        return self.database.rebuilder_class(index)

    def add(self, obj):
        self.get_index_for_object(obj).add_item(obj)

    def add_bulk(self, model, obj_list):
        self.get_index_for_model(model).add_items(model, obj_list)

    def delete(self, obj):
        self.get_index_for_object(obj).delete_item(obj)

    def _own_search(self, search_own_index, query, model_or_queryset):
        queryset = as_queryset(model_or_queryset)
        text = query_text(query)
        results = queryset if text is None else search_own_index(queryset, text)
        # The admin's page search asks whether results can be counted by facet; these can
        # be filtered like any queryset instead.
        results.supports_facet = False
        return results

    def search(self, query, model_or_queryset, **kwargs):
        search_own_index = own_index(model_or_queryset)
        if search_own_index is not None:
            return self._own_search(search_own_index, query, model_or_queryset)
        return self.database.search(query, model_or_queryset, **kwargs)

    def autocomplete(self, query, model_or_queryset, **kwargs):
        search_own_index = own_index(model_or_queryset)
        if search_own_index is not None:
            return self._own_search(search_own_index, query, model_or_queryset)
        return self.database.autocomplete(query, model_or_queryset, **kwargs)
