"""A Markdown 免责声明 section is shown once, in its place: no box at the end repeats it."""

from __future__ import annotations

from pathlib import Path

from tests.ui.notes_helpers import WindowFactory

BODY = "咖啡馆首先是一门生意，房租、人工、损耗每一笔都要算清楚。" * 4
NOTICE = "本文数据均为作者个人经营情况，仅供参考，不构成任何建议。"


def _open(make_window: WindowFactory, tmp_path: Path, source: str) -> tuple[str, int, str]:
    path = tmp_path / "article.md"
    path.write_text(source, encoding="utf-8")
    window = make_window(path=str(path))
    view = window.article_view
    shown = view.toPlainText()
    titles = " ".join(s.title for s in window.document.all_sections()) if window.document else ""
    return shown, shown.count(NOTICE), titles


def test_a_last_disclaimer_section_is_shown_once_in_its_place(
    make_window: WindowFactory, tmp_path: Path
) -> None:
    shown, count, titles = _open(
        make_window, tmp_path, f"# 账本\n\n## 开店之前\n\n{BODY}\n\n## 免责声明\n\n{NOTICE}\n"
    )
    assert "免责声明" in titles and count == 1  # a section of Contents, its text once
    assert "▶" not in shown and shown.count("免责声明") == 1  # no box repeating it at the end


def test_a_disclaimer_with_sections_after_it_is_shown_in_its_place_only(
    make_window: WindowFactory, tmp_path: Path
) -> None:
    shown, count, titles = _open(
        make_window, tmp_path,
        f"# 账本\n\n## 开店之前\n\n{BODY}\n\n## 免责声明\n\n{NOTICE}\n\n## 授权条款\n\nCC。\n",
    )
    assert "免责声明" in titles and count == 1
    assert "▶" not in shown and shown.count("免责声明") == 1  # no box repeating it at the end
