"""How many things a list holds, said in the grammar of the reader's language.

Wagtail's admin paginator writes "<count> <verbose_name_plural>" (`WagtailPaginator.
items_count_label`): English grammar, which gave the Russian admin «3 комментарии»,
«5 регистрации», «8 мероприятия». Russian needs one of three forms chosen by the number
(1 and 21 комментарий, 3 комментария, 5 комментариев), which only a plural message
(`ngettext`) can say. So the admin's pagination (templates/wagtailadmin/shared/
pagination_nav.html) asks `count_label` instead:

- a model of ours says how it is counted with a `counted_as` attribute, a lazy plural
  message with a `counter` placeholder: `ngettext_lazy("%(counter)s comment",
  "%(counter)s comments", "counter")`;
- Wagtail's and Django's models we list are in `LIBRARY_MODELS`;
- any other model gets "<Kind>: <count>" («Сайты: 1»), which is right in every language.
"""

from django.conf import settings
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import ngettext_lazy

LIBRARY_MODELS = {
    "wagtailcore.page": ngettext_lazy("%(counter)s page", "%(counter)s pages", "counter"),
    "wagtailimages.image": ngettext_lazy("%(counter)s image", "%(counter)s images", "counter"),
    settings.AUTH_USER_MODEL.lower(): ngettext_lazy(
        "%(counter)s user", "%(counter)s users", "counter"
    ),
}
ITEMS = ngettext_lazy("%(counter)s item", "%(counter)s items", "counter")


def _phrase(model):
    """The model's plural message: its own `counted_as`, or its nearest parent's (an event
    page counts as events, a page type without one as pages)."""
    for klass in model.__mro__:
        if "counted_as" in vars(klass):
            return klass.counted_as
        meta = getattr(klass, "_meta", None)
        if meta is not None and meta.label_lower in LIBRARY_MODELS:
            return LIBRARY_MODELS[meta.label_lower]
    return None


def count_label(model, count: int) -> str:
    """ "21 мероприятие", "5 регистраций", "Сайты: 1": `count` things of `model` (None: of
    no model in particular) in the active language."""
    if model is None:
        return ITEMS % {"counter": count}
    phrase = _phrase(model)
    if phrase is not None:
        return phrase % {"counter": count}
    return _("%(kind)s: %(counter)s") % {
        "kind": capfirst(model._meta.verbose_name_plural),
        "counter": count,
    }
