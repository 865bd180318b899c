from allauth.mfa.utils import is_mfa_enabled
from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _


class StaffTwoFactorMiddleware:
    """Send staff who have no two-factor authentication to set it up before /admin/.

    Switched by the KENES_STAFF_REQUIRE_2FA setting: always on in production settings.
    The admin's own login page is replaced by allauth's (see kenes/urls.py), so a person with
    two-factor set up always passes the second step before reaching the admin.
    """

    admin_prefix = "/admin/"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            settings.KENES_STAFF_REQUIRE_2FA
            and request.path_info.startswith(self.admin_prefix)
            and request.user.is_authenticated
            and request.user.has_perm("wagtailadmin.access_admin")
            and not is_mfa_enabled(request.user)
        ):
            return self.redirect_to_setup(request)
        return self.get_response(request)

    def redirect_to_setup(self, request):
        language = request.user.preferred_language
        if language not in dict(settings.LANGUAGES):
            language = settings.LANGUAGE_CODE
        with translation.override(language):
            messages.warning(
                request,
                _(
                    "Staff accounts must use two-factor authentication. Set up an "
                    "authenticator app here, keep the recovery codes, then open the "
                    "administration again."
                ),
            )
            return redirect(reverse("mfa_activate_totp"))
