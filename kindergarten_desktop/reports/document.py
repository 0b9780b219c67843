"""Document settings: what an official document says about itself (Nghị định 30/2020/NĐ-CP).

Every report kind prints the same closing and header from one :class:`DocumentSettings`:
number and symbol ("15/KH-MNHM"), trích yếu (the summary line under the document type),
recipients (printed "- …;" and ending "- Lưu: VT."), the signer (name, title and signing
authority: "KT. HIỆU TRƯỞNG" over "PHÓ HIỆU TRƯỞNG"), the drafter of a statistical table
("Người lập biểu"), the place and the date.

Where the values come from, last wins:

1. defaults: the kind's :class:`DocSpec` (its symbol, default recipients and summary, which staff
   role drafts it) and the school settings (place, principal, governing body, Department);
2. the values last chosen for this kind (table ``document_settings``; only what differs from the
   defaults is kept, so a new principal in the school settings reaches every document);
3. what the person printing typed now (the print dialog, or the ``report`` command's options).

The trích yếu and the date are not remembered: they belong to one month or round.
No reportlab or openpyxl here (the GUI imports this at start-up).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field, fields, replace
from typing import TYPE_CHECKING

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.school import load_settings

if TYPE_CHECKING:
    from kindergarten_desktop.reports.registry import ReportParams

ARCHIVE = "Lưu: VT."
PRINCIPAL = "HIỆU TRƯỞNG"
VICE_PRINCIPAL = "PHÓ HIỆU TRƯỞNG"
ON_BEHALF = "KT. HIỆU TRƯỞNG"
# Fields kept per kind (the trích yếu and the date belong to one document, not to the kind).
REMEMBERED = ("number", "recipients", "signer_name", "signer_title", "authority", "drafter", "place")
# Limits at input: longer values would not fit the header or the signature column.
MAX_LENGTH = {"number": 40, "summary": 300, "recipient": 200, "signer_name": 100, "signer_title": 60,
              "authority": 60, "drafter": 100, "place": 60}
MAX_RECIPIENTS = 15
# Vietnamese names of the settings, as the print dialog labels them (documents are Vietnamese).
LABELS = {"number": "Số, ký hiệu", "summary": "Trích yếu", "recipient": "Nơi nhận", "signer_name": "Người ký",
          "signer_title": "Chức vụ người ký", "authority": "Thẩm quyền ký", "drafter": "Người lập biểu",
          "place": "Địa danh"}


@dataclass(frozen=True)
class DocSpec:
    """How a report kind is sent: set as ``ReportKind(document=DocSpec(...))``.

    ``symbol``: the document-type symbol in its number (KH kế hoạch, BC báo cáo, DS danh sách,
    TB thông báo …); "" for a record that is not numbered (an attendance sheet).
    ``recipients``: default recipients, where ``{governing_body}`` and
    ``{department}`` are the school settings (a line whose setting is empty is left out).
    ``drafter_role``: the staff role whose member is the default "Người lập biểu" (a
    statistical table); None when the document has no drafter. ``summary``: the default trích
    yếu for the chosen parameters. ``official``: False for forms without the NĐ30 header and
    closing (receipts, notices, growth cards): they still use the school's name and the kit."""

    symbol: str = "BC"
    recipients: tuple[str, ...] = ("{governing_body} (để báo cáo);",)
    drafter_role: str | None = None
    summary: Callable[[ReportParams], str] | None = None
    official: bool = True


@dataclass(frozen=True)
class DocumentSettings:
    number: str = "…/…"
    summary: str = ""
    recipients: tuple[str, ...] = ()
    signer_name: str = ""
    signer_title: str = PRINCIPAL
    authority: str = ""  # "KT. HIỆU TRƯỞNG" when a vice-principal signs
    drafter: str = ""
    drafter_shown: bool = False
    place: str = ""
    date: dt.date | None = None
    # Fields typed or remembered (not defaults): they win over what a kind passes the kit itself.
    chosen: frozenset[str] = frozenset()
    official: bool = True  # False: a form (receipt, book, card) with its own layout and signatures

    def recipient_lines(self) -> list[str]:
        """'- UBND phường An Khánh;' … '- Lưu: VT.' as printed under 'Nơi nhận:'."""
        lines = []
        for text in self.recipients:
            text = text.strip().lstrip("-–•").strip().rstrip(";.,").strip()
            if text and text.lower().replace(" ", "") not in ("lưu:vt", "lưuvt"):
                lines.append(f"- {text};")
        return [*lines, f"- {ARCHIVE}"]

    def signature_lines(self) -> list[str]:
        """The authority line(s) above the signature: ['KT. HIỆU TRƯỞNG', 'PHÓ HIỆU TRƯỞNG'] or ['HIỆU TRƯỞNG']."""
        lines = [self.authority.strip().upper()] if self.authority.strip() else []
        return [*lines, (self.signer_title.strip() or PRINCIPAL).upper()]


@dataclass
class DocumentOverrides:
    """What the person printing typed; None leaves the remembered or default value."""

    number: str | None = None
    summary: str | None = None
    recipients: list[str] | None = None
    signer_name: str | None = None
    signer_title: str | None = None
    authority: str | None = None
    drafter: str | None = None
    place: str | None = None
    date: dt.date | None = None
    extra: dict[str, str] = field(default_factory=dict)


def check(overrides: DocumentOverrides) -> None:
    """Refuse values that would not fit the document (limits at input)."""
    from kindergarten_desktop.errors import AppError

    for name in ("number", "summary", "signer_name", "signer_title", "authority", "drafter", "place"):
        value = getattr(overrides, name)
        if value is not None and len(value.strip()) > MAX_LENGTH[name]:
            raise AppError("reports.document_too_long", field=LABELS[name], limit=MAX_LENGTH[name])
    if overrides.recipients is not None:
        if len(overrides.recipients) > MAX_RECIPIENTS:
            raise AppError("reports.too_many_recipients", limit=MAX_RECIPIENTS)
        for line in overrides.recipients:
            if len(line.strip()) > MAX_LENGTH["recipient"]:
                raise AppError("reports.document_too_long", field=LABELS["recipient"],
                               limit=MAX_LENGTH["recipient"])


def staff_name(db: Database, role: str) -> str:
    row = db.execute("SELECT full_name FROM staff WHERE role = ? AND active ORDER BY id LIMIT 1", [role]).fetchone()
    return row[0] if row else ""


def defaults(db: Database, spec: DocSpec, params: ReportParams | None = None) -> DocumentSettings:
    """The settings before anything remembered or typed: from the kind and the school settings."""
    school = load_settings(db)
    values = {"governing_body": school.governing_body.strip(), "department": school.department.strip()}
    recipients = []
    for template in spec.recipients:
        needed = [k for k in values if "{" + k + "}" in template]
        if all(values[k] for k in needed):
            recipients.append(template.format(**values))
    summary = spec.summary(params) if spec.summary and params is not None else ""
    return DocumentSettings(
        number=f"…/{spec.symbol}-{school.symbol.strip() or 'MN'}" if spec.symbol else "",
        summary=summary,
        recipients=tuple(recipients),
        signer_name=school.principal_name.strip(),
        drafter=staff_name(db, spec.drafter_role) if spec.drafter_role else "",
        drafter_shown=spec.drafter_role is not None,
        place=school.place.strip(),
        official=spec.official,
    )


def remembered(db: Database, kind: str) -> dict[str, str]:
    """The non-empty values last chosen for ``kind``."""
    row = db.execute(f"SELECT {', '.join(REMEMBERED)} FROM document_settings WHERE kind = ?", [kind]).fetchone()
    if row is None:
        return {}
    return {name: value for name, value in zip(REMEMBERED, row, strict=True) if value}


def resolve(db: Database, kind: str, spec: DocSpec, params: ReportParams | None,
            overrides: DocumentOverrides | None = None) -> DocumentSettings:
    """Defaults, then what was remembered for ``kind``, then ``overrides``."""
    settings = defaults(db, spec, params)
    changes: dict[str, object] = {}
    chosen: set[str] = set()
    for name, value in remembered(db, kind).items():
        changes[name] = tuple(value.split("\n")) if name == "recipients" else value
    chosen |= set(changes)
    if overrides is not None:
        for f in fields(DocumentOverrides):
            value = getattr(overrides, f.name)
            if value is None or f.name == "extra":
                continue
            if f.name == "recipients":
                changes[f.name] = tuple(line.strip() for line in value if line.strip())
            elif isinstance(value, str):
                changes[f.name] = value.strip()
            else:
                changes[f.name] = value
        if overrides.signer_title is not None and overrides.authority is None:
            # A vice-principal signs on behalf of the principal (NĐ30: "KT. HIỆU TRƯỞNG").
            title = overrides.signer_title.strip().upper()
            changes["authority"] = ON_BEHALF if title == VICE_PRINCIPAL else ""
        typed = {f.name for f in fields(DocumentOverrides)
                 if f.name != "extra" and getattr(overrides, f.name) is not None}
        chosen |= typed | ({"authority"} if "signer_title" in typed else set())
    return replace(settings, chosen=frozenset(chosen), **changes)  # type: ignore[arg-type]


_CURRENT: ContextVar[DocumentSettings | None] = ContextVar("document_settings", default=None)


@contextmanager
def in_effect(settings: DocumentSettings) -> Iterator[None]:
    """While a report is built (registry.run_report): the kit's documents use ``settings``
    even when a kind does not pass them (one path for every kind)."""
    token = _CURRENT.set(settings)
    try:
        yield
    finally:
        _CURRENT.reset(token)


def current() -> DocumentSettings | None:
    """The settings of the report being built, if any."""
    return _CURRENT.get()


def remember(db: Database, kind: str, spec: DocSpec, chosen: DocumentSettings) -> None:
    """Keep what differs from the defaults as this kind's last values (an equal value is
    forgotten, so a later change of the school settings reaches the document). Nothing is
    written when nothing differs from the defaults or from what is kept."""
    base = defaults(db, spec)
    values: dict[str, str] = {}
    for name in REMEMBERED:
        value, default = getattr(chosen, name), getattr(base, name)
        if name == "recipients":
            value, default = "\n".join(value), "\n".join(default)
        values[name] = "" if value == default else str(value)
    stored = db.execute(f"SELECT {', '.join(REMEMBERED)} FROM document_settings WHERE kind = ?", [kind]).fetchone()
    if (tuple(stored) if stored is not None else ("",) * len(REMEMBERED)) == tuple(values[n] for n in REMEMBERED):
        return  # the defaults, or what is kept already: nothing written, nothing on the audit trail
    with db.atomic():
        db.execute(
            f"INSERT INTO document_settings (kind, {', '.join(REMEMBERED)}, updated_at) "
            f"VALUES (?, {', '.join('?' * len(REMEMBERED))}, ?) "
            f"ON CONFLICT (kind) DO UPDATE SET {', '.join(f'{n} = excluded.{n}' for n in REMEMBERED)}, "
            "updated_at = excluded.updated_at",
            [kind, *(values[n] for n in REMEMBERED), dt.datetime.now().isoformat(timespec="seconds")])


def signer_choices(db: Database) -> list[tuple[str, str]]:
    """(name, title) of the principal and the active vice-principals, for the print dialog."""
    school = load_settings(db)
    found = [(school.principal_name.strip(), PRINCIPAL)] if school.principal_name.strip() else []
    rows = db.execute("SELECT full_name FROM staff WHERE role = 'vice_principal' AND active ORDER BY id").fetchall()
    found += [(r[0], VICE_PRINCIPAL) for r in rows]
    return found


def overrides_from_mapping(values: Mapping[str, object]) -> DocumentOverrides:
    """DocumentOverrides from the CLI's or the dialog's keyword values (unknown keys ignored)."""
    known = {f.name for f in fields(DocumentOverrides)} - {"extra"}
    return DocumentOverrides(**{k: v for k, v in values.items() if k in known})  # type: ignore[arg-type]
