"""Reading time, counted honestly: only while the window is active with the article on
screen, and for at most a minute after the article last moved (a scroll, a key, a click) or
the window was brought back. A window left open over lunch counts a minute, not an hour.

Pure Python with an injected clock, so tests drive it with a fake one; the window feeds it
events (reader.ui.window.reading_time) and stores what take() gives.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date, datetime, timedelta

IDLE_S = 60.0  # time counts for this long after the last sign of reading
SITTING_GAP_S = 600.0  # reading again after 10 minutes away is another sitting


def local_day(moment: float) -> str:
    return date.fromtimestamp(moment).isoformat()


def next_midnight(moment: float) -> float:
    day = date.fromtimestamp(moment) + timedelta(days=1)
    return datetime(day.year, day.month, day.day).timestamp()


class ReadingClock:
    """Counts reading time of the open document; take() hands over what it counted.

    Every event first counts the time since the previous one under the state that held then.
    """

    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self._clock = clock
        self._doc_id: int | None = None
        self._active = False  # the window is active and the article is on screen
        self._mark = clock()  # counted up to here
        self._last_sign = float("-inf")  # the last sign of reading
        self._last_counted = float("-inf")  # where the last counted stretch ended
        self._pending: dict[tuple[int, str], list[float]] = {}  # (doc, day) → [seconds, sittings]
        self._ends: dict[int, float] = {}  # where each document's last counted stretch ended

    @property
    def doc_id(self) -> int | None:
        return self._doc_id

    def open(self, doc_id: int | None, last_read: float | None = None) -> None:
        """Another document (or none) is on screen. last_read: when it was last read before
        (from the store: an earlier run); reading it again within SITTING_GAP_S of that, or of
        when this clock last counted it, goes on with the same sitting."""
        self._advance()
        if doc_id != self._doc_id:
            earlier = self._ends.get(doc_id, float("-inf")) if doc_id is not None else float("-inf")
            self._last_counted = max(earlier, float("-inf") if last_read is None else last_read)
        self._doc_id = doc_id
        self._last_sign = self._mark

    def set_active(self, active: bool) -> None:
        """The window became active with the article shown (True), or not (False)."""
        self._advance()
        if active and not self._active:
            self._last_sign = self._mark
        self._active = active

    def moved(self) -> None:
        """The article moved or the reader touched it."""
        self._advance()
        self._last_sign = self._mark

    def last_end(self, doc_id: int) -> float | None:
        """When the document's last counted stretch ended, None when this clock counted none."""
        return self._ends.get(doc_id)

    def take(self) -> list[tuple[int, str, float, int]]:
        """(doc_id, day, seconds, new sittings) counted since the last take, up to now."""
        self._advance()
        taken = [(doc, day, s, int(n)) for (doc, day), (s, n) in self._pending.items()]
        self._pending.clear()
        return taken

    def _advance(self) -> None:
        now = self._clock()
        start, end = self._mark, min(now, self._last_sign + IDLE_S)
        self._mark = now  # a clock set back counts nothing for the step back
        if self._doc_id is None or not self._active or end <= start:
            return
        new_sitting = start - self._last_counted > SITTING_GAP_S
        self._last_counted = self._ends[self._doc_id] = end
        while start < end:  # a stretch over midnight counts on both days
            cut = min(end, next_midnight(start))
            entry = self._pending.setdefault((self._doc_id, local_day(start)), [0.0, 0])
            entry[0] += cut - start
            if new_sitting:
                entry[1] += 1
                new_sitting = False
            start = cut
