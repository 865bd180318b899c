from django import forms
from django.utils.translation import gettext_lazy as _

from core.validators import validate_plain_name

from .models import Decision, FocusArea, Organisation, Region

# What an organisation's profile holds, in the order forms show it (site and admin alike).
ORGANISATION_FIELDS = [
    "kind",
    "name_kk",
    "name_ru",
    "name_en",
    "bin",
    "region",
    "focus_areas",
    "website",
    "logo",
    "contact_email",
    "description",
    "listed_in_directory",
]


class OrganisationForm(forms.ModelForm):
    """What a representative fills in to register (and later edit) an organisation."""

    focus_areas = forms.ModelMultipleChoiceField(
        label=_("Focus areas"),
        queryset=FocusArea.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Organisation
        fields = ORGANISATION_FIELDS
        widgets = {"description": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("name_kk", "name_ru", "name_en"):
            self.fields[name].validators.append(validate_plain_name)
        self.fields["region"].queryset = Region.objects.all()
        self.fields["region"].empty_label = _("— outside Kazakhstan or nationwide —")
        self.fields["bin"].widget.attrs.update({"inputmode": "numeric", "autocomplete": "off"})

    def clean_bin(self):
        value = "".join((self.cleaned_data.get("bin") or "").split())
        return value or None

    def _clean_name(self, field):
        return " ".join(self.cleaned_data.get(field, "").split())

    def clean_name_kk(self):
        return self._clean_name("name_kk")

    def clean_name_ru(self):
        return self._clean_name("name_ru")

    def clean_name_en(self):
        return self._clean_name("name_en")


class DecisionForm(forms.Form):
    outcome = forms.ChoiceField(label=_("Decision"), choices=Decision.Outcome.choices)
    reason = forms.CharField(
        label=_("Reason"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Sent to the representative. Required to reject or suspend."),
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("outcome") in {Decision.Outcome.REJECTED, Decision.Outcome.SUSPENDED}:
            if not cleaned.get("reason", "").strip():
                self.add_error("reason", _("Please give the reason: the organisation reads it."))
        return cleaned


class DirectoryFilterForm(forms.Form):
    q = forms.CharField(label=_("Name or BIN"), max_length=100, required=False)
    region = forms.ModelChoiceField(
        label=_("Region"),
        queryset=Region.objects.all(),
        required=False,
        empty_label=_("All regions"),
        to_field_name="code",
    )


class JoinForm(forms.Form):
    bin = forms.CharField(
        label=_("The organisation's BIN"),
        max_length=12,
        min_length=12,
        help_text=_("Ask your organisation for its 12-digit business identification number."),
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
    )

    def clean_bin(self):
        value = self.cleaned_data["bin"]
        try:
            self.organisation = Organisation.objects.exclude(
                status=Organisation.Status.REJECTED
            ).get(bin=value)
        except Organisation.DoesNotExist:
            raise forms.ValidationError(
                _("No organisation with this BIN is registered. You can register it yourself."),
                code="not_found",
            ) from None
        return value


class OrganisationProfileForm(OrganisationForm):
    """The representative's edit of the profile. Kind and BIN are what the commission
    verified: once verified they change only through the commission."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.status in {Organisation.Status.VERIFIED, Organisation.Status.SUSPENDED}:
            for name in ("kind", "bin"):
                self.fields[name].disabled = True
                self.fields[name].help_text = _(
                    "Verified by the commission: write to it to change this."
                )


class InviteForm(forms.Form):
    email = forms.EmailField(
        label=_("Colleague's email address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "off"}),
    )
