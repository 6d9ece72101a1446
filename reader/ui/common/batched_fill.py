"""Filling a long list a few milliseconds' worth of rows per event-loop turn."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from reader.ui.common.idle_queue import IdleQueue

STEP_MS = 8  # per turn: the window stays responsive while 10 000 notes are listed

_E = TypeVar("_E")


class BatchedFill(QObject, Generic[_E]):
    """Adds one row per entry to a list: the first rows at once, the rest in later turns.

    Readers of the list call finish() first, so they never see it half filled.
    """

    def __init__(
        self,
        view: QListWidget,
        make: Callable[[_E], QListWidgetItem],
        is_current: Callable[[_E], bool],
        idle: IdleQueue | None = None,
    ) -> None:
        super().__init__(view)
        self._view, self._make, self._is_current = view, make, is_current
        self._entries: Sequence[_E] = ()
        self._next = 0
        self._timer = IdleQueue.given(idle, self).task(lambda: self._add(STEP_MS / 1000))

    @property
    def pending(self) -> bool:
        return self._next < len(self._entries)

    def start(self, entries: Sequence[_E]) -> None:
        """Empty the list and list entries (those that fit in one step now)."""
        self._timer.stop()
        self._view.blockSignals(True)
        self._view.clear()
        self._view.blockSignals(False)
        self._entries, self._next = entries, 0
        self._add(STEP_MS / 1000)

    def cancel(self) -> None:
        """Add no more rows (the list shows something else now)."""
        self._timer.stop()
        self._entries, self._next = (), 0

    def finish(self) -> None:
        """Add every row still due, now."""
        self._timer.stop()
        self._add(float("inf"))

    def _add(self, budget_s: float) -> None:
        deadline = time.perf_counter() + budget_s
        view, entries = self._view, self._entries
        view.blockSignals(True)  # the current row is chosen here, not by the user
        try:
            while self._next < len(entries):
                entry = entries[self._next]
                item = self._make(entry)
                view.addItem(item)
                if self._is_current(entry):
                    view.setCurrentItem(item)
                self._next += 1
                if self._next % 64 == 0 and time.perf_counter() > deadline:
                    break
        finally:
            view.blockSignals(False)
        if self.pending:
            self._timer.start()
