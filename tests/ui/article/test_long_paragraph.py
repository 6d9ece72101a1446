"""A paragraph too long to lay out at once (a file of one huge line) is shown in pieces: the
first screen holds a few of them, the rest come in chunks; the text, its offsets, copying and
finding are the paragraph's as written."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QTextCursor, QTextDocument

from reader.ui.article.long_blocks import PIECE_CHARS, piece_end
from reader.ui.window.main_window import MainWindow

WindowFactory = Callable[..., MainWindow]
UNIT = "abc 数字123，"  # ten characters, a comma to cut after


def test_a_piece_ends_after_a_sentence_or_a_clause_else_at_its_length() -> None:
    text = "字" * (PIECE_CHARS - 100) + "。" + "字" * 50 + "，" + "字" * 3 * PIECE_CHARS
    assert piece_end(text, 0, len(text)) == PIECE_CHARS - 99  # the sentence, not the comma
    plain = "字" * 3 * PIECE_CHARS
    assert piece_end(plain, 0, len(plain)) == PIECE_CHARS
    short = "字" * (PIECE_CHARS * 3 // 2)
    assert piece_end(short, 0, len(short)) == len(short)  # short enough to be the last piece


def test_a_huge_paragraph_renders_a_screenful_first_then_in_pieces(
    make_window: WindowFactory, tmp_path: Path
) -> None:
    line = UNIT * 9_000  # 90 000 characters, no line break (too short to be imported apart)
    path = tmp_path / "one-line.txt"
    path.write_text(line, encoding="utf-8")
    window = make_window(path=str(path), finish=False)
    view = window.article_view
    # The first screen is a few pieces, not the 300 000 characters laid out at once
    assert view.document().characterCount() < 10 * PIECE_CHARS
    view.finish_rendering()
    document = window.document
    assert document is not None and document.text == line  # the model is untouched
    qdoc = view.document()
    assert qdoc.blockCount() >= len(line) // PIECE_CHARS  # pieces, each a QTextBlock
    formats = [qdoc.findBlockByNumber(n).blockFormat() for n in range(qdoc.blockCount())]
    assert formats[0].textIndent() > 0 and all(f.textIndent() == 0 for f in formats[1:])
    assert all(f.bottomMargin() == 0 for f in formats[:-1])  # they read as one paragraph
    text_map = view.text_map
    for offset in (0, 3999, 4000, 65_432, len(line)):
        position = text_map.position(offset)
        assert position is not None and text_map.offset(position) == offset
    cursor = view.textCursor()
    cursor.setPosition(text_map.position(0) or 0)
    cursor.setPosition(text_map.position(len(line)) or 0, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    assert view.createMimeDataFromSelection().text() == line  # no break between the pieces
    finder = window._finder  # noqa: SLF001 - Find's search, without its bar
    finder.search("123，abc")  # found at every join of two pieces too
    assert len(finder.matches) == line.count("123，abc")


def test_a_rich_copy_across_pieces_is_one_paragraph(
    make_window: WindowFactory, tmp_path: Path
) -> None:
    """The HTML copied keeps a long paragraph's pieces in one <p> (a rich paste split it every
    few thousand characters)."""
    line = UNIT * 1_200  # 12 000 characters: three pieces
    path = tmp_path / "one-line.txt"
    path.write_text(line, encoding="utf-8")
    window = make_window(path=str(path))
    view = window.article_view
    assert view.document().blockCount() >= 3
    cursor = view.textCursor()
    cursor.setPosition(view.text_map.position(10) or 0)
    cursor.setPosition(view.text_map.position(len(line)) or 0, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    html = view.createMimeDataFromSelection().html()
    assert html.count("<p") == 1 and "\u200b" not in html
    body = QTextDocument()
    body.setHtml(html)
    assert body.blockCount() == 1 and body.toPlainText() == line[10:]
