"""Where a window goes: the first time, and when what was saved doesn't suit this screen."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow

FIRST_RUN_FRACTION = 0.9
# A restored window smaller than this share of the screen (either way) is a leftover of another
# screen or scale (QT_SCALE_FACTOR=2 saved 384×276 that a 1280×720 screen then opened in a corner).
MIN_SHARE = 0.4


def first_run_geometry(available: QRect, fraction: float = FIRST_RUN_FRACTION) -> QRect:
    """A rectangle of fraction of the screen's available area, centred in it."""
    size = QSize(round(available.width() * fraction), round(available.height() * fraction))
    rect = QRect(available.topLeft(), size)
    rect.moveCenter(available.center())
    return rect


def suits_screen(restored: QRect, available: QRect, minimum: QSize) -> bool:
    """Whether a saved geometry can stay: at least the window's minimum and MIN_SHARE of the
    screen each way (no more than the screen has), and mostly on it."""
    least_width = min(available.width(), max(minimum.width(), round(MIN_SHARE * available.width())))
    least_height = min(
        available.height(), max(minimum.height(), round(MIN_SHARE * available.height()))
    )
    if restored.width() < least_width or restored.height() < least_height:
        return False
    shown = restored.intersected(available)
    return shown.width() * shown.height() * 2 >= restored.width() * restored.height()


FIRST_WIDTHS = {"contentsDock": 260, "statisticsDock": 320}  # the side columns at the start


def first_dock_widths(window: QMainWindow) -> None:
    """Contents and Statistics as wide as they start."""
    docks = [window.findChild(QDockWidget, name) for name in FIRST_WIDTHS]
    shown = [d for d in docks if d is not None]
    widths = [FIRST_WIDTHS[d.objectName()] for d in shown]
    window.resizeDocks(shown, widths, Qt.Orientation.Horizontal)
