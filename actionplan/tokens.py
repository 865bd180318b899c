"""The signed token in the one-click unsubscribe link of the action plan's following emails
(as `consultations.tokens`, with a salt of its own): it names the follow it ends."""

from django.core import signing

SALT = "kenes.actionplan.unsubscribe"


def unsubscribe_token(pk: int) -> str:
    return signing.dumps(pk, salt=SALT, compress=True)


def read_unsubscribe_token(token: str) -> int | None:
    """The follow's key in a token this site made, or None for anything else."""
    try:
        pk = signing.loads(token, salt=SALT)
    except (signing.BadSignature, ValueError, TypeError):
        return None
    return pk if isinstance(pk, int) else None
