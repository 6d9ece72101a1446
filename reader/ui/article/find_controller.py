"""Find in the article: all matches highlighted, one of them current; a query in 简体 finds
the text in 繁體 and the other way round (reader.document.hanzi.script_search)."""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QWidget

from reader.document.hanzi.script import has_traditional
from reader.ui.article.block_text import BREAK_MARK
from reader.ui.article.view import ArticleView

if TYPE_CHECKING:
    from reader.ui.article.find_bar import FindBar

HIGHLIGHT_MAX = 500  # drawn at most at once (a screenful has far fewer)
SLACK_CHARS = 3000  # matches this far above and below the viewport are drawn too


class FindController(QObject):
    """Signals: result_changed(int current, int total)."""

    result_changed = Signal(int, int)

    def __init__(self, view: ArticleView, host: QWidget, parent: QObject | None = None) -> None:
        """host: the widget under the article whose layout takes the find bar, made the first
        time it is opened (≈3 ms: not before the first paint)."""
        super().__init__(parent)
        self._view, self._host = view, host
        self._made: FindBar | None = None
        self._query = ""
        self._matches: list[int] = []
        self._lengths: list[int] = []  # of each match: 内存 may be found as 記憶體
        self._current = -1
        # The text rendered, whether it is in 繁體, and whether some of its characters fold
        self._written = ("", False, False)
        view.top_offset_changed.connect(lambda _offset: self.viewport_moved())
        view.render_finished.connect(self.refresh)

    @property
    def bar(self) -> FindBar:
        """The find bar, made now if it wasn't yet."""
        if self._made is None:
            from reader.ui.article.find_bar import FindBar

            bar = self._made = FindBar(self._host)
            layout = self._host.layout()
            assert layout is not None
            layout.addWidget(bar)
            bar.query_changed.connect(self.search)
            bar.next_requested.connect(lambda: self.step(1))
            bar.previous_requested.connect(lambda: self.step(-1))
            bar.closed.connect(self.dismiss)
            self.result_changed.connect(bar.set_result)
        return self._made

    @property
    def matches(self) -> list[int]:
        """Document positions of every match."""
        return list(self._matches)

    def open(self) -> None:
        """Show the find bar, seeded with the selected text when there is a short one."""
        selected = self._view.textCursor().selectedText()
        bar = self.bar
        bar.open_bar(selected if 0 < len(selected) < 80 else "")
        if bar.edit.text():
            self.search(bar.edit.text())

    def step_or_open(self, step: int) -> None:
        """F3 / Shift+F3: the next or previous match; opens the bar when it is hidden."""
        if self._made is not None and self._made.isVisible():
            self.step(step)
        else:
            self.open()

    def close(self) -> None:
        """Hide the bar and the highlights."""
        if self._made is not None:
            self._made.close_bar()
        self.clear()

    def dismiss(self) -> None:
        """Close, and give the keyboard back to the article (Escape, the bar's ✕)."""
        self.close()
        self._view.setFocus()

    def search(self, query: str, *, scroll: bool = True) -> None:
        """Find every match of query; the first one at or after the reading place is current."""
        from reader.document.hanzi.script_search import (  # first use
            find_folded,
            folds,
            search_forms,
        )

        was = self._matches[self._current] if self._current >= 0 else -1
        self._query = query
        raw = self._view.raw_text()
        if raw is not self._written[0]:
            self._written = (raw, has_traditional(raw), folds(raw))
        forms = search_forms(query, self._view.script, self._written[1])
        found = find_folded(raw, forms, BREAK_MARK, folding=self._written[2])
        self._matches, self._lengths = [m[0] for m in found], [m[1] for m in found]
        if not self._matches:
            self._current = -1
        else:
            # Typing more keeps the match being shown when it still matches; else the first
            # match on the page being read (not where the text cursor was left).
            start = was if was >= 0 else self._first_visible_position()
            self._current = bisect_left(self._matches, start) % len(self._matches)
        self._show(scroll=scroll and bool(self._matches))

    def _first_visible_position(self) -> int:
        """The document position at the start of the first line wholly in the viewport."""
        view = self._view
        cursor = view.cursorForPosition(QPoint(0, 0))
        if view.cursorRect(cursor).top() < 0:  # that line is cut off by the top edge
            cursor.movePosition(QTextCursor.MoveOperation.Down)
            cursor.movePosition(QTextCursor.MoveOperation.StartOfLine)
        return cursor.position()

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
        self._query, self._matches, self._lengths, self._current = "", [], [], -1
        self._view.highlights.set_group("find", [])

    def viewport_moved(self) -> None:
        """Redraw the highlights for what is now on screen (only those are drawn)."""
        if self._matches:
            self._highlight()

    def _show(self, scroll: bool) -> None:
        if scroll and self._current >= 0:
            self._view.scroll_to_position(self._matches[self._current], centre=True, if_needed=True)
        self._highlight()
        self.result_changed.emit(self._current, len(self._matches))

    def _highlight(self) -> None:
        # Thousands of ExtraSelections are slow to build and to paint: draw the matches in
        # and around the viewport; viewport_moved() follows the scrolling.
        view = self._view
        top, bottom = view.highlights.viewport_positions()
        top, bottom = top - SLACK_CHARS, bottom + SLACK_CHARS
        first = bisect_left(self._matches, top)
        last = min(bisect_left(self._matches, bottom), first + HIGHLIGHT_MAX)
        shown = list(zip(self._matches[first:last], self._lengths[first:last], strict=True))
        view.highlights.set_group("find", shown, "match", self._current - first)
