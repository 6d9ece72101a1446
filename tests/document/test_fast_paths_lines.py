"""The import's per-line fast paths (a character test before a pattern, a count made in C) give
exactly the answers of the code they stand in for."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from reader.document.bylines import credits
from reader.document.headlines import headline
from reader.document.scraped import box_heads, code_lines, hard_wrap, patterns, region, tutorial_top
from reader.document.sections import heading_cues as cues
from reader.document.sections import heading_post_lines as post_lines
from reader.document.sections import headings
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


def _copied_contents(lines: list[str]) -> set[int]:
    """tutorial_top.copied_contents as it was before it found each line's next copy in one pass."""
    out: set[int] = set()
    for first in range(1, len(lines)):
        labelled = lines[first - 1].strip() in tutorial_top._LABELS
        if first in out or not labelled and not tutorial_top._entry(lines[first]):
            continue
        reach = range(first + 1, min(len(lines), first + tutorial_top._LIST_REACH))
        again = next((k for k in reach if lines[k] == lines[first]), None)
        if again is None or again - first < tutorial_top._ENTRIES_MIN or not all(
            tutorial_top._entry(entry) for entry in lines[first:again]
        ):
            continue
        places = tutorial_top._in_order(lines[first:again], lines, again)
        prose = sum(1 for k in places if k + 1 < len(lines) and patterns.is_prose(lines[k + 1]))
        if places and (labelled or 2 * prose > len(places)):
            out.update(range(first - 1 if labelled else first, again))
    return out


PARAGRAPH = "这一段是正文的一句话，写得足够长，长到可以算作正文的段落，不是目录里的一项内容。"
PAGE_LINES = st.lists(st.sampled_from(["目录", "前言", "一、缘起", "二、经过", "总结", PARAGRAPH, "x"]), max_size=60)


@given(PAGE_LINES)
def test_copied_contents_found_in_one_pass_as_line_by_line(lines: list[str]) -> None:
    assert tutorial_top.copied_contents(lines) == _copied_contents(lines)


def test_copied_contents_list_whose_heads_come_back_at_the_end_of_the_page() -> None:
    heads = ["前言", "一、缘起", "二、经过", "总结"]
    lines = ["目录", *heads, *(x for head in heads for x in (head, PARAGRAPH))]
    assert tutorial_top.copied_contents(lines) == set(range(5))
    assert tutorial_top.copied_contents([*lines, "前言", PARAGRAPH]) == set(range(5))  # the next copy, not the last
    assert tutorial_top.copied_contents(lines[:-1]) == _copied_contents(lines[:-1])


GUARD_PIECES = [
    "本报记者 王小五", "Hank Greely：", "国际评判团队认为郭建梅律师：", "客服QQ：12345678", "2016年春季学期，", "3月5日上午，",
    "策划 丨 编辑部", "主 旨：", "之后，", "例如，", "https://example.com/a", "www.example.com", "<div>", "左右滑动查看更多",
    "《森林之歌》海报", "讲座现场", "航拍", "全景图", "全家福\n", "手稿", "等等", "2016,", "Speaker:", "新华社记者张三、李四", "中华民国103年5月29日", "某某 | 新浪新闻", "（王五 摄）", "docker run -d",
    "分享到", "1234人正在系统学习中", "某课程 12 人正在系统学习中", "责任编辑：王五", "（作者 李四）", "文/王五",
    "供稿", "摄影/", "图/", "主持人：", "嘉宾 王五：", "【视频】", "视频：", "新华社北京3月5日电", "十二月五日讯",
    "相关链接", "【新闻链接】", "“你好”", "「好」", '"ok"', "他说：“", "：", ":", " ", "\u3000", "\t", "■", "◎ 图：",
    "本报记者 王五", "作者 星岛网", "【作者】王五", "〔编辑：王五〕", "(记者 王五)", "月", "日", "电", "强化组织领导",
]
GUARD_LINES = st.lists(st.one_of(st.sampled_from(GUARD_PIECES), st.text(max_size=3)), max_size=8).map("".join)


def _heads_nothing(line: str) -> bool:
    """heading_cues.heads_nothing before the shared colon and comma tests: the reference."""
    return (
        cues._photo_credit(line) or bool(cues._SPEECH.search(line)) or bool(cues._SPEAKER.fullmatch(line))
        or bool(cues._JUDGES.search(line)) or bool(cues._DATED_ENTRY.match(line)) or bool(cues._MAKERS.match(line))
        or bool(cues._LINK_CARD.search(line)) or bool(cues._FORM_PART.match(line)) or bool(cues._REPORTERS.match(line))
        or bool(cues._ERA_DATE.search(line)) or bool(cues._CONTACT.search(line))
        or len(line) >= cues._LEAD_IN_MIN and line.endswith(("：", ":")) and patterns.numbered_style(line) is None
        and cues._CLAUSE.search(line) is not None
        or line.startswith("各") and cues.is_addressee(line) or line[-1:] in "）)" and cues._unopened(line)
        or cues.is_reading_stats(line) or _never_heads(line) or bool(cues._EMBED_OR_WIRE.match(line))
    )


def _never_heads(line: str) -> bool:
    return (
        line in post_lines._ET_CETERA or bool(post_lines._OPENING.match(line)) or bool(post_lines._ADDRESS.fullmatch(line))
        or bool(post_lines._ANGLED.fullmatch(line)) or bool(post_lines._SWIPE.search(line)) or code_lines.is_code_line(line)
    )


def test_first_character_sets_are_exactly_the_patterns_first_characters() -> None:
    assert frozenset(_first_chars(list(_parse(patterns._CHROME_LINE.pattern)))) == patterns._CHROME_FIRST
    assert frozenset(_first_chars(list(_parse(credits._STANDALONE.pattern)))) == credits._STANDALONE_FIRST
    assert frozenset(_first_chars(list(_parse(patterns.SYMBOL_LED.pattern)))) == headings._SYMBOLS


@given(GUARD_LINES)
def test_guards_before_patterns_are_exact(line: str) -> None:
    for text in (line, line.strip(), f"新闻{line}"):
        _check_guards(text)


def test_guards_before_patterns_are_exact_on_each_piece_alone() -> None:
    for text in GUARD_PIECES:
        _check_guards(text)


def _check_guards(text: str) -> None:
    if patterns._CHROME_LINE.match(text):  # the learners' count may open with any character
        assert text[:1] in patterns._CHROME_FIRST or patterns._LEARNERS in text
    if credits._STANDALONE.match(text):
        assert text[:1] in credits._STANDALONE_FIRST or text[:1].isspace()
    if credits._BRACKETED.fullmatch(text):
        assert text[:1] in "（(【〔"
    if headings._PICTURE_NOUN.search(text):
        assert text[-1:] in headings._PICTURE_LAST
    if credits._SUPPLIED.search(text):
        assert "/" in text or "供稿" in text
    assert cues.heads_nothing(text) == _heads_nothing(text)
    assert post_lines.never_heads(text) == _never_heads(text)
    assert (patterns.SYMBOL_LED.sub("", text) if text[:1] in headings._SYMBOLS else text) == (
        patterns.SYMBOL_LED.sub("", text))


@given(st.lists(st.text(max_size=120), max_size=12), st.integers(0, 14), st.integers(0, 14))
def test_opening_joins_only_the_lines_it_needs(lines: list[str], start: int, end: int) -> None:
    assert headline._opening(lines, start, end) == "".join(lines[start:end])[: headline._LEAD_CHARS]


DECLARATION_PIECES = ["免责声明", "【版权声明】", "声明：", "风险提示", "本文仅代表作者观点，", "某平台仅提供信息存储空间服务",
                      "该文观点仅代表作者本人。", "[", "【", " ", "\u3000", "：", "】", "字" * 70]


@given(st.lists(st.one_of(st.sampled_from(DECLARATION_PIECES), st.text(max_size=3)), max_size=6).map("".join))
def test_a_declaration_holds_a_word_may_declare_looks_for(line: str) -> None:
    for text in (line, line.strip(), f"{line}\n"):
        if patterns.DISCLAIMER_START.match(text):
            assert region._may_declare(text)
