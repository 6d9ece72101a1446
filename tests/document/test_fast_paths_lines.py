"""The import's per-line fast paths (a character test before a pattern, a count made in C) give
exactly the answers of the code they stand in for."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from reader.document.scraped import box_heads, code_lines, hard_wrap, patterns
from tests.document.test_fast_paths import _first_chars

_parse = __import__("re._parser", fromlist=["parse"]).parse

LINE_PIECES = [
    "完", "（完）", "全文完", "- END -", "End", "end", "—— 完 ——", "精选推荐", "推荐新闻", "热门评论",
    "全部评论（12）", "我来说两句", "发表你的看法", "更多>>", "大家都在看", "24小时热点", "新闻推荐",
    "相关新闻", "相关报道称，", "责任编辑：王五", "未经授权，不得转载", "版权所有", "转载请注明出处",
    "分享到", "docker run -d \\", "x = 1;", "return x;", "if [ -f a ]; then", "强化组织领导", "，", "。",
    "a", "1", " ", "\u3000", "é", "\ud800", "\U0001f600", "】",
]
LINES = st.lists(st.one_of(st.sampled_from(LINE_PIECES), st.text(max_size=4)), max_size=16).map("".join)
# Lines on both sides of the lengths the tests turn on (a box's head, a notice, a paragraph).
LONG_LINES = st.tuples(LINES, st.sampled_from([0, 30, 90, 118, 121, 200])).map(lambda p: "字" * p[1] + p[0])


@given(LINES)
def test_ascii_count_is_the_count_of_ascii_characters(line: str) -> None:
    assert code_lines._ascii_count(line) == sum(ch.isascii() for ch in line)
    assert hard_wrap._columns(line) == 2 * len(line) - len(re.findall(r"[\x00-\x7f]", line))


def test_box_first_is_exactly_the_first_characters_of_box_and_comment_heads() -> None:
    firsts = _first_chars(list(_parse(box_heads._BOX.pattern))) | _first_chars(list(_parse(box_heads._COMMENTS.pattern)))
    assert frozenset(firsts) == box_heads._BOX_FIRST


@given(LINES)
def test_short_heads_guards_are_exact(line: str) -> None:
    assert box_heads._ends_mark(line) == bool(box_heads._END_MARK.match(line))
    expected = bool(box_heads._BOX.match(line) or box_heads._COMMENTS.match(line))
    assert (line[:1] in box_heads._BOX_FIRST and expected) == expected


def _hard_stop(line: str) -> bool:
    """patterns.is_hard_stop as it was before the paragraph's fast path: the reference."""
    if box_heads.closes_article(line) or line[:1] in "友猜你相热" and patterns._LINKS_LABEL.match(line):
        return True
    if patterns.is_prose(line) and not patterns._holds_repost_notice(line):
        return False
    if len(line) <= patterns._BOX_HEAD_MAX and any(w in line for w in ("推", "排", "热", "已有", "共")) and (
        patterns._BOX_HEAD.search(line)
    ):
        return True
    if line[:1] in patterns._HARD_FIRST and patterns._HARD_STOP.match(line):  # lines come stripped
        return True
    hint = any(word in line for word in ("转", "复制", "摘编", "镜像", "使用", "版权"))
    return len(line) <= patterns._REPOST_NOTICE_MAX and hint and patterns._is_repost_notice(line)


@given(LONG_LINES)
def test_hard_stop_fast_paths_are_exact(line: str) -> None:
    for text in (line, line[::-1], f"相关新闻{line}", f"{line}未经授权不得转载"):
        assert patterns.is_hard_stop(text) == _hard_stop(text)
