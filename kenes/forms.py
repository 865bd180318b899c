from django import forms
from django.utils.translation import gettext_lazy as _

SEARCH_QUERY_MAX_LENGTH = 200


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

    def clean_q(self):
        # Quotes are full-text query syntax on SQLite's FTS5; people mean them as plain text.
        return " ".join(self.cleaned_data["q"].replace('"', " ").split())
