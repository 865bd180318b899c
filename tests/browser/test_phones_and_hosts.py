"""Every kind of page, on the demo site, as phones and the browser see it: nothing wider than
a 320 or 390 px screen, in Kazakh and Russian, signed out and signed in; no request from any
page (the admin's included) to a host other than the site's own; the phone menu opens
without JavaScript, and no control that needs JavaScript shows without it."""

import io
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command
from django.test import Client

from actionplan.models import ActionPlanIndexPage
from consultations.models import ConsultationIndexPage, ConsultationPage
from demo.content import DEMO_PASSWORD
from events.models import EventIndexPage, EventPage
from kenes.models import NewsIndexPage, NewsPage, StandardPage
from library.models import LibraryPage
from partners.models import Organisation
from tests.conftest import indexes_off
from tests.factories import remove_site

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

WIDTHS = (320, 390)


def demo():
    with indexes_off():
        remove_site()
        call_command("seed_demo", force=True, stdout=io.StringIO())


def first(model, language):
    return model.objects.live().filter(locale__language_code=language).first()


def public_paths(language):
    event = first(EventPage, language)
    consultation = first(ConsultationPage, language)
    organisation = Organisation.objects.filter(status="verified").first()
    paths = [
        f"/{language}/",
        first(NewsIndexPage, language).url,
        first(NewsPage, language).url,
        first(StandardPage, language).url,
        first(EventIndexPage, language).url,
        first(EventIndexPage, language).url + "?archive=1",
        event.url,
        first(ConsultationIndexPage, language).url,
        consultation.url,
        consultation.url + "comments/",
        first(LibraryPage, language).url,
        first(ActionPlanIndexPage, language).url,
        first(ActionPlanIndexPage, language).url + "2009-2012/?as_of=2011-01-10",
        first(ActionPlanIndexPage, language).url + "2009-2012/measures/1-3/",
        f"/{language}/partners/",
        f"/{language}/partners/{organisation.pk}/",
        f"/{language}/search/?q=%D0%BF%D1%80%D0%B0%D0%B2%D0%B0",
        f"/{language}/accounts/login/",
        f"/{language}/accounts/signup/",
        f"/{language}/no-such-page/",
    ]
    return [path for path in paths if path]


def member_paths(language):
    event = first(EventPage, language)
    consultation = first(ConsultationPage, language)
    return [
        f"/{language}/accounts/me/",
        f"/{language}/accounts/email/",
        f"/{language}/partners/join/",
        f"/{language}/partners/register/",
        event.url,
        event.url + "register/",
        consultation.url,
    ]


def width_problems(page, paths):
    """The paths whose page is wider than the screen, with the widest element's tag."""
    problems = []
    for path in paths:
        page.goto(path)
        width = page.evaluate("document.documentElement.scrollWidth")
        screen = page.evaluate("window.innerWidth")
        if width > screen:
            culprit = page.evaluate(
                """() => { let widest = null;
                   for (const el of document.querySelectorAll('body *')) {
                     const r = el.getBoundingClientRect();
                     if (r.right > window.innerWidth + 1 && (!widest || r.right > widest.r))
                       widest = {r: r.right, d: el.tagName + '.' + el.className};
                   } return widest && widest.d; }"""
            )
            problems.append(f"{path} at {screen}px is {width}px wide ({culprit})")
    return problems


def sign_in_browser(context, live_server, email, password=DEMO_PASSWORD):
    client = Client()
    assert client.login(email=email, password=password)
    context.add_cookies(
        [
            {
                "name": "sessionid",
                "value": client.cookies["sessionid"].value,
                "url": live_server.url,
            }
        ]
    )


def test_every_page_type_fits_a_phone_signed_out_and_signed_in(browser, live_server):
    demo()
    problems = []
    for width in WIDTHS:
        for language in ("kk", "ru"):
            context = browser.new_context(
                base_url=live_server.url, viewport={"width": width, "height": 800}
            )
            page = context.new_page()
            problems += width_problems(page, public_paths(language))
            sign_in_browser(context, live_server, "ngo@kenes.kz")
            problems += width_problems(page, member_paths(language))
            context.close()
    assert problems == []

    # without JavaScript, the calendar's Copy button (it needs a script) is not shown
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    page.goto(first(EventIndexPage, "ru").url)
    copy = page.locator("[data-copy-target]")
    assert copy.count() == 1
    assert not copy.is_visible()
    assert page.locator("input[readonly][value*='/feeds/']").is_visible()
    context.close()


def test_the_menu_fits_one_row_and_no_page_asks_another_host_or_breaks_its_policy(
    browser, live_server, settings
):
    settings.KENES_STAFF_REQUIRE_2FA = False  # the admin's pages here, not the second factor
    demo()
    for email in (None, "ngo@kenes.kz"):
        context = browser.new_context(
            base_url=live_server.url, viewport={"width": 1280, "height": 800}
        )
        if email:
            sign_in_browser(context, live_server, email)
        page = context.new_page()
        for language in ("kk", "ru", "en"):
            page.goto(f"/{language}/events/" if language != "kk" else "/kk/")
            tops = page.locator(".main-menu li").evaluate_all(
                "items => items.filter(i => i.offsetParent)"
                ".map(i => Math.round(i.getBoundingClientRect().top))"
            )
            assert len(tops) >= 8, (language, email)
            assert len(set(tops)) == 1, (language, email, tops)
            assert not page.locator(".main-menu__switch").is_visible()
        context.close()

    own = urlsplit(live_server.url).netloc
    elsewhere = []

    def record(request):
        address = urlsplit(request.url)
        if address.scheme in {"http", "https", "ws", "wss"} and address.netloc != own:
            elsewhere.append(request.url)

    context = browser.new_context(base_url=live_server.url)
    context.on("request", record)
    page = context.new_page()
    refused = []  # what the Content-Security-Policy blocked: the site needs none of it
    page.on(
        "console",
        lambda message: (
            "Content Security Policy" in message.text
            and refused.append(f"{page.url}: {message.text[:80]}")
        ),
    )
    visited = public_paths("ru") + public_paths("kk")
    for path in visited:
        page.goto(path)
    sign_in_browser(context, live_server, "admin@kenes.kz")
    event = first(EventPage, "kk")
    admin = [
        "/admin/",
        "/admin/pages/",
        f"/admin/pages/{event.pk}/edit/",
        "/admin/documents/",
        "/admin/images/",
        "/admin/users/",
        "/admin/consultations/moderation/",
    ]
    for path in admin + member_paths("ru"):
        response = page.goto(path)
        assert response.status == 200, path
        page.wait_for_load_state("networkidle")
        visited.append(path)
    # the chooser addresses wagtail-localize's editor sets from an (refused) inline script
    page.goto("/admin/")
    assert page.evaluate("window.chooserUrls.pageChooser") == "/admin/choose-page/"
    context.close()
    assert len(visited) > 40
    assert elsewhere == []
    assert refused == [], "\n".join(refused)


def test_the_phone_menu_opens_without_javascript(browser, live_server, homes):
    context = browser.new_context(
        base_url=live_server.url, viewport={"width": 390, "height": 800}, java_script_enabled=False
    )
    page = context.new_page()
    page.goto("/en/")
    menu = page.get_by_role("navigation", name="Main")
    search = menu.get_by_role("link", name="Search")
    assert not search.is_visible()
    assert page.locator(".site-header").bounding_box()["height"] < 160  # folded: content near
    switch = menu.get_by_text("Menu")
    switch.click()
    assert search.is_visible()
    assert menu.get_by_role("link", name="Sign in").is_visible()
    switch.click()
    assert not search.is_visible()
    context.close()
