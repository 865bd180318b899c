from csp.constants import UNSAFE_INLINE
from csp.middleware import CSPMiddleware
from django.conf import settings
from django.middleware import locale
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


class LocaleMiddleware(locale.LocaleMiddleware):
    """Django's LocaleMiddleware, without its language redirect for a 404 outside the
    language-prefixed URLs.

    On a 404 it redirects to the same path with a language prefix when that path would
    resolve, and Wagtail's catch-all page route resolves every path: a missing admin object
    (/admin/events/999/) became a redirect to /ru/admin/events/999/ instead of a 404.
    """

    unprefixed = ("/admin/", "/documents/", "/feeds/personal/", "/healthz")

    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(self.unprefixed):
            response.headers.setdefault("Content-Language", translation.get_language())
            return response
        return super().process_response(request, response)


class SecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's Content-Security-Policy (CONTENT_SECURITY_POLICY in the settings: scripts,
    styles, images and forms from the site itself, no inline script, no framing) and a
    Permissions-Policy that turns off the browser features the site never uses.

    Wagtail's admin sets `style="…"` attributes on some widgets, so it also allows inline
    styles (never inline scripts); the public site allows neither.
    """

    admin_prefix = "/admin/"

    def process_response(self, request, response):
        if request.path_info.startswith(self.admin_prefix) and not hasattr(response, "_csp_update"):
            response._csp_update = {"style-src": [UNSAFE_INLINE]}
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return super().process_response(request, response)
