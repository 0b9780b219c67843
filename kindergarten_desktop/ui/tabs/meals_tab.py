"""Meals & fees tab (accountant): today's meal count first, then the monthly ledger,
receipts and debts, the market book with the menu, and the rates."""

from __future__ import annotations

import datetime as dt
import importlib
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QTabWidget, QVBoxLayout, QWidget

from kindergarten_desktop.ui.context import AppContext
from kindergarten_desktop.ui.tab_loading import LazyPages, reload_tab

if TYPE_CHECKING:  # the pages are built when first shown (LazyPages), their modules imported then
    from kindergarten_desktop.ui.meals.count_page import CountPage
    from kindergarten_desktop.ui.meals.discounts_page import DiscountsPage
    from kindergarten_desktop.ui.meals.ledger_page import LedgerPage
    from kindergarten_desktop.ui.meals.market_page import MarketPage
    from kindergarten_desktop.ui.meals.payments_page import PaymentsPage
    from kindergarten_desktop.ui.meals.rates_page import RatesPage
    from kindergarten_desktop.ui.meals.stock_page import StockPage

# name: (module in ui.meals, class); the pages' order is MealsTab._build_pages's
PAGE_CLASSES = {
    "count": ("count_page", "CountPage"), "ledger": ("ledger_page", "LedgerPage"),
    "discounts": ("discounts_page", "DiscountsPage"), "payments": ("payments_page", "PaymentsPage"),
    "market": ("market_page", "MarketPage"), "stock": ("stock_page", "StockPage"),
    "rates": ("rates_page", "RatesPage"),
}


class MealsTab(QWidget):
    """``load=False`` builds the pages only; the main window calls :meth:`load` once they are painted."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, load: bool = True) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self._build_pages())
        layout.addLayout(self._print_buttons())
        self._stale = set(self._all_pages())  # each page loads when first shown, from load() on
        self.pages.currentChanged.connect(self._page_shown)
        ctx.dataChanged.connect(self._data_changed)
        ctx.schoolYearChanged.connect(self._year_changed)  # a method: the context outlives the tab
        if load:
            self.load()

    def _year_changed(self, _year: object) -> None:
        reload_tab(self, self.refresh)  # tab_loading: a failed reload is told in the tab

    def load(self) -> None:
        """Today's meal count (the page shown on opening); the other pages load when first shown."""
        self.refresh()

    def _all_pages(self) -> list[str]:
        return self._lazy.names()

    def _build_pages(self) -> QTabWidget:
        """The meal count is built now (it is the page in front); the others when first shown."""
        self.pages = QTabWidget()
        self._day: dt.date | None = None
        self._lazy = LazyPages(self.pages, self._make_page, self._place)
        self._lazy.add("count", self.tr("Meal count"), now=True)
        self._lazy.add("ledger", self.tr("Monthly ledger"))
        self._lazy.add("discounts", self.tr("Discounts"))
        self._lazy.add("payments", self.tr("Receipts and debts"))
        self._lazy.add("market", self.tr("Market book and menu"))
        self._lazy.add("stock", self.tr("Store and stock cards"))
        self._lazy.add("rates", self.tr("Rates and rules"))
        from kindergarten_desktop.ui.accounts.session_ui import hide_pages

        # The money pages are hidden from the kitchen (issue 18; the rule: session_ui.PLACES)
        hide_pages("meals", self.pages, {name: self._lazy.slot(name) for name in PAGE_CLASSES}, self.ctx.db)
        return self.pages

    def _make_page(self, name: str) -> QWidget:
        module, class_name = PAGE_CLASSES[name]
        page_class = getattr(importlib.import_module(f"kindergarten_desktop.ui.meals.{module}"), class_name)
        page: QWidget = page_class(self.ctx)
        return page

    # The pages, each built on first use.
    @property
    def count(self) -> CountPage:
        return cast("CountPage", self._lazy.get("count"))

    @property
    def ledger(self) -> LedgerPage:
        return cast("LedgerPage", self._lazy.get("ledger"))

    @property
    def discounts(self) -> DiscountsPage:
        return cast("DiscountsPage", self._lazy.get("discounts"))

    @property
    def payments(self) -> PaymentsPage:
        return cast("PaymentsPage", self._lazy.get("payments"))

    @property
    def market(self) -> MarketPage:
        return cast("MarketPage", self._lazy.get("market"))

    @property
    def stock(self) -> StockPage:
        return cast("StockPage", self._lazy.get("stock"))

    @property
    def rates(self) -> RatesPage:
        return cast("RatesPage", self._lazy.get("rates"))

    def _print_buttons(self) -> QHBoxLayout:
        """The meals documents, each for the month, class or day chosen on its page."""
        row = QHBoxLayout()
        self.print_buttons: dict[str, QPushButton] = {}
        for kind, text, tip in (
                ("kitchen-slip", self.tr("Print kitchen slip"),
                 self.tr("The meal count of the day chosen on the Meal count page, for the kitchen")),
                ("meals-ledger", self.tr("Print meal ledger"),
                 self.tr("The month and class chosen on the Monthly ledger page (Excel or PDF)")),
                ("meals-statements", self.tr("Print notices"),
                 self.tr("Meal-fee notices for the month and class chosen on the Monthly ledger page")),
                ("meals-receipts", self.tr("Print receipts"),
                 self.tr("A receipt for each payment of the month chosen on the Receipts page")),
                ("market-book", self.tr("Print market book"),
                 self.tr("The market book of the month of the day chosen on the Market book page")),
                ("daily-posting", self.tr("Print public posting"),
                 self.tr("The day's public posting of meal finances (day chosen on the Market book page)")),
                ("lunch-support", self.tr("Print lunch support list"),
                 self.tr("Decree 105 claim list of the payment round holding the month chosen on the Monthly "
                         "ledger page (September–December or January–May)"))):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.clicked.connect(lambda _checked=False, k=kind: self.print_report(k))
            self.print_buttons[kind] = button
            row.addWidget(button)
        from kindergarten_desktop.accounts.access import can_write
        from kindergarten_desktop.ui.accounts.write_guard import prints_documents

        prints_documents(self.print_buttons)  # greyed out for an account that may not read them (issue 18)

        if not can_write(self.ctx.db, "meals"):  # the money pages are hidden (session_ui.PLACES): their documents too
            for kind in ("meals-ledger", "meals-statements", "meals-receipts", "lunch-support"):
                self.print_buttons[kind].hide()
        row.addStretch(1)
        return row

    def report_params(self, kind: str) -> dict[str, str]:
        """The report parameters for ``kind`` from the pages' current month, class and day."""
        if kind in ("market-book", "daily-posting"):
            day = self.market.day.date()
            return ({"date": day.toString("yyyy-MM-dd")} if kind == "daily-posting"
                    else {"month": day.toString("yyyy-MM")})
        if kind == "kitchen-slip":
            return {"date": self.count.day.date().toString("yyyy-MM-dd")}
        if kind == "lunch-support":
            year, month = self.ledger.month.year_month()
            start = year if month >= 9 else year - 1
            return {"year": f"{start}-{start + 1}", "round": "1" if month >= 9 else "2"}
        if kind == "meals-receipts":
            year, month = self.payments.month.year_month()
            return {"month": f"{year:04d}-{month:02d}"}
        year, month = self.ledger.month.year_month()
        params = {"month": f"{year:04d}-{month:02d}"}
        if self.ledger.klass.currentData() is not None:
            start = year if month >= 9 else year - 1  # the class belongs to the month's school year
            params.update(class_name=self.ledger.klass.currentText(), year=f"{start}-{start + 1}")
        return params

    def print_report(self, kind: str):
        from kindergarten_desktop.ui.reports.export import export_report

        params = self.report_params(kind)
        if self._missing_rates(kind, params):
            QMessageBox.warning(self, self.tr("Meals and fees"), self.tr(
                "Some school days of this period have no daily meal rate yet, so their meals would print as "
                "0 ₫. Set the rate on the “Rates and rules” page first."))
            self.pages.setCurrentWidget(self.rates)
            return None
        return export_report(self, self.ctx, kind, **params)

    def _missing_rates(self, kind: str, params: dict[str, str]) -> bool:
        """The meal documents refuse to print meals without a daily rate (the reports say so in the
        CLI's words); the tab checks first and says it in the user's language."""
        from kindergarten_desktop.meals.ledger import compute_month
        from kindergarten_desktop.meals.market import unpriced_days_this_school_year
        from kindergarten_desktop.roster.calendar import month_bounds

        if kind in ("meals-receipts", "kitchen-slip", "lunch-support") or self.ctx.school_year is None:
            return False
        if kind in ("meals-ledger", "meals-statements"):
            year, month = map(int, params["month"].split("-"))
            return bool(compute_month(self.ctx.db, year, month, self.ledger.klass.currentData()).unpriced)
        end = (dt.date.fromisoformat(params["date"]) if "date" in params
               else month_bounds(*map(int, params["month"].split("-")))[1])
        return bool(unpriced_days_this_school_year(self.ctx.db, end))

    def _reference_day(self) -> dt.date:
        """Today, or the last day with meal data when viewing another school year."""
        today = dt.date.today()
        year = self.ctx.school_year
        if year is None or year.contains(today):
            return today
        from kindergarten_desktop.meals.counts import last_meal_day

        return last_meal_day(self.ctx.db, year.start_date, year.end_date) or year.start_date

    def _go_to(self, day: dt.date) -> None:
        self._day = day
        for name, page in self._lazy.built.items():
            self._place(name, page)

    def _place(self, name: str, page: QWidget) -> None:
        """Give a page the tab's day (a page built later gets it when built)."""
        day = self._day
        if day is None:
            return
        edit = {"count": "day", "market": "day", "payments": "date"}.get(name)
        if edit is not None:
            widget = getattr(page, edit)
            widget.blockSignals(True)
            widget.setDate(QDate(day.year, day.month, day.day))
            widget.blockSignals(False)
        if name in ("ledger", "payments", "discounts", "stock"):
            month = page.month  # type: ignore[attr-defined]  # these pages have a month chooser
            month.blockSignals(True)
            month.set_month(day.year, day.month)
            month.blockSignals(False)

    def refresh(self) -> None:
        """School year changed: every page is reloaded when shown."""
        self._go_to(self._reference_day())
        self._stale = set(self._all_pages())
        self._page_shown(self.pages.currentIndex())

    def _data_changed(self, _area: str) -> None:
        self._stale = set(self._all_pages()) - {self._lazy.name_at(self.pages.currentIndex()) or ""}

    def _page_shown(self, index: int) -> None:
        name = self._lazy.name_at(index)
        if name in self._stale:
            self._stale.discard(name)
            self._lazy.get(name).refresh()  # type: ignore[attr-defined]  # every page has refresh()
