"""Site-wide template pieces: navigation, footer and the language switcher."""

from django import template
from django.conf import settings
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.html import format_html
from wagtail.models import Page, Site
from wagtail.templatetags.wagtailcore_tags import richtext

from core import generations
from core.page_cache import GENERATION_KEY as PAGE_GENERATION_KEY
from kenes.models import FooterText

register = template.Library()


def localized_home(request):
    """This language's home page, or None before the site has one (an empty database)."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    return site.root_page.localized


# What every page's header and footer show (the menu, the footer text) changes only when pages
# change: each worker keeps it for the current generation of the cached pages (see
# core/page_cache.py) instead of five queries a page. One generation at a time, so it never
# grows: a new generation gets a new dict, put in place whole, and a request keeps using the
# dict of the generation it read. With threads (runserver, a threaded server), what a request
# read before a change therefore never lands in the newer generation's dict.
_chrome: dict = {}
_MISSING = object()


def _kept(request, name: str, make):
    global _chrome
    generation, _began = generations.current(PAGE_GENERATION_KEY)
    kept = _chrome
    if kept.get("generation") != generation:
        kept = _chrome = {"generation": generation}
    key = (name, request.get_host(), translation.get_language())
    value = kept.get(key, _MISSING)
    if value is _MISSING:
        value = kept[key] = make()
    return value


def _menu(request) -> dict:
    """The home page and its children marked "Show in menus", as (url, title, tree path)."""
    home = localized_home(request)
    if home is None:
        return {"home": None, "items": []}
    return {
        "home": (home.get_url(request), home.path),
        "items": [
            (item.get_url(request), item.title, item.path)
            for item in home.get_children().live().public().in_menu()
        ],
    }


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    """The home page's children marked "Show in menus", in the visitor's language, each marked
    as the current page (`aria-current="page"`) or the current section (`"true"`) when the
    page shown is that item or lies below it; Search likewise by its URL name."""
    request = context["request"]
    menu = _kept(request, "menu", lambda: _menu(request))
    current = context.get("page")
    current_path = current.path if isinstance(current, Page) else None
    items = []
    for url, title, path in menu["items"]:
        if current_path == path:
            state = "page"
        elif current_path and current_path.startswith(path):
            state = "true"
        else:
            state = ""
        items.append({"url": url, "title": title, "state": state})
    match = getattr(request, "resolver_match", None)
    view = match.view_name if match else ""
    home = menu["home"]
    return {
        "home_url": home[0] if home else None,
        "home_current": bool(home and current_path == home[1]),
        "items": items,
        "request": request,
        "search_current": view == "search",
    }


@register.simple_tag(takes_context=True)
def footer_text(context):
    """The footer's text in the visitor's language, as HTML (its links expanded)."""

    def render():
        text = FooterText.objects.filter(locale__language_code=translation.get_language()).first()
        if text is None:
            return ""
        return format_html('<div class="site-footer__text">{}</div>', richtext(text.body))

    return _kept(context["request"], "footer", render)


def _language_links(context):
    """One link per language: the same page in that language, or that language's home.

    For a Wagtail page the translation is looked up by translation key (one query), and the
    page's own route goes along (the same measure of the plan, the same event's registration);
    a page with no translation sends the visitor to the other language's home with a note. For any
    other view (accounts, search) Django's `translate_url` swaps the language prefix.
    """
    request = context["request"]
    page = context.get("page")
    current = translation.get_language()
    translations = {}
    beyond = ""  # a routable page's own route (an event's "register/", a plan's measure...)
    if isinstance(page, Page) and page.pk:
        own = page.get_url(request) or ""
        if own.startswith("/") and request.path.startswith(own):
            beyond = request.path[len(own) :]
        translations = {
            p.locale.language_code: p
            for p in Page.objects.filter(translation_key=page.translation_key)
            .live()
            .select_related("locale")
        }
    links = []
    for code, name in settings.LANGUAGES:
        untranslated = False
        if isinstance(page, Page) and page.pk:
            target = translations.get(code)
            if target is not None:
                url = target.get_url(request) + beyond
            else:
                with translation.override(code):
                    url = reverse("wagtail_serve", args=[""]) + "?untranslated=1"
                untranslated = True
        else:
            url = translate_url(request.get_full_path(), code)
        links.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "current": code == current,
                "untranslated": untranslated,
            }
        )
    return links


@register.simple_tag(takes_context=True)
def language_links(context):
    """Use once per page: `{% language_links as links %}` feeds the switcher and hreflang."""
    return _language_links(context)
