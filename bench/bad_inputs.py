"""The bad-input corpus of tests/document/test_bad_inputs.py, loaded once more for the bench."""

from __future__ import annotations

import importlib.util
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

from reader.document import DocumentError, load

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "document" / "test_bad_inputs.py"


@dataclass
class InputFigures:
    tried: int = 0
    opened: int = 0
    refused: int = 0
    wrong: list[str] = field(default_factory=list)
    crashes: list[str] = field(default_factory=list)


def _corpus() -> ModuleType:
    """The test module itself, so the bench and the tests try the same files."""
    spec = importlib.util.spec_from_file_location("bad_input_corpus", CORPUS)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def try_bad_inputs(folder: Path) -> InputFigures:
    """Open every case; a refusal must be the expected one-line message, within the time bound."""
    corpus = _corpus()
    figures = InputFigures()
    folder.mkdir(parents=True, exist_ok=True)
    for name, (filename, make, refusal) in corpus.CASES.items():
        path = folder / filename
        path.write_bytes(make())
        figures.tried += 1
        started = time.monotonic()
        try:
            load(path)
        except DocumentError as exc:
            figures.refused += 1
            if refusal is None or refusal not in str(exc) or "\n" in str(exc):
                figures.wrong.append(f"{name}: refused with {exc}")
        except Exception as exc:  # noqa: BLE001 - a crash is what the bench counts
            figures.crashes.append(f"{name}: {exc!r}")
        else:
            figures.opened += 1
            if refusal is not None:
                figures.wrong.append(f"{name}: opened, expected a refusal ({refusal})")
        if time.monotonic() - started > corpus.HANG_BOUND_SECONDS:
            figures.wrong.append(f"{name}: took longer than {corpus.HANG_BOUND_SECONDS} s")
        path.unlink()
    return figures
