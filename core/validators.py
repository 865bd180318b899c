"""Validators for text people type that other people read."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

_MARKUP = re.compile(r"[<>{}]|https?://", re.IGNORECASE)


def validate_plain_name(value: str) -> None:
    """Names are shown on pages, in emails and in exported lists: no markup, no links."""
    if _MARKUP.search(value):
        raise ValidationError(
            _("Please write the name as plain text, without <, >, braces or links."),
            code="markup",
        )
