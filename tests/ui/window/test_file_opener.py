"""A large file is imported on a worker thread: the window keeps painting and answering, the
status bar says what is opening, and only the newest request is shown."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot

from reader.ui.window.file_opener import BACKGROUND_MARKDOWN_BYTES, BACKGROUND_TEXT_BYTES
from reader.ui.window.main_window import MainWindow

IMPORT_TIMEOUT_MS = 60_000


def _big_markdown(folder: Path) -> Path:
    section = "## 第{0}节\n\n这是第{0}节的正文，**强调**与`代码`，详见[链接](https://e.org/{0})。\n\n"
    text = "# 很长的说明\n\n" + "".join(section.format(i) for i in range(6000))
    assert len(text.encode()) > BACKGROUND_MARKDOWN_BYTES
    path = folder / "big.md"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_large_file_opens_while_the_window_stays_live(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    path = _big_markdown(tmp_path)
    beats: list[int] = []
    heartbeat = QTimer(window)
    heartbeat.timeout.connect(lambda: beats.append(1))
    heartbeat.start(5)
    assert window.open_path(str(path))
    assert window.opening
    assert "big.md" in window.statusBar().currentMessage()
    assert window.document is not None and window.document.title != "很长的说明"
    qtbot.waitUntil(lambda: not window.opening, timeout=IMPORT_TIMEOUT_MS)
    heartbeat.stop()
    assert window.document is not None and window.document.title == "很长的说明"
    assert len(window.document.sections) == 6000
    assert beats, "the event loop never ran while the file was imported"
    assert "big.md" not in window.statusBar().currentMessage()


def test_a_file_asked_for_later_wins(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    big = _big_markdown(tmp_path)
    small = tmp_path / "small.txt"
    small.write_text("小文件的标题\n\n正文一段，足够长的文字说明。\n", encoding="utf-8")
    shown: list[str] = []
    window.document_shown.connect(shown.append)
    assert window.open_path(str(big))
    assert window.open_path(str(small))  # small: at once
    assert window.document is not None and window.document.source.path == str(small)
    assert not window.opening
    for worker in threading.enumerate():
        if worker.name == "reader-import":
            worker.join(IMPORT_TIMEOUT_MS / 1000)
    qtbot.wait(100)  # the big file's result arrives, and is dropped
    assert shown == [str(small)]
    assert window.document.source.path == str(small)


def test_a_large_file_that_fails_says_why(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    blank = tmp_path / "blank.txt"
    blank.write_bytes(b" \n" * (BACKGROUND_TEXT_BYTES // 2 + 1))
    reported: list[tuple[str, str]] = []
    window._opener._failed = lambda path, reason: reported.append((path, reason))  # noqa: SLF001
    before = window.document
    assert window.open_path(str(blank))
    qtbot.waitUntil(lambda: bool(reported), timeout=IMPORT_TIMEOUT_MS)
    assert reported == [(str(blank), "blank.txt has no text to show")]
    assert window.document is before
    assert not window.opening


WEB_PAGES = Path(__file__).resolve().parents[2] / "document" / "web" / "web_pages"


def test_a_small_text_file_that_is_really_a_web_page_opens_on_the_worker(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    page = tmp_path / "saved.txt"  # 12 KB, named as text: told by its first bytes
    page.write_bytes((WEB_PAGES / "ia_tywbw_c4d032a1.html").read_bytes())
    assert page.stat().st_size < BACKGROUND_TEXT_BYTES
    assert window.open_path(str(page))
    assert window.opening  # trafilatura is never loaded on the GUI thread
    qtbot.waitUntil(lambda: not window.opening, timeout=IMPORT_TIMEOUT_MS)
    assert window.document is not None and window.document.source.kind == "html"
    assert window.document.title == "居家养老有“医”靠 安宁疗护有温度"


def test_a_dropped_mhtml_archive_opens(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtCore import QMimeData, QPoint, QUrl
    from PySide6.QtGui import QDropEvent

    saved = tmp_path / "一篇文章.mhtml"
    saved.write_bytes((WEB_PAGES / "ia_people_b26fbb82_gbk.mhtml").read_bytes())
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(saved))])
    drop = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                      Qt.KeyboardModifier.NoModifier)  # fmt: skip
    # the window's drop filter, as Qt calls it for a drop (a synthetic drop sent to the window
    # never reaches it offscreen: Qt delivers drops only inside a drag it runs itself)
    assert window._drop.eventFilter(window, drop)  # noqa: SLF001
    qtbot.waitUntil(lambda: not window.opening, timeout=IMPORT_TIMEOUT_MS)
    assert window.document is not None and window.document.source.path == str(saved)
    assert window.document.title == "江苏多地要求中高风险地区师生员工暂不返校"


def test_the_open_dialog_offers_every_name_an_importer_reads(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from reader.document.loader import HTML_SUFFIXES, MARKDOWN_SUFFIXES
    from reader.ui.common.dialogs import Dialogs

    asked: list[str] = []
    monkeypatch.setattr(Dialogs, "open_file", lambda *args: asked.append(args[-1]) or "")
    window.open_dialog()
    articles = asked[0].split(";;")[0]
    offered = set(articles[articles.index("(") + 1 : articles.index(")")].split())
    assert offered == {f"*{suffix}" for suffix in {".txt", *MARKDOWN_SUFFIXES, *HTML_SUFFIXES}}
