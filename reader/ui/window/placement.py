"""Where a window goes the first time, before any geometry was saved."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize

FIRST_RUN_FRACTION = 0.9


def first_run_geometry(available: QRect, fraction: float = FIRST_RUN_FRACTION) -> QRect:
    """A rectangle of fraction of the screen's available area, centred in it."""
    size = QSize(round(available.width() * fraction), round(available.height() * fraction))
    rect = QRect(available.topLeft(), size)
    rect.moveCenter(available.center())
    return rect
