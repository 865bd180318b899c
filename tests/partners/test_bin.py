import pytest
from django.core.exceptions import ValidationError

from partners.bin import check_digit, is_valid_bin, validate_bin

# BINs of real Kazakh legal entities, published in public registers.
KNOWN_VALID = ["940740000911", "000740001307", "050540004455", "981140001551", "990740000683"]


@pytest.mark.parametrize("value", KNOWN_VALID)
def test_known_bins_pass(value):
    assert is_valid_bin(value)
    validate_bin(value)


@pytest.mark.parametrize(
    "value",
    [
        "940740000912",  # last digit changed
        "940740000910",
        "000740001300",
        "123456789012",
        "000000000001",
    ],
)
def test_a_wrong_check_digit_is_refused_with_a_clear_message(value):
    assert not is_valid_bin(value)
    with pytest.raises(ValidationError) as error:
        validate_bin(value)
    assert error.value.code == "bin_checksum"


@pytest.mark.parametrize(
    "value",
    [
        "",
        "94074000091",
        "9407400009110",
        "94074000091a",
        "９４０７４０００００９１１",
        "9407 4000 091",
    ],
)
def test_anything_but_twelve_ascii_digits_is_refused(value):
    assert not is_valid_bin(value)
    with pytest.raises(ValidationError) as error:
        validate_bin(value)
    assert error.value.code == "bin_format"


def test_second_weights_are_used_when_the_first_sum_gives_ten():
    # Find 11 digits whose first weighted sum is 10 modulo 11: the check digit then comes
    # from the second weights (3..11, 1, 2).
    for n in range(10_000):
        first = f"{n:011d}"
        digits = [int(c) for c in first]
        if sum(d * w for d, w in zip(digits, range(1, 12), strict=True)) % 11 == 10:
            break
    second = (
        sum(d * w for d, w in zip(digits, (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2), strict=True)) % 11
    )
    if second == 10:
        assert check_digit(first) is None
    else:
        assert check_digit(first) == second
        assert is_valid_bin(f"{first}{second}")
