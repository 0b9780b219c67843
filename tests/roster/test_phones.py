import pytest

from kindergarten_desktop.roster.errors import RosterError
from kindergarten_desktop.roster.phones import normalize_phone


@pytest.mark.parametrize("text, expected", [
    ("0912 345 678", "0912345678"), ("+84 912.345.678", "0912345678"), ("84912345678", "0912345678"),
    ("912345678", "0912345678"), ("0243-812-3456", "02438123456"), ("", ""), ("  ", ""),
])
def test_accepted(text, expected):
    assert normalize_phone(text) == expected


@pytest.mark.parametrize("text", ["12345", "0112345678", "091234567a", "09123456789", "abc"])
def test_refused_with_reason(text):
    with pytest.raises(RosterError, match="phone number") as err:
        normalize_phone(text)
    assert err.value.code == "roster.phone_invalid" and err.value.params["phone"] == text
