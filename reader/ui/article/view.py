"""The article: a read-only QTextBrowser that loads nothing from outside the document."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QMimeData, QPoint, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QPalette, QTextCursor
from PySide6.QtWidgets import QApplication, QFrame, QTextEdit, QWidget

from reader.document import Document
from reader.ui.article.block_text import joined_pieces, without_break_marks
from reader.ui.article.column import ColumnPlacement
from reader.ui.article.disclaimer_box import DISCLAIMER_HREF, DisclaimerBox, reveal, select_header
from reader.ui.article.empty_page import write_empty_page
from reader.ui.article.end_keeper import EndKeeper
from reader.ui.article.far_jump import FarJump
from reader.ui.article.highlights import Highlights
from reader.ui.article.hit_test import position_across
from reader.ui.article.margin_marks import MarginMarks
from reader.ui.article.own_viewport import OwnViewportBrowser
from reader.ui.article.reading_keys import go_to_end, reading_key
from reader.ui.article.removed_lines import looks_the_same, masked, removed_line_at, without_removed
from reader.ui.article.renderer import ArticleRenderer
from reader.ui.article.style import ArticleStyle
from reader.ui.article.text_map import TextMap
from reader.ui.common.idle_queue import IdleQueue
from reader.ui.common.themes import page_palette

if TYPE_CHECKING:  # PySide6 makes each event class when the first such event comes (≈1–3 ms)
    from PySide6.QtGui import QKeyEvent, QPaintEvent, QResizeEvent, QWheelEvent
    from PySide6.QtWidgets import QMenu

    from reader.document.hanzi.chinese_script import ScriptView

FLASH_MS = 1500
TOP_PROBE_Y = 6  # pixels below the top edge where "the block being read" is probed


class ArticleView(OwnViewportBrowser):
    """Renders one Document, scrolls to text offsets, highlights ranges.

    Signals: first_painted(), render_finished(), top_offset_changed(int), link_requested(QUrl),
    fragment_requested(str) for "#id" links, disclaimer_toggle_requested(), zoom_requested(int),
    keep_line_requested(str text, int offset): Keep this line in the article, on a removed line.
    """

    first_painted = Signal()
    render_finished = Signal()
    top_offset_changed = Signal(int)
    link_requested = Signal(QUrl)
    fragment_requested = Signal(str)
    disclaimer_toggle_requested = Signal()
    script_changed = Signal()  # shown in another script, or as written again
    zoom_requested = Signal(int)
    keep_line_requested = Signal(str, int)

    def __init__(self, parent: QWidget | None = None, idle: IdleQueue | None = None) -> None:
        """idle: the window's queue of work after the first paint (rendering takes turns)."""
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAutoFillBackground(True)
        # Only a code line or a table wider than the column scrolls the article sideways.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setLineWrapMode(QTextEdit.LineWrapMode.FixedPixelWidth)
        self.document().setUndoRedoEnabled(False)
        self._renderer = ArticleRenderer(self.document(), self, idle)
        self._renderer.held = lambda: self._awaiting_paint and self.isVisible()  # its paint first
        self._disclaimer = DisclaimerBox(self)
        self.highlights = Highlights(self)
        self.marks = MarginMarks(self, lambda: self.text_map, lambda: self._renderer.quotes)
        self._column = ColumnPlacement(self, self.update_column)
        self._document: Document | None = None
        self._style: ArticleStyle | None = None
        self._script: ScriptView | None = None  # the article shown in another script
        self._disclaimer_expanded = self._awaiting_paint = False
        # A place waiting for its text (Ctrl+End, a far section before it is rendered):
        self.jump = FarJump(self._renderer, lambda: len(getattr(self._document, "text", "")))
        self._raw_text: str | None = None
        self._message: str | None = None  # the empty page's hint, while it is shown
        self._flash_timer = QTimer(self, singleShot=True, interval=FLASH_MS)
        self._flash_timer.timeout.connect(lambda: self.highlights.set_group("flash", []))
        self.anchorClicked.connect(self._on_anchor_clicked)
        self.verticalScrollBar().valueChanged.connect(self._emit_top_offset)
        self.end = EndKeeper(self.verticalScrollBar(), self)
        self.document().contentsChanged.connect(self._forget_raw_text)
        self._renderer.chunk_rendered.connect(self._on_chunk_rendered)
        self._renderer.finished.connect(self._on_render_finished)

    # -- showing a document -------------------------------------------------------------

    def show_document(
        self, document: Document, style: ArticleStyle, disclaimer_expanded: bool, offset: int = 0,
        script: ScriptView | None = None,
    ) -> None:  # fmt: skip
        """Render document (first screen now, the rest in chunks) in script, at offset."""
        self._document, self._style, self._message, self._script = document, style, None, script
        self._disclaimer_expanded = disclaimer_expanded
        self.highlights.clear()
        self.marks.set_offsets([])
        self._restart(offset)

    def show_message(self, text: str) -> None:
        """No article: an empty page with a hint a third of the way down."""
        self._renderer.reset()
        self._disclaimer.reset()
        self.highlights.clear()
        self.marks.set_offsets([])
        self._document = None
        self.jump.cancel()
        if self._style is not None:
            self.setPalette(page_palette(self._style.theme, QApplication.palette()))
        self._column.reset()
        self.update_column()
        self._message = text
        colour = self.palette().color(QPalette.ColorRole.PlaceholderText)
        top = max(24, self.viewport().height() // 3)
        write_empty_page(self.document(), text, colour, top)
        self.setTextCursor(QTextCursor(self.document()))

    def set_style(self, style: ArticleStyle) -> None:
        """Re-render with another theme, zoom or removed lines shown, keeping the reading place."""
        old, self._style = self._style, style
        if self._document is not None and looks_the_same(self._document, old, style):
            return  # removed lines shown or not, in an article that has none
        if self._document is not None:  # at the end, the end: not its top line (a short page)
            here = len(self._document.text) if self.at_end() else self.top_offset()
            self._restart(self.jump.place(here))
        elif self._message is not None:
            self.show_message(self._message)  # in the new theme's colours
        else:
            self.setPalette(page_palette(style.theme, QApplication.palette()))
            self.update_column()

    @property
    def script(self) -> ScriptView | None:  # None: as written
        return self._script

    def set_script(self, script: ScriptView | None) -> None:
        """Show the article in another script (None: as written), keeping the reading place."""
        if script is not self._script:
            self._script = script
            if self._document is not None:
                self._restart(self.jump.place(self.top_offset()))
            self.script_changed.emit()

    def _restart(self, offset: int) -> None:
        style, document = self._style, self._document
        assert style is not None and document is not None
        self._renderer.cancel()
        self._disclaimer.reset()
        self.highlights.hide()
        self.highlights.set_group("flash", [])
        self.highlights.theme = style.theme
        self.setPalette(page_palette(style.theme, QApplication.palette()))
        self._column.reset()
        self.update_column()
        self._awaiting_paint = True
        self.end.release(self.jump)  # another document, or this one again: no place waits
        self._renderer.start(document, style, self._script)
        if self._renderer.first_screen_due:  # no blank page painted in between
            self.viewport().setUpdatesEnabled(False)
        self._back_to_top()
        if offset > 0 or self.text_map.position(0):  # at the top, removed lines over the title:
            self.scroll_to_offset(offset)  # the title stays in view (they are a scroll up)
        if self._renderer.done:
            self._on_render_finished()

    @property
    def awaiting_paint(self) -> bool:
        """Whether the document shown has yet to be painted (first_painted is still due)."""
        return self._awaiting_paint

    def finish_rendering(self) -> None:
        """Render the rest now, and make the jump that waits for it (tests, screenshots)."""
        self._renderer.finish_now()
        self.jump.arrive()

    @property
    def text_map(self) -> TextMap:
        """Text offsets ↔ QTextDocument positions of what is rendered so far."""
        return self._renderer.text_map

    @property
    def rendering_done(self) -> bool:  # and a jump that waited for the text has landed
        return self._renderer.done and not self.jump.arriving

    def set_disclaimer_expanded(self, expanded: bool) -> None:
        """Fold or unfold the disclaimer box."""
        self._disclaimer_expanded = expanded
        on_box = self.textCursor().charFormat().anchorHref() == DISCLAIMER_HREF
        self._disclaimer.set_expanded(expanded)
        first, last = self._disclaimer.header_position(), self._disclaimer.end_position()
        if on_box and first is not None:
            select_header(self, first)
        if expanded and first is not None and last is not None and self.isVisible():
            reveal(self, first, last)

    def disclaimer_position(self) -> int | None:
        """Document position of the disclaimer's title line, None when there is no box."""
        return self._disclaimer.header_position()

    def _back_to_top(self) -> None:  # text went in at the widget's cursor, pushing it down
        self.setTextCursor(QTextCursor(self.document()))
        self.verticalScrollBar().setValue(0)

    def _on_chunk_rendered(self) -> None:
        if not self.viewport().updatesEnabled():  # the first screen, rendered a turn late
            self._back_to_top()
            self.viewport().setUpdatesEnabled(True)
        if not self._renderer.done:  # else once the disclaimer is in, below
            self.jump.step()

    def _on_render_finished(self) -> None:
        document, style = self._document, self._style
        if document is not None and style is not None:  # in the script shown
            self._disclaimer.insert(document, self._script, style, self._disclaimer_expanded)
        self.jump.step()
        self.highlights.redraw()
        self.render_finished.emit()

    # -- positions ----------------------------------------------------------------------

    def scroll_to_offset(self, offset: int, *, centre: bool = False) -> None:
        """Bring text offset to the top of the view (or a third down when centre)."""
        if self.jump.due(offset):
            self.jump.wait(offset, lambda: self.scroll_to_offset(offset, centre=centre))
            return
        if offset >= self.text_map.text_end > 0:  # read to the end: the view's end, as left
            self.end.keep(self.jump)
        elif (position := self.text_map.position(offset)) is not None:
            self.scroll_to_position(position, centre=centre)

    def scroll_to_position(
        self, position: int, *, centre: bool = False, if_needed: bool = False
    ) -> None:
        """Bring a document position to the top (or a third down); if_needed: only when hidden."""
        self.jump.cancel()  # this newer scroll wins over a place still waiting for its text
        style = self._style
        cursor = QTextCursor(self.document())
        cursor.setPosition(min(position, self.document().characterCount() - 1))
        rect = self.cursorRect(cursor)
        if if_needed and rect.top() >= 0 and rect.bottom() <= self.viewport().height():
            return
        bar = self.verticalScrollBar()
        y = rect.top() + bar.value()
        em = style.em if style else 16.0
        margin = self.viewport().height() // 3 if centre else round(em * 0.5)
        bar.setValue(max(0, y - margin))

    def top_offset(self) -> int:
        """Text offset of what is shown at the top of the view (not Qt's hit test: a scan)."""
        return self.text_map.offset(position_across(self, TOP_PROBE_Y))

    def at_end(self, slack: int = 4) -> bool:
        """Whether the view is at the bottom, within slack pixels (a jump's layout may grow)."""
        return (bar := self.verticalScrollBar()).value() >= bar.maximum() - slack

    def _emit_top_offset(self) -> None:  # not while a place waits for its text (re-rendering)
        if len(self.text_map) and not self.jump.waiting:
            self.top_offset_changed.emit(self.top_offset())

    def flash_range(self, start: int, end: int) -> None:
        """Scroll text[start:end] into view, flash it; it is the place read, not the page top."""
        if self.jump.due(start):
            self.jump.wait(start, lambda: self.flash_range(start, end))
            return
        self.scroll_to_offset(start, centre=True)
        self.top_offset_changed.emit(start)
        first, last = self.text_map.position(start), self.text_map.position(end)
        if first is None or last is None:
            return
        self.highlights.set_group("flash", [(first, last - first)], "flash")
        self._flash_timer.start()

    def createMimeDataFromSelection(self) -> QMimeData:
        mime, spans = super().createMimeDataFromSelection(), self._renderer.removed.spans
        return without_break_marks(without_removed(mime, self.textCursor(), self.raw_text(), spans))

    def raw_text(self) -> str:
        """The rendered text, one character per document position, removed lines masked."""
        if self._raw_text is None:
            raw = masked(self.document().toRawText(), self._renderer.removed.spans)
            self._raw_text = joined_pieces(raw)  # a long paragraph's pieces: one paragraph
        return self._raw_text

    def add_removed_line_actions(self, menu: QMenu, point: QPoint) -> bool:
        """Keep / Copy This Line atop menu when point is on a removed line shown; whether it is."""
        line = removed_line_at(self.cursorForPosition(point).block())
        if line is not None:
            self._renderer.removed.add_actions(menu, line, self.keep_line_requested.emit)
        return line is not None

    def _forget_raw_text(self) -> None:
        self._raw_text = None

    # -- Qt overrides ---------------------------------------------------------------------

    def loadResource(self, type: int, name: QUrl | str) -> Any:  # noqa: A002 - Qt's signature
        return None  # nothing outside the article is ever loaded: no files, no network

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self.marks.paint()
        if self._awaiting_paint and not self.document().isEmpty():
            self._awaiting_paint = False
            self.first_painted.emit()
            QTimer.singleShot(0, self._emit_top_offset)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # The new column first: laid out at the old one, a narrower view would show a sideways
        # scroll bar for a moment, and the reading place moved with it.
        self.update_column()
        super().resizeEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if delta := event.angleDelta().y():
                self.zoom_requested.emit(1 if delta > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not reading_key(self, event, self.disclaimer_toggle_requested.emit, (self.jump, self.end)):
            super().keyPressEvent(event)

    def go_to_end(self, end: bool) -> None:  # Ctrl+Home / Ctrl+End, once the article is rendered
        go_to_end(self, end, (self.jump, self.end))

    def update_column(self) -> None:  # the text column fitted to the view's width (column.py)
        if self._style is None:
            return
        wrap, margins = self._column.place(self._style.em, self._style.column_width)
        if wrap != self.lineWrapColumnOrWidth():
            keep = self.top_offset() if len(self.text_map) and self.isVisible() else 0
            self.setLineWrapColumnOrWidth(wrap)
            if keep:  # a narrower or wider column re-wraps the text: stay on the same line
                self.scroll_to_offset(self.text_map.text_end if self.end.kept else keep)
        self.setViewportMargins(*margins)

    def _on_anchor_clicked(self, url: QUrl) -> None:
        if url.toString() == DISCLAIMER_HREF:
            self.disclaimer_toggle_requested.emit()
        elif url.scheme() in ("http", "https"):
            self.link_requested.emit(url)
        elif not url.scheme() and not url.path() and url.hasFragment():
            self.fragment_requested.emit(url.fragment(QUrl.ComponentFormattingOption.FullyDecoded))
