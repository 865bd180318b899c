"""The form an NGO member assesses a measure with, and the moderators' reject form is the
shared one (`consultations.forms.RejectForm`)."""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from library.validation import DOCUMENTS, FILE_TYPES, IMAGES, clean_filename, validate_upload

from .models import Assessment, MeasureStatus

MAX_LINKS = 5
MAX_FILES = 3
MAX_FILE_SIZE = 10 * 1024 * 1024
EVIDENCE_KINDS = DOCUMENTS | IMAGES
EARLIEST = datetime.date(1990, 1, 1)


class OrganisationChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.name


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class EvidenceFilesField(forms.FileField):
    """Up to `MAX_FILES` files, each checked by its content as library uploads are: a web
    page renamed .pdf is refused with the library's message."""

    widget = MultipleFileInput

    def clean(self, data, initial=None):
        uploads = data if isinstance(data, list | tuple) else ([data] if data else [])
        if len(uploads) > MAX_FILES:
            raise ValidationError(
                _("Attach at most %(count)s files.") % {"count": MAX_FILES}, code="too_many"
            )
        cleaned = []
        for upload in uploads:
            upload = super().clean(upload, initial)
            if not upload:
                continue
            detected = validate_upload(upload, allowed=EVIDENCE_KINDS, max_size=MAX_FILE_SIZE)
            upload.name = clean_filename(upload.name, detected.extension)
            upload.detected_type = FILE_TYPES[detected.extension].mime
            cleaned.append(upload)
        return cleaned


class AssessmentForm(forms.Form):
    organisation = OrganisationChoiceField(label=_("On behalf of"), queryset=None, empty_label=None)
    assessed_status = forms.ChoiceField(
        label=_("How far is the measure, in your organisation’s view?"),
        choices=[("", "—"), *MeasureStatus.choices],
    )
    observed = forms.CharField(
        label=_("What your organisation observed"),
        max_length=Assessment.MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("Facts, places and dates that support your assessment."),
    )
    assessed_on = forms.DateField(
        label=_("As of"),
        input_formats=["%Y-%m-%d"],
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("The date your observation speaks of."),
        error_messages={"invalid": _("Enter the date as YYYY-MM-DD, for example 2011-01-10.")},
    )
    links = forms.CharField(
        label=_("Links to evidence"),
        required=False,
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("One address per line, at most five (reports, publications, news)."),
    )
    files = EvidenceFilesField(
        label=_("Files of evidence"),
        required=False,
        help_text=_(
            "At most three files of 10 MB each: PDF, DOCX, XLSX, PPTX, ODT, ODS or an image."
        ),
    )

    def __init__(self, *args, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations
        self.fields["assessed_on"].initial = timezone.localdate()

    def clean_assessed_on(self):
        day = self.cleaned_data["assessed_on"]
        if not EARLIEST <= day <= timezone.localdate():
            raise ValidationError(_("Choose a date from 1990 to today."))
        return day

    def clean_links(self):
        lines = [line.strip() for line in self.cleaned_data["links"].splitlines() if line.strip()]
        if len(lines) > MAX_LINKS:
            raise ValidationError(_("Give at most five links."))
        check = URLValidator(schemes=["http", "https"])
        for line in lines:
            try:
                if len(line) > 500:
                    raise ValidationError("too long")
                check(line)
            except ValidationError:
                raise ValidationError(
                    _("“%(link)s” is not a web address (it starts with http:// or https://).")
                    % {"link": line[:80]}
                ) from None
        return lines
