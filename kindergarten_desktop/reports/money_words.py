"""Amounts in Vietnamese words for receipts ("Bằng chữ: Hai trăm tám mươi nghìn đồng chẵn").

Written here rather than taken from num2words: its Vietnamese drops "không trăm" inside a
number (1.005.000 -> "một triệu năm nghìn"), while accounting vouchers read every group after
the first in full ("một triệu không trăm linh năm nghìn")."""

from __future__ import annotations

DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
GROUPS = ("", "nghìn", "triệu")


def _three(n: int, full: bool) -> list[str]:
    """Words of 0 < n < 1000; ``full`` reads the hundreds even when 0 (inside a number)."""
    hundreds, tens, units = n // 100, n // 10 % 10, n % 10
    words: list[str] = []
    if hundreds or full:
        words += [DIGITS[hundreds], "trăm"]
    if tens == 0:
        if units and words:
            words.append("linh")
    elif tens == 1:
        words.append("mười")
    else:
        words += [DIGITS[tens], "mươi"]
    if units:
        if units == 5 and tens:
            words.append("lăm")
        elif units == 1 and tens > 1:
            words.append("mốt")
        else:
            words.append(DIGITS[units])
    return words


def _below_billion(n: int, full: bool) -> list[str]:
    groups = [n // 1_000_000, n // 1000 % 1000, n % 1000]
    words: list[str] = []
    for i, group in enumerate(groups):
        if group:
            words += _three(group, full or bool(words))
            if GROUPS[2 - i]:
                words.append(GROUPS[2 - i])
    return words


def number_words(n: int) -> str:
    """280000 -> 'hai trăm tám mươi nghìn'; 0 -> 'không'."""
    if not isinstance(n, int) or isinstance(n, bool) or n < 0:
        raise ValueError(f"a whole number 0 or more is needed, not {n!r}")
    if n == 0:
        return DIGITS[0]
    billions, rest = divmod(n, 1_000_000_000)
    words: list[str] = []
    if billions:
        words += number_words(billions).split() + ["tỷ"]
    if rest:
        words += _below_billion(rest, bool(words))
    return " ".join(words)


def money_words(amount: int) -> str:
    """280000 -> 'Hai trăm tám mươi nghìn đồng chẵn' ("chẵn" when there is no odd hundreds part)."""
    text = number_words(amount) + " đồng"
    if amount and amount % 1000 == 0:
        text += " chẵn"
    return text[0].upper() + text[1:]
