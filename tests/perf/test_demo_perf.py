"""Demo generator at the scale of ten school years (target: under 60 s)."""

import datetime as dt

from kindergarten_desktop import demo


def test_demo_ten_years(benchmark, tmp_path):
    counter = iter(range(1000))

    def run():
        demo.generate_file(tmp_path / f"d{next(counter)}.sqlite3", years=10, first_year=2016, seed=1,
                           today=dt.date(2026, 3, 16))

    benchmark.pedantic(run, rounds=1, iterations=1)
