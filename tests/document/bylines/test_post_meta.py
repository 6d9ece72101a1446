"""A blog post's meta line read as its date line: made-up lines in themes' shapes."""

from __future__ import annotations

import time

from reader.document.bylines.dateline import is_dateline_line
from reader.document.bylines.dateline_fields import parse_dateline
from reader.document.bylines.post_meta import is_post_meta_line, post_meta_writers
from reader.document.dump import dump_dict
from tests.document.scraped.test_text_rules import PARA, doc

META = (
    "发表于 2020-01-02 | 更新于 2020-03-04 | 分类于 随笔 | 阅读次数: 1234 | 本文字数： 3k | 阅读时长 ≈ 3 分钟",
    "April 2, 2023 · 10 min · 3200 words · Wang",
    "January 2, 2020 · 3 分钟 · 1234 字 · 小王",
    "Jan 2, 2020 • Wang",
    "Posted on 2020-01-02 | Edited on 2020-03-04 | In 随笔 | Views: 12 | Symbols count in article: 3k | Reading time ≈ 3 mins.",
)
NOT_META = (
    "字数：1234 | 阅读时间：3 分钟",
    "2020-01-02 · 今天我们去公园玩了一整天，大家都很开心。",
    "首页 · 随笔 · 关于",
    "April 2, 2023",  # a date line already, not a theme's fields
)


def test_post_meta_lines() -> None:
    for line in META:
        assert is_post_meta_line(line) and is_dateline_line(line), line
    for line in NOT_META:
        assert not is_post_meta_line(line), line


def _fastest(line: str) -> float:
    times = []
    for _ in range(5):
        began = time.perf_counter()
        is_post_meta_line(line)
        times.append(time.perf_counter() - began)
    return min(times)


def test_a_run_of_spaces_is_read_in_linear_time() -> None:
    # A ratio in the same run, not a time: four times the spaces, about four times the work (16 if quadratic).
    for first in ("a", "发表于 2020-01-02"):  # split on the bars, then on a theme's labels
        short, long = (_fastest(first + " " * n + "b") for n in (4_000, 16_000))
        assert long < 8 * short + 0.002, first


def test_a_posts_english_meta_line_is_its_date_line() -> None:
    d = doc("Wang's Blog", "Posts", "Tags", "第一次自己动手组装电脑", "April 2, 2023 · 10 min · 3200 words · Wang",
            PARA, PARA, PARA)
    assert d.text.split("\n")[1] == PARA
    assert dump_dict(d)["dateline"]["published"] == "2023-04-02"


def test_a_meta_line_without_separators_is_a_date_line() -> None:
    """NexT's fields each opened by its label, no bar between them."""
    line = "发表于 2021-03-04 分类于 前端 , 工具 阅读次数： 2,046 本文字数： 1.8k 阅读时长 ≈ 2 分钟"
    assert is_post_meta_line(line) and is_dateline_line(line)
    assert not is_post_meta_line("发表于 2021-03-04 分类于 前端 今天我们来聊一聊前端工具链的那些事情吧，大家都很关心。")


def test_the_name_in_a_meta_line_is_the_posts_writer() -> None:
    assert post_meta_writers("2021年3月4日 · 5 分钟 · 1900 字 · 林小岸") == ("林小岸",)
    assert post_meta_writers("Mar 4, 2021 • 阿岸 • 7 min read") == ("阿岸",)
    assert post_meta_writers("发表于 2021-03-04 | 分类于 随笔 | 阅读次数: 12") == ()
    assert post_meta_writers("发表于2021-03-04|更新于2021-05-06|DIY") == ()  # the category
    d = doc("阿岸的小站", "Posts", "给旧电脑装一个轻量系统", "2021年3月4日 · 5 分钟 · 1900 字 · 林小岸", PARA, PARA, PARA)
    assert dump_dict(d)["dateline"]["authors"] == ["林小岸"]


def test_a_writer_spaced_from_the_word_author_after_the_date() -> None:
    assert parse_dateline("2021年3月4日 作者 阿岸").authors == ("阿岸",)
    assert parse_dateline("发布于 2021年3月4日作者 阿岸").authors == ("阿岸",)
    assert parse_dateline("2021-03-04 作者 阅读 12").authors == ()


def test_a_posts_foot_line_under_the_text_dates_it() -> None:
    """博客园's foot: posted @ date time poster 阅读(n) 评论(n) 编辑 收藏 举报, under the writer's card."""
    line = "posted @ 2021-03-04 09:15  岸边的猫  阅读(812)  评论(3)  编辑  收藏  举报"
    assert is_dateline_line(line)
    assert parse_dateline(line).authors == ("岸边的猫",)
    assert not is_dateline_line("posted @ 2021-03-04 我们今天去了公园，玩得很开心，大家都说下次还来。")
    d = doc("某某园", "首页", "新随笔", "岸边的猫", "给旧电脑装一个轻量系统", PARA, PARA, PARA, "分类: 随笔", "岸边的猫",
            "粉丝 - 12 关注 - 3", "+加关注", "« 上一篇： 读书笔记", line, "刷新评论刷新页面返回顶部")
    dateline = dump_dict(d)["dateline"]
    assert dateline["published"] == "2021-03-04T09:15"
    assert dateline["authors"] == ["岸边的猫"]


def test_a_posts_date_without_its_year_under_the_headline() -> None:
    for line in ("吴小九 11月03日", "吴小九 11月03日 08:12", "5 天前", "吴小九 2小时前"):
        assert is_dateline_line(line), line
    for line in ("今天我们走了 3 天前往山里", "我们 11月03日出发去了山里"):
        assert not is_dateline_line(line), line
    assert parse_dateline("吴小九 11月03日").authors == ("吴小九",)
    d = doc("给旧电脑装一个轻量系统", "5 天前", PARA, PARA, PARA)
    assert dump_dict(d)["dateline"]["text"] == "5 天前"
    assert d.text.split("\n")[1] == PARA
