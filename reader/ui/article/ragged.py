"""Justification with a limit: a paragraph whose lines would be spread into letter-spaced gaps
(a narrow column, a long Latin word pushed to the next line) is set ragged instead.

Qt stretches every gap of a justified line alike and has no limit of its own, so after each
layout the paragraphs are checked line by line: above MAX_GAP_EMS a paragraph goes left
aligned, and back to justified when the column is wide enough again.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QFontMetricsF, QTextBlock, QTextBlockFormat, QTextCursor, QTextDocument

MAX_GAP_EMS = 0.25  # the widest gap justification may add between two characters
# Qt also spreads the letters of a number or a Latin word on a Chinese line ("5 0 5 3 . 9 1"):
# a line holding one may be stretched only by what leaves it looking whole.
MAX_WORD_GAP_EMS = 0.05
_WORD = re.compile(r"[0-9A-Za-z][0-9A-Za-z.,%]")
_WAS_JUSTIFIED = QTextBlockFormat.Property.UserProperty + 41
_SETTLE_MS = 120


class RaggedLines(QObject):
    """Watches a QTextDocument's layout and un-justifies the paragraphs it would spread."""

    def __init__(self, qdoc: QTextDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._qdoc = qdoc
        self._seen: tuple[float, int, int] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_SETTLE_MS)
        self._timer.timeout.connect(self.check)
        layout = qdoc.documentLayout()
        layout.documentSizeChanged.connect(lambda _size: self._timer.start())

    def check(self) -> int:
        """Set ragged the paragraphs spread too far, justified those that fit again; returns how
        many paragraphs changed."""
        qdoc = self._qdoc
        state = (qdoc.textWidth(), qdoc.blockCount(), qdoc.revision())
        if state == self._seen:
            return 0
        limit = QFontMetricsF(qdoc.defaultFont()).horizontalAdvance("中") * MAX_GAP_EMS
        changed = 0
        block = qdoc.begin()
        while block.isValid():
            changed += _adjust(block, limit)
            block = block.next()
        self._seen = (qdoc.textWidth(), qdoc.blockCount(), qdoc.revision())
        return changed


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
