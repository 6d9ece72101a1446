"""Start-up: the first window's size, which document opens, where exports go, Qt in Chinese."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QRect, QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.store import Store
from reader.ui.app.launch import default_article, startup_targets
from reader.ui.common.dialogs import Dialogs
from reader.ui.common.i18n import install_translators, remove_translators
from reader.ui.window.main_window import MainWindow
from reader.ui.window.placement import first_run_geometry


def test_the_first_window_fits_the_screen_and_is_centred(qtbot: QtBot, settings: QSettings) -> None:
    window = MainWindow(None, settings)
    qtbot.addWidget(window)
    screen = window.screen()
    assert screen is not None
    available = screen.availableGeometry()
    assert available.contains(window.geometry())
    assert window.width() >= available.width() * 0.85
    assert abs(window.geometry().center().x() - available.center().x()) <= 1


def test_first_run_geometry_on_a_1280_by_800_screen() -> None:
    rect = first_run_geometry(QRect(0, 0, 1280, 770))
    assert (rect.width(), rect.height()) == (1152, 693)
    assert QRect(0, 0, 1280, 770).contains(rect)


def test_without_a_file_the_last_document_read_opens_again(
    store: Store, make_window: object, tmp_path: Path
) -> None:
    assert callable(make_window)
    article = tmp_path / "last.txt"
    article.write_text("上次读的文章\n\n正文第一段。\n", encoding="utf-8")
    window: MainWindow = make_window(store, str(article))
    window.close()
    assert startup_targets(None, store) == [str(article), default_article()]
    assert startup_targets("given.txt", store) == ["given.txt"]
    article.unlink()  # moved away since: the bundled article instead
    assert startup_targets(None, store) == [default_article()]
    assert startup_targets(None, None) == [default_article()]


def test_notes_are_exported_to_documents_then_to_the_last_export_folder(
    store: Store, make_window: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert callable(make_window)
    window: MainWindow = make_window(store)
    window.notes_ui.controller.bookmark_here()
    asked: list[str] = []
    target = tmp_path / "exports" / "mine.md"
    target.parent.mkdir()

    def save(_parent: object, _title: str, path: str, _filters: str) -> tuple[str, str]:
        asked.append(path)
        return str(target), ""

    monkeypatch.setattr(Dialogs, "save_file", save)
    documents = tmp_path / "Documents"  # the user's Documents folder, where there is one
    documents.mkdir()
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _kind: str(documents))
    window.window_actions.export_notes.trigger()
    assert Path(asked[0]).parent == documents
    assert target.exists()
    assert str(target) in window.statusBar().currentMessage()
    window.window_actions.export_notes.trigger()
    assert Path(asked[1]).parent == target.parent


def test_qt_standard_dialogs_speak_chinese_under_zh_cn(qapp: QApplication) -> None:
    translators = install_translators(qapp, QLocale("zh_CN"))
    try:
        assert len(translators) == 2  # Reader's and Qt's own qtbase_zh_CN
        assert QCoreApplication.translate("QFileDialog", "Look in:") == "查找范围："
        assert QCoreApplication.translate("QFileDialog", "Files of type:") != "Files of type:"
        assert QCoreApplication.translate("QPlatformTheme", "&Yes") == "是(&Y)"
    finally:
        remove_translators(qapp, translators)


def test_the_bundled_article_s_notes_are_not_exported_into_the_program_s_folder(
    store: Store, make_window: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert callable(make_window)
    window: MainWindow = make_window(store)  # the bundled article, in the program's resources
    window.notes_ui.controller.bookmark_here()
    asked: list[str] = []
    monkeypatch.setattr(
        Dialogs, "save_file", lambda _p, _t, path, _f: asked.append(path) or ("", "")
    )
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _kind: str(tmp_path / "none"))
    monkeypatch.setenv("HOME", str(tmp_path))  # no Documents folder: home
    window.window_actions.export_notes.trigger()
    assert Path(asked[0]).parent == tmp_path
    assert Path(asked[0]).name == f"{Path(default_article()).stem}-notes.md"
