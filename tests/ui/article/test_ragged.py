"""Justified paragraphs that would be letter-spaced go ragged: checked a few ms per idle turn,
and only over the blocks that changed since the last check."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextBlock, QTextBlockFormat, QTextCursor, QTextOption
from PySide6.QtWidgets import QTextEdit
from pytestqt.qtbot import QtBot

from reader.ui.article import ragged
from reader.ui.article.ragged import RaggedLines
from reader.ui.common.idle_queue import IdleQueue

# A short Chinese run, then a Latin word too long to share its line: justified, the run's
# few characters would be spread over the whole line.
SPREADABLE = "看到的人说，" + "Pneumonoultramicroscopicsilicovolcanoconiosis" + "后来。"
PLAIN = "这是一段普通的中文段落，" * 12


def _edit(qtbot: QtBot, paragraphs: list[str], width: int = 300) -> QTextEdit:
    edit = QTextEdit()
    qtbot.addWidget(edit)
    edit.setFixedWidth(width)
    edit.setWordWrapMode(QTextOption.WrapMode.WordWrap)  # a Latin word wraps whole
    _append(edit, paragraphs)
    edit.show()
    qtbot.waitExposed(edit)
    return edit


def _append(edit: QTextEdit, paragraphs: list[str]) -> None:
    justified = QTextBlockFormat()
    justified.setAlignment(Qt.AlignmentFlag.AlignJustify)
    cursor = QTextCursor(edit.document())
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.beginEditBlock()
    for i, text in enumerate(paragraphs):
        if i or not edit.document().isEmpty():
            cursor.insertBlock(justified)
        else:
            cursor.setBlockFormat(justified)
        cursor.insertText(text)
    cursor.endEditBlock()


def _ragged_texts(edit: QTextEdit) -> list[str]:
    block, found = edit.document().begin(), []
    while block.isValid():
        if not block.blockFormat().alignment() & Qt.AlignmentFlag.AlignJustify:
            found.append(block.text())
        block = block.next()
    return found


@pytest.fixture
def adjusted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The text of every block the check looks at, in order."""
    seen: list[str] = []
    original = ragged._adjust

    def counting(block: QTextBlock, limit: float) -> int:
        seen.append(block.text())
        return original(block, limit)

    monkeypatch.setattr(ragged, "_adjust", counting)
    return seen


def test_only_the_spread_paragraphs_go_ragged(qtbot: QtBot) -> None:
    edit = _edit(qtbot, [PLAIN, SPREADABLE, PLAIN, SPREADABLE])
    lines = RaggedLines(edit.document(), edit)
    assert lines.check() == 2
    assert _ragged_texts(edit) == [SPREADABLE, SPREADABLE]
    edit.setFixedWidth(2000)  # wide enough: justified again
    qtbot.waitUntil(lambda: edit.document().textWidth() > 1000)
    assert lines.check() == 2
    assert _ragged_texts(edit) == []


def test_a_long_document_is_checked_a_little_per_turn(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, adjusted: list[str]
) -> None:
    monkeypatch.setattr(ragged, "STEP_S", 0.0)  # one block per turn
    edit = _edit(qtbot, [PLAIN, SPREADABLE] * 20)
    queue = IdleQueue(edit)
    lines = RaggedLines(edit.document(), edit, queue)
    lines._step.start()  # as the layout settling does  # noqa: SLF001
    queue._run_one()  # noqa: SLF001 - one turn
    assert len(adjusted) == 1 and not lines.settled
    qtbot.waitUntil(lambda: lines.settled)
    assert len(adjusted) == 40
    assert _ragged_texts(edit) == [SPREADABLE] * 20


def test_the_layout_settling_checks_the_document(qtbot: QtBot) -> None:
    edit = _edit(qtbot, [PLAIN, SPREADABLE])
    lines = RaggedLines(edit.document(), edit, IdleQueue(edit))
    _append(edit, [SPREADABLE])  # the size changes: checked once it has settled
    qtbot.waitUntil(lambda: lines.settled)
    assert _ragged_texts(edit) == [SPREADABLE, SPREADABLE]


def test_appended_blocks_are_checked_alone(qtbot: QtBot, adjusted: list[str]) -> None:
    edit = _edit(qtbot, [PLAIN, SPREADABLE] * 10)
    lines = RaggedLines(edit.document(), edit)
    lines.check()
    adjusted.clear()
    _append(edit, ["新的一段。", SPREADABLE])
    lines.check()
    assert adjusted[-2:] == ["新的一段。", SPREADABLE]
    assert len(adjusted) <= 3  # the last block before them at most
    assert _ragged_texts(edit)[-1] == SPREADABLE


def test_an_edit_checks_again_from_its_block_and_a_new_width_everything(
    qtbot: QtBot, adjusted: list[str]
) -> None:
    edit = _edit(qtbot, [PLAIN, SPREADABLE] * 10)
    lines = RaggedLines(edit.document(), edit)
    lines.check()
    adjusted.clear()
    cursor = QTextCursor(edit.document().findBlockByNumber(15))
    cursor.insertText("改")
    lines.check()
    assert len(adjusted) == 5  # blocks 15 to 19
    adjusted.clear()
    edit.setFixedWidth(280)
    qtbot.waitUntil(lambda: edit.document().textWidth() < 280)
    lines.check()
    assert len(adjusted) == 20
    assert lines.check() == 0 and len(adjusted) == 20  # nothing left to check


def test_a_step_s_changes_are_laid_out_in_one_pass(qtbot: QtBot) -> None:
    # Each new alignment had Qt lay out every block after it again: ≈40 ms from the top of a
    # 5 M-character article, per paragraph changed.
    edit = _edit(qtbot, [PLAIN, SPREADABLE] * 10)
    passes: list[tuple[int, int, int]] = []
    edit.document().contentsChange.connect(lambda *change: passes.append(change))
    lines = RaggedLines(edit.document(), edit)
    assert lines.check() == 10
    assert len(passes) == 1  # one edit, from the first paragraph changed to the last
    assert _ragged_texts(edit) == [SPREADABLE] * 10


def test_appended_blocks_are_checked_with_their_chunk_or_first_on_the_next_turn(
    qtbot: QtBot, adjusted: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QObject, Signal

    monkeypatch.setattr(ragged, "STEP_S", 60.0)  # the turn ends with the blocks, not the clock

    class Renderer(QObject):
        chunk_rendered = Signal()

    edit = _edit(qtbot, [PLAIN])
    queue, renderer = IdleQueue(edit), Renderer()
    lines = RaggedLines(edit.document(), edit, queue, renderer.chunk_rendered)
    lines.check()
    adjusted.clear()
    _append(edit, ["新的一段。", SPREADABLE])
    renderer.chunk_rendered.emit()  # every block before them checked: these at once
    assert adjusted[-2:] == ["新的一段。", SPREADABLE] and len(adjusted) <= 3
    assert _ragged_texts(edit) == [SPREADABLE] and lines.settled
    ran: list[str] = []
    queue.add(lambda: ran.append("other") and None)
    lines._checked = 1  # noqa: SLF001 - the check fell behind (the renderer's turns came first)
    adjusted.clear()
    _append(edit, [SPREADABLE])
    renderer.chunk_rendered.emit()
    assert adjusted == []  # not in the chunk's turn: from a block far from the end
    queue._run_one()  # noqa: SLF001 - the next turn
    assert ran == [] and adjusted[-1] == SPREADABLE and lines.settled
    assert _ragged_texts(edit) == [SPREADABLE, SPREADABLE]


def test_after_a_restart_each_chunk_is_checked_with_it(qtbot: QtBot, adjusted: list[str]) -> None:
    # A re-render (theme, script, removed lines) empties the document: the blocks checked
    # before are gone, so the first chunks are at the end and are checked at once, not from
    # the top on turns of their own, where every change laid out all that followed again.
    from PySide6.QtCore import QObject, Signal

    class Renderer(QObject):
        chunk_rendered = Signal()

    edit = _edit(qtbot, [PLAIN, SPREADABLE] * 10)
    edit.setLineWrapMode(QTextEdit.LineWrapMode.FixedPixelWidth)  # as the article's: the
    edit.setLineWrapColumnOrWidth(260)  # scroll bar going with the text leaves it as it is
    queue, renderer = IdleQueue(edit), Renderer()
    lines = RaggedLines(edit.document(), edit, queue, renderer.chunk_rendered)
    lines.check()
    edit.document().clear()
    lines.restart()
    for chunk in range(3):
        adjusted.clear()
        _append(edit, [PLAIN, SPREADABLE])
        renderer.chunk_rendered.emit()
        assert adjusted[-2:] == [PLAIN, SPREADABLE] and len(adjusted) <= 3, chunk
        assert queue.pending == 0 and lines.settled
    assert _ragged_texts(edit) == [SPREADABLE] * 3
