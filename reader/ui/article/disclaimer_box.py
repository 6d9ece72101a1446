"""The disclaimer: a folded box at the end of the article, outside the article's text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QTextCursor, QTextDocument, QTextFrame
from PySide6.QtWidgets import QTextEdit

from reader.document import Disclaimer, Document
from reader.document.hanzi.script_shown import shown_disclaimer
from reader.ui.article.style import ArticleStyle

if TYPE_CHECKING:
    from reader.document.hanzi.chinese_script import ScriptView

DISCLAIMER_HREF = "reader:disclaimer"
_FOLDED, _UNFOLDED = "▶", "▼"


class DisclaimerBox:
    """Draws the box as a frame in the QTextDocument and redraws only it when toggled."""

    def __init__(self, view: QTextEdit) -> None:
        self._qdoc: QTextDocument = view.document()
        ClickedHeaderUnselected(view)
        self._frame: QTextFrame | None = None
        self._disclaimer: Disclaimer | None = None
        self._style: ArticleStyle | None = None
        self.expanded = False

    def reset(self) -> None:
        """Forget the frame (the QTextDocument was cleared)."""
        self._frame = None
        self._disclaimer = None

    def insert(
        self, document: Document, script: ScriptView | None, style: ArticleStyle, expanded: bool
    ) -> None:
        """Append the box after the article, if it has a disclaimer its text does not show."""
        disclaimer = boxed(document, script)
        if disclaimer is None:
            return
        self._disclaimer, self._style, self.expanded = disclaimer, style, expanded
        cursor = QTextCursor(self._qdoc)
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.beginEditBlock()
        self._frame = cursor.insertFrame(style.disclaimer_frame())
        self._fill(cursor)
        cursor.endEditBlock()

    def set_expanded(self, expanded: bool) -> None:
        """Fold or unfold the box in place."""
        self.expanded = expanded
        frame = self._frame
        if frame is None:
            return
        cursor = QTextCursor(self._qdoc)
        cursor.beginEditBlock()
        cursor.setPosition(frame.firstPosition())
        cursor.setPosition(frame.lastPosition(), QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        self._fill(cursor)
        cursor.endEditBlock()

    def header_position(self) -> int | None:
        """Document position of the box's title line."""
        return None if self._frame is None else self._frame.firstPosition()

    def end_position(self) -> int | None:
        """Document position of the box's last character."""
        return None if self._frame is None else self._frame.lastPosition()

    def _fill(self, cursor: QTextCursor) -> None:
        disclaimer, style = self._disclaimer, self._style
        assert disclaimer is not None and style is not None
        block_format, char_format = style.disclaimer_header(DISCLAIMER_HREF)
        cursor.setBlockFormat(block_format)
        cursor.setBlockCharFormat(char_format)
        arrow = _UNFOLDED if self.expanded else _FOLDED
        cursor.insertText(f"{arrow}  {disclaimer.title}", char_format)
        if not self.expanded:
            return
        block_format, char_format = style.disclaimer_paragraph()
        for paragraph in disclaimer.paragraphs:
            cursor.insertBlock(block_format, char_format)
            cursor.insertText(paragraph, char_format)


def boxed(document: Document, script: ScriptView | None) -> Disclaimer | None:
    """The disclaimer the box shows, in the script shown: none when the text shows it already
    (a Markdown 免责声明 with sections after it stays in its place: the box repeated it)."""
    disclaimer = document.disclaimer
    if disclaimer is None:
        return None
    in_text = disclaimer.title in {s.title for s in document.all_sections()} and all(
        p in document.text for p in disclaimer.paragraphs
    )
    return None if in_text else shown_disclaimer(disclaimer, script)


def reveal(view: QTextEdit, first: int, last: int) -> None:
    """Scroll just enough to show positions first..last, first winning if both can't fit."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(last)
    below = view.cursorRect(cursor).bottom() - view.viewport().height()
    cursor.setPosition(first)
    above = view.cursorRect(cursor).top()
    if below > 0 and above > 0:
        bar = view.verticalScrollBar()
        bar.setValue(bar.value() + min(below + 24, above - 24))


def select_header(view: QTextEdit, first: int) -> None:
    """Keep the keyboard focus on the box's title line (its link) after a toggle."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(first)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)


class ClickedHeaderUnselected(QObject):
    """On the view's viewport: a click on the box's title leaves no selection behind (Qt marks
    a clicked link by selecting it; that focus mark is for the keyboard, as in a browser)."""

    def __init__(self, view: QTextEdit) -> None:
        super().__init__(view)
        self._view = view
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease:
            QTimer.singleShot(0, self._unselect_header)  # after the view has handled the click
        return False

    def _unselect_header(self) -> None:
        cursor = self._view.textCursor()
        doc = cursor.document()
        one_line = doc.findBlock(cursor.selectionStart()) == doc.findBlock(cursor.selectionEnd())
        if cursor.hasSelection() and one_line and cursor.charFormat().anchorHref() == DISCLAIMER_HREF:
            cursor.clearSelection()  # only the title line itself: a reader's own selection stays
            self._view.setTextCursor(cursor)
