"""Heads told by their shape and their siblings, on made-up scraped text (headings.py, heading_cues.py)."""

from __future__ import annotations

from reader.document import Document, load_bytes
from reader.document.heading_cues import latin_unspaced
from reader.document.headings import find_headings

PARA = "这是一段足够长的正文段落，用来说明标题之后紧跟着的是正文内容，而不是别的什么东西。"


def doc(*lines: str) -> Document:
    return load_bytes("\n\n".join(lines).encode("utf-8"), "t.txt", "text")


def titles(d: Document) -> list[str]:
    return [s.title for s in d.all_sections()]


def test_a_head_about_following_something_is_not_a_call_to_follow_the_account() -> None:
    d = doc("一篇长文的标题", PARA, "关注老人的数字生活", PARA, PARA, "社区里的新变化", PARA, PARA)
    assert titles(d) == ["关注老人的数字生活", "社区里的新变化"]
    lines = [PARA, "关注我们", PARA, "社区里的新变化", PARA, "关注「某某日报」公众号", PARA, "邻里的新约定", PARA]
    assert [lines[h.index] for h in find_headings(lines)] == ["社区里的新变化", "邻里的新约定"]


def test_straight_quotes_set_off_by_spaces_do_not_make_a_head_a_row_of_links() -> None:
    head = '各地商户应当按照 " 目录 " 公示价格'
    assert latin_unspaced(head) == '各地商户应当按照"目录"公示价格'
    d = doc("一篇长文的标题", PARA, "城市管理的新规定", PARA, PARA, head, PARA, PARA)
    assert titles(d) == ["城市管理的新规定", head]
