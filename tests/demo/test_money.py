import datetime as dt

from kindergarten_desktop.meals import cashbook


def test_demo_has_payouts_cancelled_receipts_and_books_that_hold(demo_db):
    db = demo_db
    kinds = dict(db.execute("SELECT purpose, count(*) FROM meal_payout GROUP BY purpose").fetchall())
    assert kinds.get("supplier", 0) > 5
    assert db.execute("SELECT count(*) FROM meal_payment WHERE cancelled_at IS NOT NULL").fetchone()[0] > 0
    for table in ("meal_payment", "meal_payout"):
        for (year,) in db.execute(f"SELECT DISTINCT school_year_id FROM {table}").fetchall():
            rows = db.execute(f"SELECT number, paid_on FROM {table} WHERE school_year_id = ? ORDER BY number",
                              [year]).fetchall()
            assert [n for n, _ in rows] == list(range(1, len(rows) + 1))  # never a gap, never reused
            assert [d for _, d in rows] == sorted(d for _, d in rows)  # numbers follow the days
    for account in cashbook.ACCOUNTS:
        assert cashbook.first_negative(db, account, dt.date(2000, 1, 1)) is None
    cancelled = db.execute("SELECT cancel_reason, cancelled_by FROM meal_payment WHERE cancelled_at IS NOT NULL"
                           ).fetchone()
    assert cancelled[0] and cancelled[1]
