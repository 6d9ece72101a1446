"""Where the text column sits in the article view.

A column narrower than the view is centred by the viewport's margins: resizing the window then
lays nothing out again. But what a viewport's margin covers is never painted, so a code line or
a table wider than the column, scrolled sideways, slid behind a blank band. Once the article
holds such a line the column is centred by the root frame's margins instead, the viewport spans
the whole view and the wide line shows across it (a resize then lays the article out again,
which only such articles pay)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSizeF, QTimer
from PySide6.QtWidgets import QTextEdit

ROOT_SIDE_EMS = 0.5  # the root frame's own left and right margin (ArticleStyle.apply_root)


class ColumnPlacement:
    """The view's column: centred by its viewport's margins, or by the root frame's once the
    article is wider than the column (wide)."""

    def __init__(self, view: QTextEdit, update: Callable[[], None]) -> None:
        """update: the view's own fitting of the column, called once the article turns wide."""
        self._view, self._update = view, update
        self.wide = False
        layout = view.document().documentLayout()
        layout.documentSizeChanged.connect(self._size_changed)

    def reset(self) -> None:
        """A new rendering: centred by the viewport's margins until a wide line comes."""
        self.wide = False

    def place(self, em: float, column_width: int) -> tuple[int, tuple[int, int, int, int]]:
        """The column (column_width pixels, at most) fitted to the view's width: the root
        frame's side margins set, the line wrap width and the viewport's margins returned."""
        view = self._view
        bar_width = view.verticalScrollBar().sizeHint().width()
        available = view.width() - 2 * view.frameWidth() - bar_width
        column = max(160, min(column_width + round(em), available - 24))
        left = max(0, (available - column) // 2)
        right = max(0, available - column - left)
        bands = (left, right) if self.wide else (0, 0)
        self._set_root_sides(em * ROOT_SIDE_EMS + bands[0], em * ROOT_SIDE_EMS + bands[1])
        return column + sum(bands), ((0, 0, 0, 0) if self.wide else (left, 0, right, 0))

    def _set_root_sides(self, left: float, right: float) -> None:
        root = self._view.document().rootFrame()
        fmt = root.frameFormat()
        if abs(fmt.leftMargin() - left) > 0.5 or abs(fmt.rightMargin() - right) > 0.5:
            fmt.setLeftMargin(left)
            fmt.setRightMargin(right)
            root.setFrameFormat(fmt)

    def _size_changed(self, size: QSizeF) -> None:
        if not self.wide and size.width() > self._view.lineWrapColumnOrWidth() + 1:
            self.wide = True  # after this layout, not inside it
            QTimer.singleShot(0, self._update)
