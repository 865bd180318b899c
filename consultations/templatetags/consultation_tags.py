from django import template

register = template.Library()


@register.simple_tag
def count_for(counts: dict, key: str) -> int:
    """`counts[key]`, or 0: how many comments an element has (templates cannot index)."""
    return counts.get(key, 0)


@register.simple_tag
def comments_for(latest: dict, key: str) -> list:
    """The latest published comments on an element (see `latest_comments_by_element`)."""
    return latest.get(key, [])
