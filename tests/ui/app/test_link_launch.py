"""`reader reader://open?…`: the passage opened and flashed in a new Reader, and in the one
already running (handed over its socket); a link that can't be followed says why in one line."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from reader.document import load
from reader.document.passage_link import passage_url
from reader.store import Store

ROOT = Path(__file__).resolve().parents[3]

# Runs `reader ARGS…`; each flash of a passage is printed: the file shown, the passage's
# text offsets as flashed, and whether it is in the view. READER_TEST_QUIT: quit after it.
_SPY = """
import os, sys
from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication
from reader.app import main
from reader.ui.article.view import ArticleView

flash = ArticleView.flash_range

def spy(self, start, end):
    flash(self, start, end)
    (drawn,) = self.highlights.group("flash")
    first = self.text_map.offset(drawn.cursor.selectionStart())
    last = self.text_map.offset(drawn.cursor.selectionEnd())
    cursor = QTextCursor(self.document())
    cursor.setPosition(drawn.cursor.selectionStart())
    rect = self.cursorRect(cursor)
    seen = 0 <= rect.top() and rect.bottom() <= self.viewport().height()
    path = self.window().document.source.path
    print("flash", os.path.basename(path), first, last, seen, flush=True)
    if os.environ.get("READER_TEST_QUIT"):
        QTimer.singleShot(0, QApplication.closeAllWindows)

ArticleView.flash_range = spy
QTimer.singleShot(0, lambda: print("started", flush=True))
if os.environ.get("READER_TEST_QUIT"):  # no flash by then: the test fails, it doesn't hang
    QTimer.singleShot(60_000, QApplication.closeAllWindows)
sys.exit(main(sys.argv[1:]))
"""

ARTICLE = "长文标题\n\n" + "".join(f"第{i}段。这一段讲的是第{i}件事情，写得很长很长。\n\n" for i in range(400))


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
                READER_SETTINGS_FILE=str(tmp_path / "settings.ini"))  # fmt: skip


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "长文.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def _known(data: Path, path: Path) -> tuple[str, int, int]:
    """The store knows path's document (it was read once); a passage near its end."""
    document = load(str(path))
    with Store.open(data) as store:
        store.remember_document(str(path), document.source.sha256, document.title)
    start = document.text.index("第377段")
    return passage_url(document.source.sha256, start, start + 5), start, start + 5


def _reader(env: dict[str, str], data: Path, *args: str, **kw: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", _SPY, "--data-dir", str(data), *args], env={**env, **kw},
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
    )  # fmt: skip


def test_a_link_opens_a_new_reader_at_the_passage_flashed(
    env: dict[str, str], article: Path, tmp_path: Path
) -> None:
    url, start, end = _known(tmp_path / "data", article)
    reader = _reader(env, tmp_path / "data", url, READER_TEST_QUIT="1")
    out, err = reader.communicate(timeout=120)
    assert reader.returncode == 0, err
    assert f"flash 长文.txt {start} {end} True" in out.splitlines(), (out, err)


def test_a_link_is_handed_to_the_running_reader(
    env: dict[str, str], article: Path, tmp_path: Path
) -> None:
    url, start, end = _known(tmp_path / "data", article)
    running = _reader(env, tmp_path / "data")  # on the bundled article
    try:
        assert running.stdout is not None and running.stdout.readline().strip() == "started"
        second = subprocess.run(
            [sys.executable, "-m", "reader.app", "--data-dir", str(tmp_path / "data"), url],
            env=env, capture_output=True, text=True, timeout=120, check=False, cwd=ROOT,
        )  # fmt: skip
        assert second.returncode == 0, second.stderr
        assert "handed reader://open?doc=" in second.stdout
        assert running.stdout.readline().split() == ["flash", "长文.txt", str(start), str(end), "True"]
    finally:
        running.send_signal(signal.SIGTERM)
        running.communicate(timeout=60)


def test_a_link_the_running_reader_cannot_follow_is_refused_with_why(
    env: dict[str, str], article: Path, tmp_path: Path
) -> None:
    url, _, _ = _known(tmp_path / "data", article)
    running = _reader(env, tmp_path / "data")
    try:
        assert running.stdout is not None and running.stdout.readline().strip() == "started"
        article.rename(tmp_path / "moved.txt")
        second = subprocess.run(
            [sys.executable, "-m", "reader.app", "--data-dir", str(tmp_path / "data"), url],
            env=env, capture_output=True, text=True, timeout=120, check=False, cwd=ROOT,
        )  # fmt: skip
        assert second.returncode == 2
        (line,) = (line for line in second.stderr.splitlines() if "propagateSize" not in line)
        assert line.startswith("reader: the file of «长文标题» is missing: ") and str(article) in line
    finally:
        running.send_signal(signal.SIGTERM)
        running.communicate(timeout=60)


def test_a_link_to_a_document_never_read_says_so_in_one_line(
    env: dict[str, str], tmp_path: Path
) -> None:
    """A new Reader: the line on stderr, then the window with the same in a message box."""
    script = _SPY.replace(
        "ArticleView.flash_range = spy",
        "from reader.ui.common.dialogs import Dialogs\n"
        "Dialogs.show_error = classmethod(lambda cls, parent, title, text: (print('box', title,"
        " '|', text, flush=True), QApplication.closeAllWindows()))",
    )
    result = subprocess.run(
        [sys.executable, "-c", script, "--data-dir", str(tmp_path / "data"),
         passage_url("e" * 64, 1, 2)],
        env=env, capture_output=True, text=True, timeout=120, check=False, cwd=ROOT,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    # (offscreen Qt may add "This plugin does not support propagateSizeHints()")
    assert [line for line in result.stderr.splitlines() if "propagateSizeHints" not in line] == [
        "reader: the document of this link (eeeeeeeeeeee…) is not in your library: open its "
        "file in Reader once, or its text has changed since the link was made"
    ]
    assert "box Can't follow the link | Reader can't open the passage: the document" in result.stdout
