from django import template

from partners.models import Organisation

register = template.Library()

HOME_PARTNERS = 12


@register.inclusion_tag("partners/includes/partner_strip.html")
def partner_strip():
    """The international partners on the home page (two queries, however many there are)."""
    partners = (
        Organisation.objects.in_directory()
        .filter(kind=Organisation.Kind.INTERNATIONAL)
        .ordered_by_name()
    )
    return {"partners": partners[:HOME_PARTNERS]}
