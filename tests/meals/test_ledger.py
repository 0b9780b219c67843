import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kindergarten_desktop.db.connection import memory_database
from kindergarten_desktop.meals import closing
from kindergarten_desktop.meals.counts import daily_count, set_override, set_staff_meals
from kindergarten_desktop.meals.discounts import add_discount
from kindergarten_desktop.meals.ledger import compute_month
from kindergarten_desktop.meals.market import day_book, food_money, meals_eaten
from kindergarten_desktop.meals.payments import add_payment
from kindergarten_desktop.meals.rates import add_fee, add_rate, rate_table
from kindergarten_desktop.meals.settings import MealRules, save_rules
from kindergarten_desktop.roster.calendar import school_days
from kindergarten_desktop.roster.circumstances import LUNCH_SUPPORT_FLAGS
from tests.meals.conftest import build_school

OCT = school_days(memory_database(), dt.date(2025, 10, 1), dt.date(2025, 10, 31))


def _row(ledger, child_id):
    return next(r for r in ledger.rows if r.child_id == child_id)


def test_pay_after_charges_days_eaten_with_one_line_per_rate(school):
    db = school.db
    save_rules(db, MealRules(collection_mode="after"))
    add_rate(db, "kindergarten", dt.date(2025, 9, 5), 25000, 3000)
    add_rate(db, "kindergarten", dt.date(2025, 10, 15), 27000, 3000)
    a = school.children[0]
    for d in OCT[:12]:
        school.mark(a, d, "P")
    add_payment(db, a, dt.date(2025, 10, 20), 200000)
    row = _row(compute_month(db, 2025, 10), a)
    assert [(line.rate, line.days_eaten, line.amount) for line in row.lines] == [
        (28000, 10, 280000), (30000, 2, 60000), ]
    assert row.refund == 0 and row.school_days == len(OCT)
    assert row.balance == 340000 - 200000


def test_advance_refunds_only_qualifying_absences_food_only(school):
    db = school.db
    add_rate(db, "kindergarten", dt.date(2025, 9, 5), 25000, 3000)
    a = school.children[0]
    for d in OCT:
        school.mark(a, d, "P")
    school.mark(a, OCT[0], "E")
    school.mark(a, OCT[1], "U")
    set_override(db, a, OCT[2], False, "Báo nghỉ trước")
    row = _row(compute_month(db, 2025, 10), a)
    assert row.meal_charge == len(OCT) * 28000
    assert (row.refund_days, row.refund) == (2, 2 * 25000)  # excused + reported; unexcused not refunded
    save_rules(db, MealRules(refund_absences="all", refund_components="all"))
    row = _row(compute_month(db, 2025, 10), a)
    assert (row.refund_days, row.refund) == (3, 3 * 28000)


def test_balance_carries_to_the_next_month(school):
    db = school.db
    save_rules(db, MealRules(collection_mode="after"))
    add_rate(db, "nursery", dt.date(2025, 9, 5), 20000, 2000)
    child = school.children[3]
    school.mark(child, dt.date(2025, 9, 8), "P")
    sept = _row(compute_month(db, 2025, 9), child)
    octo = _row(compute_month(db, 2025, 10), child)
    assert sept.balance == 22000 and octo.opening == 22000
    closing.close_month(db, 2025, 9, "Kế toán")
    assert _row(compute_month(db, 2025, 10), child).opening == 22000


def test_lunch_support_nine_months_a_school_year(school):
    db = school.db
    child = school.children[1]
    db.execute("INSERT INTO child_circumstance (child_id, flag, valid_from) VALUES (?, 'poor_household', "
               "'2025-01-01')", [child])
    add_rate(db, "kindergarten", dt.date(2025, 9, 5), 25000, 3000)
    months = [(2025, m) for m in range(9, 13)] + [(2026, m) for m in range(1, 9)]
    for y, m in months:
        first = dt.date(y, m, 8)
        school.mark(child, school_days(db, first, first + dt.timedelta(days=14))[0], "P")
    supports = [_row(compute_month(db, y, m), child).support for y, m in months]
    assert supports == [160000] * 9 + [0] * 3
    assert _row(compute_month(db, 2026, 8), child).support_months == 9
    # A new school year starts a new count.
    school.mark(child, dt.date(2026, 9, 7), "P")
    assert _row(compute_month(db, 2026, 9), child).support == 160000


def test_fees_discounts_and_unenrolled_child_with_a_debt(school):
    db = school.db
    save_rules(db, MealRules(collection_mode="after"))
    add_fee(db, "Nước uống", dt.date(2025, 9, 1), 10000)
    add_fee(db, "Chăm sóc", dt.date(2025, 9, 1), 50000, rule="attended")
    a, b = school.children[:2]
    school.mark(a, OCT[0], "P")
    add_discount(db, a, dt.date(2025, 10, 1), 5000, "Con giáo viên")
    db.execute("UPDATE enrollment SET end_date = '2025-10-31', end_reason = 'withdrawal' WHERE child_id = ?", [b])
    led = compute_month(db, 2025, 10)
    assert _row(led, a).fees == 60000 and _row(led, a).discount == 5000
    assert _row(led, b).fees == 10000
    nov = compute_month(db, 2025, 11)
    gone = _row(nov, b)
    assert gone.opening == 20000 and gone.school_days == 0 and gone.class_name == "Chồi 1"
    assert compute_month(db, 2025, 11, class_id=school.nursery_class).rows[0].class_name == "Nhà trẻ 1"


STATUS = st.sampled_from(["P", "P", "P", "E", "U", None])
rate_changes = st.lists(st.tuples(st.sampled_from(["nursery", "kindergarten"]), st.integers(0, 60),
                                  st.integers(1, 40_000), st.integers(0, 5_000)), min_size=1, max_size=5)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(marks=st.lists(st.lists(STATUS, min_size=45, max_size=45), min_size=5, max_size=5),
       overrides=st.lists(st.tuples(st.integers(0, 4), st.integers(0, 44), st.booleans()), max_size=8),
       rates=rate_changes,
       payments=st.lists(st.tuples(st.integers(0, 4), st.integers(0, 60), st.integers(1, 900_000)), max_size=6),
       staff=st.lists(st.integers(0, 9), min_size=45, max_size=45),
       mode=st.sampled_from(["advance", "after"]), absences=st.sampled_from(["excused", "all"]),
       components=st.sampled_from(["food", "all"]), poor=st.sets(st.integers(0, 4)))
def test_every_child_and_month_balances_to_the_dong(marks, overrides, rates, payments, staff, mode, absences,
                                                    components, poor):
    db = memory_database()
    school = build_school(db)
    save_rules(db, MealRules(collection_mode=mode, refund_absences=absences, refund_components=components))
    start = dt.date(2025, 9, 5)
    days = school_days(db, start, dt.date(2025, 11, 30))[:45]
    for cat, offset, food, fuel in [("nursery", 0, 20000, 2000), ("kindergarten", 0, 25000, 3000), *rates]:
        add_rate(db, cat, start + dt.timedelta(days=offset), food, fuel)
    for i, child in enumerate(school.children):
        for status, day in zip(marks[i], days, strict=True):
            if status:
                school.mark(child, day, status)
        if i in poor:
            db.execute("INSERT INTO child_circumstance (child_id, flag, valid_from) VALUES (?, ?, '2025-01-01')",
                       [child, sorted(LUNCH_SUPPORT_FLAGS)[0]])
    for i, j, eats in overrides:
        set_override(db, school.children[i], days[j], eats)
    for j, n in enumerate(staff):
        set_staff_meals(db, days[j], n)
    for i, offset, amount in payments:
        add_payment(db, school.children[i], start + dt.timedelta(days=offset), amount, confirmed=True)

    table = rate_table(db)
    months = [(2025, 9), (2025, 10), (2025, 11)]
    opening = {c: 0 for c in school.children}
    snapshots = []
    for y, m in months:
        ledger = compute_month(db, y, m)
        snapshots.append([r.to_json() for r in ledger.rows])
        rows = {r.child_id: r for r in ledger.rows}
        for child in school.children:
            row = rows[child]
            assert row.opening == opening[child]
            assert (row.charges - row.refund - row.support - row.discount - row.paid
                    == row.balance - row.opening)
            assert row.meal_charge == sum(line.days_charged * line.rate for line in row.lines)
            opening[child] = row.balance
        # The month's food money: the ledger's meals eaten == the day counts × the food rate.
        first, last = ledger.school_days[0], ledger.school_days[-1]
        eaten = meals_eaten(db, first, last)
        by_days = sum(food_money(eaten.get(d, {}), 0, table, d) for d in ledger.school_days)
        assert sum(r.food_money for r in ledger.rows) == by_days
        assert sum(daily_count(db, d).eating for d in ledger.school_days) == sum(r.days_eaten for r in ledger.rows)
        book = day_book(db, first, last)
        assert sum(e.money_in for e in book) == by_days + sum(
            food_money({}, e.staff, table, e.day) for e in book)
    # Closing and reopening never changes an amount.
    for y, m in months:
        closing.close_month(db, y, m, "Kế toán")
    assert [[r.to_json() for r in compute_month(db, y, m).rows] for y, m in months] == snapshots
    for y, m in reversed(months):
        closing.reopen_month(db, y, m, "Kế toán")
    assert [[r.to_json() for r in compute_month(db, y, m).rows] for y, m in months] == snapshots
    db.close()


def _edit(db, kind: str, child: int, day: dt.date, value: int, start: dt.date) -> None:
    """One edit the accountant, the teacher or the cook might make (or plain SQL)."""
    from kindergarten_desktop.meals.discounts import add_standing
    from kindergarten_desktop.meals.market import add_purchase
    from kindergarten_desktop.meals.menus import Menu, save_menu
    from kindergarten_desktop.roster.attendance import record_marks
    from kindergarten_desktop.roster.flag_periods import add_period, end_flag

    if kind == "mark":
        record_marks(db, [(child, day, "PEU"[value % 3])])
    elif kind == "override":
        set_override(db, child, day, bool(value % 2), "báo")
    elif kind == "staff":
        set_staff_meals(db, day, value % 20)
    elif kind == "rate":
        add_rate(db, "kindergarten", day, value, 1000)
    elif kind == "fee":
        add_fee(db, "Nước uống", day, value)
    elif kind == "discount":
        add_discount(db, child, day, value, "Lý do")
    elif kind == "standing":
        add_standing(db, child, day, None, value, "Con giáo viên")
    elif kind == "payment":
        add_payment(db, child, day, value, confirmed=True)
    elif kind == "purchase":
        add_purchase(db, day, "Thịt lợn", 2, value)
    elif kind == "menu":
        save_menu(db, Menu(day, lunch=f"Cơm {value}"))
    elif kind == "flag":  # a circumstance that holds from the day (a new paper from the commune)
        flags = sorted(LUNCH_SUPPORT_FLAGS)
        end = day + dt.timedelta(days=value % 60) if value % 3 else None
        add_period(db, child, flags[value % len(flags)], day, end)
    elif kind == "unflag":  # the circumstance holds no more after the day
        for flag in sorted(LUNCH_SUPPORT_FLAGS):
            end_flag(db, child, flag, day)
    elif kind == "flag_sql":  # plain SQL on the roster's table: a flag removed, or its start moved
        if value % 2:
            db.execute("DELETE FROM child_circumstance WHERE child_id = ?", [child])
        else:
            db.execute("UPDATE child_circumstance SET valid_from = ? WHERE child_id = ?", [day.isoformat(), child])
    elif kind == "closure":
        db.execute("INSERT INTO school_calendar_exception (day, kind) VALUES (?, 'closed') "
                   "ON CONFLICT (day) DO NOTHING", [day.isoformat()])
    else:  # a child leaves (plain SQL on the roster's table)
        db.execute("UPDATE enrollment SET end_date = ? WHERE child_id = ? AND end_date IS NULL",
                   [max(day, start).isoformat(), child])


EDIT_KINDS = ("mark", "override", "staff", "rate", "fee", "discount", "standing", "payment", "purchase", "menu",
              "closure", "leave", "flag", "unflag", "flag_sql")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(marks=st.lists(st.lists(STATUS, min_size=45, max_size=45), min_size=5, max_size=5),
       edits=st.lists(st.tuples(st.sampled_from(EDIT_KINDS), st.integers(0, 4), st.integers(0, 85),
                                st.integers(1, 90_000)), min_size=1, max_size=25),
       mode=st.sampled_from(["advance", "after"]), poor=st.sets(st.integers(0, 4)))
def test_random_edits_never_move_a_closed_months_figures(marks, edits, mode, poor):
    """September and October are closed, November open: every edit, whoever makes it (domain
    function or plain SQL), either lands in November or is refused with nothing written, and the
    closed months' ledger, meal counts and market book stay what they were."""
    from kindergarten_desktop.db.guards import MonthClosed
    from kindergarten_desktop.meals.market import add_purchase
    from kindergarten_desktop.roster.attendance import AttendanceError
    from kindergarten_desktop.roster.errors import RosterError

    db = memory_database()
    school = build_school(db)
    save_rules(db, MealRules(collection_mode=mode))
    school.price()
    start = dt.date(2025, 9, 5)
    days = school_days(db, start, dt.date(2025, 11, 30))[:45]
    for i, child in enumerate(school.children):
        for status, day in zip(marks[i], days, strict=True):
            if status:
                school.mark(child, day, status)
        if i in poor:
            db.execute("INSERT INTO child_circumstance (child_id, flag, valid_from) VALUES (?, ?, '2025-01-01')",
                       [child, sorted(LUNCH_SUPPORT_FLAGS)[0]])
    add_purchase(db, days[0], "Gạo tẻ", 10, 19000)
    closed = [(2025, 9), (2025, 10)]
    for y, m in closed:
        closing.close_month(db, y, m, "Kế toán")
    closed_days = [d for d in days if d.month in (9, 10)]

    def figures() -> list[object]:
        ledgers = [[r.to_json() for r in compute_month(db, y, m).rows] for y, m in closed]
        counts = [(c.to_cook, [(k.class_id, k.eating, k.expected) for k in c.classes])
                  for c in (daily_count(db, d) for d in closed_days)]
        book = [(e.day, e.money_in, e.spent, e.staff) for e in day_book(db, closed_days[0], closed_days[-1])]
        return [ledgers, counts, book, meals_eaten(db, closed_days[0], closed_days[-1])]

    before = figures()
    tables = ("attendance", "meal_override", "staff_meal", "meal_rate", "monthly_fee", "meal_discount",
              "meal_standing_discount", "meal_payment", "purchase", "daily_menu", "school_calendar_exception",
              "enrollment", "child_circumstance")
    for kind, i, offset, value in edits:
        day = dt.date(2025, 9, 1) + dt.timedelta(days=offset)  # 1 September to 25 November
        child = school.children[i]
        counts = [db.execute(f"SELECT count(*), total(rowid) FROM {t}").fetchone() for t in tables
                  if t not in ("attendance", "meal_override")]
        try:
            _edit(db, kind, child, day, value, start)
        except (MonthClosed, AttendanceError, RosterError) as refused:
            # Closed months are refused by the guard (a rate, a leaving date or a circumstance flag
            # reaches back to them); an attendance mark on a day without school, or a flag period
            # overlapping one already there, by the roster.
            assert (isinstance(refused, AttendanceError | RosterError) or day.month in (9, 10)
                    or kind in ("leave", "flag_sql")), (kind, day)
            after = [db.execute(f"SELECT count(*), total(rowid) FROM {t}").fetchone() for t in tables
                     if t not in ("attendance", "meal_override")]
            assert after == counts  # refused: nothing written
    assert figures() == before
    nov = compute_month(db, 2025, 11)  # the open month still balances from October's frozen balances
    octo = {r.child_id: r.balance for r in compute_month(db, 2025, 10).rows}
    for row in nov.rows:
        assert row.opening == octo.get(row.child_id, 0)
        assert row.charges - row.refund - row.support - row.discount - row.paid == row.balance - row.opening
    db.close()
