import re

from django import template
from django.utils.html import escape, format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from core.languages import lang_attribute

from ..references import find_references

register = template.Library()


@register.simple_tag
def count_for(counts: dict, key: str) -> int:
    """`counts[key]`, or 0: how many comments an element has (templates cannot index)."""
    return counts.get(key, 0)


@register.simple_tag
def comments_for(latest: dict, key: str) -> list:
    """The latest published comments on an element (see `latest_comments_by_element`)."""
    return latest.get(key, [])


@register.simple_tag(takes_context=True)
def lang_of(context, text: str):
    """` lang="ru"` on the element around a text people wrote (a comment, a response) when
    it is clearly in another language than the page's (see core/languages.py)."""
    return mark_safe(lang_attribute(text, context.get("LANGUAGE_CODE") or get_language()))  # noqa: S308 - a fixed attribute with a language code


def _linked(text: str, anchors: dict) -> SafeString:
    """`text` escaped, its line breaks as <br>, its references to the draft's own articles
    as links to their anchors (see consultations/references.py)."""
    parts, position = [], 0
    for reference in find_references(text, anchors):
        parts.append(escape(text[position : reference.start]))
        parts.append(
            format_html(
                '<a href="#{}">{}</a>',
                anchors[reference.number],
                text[reference.start : reference.end],
            )
        )
        position = reference.end
    parts.append(escape(text[position:]))
    html = "".join(parts).replace("\n", "<br>")
    return mark_safe(html)  # noqa: S308 - every part is escaped or built by format_html


@register.simple_tag
def draft_text(text: str, anchors: dict | None = None):
    """An element's text as paragraphs (as the `linebreaks` filter makes them), with each
    reference to an article of the same version ({number: anchor}) a link to it; references
    to other acts stay plain text."""
    paragraphs = [p for p in re.split(r"\n{2,}", text.replace("\r\n", "\n").strip()) if p]
    return format_html_join(
        "\n\n", "<p>{}</p>", ((_linked(paragraph, anchors or {}),) for paragraph in paragraphs)
    )
