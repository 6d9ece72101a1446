"""A scroll area whose widget wraps to its width: QScrollArea sizes the widget before its
vertical scroll bar shows, and leaves it that much wider than the viewport (its right edge,
the section chart's numbers, under the panel's edge)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QScrollArea


class FitWidth(QObject):
    """Keeps the area's widget at most as wide as the viewport, whenever the viewport resizes."""

    def __init__(self, area: QScrollArea) -> None:
        super().__init__(area)
        self._area = area
        area.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Resize:  # not even the area: it may be going
            return False
        widget = self._area.widget()
        if widget is not None:
            width = self._area.viewport().width()
            widget.setMaximumWidth(max(width, widget.minimumSizeHint().width()))
        return False
