"""The Statistics panel's upper part: the numbers and progress, which scroll on their own when
the part is short, over the section lengths.

The chart sits beside the numbers' scroll area, not inside it: inside, a chart that scrolls
its own rows showed one row of 85 in a short panel. Short of room, the chart gives up rows down
to its fewest (ROWS_MIN) before the numbers scroll.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from reader.ui.panels.fit_width import FitWidth
from reader.ui.panels.section_chart import SectionChart

SPACING = 6


class StatsTop(QWidget):
    """numbers (a widget with its layout) in a scroll area, then heading and chart."""

    def __init__(
        self, numbers: QWidget, heading: QLabel, chart: SectionChart, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._numbers, self._heading, self._chart = numbers, heading, chart
        self._area = QScrollArea(self)  # a narrow or short panel scrolls instead of crowding
        self._area.setWidget(numbers)
        self._area.setWidgetResizable(True)
        self._area.setFrameShape(QFrame.Shape.NoFrame)
        self._area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._area.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        FitWidth(self._area)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        layout.addWidget(self._area)
        layout.addSpacing(4)
        layout.addWidget(heading)
        layout.addWidget(chart, 1)
        numbers.installEventFilter(self)

    def _others(self) -> int:
        """The height of what is not the numbers nor the chart: the heading, the spacing."""
        return self._heading.sizeHint().height() + 3 * SPACING + 4

    def _numbers_height(self) -> int:
        """At the area's whole width: given this height, it shows no scroll bar (the width
        with one, narrower, wraps more and asked for more than the area then had)."""
        width = self._area.width()
        wanted = self._numbers.heightForWidth(width) if width > 0 else -1
        return wanted if wanted > 0 else self._numbers.sizeHint().height()

    def least(self) -> int:
        """The height that shows every number and the chart's fewest rows."""
        return self._numbers_height() + self._chart.minimumSizeHint().height() + self._others()

    def wanted(self) -> int:
        """The height that shows every number and the chart's usual rows."""
        return self._numbers_height() + self._chart.sizeHint().height() + self._others()

    def _share(self) -> None:
        """The numbers keep their height while the chart can give up rows (a box layout takes
        a shortage from every item alike)."""
        chart = self._chart.minimumSizeHint().height()
        room = self.height() - chart - self._others()
        self._area.setMinimumHeight(max(0, min(self._numbers_height(), room)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Resize):
            self._share()
        return False

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Resize):
            self._share()
        return super().event(event)
