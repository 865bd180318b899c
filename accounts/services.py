"""What a person can do with their own account: take their data with them, or delete it."""

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.db import transaction
from django.utils.translation import gettext as _

from events.models import Registration
from events.services import registrations_release
from partners.selectors import (
    lock_representatives_of,
    memberships_for,
    organisations_only_represented_by,
)


class AccountCannotBeDeleted(Exception):
    pass


def personal_data(*, user) -> dict:
    """Everything the platform holds about the person, as plain data (for the JSON export).
    Later apps add their part here (comments)."""
    return {
        "account": {
            "email": user.email,
            "full_name": user.full_name,
            "preferred_language": user.preferred_language,
            "date_joined": user.date_joined.isoformat(),
            "last_login": user.last_login.isoformat() if user.last_login else None,
        },
        "email_addresses": [
            {"email": a.email, "verified": a.verified, "primary": a.primary}
            for a in EmailAddress.objects.filter(user=user).order_by("email")
        ],
        "two_factor_methods": sorted(
            Authenticator.objects.filter(user=user).values_list("type", flat=True)
        ),
        "event_registrations": [
            {
                "event": r.event.title,
                "starts": r.event.start.isoformat(),
                "status": r.status,
                "organisation": r.organisation.name if r.organisation else None,
                "answers": r.answers,
                "registered": r.created_at.isoformat(),
            }
            for r in Registration.objects.filter(person=user)
            .select_related("event", "organisation")
            .order_by("pk")
        ],
        "organisations": [
            {
                "organisation": m.organisation.name,
                "bin": m.organisation.bin,
                "role": m.role,
                "membership": m.status,
                "since": m.created_at.isoformat(),
            }
            for m in memberships_for(user)
        ],
    }


def account_delete(*, user) -> None:
    """Delete the person, their memberships and registrations. Refused while they are an
    organisation's last representative: an organisation never loses its last representative
    silently."""
    with transaction.atomic():
        lock_representatives_of(user)  # so a colleague leaving at the same time waits
        blocking = organisations_only_represented_by(user)
        if blocking:
            raise AccountCannotBeDeleted(
                _(
                    "You are the last representative of %(names)s. Make another member a "
                    "representative first, then delete your account."
                )
                % {"names": ", ".join(o.name for o in blocking)}
            )
        registrations_release(person=user)  # seats go to the waiting lists
        user.delete()
