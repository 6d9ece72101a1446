"""Run hostile cases in a child process with a timeout: a hang fails a test, never CI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run_cases(script: str, cases: dict[str, str], timeout: float) -> list[list[Any]]:
    """script reads the cases (name → Python expression) as JSON from argv[1] and prints one
    JSON row per case, its name first; the rows, in order."""
    try:
        result = subprocess.run(
            [sys.executable, "-c", script, json.dumps(cases)],
            capture_output=True, text=True, timeout=timeout, check=False, cwd=ROOT,
        )  # fmt: skip
    except subprocess.TimeoutExpired as e:
        done = e.stdout.decode() if isinstance(e.stdout, bytes) else (e.stdout or "")
        pytest.fail(f"hung after: {done.splitlines()[-1:] or 'nothing'}")
    assert result.returncode == 0, result.stderr[-2000:]
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [row[0] for row in rows] == list(cases)
    return rows
