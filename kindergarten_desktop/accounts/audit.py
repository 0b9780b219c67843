"""Reading the audit trail: filtered pages (keyset pagination, newest first), the history of
one record, the people and tables it names, and the CSV/XLSX export. The trail is written
by triggers (db/audit.py); only the principal reads it whole."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from kindergarten_desktop.accounts.access import require_principal, require_read
from kindergarten_desktop.db import permissions
from kindergarten_desktop.db.database import Database
from kindergarten_desktop.errors import AppError, current_language

PAGE_SIZE = 200
AUDIT_CODE = "accounts.audit_principal_only"
ACTIONS_VI = {"insert": "thêm", "update": "sửa", "delete": "xóa"}
# What the export calls each table (documents are Vietnamese); other tables keep their name.
TABLES_VI = {
    "child": "hồ sơ trẻ", "child_circumstance": "hoàn cảnh trẻ", "enrollment": "xếp lớp, chuyển lớp",
    "class": "lớp", "class_staff": "phân công lớp", "staff": "nhân sự", "school": "thông tin trường",
    "school_year": "năm học", "school_calendar_exception": "lịch nghỉ, học bù", "attendance": "điểm danh",
    "growth_round": "đợt cân đo", "measurement": "cân đo", "meal_rate": "mức tiền ăn",
    "monthly_fee": "khoản thu tháng", "meal_override": "báo cơm", "staff_meal": "suất ăn nhân viên",
    "meal_payment": "phiếu thu", "meal_discount": "miễn giảm", "meal_month_event": "khóa sổ, mở sổ",
    "meal_closing_balance": "số dư khóa sổ", "supplier": "nhà cung cấp", "market_item": "mặt hàng",
    "purchase": "sổ chợ", "stock_use": "xuất kho", "daily_menu": "thực đơn", "agenda_item": "kế hoạch tháng",
    "agenda_recurring": "việc thường xuyên", "agenda_recurring_skip": "tháng bỏ qua",
    "account": "tài khoản", "account_role": "vai trò", "account_class": "lớp phụ trách", "setting": "cài đặt",
    "enrollment_correction": "sửa nhầm xếp lớp", "growth_round_narrative": "nhận xét đợt cân đo",
    "meal_payout": "phiếu chi", "meal_standing_discount": "miễn giảm thường xuyên",
    "meal_book_opening": "số dư đầu sổ", "lunch_support_rule": "mức hỗ trợ tiền ăn trưa",
    "stock_adjustment": "điều chỉnh kho", "food": "thực phẩm", "dish": "món ăn",
    "dish_ingredient": "định lượng món ăn", "menu_line": "món trong thực đơn",
    "rotation_line": "thực đơn luân phiên", "kitchen_order": "tiền đi chợ trong ngày",
    "inspection": "kiểm thực ba bước", "food_sample": "lưu mẫu thức ăn", "nutrition_norm": "định mức dinh dưỡng",
    "nutrition_meal_share": "tỷ lệ năng lượng các bữa", "document_settings": "thông tin văn bản in",
}


# What the trail calls each field in Vietnamese (the export, and the viewer in Vietnamese); a
# column of a table not listed keeps its name. tests/accounts check every column of the schema.
FIELDS_VI = {
    "absent": "vắng", "account": "sổ", "account_id": "mã tài khoản", "action": "thao tác", "active": "đang dùng",
    "address": "địa chỉ", "age_group": "khối", "allergies": "dị ứng", "amount": "số tiền", "anchor": "neo ngày",
    "animal": "nguồn động vật", "assessment": "đánh giá", "at": "lúc", "attachments": "chứng từ kèm theo",
    "authority": "thẩm quyền ký", "balance": "số dư", "before": "trước", "birth_date": "ngày sinh",
    "breakfast": "bữa sáng", "builtin": "có sẵn", "by_whom": "người thực hiện", "calcium_mg": "canxi (mg)",
    "cancel_reason": "lý do hủy", "cancelled_at": "hủy lúc", "cancelled_by": "người hủy", "capacity": "sĩ số tối đa",
    "carbohydrate_g": "glucid (g)", "carbohydrate_max": "glucid tối đa", "carbohydrate_min": "glucid tối thiểu",
    "category": "đối tượng", "causes": "nguyên nhân", "child_id": "mã trẻ", "class_id": "mã lớp",
    "closed_through": "khóa đến", "code": "mã", "confirmed": "đã xác nhận",
    "confirmed_checks": "cảnh báo đã xác nhận", "count": "số suất", "created_at": "tạo lúc",
    "created_by": "người lập", "current_school_year_id": "năm học hiện tại", "day": "ngày", "deadline": "hạn",
    "department": "phòng giáo dục", "discarded_at": "hủy mẫu lúc", "discarded_by": "người hủy mẫu", "dish": "món",
    "dish_id": "mã món", "drafter": "người lập biểu", "eats": "ăn", "effective_from": "áp dụng từ",
    "end_date": "ngày kết thúc", "end_month": "đến tháng", "end_reason": "lý do kết thúc",
    "energy_kcal": "năng lượng (kcal)", "energy_max": "năng lượng tối đa", "energy_min": "năng lượng tối thiểu",
    "enrolled_on": "ngày nhập học", "ethnicity": "dân tộc", "failures": "số lần sai", "fat_g": "lipid (g)",
    "fat_max": "lipid tối đa", "fat_min": "lipid tối thiểu", "father_name": "họ tên bố",
    "father_phone": "điện thoại bố", "flag": "hoàn cảnh", "food": "tiền thực phẩm", "food_group": "nhóm thực phẩm",
    "food_id": "mã thực phẩm", "for_months": "nộp cho tháng", "fuel": "chất đốt", "full_name": "họ tên",
    "governing_body": "cơ quan chủ quản", "grams": "số gam", "guardian_name": "người giám hộ",
    "guardian_phone": "điện thoại người giám hộ", "health_notes": "ghi chú sức khỏe", "height_cm": "chiều cao (cm)",
    "id": "mã", "inspector": "người kiểm tra", "iron_mg": "sắt (mg)", "item": "mặt hàng", "item_id": "mã mặt hàng",
    "key": "khóa", "kind": "loại", "last_failure": "lần sai gần nhất", "last_price": "giá gần nhất",
    "last_supplier_id": "nhà cung cấp gần nhất", "lunch": "bữa trưa", "market_name": "tên ngoài chợ",
    "max_months": "số tháng tối đa", "meal": "bữa", "measure": "cách đo", "measures": "biện pháp",
    "method": "hình thức", "month": "tháng", "mother_name": "họ tên mẹ", "mother_phone": "điện thoại mẹ",
    "name": "tên", "name_en": "tên tiếng Anh", "need_max": "nhu cầu tối đa", "need_min": "nhu cầu tối thiểu",
    "note": "ghi chú", "notes": "ghi chú", "number": "số", "other": "chi khác", "paid_on": "ngày nộp",
    "papers": "giấy tờ", "parent_name": "phụ huynh", "parent_phone": "điện thoại phụ huynh", "passed": "đạt",
    "password_hash": "mật khẩu", "payee": "người nhận", "payer": "người nộp", "phone": "điện thoại",
    "place": "địa danh", "position": "thứ tự", "price": "đơn giá", "principal_name": "hiệu trưởng",
    "proposals": "đề xuất", "protein_g": "protid (g)", "protein_max": "protid tối đa",
    "protein_min": "protid tối thiểu", "purchase_id": "mã lần mua", "purpose": "nội dung chi", "quantity": "số lượng",
    "reason": "lý do", "recipients": "nơi nhận", "recurring_id": "mã việc thường xuyên", "remark": "nhận xét",
    "responsible": "người phụ trách", "role": "vai trò", "room": "phòng", "round_id": "mã đợt cân đo", "row": "dòng",
    "rule": "cách thu", "school_year_id": "năm học", "series": "ký hiệu", "sex": "giới tính",
    "share_max": "tỉ lệ tối đa", "share_min": "tỉ lệ tối thiểu", "signer_name": "người ký",
    "signer_title": "chức vụ người ký", "snack": "bữa chiều", "source": "nguồn", "staff_id": "mã nhân viên",
    "start_date": "ngày bắt đầu", "start_month": "từ tháng", "start_reason": "lý do bắt đầu", "status": "trạng thái",
    "step": "bước", "stocked": "nhập kho", "supplier": "nhà cung cấp", "supplier_id": "mã nhà cung cấp",
    "support_months": "số tháng đã hỗ trợ", "symbol": "ký hiệu văn bản", "taken_at": "lấy mẫu lúc",
    "taken_by": "người lấy mẫu", "title": "nội dung", "to_review": "cần xem lại", "unit": "đơn vị",
    "unit_grams": "số gam mỗi đơn vị", "unit_price": "đơn giá", "updated_at": "cập nhật lúc", "use_id": "mã lần xuất",
    "username": "tên đăng nhập", "valid_from": "từ ngày", "valid_to": "đến ngày", "value": "giá trị",
    "visit_date": "ngày đo", "vitamin_a_mcg": "vitamin A (mcg)", "vitamin_b1_mg": "vitamin B1 (mg)",
    "vitamin_c_mg": "vitamin C (mg)", "waste_pct": "tỉ lệ thải bỏ (%)", "week": "tuần", "weekday": "thứ",
    "weight_kg": "cân nặng (kg)",
}


def field_label(name: str) -> str:
    """A field as the user reads it: Vietnamese in Vietnamese, else its name in words."""
    if current_language() == "vi":
        return FIELDS_VI.get(name, name)
    return name.replace("_", " ")


@dataclass(frozen=True)
class AuditFilter:
    actor: str | None = None
    table: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None  # inclusive
    child_id: int | None = None
    record_id: str | None = None  # with ``table``: one record's history


@dataclass(frozen=True)
class Entry:
    id: int
    at: dt.datetime
    actor: str
    table: str
    record_id: str
    action: str
    child_id: int | None
    before: dict[str, object] | None
    after: dict[str, object] | None

    def changes(self) -> list[tuple[str, object, object]]:
        """(field, before, after) for every field that differs (all fields of an insert/delete)."""
        before, after = self.before or {}, self.after or {}
        keys = list(dict.fromkeys([*before, *after]))
        return [(k, before.get(k), after.get(k)) for k in keys if before.get(k) != after.get(k)]

    def summary(self, label: Callable[[str], str] | None = None) -> str:
        """The changes in one line; ``label`` names the fields (default: ``field_label``)."""
        name = label or field_label
        parts = []
        for key, old, new in self.changes():
            if self.action == "insert":
                parts.append(f"{name(key)}: {_show(new)}")
            elif self.action == "delete":
                parts.append(f"{name(key)}: {_show(old)}")
            else:
                parts.append(f"{name(key)}: {_show(old)} → {_show(new)}")
        return "; ".join(parts)


def _show(value: object) -> str:
    return "∅" if value is None else str(value)


Cursor = int  # the id of the last entry of the previous page


def _first_id_from(db: Database, stamp: str) -> int:
    """The first entry written at or after ``stamp``, found by bisection over ids: entries are
    appended in time order, so no index on the time is needed (one less cost per write)."""
    row = db.execute("SELECT min(id), max(id) FROM audit_log").fetchone()
    if row[0] is None:
        return 0
    lo, hi = int(row[0]), int(row[1]) + 1
    while lo < hi:
        mid = (lo + hi) // 2
        found = db.execute("SELECT id, at FROM audit_log WHERE id >= ? ORDER BY id LIMIT 1", [mid]).fetchone()
        if found is None or found[1] >= stamp:
            hi = mid
        else:
            lo = int(found[0]) + 1
    return lo


def _incarnation_start(db: Database, table: str, record_id: str) -> int:
    """The id after which a record's entries are about the record as it is (or was last).

    SQLite hands a deleted row's id to the next row inserted when it was the highest (a child
    entered by mistake, deleted, then the right child entered): that record's trail starts
    again at its last insert, and the earlier entries are another child's, never shown as
    this one's history."""
    row = db.execute(
        "SELECT max(id) FROM audit_log WHERE table_name = ? AND record_id = ? AND action = 'delete' "
        "AND id < (SELECT max(id) FROM audit_log WHERE table_name = ? AND record_id = ? AND action = 'insert')",
        [table, record_id, table, record_id]).fetchone()
    return int(row[0] or 0)


def _where(db: Database, flt: AuditFilter) -> tuple[list[str], list[object]]:
    clauses: list[str] = []
    params: list[object] = []
    if flt.actor:
        clauses.append("actor = ?")
        params.append(flt.actor)
    if flt.table and flt.record_id is not None:
        clauses.append("table_name = ? AND record_id = ? AND id > ?")
        params.extend([flt.table, str(flt.record_id), _incarnation_start(db, flt.table, str(flt.record_id))])
    elif flt.table:
        # "|| ''": walk the entries newest first and keep this table's (no index of its own:
        # every index costs each audited write)
        clauses.append("table_name || '' = ?")
        params.append(flt.table)
    if flt.child_id is not None:
        clauses.append("child_id = ? AND id > ?")
        params.extend([flt.child_id, _incarnation_start(db, "child", str(flt.child_id))])
    if flt.since:
        since = flt.since.isoformat()
        clauses.append("id >= ? AND at >= ?")
        params.extend([_first_id_from(db, since), since])
    if flt.until:
        until = (flt.until + dt.timedelta(days=1)).isoformat()
        clauses.append("id < ? AND at < ?")
        params.extend([_first_id_from(db, until), until])
    return clauses, params


def _masked(table: str, values: dict | None) -> dict | None:
    """Entries written before the trigger hid it keep the recovery code's hash: never show it."""
    if table == "setting" and values and values.get("key") == "accounts.recovery" and values.get("value"):
        return {**values, "value": str(values["value"])[-6:]}
    return values


def _entry(row: tuple) -> Entry:
    i, at, actor, table, record, action, child, before, after = row
    return Entry(i, dt.datetime.fromisoformat(at), actor, table, record or "", action, child,
                 _masked(table, json.loads(before) if before else None),
                 _masked(table, json.loads(after) if after else None))


_COLUMNS = "id, at, actor, table_name, record_id, action, child_id, before, after"


def _page(db: Database, flt: AuditFilter, after: Cursor | None, limit: int, *,
          oldest_first: bool = False) -> list[Entry]:
    clauses, params = _where(db, flt)
    if after is not None:
        clauses.append("id > ?" if oldest_first else "id < ?")
        params.append(after)
    sql = f"SELECT {_COLUMNS} FROM audit_log"
    if clauses:
        sql += " WHERE " + " AND ".join(clauses)
    sql += f" ORDER BY id {'ASC' if oldest_first else 'DESC'} LIMIT ?"
    params.append(limit)
    return [_entry(r) for r in db.execute(sql, params)]


def page(db: Database, flt: AuditFilter = AuditFilter(), *, after: Cursor | None = None,
         limit: int = PAGE_SIZE) -> list[Entry]:
    """One page of entries, newest first; pass the last entry's ``cursor()`` for the next."""
    require_principal(db, AUDIT_CODE)
    return _page(db, flt, after, limit)


def cursor(entry: Entry) -> Cursor:
    return entry.id


def history(db: Database, table: str, record_id: object) -> list[Entry]:
    """Every change of one record (a child, a receipt ...), newest first, for whoever may see it."""
    rule = permissions.rule_for(table)
    area = rule if isinstance(rule, str) else getattr(rule, "area", "school")
    require_read(db, area if area != "setting" else "school")
    return _page(db, AuditFilter(table=table, record_id=str(record_id)), None, 10_000)


def child_history(db: Database, child_id: int) -> list[Entry]:
    """Every change of a child's records (the child, enrolments, measurements, receipts ...)."""
    require_principal(db, AUDIT_CODE)
    return _page(db, AuditFilter(child_id=child_id), None, 10_000)


def children(db: Database) -> list[tuple[int, str]]:
    """(id, full name) of every child, in name order: the viewer's child filter."""
    from kindergarten_desktop.names import name_sort_key

    rows = db.execute("SELECT id, full_name FROM child").fetchall()
    return sorted(rows, key=lambda r: name_sort_key(r[1]))


def _distinct(db: Database, column: str) -> list[str]:
    # A skip-scan over the index: fast on a million entries, unlike SELECT DISTINCT.
    rows = db.execute(
        f"WITH RECURSIVE v(x) AS (SELECT min({column}) FROM audit_log UNION ALL "
        f"SELECT (SELECT min({column}) FROM audit_log WHERE {column} > v.x) FROM v WHERE v.x IS NOT NULL) "
        "SELECT x FROM v WHERE x IS NOT NULL").fetchall()
    return [r[0] for r in rows]


def actors(db: Database) -> list[str]:
    require_principal(db, AUDIT_CODE)
    return _distinct(db, "actor")


def tables(db: Database) -> list[str]:
    require_principal(db, AUDIT_CODE)
    return _distinct(db, "table_name")


def all_entries(db: Database, *, since: dt.date | None = None, flt: AuditFilter | None = None) -> Iterator[Entry]:
    """The trail from ``since`` (or what ``flt`` chooses: the viewer's filters), oldest first (the
    export), for the principal only (asked now, not at the first entry). Read a few thousand at a
    time: ten years of a school's trail need not fit in memory."""
    require_principal(db, AUDIT_CODE)
    return _all(db, flt if flt is not None else AuditFilter(since=since))


def count_entries(db: Database, *, since: dt.date | None = None, flt: AuditFilter | None = None) -> int:
    """How many entries ``all_entries`` yields (an export's progress)."""
    require_principal(db, AUDIT_CODE)
    clauses, params = _where(db, flt if flt is not None else AuditFilter(since=since))
    where = " WHERE " + " AND ".join(clauses) if clauses else ""
    return int(db.execute(f"SELECT count(*) FROM audit_log{where}", params).fetchone()[0])


def _all(db: Database, flt: AuditFilter) -> Iterator[Entry]:
    after: Cursor | None = None
    while True:
        entries = _page(db, flt, after, 5000, oldest_first=True)
        yield from entries
        if len(entries) < 5000:
            return
        after = cursor(entries[-1])


def parse_date(text: str) -> dt.date:
    """A date typed dd/mm/yyyy or yyyy-mm-dd."""
    text = text.strip()
    for fmt in ("%d/%m/%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise AppError("accounts.bad_date", text=text)
