"""The Wagtail admin's "Account" page, adapted to Kenes's accounts.

Wagtail's own "Name and email" panel edits first and last name (which Kenes's user does not
have) and would change the email address without verification. Kenes replaces it with a
panel for the full name and the email language; email addresses and passwords are changed on
the site's account pages, where allauth verifies them.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.account import AccountView, BaseSettingsPanel, NameEmailSettingsPanel
from wagtail.users.models import UserProfile

from .forms import ProfileForm


class NameLanguageSettingsPanel(BaseSettingsPanel):
    name = "name_language"
    title = _("Name")
    order = 100
    form_class = ProfileForm  # the same form as the site's "My account" page
    help_text = _("Your email address and password are changed on the site's account pages.")


class KenesAccountView(AccountView):
    def get_panels(self):
        user = self.request.user
        panels = [p for p in super().get_panels() if not isinstance(p, NameEmailSettingsPanel)]
        profile = UserProfile.get_for_user(user)
        return [NameLanguageSettingsPanel(self.request, user, profile), *panels]
