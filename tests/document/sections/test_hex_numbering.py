"""Parts counted in hexadecimal (0x00, 0x01 …), on made-up text."""

from __future__ import annotations

import pytest

from reader.document import Document, load_bytes
from reader.document.scraped.patterns import numbered_style
from reader.document.sections.heading_sequences import number_of

PARA = "这是一段足够长的正文段落，用来说明标题之后紧跟着的是正文内容，而不是别的什么东西。"


def doc(*lines: str) -> Document:
    return load_bytes("\n\n".join(lines).encode("utf-8"), "t.txt", "text")


def test_a_hexadecimal_count_is_a_numbering_and_counts_on() -> None:
    assert numbered_style("0x01 漏洞的原理") == "hex"
    assert numbered_style("0x1F 收尾") == "hex"
    assert numbered_style("0xFFFF") is None and numbered_style("0x123 不是") is None
    assert number_of("0x00 概念") == ("hex", 1) and number_of("0x0A 第十一部分") == ("hex", 11)


def test_hexadecimal_heads_are_siblings_though_one_asks_a_long_question() -> None:
    d = doc("一次漏洞挖掘的记录", PARA,
            "0x00 什么是点击劫持", PARA, PARA,
            "0x01 为什么浏览器默认允许页面被别的网站嵌套呢？", PARA, PARA,
            "0x02 防御的方法", PARA, PARA)
    assert [(s.title, s.level) for s in d.all_sections()] == [
        ("0x00 什么是点击劫持", 1), ("0x01 为什么浏览器默认允许页面被别的网站嵌套呢？", 1), ("0x02 防御的方法", 1)]


@pytest.mark.parametrize("line", ["0x1、背景", "0xF: mov eax, 1", "0x0, 0x1, 0x2", "0x", "0xA1B2"])
def test_any_hex_count_opens_without_error(line: str) -> None:
    number_of(line)  # whatever follows the digits
    load_bytes(f"标题\n\n{line}\n正文第一段，讲一些事情。\n{line}\n正文。\n".encode(), "a.txt")
