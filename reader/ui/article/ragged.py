"""Justification with a limit: a paragraph whose lines would be spread into letter-spaced gaps
(a narrow column, a long Latin word pushed to the next line) is set ragged instead.

Qt stretches every gap of a justified line alike and has no limit of its own, so once the
layout settles the paragraphs are checked line by line: above MAX_GAP_EMS a paragraph goes
left aligned, and back to justified when the column is wide enough again.

A long article has thousands of paragraphs (≈20 µs each), so the check goes a few ms at a
time on the window's idle queue, and only over what changed: the blocks appended since the
last check (a rendered chunk), from the first block an edit touched, or every block when the
column's width or the font changed.

A paragraph's new alignment has Qt lay out again every block after it (≈40 ms from the top of a
5 M-character article), so a step's changes are made in one edit (one pass, however many), and
the blocks a chunk appends are checked with it, while they are at the end (when every block
before them was checked; else on the turns after it).
"""

from __future__ import annotations

import re
import time

from PySide6.QtCore import QObject, Qt, QTimer, SignalInstance
from PySide6.QtGui import QFontMetricsF, QTextBlock, QTextBlockFormat, QTextCursor, QTextDocument

from reader.ui.common.idle_queue import IdleQueue

MAX_GAP_EMS = 0.25  # the widest gap justification may add between two characters
# Qt also spreads the letters of a number or a Latin word on a Chinese line ("5 0 5 3 . 9 1"):
# a line holding one may be stretched only by what leaves it looking whole.
MAX_WORD_GAP_EMS = 0.05
_WORD = re.compile(r"[0-9A-Za-z][0-9A-Za-z.,%]")
_WAS_JUSTIFIED = QTextBlockFormat.Property.UserProperty + 41
_SETTLE_MS = 120
STEP_S = 0.004  # checking on one idle-queue turn: at most about this long


class RaggedLines(QObject):
    """Watches a QTextDocument's layout and un-justifies the paragraphs it would spread."""

    def __init__(
        self,
        qdoc: QTextDocument,
        parent: QObject | None = None,
        idle: IdleQueue | None = None,
        appended: SignalInstance | None = None,
    ) -> None:
        """appended: emitted when blocks were appended (a rendered chunk): checked then."""
        super().__init__(parent)
        self._qdoc = qdoc
        self._measure: tuple[float, str] | None = None  # width and font of the blocks checked
        self._checked = 0  # blocks before this number are checked for that measure
        self._end = 0  # the document's blocks when a check last reached its end
        self._adjusting = False  # our own format changes are no edits to check again
        self._step = IdleQueue.given(idle, self).task(self._check_some)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_SETTLE_MS)
        self._timer.timeout.connect(self._step.start)
        qdoc.documentLayout().documentSizeChanged.connect(lambda _size: self._timer.start())
        qdoc.contentsChange.connect(self._edited)
        if appended is not None:
            appended.connect(self._appended)

    def restart(self) -> None:
        """The document was emptied and its first blocks are coming, in the font and width set
        now: nothing is left to check before them, so each chunk is checked as it is appended,
        at the end (left behind by the document before, the check crept up from the top on
        turns of its own, every change having Qt lay out all the blocks after it again:
        10–20 ms a turn on a long article after a theme or script switch)."""
        self._measure, self._checked, self._end = self._current(), 0, 0

    def check(self) -> int:
        """Check every block not checked yet now; returns how many paragraphs changed."""
        return self._check_until(float("inf"))[0]

    def _appended(self) -> None:
        """Blocks were appended: checked now if all before them were (they are at the end, so
        a change lays out only what follows it in the chunk), else from the next turn."""
        if self._measure == self._current() and self._checked >= self._end - 1:
            self._check_until(float("inf"))
        else:
            self._step.start(first=True)

    def _check_some(self) -> None:
        if self._check_until(time.perf_counter() + STEP_S)[1]:
            self._step.start()  # more on a later turn

    @property
    def settled(self) -> bool:
        """Whether every block is checked for the current width and font."""
        return self._measure == self._current() and self._checked >= self._qdoc.blockCount()

    def _current(self) -> tuple[float, str]:
        return self._qdoc.textWidth(), self._qdoc.defaultFont().key()

    def _edited(self, position: int, removed: int, added: int) -> None:
        """Text changed from position: the blocks from there are checked again."""
        if not self._adjusting:
            block = self._qdoc.findBlock(position)
            number = block.blockNumber() if block.isValid() else 0
            self._checked = min(self._checked, max(0, number))

    def _check_until(self, deadline: float) -> tuple[int, bool]:
        """Check blocks until the deadline (at least one): how many paragraphs changed, and
        whether the deadline stopped it before the last block."""
        qdoc = self._qdoc
        if self._measure != self._current():
            self._measure, self._checked = self._current(), 0
        limit = QFontMetricsF(qdoc.defaultFont()).horizontalAdvance("中") * MAX_GAP_EMS
        changed = 0
        block = qdoc.findBlockByNumber(self._checked)
        self._adjusting = True
        edit = QTextCursor(qdoc)
        edit.beginEditBlock()  # the changes laid out in one pass, at its end
        try:
            while block.isValid():
                if block.length() > 1 and not block.layout().lineCount():
                    return changed, False  # not laid out yet: its size changes when it is
                changed += _adjust(block, limit)
                block = block.next()
                self._checked += 1
                if block.isValid() and time.perf_counter() >= deadline:
                    return changed, True
        finally:
            edit.endEditBlock()
            self._adjusting = False
        self._end = qdoc.blockCount()
        return changed, False


def _adjust(block: QTextBlock, limit: float) -> int:
    fmt = block.blockFormat()
    justified = bool(fmt.alignment() & Qt.AlignmentFlag.AlignJustify)
    if not justified and not fmt.boolProperty(_WAS_JUSTIFIED):
        return 0
    spread = widest_gap(block) > limit
    if spread == (not justified):
        return 0
    fmt.setAlignment(Qt.AlignmentFlag.AlignLeft if spread else Qt.AlignmentFlag.AlignJustify)
    fmt.setProperty(_WAS_JUSTIFIED, spread)
    QTextCursor(block).setBlockFormat(fmt)
    return 1


def widest_gap(block: QTextBlock) -> float:
    """The widest space justifying would put between two characters of one of the block's
    lines (its last line and lines ended by a line break are never stretched), scaled up on a
    line with a number or a Latin word so that it is held to MAX_WORD_GAP_EMS."""
    layout = block.layout()
    text = block.text()
    widest = 0.0
    for i in range(layout.lineCount() - 1):
        line = layout.lineAt(i)
        end = line.textStart() + line.textLength()
        if text[end - 1 : end] == "\u2028":
            continue
        shown = text[line.textStart() : end].rstrip()
        gap = (line.width() - line.naturalTextWidth()) / max(1, len(shown) - 1)
        if _WORD.search(shown):  # counted as wider: its limit is MAX_WORD_GAP_EMS
            gap *= MAX_GAP_EMS / MAX_WORD_GAP_EMS
        widest = max(widest, gap)
    return widest
