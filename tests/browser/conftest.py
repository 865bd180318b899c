"""Headless Chromium for end-to-end tests, driven by Playwright.

Playwright cannot download its own browser here, so it drives Debian's Chromium
(/usr/bin/chromium, or CHROMIUM_PATH). Without it the browser tests skip with the reason;
CI sets KENES_REQUIRE_BROWSER=1 so that a missing browser fails the run instead.
"""

import os
import shutil

import pytest
from playwright.sync_api import sync_playwright

from tests.conftest import require

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/browser/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.browser)


@pytest.fixture
def browser():
    """A browser per test. Playwright's sync API keeps an event loop running while it is
    open, and Django's connections are then looked up per async context: a session-wide
    browser would hide the test database's connection (and its serialized contents) from
    the next test's set-up. Starting Chromium takes about a second."""
    if not os.path.exists(CHROMIUM):
        message = (
            f"Chromium not found at {CHROMIUM}: install Debian's `chromium` package "
            "or set CHROMIUM_PATH"
        )
        if require("KENES_REQUIRE_BROWSER"):
            pytest.fail(message)
        pytest.skip(message)

    # Playwright's sync API runs an event loop in this thread; Django's ORM refuses to run in
    # a thread with a running loop unless told it is safe (the test body is plain sync code).
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()
    del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(base_url=live_server.url, locale="kk-KZ")
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()
