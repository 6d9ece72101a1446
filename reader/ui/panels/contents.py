"""The Contents dock: a tree of sections with their sub-headings."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QStandardItem,
    QStandardItemModel,
    QTextLayout,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from reader.document import Section, rx
from reader.ui.panels.contents_build import SECTION_ID_ROLE, SUBTITLE_ROLE, TreeBuild

__all__ = ["SECTION_ID_ROLE", "SUBTITLE_ROLE", "TocDelegate", "TocPanel", "line_height"]

_SIZE_ROLE = Qt.ItemDataRole.SizeHintRole
_PAD = 6


def line_height(font: QFont, text: str, key: str | None = None) -> int:
    """Height of text on one line: a CJK fallback font is taller than the UI font. Kept by
    font and the kinds of characters in the text (the fonts its glyphs come from): the tree
    asks for the height of every row above the one it scrolls to, thousands in a big file
    (900 sections took 150–600 ms at the first jump to the end). key: font.key(), if known."""
    entry = (key or font.key(), _kinds(text))
    height = _HEIGHTS.get(entry)
    if height is None:
        height = _HEIGHTS[entry] = measured_line_height(font, text)
    return height


def _kinds(text: str) -> str:
    """The kinds of characters in text, each found in C: Latin "a", CJK "c", any other
    character stands for itself."""
    kinds = ("a" if _LATIN.search(text) else "") + ("c" if _CJK.search(text) else "")
    others = _OTHER.findall(text)
    return kinds + "".join(sorted(set(others))) if others else kinds or "a"


_HEIGHTS: dict[tuple[str, str], int] = {}
# Compiled once per installation (rx): `re` takes ≈9 ms a class this wide.
_LATIN = rx.compile("[\x00-\u024f]")
_CJK = rx.compile("[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]")
_OTHER = rx.compile("[^\x00-\u024f\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]")


def measured_line_height(font: QFont, text: str) -> int:
    """line_height, laid out."""
    layout = QTextLayout(text or "M", font)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(1e6)
    layout.endLayout()
    return max(QFontMetrics(font).height(), math.ceil(line.height()))


def _small(font: QFont) -> QFont:
    small = QFont(font)
    small.setPointSizeF(font.pointSizeF() * 0.9)
    return small


def row_size(font: QFont, title: str, subtitle: str | None, key: str | None = None) -> QSize:
    """A row's size: its title, and its paired sub-heading in the smaller font; key:
    font.key(), if known. Kept by the kinds of characters, as line_height."""
    entry = (key or font.key(), _kinds(title), _kinds(subtitle) if subtitle else None)
    size = _SIZES.get(entry)
    if size is None:
        height = line_height(font, title, entry[0]) + 2 * _PAD
        if subtitle:
            height += line_height(_small(font), subtitle) + 2
        size = _SIZES[entry] = QSize(120, height)
    return size


_SIZES: dict[tuple[str, str, str | None], QSize] = {}


class TocDelegate(QStyledItemDelegate):
    """Draws a section title with its paired sub-heading below it, smaller and muted. Its
    size hint is the row's own (Qt.SizeHintRole, set by TocPanel): answered in C++, as the
    tree asks for every row above the one it shows (a Python sizeHint took ≈35 ms for 900)."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title, subtitle = opt.text, index.data(SUBTITLE_ROLE)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Normal
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect = opt.rect.adjusted(_PAD, _PAD, -_PAD, -_PAD)
        line = line_height(opt.font, title)
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(opt.palette.color(group, text_role))
        elided = QFontMetrics(opt.font).elidedText(title, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect.x(), rect.y(), rect.width(), line, Qt.AlignmentFlag.AlignLeft, elided)
        if subtitle:
            small = _small(opt.font)
            painter.setFont(small)
            if not selected:
                painter.setPen(opt.palette.color(group, QPalette.ColorRole.PlaceholderText))
            fm = QFontMetrics(small)
            elided = fm.elidedText(subtitle, Qt.TextElideMode.ElideRight, rect.width())
            painter.drawText(
                rect.x(),
                rect.y() + line + 2,
                rect.width(),
                line_height(small, subtitle),
                Qt.AlignmentFlag.AlignLeft,
                elided,
            )
        painter.restore()


class TocPanel(QWidget):
    """Signals: section_activated(str) when the user clicks or presses Enter on a section."""

    section_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = QStandardItemModel(self)
        self._items: dict[str, QStandardItem] = {}
        self._builds = 0  # set_sections and building() calls: the newest tree wins
        self._font, self._font_key = QFont(), ""  # the rows' sizes were measured in
        self._tree = QTreeView(self)
        self._tree.setModel(self._model)
        self._tree.setHeaderHidden(True)
        self._tree.setItemDelegate(TocDelegate(self._tree))
        self._tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._tree.setFrameShape(QTreeView.Shape.NoFrame)
        self._tree.setIndentation(14)
        self._tree.setAccessibleName(self.tr("Contents"))
        self._empty = QLabel(self._no_headings_text(), self)
        self._empty.setWordWrap(True)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._empty.setContentsMargins(12, 12, 12, 12)
        self._empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._empty.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._tree)
        layout.addWidget(self._empty)
        self._tree.clicked.connect(self._emit_activated)
        self._tree.activated.connect(self._emit_activated)

    @property
    def tree(self) -> QTreeView:
        return self._tree

    @property
    def model(self) -> QStandardItemModel:
        return self._model

    def set_sections(self, roots: tuple[Section, ...], corrected: set[str] | None = None) -> None:
        """Show a new section tree (all expanded); the sections in corrected (ids) marked as
        the reader's corrections.

        Built in a model of its own, then shown at once: filled row by row under the view,
        or cleared there, 900 sections take ≈25–80 ms of the view answering every change.
        """
        build = self.building(roots, corrected)
        while build():
            pass

    def building(
        self, roots: tuple[Section, ...], corrected: set[str] | None = None
    ) -> Callable[[], bool]:
        """set_sections as a job of steps, each making about ROWS_PER_STEP rows; the tree is
        shown on the last (True while some are left). A newer build or set_sections wins."""
        self._builds += 1
        font, number = self._tree.font(), self._builds
        key = font.key()
        build = TreeBuild(roots, corrected or set(), self._corrected_tip(),
                          lambda title, subtitle: row_size(font, title, subtitle, key))  # fmt: skip

        def step() -> bool:
            if number != self._builds:
                return False  # a newer tree came meanwhile
            build.step()
            if not build.done:
                return True
            self._font, self._font_key = font, key
            self._show(build)
            return False

        return step

    def _show(self, build: TreeBuild) -> None:
        """The rows built, in a model of their own, shown at once."""
        model = QStandardItemModel(self)
        self._items = build.items
        model.invisibleRootItem().appendRows(build.top)
        self._size_rows(build.sizes)
        old, self._model = self._model, model
        self._tree.setModel(model)
        old.deleteLater()
        self._tree.setRootIsDecorated(any(section.children for section in build.roots))
        self._tree.expandAll()
        self._tree.setVisible(bool(build.roots))
        self._empty.setVisible(not build.roots)

    def changeEvent(self, event: QEvent) -> None:
        """Another font (the application's): the rows measured again."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self._tree.font().key() != self._font_key:
            self._font = self._tree.font()
            self._font_key = key = self._font.key()
            self._size_rows([row_size(self._font, item.text(), item.data(SUBTITLE_ROLE), key)
                             for item in self._items.values()])  # fmt: skip

    def _size_rows(self, sizes: list[QSize]) -> None:
        """Each row's size (sizes: in order) in the model (Qt.SizeHintRole); when all are of
        one size, the tree told so, and only the first row's given (≈7 µs a row to set)."""
        items = list(self._items.values())
        uniform = len(set(size.height() for size in sizes)) <= 1
        self._tree.setUniformRowHeights(uniform)
        for item, size in zip(items[:1] if uniform else items, sizes, strict=False):
            item.setData(size, _SIZE_ROLE)

    def clear(self) -> None:
        """No document: nothing listed, nothing said."""
        self.set_sections(())
        self._empty.hide()
        self._tree.show()

    @property
    def empty_message(self) -> str | None:
        """What the panel says instead of a tree (no headings found), None with a tree."""
        return self._empty.text() if self._empty.isVisibleTo(self) else None

    def _no_headings_text(self) -> str:
        return self.tr(
            "No headings were found in this article.\n\nTo make a line a heading, right-click "
            "it in the article and choose Structure ▸ Make Heading."
        )

    def _corrected_tip(self) -> str:
        return "\n" + self.tr("(corrected by you)")

    def set_current(self, section_id: str | None) -> None:
        """Mark the section being read and scroll the tree to it."""
        if section_id == self.current_section_id():
            return
        item = self._items.get(section_id) if section_id else None
        selection = self._tree.selectionModel()
        if item is None:
            selection.clearSelection()
            return
        index = item.index()
        selection.setCurrentIndex(index, selection.SelectionFlag.ClearAndSelect)
        rect = self._tree.visualRect(index)
        if not self._tree.viewport().rect().contains(rect):
            # Centre it, so the sections that follow are in sight too.
            self._tree.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def current_section_id(self) -> str | None:
        """The highlighted section's id."""
        indexes = self._tree.selectionModel().selectedIndexes()
        return indexes[0].data(SECTION_ID_ROLE) if indexes else None

    def _emit_activated(self, index: QModelIndex) -> None:
        section_id = index.data(SECTION_ID_ROLE)
        if section_id:
            self.section_activated.emit(section_id)
