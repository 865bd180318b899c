"""Values a visitor's address carries into a query (a query parameter or a path part that
names a region, a draft's element, a calendar token) are checked against the shape of a real
name first: anything else names nothing, and some of it would fail the query instead of
finding nothing (PostgreSQL refuses a NUL byte in text, and the request would answer 500).
"""

import re

_KEY = re.compile(r"[-A-Za-z0-9_]+")


def is_plain_key(value: str, *, max_length: int = 100) -> bool:
    """Whether `value` could be a code, key or token of ours: ASCII letters, digits, "-" and
    "_", at most `max_length` of them."""
    return len(value) <= max_length and _KEY.fullmatch(value) is not None
