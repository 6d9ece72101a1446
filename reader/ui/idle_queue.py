"""Work left for after the first paint, one job per event-loop turn.

Zero-interval timers that are due together all run in the same turn of the event loop;
queued here, jobs take turns, so no turn grows long (the article's rendering has a timer of
its own and runs beside them).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

Job = Callable[[], bool | None]  # returns True to run again on a later turn


class IdleQueue(QObject):
    """Runs queued jobs in order, one per event-loop turn."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: deque[Job] = deque()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._run_one)

    def __len__(self) -> int:
        return len(self._jobs)

    def add(self, job: Job) -> None:
        """Run job on a later turn (after those queued before it)."""
        self._jobs.append(job)
        self._timer.start()

    def _run_one(self) -> None:
        if not self._jobs:
            return
        job = self._jobs.popleft()
        if job():
            self._jobs.append(job)  # more to do: after the others have had their turn
        if self._jobs:
            self._timer.start()
