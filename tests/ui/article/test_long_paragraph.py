"""A paragraph too long to lay out at once (a file of one huge line) is shown in pieces: the
first screen holds a few of them, the rest come in chunks; the text, its offsets, copying and
finding are the paragraph's as written."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QTextCursor, QTextDocument

from reader.document import BlockKind
from reader.ui.article.long_blocks import LONG_BLOCK_CHARS, PIECE_CHARS, piece_end
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


def test_a_huge_markdown_paragraph_and_code_block_render_in_pieces(
    make_window: WindowFactory, tmp_path: Path
) -> None:
    """An HTML block (a Markdown paragraph) or a code block too long to lay out at once is
    shown in plain pieces too (laid out whole, a 7 MB one-line .md stalled the window)."""
    para, code = "一段*很长的*文字，" * 2_000, "\n".join(f"line {n} = {n} * 2;" for n in range(900))
    path = tmp_path / "long.md"
    path.write_text(f"# 长文\n\n{para}\n\n```\n{code}\n```\n", encoding="utf-8")
    window = make_window(path=str(path))
    view, document = window.article_view, window.document
    assert document is not None
    kinds = [b.kind for b in document.blocks]
    assert BlockKind.PARAGRAPH in kinds and BlockKind.CODE in kinds
    qdoc = view.document()
    texts = [qdoc.findBlockByNumber(n).text() for n in range(qdoc.blockCount())]
    assert len(texts) >= len(para) // PIECE_CHARS + 1 + 3  # the title, pieces of both
    assert max(len(text) for text in texts) <= LONG_BLOCK_CHARS  # none laid out whole
    assert any("\u2028" in text for text in texts)  # the code's lines stay lines
    for block in document.blocks:
        for offset in (block.start, (block.start + block.end) // 2, block.end):
            position = view.text_map.position(offset)
            assert position is not None and view.text_map.offset(position) == offset
    cursor = view.textCursor()
    code_block = next(b for b in document.blocks if b.kind is BlockKind.CODE)
    cursor.setPosition(view.text_map.position(code_block.start) or 0)
    cursor.setPosition(view.text_map.position(code_block.end) or 0, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    copied = view.createMimeDataFromSelection().text()
    assert copied.replace("\u2028", "\n") == document.text[code_block.start : code_block.end]
