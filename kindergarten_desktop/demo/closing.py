"""Demo step 47: the payments of every month that is over, and the month closed, in order
(demo.meals.payments_and_closing, with the suppliers paid by demo.money.pay_suppliers).

A closed month refuses every write to its books (db/guards.py), the kitchen's included: this
step runs after every step that writes a month's books (the market book in meals, 40; menus,
food inspections and kept samples in kitchen, 45), as a school closes a month once its books
are written, and before the steps that write in the first open month (money, 48)."""

from __future__ import annotations

from kindergarten_desktop.demo import DemoContext
from kindergarten_desktop.demo.meals import payments_and_closing

ORDER = 47


def run(ctx: DemoContext) -> None:
    payments_and_closing(ctx)
