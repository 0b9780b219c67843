"""Reading the trail: keyset pages with filters, one record's history, principal only."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from kindergarten_desktop.accounts import audit
from kindergarten_desktop.accounts.audit import AuditFilter
from kindergarten_desktop.db import session
from kindergarten_desktop.errors import AppError
from kindergarten_desktop.reports.audit_export import export_audit
from tests.accounts.conftest import act_as


def _fill(db, n: int = 30) -> None:
    """n entries over three days by two people, on children and receipts."""
    rows = []
    for i in range(n):  # in time order, as the triggers append them
        at = dt.datetime(2030, 3, 10 + i * 3 // n, 8, 0, i % 60)  # after the fixture's own
        rows.append((at.isoformat(sep=" "), "ketoan" if i % 2 else "yte", "meal_payment" if i % 3 else "child",
                     str(i % 5), "update", i % 5, '{"a": 1}', '{"a": 2}'))
    with session.system(db), db.atomic():
        db.conn.executemany("INSERT INTO audit_log (at, actor, table_name, record_id, action, child_id, before, "
                            "after) VALUES (?,?,?,?,?,?,?,?)", rows)


def test_pages_cover_every_entry_once_newest_first(accounts_db):
    _fill(accounts_db, 95)
    act_as(accounts_db, "hieutruong")
    total = accounts_db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    seen, after = [], None
    while True:
        entries = audit.page(accounts_db, after=after, limit=20)
        seen.extend(entries)
        if len(entries) < 20:
            break
        after = audit.cursor(entries[-1])
    assert len(seen) == total == len({e.id for e in seen})
    keys = [e.id for e in seen]
    assert keys == sorted(keys, reverse=True)


def test_filters_who_what_period_child(accounts_db):
    _fill(accounts_db, 60)
    act_as(accounts_db, "hieutruong")
    by_actor = audit.page(accounts_db, AuditFilter(actor="ketoan"))
    assert by_actor and {e.actor for e in by_actor} == {"ketoan"}
    receipts = audit.page(accounts_db, AuditFilter(table="meal_payment"))
    assert {e.table for e in receipts} == {"meal_payment"}
    day = audit.page(accounts_db, AuditFilter(since=dt.date(2030, 3, 11), until=dt.date(2030, 3, 11)))
    assert len(day) == 20 and {e.at.date() for e in day} == {dt.date(2030, 3, 11)}
    assert len(audit.page(accounts_db, AuditFilter(since=dt.date(2030, 3, 11)))) == 40
    before = audit.page(accounts_db, AuditFilter(until=dt.date(2030, 3, 9)))
    assert before and {e.table for e in before} <= {"account", "account_role", "account_class", "setting"}
    child = audit.page(accounts_db, AuditFilter(child_id=3, actor="yte"))
    assert child and {(e.child_id, e.actor) for e in child} == {(3, "yte")}
    assert "ketoan" in audit.actors(accounts_db) and "meal_payment" in audit.tables(accounts_db)
    assert by_actor[0].changes() == [("a", 1, 2)] and by_actor[0].summary() == "a: 1 → 2"


def test_only_the_principal_reads_the_trail(accounts_db, tmp_path):
    for user in ("ketoan", "yte", "bep", "giaovien", None):
        act_as(accounts_db, user)
        for call in (lambda: audit.page(accounts_db), lambda: audit.actors(accounts_db),
                     lambda: export_audit(accounts_db, tmp_path / "x.csv"),
                     lambda: audit.child_history(accounts_db, 1)):
            with pytest.raises(AppError):
                call()
    assert not (tmp_path / "x.csv").exists()


def test_history_of_a_receipt_for_those_who_see_receipts(accounts_db):
    from kindergarten_desktop.meals.payments import add_payment

    act_as(accounts_db, "ketoan")
    child = accounts_db.execute("SELECT child_id FROM enrollment WHERE end_date IS NULL LIMIT 1").fetchone()[0]
    payment = add_payment(accounts_db, child, dt.date(2026, 3, 16), 300_000, payer="Mẹ", confirmed=True)
    accounts_db.execute("UPDATE meal_payment SET note = 'huỷ: ghi nhầm' WHERE id = ?", [payment.id])
    history = audit.history(accounts_db, "meal_payment", payment.id)
    assert [e.action for e in history] == ["update", "insert"]
    assert history[0].changes() == [("note", "", "huỷ: ghi nhầm")]
    act_as(accounts_db, "yte")
    with pytest.raises(AppError):
        audit.history(accounts_db, "meal_payment", payment.id)
    act_as(accounts_db, "hieutruong")
    assert {e.table for e in audit.child_history(accounts_db, child)} >= {"meal_payment"}


def test_the_excel_export_prints_one_page_wide_with_its_header_on_every_page(accounts_db, tmp_path):
    from openpyxl import load_workbook

    _fill(accounts_db, 60)
    long_note = "ghi chú rất dài " * 20
    with session.system(accounts_db), accounts_db.atomic():
        accounts_db.execute("INSERT INTO audit_log (at, actor, table_name, record_id, action, child_id, before, "
                            "after) VALUES ('2030-03-20 08:00:00', 'ketoan', 'meal_payment', '7', 'update', 1, "
                            "?, ?)", ['{"note": ""}', json.dumps({"note": long_note})])
    act_as(accounts_db, "hieutruong")
    count = export_audit(accounts_db, tmp_path / "nk.xlsx")
    sheet = load_workbook(tmp_path / "nk.xlsx").active
    assert sheet.max_row == count + 1
    assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.fitToWidth == 1
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.print_title_rows == "$1:$1"
    assert sheet.print_area == f"'{sheet.title}'!$A$1:$H${count + 1}"  # the JSON columns stay off paper
    last = sheet.max_row  # the long change: wrapped, its row tall enough, the others level with its top
    assert long_note.strip() in sheet.cell(last, 8).value and sheet.cell(last, 8).alignment.wrap_text
    assert sheet.row_dimensions[last].height >= 45 and sheet.cell(last, 1).alignment.vertical == "top"


def test_a_trail_longer_than_a_sheet_goes_on_in_the_next_with_its_header(accounts_db, tmp_path):
    from openpyxl import load_workbook

    from kindergarten_desktop.reports.audit_export import HEADER, _write_xlsx

    _fill(accounts_db, 12)
    act_as(accounts_db, "hieutruong")
    entries = list(audit.all_entries(accounts_db))
    assert [e.id for e in entries] == sorted(e.id for e in entries)  # oldest first
    assert _write_xlsx(tmp_path / "nk.xlsx", entries, sheet_rows=5) == len(entries)
    book = load_workbook(tmp_path / "nk.xlsx")
    ids = []
    for sheet in book.worksheets:
        rows = list(sheet.iter_rows(values_only=True))
        assert list(rows[0]) == HEADER and 1 < len(rows) <= 5
        assert sheet.print_area == f"'{sheet.title}'!$A$1:$H${len(rows)}"
        ids += [(r[0], r[5]) for r in rows[1:]]
    assert len(book.worksheets) == -(-len(entries) // 4)
    assert ids == [(e.at.strftime("%d/%m/%Y %H:%M:%S"), e.record_id) for e in entries]


def test_the_export_reports_progress_and_a_cancel_leaves_the_old_file(accounts_db, tmp_path):
    from kindergarten_desktop.reports.registry import Cancelled

    _fill(accounts_db, 2500)
    act_as(accounts_db, "hieutruong")
    seen: list[tuple[int, int]] = []
    target = tmp_path / "nk.csv"
    count = export_audit(accounts_db, target, progress=lambda done, total, _t: seen.append((done, total)) or True)
    assert [d for d, _ in seen] == [0, 1000, 2000] and {t for _, t in seen} == {count}
    before = target.read_bytes()
    with pytest.raises(Cancelled):
        export_audit(accounts_db, target, progress=lambda done, _total, _t: done < 1000)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if "sqlite3" not in p.name] == ["nk.csv"]  # nothing half-written


def test_every_audited_field_has_a_vietnamese_name_in_the_export(accounts_db, tmp_path):
    """The change column read "full_name: …; birth_date: …" in a Vietnamese document."""
    import csv

    from kindergarten_desktop.accounts.audit import FIELDS_VI, field_label
    from kindergarten_desktop.db import audit as audit_triggers
    from kindergarten_desktop.db import permissions
    from kindergarten_desktop.errors import current_language, set_language

    audited = [t for t in permissions.user_tables(accounts_db) if t not in audit_triggers.NOT_AUDITED]
    columns = {r[1] for t in audited for r in accounts_db.execute(f'PRAGMA table_info("{t}")')}
    assert sorted(columns - set(FIELDS_VI)) == []
    act_as(accounts_db, "hieutruong")
    child = accounts_db.execute("SELECT id FROM child LIMIT 1").fetchone()[0]
    accounts_db.execute("UPDATE child SET address = 'Số 5 Lê Lợi' WHERE id = ?", [child])
    export_audit(accounts_db, tmp_path / "nk.csv")
    with (tmp_path / "nk.csv").open(encoding="utf-8-sig") as fh:
        last = list(csv.reader(fh))[-1]
    assert last[7].startswith("địa chỉ: ") and last[7].endswith("→ Số 5 Lê Lợi"), last
    previous = current_language()
    try:
        set_language("en")
        assert field_label("birth_date") == "birth date"  # the English window keeps the field's name
        set_language("vi")
        assert field_label("birth_date") == "ngày sinh"
    finally:
        set_language(previous)


def test_a_reused_id_does_not_show_the_deleted_childs_trail(accounts_db):
    """SQLite gives a deleted highest row's id to the next insert: the child entered by mistake
    and deleted must not appear in the history of the child entered next with the same id."""
    from kindergarten_desktop.roster.children import ChildData, create_child, delete_child

    act_as(accounts_db, "hieutruong")
    class_id = accounts_db.execute("SELECT class_id FROM enrollment WHERE end_date IS NULL LIMIT 1").fetchone()[0]
    wrong = create_child(accounts_db, ChildData(full_name="Nguyễn Văn Nhầm", sex=1, birth_date=dt.date(2022, 5, 1),
                                                mother_phone="0912345678"), class_id, dt.date(2026, 4, 15))
    delete_child(accounts_db, wrong)
    right = create_child(accounts_db, ChildData(full_name="Trần Thị Đúng", sex=2, birth_date=dt.date(2022, 6, 2)),
                         class_id, dt.date(2026, 4, 15))
    assert right == wrong  # the id came back: what the history must not be fooled by

    names = {e.after.get("full_name") or e.before.get("full_name")
             for e in audit.history(accounts_db, "child", right)}
    assert names == {"Trần Thị Đúng"}
    for entries in (audit.child_history(accounts_db, right), audit.page(accounts_db, AuditFilter(child_id=right))):
        assert [(e.table, e.action) for e in entries] == [("enrollment", "insert"), ("child", "insert")]
        assert "0912345678" not in json.dumps([e.after for e in entries], ensure_ascii=False)
    # The deleted child's trail is still there, found by the table or the whole trail.
    deleted = [e for e in audit.page(accounts_db, AuditFilter(table="child")) if e.action == "delete"]
    assert deleted and deleted[0].before["full_name"] == "Nguyễn Văn Nhầm"
    # Once the second child is deleted too, its record filter shows its own last life.
    delete_child(accounts_db, right)
    assert [e.action for e in audit.history(accounts_db, "child", right)] == ["delete", "insert"]
