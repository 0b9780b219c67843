import datetime as dt

import pytest
from pypdf import PdfReader

from kindergarten_desktop.formatting import format_date, format_number
from kindergarten_desktop.growth.assessment import assess, completed_months
from kindergarten_desktop.growth.classify import label
from kindergarten_desktop.growth.rounds import find_round
from kindergarten_desktop.reports.kinds.growth_cards import collect_cards
from kindergarten_desktop.reports.registry import Cancelled, ReportError, get_kind, resolve_params, run_report
from kindergarten_desktop.roster.queries import class_children, list_classes

KIND = get_kind("growth-cards")


def _pages(path):
    """Each page's text, runs of white space made single spaces (drawn strings end in line breaks)."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def _class(db, name):
    year_id = db.execute("SELECT id FROM school_year WHERE name = '2025-2026'").fetchone()[0]
    return next(c for c in list_classes(db, year_id) if c.name == name)


def test_one_page_per_child_with_the_engine_values(demo_db, tmp_path):
    params = resolve_params(demo_db, KIND, year="2025-2026", class_name="Lá 1", round=3)
    day = find_round(demo_db, params.year.id, 3).day
    children = class_children(demo_db, _class(demo_db, "Lá 1").id, on=day)
    pages = _pages(run_report(demo_db, KIND, params, tmp_path / "la1.pdf").path)
    assert len(pages) == len(children) >= 25
    for child, text in zip(children, pages, strict=True):
        assert child.full_name in text and "Lớp: Lá 1" in text
        assert format_date(child.birth_date) in text
    # The table of a child measured in all three rounds, value by value, against the WHO engine.
    rows = demo_db.execute(
        "SELECT child_id, visit_date, weight_kg, height_cm, measure FROM measurement "
        "WHERE child_id = ? AND absent = 0 ORDER BY visit_date", [children[0].id]).fetchall()
    assert len(rows) >= 2
    child = children[0]
    visits = [dt.date.fromisoformat(r[1]) for r in rows]
    result = assess([child.sex] * len(rows), [child.birth_date] * len(rows), visits, [r[2] for r in rows],
                    [r[3] for r in rows], [r[4] for r in rows])
    text = pages[0]
    for i, r in enumerate(rows):
        months = completed_months(int(result.age_days[i]))
        wh = result.z["baz"][i] if result.age_days[i] / (365.25 / 12) >= 60 else result.z["whz"][i]
        line = " ".join([str(i + 1), format_date(visits[i]), str(months), format_number(r[2], 1),
                         format_number(r[3], 1), format_number(result.z["waz"][i], 2),
                         format_number(result.z["haz"][i], 2), format_number(wh, 2)])
        assert line in text, line
    card = collect_cards(demo_db, params)[0]
    assert card.child.full_name == child.full_name
    assert all(row.assessment_text() in text for row in card.rows)


def test_classification_is_the_engines_in_vietnamese(demo_db):
    params = resolve_params(demo_db, KIND, year="2025-2026", round=3)
    cards = collect_cards(demo_db, params)
    texts = {row.assessment_text() for card in cards for row in card.rows}
    assert label("normal") in texts  # "Bình thường"
    assert any(label("stunting") in t for t in texts)
    assert any(label("underweight") in t or label("severe_underweight") in t for t in texts)
    stunted = next(row for card in cards for row in card.rows if row.categories["ha"] == "stunting")
    assert stunted.z["haz"] < -2 and "Thấp còi" in stunted.assessment_text()


def test_round_filter_keeps_measurements_up_to_that_round(demo_db, tmp_path):
    params = resolve_params(demo_db, KIND, year="2025-2026", class_name="Mầm 1", round=1)
    first = find_round(demo_db, params.year.id, 1)
    later = find_round(demo_db, params.year.id, 2)
    cards = collect_cards(demo_db, params)
    # Each child's own round-1 measurement may be dated a few days after the round's date.
    assert cards and all(m.visit_date < later.day and m.round_id != later.id for card in cards for m in card.history)
    assert all(m.round_id == first.id for card in cards for m in card.history if m.visit_date > first.day)
    assert sum(m.round_id == first.id for card in cards for m in card.history) >= len(cards) - 3
    text = "\n".join(_pages(run_report(demo_db, KIND, params, tmp_path / "r1.pdf").path))
    ids = [card.child_id for card in cards]
    marks = ",".join("?" * len(ids))
    dates = {r: {format_date(dt.date.fromisoformat(d)) for (d,) in demo_db.execute(
        f"SELECT visit_date FROM measurement WHERE round_id = ? AND absent = 0 AND child_id IN ({marks})",
        [r, *ids])} for r in (first.id, later.id)}
    assert dates[first.id] and all(d in text for d in dates[first.id])
    assert dates[later.id] - dates[first.id] and not any(d in text for d in dates[later.id] - dates[first.id])
    assert "Cân đo đợt 1" in text


def test_whole_school_covers_every_class(demo_db):
    params = resolve_params(demo_db, KIND, year="2025-2026", round=2)
    day = find_round(demo_db, params.year.id, 2).day
    cards = collect_cards(demo_db, params)
    classes = list_classes(demo_db, params.year.id, on=day)
    assert len(cards) == sum(c.children for c in classes)
    assert [c.class_name for c in cards][0] == classes[0].name  # youngest classes first


def test_child_without_measurement_gets_a_card_saying_so(demo_db, tmp_path):
    cls = _class(demo_db, "Chồi 2")
    with demo_db.atomic():
        child_id = demo_db.execute(
            "INSERT INTO child (full_name, sex, birth_date) VALUES ('Đỗ Thị Ngọc Ánh', 2, '2021-05-04')").lastrowid
        demo_db.execute("INSERT INTO enrollment (child_id, class_id, start_date, start_reason) "
                        "VALUES (?, ?, '2026-03-01', 'new')", [child_id, cls.id])
    params = resolve_params(demo_db, KIND, year="2025-2026", class_name="Chồi 2", round=3)
    pages = _pages(run_report(demo_db, KIND, params, tmp_path / "c2.pdf").path)
    page = next(p for p in pages if "Đỗ Thị Ngọc Ánh" in p)
    assert "Trẻ chưa có số đo nào" in page and "Cân nặng theo tuổi" in page


def test_bad_round_and_cancel_leave_no_file(demo_db, tmp_path):
    with pytest.raises(ReportError, match="There is no round 9 in 2025-2026; rounds: 1, 2, 3"):
        run_report(demo_db, KIND, resolve_params(demo_db, KIND, year="2025-2026", round=9), tmp_path / "x.pdf")
    seen = []

    def cancel_after_first(done, total, text):
        seen.append((done, total, text))
        return done == 0

    params = resolve_params(demo_db, KIND, year="2025-2026", class_name="Lá 2")
    with pytest.raises(Cancelled):
        run_report(demo_db, KIND, params, tmp_path / "y.pdf", cancel_after_first)
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "y.pdf").exists()
    assert any("Lá 2:" in text for _d, _t, text in seen)


def test_only_pdf_and_a_clear_default_name(demo_db):
    params = resolve_params(demo_db, KIND, year="2025-2026", class_name="Lá 1", round=2)
    from kindergarten_desktop.reports.registry import default_file_name

    assert default_file_name(KIND, params, "pdf") == "Phieu_theo_doi_tang_truong_La_1_dot_2_2025-2026.pdf"
    assert KIND.formats == ("pdf",)
