"""Addresses for emails and calendars, which are read away from the site: always absolute,
on the configured base address (`BASE_URL`), never on whatever host a request carried."""

from django.conf import settings


def absolute_url(url: str) -> str:
    """`url` as it is when it is absolute, else on the site's base address."""
    if url.startswith(("http://", "https://")):
        return url
    return settings.WAGTAILADMIN_BASE_URL + url


def page_url(page, suffix: str = "") -> str:
    """A page's absolute address, with `suffix` (a route of the page, an anchor) after it."""
    return absolute_url((page.get_url() or "/") + suffix)
