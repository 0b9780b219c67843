"""Vietnamese telephone numbers: mobiles (10 digits, 03/05/07/08/09) and landlines
(11 digits, 02x area codes), written with spaces, dots, dashes or +84."""

from __future__ import annotations

import re

from kindergarten_desktop.roster.errors import RosterError

_SEPARATORS = re.compile(r"[\s.\-()]")
_MOBILE = re.compile(r"^0[35789]\d{8}$")
_LANDLINE = re.compile(r"^02\d{9}$")


def normalize_phone(text: str) -> str:
    """'+84 912.345.678' -> '0912345678'; '' stays ''. Raises RosterError ``roster.phone_invalid``."""
    raw = text.strip()
    if not raw:
        return ""
    digits = _SEPARATORS.sub("", raw)
    if digits.startswith("+84"):
        digits = "0" + digits[3:]
    elif digits.startswith("84") and len(digits) in (11, 12):
        digits = "0" + digits[2:]
    elif digits.isdigit() and len(digits) in (9, 10) and not digits.startswith("0"):
        digits = "0" + digits  # Excel drops the leading zero of numbers typed as numbers
    if not digits.isdigit():
        raise RosterError("roster.phone_invalid", phone=raw)
    if _MOBILE.match(digits) or _LANDLINE.match(digits):
        return digits
    raise RosterError("roster.phone_invalid", phone=raw)
