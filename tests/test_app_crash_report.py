"""The entry point's safety net: an unforeseen exception is one line on stderr, a crash report
file and exit status 2; Ctrl+C is a quiet 130; an exception in a Qt slot is reported alike."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from reader import __version__
from reader.crash_report import CRASH_DIR, one_line

SEED = Path(__file__).resolve().parents[1] / "resources" / "default-article.txt"

_FAILING = """
import sys
import reader.document
def load(path):
    raise {error}
reader.document.load = load
from reader.app import main
sys.exit(main(sys.argv[1:]))
"""


def _run(tmp_path: Path, script: str, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environ = dict(os.environ, XDG_CACHE_HOME=str(tmp_path / "cache"), QT_QPA_PLATFORM="offscreen")
    environ["READER_SETTINGS_FILE"] = str(tmp_path / "settings.ini")
    environ.update(env)
    return subprocess.run(
        [sys.executable, "-c", script, *args], env=environ, capture_output=True, text=True,
        encoding="utf-8", errors="backslashreplace", timeout=60, check=False,
    )  # fmt: skip


def _report_path(stderr: str) -> Path:
    assert "Traceback" not in stderr, stderr
    (line,) = (line for line in stderr.splitlines() if "propagateSizeHints" not in line)
    found = re.fullmatch(r"reader: unexpected error: .* \(crash report: (.+)\)", line)
    assert found, line
    return Path(found[1])


def test_an_unforeseen_exception_is_one_line_a_report_and_status_2(tmp_path: Path) -> None:
    script = _FAILING.format(error='RuntimeError("boom\\nsecond line")')
    p = _run(tmp_path, script, "dump", str(SEED))
    assert p.returncode == 2
    assert p.stderr.startswith("reader: unexpected error: RuntimeError: boom second line ")
    report = _report_path(p.stderr)
    assert report.parent == tmp_path / "cache" / "Reader" / CRASH_DIR
    text = report.read_text(encoding="utf-8")
    assert f"Reader {__version__} crashed" in text
    assert "platform: " in text and "python: " in text
    assert f"argv: ['-c', 'dump', '{SEED}']" in text
    assert "Traceback (most recent call last)" in text and 'line 5, in load' in text
    assert text.rstrip().endswith("RuntimeError: boom\nsecond line")


def test_without_a_cache_folder_the_report_goes_to_the_temporary_folder(tmp_path: Path) -> None:
    (tmp_path / "cache").write_text("", encoding="utf-8")  # the cache "folder" is a file
    (tmp_path / "tmp").mkdir()
    p = _run(tmp_path, _FAILING.format(error="ValueError()"), "dump", str(SEED),
             TMPDIR=str(tmp_path / "tmp"))  # fmt: skip
    assert p.returncode == 2
    assert _report_path(p.stderr).parent == tmp_path / "tmp"
    assert p.stderr.startswith("reader: unexpected error: ValueError (crash report: ")


def test_ctrl_c_ends_quietly_with_130(tmp_path: Path) -> None:
    p = _run(tmp_path, _FAILING.format(error="KeyboardInterrupt"), "dump", str(SEED))
    assert (p.returncode, p.stderr, p.stdout) == (130, "", "")
    assert not (tmp_path / "cache").exists()


def test_validation_at_the_edges_keeps_its_own_reason(tmp_path: Path) -> None:
    p = _run(tmp_path, _FAILING.replace("reader.document.load = load", ""), "dump",
             str(tmp_path / "missing.txt"))  # fmt: skip
    assert p.returncode == 2
    assert p.stderr.startswith("reader: ") and "unexpected" not in p.stderr
    assert not (tmp_path / "cache").exists()


_SLOT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from reader.app import main
def fail():
    raise ZeroDivisionError("in a slot")
app = QApplication(sys.argv[:1])
QTimer.singleShot(100, fail)
QTimer.singleShot(600, QApplication.closeAllWindows)
print(main(sys.argv[1:]), sys.excepthook is sys.__excepthook__)
"""


def test_an_exception_in_a_slot_is_reported_and_the_window_goes_on(tmp_path: Path) -> None:
    p = _run(tmp_path, _SLOT, "--data-dir", str(tmp_path / "data"), str(SEED))
    assert p.stdout.split() == ["0", "True"]  # closed normally; the hook put back after
    report = _report_path(p.stderr)
    assert "\nreader: unexpected error: ZeroDivisionError: in a slot (" in f"\n{p.stderr}"
    assert "in fail\nZeroDivisionError: in a slot" in report.read_text(encoding="utf-8")


def test_one_line_folds_and_cuts_the_message() -> None:
    assert one_line(OSError("a\n  b")) == "OSError: a b"
    assert one_line(KeyError()) == "KeyError"
    long = one_line(ValueError("x" * 1000))
    assert len(long) < 320 and long.endswith("…")

    class BrokenError(Exception):
        def __str__(self) -> str:
            raise RuntimeError

    assert one_line(BrokenError()) == "BrokenError"
