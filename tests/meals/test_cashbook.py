import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kindergarten_desktop.errors import AppError
from kindergarten_desktop.meals import cashbook
from kindergarten_desktop.meals.payments import add_payment, cancel_payment
from kindergarten_desktop.meals.payouts import add_payout


def test_cash_book_opening_receipts_payouts_closing_per_day(school):
    db = school.db
    school.price()
    a, b = school.children[:2]
    add_payment(db, a, dt.date(2025, 9, 8), 300_000, confirmed=True)
    add_payment(db, b, dt.date(2025, 9, 9), 200_000, confirmed=True)
    wrong = add_payment(db, b, dt.date(2025, 9, 9), 900_000, confirmed=True)
    add_payment(db, a, dt.date(2025, 9, 9), 400_000, method="transfer", confirmed=True)
    cancel_payment(db, wrong.id, "Kế toán", "Ghi nhầm số tiền")
    add_payout(db, dt.date(2025, 9, 10), "supplier", 150_000, supplier="Cô Lan", reason="Trả tiền rau")
    book = cashbook.book(db, "cash", dt.date(2025, 9, 9), dt.date(2025, 9, 30))
    assert book.opening == 300_000
    assert [(d.day.day, d.opening, d.money_in, d.money_out, d.closing) for d in book.days] == [
        (9, 300_000, 200_000, 0, 500_000), (10, 500_000, 0, 150_000, 350_000)]
    assert book.closing == 350_000
    line = book.days[0].lines[0]
    assert line.kind == "receipt" and line.who == "Cha mẹ trẻ Trần Thị Bình" and line.balance == 500_000
    assert "tháng" in line.reason
    bank = cashbook.book(db, "transfer", dt.date(2025, 9, 1), dt.date(2025, 9, 30))
    assert (bank.opening, bank.money_in, bank.closing) == (0, 400_000, 400_000)
    # Consecutive periods join.
    assert cashbook.book(db, "cash", dt.date(2025, 10, 1), dt.date(2025, 10, 31)).opening == book.closing



class _Rollback(Exception):
    pass


@given(st.lists(st.tuples(st.integers(0, 20), st.sampled_from(["pay", "pay_transfer", "payout", "cancel"]),
                          st.integers(1, 50)), max_size=25))
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_books_always_balance_and_join(school, moves):
    """Whatever is paid, paid out or cancelled: each day closes at opening + in − out, the cash book
    never goes below 0, and the books of two halves of a period join into the whole."""
    db = school.db
    try:
        with db.atomic():  # every example starts from the same school: all of it is rolled back
            _play(db, school, moves)
            start, middle, end = dt.date(2025, 9, 1), dt.date(2025, 9, 15), dt.date(2025, 9, 30)
            for account in cashbook.ACCOUNTS:
                whole = cashbook.book(db, account, start, end)
                first = cashbook.book(db, account, start, middle)
                second = cashbook.book(db, account, middle + dt.timedelta(days=1), end)
                assert second.opening == first.closing and second.closing == whole.closing
                running = whole.opening
                for day in whole.days:
                    assert day.opening == running and day.lines[-1].balance == day.closing
                    running = day.closing
                assert running == whole.closing
            assert cashbook.first_negative(db, "cash", start) is None
            raise _Rollback
    except _Rollback:
        pass


def _play(db, school, moves):
    written = []
    for offset, kind, thousands in moves:
        day = dt.date(2025, 9, 8) + dt.timedelta(days=offset)
        try:
            if kind in ("pay", "pay_transfer"):
                p = add_payment(db, school.children[offset % 5], day, thousands * 10_000, confirmed=True,
                                method="transfer" if kind == "pay_transfer" else "cash")
                written.append(p.id)
            elif kind == "payout":
                add_payout(db, day, "other", thousands * 5_000, payee="Cô Lan", reason="Mua chổi")
            elif written:
                cancel_payment(db, written.pop(0), "Kế toán", "Ghi sai")
        except AppError as refused:  # the cash cannot cover it: refused, nothing written
            assert refused.code in ("meals.cash_short", "meals.cash_short_cancel")
