"""The main tabs. Each module defines one QWidget subclass taking ``(ctx, parent)``
(ctx: ui.context.AppContext); TAB_SPECS gives the order, the screenshot file name and
the class. A tab may define ``refresh()``; it is called when the school year changes."""

from __future__ import annotations

import importlib
from dataclasses import dataclass


@dataclass(frozen=True)
class TabSpec:
    key: str  # screenshot file name and settings key
    module: str
    class_name: str


TAB_SPECS = (
    TabSpec("roster", "kindergarten_desktop.ui.tabs.roster_tab", "RosterTab"),
    TabSpec("growth", "kindergarten_desktop.ui.tabs.growth_tab", "GrowthTab"),
    TabSpec("meals", "kindergarten_desktop.ui.tabs.meals_tab", "MealsTab"),
    TabSpec("agenda", "kindergarten_desktop.ui.tabs.agenda_tab", "AgendaTab"),
    TabSpec("kitchen", "kindergarten_desktop.ui.tabs.kitchen_tab", "KitchenTab"),
)


def tab_class(spec: TabSpec) -> type:
    return getattr(importlib.import_module(spec.module), spec.class_name)
