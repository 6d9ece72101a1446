"""How features, magazines, finance pages and WeChat-style posts credit their people, over or
under the text, and what only looks like a credit (made-up pages, names and accounts)."""

from __future__ import annotations

import pytest

from reader.document import Document, load_bytes
from reader.document.bylines.credit_forms import english_byline, leading_credit, reposted_writer
from reader.document.bylines.credits import standalone_credit, trailing_credit

P1 = "这是文章的第一段，讲述了城市更新的来龙去脉，内容较长，足以构成正文的一段文字，我们从头说起。"
P2 = "第二段继续讲述老街区改造后的变化，居民们纷纷表示生活更加便利，街道也更干净了，商户也多了。"
P3 = "第三段说到未来的规划，有关部门表示将继续推进相关工作，让更多的老街区焕发新的活力与生机。"
TITLE = "一座老城的十年更新之路"
POST_TOP = ("某某公众号", TITLE, "原创 城市观察 城市观察社 2024-03-05 08:00 发表于北京")
POST_END = ("阅读原文", "喜欢此内容的人还喜欢", "写留言")
PORTAL_TOP = ("首页 | 新闻 | 财经 | 科技", "当前位置：首页 > 财经 > 正文", TITLE, "2024-03-05 10:20 来源：某某财经网")
PORTAL_END = ("分享到：微博 微信 QQ空间", "相关阅读", "某某财经网版权所有")


def doc(*lines: str) -> Document:
    return load_bytes("\n".join(lines).encode("utf-8"), "a.txt", "text")


def post(over: tuple[str, ...], under: tuple[str, ...] = ()) -> Document:
    return doc(*POST_TOP, *over, P1, P2, P3, *under, *POST_END)


def portal(over: tuple[str, ...], under: tuple[str, ...] = ()) -> Document:
    return doc(*PORTAL_TOP, *over, P1, P2, P3, *under, *PORTAL_END)


def keeps_the_text(d: Document) -> bool:
    return d.text.count(P1[:10]) == 1 and d.text.rstrip().endswith(P3)


@pytest.mark.parametrize("line", [
    "文·王小五", "采写：王小五", "文字：王小五", "图文：王小五", "图文｜王小五",
    "▍作者：王小五", "🔺文｜王小五", "✍️ 作者 | 王小五",
    "《某某周刊》记者 王小五",
    "作者 | 王小五 来源 | 某某公众号（ID：abc123）",
])
def test_a_credit_over_the_text(line: str) -> None:
    d = post((line,))
    assert d.byline is not None and d.byline in line
    assert "王小五" in d.byline
    assert line not in d.text and keeps_the_text(d)


@pytest.mark.parametrize(("line", "credit"), [
    ("本期编辑：李四", "本期编辑：李四"),
    ("文字编辑：李四", "文字编辑：李四"),
    ("实习编辑：李四", "实习编辑：李四"),
    ("文章作者：王小五", "文章作者：王小五"),
    ("采写｜王小五", "采写｜王小五"),
])
def test_a_credit_under_the_text(line: str, credit: str) -> None:
    d = post((), (line, "审核：钱七"))
    assert d.byline == credit
    assert keeps_the_text(d)


@pytest.mark.parametrize("role", ["运营编辑", "美术编辑", "图片编辑"])
def test_an_editor_of_another_kind_is_not_the_articles_editor(role: str) -> None:
    assert standalone_credit(f"{role}：李四") is None


@pytest.mark.parametrize(("line", "credit"), [
    ("本文来自微信公众号：某某观察（ID：abc123），作者：王小五，编辑：李四，题图来自：视觉中国", "作者：王小五"),
    ("本文来自微信公众号“某某观察”（ID：abc123），作者：王小五，经授权发布。", "作者：王小五"),
    ("本文转载自某某网，作者：王小五。", "作者：王小五"),
    ("文章来源：某某研究院，作者｜王小五", "作者｜王小五"),
])
def test_a_reposts_notice_names_its_writer(line: str, credit: str) -> None:
    assert standalone_credit(line) == credit
    over, under = post((line,)), post((), (line,))
    assert over.byline == credit and under.byline == credit
    assert keeps_the_text(over) and keeps_the_text(under)


@pytest.mark.parametrize("line", [
    "本文来自微信公众号：某某观察（ID：abc123），转载请联系原作者。",  # no writer named
    "来源：公众号「城市观察」",  # a source, not a writer
    "本文作者认为，城市更新不能只看速度。",  # a sentence about the writer
])
def test_a_source_or_a_sentence_names_no_writer(line: str) -> None:
    assert reposted_writer(line) is None
    assert post((), (line,)).byline is None


def test_the_first_of_a_writer_and_an_editor_under_the_text() -> None:
    """作者 | X over 编辑 | Y under the text: the writer's line comes first and is the credit."""
    d = post((), ("- END -", "作者 | 王小五", "编辑 | 李四"))
    assert d.byline == "作者 | 王小五"
    d = post((), ("编辑 | 李四", "作者 | 王小五"))
    assert d.byline == "编辑 | 李四"
    d = post((), ("作者 | 王小五", "责任编辑：孙八"))  # 责任编辑 still first
    assert d.byline == "责任编辑：孙八"


def test_an_editor_under_the_text_still_comes_before_a_writer_over_it() -> None:
    d = post(("文 / 王小五",), ("编辑 / 李四",))
    assert d.byline == "编辑 / 李四"


@pytest.mark.parametrize("line", ["（作者系某某大学经济学院教授）", "（作者为某某研究院研究员）"])
def test_who_the_writer_is_without_a_name_is_no_credit(line: str) -> None:
    assert standalone_credit(line) is None
    assert trailing_credit(P3 + line) is None
    assert post((), (line,)).byline is None
    assert doc(*PORTAL_TOP, P1, P2, P3 + line, *PORTAL_END).byline is None


def test_a_writer_named_with_who_they_are_is_a_credit() -> None:
    assert standalone_credit("（作者：王小五，系某某大学教授）") is not None


@pytest.mark.parametrize("line", ["Written by Jane Doe", "Author: Jane Doe", "Text by Jane Doe and John Smith"])
def test_english_credits_in_other_words(line: str) -> None:
    assert english_byline(line) == (0, len(line))
    d = doc("某某新闻", TITLE, "2024-03-05", line, P1, P2, P3)
    assert d.byline == line


@pytest.mark.parametrize("line", ["Written by hand, the letters", "Author: unknown"])
def test_english_sentences_are_no_credits(line: str) -> None:
    assert english_byline(line) is None


@pytest.mark.parametrize(("over", "under", "credit"), [
    (("文｜王小五", "编辑｜李四", "排版｜赵六"), (), "文｜王小五"),
    (("出品｜某某工作室", "撰文｜王小五", "编辑｜李四"), (), "撰文｜王小五"),
    ((), ("策划：赵六", "监制：钱七", "编辑：李四"), "编辑：李四"),
    ((), ("编辑｜李四", "排版｜赵六", "审核｜钱七"), "编辑｜李四"),
    (("作者：「山间明月」",), (), "作者：「山间明月」"),
    (("作者：王小五（某某大学经济学院）",), (), "作者：王小五（某某大学经济学院）"),
    (("By Jane Doe and John Smith",), (), "By Jane Doe and John Smith"),
])
def test_credit_blocks_of_features_and_posts(over: tuple[str, ...], under: tuple[str, ...], credit: str) -> None:
    d = post(over, under)
    assert d.byline == credit
    assert keeps_the_text(d)


@pytest.mark.parametrize("under", [
    ("排版：赵六", "审核：钱七"),  # the page's makers, no writer or editor
    ("校对：赵六",),
    ("作者简介：王小五，某某大学教授，主要研究城市经济。",),  # a bio paragraph
    ("图片来源：网络",),
])
def test_makers_and_bios_under_the_text_are_no_byline(under: tuple[str, ...]) -> None:
    assert post((), under).byline is None


@pytest.mark.parametrize("over", [
    ("图｜王小五",), ("题图｜视觉中国",),  # photo credits
    ("记者王小五说，这是一个好消息。",),  # a reporter quoted
    ("编者按：这是一篇关于城市更新的深度报道，值得一读。",),
])
def test_what_only_looks_like_a_credit_over_the_text(over: tuple[str, ...]) -> None:
    assert portal(over).byline is None


def test_an_opinion_of_the_writer_in_the_text_is_no_credit() -> None:
    d = doc(*PORTAL_TOP, P1, "作者认为，这一轮改革的意义在于让市场发挥更大作用。", P2, P3, *PORTAL_END)
    assert d.byline is None
    assert "作者认为" in d.text


@pytest.mark.parametrize(("first", "credit", "rest"), [
    ("文/王小五 今年三月，老城的街道上人来人往，比往年热闹了许多。", "文/王小五", "今年三月，"),
    ("（文/王小五）今年三月，老城的街道上人来人往，比往年热闹了许多。", "文/王小五", "今年三月，"),
    ("作者｜王小五　今年三月，老城的街道上人来人往，比往年热闹了许多。", "作者｜王小五", "今年三月，"),
])
def test_a_credit_opening_the_first_paragraph(first: str, credit: str, rest: str) -> None:
    d = doc(*POST_TOP, first, P2, P3)
    assert d.byline == credit
    assert d.text.startswith(rest) or f"\n{rest}" in d.text
    assert credit not in d.text


@pytest.mark.parametrize("first", [
    "文/王小五",  # the credit alone: a line of its own, read as such
    "文学是人学，今年三月，老城的街道上人来人往，比往年热闹了许多。",  # no role
    "作者/王小五说：今年三月，老城的街道上人来人往，比往年热闹了许多。",
])
def test_no_credit_is_cut_from_a_paragraph_that_does_not_open_with_one(first: str) -> None:
    assert leading_credit(first) is None


def test_the_writers_line_under_boxes_below_the_text() -> None:
    """作者：X under a box of links and a follow call, past the lines right under the text."""
    box = ("往期推荐", "老城更新（上）", "老城更新（中）", "老城更新（下）", "点个在看", "扫码关注我们", "长按识别二维码")
    d = doc(*POST_TOP, P1, P2, P3, *box, "作者：王小五")
    assert d.byline == "作者：王小五"
    assert keeps_the_text(d)


def test_a_date_line_opening_with_the_writer_stays_a_date_line() -> None:
    line = "作者：王小五 2024-03-05 10:20 来源：某某日报网站 阅读 1024"
    assert leading_credit(line) is None
    d = doc("某某新闻", TITLE, line, P1, P2, P3)
    assert d.dateline is not None and "2024-03-05" in d.dateline
    assert keeps_the_text(d) and line not in d.text


@pytest.mark.parametrize(("line", "credit"), [
    ("本文由「某某」原创出品，作者：王小五，转载请联系授权。", "作者：王小五"),
    ("本文选自《某某杂志》2024年第3期，作者：王小五。", "作者：王小五"),
    ("（本文首发某某APP，作者｜王小五，编辑｜李四）", "作者｜王小五"),
])
def test_a_notice_saying_where_the_text_first_appeared_names_its_writer(line: str, credit: str) -> None:
    assert standalone_credit(line) == credit
    d = post((), (line,))
    assert d.byline == credit
    assert keeps_the_text(d)


@pytest.mark.parametrize("line", [
    "本文作者：王小五，来自某某大学。",  # the writer, then where they come from: a credit of its own
    "本文由王小五整理，转载请注明出处。",  # no writer's field
])
def test_a_writers_clause_must_follow_the_notices_first_clause(line: str) -> None:
    assert reposted_writer(line) is None


@pytest.mark.parametrize(("line", "credit"), [
    ("某某周刊记者：王小五", "某某周刊记者：王小五"),
    ("经济观察报 记者 王小五", "经济观察报 记者 王小五"),
    ("21世纪某某报道记者 王小五 北京报道", "21世纪某某报道记者 王小五 北京报道"),
    ("南方某某周刊记者 王小五 发自北京", None),  # 发自: the filed form, read as the reporter's line
])
def test_a_reporter_of_an_outlet_spaced_numbered_or_with_a_colon(line: str, credit: str | None) -> None:
    if credit is not None:
        assert standalone_credit(line) == credit
    d = doc("某某网", TITLE, "2024-03-05", line, P1, P2, P3)
    assert d.byline is not None and "王小五" in d.byline
    assert line not in d.text


@pytest.mark.parametrize("line", ["图文：某某市召开城市更新工作推进会议", "文·旅融合让老街区焕发新活力", "文字：一种古老的记忆"])
def test_a_headline_opening_like_a_feature_credit_is_no_credit(line: str) -> None:
    assert standalone_credit(line) is None
    d = doc("某某网", line, "2024-03-05 10:20 来源：某某日报", P1, P2, P3)
    assert d.title == line
