"""`items_count`: how many things a paginated admin list holds, in the reader's grammar
(see core.counting; used by templates/wagtailadmin/shared/pagination_nav.html)."""

from django import template

from core.counting import count_label

register = template.Library()


@register.filter
def items_count(paginator) -> str:
    return count_label(getattr(paginator.object_list, "model", None), paginator.count)
