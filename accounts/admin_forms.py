"""The Wagtail admin's user forms, for a user model with one full name and no username.

https://docs.wagtail.org/en/stable/advanced_topics/customization/custom_user_models.html
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.users.forms import UserCreationForm, UserEditForm

from core.validators import validate_plain_name

FIELDS = {"email", "full_name", "preferred_language", "is_superuser", "groups"}


class FullNameMixin(forms.Form):
    """Replaces Wagtail's required first and last name with Kenes's one full name."""

    first_name = None
    last_name = None
    full_name = forms.CharField(
        label=_("Full name"), max_length=150, validators=[validate_plain_name]
    )


class KenesUserCreationForm(FullNameMixin, UserCreationForm):
    class Meta(UserCreationForm.Meta):
        fields = FIELDS


class KenesUserEditForm(FullNameMixin, UserEditForm):
    class Meta(UserEditForm.Meta):
        fields = FIELDS | {"is_active"}
