"""How much of the article the renderer's next chunk takes: a chunk's blocks are inserted, then
laid out when its edit block ends, and the two together should take about a target time.

The count of blocks adapts to how long the last chunk took; insertion also stops once it has
had its share of the target (the layout's share measured on the chunks before), so a run of
short blocks never makes the next chunk overrun on the long ones after it, and a chunk is at
most twice the last one.
"""

from __future__ import annotations

import time
from collections.abc import Callable

CHUNK_TARGET_S = 0.006  # per tick, insertion and its layout: two ticks and a paint stay < 50 ms
CHUNK_BLOCKS_FIRST, CHUNK_BLOCKS_MIN, CHUNK_BLOCKS_MAX = 48, 4, 4000
_TINY_S = 1e-4  # below the clock's resolution on a busy machine


class ChunkTiming:
    """A chunk's size and time: begin(), full() after each block, inserted(), laid_out()."""

    def __init__(self, clock: Callable[[], float] = time.perf_counter) -> None:
        self.clock = clock
        self.target_s = CHUNK_TARGET_S  # more while a jump waits for the text (far_jump.py)
        self.blocks = CHUNK_BLOCKS_FIRST  # the next chunk's, at most
        self._layout_share = 1.0  # seconds of layout per second of insertion, last measured
        self._started = self._inserted = 0.0

    def restart(self) -> None:
        """A new rendering: the first chunk's size again."""
        self.blocks = CHUNK_BLOCKS_FIRST

    def begin(self) -> None:
        self._started = self.clock()

    def full(self) -> bool:
        """Whether insertion has had its share of the target."""
        return self.clock() - self._started >= self.target_s / (1 + self._layout_share)

    def spent(self) -> bool:
        """Whether the chunk has had its target time (what was inserted is laid out)."""
        return self.clock() - self._started >= self.target_s

    def inserted(self) -> None:
        self._inserted = self.clock()

    def laid_out(self, count: int) -> None:
        """The chunk of count blocks is laid out: the next one sized by its time."""
        done = self.clock()
        elapsed = max(_TINY_S, done - self._started)
        self._layout_share = (done - self._inserted) / max(_TINY_S, self._inserted - self._started)
        scaled = min(round(count * self.target_s / elapsed), 2 * count)
        self.blocks = max(CHUNK_BLOCKS_MIN, min(CHUNK_BLOCKS_MAX, scaled))
