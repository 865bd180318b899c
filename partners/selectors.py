from django.db.models import Count, IntegerField, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce

from .models import Membership, Organisation


def memberships_for(user) -> QuerySet[Membership]:
    """A person's memberships and requests, with their organisations, for "My account"."""
    return (
        Membership.objects.filter(user=user)
        .select_related("organisation")
        .order_by("organisation__name_kk", "organisation__name_ru", "organisation__name_en")
    )


def memberships_with_requests(user) -> QuerySet[Membership]:
    """`memberships_for`, each with `requests_waiting`: how many people ask to join the
    organisation (what its representatives have to answer), in the same query."""
    waiting = (
        Membership.objects.filter(
            organisation=OuterRef("organisation"), status=Membership.Status.REQUESTED
        )
        .order_by()
        .values("organisation")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return memberships_for(user).annotate(
        requests_waiting=Coalesce(Subquery(waiting, output_field=IntegerField()), 0)
    )


def organisations_only_represented_by(user) -> list[Organisation]:
    """The organisations this person is the last representative of (they must hand the
    role over before they leave the platform)."""
    mine = Membership.objects.filter(
        user=user, role=Membership.Role.REPRESENTATIVE, status=Membership.Status.ACTIVE
    ).values("organisation")
    return list(
        Organisation.objects.filter(pk__in=mine)
        .annotate(
            representatives=Count(
                "memberships",
                filter=Q(
                    memberships__role=Membership.Role.REPRESENTATIVE,
                    memberships__status=Membership.Status.ACTIVE,
                ),
            )
        )
        .filter(representatives=1)
    )


def lock_representatives_of(user) -> None:
    """Lock (until the transaction ends) the representative memberships of every
    organisation this person represents, in a fixed order, before counting them."""
    mine = Membership.objects.filter(
        user=user, role=Membership.Role.REPRESENTATIVE, status=Membership.Status.ACTIVE
    ).values("organisation")
    list(
        Membership.objects.select_for_update()
        .filter(
            organisation__in=mine,
            role=Membership.Role.REPRESENTATIVE,
            status=Membership.Status.ACTIVE,
        )
        .order_by("pk")
        .values_list("pk", flat=True)
    )
