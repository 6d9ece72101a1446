"""Contents with no headings says so, and points to the structure corrections."""

from __future__ import annotations

from pathlib import Path

from tests.ui.notes_helpers import WindowFactory


def test_no_headings_found_says_so_and_points_to_structure(
    make_window: WindowFactory, tmp_path: Path
) -> None:
    path = tmp_path / "flat.txt"
    path.write_text("没有标题的文章\n\n" + "这是一段正文，没有任何小标题。\n\n" * 5, encoding="utf-8")
    window = make_window(path=str(path))
    toc = window.toc_panel
    assert toc.model.rowCount() == 0
    message = toc.empty_message
    assert message is not None and "Structure ▸ Make Heading" in message
    assert not toc.tree.isVisibleTo(toc)


def test_a_tree_or_no_article_shows_no_message(make_window: WindowFactory) -> None:
    window = make_window()
    toc = window.toc_panel
    assert toc.model.rowCount() > 0 and toc.empty_message is None
    window.close_document()
    assert toc.empty_message is None
