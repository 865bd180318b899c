"""The signed token in the one-click unsubscribe link of every following email: it names the
follow or the legal-area subscription it ends (RFC 8058's List-Unsubscribe-Post lets mail
clients use the link directly). Signed, not stored: nothing to look up, nothing to leak."""

from django.core import signing

SALT = "kenes.consultations.unsubscribe"


def unsubscribe_token(kind: str, pk: int) -> str:
    """A token for the follow (`kind` "follow") or subscription ("area") with this key."""
    return signing.dumps([kind, pk], salt=SALT, compress=True)


def read_unsubscribe_token(token: str) -> tuple[str, int] | None:
    """(kind, key) of a token this site made, or None for anything else."""
    try:
        kind, pk = signing.loads(token, salt=SALT)
    except (signing.BadSignature, ValueError, TypeError):
        return None
    return kind, pk
