"""The gap between a list item's bullet or number and its text."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetricsF, QTextCharFormat

MARKER_GAP = 0.5  # between a list's marker and its text, of a character's width
NUMBER_SUFFIX = ".\u2002"  # 3. then an en space, half a character: the number's own width kept


def marker_format(font: QFont) -> QTextCharFormat:
    """The format of a list item's marker. Qt leaves a space of the marker's font between
    marker and text, a quarter em in a CJK font ("●英语"): widened to half a character."""
    metrics = QFontMetricsF(font)
    space, wide = metrics.horizontalAdvance(" "), metrics.horizontalAdvance("中")
    marker = QTextCharFormat()
    if space > 0:
        marker.setFontStretch(max(100, min(400, round(100 * wide * MARKER_GAP / space))))
    return marker
