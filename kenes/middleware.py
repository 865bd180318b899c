from django.conf import settings
from django.utils import translation


class AdminLanguageMiddleware:
    """Serve the Wagtail admin in a language it has (Russian or English), never half-Kazakh.

    The admin is outside the language-prefixed URLs, so LocaleMiddleware picks its language
    from the cookie or the browser, often Kazakh, which the Wagtail admin does not ship. Staff
    who chose an admin language in their Wagtail account settings keep it (Wagtail applies it
    per view); the rest get KENES_ADMIN_FALLBACK_LANGUAGE. Anonymous visitors are only sent
    on to the sign-in page, which stays in their own language.
    """

    admin_prefix = "/admin/"

    def __init__(self, get_response):
        self.get_response = get_response
        self.permitted = dict(settings.WAGTAILADMIN_PERMITTED_LANGUAGES)

    def __call__(self, request):
        if request.path_info.startswith(self.admin_prefix) and request.user.is_authenticated:
            if translation.get_language() not in self.permitted:
                translation.activate(settings.KENES_ADMIN_FALLBACK_LANGUAGE)
                request.LANGUAGE_CODE = settings.KENES_ADMIN_FALLBACK_LANGUAGE
        return self.get_response(request)
