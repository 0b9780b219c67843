"""The written part of a growth round's report (Đánh giá chung, Nguyên nhân, Biện pháp, Kiến
nghị): typed by the nurse or the principal in the print dialog, kept per round, printed by the
growth-summary report."""

from __future__ import annotations

from dataclasses import dataclass, fields

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.errors import AppError

# (field, Vietnamese heading) in printed order.
PARTS = (("assessment", "Đánh giá chung"), ("causes", "Nguyên nhân"), ("measures", "Biện pháp"),
         ("proposals", "Kiến nghị"))
MAX_CHARS = 6000  # about two pages of text per part


@dataclass(frozen=True)
class Narrative:
    assessment: str = ""
    causes: str = ""
    measures: str = ""
    proposals: str = ""

    def parts(self) -> list[tuple[str, str]]:
        """(heading, text) in printed order."""
        return [(heading, getattr(self, name)) for name, heading in PARTS]


def load_narrative(db: Database, round_id: int) -> Narrative:
    row = db.execute("SELECT assessment, causes, measures, proposals FROM growth_round_narrative "
                     "WHERE round_id = ?", [round_id]).fetchone()
    return Narrative(*row) if row else Narrative()


def _cleaned(narrative: Narrative) -> tuple[str, ...]:
    """The parts as kept: trimmed, no trailing spaces; a part longer than MAX_CHARS is refused."""
    headings = dict(PARTS)
    values = []
    for f in fields(Narrative):
        text = "\n".join(line.rstrip() for line in getattr(narrative, f.name).strip().splitlines())
        if len(text) > MAX_CHARS:
            raise AppError("reports.narrative_too_long", part=headings[f.name], limit=MAX_CHARS)
        values.append(text)
    return tuple(values)


def save_narrative(db: Database, round_id: int, narrative: Narrative) -> bool:
    """Keep the texts (trimmed) for the round; refuses a part longer than MAX_CHARS. Writes nothing
    (no row, no entry on the audit trail) when every part is empty — what is kept stays — or when
    the texts are those already kept. True when written. Forgetting a kept text: :func:`clear_narrative`."""
    values = _cleaned(narrative)
    if not any(values):
        return False
    stored = db.execute("SELECT assessment, causes, measures, proposals FROM growth_round_narrative "
                        "WHERE round_id = ?", [round_id]).fetchone()
    if stored is not None and tuple(stored) == values:
        return False
    with db.atomic():
        db.execute(
            "INSERT INTO growth_round_narrative (round_id, assessment, causes, measures, proposals) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (round_id) DO UPDATE SET assessment = excluded.assessment, "
            "causes = excluded.causes, measures = excluded.measures, proposals = excluded.proposals",
            [round_id, *values])
    return True


def clear_narrative(db: Database, round_id: int) -> bool:
    """Forget the round's written assessment (the user emptied every part of a kept one); True
    when there was one."""
    with db.atomic():
        return db.execute("DELETE FROM growth_round_narrative WHERE round_id = ?", [round_id]).rowcount > 0
