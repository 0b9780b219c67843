import datetime as dt

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
