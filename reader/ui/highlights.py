"""Named groups of ExtraSelections drawn over the article (find matches, a flashed figure)."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor, QTextCursor
from PySide6.QtWidgets import QTextEdit

from reader.ui.themes import LIGHT, Theme


class Highlights:
    """Owns the view's ExtraSelections; each group is replaced as a whole."""

    def __init__(self, view: QTextEdit) -> None:
        self._view = view
        self._groups: dict[str, list[QTextEdit.ExtraSelection]] = {}
        self.theme: Theme = LIGHT

    def clear(self) -> None:
        """Drop every group (the document is being re-rendered)."""
        self._groups.clear()
        self._view.setExtraSelections([])

    def set_group(
        self, name: str, ranges: list[tuple[int, int]], colour: str = "match", current: int = -1
    ) -> None:
        """Highlight (position, length) ranges in a theme colour; ranges[current] stands out."""
        document = self._view.document()
        selections: list[QTextEdit.ExtraSelection] = []
        for i, (position, length) in enumerate(ranges):
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(document)
            cursor.setPosition(position)
            cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            key = "current_match" if i == current else colour
            selection.format.setBackground(QBrush(QColor(getattr(self.theme, key))))
            selections.append(selection)
        if selections:
            self._groups[name] = selections
        else:
            self._groups.pop(name, None)
        combined = [s for group in self._groups.values() for s in group]
        self._view.setExtraSelections(combined)

    def group(self, name: str) -> list[QTextEdit.ExtraSelection]:
        """The selections of one group (tests)."""
        return list(self._groups.get(name, []))
