"""scripts/run: a FILE given relative to the caller's folder is read from there."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

_ROOT = Path(__file__).resolve().parents[1]

# setup.sh as scripts/run sees it: it changes into the repository's root and names the venv.
_STUB_SETUP = """\
READER_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
READER_VENV="$READER_ROOT/.venv"
cd "$READER_ROOT"
"""
_STUB_READER = '#!/usr/bin/env bash\necho "$PWD"\nrealpath -m -- "$1"\n'


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_a_relative_file_is_the_callers(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    (repo / "scripts").mkdir(parents=True)
    shutil.copy(_ROOT / "scripts" / "run", repo / "scripts" / "run")
    (repo / "scripts" / "setup.sh").write_text(_STUB_SETUP)
    reader = repo / ".venv" / "bin" / "reader"
    reader.parent.mkdir(parents=True)
    reader.write_text(_STUB_READER)
    reader.chmod(0o755)
    caller = tmp_path / "elsewhere"
    caller.mkdir()
    (caller / "neg.txt").write_text("正文")

    done = subprocess.run(
        ["bash", str(repo / "scripts" / "run"), "neg.txt"],
        cwd=caller, capture_output=True, text=True, check=True,
    )

    cwd, path = done.stdout.splitlines()
    assert Path(cwd).resolve() == caller.resolve()
    assert Path(path) == (caller / "neg.txt").resolve()
