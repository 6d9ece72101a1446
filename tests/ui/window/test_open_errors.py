"""What the "can't open" dialog says: one line, the file's name and why; its title whole."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader.document.loader import load
from reader.document.model import DocumentError
from reader.ui.common.dialogs import Dialogs
from reader.ui.window.main_window import MainWindow


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    texts: list[str] = []
    monkeypatch.setattr(
        Dialogs, "show_error", classmethod(lambda _cls, _parent, _title, text: texts.append(text))
    )
    return texts


def test_a_missing_file_names_its_path_once(
    window: MainWindow, tmp_path: Path, shown: list[str]
) -> None:
    missing = tmp_path / "gone.txt"
    assert not window.open_path(str(missing))
    (text,) = shown
    assert text.count(str(missing)) == 1  # the reason gives it
    assert text == f"Reader can't open gone.txt: {missing} does not exist"


def test_a_binary_file_is_named(window: MainWindow, tmp_path: Path, shown: list[str]) -> None:
    photo = tmp_path / "photo.txt"
    photo.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(DocumentError, match=r"^photo\.txt is binary, not text$"):
        load(photo)
    assert not window.open_path(str(photo))
    (text,) = shown
    assert text == "Reader can't open photo.txt: photo.txt is binary, not text"  # one line


def test_the_dialog_is_as_wide_as_its_title(qtbot: QtBot) -> None:
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QMessageBox

    from reader.ui.common.dialogs import wide_as_title

    title = "Can't open the article, a title longer than its message"
    box = QMessageBox(QMessageBox.Icon.Warning, title, "Short.")
    qtbot.addWidget(box)
    assert box.sizeHint().width() < QFontMetrics(box.font()).horizontalAdvance(title)  # as Qt has it
    wide_as_title(box)
    assert box.sizeHint().width() > QFontMetrics(box.font()).horizontalAdvance(title)
