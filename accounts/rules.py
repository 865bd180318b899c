"""What an account must have before its owner may act: the one place these rules live."""

from allauth.account.models import EmailAddress


def has_verified_email(person, email: str | None = None) -> bool:
    """Has the person confirmed an email address (this one, when given, in any case)?
    Registering for an event, commenting and accepting an invitation ask for it."""
    if not person.is_authenticated:
        return False
    addresses = EmailAddress.objects.filter(user=person, verified=True)
    if email is not None:
        addresses = addresses.filter(email__iexact=email)
    return addresses.exists()


def with_verified_email(people) -> set[int]:
    """The primary keys of those of `people` (accounts) who have confirmed an email address:
    one query for all of them, as a turn of registrations asks it (`events.services`)."""
    return set(
        EmailAddress.objects.filter(user__in=[person.pk for person in people], verified=True)
        .values_list("user_id", flat=True)
        .distinct()
    )
