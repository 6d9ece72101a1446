"""run_gui: the whole start-up path in a child process, quitting after the first paint."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader.document.loader import MAX_FILE_BYTES, why_unopenable

SCRIPT = (
    "import sys; from reader.ui.app.launch import run_gui; "
    "sys.exit(run_gui(sys.argv[1] or None, sys.argv[2], exit_after_paint=True))"
)


def _run(tmp_path: Path, article: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["READER_SETTINGS_FILE"] = str(tmp_path / "settings.ini")
    return subprocess.run(
        [sys.executable, "-c", SCRIPT, article, str(tmp_path / "data")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_run_gui_opens_the_bundled_article_and_exits_after_the_first_paint(
    tmp_path: Path,
) -> None:
    result = _run(tmp_path, "")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "settings.ini").exists()  # window state saved in the INI file
    assert (tmp_path / "data").is_dir()  # the store was opened there


def test_run_gui_on_a_missing_file_fails_without_hanging(tmp_path: Path) -> None:
    result = _run(tmp_path, str(tmp_path / "nope.txt"))
    assert result.returncode == 1


# The dialog a refusal shows: printed, then the window closed (a normal start runs till then).
TOLD = (
    "import sys\n"
    "from PySide6.QtWidgets import QApplication\n"
    "from reader.ui.app.launch import run_gui\n"
    "from reader.ui.common.dialogs import Dialogs\n"
    "def told(parent, title, text):\n"
    "    print('window' if parent.isVisible() else 'hidden', text)\n"
    "    QApplication.instance().quit()\n"
    "Dialogs.show_error = told\n"
    "sys.exit(run_gui(sys.argv[1], sys.argv[2]))\n"
)


@pytest.mark.parametrize("kind", ["missing", "folder", "empty", "too large"])
def test_a_first_window_refusing_a_file_says_why_in_the_window_and_on_stderr(
    tmp_path: Path, kind: str
) -> None:
    target = tmp_path / "文章.txt"
    if kind == "folder":
        target.mkdir()
    elif kind == "empty":
        target.touch()
    elif kind == "too large":
        with target.open("wb") as f:
            f.truncate(MAX_FILE_BYTES + 1)  # sparse: nothing written
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["READER_SETTINGS_FILE"] = str(tmp_path / "settings.ini")
    result = subprocess.run(
        [sys.executable, "-c", TOLD, str(target), str(tmp_path / "data")],
        env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    why = why_unopenable(target)
    assert why and "\n" not in why
    said = [line for line in result.stderr.splitlines() if "propagateSizeHints" not in line]
    assert said == [f"reader: {why}"]  # a terminal's user reads it there (offscreen: a warning)
    # opened from a desktop's Open With: the window, and the same line in it
    assert result.stdout == f"window Reader can't open 文章.txt: {why}\n", result.stderr
    assert result.returncode == 0


def test_garbage_collection_is_off_while_starting_and_on_after_the_first_paint(
    tmp_path: Path,
) -> None:
    script = (
        "import gc, sys; from reader.app import main\n"
        "from reader.ui.article.view import ArticleView\n"
        "seen = []\n"
        "ArticleView.first_painted  # noqa\n"
        "paint = ArticleView.paintEvent\n"
        "def spy(self, event):\n"
        "    seen.append(gc.isenabled()); paint(self, event)\n"
        "ArticleView.paintEvent = spy\n"
        "status = main(['--data-dir', sys.argv[1], '--exit-after-paint'])\n"
        "print(status, seen[0], gc.isenabled(), gc.get_freeze_count() > 1000)\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["READER_SETTINGS_FILE"] = str(tmp_path / "settings.ini")
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "data")],
        env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.stdout.split() == ["0", "False", "True", "True"], result.stderr


AFTER_PAINT_SCRIPT = (
    "import sys\n"
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication\n"
    "from reader.ui.app import launch\n"
    "from reader.ui.app.single_instance import SingleInstance\n"
    "done = []\n"
    "listen = SingleInstance.listen\n"
    "SingleInstance.listen = lambda self: (done.append('listen'), listen(self))[1]\n"
    "icon = launch.app_icon\n"
    "launch.app_icon = lambda: (done.append('icon'), icon())[1]\n"
    "timing = sys.argv[2] == 'timing'\n"
    "app = QApplication(sys.argv[:1])\n"
    "if not timing:  # a normal start: closed by hand a little after the first paint\n"
    "    QTimer.singleShot(1500, lambda: QApplication.closeAllWindows())\n"
    "status = launch.run_gui(None, sys.argv[1], exit_after_paint=timing)\n"
    "print(status, sorted(done), 'PySide6.QtNetwork' in sys.modules)\n"
)


def test_what_waits_for_the_first_paint_is_done_in_a_normal_start_only(tmp_path: Path) -> None:
    """The single-instance socket and the window icon come after the first paint; a timing
    run (--exit-after-paint) quits then, so it starts neither."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["READER_SETTINGS_FILE"] = str(tmp_path / "settings.ini")
    seen = {}
    for mode in ("timing", "normal"):
        result = subprocess.run(
            [sys.executable, "-c", AFTER_PAINT_SCRIPT, str(tmp_path / mode), mode],
            env=env, capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip
        seen[mode] = result.stdout.strip()
    assert seen == {"timing": "0 [] False", "normal": "0 ['icon', 'listen'] True"}


def test_a_timing_run_can_print_when_it_painted(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", READER_PRINT_PAINT_TIME="1")
    env["READER_SETTINGS_FILE"] = str(tmp_path / "settings.ini")
    before = time.time()
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, "", str(tmp_path / "data")],
        env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    after = time.time()
    assert result.returncode == 0, result.stderr
    (stamp,) = result.stdout.split()
    assert before < float(stamp) < after


START_PAGE_SCRIPT = (
    "import sys\n"
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication\n"
    "from reader.ui.app import launch\n"
    "app = QApplication(sys.argv[:1])\n"
    "seen = []\n"
    "def look():\n"
    "    window = next(w for w in app.topLevelWidgets() if w.windowTitle())\n"
    "    page = window.library.page\n"
    "    seen.append((window.windowTitle(), page.model.total if page else None))\n"
    "    window.close()\n"
    "QTimer.singleShot(1500, look)\n"
    "status = launch.run_gui(None, sys.argv[1])\n"
    "print(status, seen)\n"
)


def test_without_a_file_a_first_start_reads_the_bundled_article_then_starts_on_the_library(
    tmp_path: Path,
) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["READER_SETTINGS_FILE"] = str(tmp_path / "settings.ini")
    seen = []
    for _start in range(2):
        result = subprocess.run(
            [sys.executable, "-c", START_PAGE_SCRIPT, str(tmp_path / "data")],
            env=env, capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        seen.append(result.stdout.strip())
    assert seen == ["0 [('党旗领航奋进路 乘风破浪开新局 — Reader', None)]",
                    "0 [('Library — Reader', 1)]"]  # fmt: skip


EXIT_SCRIPT = (
    "import gc, sys\n"
    "import shiboken6\n"
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication\n"
    "from reader.ui.app import launch\n"
    "made = []\n"
    "class Recorded(launch.MainWindow):\n"
    "    def __init__(self, *args, **kwargs):\n"
    "        super().__init__(*args, **kwargs)\n"
    "        made.append(self)\n"
    "launch.MainWindow = Recorded\n"
    "app = QApplication(sys.argv[:1])\n"
    "QTimer.singleShot(1500, lambda: QApplication.closeAllWindows())\n"
    "status = launch.run_gui(None, sys.argv[1])\n"
    "print(status, [shiboken6.isValid(w) for w in made], gc.get_freeze_count() > 0)\n"
)


def test_at_exit_the_window_is_deleted_by_qt_and_python_collects_nothing_more(
    tmp_path: Path,
) -> None:
    """The process's end is quick: left to Python's teardown, the Notes list's 10 000 rows
    would be deleted one at a time; a last collection would scan everything made since."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["READER_SETTINGS_FILE"] = str(tmp_path / "settings.ini")
    result = subprocess.run(
        [sys.executable, "-c", EXIT_SCRIPT, str(tmp_path / "data")],
        env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.stdout.strip() == "0 [False] True", result.stderr


CHUNKS_SCRIPT = (
    "import sys\n"
    "from reader.ui.article import renderer\n"
    "chunks = []\n"
    "chunk = renderer.ArticleRenderer._render_chunk\n"
    "def counted(self, *args):\n"
    "    before = self._next\n"
    "    chunk(self, *args)\n"
    "    chunks.extend([1] if self._next > before else [])\n"
    "renderer.ArticleRenderer._render_chunk = counted\n"
    "from reader.app import main\n"
    "status = main(['--data-dir', sys.argv[1], '--exit-after-paint', sys.argv[2]])\n"
    "print(status, len(chunks))\n"
)


def test_a_timing_run_renders_nothing_after_the_first_paint(tmp_path: Path) -> None:
    """What the renderer queues for after the first screen is not part of a timing run: it
    quits at the paint, so a long article's next chunks never start."""
    article = tmp_path / "long.txt"
    paragraph = "这是一段用来把文章写长的正文，句子重复很多次，直到第一屏放不下为止。" * 4
    article.write_text("长文章的标题\n\n" + "\n\n".join([paragraph] * 400), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["READER_SETTINGS_FILE"] = str(tmp_path / "settings.ini")
    result = subprocess.run(
        [sys.executable, "-c", CHUNKS_SCRIPT, str(tmp_path / "data"), str(article)],
        env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.stdout.split() == ["0", "0"], result.stderr
