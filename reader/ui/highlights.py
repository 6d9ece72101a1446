"""Named groups of ExtraSelections drawn over the article (find matches, a flashed figure).

Groups are kept as (position, length) ranges, so they survive re-rendering the same
document at another zoom or theme (positions don't change) and are redrawn in the new
theme's colours. Notes and highlights can be another group.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QBrush, QColor, QTextCursor
from PySide6.QtWidgets import QTextEdit

from reader.ui.themes import LIGHT, Theme


@dataclass(frozen=True)
class _Group:
    ranges: list[tuple[int, int]]
    colour: str  # a Theme attribute name ("match", "flash") or a colour ("#ffd54f")
    current: int


class Highlights:
    """Owns the view's ExtraSelections; each group is replaced as a whole."""

    def __init__(self, view: QTextEdit) -> None:
        self._view = view
        self._groups: dict[str, _Group] = {}
        self._selections: dict[str, list[QTextEdit.ExtraSelection]] = {}
        self.theme: Theme = LIGHT

    def clear(self) -> None:
        """Drop every group (another document)."""
        self._groups.clear()
        self.hide()

    def hide(self) -> None:
        """Stop drawing (the document is being re-rendered); redraw() brings them back."""
        self._selections.clear()
        self._view.setExtraSelections([])

    def redraw(self) -> None:
        """Draw every group again, in the current theme."""
        for name in list(self._groups):
            self._selections[name] = self._build(self._groups[name])
        self._apply()

    def set_group(
        self, name: str, ranges: list[tuple[int, int]], colour: str = "match", current: int = -1
    ) -> None:
        """Highlight (position, length) ranges; ranges[current] in the current-match colour."""
        if ranges:
            self._groups[name] = _Group(list(ranges), colour, current)
            self._selections[name] = self._build(self._groups[name])
        else:
            self._groups.pop(name, None)
            self._selections.pop(name, None)
        self._apply()

    def group(self, name: str) -> list[QTextEdit.ExtraSelection]:
        """The selections drawn for one group (tests)."""
        return list(self._selections.get(name, []))

    def _build(self, group: _Group) -> list[QTextEdit.ExtraSelection]:
        document = self._view.document()
        end = document.characterCount() - 1
        base = QBrush(QColor(getattr(self.theme, group.colour, group.colour)))
        current = QBrush(QColor(self.theme.current_match))
        selections: list[QTextEdit.ExtraSelection] = []
        for i, (position, length) in enumerate(group.ranges):
            if position + length > end:
                continue  # not rendered (yet)
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(document)
            cursor.setPosition(position)
            cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format.setBackground(current if i == group.current else base)
            selections.append(selection)
        return selections

    def _apply(self) -> None:
        self._view.setExtraSelections([s for group in self._selections.values() for s in group])
