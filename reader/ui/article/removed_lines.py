"""The lines the importer left out, shown greyed in place (View ▸ Show Removed Lines).

They are never part of the article's text: the text map does not know them, find does not
match them, a copy leaves them out, and a selection across them maps to the text around.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMimeData, QObject
from PySide6.QtGui import QGuiApplication, QTextBlock, QTextCursor, QTextDocument, QTextFormat
from PySide6.QtWidgets import QMenu

from reader.document import Document, LeftOut
from reader.document.hanzi.script_map import Convert
from reader.ui.article.style import ArticleStyle

# Block properties of a removed line shown: its text as in the file and its offset.
REMOVED_TEXT = QTextFormat.Property.UserProperty + 31
REMOVED_OFFSET = QTextFormat.Property.UserProperty + 32
MASK = "\x00"  # what find sees instead of a removed line's characters (no query has it)
_TAG_END = "\u2002\u2002"  # between a removed line's tag and its text


def lines_to_show(document: Document) -> list[LeftOut]:
    """Every left-out line in offset order, but those the disclaimer box shows already."""
    boxed: set[str] = set()
    if document.disclaimer is not None:
        boxed = {document.disclaimer.title, *document.disclaimer.paragraphs}
    shown = [
        line for line in document.left_out if not (line.role == "disclaimer" and line.text in boxed)
    ]
    return sorted(shown, key=lambda line: line.offset)  # stable: the file's order at one offset


def looks_the_same(document: Document, old: ArticleStyle | None, new: ArticleStyle) -> bool:
    """Whether new only turns removed lines on or off, and document has none to show."""
    if old is None or (old.theme, old.zoom_percent) != (new.theme, new.zoom_percent):
        return False
    return old.show_removed != new.show_removed and not lines_to_show(document)


class RemovedLines(QObject):
    """Puts left-out lines into the QTextDocument as the renderer reaches their offsets, and
    remembers where each went: spans, (position, length with its paragraph separator)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._due: list[LeftOut] = []
        self._next = 0
        self._style: ArticleStyle | None = None
        self._convert: Convert | None = None
        self.spans: list[tuple[int, int]] = []

    def start(
        self, document: Document, style: ArticleStyle, convert: Convert | None = None
    ) -> None:
        """A new rendering: the lines to show, none unless the style shows them; convert:
        the article's script conversion, the lines shown in it too."""
        self._due = lines_to_show(document) if style.show_removed else []
        self._next, self._style, self.spans = 0, style, []
        self._convert = convert

    def clear(self) -> None:
        """Nothing shown (the QTextDocument was cleared)."""
        self._due, self._next, self.spans = [], 0, []

    def due(self, offset: int) -> bool:
        """Whether a line not yet shown stood before text offset (insert_due would insert it)."""
        return self._next < len(self._due) and self._due[self._next].offset <= offset

    def insert_due(self, cursor: QTextCursor, offset: int, first: bool) -> bool:
        """Insert, at the cursor, every line not yet shown that stood before text offset;
        first: the cursor is in the document's first, empty block. Whether any went in."""
        due, style = self._due, self._style
        inserted = False
        while self._next < len(due) and due[self._next].offset <= offset:
            assert style is not None
            line = due[self._next]
            block_format, char_format, tag_format = style.removed_formats()
            block_format.setProperty(REMOVED_TEXT, line.text)
            block_format.setProperty(REMOVED_OFFSET, line.offset)
            if first and not inserted:
                cursor.setBlockFormat(block_format)
                cursor.setBlockCharFormat(char_format)
            else:
                cursor.insertBlock(block_format, char_format)
            position = cursor.position()
            tag = self.tr("removed")  # the mark before each line shown
            cursor.insertText(f"\u2002{tag}\u2002", tag_format)  # _TAG_END: this and the next
            shown = self._convert(line.text) if self._convert is not None else line.text
            cursor.insertText(f"\u2002{shown}", char_format)
            self.spans.append((position, cursor.position() - position + 1))
            self._next += 1
            inserted = True
        return inserted

    def add_actions(
        self, menu: QMenu, line: tuple[str, int], keep: Callable[[str, int], None]
    ) -> None:
        """Keep this line in the article (keep(text, offset)) and Copy this line, atop menu."""
        text, offset = line
        top = menu.actions()[0] if menu.actions() else None
        keep_action = menu.addAction(self.tr("&Keep This Line in the Article"))
        keep_action.triggered.connect(lambda: keep(text, offset))
        copy_action = menu.addAction(self.tr("Copy This &Line"))
        copy_action.triggered.connect(lambda: QGuiApplication.clipboard().setText(text))
        if top is not None:  # addAction put them last
            menu.insertActions(top, [keep_action, copy_action])
            menu.insertSeparator(top)


def removed_line_at(block: QTextBlock) -> tuple[str, int] | None:
    """(text, offset) of the removed line shown in block, None for a block of the article."""
    text = block.blockFormat().property(REMOVED_TEXT)
    if not isinstance(text, str):
        return None
    offset = block.blockFormat().property(REMOVED_OFFSET)
    return text, int(offset)


def masked(raw: str, spans: list[tuple[int, int]]) -> str:
    """raw with the removed lines' characters replaced by MASK: positions stay 1:1."""
    if not spans:
        return raw
    pieces: list[str] = []
    at = 0
    for position, length in spans:
        pieces.append(raw[at:position])
        pieces.append(MASK * len(raw[position : position + length]))
        at = position + length
    pieces.append(raw[at:])
    return "".join(pieces)


def without_removed(
    mime: QMimeData, cursor: QTextCursor, raw: str, spans: list[tuple[int, int]]
) -> QMimeData:
    """A selection as copied, the removed lines in it left out (then as plain text only); a
    selection of removed lines only is their text as shown, without their tags."""
    start, end = cursor.selectionStart(), cursor.selectionEnd()
    inside = [(p, n) for p, n in spans if p < end and p + n > start]
    if not inside:
        return mime
    selected = masked(raw, inside)[start:end].replace(MASK, "")
    if not selected.strip():  # what the reader selected is what they want, not nothing
        lines = mime.text().split("\n")  # raw is masked: Qt's copy has the lines' text
        selected = "\n".join(_TAG_END.join(line.split(_TAG_END)[1:]) or line for line in lines)
    plain = QMimeData()
    plain.setText(_as_plain_text(selected))
    return plain


def _as_plain_text(raw: str) -> str:
    """QTextDocument's raw characters as QTextDocumentFragment.toPlainText() gives them."""
    for old in ("\u2029", "\u2028", "\ufdd0", "\ufdd1"):  # paragraph, line, frame start, end
        raw = raw.replace(old, "\n")
    return raw.replace("\xa0", " ")


def shown_removed_lines(qdoc: QTextDocument) -> list[tuple[int, str]]:
    """(block number, text) of each removed line in the QTextDocument (tests, screenshots)."""
    found: list[tuple[int, str]] = []
    block = qdoc.begin()
    while block.isValid():
        line = removed_line_at(block)
        if line is not None:
            found.append((block.blockNumber(), line[0]))
        block = block.next()
    return found
