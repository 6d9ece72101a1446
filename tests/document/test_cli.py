from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from reader.document.dump import FORMAT

SEED = Path(__file__).resolve().parents[2] / "resources" / "default-article.txt"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "reader", *args], capture_output=True,
                          text=True, encoding="utf-8", timeout=60, check=False)


def test_dump_prints_the_schema_fields_unescaped() -> None:
    p = run("dump", str(SEED))
    assert p.returncode == 0, p.stderr
    assert "党旗领航奋进路" in p.stdout  # not \\u-escaped
    d = json.loads(p.stdout)
    assert d["format"] == FORMAT
    assert set(d) == {"format", "source", "title", "subtitle", "site", "breadcrumb", "byline",
                      "dateline", "sections", "disclaimer", "figures", "stats", "text"}
    assert d["source"]["kind"] == "text" and d["source"]["encoding"] == "utf-8"


def test_dump_of_a_missing_file_is_one_line_on_stderr(tmp_path: Path) -> None:
    p = run("dump", str(tmp_path / "missing.txt"))
    assert p.returncode != 0
    assert p.stdout == ""
    assert len(p.stderr.strip().splitlines()) == 1
    assert "does not exist" in p.stderr


def test_dump_does_not_import_qt() -> None:
    code = (f"import sys, io, contextlib\nfrom reader.app import main\n"
            f"with contextlib.redirect_stdout(io.StringIO()): main(['dump', {str(SEED)!r}])\n"
            "print(any(m.startswith('PySide6') for m in sys.modules))")
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                       check=False)
    assert p.stdout.strip().splitlines()[-1] == "False", p.stderr


def test_no_display_is_a_clear_message_not_a_qt_abort() -> None:
    import os

    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    p = subprocess.run([sys.executable, "-m", "reader", str(SEED)], capture_output=True,
                       text=True, timeout=60, check=False, env=env)
    assert p.returncode == 2
    assert p.stderr.startswith("reader: no display") and len(p.stderr.splitlines()) == 1
