"""Password hashing with scrypt (hashlib, memory-hard).

scrypt rather than argon2: it is in the standard library (OpenSSL), so the frozen Windows
build carries no extra native wheel, and it is memory-hard like argon2. n=2**15, r=8 costs
32 MiB (twice Django's default) and about 0.1 s here, 0.2 s on a loaded 2-core machine: slow
for a guesser, inside the 0.5 s sign-in budget even on an old office PC. The stored text names
its parameters, so they can rise later without breaking stored passwords.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

N, R, P = 2**15, 8, 1
_MAXMEM = 256 * 1024 * 1024
MIN_LENGTH = 4


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_password(password: str, *, n: int | None = None) -> str:
    n = n or N
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=R, p=P, maxmem=_MAXMEM, dklen=32)
    return f"scrypt${n}${R}${P}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, stored: str) -> bool:
    try:
        kind, n, r, p, salt, digest = stored.split("$")
        if kind != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(password.encode("utf-8"), salt=base64.b64decode(salt), n=int(n), r=int(r),
                                p=int(p), maxmem=_MAXMEM, dklen=len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def new_recovery_code() -> str:
    """Five groups of four letters and digits, easy to copy on paper (no 0/O, 1/I)."""
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "-".join("".join(secrets.choice(alphabet) for _ in range(4)) for _ in range(5))


def normalize_recovery_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())
