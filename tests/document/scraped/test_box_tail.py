"""A box of related links set inside the article near its end (box_tail.py): made-up pages."""

from __future__ import annotations

from reader.document import load_bytes

TOP = ["首页 > 本地 > 正文", "城南新开两条公交线路", "2026-05-06 07:30 来源：某某晚报"]
TEXT = [
    "本报讯 今天起，城南新开两条公交线路，连通地铁站和三个大型居住区，方便市民换乘出行。",
    "据介绍，两条线路全程各约十公里，高峰时段每八分钟一班，平峰时段每十五分钟一班。",
    "公交公司相关负责人表示，将根据客流情况适时调整班次，满足市民的出行需求。",
]
BOX = ["延伸阅读", "我市今年将优化公交线路二十条", "城北两条公交线路调整走向"]
LAST = "记者了解到，年内城南还将新建两座公交首末站，进一步提升公交服务水平。"
FOOT = ["分享到：微信 微博", "相关新闻", "某区启动道路提升工程", "某市地铁新线开通运营"]


def text_of(lines: list[str]) -> list[str]:
    d = load_bytes("\n".join(lines).encode("utf-8"), "t.txt", "text")
    return d.text.split("\n")[1:]  # the headline first


def test_the_last_paragraph_under_a_box_inside_the_text_stays_text() -> None:
    assert text_of([*TOP, *TEXT, *BOX, LAST, "责任编辑：赵六", *FOOT]) == [*TEXT, LAST]


def test_a_box_under_the_text_with_no_credit_after_it_ends_the_text() -> None:
    assert text_of([*TOP, *TEXT, *BOX, LAST, *FOOT]) == TEXT
