"""The Statistics dock: length, progress, section lengths and the key figures."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSplitter,
    QStyle,
    QToolButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.document import FigureKind, Stats
from reader.ui.common.idle_queue import IdleQueue
from reader.ui.common.nowrap import phrases, plain
from reader.ui.common.numbers import number
from reader.ui.panels.elided_label import ElidedLabel
from reader.ui.panels.figure_list import FIGURE_INDEX_ROLE, FigureEntry, FigureTree, lower_height
from reader.ui.panels.fit_split import FitSplit
from reader.ui.panels.section_chart import Bar, ProgressLine, SectionChart
from reader.ui.panels.stats_top import StatsTop

__all__ = ["FIGURE_INDEX_ROLE", "FigureEntry", "StatsPanel"]


class StatsPanel(QWidget):
    """Signals: section_activated(str), figure_activated(int), figure_copy_requested(int),
    figures_copy_requested(list) (all, as a table), figures_export_requested(list): the
    figures' indices in the order shown."""

    section_activated = Signal(str)
    figure_activated = Signal(int)
    figure_copy_requested = Signal(int)
    figures_copy_requested = Signal(list)
    figures_export_requested = Signal(list)

    def __init__(self, parent: QWidget | None = None, idle: IdleQueue | None = None) -> None:
        super().__init__(parent)
        self._values: dict[str, QLabel] = {}
        self._entries: list[FigureEntry] = []
        self._split_moved = False
        self._sentence_of: Callable[[int], str] | None = None
        self._fill_timer = IdleQueue.given(idle, self).task(self._fill_figures)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(4)
        for key, label in self._rows():
            value = QLabel("–", self)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)  # "3 min in 5 sittings" wraps rather than widen the panel
            self._values[key] = value
            form.addRow(label, value)
        # Two lines always: a time read that wraps (its sittings below) grows no row under
        # the pointer when it comes, and is not cut to its first line by a stale layout.
        self._values["spent"].setMinimumHeight(2 * self.fontMetrics().lineSpacing())
        self._progress = ProgressLine(self)
        self._progress_label = QLabel(self)
        self._progress_label.setWordWrap(True)
        self.chart = SectionChart(self)
        self.figures = FigureTree(self)
        self.figures.setHeaderLabels([self.tr("Figure"), self.tr("Subject and context")])
        self._copy = QAction(self.tr("Copy with its sentence"), self.figures)
        self._copy.setShortcut(QKeySequence.StandardKey.Copy)
        self._copy.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.figures.addAction(self._copy)
        self.copy_all = QAction(self.tr("Copy All as Table"), self)
        self.export = QAction(self.tr("Export Figures…"), self)
        self.by_size = QAction(self.tr("Largest First"), self)
        self.by_size.setCheckable(True)
        self.by_size.setToolTip(self.tr("Sort each group by size instead of by order in the text"))
        self.no_figures = self._no_figures_label()
        self._lay_out(form)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.chart.section_activated.connect(self.section_activated)
        self.figures.itemActivated.connect(self._emit_figure)
        self.figures.itemClicked.connect(self._emit_figure)
        self.figures.customContextMenuRequested.connect(self._show_menu)
        self._copy.triggered.connect(self._emit_copy)
        self.copy_all.triggered.connect(
            lambda: self.figures_copy_requested.emit(self.figures.order(self._entries))
        )
        self.export.triggered.connect(
            lambda: self.figures_export_requested.emit(self.figures.order(self._entries))
        )
        self.by_size.toggled.connect(self._sort_by_size)
        self.splitter.splitterMoved.connect(self._remember_split)

    def _remember_split(self) -> None:
        self._split_moved = True

    def restore_split(self, state: QByteArray) -> None:
        """The splitter as the reader left it (from QSplitter.saveState)."""
        if self.splitter.restoreState(state):
            self._split_moved = True

    def _figure_tools(self) -> QHBoxLayout:
        """The Key figures heading with the sort toggle and the export menu beside it."""
        row = QHBoxLayout()
        row.setSpacing(4)
        row.addWidget(self._heading(self.tr("Key figures"), ElidedLabel(self.tr("Key figures"), self)), 1)
        sort = QToolButton(self)
        sort.setDefaultAction(self.by_size)
        sort.setAutoRaise(True)
        export = QToolButton(self)
        export.setText(self.tr("Export"))
        export.setAutoRaise(True)
        export.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(export)
        menu.addAction(self.copy_all)
        menu.addAction(self.export)
        export.setMenu(menu)
        # The style draws the menu's arrow in the corner, over the text, and leaves it no room.
        arrow = export.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, export)
        export.setMinimumWidth(export.sizeHint().width() + arrow)
        row.addWidget(sort)
        row.addWidget(export)
        return row

    def _lay_out(self, form: QFormLayout) -> None:
        """The numbers, progress and section lengths over the key figures, a splitter between
        them so the figures can have the room."""
        numbers = QWidget(self)
        upper = QVBoxLayout(numbers)
        upper.setContentsMargins(0, 0, 0, 0)
        upper.setSpacing(6)
        upper.addLayout(form)
        upper.addSpacing(4)
        upper.addWidget(self._heading(self.tr("Progress")))
        upper.addWidget(self._progress)
        upper.addWidget(self._progress_label)
        top = StatsTop(numbers, self._heading(self.tr("Length of each section")), self.chart, self)
        bottom = QWidget(self)
        lower = QVBoxLayout(bottom)
        lower.setContentsMargins(0, 4, 0, 0)
        lower.setSpacing(4)
        lower.addLayout(self._figure_tools())
        lower.addWidget(self.figures, 1)
        lower.addWidget(self.no_figures, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(1, 1)
        self._fit = FitSplit(self.splitter, top, lambda: self._split_moved, top.wanted, top.least,
                             numbers, below=lambda: lower_height(bottom, self.figures, self.no_figures))  # fmt: skip
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.splitter)

    def _rows(self) -> list[tuple[str, str]]:
        return [
            ("characters", self.tr("Characters")),
            ("cjk", self.tr("Chinese characters")),
            ("words", self.tr("Latin words")),
            ("paragraphs", self.tr("Paragraphs")),
            ("sections", self.tr("Sections")),
            ("minutes", self.tr("Reading time")),
            ("spent", self.tr("Time read")),
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

    def _heading(self, text: str, label: QLabel | None = None) -> QLabel:
        label = label or QLabel(text, self)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    def value_text(self, key: str) -> str:
        """What a statistics row shows, as plain text (tests)."""
        return plain(self._values[key].text())

    def set_stats(self, stats: Stats) -> None:
        """Show a document's statistics."""
        self._values["characters"].setText(number(stats.characters))
        self._values["cjk"].setText(number(stats.cjk_characters))
        self._values["words"].setText(number(stats.latin_words))
        self._values["paragraphs"].setText(number(stats.paragraphs))
        self._values["sections"].setText(number(stats.sections))
        self._values["minutes"].setText(self._minutes(stats.reading_minutes))

    def set_annotation_counts(self, notes: int, bookmarks: int) -> None:
        """How many notes (highlights included) and bookmarks the document has."""
        self._values["notes"].setText(number(notes))
        self._values["bookmarks"].setText(number(bookmarks))

    def set_time_read(self, seconds: float, sittings: int) -> None:
        """How long the reader has spent on the document so far, in how many sittings."""
        minutes, label = self._minutes(seconds / 60), self._values["spent"]
        if seconds <= 0:
            label.setText("–")
            return
        many = self.tr("in one sitting") if sittings <= 1 else self.tr("in {0} sittings")
        # "3 min in 5 sittings": a wrap falls between the time and the sittings, never inside
        label.setText(phrases(self.tr("{0} {1}"), minutes, many.format(sittings)))

    def clear(self, *, time_read: bool = True) -> None:
        """No document: dashes and empty lists. time_read False: that row as it is, for the
        document shown again (its timer speaks only when the time changes, and a dash for half a
        minute, one line where there were two, moved what is below it)."""
        for key, value in self._values.items():
            if time_read or key != "spent":
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
        """Empty the figures list until set_figures(), without saying there are none (the old
        rows deleted on later turns)."""
        self._fill_timer.stop()
        self.figures.stop()
        if self.figures.pending:
            self._fill_timer.start()

    def set_figures(
        self, entries: list[FigureEntry], sentence_of: Callable[[int], str] | None = None
    ) -> None:
        """List the key figures grouped by kind; rows fill in over the next event-loop turns.

        sentence_of(index) gives the tooltip of a figure (computed as rows are made).
        """
        self._entries, self._sentence_of = list(entries), sentence_of
        self.figures.setVisible(bool(entries))
        self.no_figures.setVisible(not entries)
        self.copy_all.setEnabled(bool(entries))
        self.export.setEnabled(bool(entries))
        self._list_figures()

    def _list_figures(self) -> None:
        self._fill_timer.stop()
        counts = Counter(entry.kind for entry in self._entries)
        self.figures.start(self._entries, self._kind_names(),
                           {kind: self._count_text(n) for kind, n in counts.items()})
        if self.figures.pending:
            self._fill_timer.start()
        else:
            self._fit.refit()  # no figures: the label's room is all the lower part needs

    def _sort_by_size(self, by_size: bool) -> None:
        self.figures.set_by_size(by_size)
        self._list_figures()

    def _count_text(self, count: int) -> str:
        return self.tr("%Ln figure(s)", "", count)

    def finish_figures(self) -> None:
        """Make every figure row now (tests, screenshots)."""
        while self.figures.pending:
            self._fill_figures()

    def _fill_figures(self) -> None:
        # The mentions of a figure said more than once, under it: "mention 2".
        self.figures.fill_chunk(self.tr("×{0}"), self.tr("mention {0}"), self._sentence_of)
        if self.figures.pending:
            self._fill_timer.start()
        else:
            self._fit.refit()  # a few figures leave the section chart their room

    def _kind_names(self) -> dict[FigureKind, str]:
        return {
            FigureKind.MONEY: self.tr("Money"),
            FigureKind.PERCENT: self.tr("Percentages"),
            FigureKind.COUNT: self.tr("Counts"),
            FigureKind.DURATION: self.tr("Durations"),
            FigureKind.DATE: self.tr("Dates"),
            FigureKind.AREA: self.tr("Areas"),
            FigureKind.OTHER: self.tr("Other"),
        }

    def figure_items(self) -> list[QTreeWidgetItem]:
        """Every figure row, in list order (tests)."""
        return self.figures.figure_items()

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
        menu.addSeparator()
        menu.addAction(self.copy_all)
        menu.addAction(self.export)
        menu.exec(self.figures.viewport().mapToGlobal(point))
