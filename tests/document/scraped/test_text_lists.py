"""Lists that go on under the text's densest run, on made-up pages (text_lists.py)."""

from __future__ import annotations

from reader.document.scraped.region import text_region
from reader.document.scraped.text_lists import with_lists_going_on

PARA = "这是一段足够长的正文段落，用来说明标题之后紧跟着的是正文内容，而不是别的什么东西。"
NAV = "首页 | 新闻 | 财经 | 体育 | 娱乐"
LONG = PARA * 3
FOOTER = ["关于我们 | 联系我们", "版权所有 © 2024 某某网"]


def test_a_list_goes_on_in_parts_each_under_a_short_head() -> None:
    lines = [NAV, LONG, LONG, "1、第一项，" + PARA, "2、第二项", "3、第三项", "其他名单", "1、另一项", "2、又一项",
             "补充名单", "1、最后一项", *FOOTER]
    assert text_region(lines)[1] == 11


def test_a_list_ends_at_a_paragraph_or_another_numbering() -> None:
    lines = [LONG, "1、第一项，" + PARA, "2、第二项", PARA, "3、第三项"]
    assert with_lists_going_on(lines, 2) == 3  # 3、 follows a paragraph: the text's own, not the list's
    lines = [LONG, "1、第一项，" + PARA, "2、第二项", "（一）另一种编号", "3、第三项"]
    assert with_lists_going_on(lines, 2) == 3
    assert with_lists_going_on([LONG, PARA, "2、第二项"], 2) == 2  # the text did not close on an item


def test_a_catalogues_records_keep_their_fields() -> None:
    record = ["地址：某某路1号", "电话：12345678"]
    lines = [NAV, LONG, LONG, "1、某某学校，" + PARA, *record, "2、另一所学校", *record, "3、第三所学校", *record,
             *FOOTER]
    assert text_region(lines)[1] == 12


def test_a_notices_attachments_are_listed_to_the_last() -> None:
    """附件：1.… over 2.…: the second attachment is the notice's, however short, and the signature
    under it closes the text (1.2023年… after the label counts the items, it is no decimal)."""
    lines = [NAV, LONG, LONG, "1.加强领导。" + PARA, "2.强化保障。" + PARA, "附件：1.2023年度项目计划表",
             "2.项目申报表", "3.联系人名单", "某某市人民政府办公室", "2023年5月6日", *FOOTER]
    assert with_lists_going_on(lines, 6) == 8
    assert text_region(lines)[1] >= 8
    assert with_lists_going_on([LONG, "附件：1.2023年度项目计划表", "5.另一个编号"], 2) == 2


def test_attachments_under_the_notices_last_line_are_its_own() -> None:
    lines = [NAV, LONG, LONG, "本办法自印发之日起施行。", "附件：1.项目申报表", "2.联系人名单", *FOOTER]
    assert with_lists_going_on(lines, 4) == 6
