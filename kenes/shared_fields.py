"""Fields a translated page takes from its original (dates, status, settings), for pages whose
translations share one set of facts: events and consultations.

The original is the first page of the translation group (`canonical` on those pages). Its
shared fields are copied to the translations whenever a page of the group is published, and
a translation's edit form shows them read-only, saying where they are set.
"""

from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm


class OriginalPageMixin:
    """`canonical`: the first page of this page's translation group, the one that owns what
    all its languages share (registrations, the draft and its comments)."""

    shared_fields: list[str] = []

    @cached_property
    def canonical(self):
        model = type(self)
        first = (
            model.objects.filter(translation_key=self.translation_key)
            .order_by("pk")
            .values_list("pk", flat=True)
            .first()
        )
        if first is None or first == self.pk:
            return self
        return model.objects.get(pk=first)


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


def copy_to_translations(page) -> None:
    """Write the original's shared fields onto the other pages of its translation group."""
    original = page.canonical
    type(original).objects.filter(translation_key=original.translation_key).exclude(
        pk=original.pk
    ).update(**{name: getattr(original, name) for name in type(original).shared_fields})
