"""A small bar chart of section lengths; clicking a bar asks to go to that section."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

ROWS_MAX = 12  # up to this many sections: labelled rows; more: a strip of columns
ROW_HEIGHT = 22
STRIP_HEIGHT = 72


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
        self._current: str | None = None
        self.setMouseTracking(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(self, bars: list[Bar]) -> None:
        """Show these sections' lengths."""
        self._bars = bars
        self.updateGeometry()
        self.update()

    def set_current(self, section_id: str | None) -> None:
        """Emphasise the section being read."""
        if section_id != self._current:
            self._current = section_id
            self.update()

    def _rows(self) -> bool:
        return len(self._bars) <= ROWS_MAX

    def sizeHint(self) -> QSize:
        height = len(self._bars) * ROW_HEIGHT if self._rows() else STRIP_HEIGHT
        return QSize(200, max(height, 8))

    def minimumSizeHint(self) -> QSize:
        return QSize(120, self.sizeHint().height())

    def bar_rect(self, index: int) -> QRectF:
        """The clickable area of bar index, in widget coordinates."""
        if self._rows():
            return QRectF(0, index * ROW_HEIGHT, self.width(), ROW_HEIGHT)
        width = self.width() / max(1, len(self._bars))
        return QRectF(index * width, 0, width, self.height())

    def bar_at(self, point: QPointF) -> int:
        """Index of the bar under point, or -1."""
        if not self._bars:
            return -1
        if self._rows():
            index = int(point.y() // ROW_HEIGHT)
        else:
            index = int(point.x() / (self.width() / len(self._bars)))
        return index if 0 <= index < len(self._bars) else -1

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._bars:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        longest = max(bar.characters for bar in self._bars) or 1
        palette = self.palette()
        accent = palette.color(QPalette.ColorRole.Highlight)
        faint = QColor(accent)
        faint.setAlphaF(0.45)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        for i, bar in enumerate(self._bars):
            colour = accent if bar.section_id == self._current else faint
            if self._rows():
                self._paint_row(painter, i, bar.characters / longest, colour)
        if not self._rows():
            self._paint_strip(painter, longest, accent, faint)
        painter.end()

    def _paint_strip(self, painter: QPainter, longest: int, accent: QColor, faint: QColor) -> None:
        """Many sections: one column per pixel (or wider), the longest section it covers."""
        count, width = len(self._bars), max(1, self.width())
        columns = min(count, width)
        step = width / columns
        height = self.height() - 2
        for column in range(columns):
            first = column * count // columns
            last = max(first + 1, (column + 1) * count // columns)
            covered = self._bars[first:last]
            tallest = max(bar.characters for bar in covered)
            current = any(bar.section_id == self._current for bar in covered)
            bar_height = max(2.0, height * tallest / longest)
            gap = 1.0 if step >= 3 else 0.0
            painter.fillRect(
                QRectF(column * step, self.height() - bar_height, step - gap, bar_height),
                accent if current else faint,
            )
        ids = [bar.section_id for bar in self._bars]
        if self._current in ids:  # a marker wide enough to see among hundreds of bars
            x = ids.index(self._current) * width / count
            painter.fillRect(QRectF(x - 1, 0, max(3.0, step), self.height()), accent)

    def _paint_row(self, painter: QPainter, i: int, share: float, colour: QColor) -> None:
        bar, rect = self._bars[i], self.bar_rect(i)
        text = painter.pen().color()
        fm = QFontMetrics(self.font())
        number = f"{bar.characters:,}"
        label_width = int(rect.width() * 0.42)
        number_width = fm.horizontalAdvance(number) + 6
        room = rect.width() - label_width - number_width - 8
        label = fm.elidedText(bar.title, Qt.TextElideMode.ElideRight, label_width - 6)
        painter.setPen(text)
        painter.drawText(
            QRectF(rect.x(), rect.y(), label_width, rect.height()),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            label,
        )
        bar_rect = QRectF(
            rect.x() + label_width, rect.y() + 5, max(2.0, room * share), rect.height() - 10
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(bar_rect, 3, 3)
        painter.setPen(text)
        painter.drawText(
            QRectF(bar_rect.right() + 6, rect.y(), number_width, rect.height()),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            number,
        )

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self.bar_at(event.position())
        if index >= 0:
            bar = self._bars[index]
            QToolTip.showText(
                event.globalPosition().toPoint(),
                self.tr("{title}: {count} characters").format(
                    title=bar.title, count=f"{bar.characters:,}"
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
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

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
