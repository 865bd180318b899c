"""Everything the platform holds about a person, for "Download my data" and "Delete my
account", gathered from the apps that hold it.

`accounts` sits below the apps that keep things about people (registrations, comments,
memberships, calendar addresses), so it cannot know them. Each of them registers its part
instead, with Wagtail's hook registry, in its `wagtail_hooks.py`:

    @hooks.register(PERSONAL_DATA_HOOK)
    def registrations_part():
        return PersonalData(name="event_registrations", holds=[...], export=...)

A part names the relations to the person it answers for (`holds`: exported; `keeps`: left
out of the export on purpose, with the reason), so that a test can walk every model that
points at a person and fail when a new one belongs to no part
(tests/accounts/test_personal_data.py).
"""

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from django.db import transaction
from wagtail import hooks

PERSONAL_DATA_HOOK = "register_personal_data"


class AccountCannotBeDeleted(Exception):
    """The account cannot be deleted now; the message says why and what to do."""


@dataclass(frozen=True)
class PersonalData:
    """One app's part of what the platform holds about a person."""

    name: str
    """The part's key in the exported JSON."""
    holds: Sequence[str]
    """The relations to the person this part exports, as "app_label.Model.field"."""
    export: Callable[..., object]
    """`export(user)`: the part as plain data (lists, dicts, strings, numbers)."""
    keeps: Mapping[str, str] = field(default_factory=dict)
    """Relations to the person deliberately not exported, each with the reason."""
    refuse_deletion: Callable[..., str] | None = None
    """`refuse_deletion(user)`: why the account cannot be deleted now ("" when it can).
    Called inside the deletion's transaction, so it may lock what it reads."""
    before_deletion: Callable[..., None] | None = None
    """`before_deletion(user)`: what must happen before the person's rows go (for example,
    their seats go to the waiting lists)."""


def parts() -> list[PersonalData]:
    """Every registered part, in the order the apps are installed."""
    return [make() for make in hooks.get_hooks(PERSONAL_DATA_HOOK)]


def personal_data(*, user) -> dict:
    """Everything the platform holds about the person, as plain data (the JSON export)."""
    return {part.name: part.export(user) for part in parts()}


def account_delete(*, user) -> None:
    """Delete the person and what the apps hold about them, after every part agreed (an
    organisation never loses its last representative silently) and did what it must first."""
    with transaction.atomic():
        registered = parts()
        reasons = [part.refuse_deletion(user) for part in registered if part.refuse_deletion]
        reasons = [reason for reason in reasons if reason]
        if reasons:
            raise AccountCannotBeDeleted(" ".join(reasons))
        for part in registered:
            if part.before_deletion is not None:
                part.before_deletion(user)
        user.delete()
