"""The account's own part of a person's data: the account, its addresses and second factors,
and the admin preferences of staff (see accounts/personal_data.py)."""

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from wagtail import hooks
from wagtail.users.models import UserProfile

from .personal_data import PERSONAL_DATA_HOOK, PersonalData


def _account(user) -> dict:
    profile = UserProfile.objects.filter(user=user).first()
    return {
        "email": user.email,
        "full_name": user.full_name,
        "preferred_language": user.preferred_language,
        "date_joined": user.date_joined.isoformat(),
        "last_login": user.last_login.isoformat() if user.last_login else None,
        "admin_preferences": (
            {
                "language": profile.preferred_language,
                "time_zone": profile.current_time_zone,
                "theme": profile.theme,
            }
            if profile is not None
            else None
        ),
    }


def _email_addresses(user) -> list[dict]:
    return [
        {"email": a.email, "verified": a.verified, "primary": a.primary}
        for a in EmailAddress.objects.filter(user=user).order_by("email")
    ]


def _two_factor_methods(user) -> list[str]:
    return sorted(Authenticator.objects.filter(user=user).values_list("type", flat=True))


@hooks.register(PERSONAL_DATA_HOOK)
def account_part():
    return PersonalData(
        name="account",
        holds=["wagtailusers.UserProfile.user"],
        export=_account,
        keeps={
            "wagtailadmin.EditingSession.user": "which admin page a person has open: "
            "minutes-long, deleted with the account",
            "wagtailadmin.FormState.user": "an admin form's unsaved state: deleted with the "
            "account",
            "wagtailcore.APIToken.user": "only a digest of a secret: useless to the person, "
            "deleted with the account",
        },
    )


@hooks.register(PERSONAL_DATA_HOOK)
def email_addresses_part():
    return PersonalData(
        name="email_addresses", holds=["account.EmailAddress.user"], export=_email_addresses
    )


@hooks.register(PERSONAL_DATA_HOOK)
def two_factor_part():
    """Which kinds of second factor the person set up; never the secrets themselves."""
    return PersonalData(
        name="two_factor_methods", holds=["mfa.Authenticator.user"], export=_two_factor_methods
    )
