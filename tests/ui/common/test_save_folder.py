"""Save dialogs start beside the document, never in the program's own folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths

from reader.resource_files import resource_path
from reader.ui.common.save_folder import save_folder


def test_a_document_s_own_folder_unless_a_folder_is_given(tmp_path: Path) -> None:
    source = tmp_path / "文章" / "a.txt"
    source.parent.mkdir()
    assert save_folder("", str(source)) == source.parent.resolve()
    assert save_folder(str(tmp_path), str(source)) == tmp_path


@pytest.mark.parametrize("has_documents", [True, False])
def test_a_document_in_the_program_s_folder_starts_in_documents_or_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, has_documents: bool
) -> None:
    documents = tmp_path / "Documents"
    if has_documents:
        documents.mkdir()
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _kind: str(documents))
    monkeypatch.setenv("HOME", str(tmp_path))
    bundled = resource_path("default-article.txt")
    assert save_folder("", str(bundled)) == (documents if has_documents else tmp_path)
