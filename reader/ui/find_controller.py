"""Find in the article: all matches highlighted, one of them current."""

from __future__ import annotations

from bisect import bisect_left

from PySide6.QtCore import QObject, Signal

from reader.ui.article_view import ArticleView
from reader.ui.find_bar import FindBar
from reader.ui.finder import find_all

HIGHLIGHT_MAX = 2000  # beyond this, only the matches around the current one are drawn


class FindController(QObject):
    """Signals: result_changed(int current, int total)."""

    result_changed = Signal(int, int)

    def __init__(self, view: ArticleView, bar: FindBar, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._view = view
        self._bar = bar
        self._query = ""
        self._matches: list[int] = []
        self._current = -1

    @property
    def matches(self) -> list[int]:
        """Document positions of every match."""
        return list(self._matches)

    def open(self) -> None:
        """Show the find bar, seeded with the selected text when there is a short one."""
        selected = self._view.textCursor().selectedText()
        self._bar.open_bar(selected if 0 < len(selected) < 80 else "")
        if self._bar.edit.text():
            self.search(self._bar.edit.text())

    def step_or_open(self, step: int) -> None:
        """F3 / Shift+F3: the next or previous match; opens the bar when it is hidden."""
        if self._bar.isVisible():
            self.step(step)
        else:
            self.open()

    def close(self) -> None:
        """Hide the bar and the highlights."""
        self._bar.close_bar()
        self.clear()

    def search(self, query: str, *, scroll: bool = True) -> None:
        """Find every match of query; the first one at or after the reading place is current."""
        self._query = query
        self._matches = find_all(self._view.raw_text(), query)
        if not self._matches:
            self._current = -1
        else:
            top = self._view.cursorForPosition(self._view.viewport().rect().topLeft()).position()
            self._current = bisect_left(self._matches, top) % len(self._matches)
        self._show(scroll=scroll and bool(self._matches))

    def step(self, delta: int) -> None:
        """Make the next (1) or previous (-1) match current, wrapping around."""
        if not self._matches:
            return
        self._current = (self._current + delta) % len(self._matches)
        self._show(scroll=True)

    def refresh(self) -> None:
        """Search again (the document changed under the matches)."""
        if self._query:
            current = self._current
            self.search(self._query, scroll=False)
            if 0 <= current < len(self._matches):
                self._current = current
                self._show(scroll=False)

    def clear(self) -> None:
        """Forget the query and remove the highlights."""
        self._query, self._matches, self._current = "", [], -1
        self._view.highlights.set_group("find", [])

    def _show(self, scroll: bool) -> None:
        length = len(self._query)
        first = 0
        shown = self._matches
        if len(shown) > HIGHLIGHT_MAX:
            first = max(0, self._current - HIGHLIGHT_MAX // 2)
            shown = shown[first : first + HIGHLIGHT_MAX]
        self._view.highlights.set_group(
            "find", [(p, length) for p in shown], "match", self._current - first
        )
        if scroll and self._current >= 0:
            self._view.scroll_to_position(self._matches[self._current], centre=True, if_needed=True)
        self.result_changed.emit(self._current, len(self._matches))
