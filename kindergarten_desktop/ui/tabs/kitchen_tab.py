"""Kitchen tab (Bếp): the day's portion first, then the menus of the week, dishes, the food
catalogue, the market list and the inspection book. Pages load when first shown."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTabWidget, QVBoxLayout, QWidget

from kindergarten_desktop.ui.context import AppContext
from kindergarten_desktop.ui.kitchen.catalogue_page import CataloguePage
from kindergarten_desktop.ui.kitchen.dishes_page import DishesPage
from kindergarten_desktop.ui.kitchen.inspection_page import InspectionPage
from kindergarten_desktop.ui.kitchen.market_page import MarketListPage
from kindergarten_desktop.ui.kitchen.menu_page import MenuPage
from kindergarten_desktop.ui.kitchen.portion_page import PortionPage


class KitchenTab(QWidget):
    """``load=False`` builds the pages only; the main window calls :meth:`load` once they are painted."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, load: bool = True) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self._build_pages())
        layout.addLayout(self._print_buttons())
        self._stale = set(self._all)  # each page loads when first shown, from load() on
        self.pages.currentChanged.connect(self._page_shown)
        ctx.dataChanged.connect(self._data_changed)
        if load:
            self.load()

    def load(self) -> None:
        """The day's portion (the page shown on opening); the other pages load when first shown."""
        self.refresh()

    def _build_pages(self) -> QTabWidget:
        self.pages = QTabWidget()
        self.portion = PortionPage(self.ctx)
        self.menus = MenuPage(self.ctx)
        self.dishes = DishesPage(self.ctx)
        self.catalogue = CataloguePage(self.ctx)
        self.market = MarketListPage(self.ctx)
        self.inspection = InspectionPage(self.ctx)
        self.pages.addTab(self.portion, self.tr("Day's &portion"))
        self.pages.addTab(self.menus, self.tr("&Menus"))
        self.pages.addTab(self.dishes, self.tr("&Dishes"))
        self.pages.addTab(self.catalogue, self.tr("&Food catalogue"))
        self.pages.addTab(self.market, self.tr("Market &list"))
        self.pages.addTab(self.inspection, self.tr("&Inspection and samples"))
        self._all: list[QWidget] = [self.portion, self.menus, self.dishes, self.catalogue, self.market,
                                    self.inspection]
        return self.pages

    def _print_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.print_buttons: dict[str, QPushButton] = {}
        for kind, text in (("nutrition", self.tr("Print portion sheet")), ("menu-week", self.tr("Print weekly menu")),
                           ("inspection-book", self.tr("Print inspection book")),
                           ("sample-book", self.tr("Print sample book"))):
            button = QPushButton(text)
            button.clicked.connect(lambda _c=False, k=kind: self.print_report(k))
            self.print_buttons[kind] = button
            row.addWidget(button)
        row.addStretch(1)
        return row

    def report_params(self, kind: str) -> dict[str, str]:
        from kindergarten_desktop.ui.kitchen.common import day_of

        if kind == "nutrition":
            day = day_of(self.portion.day)
        elif kind == "menu-week":
            day = self.menus.monday()
        else:
            day = day_of(self.inspection.day)
        if kind in ("nutrition", "menu-week"):
            return {"date": day.isoformat()}
        return {"month": f"{day:%Y-%m}"}

    def print_report(self, kind: str):
        from kindergarten_desktop.ui.reports.export import export_report

        return export_report(self, self.ctx, kind, **self.report_params(kind))

    def _reference_day(self) -> dt.date:
        """Today, or the last day children ate (else the last menu) when viewing another school year."""
        today = dt.date.today()
        year = self.ctx.school_year
        if year is None or year.contains(today):
            return today
        from kindergarten_desktop.kitchen.menus import last_served_day

        return last_served_day(self.ctx.db, year.start_date, year.end_date) or year.start_date

    def _go_to(self, day: dt.date) -> None:
        for edit in (self.portion.day, self.menus.week, self.market.day, self.inspection.day):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)

    def refresh(self) -> None:
        """School year changed: every page reloads when shown."""
        self._go_to(self._reference_day())
        self._stale = set(self._all)
        self._page_shown(self.pages.currentIndex())

    def _data_changed(self, _area: str) -> None:
        self._stale = set(self._all) - {self.pages.currentWidget()}

    def _page_shown(self, index: int) -> None:
        page = self.pages.widget(index)
        if page in self._stale:
            self._stale.discard(page)
            page.refresh()  # type: ignore[attr-defined]  # every page of this tab has refresh()
