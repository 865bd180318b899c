"""The dashboard's GET form: the date the figures are as of, and the filters of the list."""

import datetime

from django import forms
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from .models import MeasureStatus, Recommendation

# The earliest date the figures can be asked for (no plan before it is expected).
EARLIEST = datetime.date(1990, 1, 1)


class AreaChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.title


class DashboardForm(forms.Form):
    as_of = forms.DateField(
        label=_("Figures as of"),
        required=False,
        input_formats=["%Y-%m-%d"],
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("Empty: today."),
        error_messages={"invalid": _("Enter the date as YYYY-MM-DD, for example 2011-01-10.")},
    )
    area = AreaChoiceField(
        label=_("Area"), queryset=None, required=False, empty_label=_("All areas")
    )
    body = forms.ModelChoiceField(
        label=_("Responsible body"),
        queryset=None,
        required=False,
        empty_label=_("All bodies"),
    )
    status = forms.ChoiceField(
        label=_("Status on that date"),
        choices=[("", _("Any status")), *MeasureStatus.choices],
        required=False,
    )
    mechanism = forms.ChoiceField(
        label=_("UN mechanism"),
        choices=[("", _("Any mechanism")), *Recommendation.Mechanism.choices],
        required=False,
    )
    overdue = forms.BooleanField(label=_("Overdue only"), required=False)
    contested = forms.BooleanField(label=_("Contested only"), required=False)

    def __init__(self, *args, areas, bodies, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["area"].queryset = areas
        self.fields["body"].queryset = bodies

    def clean_as_of(self):
        as_of = self.cleaned_data.get("as_of")
        if as_of is not None and not EARLIEST <= as_of <= timezone.localdate():
            raise forms.ValidationError(
                _("Choose a date from %(earliest)s to today.")
                % {"earliest": date_format(EARLIEST, "DATE_FORMAT")}
            )
        return as_of

    def filters(self) -> dict:
        """The valid filters (an invalid one is dropped, with its message on the form; the
        others still apply)."""
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        return {
            name: data[name]
            for name in ("area", "body", "status", "mechanism", "overdue", "contested")
            if data.get(name)
        }

    def figures_date(self) -> datetime.date:
        self.is_valid()
        return getattr(self, "cleaned_data", {}).get("as_of") or timezone.localdate()
