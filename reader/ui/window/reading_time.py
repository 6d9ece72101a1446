"""The window's side of reading time: what it sees of the reader fed to a ReadingClock
(reader.store.sittings), and what that counted stored every half minute and at exit, once
started after the article's first paint."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

from reader.store import StoreError
from reader.store.sittings import ReadingClock

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from reader.store import Store
    from reader.ui.article.view import ArticleView

FLUSH_MS = 30_000
_ACTIVITY = frozenset({QEvent.Type.Wheel, QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress})
_WINDOW = frozenset({QEvent.Type.WindowActivate, QEvent.Type.WindowDeactivate,
                     QEvent.Type.WindowStateChange, QEvent.Type.Show, QEvent.Type.Hide})  # fmt: skip


class ReadingTimer(QObject):
    """Signals: time_changed(float seconds, int sittings) of the open document, when it opens
    and each time what was counted is stored."""

    time_changed = Signal(float, int)

    def __init__(
        self, window: QMainWindow, view: ArticleView, store: Store | None,
        doc_id: Callable[[], int | None], clock: Callable[[], float] = time.time,
    ) -> None:  # fmt: skip
        """doc_id: the open document's id in the store (None: none open)."""
        super().__init__(window)
        self._window, self._view, self._store, self._doc_id = window, view, store, doc_id
        self.clock = ReadingClock(clock)
        self.article_shown = True  # False while the library page covers it
        self.started = False
        view.top_offset_changed.connect(lambda _offset: self.clock.moved())

    def start(self) -> None:
        """Watch the window's events and store what was counted every half minute and at exit:
        from the article's first paint on, which waits for none of it (event filters in Python
        see every event, the paint's too)."""
        if self.started:
            return
        self.started = True
        flusher = QTimer(self)
        flusher.setInterval(FLUSH_MS)
        flusher.timeout.connect(self.flush)
        flusher.start()
        for watched in (self._window, self._view, self._view.viewport()):
            watched.installEventFilter(self)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.flush)
        self.sync()
        self.announce()

    def sync(self) -> None:
        """Another document, none, or the article hidden or shown again: counted from now."""
        doc_id = self._doc_id()
        if doc_id != self.clock.doc_id:
            self.flush()
            self.clock.open(doc_id, self._last_read(doc_id))
            if self.started:  # else no one listens yet: start() tells
                self.announce()
        self.clock.set_active(self._reading_possible())

    def announce(self) -> None:
        """Tell time_changed what the store has for the open document (before start() too: the
        Statistics panel may be built first)."""
        doc_id = self._doc_id()
        if self._store is None or doc_id is None:
            self.time_changed.emit(0.0, 0)
            return
        try:
            self.time_changed.emit(*self._store.time_read(doc_id))
        except StoreError:
            return

    def flush(self) -> None:
        """Store what was counted since the last time (nothing leaves the machine)."""
        taken = self.clock.take()
        store = self._store
        if not taken or store is None or store.read_only:
            return
        try:
            for doc_id, day, seconds, sittings in taken:
                store.add_reading_time(doc_id, day, seconds, sittings, self.clock.last_end(doc_id))
        except StoreError:
            return  # a full disk loses a few seconds of reading time, nothing else
        self.announce()

    def _last_read(self, doc_id: int | None) -> float | None:
        if self._store is None or doc_id is None:
            return None
        try:
            return self._store.last_read_at(doc_id)
        except StoreError:
            return None

    def _reading_possible(self) -> bool:
        window = self._window
        return (self.article_shown and window.isVisible() and window.isActiveWindow()
                and not window.isMinimized())  # fmt: skip

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _ACTIVITY and watched is not self._window:
            self.clock.moved()
        elif kind in _WINDOW and watched is self._window:
            self.clock.set_active(self._reading_possible())
        return False
