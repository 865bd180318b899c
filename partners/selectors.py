from django.db.models import QuerySet

from .models import Membership


def memberships_for(user) -> QuerySet[Membership]:
    """A person's memberships and requests, with their organisations, for "My account"."""
    return (
        Membership.objects.filter(user=user)
        .select_related("organisation")
        .order_by("organisation__name_kk", "organisation__name_ru", "organisation__name_en")
    )
