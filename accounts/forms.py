from allauth.account.forms import SignupForm as AllauthSignupForm
from django import forms
from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from core.validators import validate_plain_name

from .models import User


class SignupForm(AllauthSignupForm):
    """allauth's sign-up (email and password twice) plus the person's name and language."""

    full_name = forms.CharField(
        label=_("Full name"),
        max_length=150,
        validators=[validate_plain_name],
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        help_text=_("As it should appear on certificates and in participant lists."),
    )
    preferred_language = forms.ChoiceField(
        label=_("Preferred language"),
        choices=settings.LANGUAGES,
        help_text=_("Emails from the platform are written in this language."),
    )

    field_order = ["full_name", "email", "password1", "password2", "preferred_language"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["preferred_language"].initial = get_language()

    def clean_full_name(self):
        return " ".join(self.cleaned_data["full_name"].split())


class ProfileForm(forms.ModelForm):
    """What a person may change about themself on "My account"."""

    class Meta:
        model = User
        fields = ["full_name", "preferred_language"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["full_name"].validators.append(validate_plain_name)
        self.fields["full_name"].widget.attrs["autocomplete"] = "name"

    def clean_full_name(self):
        name = " ".join(self.cleaned_data["full_name"].split())
        if not name:
            raise forms.ValidationError(_("Please enter your name."), code="required")
        return name


class DeleteAccountForm(forms.Form):
    """Deleting an account asks for the password: a forgotten open session is not enough."""

    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("The password is not correct."), code="wrong_password")
        return password
