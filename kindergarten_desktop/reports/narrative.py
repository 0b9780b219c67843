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


def save_narrative(db: Database, round_id: int, narrative: Narrative) -> None:
    """Keep the texts (trimmed) for the round; refuses a part longer than MAX_CHARS."""
    headings = dict(PARTS)
    values = []
    for f in fields(Narrative):
        text = "\n".join(line.rstrip() for line in getattr(narrative, f.name).strip().splitlines())
        if len(text) > MAX_CHARS:
            raise AppError("reports.narrative_too_long", part=headings[f.name], limit=MAX_CHARS)
        values.append(text)
    with db.atomic():
        db.execute(
            "INSERT INTO growth_round_narrative (round_id, assessment, causes, measures, proposals) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (round_id) DO UPDATE SET assessment = excluded.assessment, "
            "causes = excluded.causes, measures = excluded.measures, proposals = excluded.proposals",
            [round_id, *values])
