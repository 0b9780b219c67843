"""A measurement with nothing in it (no weight, no height, not absent, no note) saves nothing: no
empty row, no audit entry, a kept measurement unchanged. Clearing is delete_measurement's, asked for
as such. A real database file, reopened."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from kindergarten_desktop.db import open_database
from kindergarten_desktop.growth import measurements as m
from kindergarten_desktop.growth.rounds import ensure_default_rounds
from tests.growth.conftest import TODAY


@pytest.fixture
def path(tmp_path):
    return tmp_path / "growth.sqlite3"


@pytest.fixture
def db(path):  # the growth school (tests/growth/conftest.py) in a real file
    database = open_database(path)
    yield database
    database.close()


@pytest.fixture
def rounds(db, school):
    return ensure_default_rounds(db, school)


def state(path):
    """The measurement rows and the audit entries as a fresh connection reads them."""
    database = open_database(path)
    try:
        rows = database.execute("SELECT child_id, round_id, visit_date, weight_kg, height_cm, absent, note "
                                "FROM measurement ORDER BY child_id, round_id").fetchall()
        audit = database.execute("SELECT count(*) FROM audit_log WHERE table_name = 'measurement'").fetchone()[0]
        return rows, audit
    finally:
        database.close()


@pytest.mark.parametrize("note", ["", "   "])
def test_nothing_typed_writes_no_row(db, path, rounds, note):
    first = rounds[0]
    before = state(path)
    kept = m.save_measurement(db, m.Measurement(1, first.id, first.day, note=note), today=TODAY)
    assert kept is None
    assert state(path) == before == ([], 0)


def test_nothing_typed_leaves_a_kept_measurement_as_it_is(db, path, rounds):
    first = rounds[0]
    saved = m.save_measurement(db, m.Measurement(1, first.id, first.day, 15.2, 98.4, note="ăn kém"), today=TODAY)
    before = state(path)
    assert before[1] == 1  # the measurement's own insert
    later = first.day + dt.timedelta(days=2)
    kept = m.save_measurement(db, m.Measurement(1, first.id, later, measure="h"), today=TODAY)
    assert kept == saved
    assert state(path) == before  # same row, same visit date, no audit entry


def test_absent_or_a_note_alone_is_still_kept(db, path, rounds):
    first = rounds[0]
    absent = m.save_measurement(db, m.Measurement(1, first.id, first.day, absent=True), today=TODAY)
    noted = m.save_measurement(db, m.Measurement(2, first.id, first.day, note="ốm, cân sau"), today=TODAY)
    assert absent is not None and absent.absent
    assert noted is not None and noted.note == "ốm, cân sau"
    rows, audit = state(path)
    assert [(r[0], r[5], r[6]) for r in rows] == [(1, 1, ""), (2, 0, "ốm, cân sau")] and audit == 2


def test_clearing_is_asked_for_as_such(db, path, rounds):
    first = rounds[0]
    saved = m.save_measurement(db, m.Measurement(1, first.id, first.day, 15.2), today=TODAY)
    assert saved is not None
    emptied = dataclasses.replace(saved, weight_kg=None)
    assert m.save_measurement(db, emptied, today=TODAY) == saved  # nothing typed: nothing changes
    m.delete_measurement(db, 1, first.id)
    rows, audit = state(path)
    assert rows == [] and audit == 2  # the insert and the delete
