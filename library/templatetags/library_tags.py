"""Links to materials on any page obey the same access rules as the library."""

from django import template

from library.access import decide, viewer_for

register = template.Library()


@register.simple_tag(takes_context=True)
def material_access(context, material):
    """`{% material_access document as decision %}`: may the visitor download it, and if
    not, what they need (see library.access)."""
    request = context.get("request")
    if request is None or material is None:
        return None
    return decide(viewer_for(request), material)
