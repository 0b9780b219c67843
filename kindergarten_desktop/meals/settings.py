"""The school's meal-fee rules, kept in the settings table."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields

from kindergarten_desktop.db.database import Database
from kindergarten_desktop.db.settings import get_setting, set_setting
from kindergarten_desktop.meals.errors import MealsError

KEY = "meals.rules"
MODES = ("advance", "after")  # pay the month's school days in advance / pay after for days eaten
REFUND_ABSENCES = ("excused", "all")  # which absences are refunded (nghỉ có phép only, or all)
REFUND_COMPONENTS = ("food", "all")  # refund the food component only, or the whole rate


@dataclass(frozen=True)
class MealRules:
    collection_mode: str = "advance"
    refund_absences: str = "excused"
    refund_components: str = "food"
    payment_warning: int = 5_000_000  # no longer used: a payment above the child's debt asks instead
    receipt_book: str = ""  # the receipt book (quyển số) printed on receipts, if the school uses one

    def check(self) -> None:
        if self.collection_mode not in MODES:
            raise MealsError("meals.one_of", "collection_mode", choices=", ".join(MODES))
        if self.refund_absences not in REFUND_ABSENCES:
            raise MealsError("meals.one_of", "refund_absences", choices=", ".join(REFUND_ABSENCES))
        if self.refund_components not in REFUND_COMPONENTS:
            raise MealsError("meals.one_of", "refund_components", choices=", ".join(REFUND_COMPONENTS))
        for name in ("payment_warning",):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise MealsError("meals.whole_number", name)


def load_rules(db: Database) -> MealRules:
    stored = get_setting(db, KEY, {}) or {}
    known = {f.name for f in fields(MealRules)}
    return MealRules(**{k: v for k, v in stored.items() if k in known})


def save_rules(db: Database, rules: MealRules) -> None:
    rules.check()
    set_setting(db, KEY, asdict(rules))
