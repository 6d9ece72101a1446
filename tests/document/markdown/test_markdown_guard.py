"""Hostile Markdown: shown as plain text in bounded time, and says so; ordinary Markdown is not
touched; Markdown with nothing readable left is refused like an empty file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.document import DocumentError, load, load_bytes
from reader.document.markdown.markdown_guard import DOCUMENT, NOTE, pathology
from tests.document.hostile_child import run_cases

ROOT = Path(__file__).resolve().parents[3]
MARKDOWN_PAGES = sorted((ROOT / "bench" / "devset" / "extra" / "pages").glob("*.md"))
HANG_BOUND_SECONDS = 120  # not a speed target: all the cases at once, a hang fails at this
CASE_BOUND_SECONDS = 20  # each case, on a slow CI machine (each took 30 s to hours before)

# The shapes of the issue (each reproduced at 30 s or more) and their kin.
HOSTILE = {
    "nested brackets": "'[' * 10000 + 'x' + ']' * 10000",
    "unclosed tags": "'<a ' * 20000",
    "unclosed links": "'[a](' * 6000",
    "100 000 headings": "''.join(f'# h{i}\\n\\n' for i in range(100_000))",
    "200 000-row table": "'| a | b |\\n|---|---|\\n' + ''.join(f'| {i} | x |\\n' for i in range(200_000))",
    "3 000-level list": "''.join('\\t' * i + '- x\\n' for i in range(3000))",
    "3 000 list markers": "'- ' * 3000 + 'x'",
    "quoted >": "'<a x=\\'>\\' ' * 20000",
    "unclosed fences": "'```a\\n' * 20000",
    "headings in one paragraph": "'# h\\n' * 20000",
    "setext headings": "'a\\n=\\n' * 20000",
    "definitions": "'a\\n: ' * 20000",
    "emphasis": "'*a* ' * 50000",
    "one title": "'# h\\n\\n' * 20000",
    "tiny paragraphs": "'x\\n\\n' * 100_000",
    "HTML blocks": "'<div>x</div>\\n\\n' * 20000",
    "table columns": "'|' + 'a|' * 50000 + '\\n|' + '-|' * 50000 + '\\n'",
    "spaces in a heading": "'# a' + ' ' * 300_000 + 'x'",
    "spaces in a cell": "'| a' + ' ' * 300_000 + 'x | b |\\n|---|---|\\n| 1 | 2 |'",
}

_SCRIPT = """
import json, sys, time
from reader.document import load_bytes
for name, make in json.loads(sys.argv[1]).items():
    source = eval(make)
    started = time.perf_counter()
    doc = load_bytes(source.encode(), "hostile.md", "markdown")
    print(json.dumps([name, time.perf_counter() - started, doc.source.kind, doc.notice,
                      len(doc.text)]), flush=True)
"""


def test_hostile_markdown_is_shown_as_plain_text_quickly_and_says_so() -> None:
    """In a child process with a timeout: a hang fails the test instead of hanging CI."""
    rows = run_cases(_SCRIPT, HOSTILE, HANG_BOUND_SECONDS)
    for name, seconds, kind, notice, shown in rows:
        assert seconds < CASE_BOUND_SECONDS, f"{name} took {seconds:.1f} s"
        assert kind == "text", name
        assert notice.startswith("hostile.md is shown as plain text: its Markdown would take "
                                 "too long to lay out ("), name
        assert "\n" not in notice
        assert shown > 0, name


def test_the_notice_names_the_shape() -> None:
    doc = load_bytes(("[a](" * 6000).encode(), "/tmp/links.md", "markdown")
    assert doc.notice == (
        "links.md is shown as plain text: its Markdown would take too long to lay out "
        "(brackets left open or nested too deeply)."
    )
    assert doc.text == "[a](" * 6000
    deep = load_bytes(("> " * 300 + "- " * 300 + "x\n").encode(), "q.md", "markdown")
    assert deep.notice is not None and "nested over 64 deep" in deep.notice


@pytest.mark.parametrize(
    ("source", "reason"),
    [
        ("[" * 300, "brackets"),
        ("[a](" * 2000, "brackets"),
        (("<a " + "x " * 200) * 500, "HTML tags"),
        ("<a x='>' " * 3000, "HTML tags"),
        ("".join(f"# h{i}\n" for i in range(5000)), "no blank line"),
        ("```a\n" * 5000, "code fences"),
        ("- " * 65 + "x", "nested over 64"),
        ("    " * 65 + "- x", "nested over 64"),
        ("\n".join("> " * i + "x" for i in range(70)), "nested over 64"),
        ("x\n\n" * 30001, "over 30,000 paragraphs"),
        ("- x\n" * 30001, "over 30,000 list items"),
        ("<div>x</div>\n\n" * 10001, "over 10,000 lines of HTML"),
        ("# h\n\n" * 3500, "same title"),
        ("".join(f"# h{i}\n\n" for i in range(10001)), "over 10,000 headings"),
        ("| a | b |\n|---|---|\n" + "| 1 | 2 |\n" * 10001, "over 10,000 rows"),
        ("*a* " * 50000, "inline formatting"),
        ("x[^1] " * 10001, "footnotes"),
        ("# a" + " " * 20_000 + "x", "runs of spaces"),
    ],
)
def test_each_shape_is_found(source: str, reason: str) -> None:
    found = pathology(source)
    assert found is not None and reason in found


def test_ordinary_markdown_is_left_to_python_markdown() -> None:
    assert MARKDOWN_PAGES
    for page in MARKDOWN_PAGES:
        text = page.read_text(encoding="utf-8")
        assert pathology(text) is None, page.name
        assert pathology(text * 8) is None, page.name  # a long README of the same kind
        doc = load(page)
        assert doc.source.kind == "markdown" and doc.notice is None, page.name


@pytest.mark.parametrize(
    "source", ["<script>alert(1)</script>\n", "<!-- only a comment -->\n", "![](cover.png)\n",
               "<style>p {}</style>\n\n<!-- x -->\n\n<script>y()</script>\n"],
)  # fmt: skip
def test_markdown_with_nothing_readable_is_refused_like_an_empty_file(
    source: str, tmp_path: Path
) -> None:
    path = tmp_path / "blank.md"
    path.write_text(source, encoding="utf-8")
    with pytest.raises(DocumentError) as refused:
        load(path)
    assert str(refused.value) == "nothing readable in blank.md"


def test_a_window_asked_to_quit_after_painting_nothing_readable_exits(tmp_path: Path) -> None:
    """It used to open a blank article and never paint, so never exit."""
    path = tmp_path / "blank.md"
    path.write_text("<script>alert(1)</script>\n", encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["READER_SETTINGS_FILE"] = str(tmp_path / "settings.ini")
    result = subprocess.run(
        [sys.executable, "-m", "reader", "--data-dir", str(tmp_path / "data"),
         "--exit-after-paint", str(path)],
        env=env, capture_output=True, text=True, timeout=60, check=False, cwd=ROOT,
    )  # fmt: skip
    assert result.returncode == 1
    assert "nothing readable in blank.md" in result.stderr


def test_note_limits_are_tighter_than_the_documents() -> None:
    for name in ("brackets", "inline", "splits", "tags", "fences", "spaces"):
        assert getattr(NOTE, name).cap(5000) < getattr(DOCUMENT, name).cap(5000), name
    assert pathology("[a](" * 500, NOTE) is not None
    assert pathology("[a](" * 500) is None  # a document may afford it
