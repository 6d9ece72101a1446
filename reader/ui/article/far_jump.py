"""A jump to a place the article has not rendered yet: done once its text is in, never by
rendering the rest in one go (Ctrl+End in a 15 MB file froze the window for 18–28 s that way).

While a jump waits, the renderer hurries: bigger chunks, each still a short turn of the event
loop, on most turns of the window's idle queue (the panels' jobs wait; they were two turns in
three, and Ctrl+End in the 15 MB file took two minutes). The window shows how far it has come. The jump itself comes on the turn after the chunk
that brought its text in: the last chunk, its layout and the view's work at the end of the
rendering (≈20–40 ms on a long article) and the jump (the scroll, the place marked in the panels,
the highlights around the new viewport: as much again) were one stall.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from reader.ui.article.chunk_timing import CHUNK_TARGET_S
from reader.ui.article.renderer import FIRST_SCREEN_CHARS, ArticleRenderer

HURRIED_CHUNK_S = 0.02  # a chunk's time while a jump waits: one turn and a paint stay < 50 ms


class FarJump(QObject):
    """The one jump waiting for its text: a newer jump or scroll replaces it.

    Signals: progress(int), the percentage rendered of what the waiting jump needs, -1 once
    it is done or given up.
    """

    progress = Signal(int)

    def __init__(self, renderer: ArticleRenderer, length: Callable[[], int]) -> None:
        """length: of the text shown (the end a jump to the end needs)."""
        super().__init__(renderer)
        self._renderer, self._length = renderer, length
        self._need: int | None = None  # the text offset to render past; None: the end
        self._action: Callable[[], None] | None = None
        self._arriving = False  # the text is in: the action is queued for the next turn

    @property
    def waiting(self) -> bool:
        return self._action is not None

    @property
    def arriving(self) -> bool:
        """Its text is in: the jump comes on the next turn."""
        return self._arriving

    def place(self, here: int) -> int:
        """Where a re-render keeps the reader: here, or the place of the jump still waiting for its
        text (a re-render's own: the view is at the top till it lands, and a quick burst of zoom
        steps lost the reading place to that top)."""
        if self._action is None:
            return here
        return self._length() if self._need is None else self._need

    def due(self, offset: int | None) -> bool:
        """Whether the text up to offset (None: the end), and a screen past it, is still to come."""
        renderer = self._renderer
        if renderer.done:
            return False
        return offset is None or offset + FIRST_SCREEN_CHARS > renderer.text_map.text_end

    def wait(self, offset: int | None, action: Callable[[], None]) -> None:
        """Run action once the text up to offset (None: all of it) is rendered."""
        self._need, self._action, self._arriving = offset, action, False
        self._hurry(True)
        self.step()

    def cancel(self) -> None:
        """Forget the jump waiting (a newer scroll, another document)."""
        if self._action is not None:
            self._stop()

    def step(self) -> None:
        """After a chunk is rendered: jump when the text is in, else say how far it has come."""
        if self._action is None or self._arriving:
            return
        if not self.due(self._need):
            self._arriving = True
            self._hurry(False)
            self._renderer.chunks.queue.add(self.arrive, first=True)
            return
        length = self._length()
        need = length if self._need is None else min(length, self._need + FIRST_SCREEN_CHARS)
        self.progress.emit(min(99, self._renderer.text_map.text_end * 100 // max(1, need)))

    def arrive(self) -> None:
        """The jump whose text is in, now (else on the next turn), unless given up meanwhile."""
        action = self._action
        if action is not None and self._arriving:
            self._stop()
            action()

    def _hurry(self, on: bool) -> None:
        """Bigger chunks on most of the queue's turns (on), or the usual ones."""
        self._renderer.timing.target_s = HURRIED_CHUNK_S if on else CHUNK_TARGET_S
        self._renderer.chunks.favour(on)

    def _stop(self) -> None:
        self._action, self._arriving = None, False
        self._hurry(False)
        self.progress.emit(-1)
