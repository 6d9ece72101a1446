"""Work left for after the first paint, one job per event-loop turn.

Zero-interval timers that are due together all run in the same turn of the event loop, so
a chunk of rendering, a step of the panels and a batch of list rows would add up to one
long stall. Queued here instead, they take turns: each turn runs one job, then Qt paints
and handles input. A window has one queue; its article, panels and lists share it.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

Job = Callable[[], bool | None]  # returns True to run again on a later turn
FAVOURED_SHARE = 8  # a favoured job runs on 7 turns of 8, the others on what is left


class IdleQueue(QObject):
    """Runs queued jobs in order, one per event-loop turn."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: deque[Job] = deque()
        self.favoured: Job | None = None  # what the reader waits for (favour())
        self._turn = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._run_one)

    @classmethod
    def given(cls, queue: IdleQueue | None, owner: QObject) -> IdleQueue:
        """queue, else one of owner's own (a widget made outside a window, in tests)."""
        return queue if queue is not None else cls(owner)

    @property
    def pending(self) -> int:
        """How many jobs wait for their turn."""
        return len(self._jobs)

    def add(self, job: Job, *, first: bool = False) -> None:
        """Run job on a later turn: after those queued before it, or first: on the next."""
        if first:
            self._jobs.appendleft(job)
        else:
            self._jobs.append(job)
        self._timer.start()

    def task(self, run: Callable[[], object], *, repeat: bool = False) -> IdleTask:
        """A zero-interval timer whose timeouts take their turn in this queue."""
        return IdleTask(self, run, repeat=repeat)

    def _run_one(self) -> None:
        if not self._jobs:
            return
        job = self._take()
        try:
            if job():
                self._jobs.append(job)  # more to do: after the others have had their turn
        finally:  # a job that fails is dropped; the others still get their turns
            if self._jobs:
                self._timer.start()

    def _take(self) -> Job:
        """The next job in order; the favoured one on most turns while it is queued."""
        self._turn += 1
        favoured = self.favoured
        if favoured is not None and self._turn % FAVOURED_SHARE and favoured in self._jobs:
            self._jobs.remove(favoured)
            return favoured
        return self._jobs.popleft()


class IdleTask:
    """start() and stop() as a zero-interval QTimer's: run is called on the queue's turns,
    once after each start(), or on every turn until stop() when it repeats."""

    def __init__(self, queue: IdleQueue, run: Callable[[], object], *, repeat: bool) -> None:
        self._queue, self._run, self._repeat = queue, run, repeat
        self._due = False  # started and not stopped since
        self._queued = False  # _fire is in the queue

    @property
    def queue(self) -> IdleQueue:
        """The queue whose turns it takes."""
        return self._queue

    @property
    def active(self) -> bool:
        """Started and not stopped since (QTimer.isActive)."""
        return self._due

    def start(self, *, first: bool = False) -> None:
        """Run on a later turn; first: on the next one (or still where it is queued)."""
        self._due = True
        if not self._queued:
            self._queued = True
            self._queue.add(self._fire, first=first)

    def stop(self) -> None:
        self._due = False

    def favour(self, on: bool) -> None:
        """Take most of the queue's turns (the reader waits for it), or take turns again."""
        if on:
            self._queue.favoured = self._fire
        elif self._queue.favoured == self._fire:
            self._queue.favoured = None

    def _fire(self) -> bool:
        try:
            if self._due:
                self._due = self._repeat
                self._run()
        except BaseException:
            self._due = self._queued = False  # as a stopped timer: start() queues it again
            raise
        if self._due:  # repeating, or started again while it ran
            return True
        self._queued = False
        return False
