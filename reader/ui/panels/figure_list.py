"""The key figures' tree in the Statistics dock: grouped by kind, one row per distinct figure and
subject (its mentions below it), the subject in bold over the clause it comes from."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from reader.document import FigureKind

FIGURE_INDEX_ROLE = Qt.ItemDataRole.UserRole
SUBJECT_ROLE = Qt.ItemDataRole.UserRole + 1  # the subject to show in bold ("" for none)
CONTEXT_ROLE = Qt.ItemDataRole.UserRole + 2  # the clause under it
TEXT_ROLE = Qt.ItemDataRole.UserRole + 3  # the figure as written, kept in sight in the clause
FIGURE_SHARE = 0.4  # the figure column's widest, of the tree's width…
USUAL_FIGURE = "5053.91亿元 ×2"  # …unless a figure this long would not fit
FIGURES_PER_TURN = 150  # tree rows made per event-loop turn (a few ms: a row with its tooltip ≈ 20 µs)
FILL_S = 0.005  # …and at most about this long (a tooltip's sentence in another script: ≈ 0.1 ms)
_MENTIONS_AT_ONCE = 10  # mention rows made between two looks at the clock


@dataclass(frozen=True)
class FigureEntry:
    """One distinct key figure with its subject, as the panel lists it."""

    index: int  # its first mention, into document_figures(document)
    kind: FigureKind
    text: str  # the number with its unit, as written
    label: str | None  # the subject, None when the importer is not sure
    context: str = ""  # the clause of its first mention
    size: float = 0.0  # its value in units (亿 and 万 multiplied out), to sort by size
    mentions: tuple[tuple[int, str], ...] = ()  # (index, context) of each mention, if several


class FigureDelegate(QStyledItemDelegate):
    """Paints the second column as the subject in bold over its clause, muted; a figure wider
    than its column on two lines, never cut ("5053.…元 ×387" read as no number at all)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        two_lines = QSize(size.width(), option.fontMetrics.lineSpacing() * 2 + 6)
        if index.column() == 1 and index.data(SUBJECT_ROLE):
            return two_lines
        tree = self.parent()
        if index.column() == 0 and isinstance(tree, QTreeWidget):
            room = tree.columnWidth(0) - 2 * tree.indentation() - 8
            if option.fontMetrics.horizontalAdvance(str(index.data() or "")) > room:
                return two_lines
        return size

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        subject = index.data(SUBJECT_ROLE)
        if index.column() == 0 and index.data(FIGURE_INDEX_ROLE) is not None:
            self._paint_figure(painter, option, index)
            return
        if index.column() != 1 or not subject:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        context = str(index.data(CONTEXT_ROLE) or "")
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        muted = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        rect = QRect(option.rect.adjusted(4, 3, -4, -3))
        base = QFont(option.font)
        bold = QFont(base)
        bold.setBold(True)
        plain_metrics, bold_metrics = QFontMetrics(base), QFontMetrics(bold)
        line = plain_metrics.lineSpacing()
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.save()
        painter.setFont(bold)
        painter.setPen(option.palette.color(group))
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), line), align,
                         bold_metrics.elidedText(str(subject), Qt.TextElideMode.ElideRight,
                                                 rect.width()))
        painter.setFont(base)
        painter.setPen(option.palette.color(muted))
        shown = fit_context(context, str(index.data(TEXT_ROLE) or ""), plain_metrics, rect.width())
        painter.drawText(QRect(rect.left(), rect.top() + line, rect.width(), line), align, shown)
        painter.restore()


    def _paint_figure(
        self, painter: QPainter, option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:  # fmt: skip
        """The figure whole: on one line if it fits, else its count (×3) on a line of its own,
        else wrapped between characters."""
        self.initStyleOption(option, index)
        text, metrics = option.text, option.fontMetrics
        rect = option.rect.adjusted(4, 3, -4, -3)
        if metrics.horizontalAdvance(text) <= rect.width():
            super().paint(painter, option, index)
            return
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        text = figure_text(text, metrics, rect.width())
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        colour = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(option.palette.color(colour))
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(rect, int(flags) | int(Qt.TextFlag.TextWrapAnywhere), text)
        painter.restore()


def figure_text(shown: str, metrics: QFontMetrics, width: int) -> str:
    """A figure row's "5053.91亿元  ×387" for width pixels: as it is when it fits, else the
    count on a second line when the figure fits alone (else Qt wraps it between characters)."""
    if metrics.horizontalAdvance(shown) <= width:
        return shown
    figure, _gap, count = shown.partition("  ")
    return f"{figure}\n{count}" if count and metrics.horizontalAdvance(figure) <= width else shown


def fit_context(context: str, figure: str, metrics: QFontMetrics, width: int) -> str:
    """context in width pixels with the figure in sight: cut on the left (…), then the right."""
    if metrics.horizontalAdvance(context) <= width:
        return context
    at = max(0, context.find(figure))
    start = 0
    while start < at and metrics.horizontalAdvance("…" + context[start:]) > width:
        start += 1
    text = ("…" if start else "") + context[start:]
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)


class FigureTree(QTreeWidget):
    """The figures grouped by kind; rows are made in chunks (fill_chunk) so a long list never
    holds up the event loop."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(2)
        self.setRootIsDecorated(True)
        self.setIndentation(14)  # the dock is narrow: room for the subject, not the tree
        self.setUniformRowHeights(False)
        self.setWordWrap(False)
        self.header().setStretchLastSection(True)
        self.header().setMinimumSectionSize(24)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setItemDelegate(FigureDelegate(self))
        self._groups: dict[FigureKind, QTreeWidgetItem] = {}
        self._pending: list[FigureEntry] = []
        self._open: tuple[QTreeWidgetItem, FigureEntry, int] | None = None  # mentions made
        self._by_size = False
        self._taken: list[QTreeWidgetItem] = []  # groups taken out, deleted one per chunk
        self.clock: Callable[[], float] = time.perf_counter

    def start(self, entries: list[FigureEntry], names: dict[FigureKind, str],
              counts: dict[FigureKind, str]) -> None:
        """Empty the tree and make one group row per kind; fill_chunk() makes the figure rows."""
        self._take_all()
        self._pending, self._open = self._sorted(entries), None
        kinds = Counter(entry.kind for entry in entries)
        for kind in FigureKind:
            if kinds[kind]:
                group = QTreeWidgetItem([names[kind], counts[kind]])
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                self.addTopLevelItem(group)
                group.setExpanded(True)
                self._groups[kind] = group

    def set_by_size(self, by_size: bool) -> None:
        self._by_size = by_size

    def _sorted(self, entries: list[FigureEntry]) -> list[FigureEntry]:
        if not self._by_size:
            return list(entries)
        return sorted(entries, key=lambda entry: -entry.size)

    def order(self, entries: list[FigureEntry]) -> list[int]:
        """The indices of every mention of entries, in the order the tree shows them."""
        shown = self._sorted(entries)
        return [
            index
            for kind in FigureKind
            for entry in shown
            if entry.kind is kind
            for index in ([i for i, _c in entry.mentions] or [entry.index])
        ]

    @property
    def pending(self) -> bool:
        """Rows to make, or old ones to delete (fill_chunk does both)."""
        return bool(self._pending) or self._open is not None or bool(self._taken)

    def stop(self) -> None:
        self._pending, self._open = [], None
        self._take_all()

    def _take_all(self) -> None:
        """Empty the tree at once, its rows deleted a group per chunk later: a long article's
        thousands of mention rows took ≈15 ms to clear in one go."""
        self._groups = {}
        taken = [self.takeTopLevelItem(0) for _ in range(self.topLevelItemCount())]
        self._taken += [group for group in taken if group is not None]

    def fill_chunk(
        self, times: str, mention: str, sentence_of: Callable[[int], str] | None
    ) -> None:
        """Delete a group of old rows taken out, else make the next FIGURES_PER_TURN rows,
        for FILL_S at most, mentions included (a figure said 300 times takes turns too);
        times: "×{0}", mention: "mention {0}", sentence_of(index): a figure's sentence, for
        its tooltip."""
        if self._taken:
            import shiboken6

            shiboken6.delete(self._taken.pop())
            return
        budget, deadline = FIGURES_PER_TURN, self.clock() + FILL_S
        while budget > 0 and (self._open is not None or self._pending):
            if budget < FIGURES_PER_TURN and self.clock() >= deadline:
                break
            if self._open is None:
                entry = self._pending.pop(0)
                shown = entry.text + ("  " + times.format(len(entry.mentions))
                                      if entry.mentions else "")
                item = QTreeWidgetItem(self._groups[entry.kind],
                                       [shown, _line(entry.label, entry.context)])
                _describe(item, entry.index, entry, entry.context, sentence_of)
                self._open = (item, entry, 0)
                budget -= 1
            item, entry, made = self._open
            upto = min(len(entry.mentions), made + min(budget, _MENTIONS_AT_ONCE))
            for n in range(made, upto):
                index, context = entry.mentions[n]
                child = QTreeWidgetItem(item, [mention.format(n + 1), _line(entry.label, context)])
                _describe(child, index, entry, context, sentence_of)
            budget -= upto - made
            self._open = (item, entry, upto) if upto < len(entry.mentions) else None
        if not self.pending:
            self.fit_columns()

    def fit_columns(self) -> None:
        """The figure column as wide as its figures, up to FIGURE_SHARE of the width (longer
        ones on two lines, whole): the subject and its clause get the rest."""
        self.resizeColumnToContents(0)
        # Qt's measure of a row leaves a few pixels less than the delegate paints in: every
        # figure whole without its count ("1.2个百分点", not "1.2个百分 / 点"), each under its
        # group and the tree's decoration, with the delegate's margins.
        metrics, decoration = self.fontMetrics(), 2 * self.indentation() + 8
        figures = [metrics.horizontalAdvance(item.text(0).partition("  ")[0]) + decoration
                   for item in self.figure_items()]  # fmt: skip
        contents = max([self.columnWidth(0), *figures])
        # A usual figure whole ("5053.91亿元"), under its group and the tree's decoration.
        usual = 2 * self.indentation() + metrics.horizontalAdvance(USUAL_FIGURE)
        widest = max(usual, int(self.viewport().width() * FIGURE_SHARE))
        self.setColumnWidth(0, min(contents, widest))
        self.scheduleDelayedItemsLayout()  # the rows whose figure takes two lines now

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.topLevelItemCount() and not self.pending:
            self.fit_columns()

    def content_height(self, most: int) -> int:
        """The height that shows every row without scrolling, or most when that is more (or
        rows are still to be made)."""
        height = self.header().height() + 2 * self.frameWidth() + 2
        item = self.topLevelItem(0) if not self.pending else None
        while item is not None and height < most:
            row = self.visualItemRect(item).height()
            height += row if row > 0 else 2 * self.fontMetrics().lineSpacing()
            item = self.itemBelow(item)
        return most if self.pending else min(height, most)

    def figure_items(self) -> list[QTreeWidgetItem]:
        """Every figure row (not the mentions under one), in list order."""
        items: list[QTreeWidgetItem] = []
        for i in range(self.topLevelItemCount()):
            group = self.topLevelItem(i)
            if group is not None:
                items.extend(_children(group))
        return items


def _line(label: str | None, context: str) -> str:
    return f"{label} — {context}" if label else context


def _describe(
    item: QTreeWidgetItem, index: int, entry: FigureEntry, context: str,
    sentence_of: Callable[[int], str] | None,
) -> None:
    item.setData(0, FIGURE_INDEX_ROLE, index)
    item.setData(1, SUBJECT_ROLE, entry.label or "")
    item.setData(1, CONTEXT_ROLE, context)
    item.setData(1, TEXT_ROLE, entry.text)
    sentence = sentence_of(index) if sentence_of is not None else context
    item.setToolTip(0, f"{entry.text}\n{sentence}")  # the figure whole, if its column elides it
    item.setToolTip(1, sentence)


def _children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    children = (item.child(j) for j in range(item.childCount()))
    return [child for child in children if child is not None]


def lower_height(part: QWidget, tree: FigureTree, instead: QWidget) -> int:
    """The height that shows all of part, the tree laid out in it with its heading (or the
    label shown instead of an empty tree): what is around them as now, a tree's rows all."""
    shown = tree if tree.isVisibleTo(part) else instead
    parent = part.parentWidget()
    most = parent.height() if parent is not None else part.height()  # all there is
    if shown is tree and not tree.topLevelItemCount():
        return most  # figures not listed yet (being found): their room stays theirs
    wanted = tree.content_height(most) if shown is tree else instead.sizeHint().height()
    return part.height() - shown.height() + wanted
