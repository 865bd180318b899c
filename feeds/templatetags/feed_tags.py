"""What the subscribe box needs: a feed's absolute address and its webcal:// twin.

A calendar app subscribes to an address, not to a page, so the box shows the full https
address to copy (Google's "From URL" wants it) and a webcal:// link, which browsers hand to
the system's calendar app (Apple Calendar, Outlook) to subscribe in one click.
"""

from django import template

register = template.Library()


@register.filter
def webcal(url) -> str:
    """The same address with its scheme replaced by webcal://; anything else unchanged."""
    scheme, separator, rest = str(url).partition("://")
    if not separator or scheme.lower() not in {"http", "https"}:
        return url
    return f"webcal://{rest}"


@register.simple_tag(takes_context=True)
def absolute_url(context, path: str) -> str:
    """`{% url 'feeds:consultations' as path %}{% absolute_url path as feed_url %}`:
    scheme and host as the visitor reached the site (https behind the proxy in production)."""
    return context["request"].build_absolute_uri(path)
