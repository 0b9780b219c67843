"""Kitchen tab (Bếp): the day's portion first, then the menus of the week, dishes, the food
catalogue, the market list and the inspection book. Pages load when first shown."""

from __future__ import annotations

import datetime as dt
import importlib
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTabWidget, QVBoxLayout, QWidget

from kindergarten_desktop.ui.context import AppContext
from kindergarten_desktop.ui.tab_loading import LazyPages, reload_tab

if TYPE_CHECKING:  # the pages are built when first shown (LazyPages), their modules imported then
    from kindergarten_desktop.ui.kitchen.catalogue_page import CataloguePage
    from kindergarten_desktop.ui.kitchen.dishes_page import DishesPage
    from kindergarten_desktop.ui.kitchen.inspection_page import InspectionPage
    from kindergarten_desktop.ui.kitchen.market_page import MarketListPage
    from kindergarten_desktop.ui.kitchen.menu_page import MenuPage
    from kindergarten_desktop.ui.kitchen.portion_page import PortionPage

# name: (module in ui.kitchen, class), in the order of the pages
PAGE_CLASSES = {
    "portion": ("portion_page", "PortionPage"), "menus": ("menu_page", "MenuPage"),
    "dishes": ("dishes_page", "DishesPage"), "catalogue": ("catalogue_page", "CataloguePage"),
    "market": ("market_page", "MarketListPage"), "inspection": ("inspection_page", "InspectionPage"),
}


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
        ctx.schoolYearChanged.connect(self._year_changed)  # a method: the context outlives the tab
        if load:
            self.load()

    def _year_changed(self, _year: object) -> None:
        reload_tab(self, self.refresh)  # tab_loading: a failed reload is told in the tab

    def load(self) -> None:
        """The day's portion (the page shown on opening); the other pages load when first shown."""
        self.refresh()

    def _build_pages(self) -> QTabWidget:
        """The day's portion is built now (it is the page in front); the others when first shown."""
        self.pages = QTabWidget()
        self._day: dt.date | None = None
        self._lazy = LazyPages(self.pages, self._make_page, self._place)
        self._lazy.add("portion", self.tr("Day's &portion"), now=True)
        self._lazy.add("menus", self.tr("&Menus"))
        self._lazy.add("dishes", self.tr("&Dishes"))
        self._lazy.add("catalogue", self.tr("Food &catalogue"))
        self._lazy.add("market", self.tr("Mar&ket list"))
        self._lazy.add("inspection", self.tr("&Inspection and samples"))
        self._all = self._lazy.names()
        return self.pages

    def _make_page(self, name: str) -> QWidget:
        module, class_name = PAGE_CLASSES[name]
        page_class = getattr(importlib.import_module(f"kindergarten_desktop.ui.kitchen.{module}"), class_name)
        page: QWidget = page_class(self.ctx)
        return page

    # The pages, each built on first use.
    @property
    def portion(self) -> PortionPage:
        return cast("PortionPage", self._lazy.get("portion"))

    @property
    def menus(self) -> MenuPage:
        return cast("MenuPage", self._lazy.get("menus"))

    @property
    def dishes(self) -> DishesPage:
        return cast("DishesPage", self._lazy.get("dishes"))

    @property
    def catalogue(self) -> CataloguePage:
        return cast("CataloguePage", self._lazy.get("catalogue"))

    @property
    def market(self) -> MarketListPage:
        return cast("MarketListPage", self._lazy.get("market"))

    @property
    def inspection(self) -> InspectionPage:
        return cast("InspectionPage", self._lazy.get("inspection"))

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
        from kindergarten_desktop.ui.accounts.write_guard import prints_documents

        prints_documents(self.print_buttons)  # greyed out for an account that may not read them (issue 18)
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
        self._day = day
        for name, page in self._lazy.built.items():
            self._place(name, page)

    def _place(self, name: str, page: QWidget) -> None:
        """Give a page the tab's day (a page built later gets it when built)."""
        day = self._day
        edit = {"portion": "day", "menus": "week", "market": "day", "inspection": "day"}.get(name)
        if day is None or edit is None:
            return
        widget = getattr(page, edit)
        widget.blockSignals(True)
        widget.setDate(QDate(day.year, day.month, day.day))
        widget.blockSignals(False)

    def refresh(self) -> None:
        """School year changed: every page reloads when shown."""
        self._go_to(self._reference_day())
        self._stale = set(self._all)
        self._page_shown(self.pages.currentIndex())

    def _data_changed(self, _area: str) -> None:
        self._stale = set(self._all) - {self._lazy.name_at(self.pages.currentIndex()) or ""}

    def _page_shown(self, index: int) -> None:
        name = self._lazy.name_at(index)
        if name in self._stale:
            self._stale.discard(name)
            self._lazy.get(name).refresh()  # type: ignore[attr-defined]  # every page of this tab has refresh()
