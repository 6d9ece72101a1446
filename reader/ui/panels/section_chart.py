"""A small bar chart of section lengths; clicking a bar asks to go to that section.

Each section is a labelled row (title, bar, length); past ROWS_MAX rows the chart keeps its
height and scrolls, so 900 sections read as well as 9. Short of room it gives up rows down to
ROWS_MIN, never fewer (one row in sight of 85 read as no chart at all).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QScrollBar, QSizePolicy, QToolTip, QWidget

from reader.ui.common.numbers import number

ROWS_MAX = 12  # rows in sight at once; more sections scroll
ROWS_MIN = 5  # rows in sight however short of room the panel is
ROW_HEIGHT = 22
LABEL_SHARE = 0.42  # of the width, for the section titles


@dataclass(frozen=True)
class Bar:
    section_id: str
    title: str
    characters: int


class SectionChart(QWidget):
    """Signals: section_activated(str) when a bar is clicked."""

    section_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[Bar] = []
        self._longest = 1
        self._current: str | None = None
        self._scroll = QScrollBar(Qt.Orientation.Vertical, self)
        self._scroll.setSingleStep(ROW_HEIGHT)
        self._scroll.hide()
        self._scroll.valueChanged.connect(lambda _value: self.update())
        self.setMouseTracking(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMaximumHeight(8)

    def set_bars(self, bars: list[Bar]) -> None:
        """Show these sections' lengths."""
        self._bars = bars
        self._longest = max((bar.characters for bar in bars), default=0) or 1
        self._scroll.setValue(0)
        self.setMaximumHeight(max(len(bars) * ROW_HEIGHT, 8))  # no room below the last row
        self._layout_scroll()
        self.updateGeometry()
        self.update()

    def set_current(self, section_id: str | None) -> None:
        """Emphasise the section being read, scrolled into sight."""
        if section_id != self._current:
            self._current = section_id
            ids = [bar.section_id for bar in self._bars]
            if section_id in ids:
                self._reveal(ids.index(section_id))
            self.update()

    def _reveal(self, index: int) -> None:
        top = index * ROW_HEIGHT
        offset = self._scroll.value()
        if top < offset or top + ROW_HEIGHT > offset + self.height():
            self._scroll.setValue(top - (self.height() - ROW_HEIGHT) // 2)

    def sizeHint(self) -> QSize:
        return QSize(200, max(min(len(self._bars), ROWS_MAX) * ROW_HEIGHT, 8))

    def minimumSizeHint(self) -> QSize:
        return QSize(120, max(min(len(self._bars), ROWS_MIN) * ROW_HEIGHT, 8))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._layout_scroll()

    def _layout_scroll(self) -> None:
        overflow = len(self._bars) * ROW_HEIGHT - self.height()
        self._scroll.setRange(0, max(0, overflow))
        self._scroll.setPageStep(max(ROW_HEIGHT, self.height()))
        self._scroll.setVisible(overflow > 0)
        width = self._scroll.sizeHint().width()
        self._scroll.setGeometry(self.width() - width, 0, width, self.height())

    def _content_width(self) -> int:
        return self.width() - (self._scroll.width() if self._scroll.isVisibleTo(self) else 0)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self._scroll.isVisibleTo(self):
            self._scroll.setValue(self._scroll.value() - event.angleDelta().y() // 120 * 3 * ROW_HEIGHT)
            event.accept()
        else:
            super().wheelEvent(event)

    def bar_rect(self, index: int) -> QRectF:
        """The clickable area of bar index, in widget coordinates (scrolled)."""
        top = index * ROW_HEIGHT - self._scroll.value()
        return QRectF(0, top, self._content_width(), ROW_HEIGHT)

    def bar_at(self, point: QPointF) -> int:
        """Index of the bar under point, or -1."""
        if not self._bars or point.x() >= self._content_width():
            return -1
        index = int((point.y() + self._scroll.value()) // ROW_HEIGHT)
        return index if 0 <= index < len(self._bars) else -1

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._bars:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        accent = palette.color(QPalette.ColorRole.Highlight)
        faint = QColor(accent)
        faint.setAlphaF(0.45)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        first = self._scroll.value() // ROW_HEIGHT
        last = min(len(self._bars), first + self.height() // ROW_HEIGHT + 2)
        for i in range(first, last):  # only the rows in sight: 900 sections paint as 12
            bar = self._bars[i]
            colour = accent if bar.section_id == self._current else faint
            self._paint_row(painter, i, colour)
        painter.end()

    def bar_length(self, index: int) -> float:
        """The length of bar index: the same scale for every row, room left for the widest
        number, so bars compare and every number shows."""
        width = self._content_width()
        room = width - int(width * LABEL_SHARE) - self._number_width() - 8
        return max(2.0, room * self._bars[index].characters / self._longest)

    def _number_width(self) -> int:
        fm = QFontMetrics(self.font())
        return fm.horizontalAdvance(number(self._longest)) + 6

    def _paint_row(self, painter: QPainter, i: int, colour: QColor) -> None:
        bar, rect = self._bars[i], self.bar_rect(i)
        text = painter.pen().color()
        fm = QFontMetrics(self.font())
        count = number(bar.characters)
        label_width = int(rect.width() * LABEL_SHARE)
        number_width = self._number_width()
        label = fm.elidedText(bar.title, Qt.TextElideMode.ElideRight, label_width - 6)
        painter.setPen(text)
        painter.drawText(
            QRectF(rect.x(), rect.y(), label_width, rect.height()),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            label,
        )
        bar_rect = QRectF(
            rect.x() + label_width, rect.y() + 5, self.bar_length(i), rect.height() - 10
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(bar_rect, 3, 3)
        painter.setPen(text)
        painter.drawText(
            QRectF(bar_rect.right() + 6, rect.y(), number_width, rect.height()),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            count,
        )

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self.bar_at(event.position())
        if index >= 0:
            bar = self._bars[index]
            QToolTip.showText(
                event.globalPosition().toPoint(),
                self.tr("{title}: {count} characters").format(
                    title=bar.title, count=number(bar.characters)
                ),
                self,
            )

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        index = self.bar_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and index >= 0:
            self.section_activated.emit(self._bars[index].section_id)


class ProgressLine(QWidget):
    """A thin reading-progress bar (QProgressBar repaints synchronously on every change)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fraction = 0.0
        self.setFixedHeight(6)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMaximumHeight(8)

    def set_fraction(self, fraction: float) -> None:
        if abs(fraction - self._fraction) > 1e-4:
            self._fraction = fraction
            self.update()

    def fraction(self) -> float:
        return self._fraction

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        rect = QRectF(self.rect())
        painter.setBrush(self.palette().color(QPalette.ColorRole.Mid))
        painter.drawRoundedRect(rect, 3, 3)
        painter.setBrush(self.palette().color(QPalette.ColorRole.Highlight))
        painter.drawRoundedRect(QRectF(0, 0, rect.width() * self._fraction, rect.height()), 3, 3)
        painter.end()
