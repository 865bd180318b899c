import pytest

from core.parameters import is_plain_key


@pytest.mark.parametrize("value", ["astana", "9f3c0a1b", "round-table", "Ab_12"])
def test_codes_keys_and_tokens_are_plain_keys(value):
    assert is_plain_key(value)


@pytest.mark.parametrize(
    "value", ["", "\x00", "astana\x00", "Астана", "a b", "a/b", "%00", "\ufffd", "a" * 101]
)
def test_anything_else_names_nothing(value):
    assert not is_plain_key(value)


def test_the_length_a_key_may_have_is_the_callers():
    assert is_plain_key("a" * 50, max_length=50)
    assert not is_plain_key("a" * 51, max_length=50)
