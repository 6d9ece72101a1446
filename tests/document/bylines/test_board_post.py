"""A message board's foot line dates the post above it (made-up posts)."""

from __future__ import annotations

from tests.document.scraped.test_text_rules import PARA, doc

P2 = "第二段也写得足够长，讲清楚前面提到的那些做法为什么有用，以及在什么情况下它们会失效。"


def test_a_board_foot_line_under_the_post_dates_it() -> None:
    d = doc("周末爬山的几点体会", "[ 回复本贴 ] [ 关闭本窗口 ]", PARA, P2, PARA,
            "本贴由老李于2006年3月5日21:05:33在〖户外运动（周末登山活动）〗发表.", "论坛规则", "1. 文明发言；")
    assert d.dateline is not None and d.dateline.startswith("本贴由老李于2006年3月5日")
    assert "本贴由" not in d.text


def test_a_board_foot_line_names_its_poster() -> None:
    from reader.document.bylines.dateline_fields import parse_dateline

    line = parse_dateline("本帖由 老李 于 2006-03-05 21:05 发表")
    assert (line.published, line.authors) == ("2006-03-05T21:05", ("老李",))


def test_a_poster_named_with_yu_is_named_whole() -> None:
    """于 is a surname too: 本贴由于小鱼于… names 于小鱼, 本贴由小于于… names 小于 (review)."""
    from reader.document.bylines.dateline_fields import parse_dateline

    assert parse_dateline("本贴由于小鱼于2006年3月5日21:05:33在〖某某论坛〗发表.").authors == ("于小鱼",)
    assert parse_dateline("本贴由小于于2006-03-05 21:05发表").authors == ("小于",)
