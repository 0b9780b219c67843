"""The 54 ethnic groups recognised in Viet Nam, in the order of the official code list
(Quyết định 121-TCTK/PPCĐ; Kinh first), and matching of the spellings people type."""

from __future__ import annotations

from kindergarten_desktop.names import fold

ETHNICITIES: tuple[str, ...] = (
    "Kinh", "Tày", "Thái", "Hoa", "Khmer", "Mường", "Nùng", "Mông", "Dao", "Gia Rai",
    "Ngái", "Ê Đê", "Ba Na", "Xơ Đăng", "Sán Chay", "Cơ Ho", "Chăm", "Sán Dìu", "Hrê", "Mnông",
    "Raglay", "Xtiêng", "Bru - Vân Kiều", "Thổ", "Giáy", "Cơ Tu", "Gié Triêng", "Mạ", "Khơ Mú", "Co",
    "Tà Ôi", "Chơ Ro", "Kháng", "Xinh Mun", "Hà Nhì", "Chu Ru", "Lào", "La Chí", "La Ha", "Phù Lá",
    "La Hủ", "Lự", "Lô Lô", "Chứt", "Mảng", "Pà Thẻn", "Cơ Lao", "Cống", "Bố Y", "Si La",
    "Pu Péo", "Brâu", "Ơ Đu", "Rơ Măm",
)
MAJORITY = "Kinh"

# Other spellings found in school lists.
_ALIASES = {"hmong": "Mông", "h'mong": "Mông", "meo": "Mông", "khome": "Khmer", "kho me": "Khmer",
            "ede": "Ê Đê", "jrai": "Gia Rai", "bahnar": "Ba Na", "van kieu": "Bru - Vân Kiều",
            "bru van kieu": "Bru - Vân Kiều", "viet": "Kinh", "san chi": "Sán Chay", "cao lan": "Sán Chay"}


def _key(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum())


_BY_KEY = {_key(name): name for name in ETHNICITIES} | {_key(k): v for k, v in _ALIASES.items()}


def normalize_ethnicity(text: str) -> str | None:
    """The official name for what was typed ('ede', 'Ê-đê', 'H'Mông' ...), or None if unknown.
    An empty text means Kinh, as school lists leave the column empty for the majority."""
    if not text.strip():
        return MAJORITY
    return _BY_KEY.get(_key(text))


def is_minority(ethnicity: str) -> bool:
    return ethnicity != MAJORITY
