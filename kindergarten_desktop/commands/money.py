"""``money``: the accountant's counter from the command line — receipts (write, cancel, print),
payouts (write, cancel, print) and corrections of purchases and stock uses.

    kindergarten-desktop money pay --db truong.sqlite3 --child "Nguyễn Văn An" --amount 616000 --print pt.pdf
    kindergarten-desktop money cancel-receipt --db truong.sqlite3 --year 2025-2026 --number 925 \\
        --by "Lê Thị Kế" --reason "Ghi nhầm số tiền"
"""

from __future__ import annotations

import argparse
import datetime as dt

from kindergarten_desktop.commands import fail, open_db_or_fail
from kindergarten_desktop.errors import message


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        # The same words as report --date, in the user's language (argparse adds "--date: ").
        raise argparse.ArgumentTypeError(message("reports.bad_date", text=text)) from None


def register(sub: argparse._SubParsersAction) -> None:
    money = sub.add_parser("money", help="receipts, payouts and stock corrections (the accountant's counter)")
    actions = money.add_subparsers(dest="action", required=True, metavar="ACTION")

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        p = actions.add_parser(name, help=help_text)
        p.add_argument("--db", required=True, metavar="PATH", help="database file")
        return p  # cli.py adds --user after the action too

    p = add("pay", "write a receipt (phiếu thu) and optionally print it")
    p.add_argument("--child", required=True, help="the child's full name")
    p.add_argument("--class", dest="class_name", help="the child's class, when two children share the name")
    p.add_argument("--amount", required=True, help="whole đồng, e.g. 616000 or 616.000")
    p.add_argument("--date", type=_date, default=dt.date.today(), help="YYYY-MM-DD (default today)")
    p.add_argument("--method", choices=("cash", "transfer"), default="cash")
    p.add_argument("--payer", default="", help="who pays (default: the child's parents)")
    p.add_argument("--months", default="", help="month(s) paid for, e.g. 10/2025 or '10, 11/2025'")
    p.add_argument("--ahead", action="store_true", help="allow an amount above the debt (paying ahead)")
    p.add_argument("--print", dest="out", metavar="FILE.pdf", help="print the receipt (2 copies) to this PDF")
    for name, what in (("receipt", "a receipt"), ("payout", "a payout")):
        c = add(f"cancel-{name}", f"cancel {what} (it keeps its number)")
        c.add_argument("--year", required=True, metavar="YYYY-YYYY")
        c.add_argument("--number", required=True, type=int)
        c.add_argument("--by", required=True, help="who cancels")
        c.add_argument("--reason", required=True)
        pr = add(f"print-{name}", f"print {what} (liên 1 and liên 2) to a PDF")
        pr.add_argument("--year", required=True, metavar="YYYY-YYYY")
        pr.add_argument("--number", required=True, type=int)
        pr.add_argument("--out", required=True, metavar="FILE.pdf")
    p = add("payout", "write a payout (phiếu chi): a refund of a child's credit, a supplier paid, other")
    p.add_argument("--kind", required=True, choices=("refund", "supplier", "other"))
    p.add_argument("--amount", required=True)
    p.add_argument("--date", type=_date, default=dt.date.today())
    p.add_argument("--child", help="the child refunded (--kind refund)")
    p.add_argument("--class", dest="class_name")
    p.add_argument("--supplier", default="", help="the supplier paid (--kind supplier)")
    p.add_argument("--payee", default="", help="who receives the money")
    p.add_argument("--reason", default="")
    p.add_argument("--method", choices=("cash", "transfer"), default="cash")
    p.add_argument("--print", dest="out", metavar="FILE.pdf")
    o = add("opening", "the opening balance of the cash book or the bank book (where the book starts)")
    o.add_argument("--book", required=True, choices=("cash", "transfer"))
    o.add_argument("--date", required=True, type=_date, help="YYYY-MM-DD: the balance at the start of that day")
    o.add_argument("--amount", required=True, help="whole đồng, e.g. 12500000 or 12.500.000")
    o.add_argument("--note", default="")
    for name, what in (("purchase", "a purchase of the market book"), ("use", "a stock use")):
        c = add(f"correct-{name}", f"correct {what} by an adjustment entry")
        c.add_argument("--id", required=True, type=int)
        c.add_argument("--quantity", required=True)
        if name == "purchase":
            c.add_argument("--unit-price", required=True)
        c.add_argument("--reason", required=True)
        c.add_argument("--by", default="")
        x = add(f"cancel-{name}", f"cancel {what} by an adjustment entry")
        x.add_argument("--id", required=True, type=int)
        x.add_argument("--reason", required=True)
        x.add_argument("--by", default="")
    money.set_defaults(func=run)


def _child(db, name: str, class_name: str | None) -> int | None:
    rows = db.execute(
        "SELECT DISTINCT c.id, cl.name FROM child c LEFT JOIN enrollment e ON e.child_id = c.id "
        "LEFT JOIN class cl ON cl.id = e.class_id WHERE c.full_name = ?", [" ".join(name.split())]).fetchall()
    if class_name:
        rows = [r for r in rows if r[1] == class_name.strip()]
    ids = {r[0] for r in rows}
    if len(ids) != 1:
        return None
    return ids.pop()


def run(args: argparse.Namespace) -> int:
    from kindergarten_desktop.errors import AppError

    db, code = open_db_or_fail(args.db)
    if db is None:
        return code or 1
    try:
        return _run(db, args)
    except AppError as exc:  # MealsError and the closed-month refusal (MonthClosed) included
        return fail(exc.text(), code=1)
    finally:
        db.close()


def _year_id(db, name: str) -> int | None:
    from kindergarten_desktop.school import find_school_year

    year = find_school_year(db, name.strip())
    return year.id if year else None


def _run(db, args: argparse.Namespace) -> int:  # noqa: C901 - one branch per action, read top to bottom
    from kindergarten_desktop.errors import AppError, message
    from kindergarten_desktop.formatting import format_money
    from kindergarten_desktop.meals import market, payments, payouts, stock
    from kindergarten_desktop.reports import vouchers

    action = args.action
    if action.startswith("print-"):  # a receipt names a child and money: for the roles that read meals
        from kindergarten_desktop.accounts.access import require_read

        require_read(db, "meals")
    if action == "pay":
        child = _child(db, args.child, args.class_name)
        if child is None:
            return fail(message("commands.no_single_child" if args.class_name else "commands.no_single_child_hint",
                                name=args.child))
        try:
            p = payments.add_payment(db, child, args.date, args.amount, payer=args.payer, method=args.method,
                                     for_months=args.months, confirmed=args.ahead)
        except payments.NeedsConfirmation as exc:
            return fail(message("commands.paying_ahead_hint", text=exc.text()), code=1)
        print(f"Phiếu thu số {p.number:04d}: {p.child_name}, {format_money(p.amount)}, "
              f"tháng {payments.months_text(p.for_months)}")
        if args.out:
            print(vouchers.print_receipt(db, p, args.out))
        return 0
    if action in ("cancel-receipt", "print-receipt", "cancel-payout", "print-payout"):
        year_id = _year_id(db, args.year)
        if year_id is None:
            return fail(message("commands.no_year", year=args.year))
        receipt = action.endswith("receipt")
        if receipt:
            payment = payments.find_payment(db, year_id, args.number)
            if payment is None:
                raise AppError("meals.no_receipt_number", year=args.year, number=args.number)
            if action.startswith("cancel"):
                payment = payments.cancel_payment(db, payment.id, args.by, args.reason)
                print(f"Phiếu thu số {payment.number:04d} đã hủy: {payment.cancel_reason}")
            else:
                print(vouchers.print_receipt(db, payment, args.out))
            return 0
        payout = payouts.find_payout(db, year_id, args.number)
        if payout is None:
            raise AppError("meals.no_payout_number", year=args.year, number=args.number)
        if action.startswith("cancel"):
            payout = payouts.cancel_payout(db, payout.id, args.by, args.reason)
            print(f"Phiếu chi số {payout.number:04d} đã hủy: {payout.cancel_reason}")
        else:
            print(vouchers.print_payout(db, payout, args.out))
        return 0
    if action == "payout":
        child = None
        if args.kind == "refund" and args.child:
            child = _child(db, args.child, args.class_name)
            if child is None:
                return fail(message("commands.no_single_child", name=args.child))
        out = payouts.add_payout(db, args.date, args.kind, args.amount, payee=args.payee, reason=args.reason,
                                 child_id=child, supplier=args.supplier, method=args.method)
        print(f"Phiếu chi số {out.number:04d}: {out.payee}, {format_money(out.amount)}")
        if args.out:
            print(vouchers.print_payout(db, out, args.out))
        return 0
    if action == "opening":
        from kindergarten_desktop.meals.cashbook import set_opening

        entered = set_opening(db, args.book, args.date, args.amount, args.note)
        print(f"{'Sổ quỹ tiền mặt' if entered.account == 'cash' else 'Sổ tiền gửi'}: số dư đầu ngày "
              f"{entered.day:%d/%m/%Y} {format_money(entered.amount)}")
        return 0
    if action == "correct-purchase":
        fixed = market.correct_purchase(db, args.id, args.quantity, args.unit_price, args.reason, args.by)
        print(f"{fixed.item}: {fixed.quantity} {fixed.unit} × {format_money(fixed.unit_price)} = "
              f"{format_money(fixed.amount)}")
    elif action == "cancel-purchase":
        market.cancel_purchase(db, args.id, args.reason, args.by)
        print(message("commands.purchase_cancelled", id=args.id))
    elif action == "correct-use":
        u = stock.correct_use(db, args.id, args.quantity, args.reason, args.by)
        print(message("commands.stock_use_line", item=u.item, quantity=u.quantity, unit=u.unit, day=u.day))
    elif action == "cancel-use":
        stock.cancel_use(db, args.id, args.reason, args.by)
        print(message("commands.stock_use_cancelled", id=args.id))
    return 0
