"""Plain note bodies are shown without Python-Markdown, exactly as Markdown would show them."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.document import note_text
from reader.document.note_text import is_plain, needs_markdown, render_markdown

# What notes are written with: Chinese, ASCII letters, digits and punctuation, and the spaces
# and controls Markdown treats apart.
_ALPHABET = st.one_of(
    st.characters(min_codepoint=0x20, max_codepoint=0x7E),
    st.characters(min_codepoint=0x4E00, max_codepoint=0x4E40),
    st.sampled_from("，。、：；！？“”‘’（）《》—…·　\u00a0\t\n\r\x01\x02\x03\u2028\u00ad\u200b"),
)


@settings(max_examples=400, deadline=None)
@given(st.text(_ALPHABET, min_size=1, max_size=30))
def test_a_body_taken_for_plain_renders_as_markdown_renders_it(body: str) -> None:
    if is_plain(body):
        assert note_text._as_markdown(body) == render_markdown(body) == f"<p>{body}</p>"  # noqa: SLF001


@pytest.mark.parametrize(
    "body", ["笔记 1", "这一段的数据要再核对：2023年增长5.2%。", "C++ 和 Rust，哪个快？", "a  b", "1.5亿元"]
)
def test_a_sentence_is_plain(body: str) -> None:
    assert not needs_markdown(body) and render_markdown(body) == f"<p>{body}</p>"


@pytest.mark.parametrize(
    "body",
    ["**三年**", "a_b_c", "`代码`", "[链接](https://x.cn)", "<b>粗</b>", "&amp;", "a\\*b", "# 标题",
     "> 引用", "- 一项", "+ 一项", "1. 第一", "2) 第二", "3.", "第一行\n第二行", "  缩进", "尾部 ", "", "x\u00a0y"],
)  # fmt: skip
def test_anything_markdown_could_change_goes_through_markdown(body: str) -> None:
    assert not is_plain(body)
    assert needs_markdown(body) == bool(body)
