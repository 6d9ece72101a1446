"""Rows of the Notes panel: what each lists (entries) and how it is drawn (a delegate)."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QDateTime,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QKeyEvent,
    QPainter,
    QPalette,
    QResizeEvent,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

HTML_ROLE = Qt.ItemDataRole.UserRole + 10
STRIPE_ROLE = Qt.ItemDataRole.UserRole + 11  # a colour for the stripe on the left, or None
_VERSION_ROLE = Qt.ItemDataRole.UserRole + 12  # changed by LazyCard.remake: the list redraws it
MUTED_COLOUR = "#010203"  # in a card's HTML: replaced by the palette's muted colour when drawn
LAYOUT_BATCH = 25  # cards laid out per event-loop turn (≈0.25 ms each with Markdown)
LAID_OUT_CARDS = 64  # kept laid out: a card of 5 000 characters takes ≈6 ms to lay out
COMPACT_ABOVE = 1000  # more notes: compact cards of one height (the whole note in the editor)
COMPACT_LINES = 4  # a compact card: section · date, the quote, the body's first line
_PAD = 8
_STRIPE = 4


class CardDelegate(QStyledItemDelegate):
    """Draws each row's HTML_ROLE wrapped to the list's width, with a coloured stripe.

    The cards drawn last are kept laid out: sizing a card and each paint of it would lay its
    text out again (a long note's card, at every step of a scroll)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._laid_out: OrderedDict[tuple[str, str, str, float], QTextDocument] = OrderedDict()
        self.compact = False  # every card COMPACT_LINES high, cut there: sized without layout

    def _document(self, option: QStyleOptionViewItem, html: str, width: float) -> QTextDocument:
        muted = option.palette.color(QPalette.ColorRole.PlaceholderText).name()
        key = (html, option.font.key(), muted, max(60.0, width))
        document = self._laid_out.get(key)
        if document is not None:
            self._laid_out.move_to_end(key)
            return document
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(0)
        document.setHtml(html.replace(MUTED_COLOUR, muted))
        document.setTextWidth(key[3])
        self._laid_out[key] = document
        if len(self._laid_out) > LAID_OUT_CARDS:
            self._laid_out.popitem(last=False)
        return document

    def _text_width(self, option: QStyleOptionViewItem) -> float:
        view = option.widget
        width = view.viewport().width() if isinstance(view, QAbstractItemView) else 240
        return float(width - 2 * _PAD - _STRIPE - 4)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        if self.compact:  # no card laid out: 10 000 of them list at once
            return QSize(120, option.fontMetrics.lineSpacing() * COMPACT_LINES + 2 * _PAD)
        document = self._document(
            option, str(index.data(HTML_ROLE) or ""), self._text_width(option)
        )
        return QSize(120, round(document.size().height()) + 2 * _PAD)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        # A light selection, so the muted and coloured parts of the card stay readable.
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        opt.state &= ~QStyle.StateFlag.State_Selected
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = opt.rect
        painter.save()
        if selected:
            accent = QColor(opt.palette.color(QPalette.ColorRole.Highlight))
            painter.setPen(accent)
            accent.setAlpha(40)
            painter.setBrush(accent)
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
        stripe = index.data(STRIPE_ROLE)
        if stripe:
            colour = QColor(stripe)
            if colour.lightness() < 128:  # a dark theme's tint: brighter, to stand out
                colour = colour.lighter(170)
            painter.fillRect(rect.x() + 2, rect.y() + 4, _STRIPE, rect.height() - 8, colour)
        document = self._document(opt, str(index.data(HTML_ROLE) or ""), self._text_width(opt))
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette = QPalette(opt.palette)
        painter.translate(rect.x() + _PAD + _STRIPE, rect.y() + _PAD)
        context.clip = QRectF(0, 0, rect.width(), rect.height() - _PAD)  # not into the next
        painter.setClipRect(context.clip)
        document.documentLayout().draw(painter, context)
        painter.restore()


class DeleteKey(QObject):
    """Calls back when Delete is pressed in a list (keys a list doesn't use itself)."""

    def __init__(self, view: QAbstractItemView, callback: Callable[[], None]) -> None:
        super().__init__(view)
        self._callback = callback
        self.enabled = True
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self.enabled
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
        ):
            self._callback()
            return True
        return False


def set_compact(view: QListWidget, compact: bool) -> None:
    """Cards of one height (a long list: its first cards show without laying out the rest),
    or each as tall as its note."""
    delegate = view.itemDelegate()
    if isinstance(delegate, CardDelegate) and delegate.compact != compact:
        delegate.compact = compact
        view.setUniformItemSizes(compact)


def card_list(parent: QWidget) -> QListWidget:
    """A list of cards of varying height, scrolled by pixels."""
    view = QListWidget(parent)
    view.setItemDelegate(CardDelegate(view))
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setLayoutMode(QListView.LayoutMode.Batched)  # thousands of notes: lay out in steps
    view.setBatchSize(LAYOUT_BATCH)
    view.setResizeMode(QListView.ResizeMode.Fixed)
    RelayoutOnWidth(view)
    return view


class RelayoutOnWidth(QObject):
    """Lays a list's cards out again when its width changes, and only then.

    ResizeMode.Adjust does it on any resize: the note editor opening under the list made it
    lay 10 000 cards out again from the first, a batch per turn, and while it did the list
    could not scroll past what was laid out (a clicked card far down jumped out of view).
    """

    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self._view = view
        self._width = -1
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(event, QResizeEvent):
            width = event.size().width()
            if width != self._width:
                if self._width >= 0:
                    self._view.doItemsLayout()  # cards wrap to the new width
                self._width = width
        return False


def local_time(stamp: str) -> str:
    """An ISO 8601 UTC time as local time, to the minute."""
    when = QDateTime.fromString(stamp, Qt.DateFormat.ISODateWithMs).toLocalTime()
    return when.toString("yyyy-MM-dd HH:mm")


class LazyCard(QListWidgetItem):
    """A note's row: its card (Markdown rendered) is made when the list first draws it."""

    def __init__(self, make: Callable[[], str]) -> None:
        super().__init__()
        self._make = make
        self._html: str | None = None
        self._tip: Callable[[], str] | None = None

    def set_tooltip_maker(self, make: Callable[[], str]) -> None:
        """The tooltip made when asked for: local times of thousands of notes add up."""
        self._tip = make

    def remake(self, make: Callable[[], str]) -> None:
        """The note changed: make the card again when next drawn, and lay it out again."""
        self._make = make
        self._html = None
        super().setData(_VERSION_ROLE, int(super().data(_VERSION_ROLE) or 0) + 1)

    def data(self, role: int) -> Any:
        if role == HTML_ROLE:
            if self._html is None:
                self._html = self._make()
            return self._html
        if role == Qt.ItemDataRole.ToolTipRole and self._tip is not None:
            return self._tip()
        return super().data(role)
