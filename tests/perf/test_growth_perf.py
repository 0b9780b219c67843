"""Growth benchmarks on the 10-year demo school: class grid < 100 ms, child chart with the seven SD
lines < 200 ms, whole-school summary < 300 ms, whole-school data-quality summary < 300 ms."""


import pytest

from kindergarten_desktop.db import open_database
from kindergarten_desktop.growth.rounds import find_round
from kindergarten_desktop.growth.summary import summarize_round
from kindergarten_desktop.school import find_school_year


@pytest.fixture
def ten_db(ten_year_db_file):
    db = open_database(ten_year_db_file, migrate=False)
    yield db
    db.close()


@pytest.fixture
def march_round(ten_db):
    year = find_school_year(ten_db, "2025-2026")
    return find_round(ten_db, year.id, 3)


def test_class_grid_opens(benchmark, qtbot, ten_db, march_round):
    from kindergarten_desktop.roster.queries import list_classes
    from kindergarten_desktop.ui.growth.entry_model import EntryModel

    model = EntryModel(ten_db)
    lá = [c for c in list_classes(ten_db, march_round.school_year_id, march_round.day) if c.name.startswith("Lá")][0]
    benchmark(model.load, march_round, lá.id)
    assert model.rowCount() > 25 and model.measured_count() > 25


def test_child_chart_draws(benchmark, qtbot, ten_db, march_round):
    from kindergarten_desktop.ui.growth.chart_panel import ChartPanel

    panel = ChartPanel(ten_db)
    qtbot.addWidget(panel)
    child = ten_db.execute("SELECT child_id FROM measurement WHERE round_id = ? LIMIT 1",
                           [march_round.id]).fetchone()[0]
    panel.show_child(child, march_round.day)
    benchmark(panel.draw)
    assert len(panel.figure.axes[0].get_lines()) == 8  # seven SD lines and the child


def test_whole_school_summary(benchmark, ten_db, march_round):
    summary = benchmark(summarize_round, ten_db, march_round.id)
    assert summary.school.measured[0] > 400 and summary.baseline is not None


def test_whole_school_data_quality(benchmark, ten_db, march_round):
    from kindergarten_desktop.growth.quality import round_quality

    quality = benchmark(round_quality, ten_db, march_round.id)
    assert quality.group().measured > 400 and len(quality.changes) > 400
