from django import template
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from core.languages import lang_attribute

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
