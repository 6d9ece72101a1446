"""The bad-input corpus of tests/document/test_bad_inputs.py, loaded once more for the bench
(bench/faults.py), and hostile inputs run through `reader dump`:

    .venv/bin/python bench/bad_inputs.py    # the hostile table of the README (≈1 min)
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

import corpus

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


# ---- Hostile inputs: made to hang, freeze or crash a reader. Each runs as the user would run
# it, `reader dump FILE` in a process of its own, so a hang is a timeout, not a stuck bench. ----

HOSTILE_TIMEOUT_SECONDS = 60


def _write(data: bytes) -> Callable[[Path], Path]:
    def make(path: Path) -> Path:
        path.write_bytes(data)
        return path

    return make


def _fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


def _undecodable_name(path: Path) -> Path:
    named = path.with_name(os.fsdecode(b"\xff\xfe-article.txt"))
    named.write_text("党的十八大以来，非公有制经济组织党建工作取得显著成效。\n", encoding="utf-8")
    return named


_PARAGRAPH = "<p>党的十八大以来，天津市非公有制经济组织和社会组织党建工作取得显著成效。</p>".encode()
_CHINESE = "党的十八大以来，天津市非公有制经济组织和社会组织党建工作取得显著成效。\n" * 40
HOSTILE: dict[str, tuple[str, Callable[[Path], Path]]] = {
    "a named pipe (FIFO)": ("fifo.txt", _fifo),
    "'1.5亿元，' × 8000 (64 KB)": ("figures.txt", _write(("1.5亿元，" * 8000).encode())),
    "'了' × 20000 before one figure": ("le.txt", _write(("测试" + "了" * 20000 + "x增长5亿元").encode())),
    "'[' × 10000 + 'x' + ']' × 10000 (Markdown)": (
        "brackets.md", _write(("[" * 10000 + "x" + "]" * 10000).encode())),
    "'<a ' × 20000 (Markdown)": ("tags.md", _write(("<a " * 20000).encode())),
    "100 000 Markdown headings": ("heads.md", _write("".join(
        f"## 第{i}节\n\n正文。\n\n" for i in range(100_000)).encode())),
    "a 200 000-row Markdown table": ("table.md", _write(
        ("| a | b |\n|---|---|\n" + "| 1 | 2 |\n" * 200_000).encode())),
    "lists nested 3000 deep (Markdown)": ("lists.md", _write(
        "".join("  " * i + "- x\n" for i in range(3000)).encode())),
    "a README of 2 MB, dense with markup (Markdown)": ("README.md", corpus.write_readme),
    "Markdown that sanitizes to nothing": ("script.md", _write(b"<script>alert(1)</script>\n")),
    "Chinese UTF-16 LE without BOM": ("le16.txt", _write(_CHINESE.encode("utf-16-le"))),
    "Chinese UTF-16 BE without BOM": ("be16.txt", _write(_CHINESE.encode("utf-16-be"))),
    "a file name that is not UTF-8": ("", _undecodable_name),
    # Found by bench/regex_probe.py and the hostile files of its issue: each hung before.
    "a line of 29 digits in an article": ("digits.txt", _write(
        ("某市召开安全生产工作会议\n\n" + _CHINESE[:200] + "\n" + "1" * 29 + "x\n").encode())),
    "a dateline of 30 000 dates": ("dates.txt", _write(
        ("某市召开安全生产工作会议\n\n作者：王小五 2024-05-10 " + "2021年 " * 30_000 + "x\n\n"
         + _CHINESE).encode())),
    "a Markdown line of 300 000 pipes, each with a space": ("pipes.md", _write(("| " * 300_000 + "x\n").encode())),
    "a Markdown heading with 300 000 spaces": ("spaces.md", _write(
        ("# 标题" + " " * 300_000 + "x\n\n正文。\n").encode())),
    "a Markdown table cell of 300 000 spaces": ("cell.md", _write(
        ("| 金额" + " " * 300_000 + "x | 增长 |\n|---|---|\n| 1 | 2 |\n").encode())),
    "'中 ' × 2 500 000 (10 MB, one line)": ("long_line.txt", _write(("中 " * 2_500_000).encode())),
    **{name: (file, _write(data)) for name, (file, data) in {
        "HTML: divs nested 200 000 deep": (
            "deep.html", b"<html><body>" + b"<div>" * 200_000 + b"x" + b"</div>" * 200_000),
        "HTML: 100 000 elements": ("many.html", b"<html><body>" + b"<p>x</p>" * 100_000),
        "HTML: a tag with 100 000 attributes": ("soup.html", b"<html><body><div " + b"".join(
            b'a%d="%s" ' % (i, b"x" * 50) for i in range(100_000)) + b">" + _PARAGRAPH * 9),
        "HTML: tables nested 5000 deep": (
            "tables.html", b"<html><body>" + b"<table><tr><td>" * 5000 + _PARAGRAPH),
        "HTML: 100 000 links in a list": ("links.html", b"<html><body><ul>" + b"".join(
            b'<li><a href="/%d">link</a></li>' % i for i in range(100_000)) + _PARAGRAPH * 9),
        "HTML: 200 000 '<'": ("lt.html", b"<html><body>" + b"<" * 200_000),
        "HTML: 100 000 cells spanning 1000 columns and 65 534 rows": (
            "spans.html", b"<html><body><table>" + (b"<tr>" + b'<td colspan="1000" '
                          b'rowspan="65534">x</td>' * 20 + b"</tr>") * 5000 + _PARAGRAPH),
        "MHTML with no HTML part": ("empty.mhtml", b"MIME-Version: 1.0\r\nContent-Type: "
                                    b"multipart/related; boundary=B\r\n\r\n--B--\r\n"),
    }.items()},
}


def _annotations(items: str) -> Callable[[Path], Path]:
    return _write(items.encode("utf-8", "surrogatepass"))


_NOTE = ('{{"type": "Annotation", "motivation": "commenting", "body": {{"type": "TextualBody", '
         '"value": "{body}"}}, "target": {{"selector": [{{"type": "TextQuoteSelector", '
         '"exact": "非公有制经济"}}, {{"type": "TextPositionSelector", "start": {start}, '
         '"end": {end}}}]}}}}')
# `reader notes import ARTICLE FILE` with each of these as FILE.
HOSTILE_IMPORTS: dict[str, tuple[str, Callable[[Path], Path]]] = {
    "annotations JSON nested 100 000 deep": ("deep.json", _annotations("[" * 100_000 + "]" * 100_000)),
    "a position of 2**63": ("big.json", _annotations("[" + _NOTE.format(
        body="x", start=0, end=2**63) + "]")),
    "a lone surrogate in a note": ("surrogate.json", _annotations("[" + _NOTE.format(
        body="\\ud800", start=10, end=16) + "]")),
    "a note of 200 000 characters": ("long.json", _annotations("[" + _NOTE.format(
        body="长" * 200_000, start=10, end=16) + "]")),
    "300 000 annotations": ("many.json", _annotations(
        "[" + ",".join([_NOTE.format(body="x", start=10, end=16)] * 300_000) + "]")),
}


@dataclass
class HostileRow:
    name: str
    outcome: str  # "opened", "refused: <reason>", "timeout", "traceback: <last line>"
    seconds: float


def try_hostile_inputs(folder: Path) -> list[HostileRow]:
    """Run `reader dump` on each hostile input, and `reader notes import` on each hostile
    annotations file; what it did and how long it took."""
    folder.mkdir(parents=True, exist_ok=True)
    article = folder / "article.txt"
    article.write_text(_CHINESE, encoding="utf-8")
    runs = [(name, make, ["dump"]) for name, (_file, make) in HOSTILE.items()]
    runs += [(f"notes import: {name}", make, ["--data-dir", str(folder / "data"), "notes",
                                               "import", str(article)])
             for name, (_file, make) in HOSTILE_IMPORTS.items()]
    files = {name: file for name, (file, _make) in {**HOSTILE, **HOSTILE_IMPORTS}.items()}
    rows = []
    for name, make, command in runs:
        path = make(folder / (files[name.removeprefix("notes import: ")] or "placeholder"))
        started = time.monotonic()
        try:
            done = subprocess.run(
                [sys.executable, "-m", "reader", *command, os.fsencode(path)],
                capture_output=True, timeout=HOSTILE_TIMEOUT_SECONDS, check=False,
            )  # fmt: skip
        except subprocess.TimeoutExpired:
            outcome = "timeout"
        else:
            err = done.stderr.decode(errors="replace").strip().splitlines()
            if done.returncode == 0:
                outcome = "opened"
            elif "Traceback" in done.stderr.decode(errors="replace"):
                outcome = f"traceback: {err[-1] if err else ''}"
            else:
                reason = " ".join(err).replace(f"{folder}{os.sep}", "").removeprefix("reader: ")
                outcome = "refused: " + reason[:120]
        rows.append(HostileRow(name, outcome, time.monotonic() - started))
        path.unlink(missing_ok=True)
    return rows


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        rows = try_hostile_inputs(Path(tmp))
    print("| Input | Outcome | Time |\n|---|---|---|")
    for row in rows:
        print(f"| {row.name} | {row.outcome} | {row.seconds:.1f} s |")
    bad = [r for r in rows if r.outcome == "timeout" or r.outcome.startswith("traceback")]
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
