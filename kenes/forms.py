import re

from django import forms
from django.utils.translation import gettext_lazy as _

SEARCH_QUERY_MAX_LENGTH = 200
# Control characters (NUL included) cannot be stored, searched or written back into HTML:
# they are taken as spaces before the query is read.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class SearchForm(forms.Form):
    q = forms.CharField(
        label=_("Search the site"),
        max_length=SEARCH_QUERY_MAX_LENGTH,
        required=False,
        widget=forms.TextInput(attrs={"type": "search"}),
        error_messages={
            "max_length": _("Please use at most %(limit_value)d characters."),
        },
    )

    def __init__(self, data=None, *args, **kwargs):
        if data is not None and "q" in data:
            data = data.copy()
            data["q"] = _CONTROL.sub(" ", data["q"])
        super().__init__(data, *args, **kwargs)

    def clean_q(self):
        return " ".join(self.cleaned_data["q"].split())
