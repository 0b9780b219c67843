"""The main window at the scale of ten school years, driven through its own widgets.

Choosing another school year in the toolbar refreshes every tab that listens to the year;
it has no target of its own in the issues, but it is what a user does and grows with each tab.
It also keeps the ten_year_window, show_tab and settle_gui fixtures exercised.
"""

from kindergarten_desktop.ui.tabs import TAB_SPECS


def test_switch_school_year_in_toolbar(benchmark, ten_year_window, show_tab, settle_gui):
    combo = ten_year_window.year_combo
    assert combo.count() == 10
    show_tab(ten_year_window, TAB_SPECS[0].key)
    newest, oldest = combo.currentIndex(), 0
    assert combo.itemText(newest) == "2025-2026" and combo.itemText(oldest) == "2016-2017"
    choices = iter([oldest, newest] * 50)

    def choose_next() -> None:
        combo.setCurrentIndex(next(choices))
        settle_gui()

    benchmark.pedantic(choose_next, rounds=20, warmup_rounds=2)
    assert ten_year_window.ctx.school_year.name in ("2016-2017", "2025-2026")
    benchmark.extra_info["tabs"] = [spec.key for spec in TAB_SPECS]
