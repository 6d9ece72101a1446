"""The importer scored against hand-made labels of real articles (../shared/corpus)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SCORER = SHARED / "tools" / "score-importer"


@pytest.mark.skipif(not SCORER.exists(), reason="../shared is not beside this checkout")
def test_corpus_scores_meet_the_bar() -> None:
    out = subprocess.run(
        [sys.executable, str(SCORER), "--reader", f"{sys.executable} -m reader dump"],
        capture_output=True, text=True, timeout=600, check=True,
    ).stdout
    summary = out.strip().splitlines()[-1]
    numbers = dict(re.findall(r"(\w[\w ]*?) (\d+)%", summary))
    f1 = float(re.search(r"F1=([\d.]+)", summary).group(1))  # type: ignore[union-attr]
    assert " 0 failed" in summary and "0 with schema errors" in summary, summary
    assert f1 >= 0.90, summary
    for key in ("title", "byline", "disclaimer", "body start", "body end"):
        assert int(numbers[key]) >= 90, summary
