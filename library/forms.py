"""The library's filters, and the upload form every document passes (in the admin too)."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm

from .models import Material
from .validation import clean_filename, validate_upload


class MaterialForm(BaseDocumentForm):
    """Wagtail's document form (WAGTAILDOCS_DOCUMENT_FORM_BASE), with the file checked by its
    content and stored under a clean name of the type it really is.

    Language, type and access fall back to their defaults (the site's language, handbook,
    members only) when a form does not send them: Wagtail's multiple uploader sends the title
    alone, and a form it cannot save keeps the file in MEDIA_ROOT until the editor returns."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("language", "kind", "access"):
            if name in self.fields:
                self.fields[name].required = False

    def clean_file(self):
        file = self.cleaned_data.get("file")
        if file and hasattr(file, "content_type"):  # a new upload, not the stored file
            detected = validate_upload(file)
            file.name = clean_filename(file.name, detected.extension)
        return file


class LibraryFilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=200)
    kind = forms.ChoiceField(
        label=_("Type"), required=False, choices=[("", _("All types")), *Material.Kind.choices]
    )
    topic = forms.ModelChoiceField(
        label=_("Topic"),
        required=False,
        queryset=None,
        empty_label=_("All topics"),
        to_field_name="code",
    )
    language = forms.ChoiceField(label=_("Language"), required=False)
    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)
    sort = forms.ChoiceField(
        label=_("Sort by"),
        required=False,
        choices=[
            ("newest", _("Newest first")),
            ("oldest", _("Oldest first")),
            ("title", _("Title")),
            ("popular", _("Most downloaded")),
        ],
    )

    def __init__(self, *args, topics, years, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topic"].queryset = topics
        self.fields["language"].choices = [("", _("All languages")), *settings.LANGUAGES]
        self.fields["year"].choices = [("", _("All years")), *((y, y) for y in years)]
