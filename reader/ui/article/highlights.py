"""Named groups of ExtraSelections drawn over the article (find matches, notes, a flashed figure).

Groups are kept as (position, length) ranges, so they survive re-rendering the same
document at another zoom or theme (positions don't change) and are redrawn in the new
theme's colours.

Only the ranges in and around the viewport become ExtraSelections: Qt computes a rectangle
for every selection it is given, so 10 000 of them cost half a second to set and slow every
paint. Scrolling past the drawn window draws the next one.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import NamedTuple

from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

from reader.ui.article.hit_test import position_at
from reader.ui.common.themes import LIGHT, Theme, solid

SLACK_CHARS = 4000  # positions above and below the viewport that are drawn too


class _Group(NamedTuple):  # cheaper to define than a frozen dataclass (start-up)
    """One named group of ranges, sorted, and how to draw them."""

    ranges: list[tuple[int, int]]  # sorted by position
    starts: list[int]
    longest: int
    colour: str  # a Theme attribute name ("match", "flash") or a colour ("#ffd54f")
    current: int  # index into ranges, -1 for none
    underline: bool = False  # a dotted underline in colour instead of a background

    @classmethod
    def of(
        cls, ranges: list[tuple[int, int]], colour: str, current: int, underline: bool = False
    ) -> _Group:
        current_range = ranges[current] if 0 <= current < len(ranges) else None
        ordered = sorted(ranges)
        index = ordered.index(current_range) if current_range is not None else -1
        longest = max(length for _position, length in ordered)
        starts = [position for position, _ in ordered]
        return cls(ordered, starts, longest, colour, index, underline)


class Highlights:
    """Owns the view's ExtraSelections; each group is replaced as a whole."""

    def __init__(self, view: QTextEdit) -> None:
        self._view = view
        self._groups: dict[str, _Group] = {}
        self._selections: dict[str, list[QTextEdit.ExtraSelection]] = {}
        self._window = (0, -1)  # document positions the selections were made for
        self._window_key: tuple[int, int, int] | None = None  # scroll value and viewport size
        self._seen = (0, -1)  # the viewport's first and last positions at _window_key
        self.theme: Theme = LIGHT
        view.verticalScrollBar().valueChanged.connect(self._follow_viewport)

    def clear(self) -> None:
        """Drop every group (another document)."""
        self._groups.clear()
        self.hide()

    def hide(self) -> None:
        """Stop drawing (the document is being re-rendered); redraw() brings them back."""
        self._window_key = None
        self._selections.clear()
        self._view.setExtraSelections([])

    def redraw(self) -> None:
        """Draw every group again, in the current theme, around the viewport."""
        self._window = self._around_viewport()
        for name in list(self._groups):
            self._selections[name] = self._build(self._groups[name])
        self._apply()

    def set_group(
        self,
        name: str,
        ranges: list[tuple[int, int]],
        colour: str = "match",
        current: int = -1,
        *,
        underline: bool = False,
    ) -> None:
        """Highlight (position, length) ranges; ranges[current] in the current-match colour.

        underline: a dotted underline over whatever other groups draw there (notes with a body).
        """
        if ranges:
            self._window = self._around_viewport()
            self._groups[name] = _Group.of(list(ranges), colour, current, underline)
            self._selections[name] = self._build(self._groups[name])
        else:
            self._groups.pop(name, None)
            self._selections.pop(name, None)
        self._apply()

    def group(self, name: str) -> list[QTextEdit.ExtraSelection]:
        """The selections drawn for one group: its ranges near the viewport (tests)."""
        return list(self._selections.get(name, []))

    def viewport_positions(self) -> tuple[int, int]:
        """The document positions at the viewport's top left and bottom right corners."""
        # Two hit tests, ≈0.3 ms each on a long article: not again while nothing has moved.
        view = self._view
        rect = view.viewport().rect()
        key = (view.verticalScrollBar().value(), rect.width(), rect.height())
        if key != self._window_key:
            self._seen = (position_at(view, rect.topLeft()), position_at(view, rect.bottomRight()))
            self._window_key = key
        return self._seen

    def _around_viewport(self) -> tuple[int, int]:
        top, bottom = self.viewport_positions()
        return max(0, top - SLACK_CHARS), bottom + SLACK_CHARS

    def _follow_viewport(self) -> None:
        if not self._groups:
            return
        view = self._view
        rect = view.viewport().rect()
        top, bottom = position_at(view, rect.topLeft()), position_at(view, rect.bottomRight())
        first, last = self._window
        if first > 0 and top < first or bottom > last:
            self.redraw()

    def _build(self, group: _Group) -> list[QTextEdit.ExtraSelection]:
        document = self._view.document()
        end = document.characterCount() - 1
        first, last = self._window
        base = solid(getattr(self.theme, group.colour, group.colour))
        current = solid(self.theme.current_match)
        selections: list[QTextEdit.ExtraSelection] = []
        lo = bisect_left(group.starts, first - group.longest)
        hi = bisect_right(group.starts, last)
        for i in range(lo, hi):
            position, length = group.ranges[i]
            if position + length < first or position + length > end:
                continue  # above the window, or not rendered (yet)
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(document)
            cursor.setPosition(position)
            cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            if group.underline:
                selection.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
                selection.format.setUnderlineColor(base.color())
            else:
                selection.format.setBackground(current if i == group.current else base)
            selections.append(selection)
        return selections

    def _apply(self) -> None:
        self._view.setExtraSelections([s for group in self._selections.values() for s in group])
