"""The round's written assessment (reports/narrative.py) on a real database file: saving nothing
writes nothing — no empty row, no entry on the audit trail — and what is kept does not change."""

from __future__ import annotations

import pytest

from kindergarten_desktop.growth.rounds import find_round
from kindergarten_desktop.reports.narrative import Narrative, clear_narrative, load_narrative, save_narrative
from kindergarten_desktop.school import current_school_year


def rows(db):
    return db.execute("SELECT round_id, assessment, causes, measures, proposals FROM growth_round_narrative").fetchall()


def trail(db):
    return db.execute("SELECT action, record_id FROM audit_log WHERE table_name = 'growth_round_narrative' "
                      "ORDER BY id").fetchall()


@pytest.fixture
def round_id(demo_db):
    return find_round(demo_db, current_school_year(demo_db).id, 2).id


def test_saving_nothing_writes_no_row_and_no_audit_entry(demo_db, round_id):
    assert save_narrative(demo_db, round_id, Narrative()) is False
    assert save_narrative(demo_db, round_id, Narrative(assessment="  \n ", causes="\t")) is False
    assert rows(demo_db) == [] and trail(demo_db) == []


def test_what_is_kept_stays_when_saved_again_unchanged_or_empty(demo_db, round_id):
    assert save_narrative(demo_db, round_id, Narrative(assessment="Trẻ tăng cân đều.", measures="Cân lại  "))
    kept = rows(demo_db)
    assert trail(demo_db) == [("insert", str(round_id))]
    assert save_narrative(demo_db, round_id, Narrative(assessment=" Trẻ tăng cân đều.\n", measures="Cân lại")) is False
    assert save_narrative(demo_db, round_id, Narrative()) is False  # an empty save never wipes the kept text
    assert rows(demo_db) == kept and trail(demo_db) == [("insert", str(round_id))]
    assert save_narrative(demo_db, round_id, Narrative(assessment="Trẻ tăng cân đều.", measures="Cân lại tháng 1"))
    assert [a for a, _r in trail(demo_db)] == ["insert", "update"]
    assert load_narrative(demo_db, round_id).measures == "Cân lại tháng 1"


def test_clearing_forgets_a_kept_assessment_once(demo_db, round_id):
    assert clear_narrative(demo_db, round_id) is False  # nothing kept: nothing written
    assert trail(demo_db) == []
    save_narrative(demo_db, round_id, Narrative(proposals="Bổ sung sữa"))
    assert clear_narrative(demo_db, round_id) is True
    assert rows(demo_db) == [] and [a for a, _r in trail(demo_db)] == ["insert", "delete"]
