"""A long README dense with markup is read as Markdown, not mistaken for a pathological file.

How its import time grows with its size (2 MB against 1 MB) is a row of the bench
(`bench/run.py --only readme`), not a timed test."""

from __future__ import annotations

from reader.document import load_bytes
from reader.document.markdown.markdown_guard import pathology
from tests.document.readme_sample import readme


def test_a_long_readme_is_not_taken_for_a_pathological_file() -> None:
    source = readme(300_000)
    assert pathology(source) is None
    doc = load_bytes(source.encode(), "README.md", "markdown")
    assert doc.source.kind == "markdown" and doc.notice is None
    sections = source.count("\n## ")
    headings = [s.title for s in doc.sections]
    assert sum(t.startswith("第") for t in headings) >= sections  # every ## 第N节 is a section
