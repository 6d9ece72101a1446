"""Where an article's text begins and ends on pages from unseen sites: one rule per test, made-up text."""

from __future__ import annotations

import pytest

from reader.document.scraped.box_heads import closes_article
from reader.document.scraped.text_tail import before_dated_links
from tests.document.scraped.test_text_rules import PARA, body_text, doc

PARA2 = "第二段正文同样足够长，讲的是另外一件事情，和上一段之间隔着一个空行，读者一看便知。"


def test_a_lead_line_with_clauses_but_no_full_stop_opens_the_text() -> None:
    lead = "3月2日，某村举办春季运动会，共200余人参加"
    d = doc("首页 | 要闻 | 财经", "某村运动会热闹开场", "2024-03-05 09:30 来源：某某日报", lead, PARA, PARA2)
    assert d.title == "某村运动会热闹开场"
    assert lead in body_text(d) or lead in [s.title for s in d.all_sections()]


@pytest.mark.parametrize("menu", ["首页 | 要闻 | 财经", "首页 新闻 体育"])
def test_a_menu_of_three_sections_is_neither_the_headline_nor_half_of_it(menu: str) -> None:
    d = doc(menu, "某村运动会热闹开场", PARA, PARA2)
    assert d.title == "某村运动会热闹开场"
    d = doc(menu, "某村运动会热闹开场", "2024-03-05 09:30 来源：某某日报", PARA, PARA2)
    assert d.title == "某村运动会热闹开场"


def _wrapped(text: str, width: int) -> list[str]:
    return [text[i : i + width] for i in range(0, len(text), width)]


def test_text_hard_wrapped_at_a_fixed_width_is_kept_to_its_last_line() -> None:
    first = ("我们常说，改变从细微处开始。这几年来，村里的道路修好了，路灯亮起来了，" * 3)
    last = ("可是人心的变化，却比道路和路灯来得更慢，也更难看见。我们还需要更多的耐心。" * 3) + "（未完待续）□"
    page = ["首页 新闻 评论 文化 读书", "乡村的改变与人心的变化", *_wrapped(first, 30), *_wrapped(last, 30),
            "——《某某月刊》2001年3月号", "版权所有 某某月刊社"]
    d = doc(*page)
    text = body_text(d)
    assert "（未完待续）□" in text
    assert all(line in text for line in _wrapped(first, 30))


LAST = "新区表示，将加快项目进度，确保学校按期建成投用。"
OTHER_STORIES = (
    "市民反映某路段路灯长期不亮，相关部门已经安排人员进行维修处理，预计本周内完成全部的更换工作。",
    "全市今年首批人才公寓配租工作启动，共推出房源一千二百套，符合条件的青年人才可以在网上申请。",
)


@pytest.mark.parametrize("closing", [
    "（完）", "- END -", "—— 全文完 ——", "精选推荐", "你可能还想看", "其他人也在看", "其他用户还看了", "本栏目最新", "更多>>", "热门评论",
    "全部评论（12）", "扫码关注某某发布公众号", "下载某某新闻客户端，看更多本地新闻", "新闻推荐", "本周热点", "大家都在看",
    "本文仅代表作者观点，不代表本站立场。",
])
def test_an_end_mark_a_boxs_head_or_a_sites_standing_line_ends_the_article(closing: str) -> None:
    d = doc("首页 | 要闻 | 财经 | 科技", "某区新建三所公办小学", "2024-05-12 10:30 来源：某某日报", PARA, PARA2,
            LAST, closing, *OTHER_STORIES)
    text = body_text(d)
    assert text.endswith(LAST)  # kept to its last line, the stories under it left out
    assert all(story not in text for story in OTHER_STORIES)


@pytest.mark.parametrize("line", ["最新进展", "新闻", "本周", "完成", "关注民生，扫码就能办理社保业务，也可以到窗口办理。", "图片来源"])
def test_words_of_an_article_close_nothing(line: str) -> None:
    assert not closes_article(line)


STORIES = ("城北新建公园下月开放 市民可免费入园", "老旧小区改造加速推进 今年涉及三万户", "夏季用电高峰将至 电力部门提前部署")


@pytest.mark.parametrize("dated", [
    [f"{story} 2024-05-1{k}" for k, story in enumerate(STORIES)],
    [f"[05-1{k}] {story}" for k, story in enumerate(STORIES)],
])
def test_a_box_of_dated_stories_under_the_text_ends_it(dated: list[str]) -> None:
    d = doc("首页 | 要闻 | 财经 | 科技", "某区新建三所公办小学", "2024-05-12 10:30 来源：某某日报", PARA, PARA2,
            LAST, *dated, OTHER_STORIES[0])
    assert body_text(d).endswith(LAST)


def test_a_timeline_opening_each_line_with_its_date_is_no_box_of_stories() -> None:
    timeline = [f"2006.5.1{k} {story}" for k, story in enumerate(STORIES)]
    lines = [PARA, PARA2, LAST, "大事记：", *timeline, LAST]
    assert before_dated_links(lines, 0, len(lines)) == len(lines)
    boxed = [PARA, PARA2, LAST, *(f"{story}（2024年5月1{k}日）" for k, story in enumerate(STORIES))]
    assert before_dated_links(boxed, 0, len(boxed)) == 3


@pytest.mark.parametrize(("last", "foot"), [
    ("是的。", ("分享到：", "微信", "微博", "相关新闻")),
    ("加油！💪", ("分享到：", "微信", "微博", "相关新闻")),
    ("让我们拭目以待", ("责任编辑：李四", "相关新闻")),
])
def test_a_short_last_line_under_the_last_paragraph_is_the_articles(last: str, foot: tuple[str, ...]) -> None:
    d = doc("首页 | 要闻 | 财经 | 科技", "某区新建三所公办小学", "2024-05-12 10:30 来源：某某日报", PARA, PARA2,
            last, *foot, *OTHER_STORIES[:1])
    assert body_text(d).endswith(last)


def test_a_government_pages_title_field_names_the_headline_and_its_spaced_fields_do_not() -> None:
    title = "某市人民政府关于做好夏季防汛工作的通告"
    d = doc("登录 注册", "某市政府信息公开专栏 >> 某市人民政府", "索 引 号： 11220000/2024-00426",
            "分 类： 环境保护；通告", "发文机关： 某市人民政府", f"标 题： {title}", "发文字号： 某政发〔2024〕1号",
            PARA, PARA2)
    assert d.title == title


@pytest.mark.parametrize("closing", [
    "【打印】 【关闭窗口】", "1 2 3 下一页", "关键词：学校 教育 新区", "原文链接：https://example.com/a/1",
    "【纠错】 【责任编辑：李四】", "觉得不错，请点个在看",
])
def test_the_pages_buttons_pages_tags_and_requests_under_the_text_end_it(closing: str) -> None:
    d = doc("首页 | 要闻 | 财经 | 科技", "某区新建三所公办小学", "2024-05-12 10:30 来源：某某日报", PARA, PARA2,
            LAST, closing, *OTHER_STORIES)
    assert body_text(d).endswith(LAST)


def test_a_keyword_heading_inside_the_text_ends_nothing() -> None:
    assert not closes_article("关键词：高质量发展")


@pytest.mark.parametrize("photo", ["新华社发（王小五摄）", "图为新建成的学校教学楼。"])
def test_the_photo_an_article_closes_on_is_the_articles(photo: str) -> None:
    d = doc("首页 | 要闻 | 财经 | 科技", "某区新建三所公办小学", "2024-05-12 10:30 来源：某某日报", PARA, PARA2,
            "5月12日，施工人员在新区东部学校工地作业，预计明年秋季完工投用，新增学位一千二百个。",
            photo, "字大", "字小", "分享至手机", "1234下一页")
    assert d.text.rstrip().endswith(photo)  # a caption's block or a paragraph: the article's


@pytest.mark.parametrize("code", ["", "1140821"])
def test_a_short_last_sentence_with_the_editors_credit_glued_stays_the_texts(code: str) -> None:
    """審議。（編輯：X）1140821 under the text: the sentence is the article's last, the credit its
    byline, the wire's date code kept out as the page's."""
    last = "預算案將於月底前送立法院審議。"
    d = doc("某某社 首頁 政治", "某某院會通過明年度總預算", "2026/8/21 14:32", PARA, PARA2,
            f"{last}（編輯：林小華）{code}", "本網站之文字、圖片及影音，非經授權，不得轉載。")
    assert body_text(d).endswith(last)
    assert d.byline == "編輯：林小華"


def test_a_platforms_statement_under_the_text_is_its_disclaimer() -> None:
    d = doc("首页 | 要闻 | 财经", "某村运动会热闹开场", "2024-03-05 09:30 来源：某某日报", PARA, PARA2,
            "平台声明：该文观点仅代表作者本人，某某号系信息发布平台，某某仅提供信息存储空间服务。", "推荐阅读")
    assert d.disclaimer is not None and d.disclaimer.title == "平台声明"
    assert body_text(d).endswith(PARA2)


def test_a_last_line_of_clauses_without_its_stop_over_a_box_head_is_the_texts() -> None:
    last = "截至发稿时，事故原因仍在进一步调查中"
    d = doc("首页 | 要闻 | 财经 | 科技", "某区一厂房突发火情", "2024-05-12 10:30 来源：某某日报", PARA, PARA2,
            last, "相关新闻", *OTHER_STORIES)
    assert body_text(d).endswith(last)
    d = doc("首页 | 要闻 | 财经 | 科技", "某区一厂房突发火情", "2024-05-12 10:30 来源：某某日报", PARA, PARA2,
            "火情已扑灭", "相关新闻", *OTHER_STORIES)  # a short line of no clauses: a caption, a link
    assert not body_text(d).endswith("火情已扑灭")
