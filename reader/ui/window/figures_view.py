"""How the reader left the key figures: sorted by size or in text order, and the Statistics
panel's splitter, kept in QSettings from one run to the next."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.ui.window.settings import UiSettings

if TYPE_CHECKING:
    from reader.ui.panels.statistics import StatsPanel


def remember_figures_view(panel: StatsPanel, settings: UiSettings) -> None:
    """Give panel the saved sort order and split, and save them whenever the reader changes them."""
    panel.by_size.setChecked(settings.figures_by_size)
    if (split := settings.statistics_split) is not None:
        panel.restore_split(split)

    def save_sort(on: bool) -> None:
        settings.figures_by_size = on

    def save_split() -> None:
        settings.statistics_split = panel.splitter.saveState()

    panel.by_size.toggled.connect(save_sort)
    panel.splitter.splitterMoved.connect(save_split)
