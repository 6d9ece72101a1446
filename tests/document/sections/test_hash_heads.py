"""Markdown heads left in scraped text take their depth from their # (hash_heads.py)."""

from __future__ import annotations

from reader.document import Document, load_bytes
from reader.document.sections.hash_heads import hash_mark, without_hashes

PARA = "这是一段足够长的正文段落，用来说明标题之后紧跟着的是正文内容，而不是别的什么东西。"


def doc(*lines: str) -> Document:
    return load_bytes("\n".join(lines).encode("utf-8"), "t.txt", "text")


def test_marks_and_words() -> None:
    assert (hash_mark("## 缓存的设计"), hash_mark("缓存的设计"), hash_mark("#号键")) == (2, 0, 0)
    assert without_hashes("### 失效策略") == "失效策略" and without_hashes("#号键") == "#号键"


def test_hash_heads_in_text_nest_by_their_marks_without_the_marks() -> None:
    d = doc("聊聊缓存的设计", "2024-06-01", PARA, "## 为什么需要缓存", PARA, "## 缓存的设计", PARA,
            "### 失效策略", PARA, "### 预热", PARA, "## 小结", PARA)
    got = [(s.level, s.title) for s in d.all_sections()]
    assert got == [(1, "为什么需要缓存"), (1, "缓存的设计"), (2, "失效策略"), (2, "预热"), (1, "小结")]
    assert "#" not in "".join(title for _, title in got)


def test_a_marked_head_over_a_short_line_is_a_head_and_a_listings_comment_is_not() -> None:
    from reader.document.sections.hash_heads import hash_heads

    lines = [PARA, "## 为什么需要缓存", "数据库扛不住。", "## 怎样部署", "# 安装依赖", "pip install redis",
             "# x = compute(1)", PARA, "## 小结", PARA]
    assert hash_heads(lines) == [1, 3, 8]
    assert hash_heads([PARA, "## 只有一个标题", PARA]) == []  # one marked line: perhaps a comment
    d = doc("聊聊缓存", "2024-06-01", PARA, "## 为什么需要缓存", "数据库扛不住。", "## 缓存的设计", PARA,
            "### 失效策略", "按时间过期。", "## 小结", PARA)
    got = [(s.level, s.title) for s in d.all_sections()]
    assert got == [(1, "为什么需要缓存"), (1, "缓存的设计"), (2, "失效策略"), (1, "小结")]
