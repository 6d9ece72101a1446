"""The Statistics dock: length, progress, section lengths and the key figures."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QLocale, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QLabel,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.document import FigureKind, Stats
from reader.ui.common.idle_queue import IdleQueue
from reader.ui.panels.section_chart import Bar, ProgressLine, SectionChart

FIGURE_INDEX_ROLE = Qt.ItemDataRole.UserRole
FIGURES_PER_TURN = 300  # tree rows made per event-loop turn (a few ms)


@dataclass(frozen=True)
class FigureEntry:
    """One key figure as the panel lists it."""

    index: int  # into document_figures(document)
    kind: FigureKind
    text: str  # the number with its unit, as written
    label: str


class StatsPanel(QWidget):
    """Signals: section_activated(str), figure_activated(int), figure_copy_requested(int)."""

    section_activated = Signal(str)
    figure_activated = Signal(int)
    figure_copy_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None, idle: IdleQueue | None = None) -> None:
        super().__init__(parent)
        self._values: dict[str, QLabel] = {}
        self._groups: dict[FigureKind, QTreeWidgetItem] = {}
        self._pending: list[FigureEntry] = []
        self._sentence_of: Callable[[int], str] | None = None
        self._fill_timer = IdleQueue.given(idle, self).task(self._fill_figures)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(4)
        for key, label in self._rows():
            value = QLabel("–", self)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._values[key] = value
            form.addRow(label, value)
        self._progress = ProgressLine(self)
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
        self.no_figures = self._no_figures_label()
        self._lay_out(form)
        self.chart.section_activated.connect(self.section_activated)
        self.figures.itemActivated.connect(self._emit_figure)
        self.figures.itemClicked.connect(self._emit_figure)
        self.figures.customContextMenuRequested.connect(self._show_menu)
        self._copy.triggered.connect(self._emit_copy)

    def _lay_out(self, form: QFormLayout) -> None:
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
        layout.addWidget(self.no_figures, 1)

    def _rows(self) -> list[tuple[str, str]]:
        return [
            ("characters", self.tr("Characters")),
            ("cjk", self.tr("Chinese characters")),
            ("words", self.tr("Latin words")),
            ("paragraphs", self.tr("Paragraphs")),
            ("sections", self.tr("Sections")),
            ("minutes", self.tr("Reading time")),
            ("notes", self.tr("Notes and highlights")),
            ("bookmarks", self.tr("Bookmarks")),
        ]

    def _no_figures_label(self) -> QLabel:
        """Shown instead of an empty table when the article quotes no figures."""
        label = QLabel(self.tr("No figures quoted in this article."), self)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        label.setWordWrap(True)
        label.hide()
        return label

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

    def set_annotation_counts(self, notes: int, bookmarks: int) -> None:
        """How many notes (highlights included) and bookmarks the document has."""
        locale = QLocale()
        self._values["notes"].setText(locale.toString(notes))
        self._values["bookmarks"].setText(locale.toString(bookmarks))

    def clear(self) -> None:
        """No document: dashes and empty lists."""
        for value in self._values.values():
            value.setText("–")
        self._progress.set_fraction(0.0)
        self._progress_label.setText("")
        self.set_sections([])
        self.set_figures([])
        self.no_figures.hide()  # no article, so nothing to say about its figures
        self.figures.show()

    def _minutes(self, minutes: float) -> str:
        if minutes < 1:
            return self.tr("under a minute")
        if minutes < 60:
            return self.tr("{0} min").format(round(minutes))
        hours, rest = divmod(round(minutes), 60)
        return self.tr("{0} h {1} min").format(hours, rest)

    def set_progress(self, fraction: float, minutes_left: float) -> None:
        """How far the reader is, and how long the rest takes."""
        fraction = min(1.0, max(0.0, fraction))
        self._progress.set_fraction(fraction)
        percent = int(fraction * 100)  # down: 100% only at the end, never "100% · 9 min left"
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

    def hold_figures(self) -> None:
        """Empty the figures list until set_figures(), without saying there are none."""
        self._fill_timer.stop()
        self._pending = []
        self._groups = {}
        self.figures.clear()

    def set_figures(
        self, entries: list[FigureEntry], sentence_of: Callable[[int], str] | None = None
    ) -> None:
        """List the key figures grouped by kind; rows fill in over the next event-loop turns.

        sentence_of(index) gives the tooltip of a figure (computed as rows are made).
        """
        self._fill_timer.stop()
        self._sentence_of = sentence_of
        self.figures.clear()
        self._groups = {}
        self._pending = list(entries)
        self.figures.setVisible(bool(entries))
        self.no_figures.setVisible(not entries)
        counts = Counter(entry.kind for entry in entries)
        names = self._kind_names()
        for kind in FigureKind:
            if counts[kind]:
                group = QTreeWidgetItem([names[kind], self._count_text(counts[kind])])
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                self.figures.addTopLevelItem(group)
                group.setExpanded(True)
                self._groups[kind] = group
        if self._pending:
            self._fill_timer.start()

    def _count_text(self, count: int) -> str:
        return self.tr("1 figure") if count == 1 else self.tr("{0} figures").format(count)

    def finish_figures(self) -> None:
        """Make every figure row now (tests, screenshots)."""
        while self._pending:
            self._fill_figures()

    def _fill_figures(self) -> None:
        chunk, self._pending = self._pending[:FIGURES_PER_TURN], self._pending[FIGURES_PER_TURN:]
        for entry in chunk:
            item = QTreeWidgetItem(self._groups[entry.kind], [entry.text, entry.label])
            item.setData(0, FIGURE_INDEX_ROLE, entry.index)
            if self._sentence_of is not None:
                sentence = self._sentence_of(entry.index)
                item.setToolTip(0, sentence)
                item.setToolTip(1, sentence)
        if self._pending:
            self._fill_timer.start()
        else:
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
