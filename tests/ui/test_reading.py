"""The article as a new user meets it: alignment, links, keys, the empty page, find."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from notes_helpers import COMMITTEE, WindowFactory, activate, select
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence
from pytestqt.qtbot import QtBot

from reader.store import Store
from reader.ui.dialogs import Dialogs
from reader.ui.launch import default_article
from reader.ui.main_window import MainWindow

MIXED = "我们熟悉 Bash 中的各种命令，也在 LeanCloud 上部署过服务，这一段很长很长很长很长。"
CJK = "这是一个只有中文的段落，没有任何拉丁字母，应当两端对齐，排版整齐美观，读起来舒服。"
MARKDOWN = f"""# 文章

见[基础](#基础)与[日常使用](#日常使用)，或[网站](https://example.com)，或[文件](file:///etc/passwd)。

{MIXED * 3}

{CJK * 3}

## 基础

{CJK * 40}

## 日常使用

{CJK * 40}
"""


@pytest.fixture
def markdown_file(tmp_path: Path) -> str:
    path = tmp_path / "article.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    return str(path)


def _block_of(window: MainWindow, phrase: str) -> Qt.AlignmentFlag:
    found = window.article_view.document().find(phrase)
    assert not found.isNull(), phrase
    return found.block().blockFormat().alignment()


def test_paragraphs_with_latin_words_are_not_justified(
    make_window: WindowFactory, markdown_file: str
) -> None:
    window = make_window(path=markdown_file)
    assert not _block_of(window, "熟悉 Bash") & Qt.AlignmentFlag.AlignJustify
    assert _block_of(window, "只有中文的段落") & Qt.AlignmentFlag.AlignJustify


def test_the_metadata_line_shows_the_dateline_and_the_site_once(
    make_window: WindowFactory,
) -> None:
    corpus = Path("/work/shared/corpus/news_zh_10_hexun_disclaimer_render.txt")
    if not corpus.exists():
        pytest.skip("the shared corpus is not here")
    window = make_window(path=str(corpus))
    text = window.article_view.toPlainText()
    assert "和讯网 › 股票" in text
    assert "和讯网  ·  和讯网" not in text
    assert "2019-09-26 10:56:28" in text
