"""The Kazakh business identification number (BIN, БСН/БИН): 12 digits, the last a check digit.

The check digit is the weighted sum of the first 11 digits modulo 11 with weights 1..11; when
that gives 10, the sum is taken again with weights 3..11, 1, 2; when that also gives 10 the
number is never issued. The same rule holds for the personal IIN.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

FIRST_WEIGHTS = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
SECOND_WEIGHTS = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)


def check_digit(first_eleven: str) -> int | None:
    """The check digit for 11 digits, or None when no valid number starts with them."""
    digits = [int(c) for c in first_eleven]
    for weights in (FIRST_WEIGHTS, SECOND_WEIGHTS):
        remainder = sum(d * w for d, w in zip(digits, weights, strict=True)) % 11
        if remainder != 10:
            return remainder
    return None


def is_valid_bin(value: str) -> bool:
    if len(value) != 12 or not value.isascii() or not value.isdigit():
        return False
    return check_digit(value[:11]) == int(value[11])


def validate_bin(value: str) -> None:
    if len(value) != 12 or not value.isascii() or not value.isdigit():
        raise ValidationError(
            _("A BIN has exactly 12 digits (you entered %(count)d characters)."),
            code="bin_format",
            params={"count": len(value)},
        )
    if not is_valid_bin(value):
        raise ValidationError(
            _("This BIN is not valid: its last digit does not match. Please check it."),
            code="bin_checksum",
        )
