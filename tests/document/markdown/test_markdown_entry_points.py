"""Building Reader's Markdown converters never reads the installed packages' entry points
(Python-Markdown does for an extension given by name: ≈30 ms, before the first note card)."""

from __future__ import annotations

import pytest
from markdown import util

from reader.document import note_text
from reader.document.markdown.markdown_converter import document_converter


def test_the_converters_name_no_extension(monkeypatch: pytest.MonkeyPatch) -> None:
    def scanned() -> None:
        raise AssertionError("an extension was given by name")

    monkeypatch.setattr(util, "get_installed_extensions", scanned)
    note_text._converter.cache_clear()  # noqa: SLF001 - built again, under the patch
    try:
        assert "<strong>" in note_text.render_markdown("**三年** and `code`")
        html = document_converter().convert("| a | b |\n|---|---|\n| 1 | 2 |\n\n脚注[^1]\n\n[^1]: 注")
    finally:
        note_text._converter.cache_clear()  # noqa: SLF001
    assert "<table>" in html and "footnote" in html
