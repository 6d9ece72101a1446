"""What the "can't open" dialog says: the file's name once, why, the path once."""

from __future__ import annotations

from pathlib import Path

import pytest

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
    assert text.count(str(missing)) == 1
    assert text.startswith("Reader can't open gone.txt.")


def test_a_binary_file_is_named(window: MainWindow, tmp_path: Path, shown: list[str]) -> None:
    photo = tmp_path / "photo.txt"
    photo.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(DocumentError, match=r"^photo\.txt is binary, not text$"):
        load(photo)
    assert not window.open_path(str(photo))
    (text,) = shown
    assert "photo.txt is binary, not text" in text
    assert text.count(str(photo)) == 1  # the path once, for finding the file
