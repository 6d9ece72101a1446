"""The Statistics dock: length, progress, section lengths and the key figures."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QLabel,
    QMenu,
    QProgressBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.document import FigureKind, Stats
from reader.ui.section_chart import Bar, SectionChart

FIGURE_INDEX_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class FigureEntry:
    """One key figure as the panel lists it."""

    index: int  # into Document.figures
    kind: FigureKind
    text: str  # the number with its unit, as written
    label: str
    sentence: str


class StatsPanel(QWidget):
    """Signals: section_activated(str), figure_activated(int), figure_copy_requested(int)."""

    section_activated = Signal(str)
    figure_activated = Signal(int)
    figure_copy_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._values: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(4)
        for key, label in self._rows():
            value = QLabel("–", self)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._values[key] = value
            form.addRow(label, value)
        self._progress = QProgressBar(self)
        self._progress.setRange(0, 1000)
        self._progress.setTextVisible(False)
        self._progress.setFixedHeight(6)
        self._progress_label = QLabel(self)
        self.chart = SectionChart(self)
        self.figures = QTreeWidget(self)
        self.figures.setColumnCount(2)
        self.figures.setHeaderLabels([self.tr("Figure"), self.tr("What it counts")])
        self.figures.setRootIsDecorated(True)
        self.figures.setUniformRowHeights(True)
        self.figures.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.figures.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._copy = QAction(self.tr("Copy with its sentence"), self.figures)
        self._copy.setShortcut(QKeySequence.StandardKey.Copy)
        self._copy.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.figures.addAction(self._copy)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(6)
        layout.addLayout(form)
        layout.addSpacing(4)
        layout.addWidget(self._heading(self.tr("Progress")))
        layout.addWidget(self._progress)
        layout.addWidget(self._progress_label)
        layout.addSpacing(4)
        layout.addWidget(self._heading(self.tr("Length of each section")))
        layout.addWidget(self.chart)
        layout.addSpacing(4)
        layout.addWidget(self._heading(self.tr("Key figures")))
        layout.addWidget(self.figures, 1)
        self.chart.section_activated.connect(self.section_activated)
        self.figures.itemActivated.connect(self._emit_figure)
        self.figures.itemClicked.connect(self._emit_figure)
        self.figures.customContextMenuRequested.connect(self._show_menu)
        self._copy.triggered.connect(self._emit_copy)

    def _rows(self) -> list[tuple[str, str]]:
        return [
            ("characters", self.tr("Characters")),
            ("cjk", self.tr("Chinese characters")),
            ("words", self.tr("Latin words")),
            ("paragraphs", self.tr("Paragraphs")),
            ("sections", self.tr("Sections")),
            ("minutes", self.tr("Reading time")),
        ]

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text, self)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    def value_text(self, key: str) -> str:
        """What a statistics row shows (tests)."""
        return self._values[key].text()

    def set_stats(self, stats: Stats) -> None:
        """Show a document's statistics."""
        locale = QLocale()
        self._values["characters"].setText(locale.toString(stats.characters))
        self._values["cjk"].setText(locale.toString(stats.cjk_characters))
        self._values["words"].setText(locale.toString(stats.latin_words))
        self._values["paragraphs"].setText(locale.toString(stats.paragraphs))
        self._values["sections"].setText(locale.toString(stats.sections))
        self._values["minutes"].setText(self._minutes(stats.reading_minutes))

    def _minutes(self, minutes: float) -> str:
        if minutes < 1:
            return self.tr("under a minute")
        return self.tr("{0} min").format(round(minutes))

    def set_progress(self, fraction: float, minutes_left: float) -> None:
        """How far the reader is, and how long the rest takes."""
        fraction = min(1.0, max(0.0, fraction))
        self._progress.setValue(round(fraction * 1000))
        percent = round(fraction * 100)
        if minutes_left < 0.5:
            left = self.tr("finished") if fraction >= 0.99 else self.tr("under a minute left")
        else:
            left = self.tr("{0} left").format(self._minutes(minutes_left))
        self._progress_label.setText(self.tr("{0}% read · {1}").format(percent, left))

    def progress_text(self) -> str:
        return self._progress_label.text()

    def set_sections(self, bars: list[Bar]) -> None:
        """Show the length of each section."""
        self.chart.set_bars(bars)

    def set_current_section(self, section_id: str | None) -> None:
        self.chart.set_current(section_id)

    def set_figures(self, entries: list[FigureEntry]) -> None:
        """List the key figures grouped by kind."""
        self.figures.clear()
        names = self._kind_names()
        groups: dict[FigureKind, QTreeWidgetItem] = {}
        for entry in entries:
            group = groups.get(entry.kind)
            if group is None:
                group = QTreeWidgetItem([names.get(entry.kind, entry.kind.value), ""])
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                groups[entry.kind] = group
            item = QTreeWidgetItem([entry.text, entry.label])
            item.setData(0, FIGURE_INDEX_ROLE, entry.index)
            item.setToolTip(0, entry.sentence)
            item.setToolTip(1, entry.sentence)
            group.addChild(item)
        order = list(FigureKind)
        for kind in sorted(groups, key=order.index):
            group = groups[kind]
            group.setText(1, self.tr("{0} figures").format(group.childCount()))
            self.figures.addTopLevelItem(group)
        self.figures.expandAll()
        self.figures.resizeColumnToContents(0)

    def _kind_names(self) -> dict[FigureKind, str]:
        return {
            FigureKind.MONEY: self.tr("Money"),
            FigureKind.PERCENT: self.tr("Percentages"),
            FigureKind.COUNT: self.tr("Counts"),
            FigureKind.DURATION: self.tr("Durations"),
            FigureKind.DATE: self.tr("Dates"),
            FigureKind.OTHER: self.tr("Other"),
        }

    def figure_items(self) -> list[QTreeWidgetItem]:
        """Every figure row, in list order (tests)."""
        items: list[QTreeWidgetItem] = []
        for i in range(self.figures.topLevelItemCount()):
            group = self.figures.topLevelItem(i)
            if group is not None:
                items.extend(_children(group))
        return items

    def _emit_figure(self, item: QTreeWidgetItem) -> None:
        index = item.data(0, FIGURE_INDEX_ROLE)
        if index is not None:
            self.figure_activated.emit(int(index))

    def _emit_copy(self) -> None:
        item = self.figures.currentItem()
        index = item.data(0, FIGURE_INDEX_ROLE) if item else None
        if index is not None:
            self.figure_copy_requested.emit(int(index))

    def _show_menu(self, point: QPoint) -> None:
        item = self.figures.itemAt(point)
        if item is None or item.data(0, FIGURE_INDEX_ROLE) is None:
            return
        self.figures.setCurrentItem(item)
        menu = QMenu(self)
        menu.addAction(self._copy)
        menu.exec(self.figures.viewport().mapToGlobal(point))


def _children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    children = (item.child(j) for j in range(item.childCount()))
    return [child for child in children if child is not None]
