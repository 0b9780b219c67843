"""Demo step 10: the school, its staff, school years, classes, children and enrolments."""

from __future__ import annotations

import datetime as dt
import random

from kindergarten_desktop.demo import DemoContext, names
from kindergarten_desktop.school import SchoolSettings, ensure_school_year, save_settings

ORDER = 10

# (class name prefix, age group, number of classes, birth year offset, class size range)
CLASS_PLAN = [
    ("Nhà trẻ", "nursery_25_36", 2, 2, (25, 28)),
    ("Mầm", "age_3_4", 5, 3, (25, 28)),
    ("Chồi", "age_4_5", 4, 4, (27, 31)),
    ("Lá", "age_5_6", 5, 5, (31, 35)),
]
WITHDRAW_RATE = 0.02
JOIN_RATE = 0.02
YEAR_END_LEAVE_RATE = 0.06
WITHDRAW_REASONS = ["Chuyển trường theo gia đình", "Gia đình chuyển nơi ở", "Gửi ông bà ở quê"]


def _weighted(rng: random.Random, pool: list[tuple[str, int]]) -> str:
    return rng.choices([p[0] for p in pool], weights=[p[1] for p in pool])[0]


def _phone(rng: random.Random) -> str:
    return rng.choice(names.MOBILE_PREFIXES) + "".join(rng.choice("0123456789") for _ in range(7))


def _person(rng: random.Random, sex: int, family: str | None = None) -> str:
    family = family or _weighted(rng, names.FAMILY)
    given = rng.choice(names.GIVEN_BOY if sex == 1 else names.GIVEN_GIRL)
    middle = rng.choice([m for m in (names.MIDDLE_BOY if sex == 1 else names.MIDDLE_GIRL) if m != given])
    return f"{family} {middle} {given}"


def _random_day(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randint(0, (end - start).days))


def _new_child(ctx: DemoContext, birth_year: int, enrolled_on: dt.date) -> int:
    rng = ctx.rng
    sex = rng.choice((1, 2))
    father_family = _weighted(rng, names.FAMILY)
    birth = _random_day(rng, dt.date(birth_year, 1, 1), dt.date(birth_year, 12, 31))
    ethnicity = _weighted(rng, names.ETHNICITY)
    address = (f"{rng.randint(1, 250)} {rng.choice(names.STREETS)}, "
               f"{rng.choice(names.HAMLETS)}, phường An Khánh")
    child_id = ctx.db.insert(
        "INSERT INTO child (full_name, sex, birth_date, ethnicity, address, father_name, father_phone, "
        "mother_name, mother_phone, allergies, enrolled_on) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        [
            _person(rng, sex, father_family), sex, birth.isoformat(), ethnicity, address,
            _person(rng, 1, father_family), _phone(rng), _person(rng, 2), _phone(rng),
            rng.choice(["", "", "", "", "", "", "", "", "Dị ứng tôm", "Dị ứng sữa bò"]),
            enrolled_on.isoformat(),
        ],
    )
    flags = []
    if rng.random() < 0.04:
        flags.append(rng.choice(["poor_household", "near_poor_household"]))
    if ethnicity != "Kinh":
        flags.append("ethnic_minority")
    if rng.random() < 0.01:
        flags.append("disability")
    if rng.random() < 0.005:
        flags.append("no_carer")
    ctx.db.conn.executemany(  # a circumstance of the family: it holds from the child's enrolment
        "INSERT INTO child_circumstance (child_id, flag, valid_from) VALUES (?, ?, ?)",
        [(child_id, f, enrolled_on.isoformat()) for f in flags]
    )
    return child_id


def _staff(ctx: DemoContext) -> list[int]:
    rng = ctx.rng
    people = [("principal", "Nguyễn Thị Thu Hà"), ("vice_principal", "Trần Thị Minh Nguyệt"),
              ("vice_principal", "Lê Thị Hồng Nhung"), ("nurse", "Phạm Thị Lan"),
              ("accountant", "Đỗ Thị Bích Ngọc"), ("cook", "Vũ Thị Hạnh"), ("cook", "Bùi Thị Tuyết")]
    people += [("teacher", _person(rng, 2)) for _ in range(32)]
    ids = []
    for role, full_name in people:
        staff_id = ctx.db.insert("INSERT INTO staff (full_name, role, phone) VALUES (?,?,?)",
                                 [full_name, role, _phone(rng)])
        if role == "teacher":
            ids.append(staff_id)
    return ids


def run(ctx: DemoContext) -> None:
    rng, db = ctx.rng, ctx.db
    teachers = _staff(ctx)
    # Children still in each age group at the end of the previous year, by class index.
    carried: dict[str, list[list[int]]] = {}
    for offset in range(ctx.n_years):
        year = ensure_school_year(db, ctx.first_year + offset)
        ctx.years.append(year)
        year_done = year.end_date < ctx.today
        last_day = ctx.year_end(year)
        next_carried: dict[str, list[list[int]]] = {}
        enrolments: list[tuple] = []
        previous_group: str | None = None
        teacher_iter = iter(teachers)
        for prefix, group, n_classes, birth_offset, (low, high) in CLASS_PLAN:
            movers: list[list[int]] = carried.get(previous_group, []) if previous_group else []
            previous_group = group
            next_carried[group] = []
            for index in range(n_classes):
                class_id = db.insert(
                    "INSERT INTO class (school_year_id, name, age_group, room) VALUES (?,?,?,?)",
                    [year.id, f"{prefix} {index + 1}", group, f"Phòng {len(enrolments) % 20 + 101}"],
                )
                for _ in range(2):
                    db.execute("INSERT INTO class_staff (class_id, staff_id) VALUES (?, ?)",
                               [class_id, next(teacher_iter)])
                # Movers are spread evenly over this year's classes of the next age group.
                members = [c for i, c in enumerate(c for cls in movers for c in cls)
                           if i % n_classes == index]
                starts = {c: "promotion" for c in members}
                target = rng.randint(low, high)
                while len(members) < target:
                    child = _new_child(ctx, year.start_year - birth_offset, year.start_date)
                    members.append(child)
                    starts[child] = "new"
                staying = []
                for child in members:
                    start, end, end_reason, note = year.start_date, None, None, ""
                    if rng.random() < WITHDRAW_RATE and last_day > year.start_date + dt.timedelta(40):
                        end = _random_day(rng, year.start_date + dt.timedelta(30), last_day)
                        end_reason, note = "withdrawal", rng.choice(WITHDRAW_REASONS)
                    elif year_done:
                        end = year.end_date
                        end_reason = "graduation" if group == "age_5_6" else "promotion"
                        if group != "age_5_6" and rng.random() < YEAR_END_LEAVE_RATE:
                            end_reason, note = "withdrawal", rng.choice(WITHDRAW_REASONS)
                        else:
                            staying.append(child)
                    else:
                        staying.append(child)
                    enrolments.append((child, class_id, start.isoformat(), end and end.isoformat(),
                                       starts[child], end_reason, note))
                # A few children join during the year.
                for _ in range(sum(rng.random() < JOIN_RATE for _ in range(target))):
                    if last_day <= year.start_date + dt.timedelta(40):
                        break
                    joined = _random_day(rng, year.start_date + dt.timedelta(20),
                                         min(last_day, dt.date(year.start_year + 1, 3, 31)))
                    child = _new_child(ctx, year.start_year - birth_offset, joined)
                    end = year.end_date if year_done else None
                    end_reason = ("graduation" if group == "age_5_6" else "promotion") if year_done else None
                    enrolments.append((child, class_id, joined.isoformat(), end and end.isoformat(),
                                       "new", end_reason, ""))
                    staying.append(child)
                next_carried[group].append(staying if group != "age_5_6" else [])
        db.conn.executemany(
            "INSERT INTO enrollment (child_id, class_id, start_date, end_date, start_reason, end_reason, note) "
            "VALUES (?,?,?,?,?,?,?)",
            enrolments,
        )
        carried = next_carried
    save_settings(db, SchoolSettings(
        name="Trường Mầm non Hoa Mai", governing_body="UBND phường An Khánh", place="An Khánh",
        address="12 đường Hoa Sữa, phường An Khánh", phone="0243 812 3456",
        principal_name="Nguyễn Thị Thu Hà", current_school_year_id=ctx.years[-1].id,
        department="Sở GD&ĐT thành phố Hà Nội", symbol="MNHM",
    ))
