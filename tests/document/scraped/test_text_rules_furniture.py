"""Rules for pages from sites the importer was not tuned on: one rule per test, made-up text."""

from __future__ import annotations

import pytest

from reader.document.bylines.dateline_fields import parse_dateline
from tests.document.scraped.test_text_rules import PARA, doc, headings


def test_first_numbered_head_right_under_the_dateline_is_kept() -> None:
    d = doc("首页 > 新闻 > 正文", "某市出台实施方案", "2024-05-01 10:00 来源：某某网",
            "一、总体要求", PARA, PARA, "二、主要任务", PARA, PARA)
    assert [title for _, title, _ in headings(d)] == ["一、总体要求", "二、主要任务"]
    assert d.text.split("\n")[1] == "一、总体要求"


def test_an_archive_link_is_never_the_headline() -> None:
    d = doc("存档", "2024年05月(12)", "2024年04月(7)", "城市更新让老街区焕发新活力", PARA, PARA)
    assert d.title == "城市更新让老街区焕发新活力"
    d = doc("存档", "2024年05月(12)", "2024年04月(7)", PARA, PARA)
    assert d.title is None


def test_a_source_line_is_not_the_byline() -> None:
    d = doc("城市更新让老街区焕发新活力", PARA, PARA, "来源 | 综合某某日报、某某晚报")
    assert d.byline is None
    assert [e.text for e in d.left_out if e.role == "byline"] == ["来源 | 综合某某日报、某某晚报"]
    d = doc("城市更新让老街区焕发新活力", PARA, PARA, "来源：某某日报", "【责任编辑：王五】")
    assert d.byline == "责任编辑：王五"


def test_a_blog_posts_poster_is_its_byline() -> None:
    from reader.document.bylines.dateline_fields import parse_dateline

    d = doc("某某的博客", "城市更新让老街区焕发新活力", "lanshan88 发表于 2005-9-15 11:46:00", PARA, PARA)
    assert d.byline == "lanshan88"
    assert parse_dateline("lanshan88 发表于 2005-9-15 11:46:00").authors == ("lanshan88",)
    assert parse_dateline("2005-9-15 发表于 某某网").authors == ()


LONG_ITEM = "这次改革是由多方面的原因共同促成的，其中最重要的是体制内部长期积累的矛盾；"


def test_a_numbered_line_whose_siblings_open_paragraphs_is_a_list_item() -> None:
    d = doc(PARA, "一、改革的性质", "（1）" + LONG_ITEM + PARA, "（2）" + LONG_ITEM + PARA,
            "（3）是历史的进程", PARA, "二、改革的意义", PARA, "三、改革的前景", PARA)
    assert [title for _, title, _ in headings(d)] == ["一、改革的性质", "二、改革的意义", "三、改革的前景"]


def test_a_head_whose_siblings_are_set_run_in_stays_a_head() -> None:
    d = doc(PARA, "一、总体要求", "（一）指导思想。" + PARA, "（二）目标任务。" + PARA, "（三）基本原则", PARA,
            "二、主要任务", PARA)
    assert [title for _, title, _ in headings(d)] == ["一、总体要求", "（三）基本原则", "二、主要任务"]


def test_a_note_in_parentheses_is_not_a_head() -> None:
    d = doc(PARA, "■第一部分", PARA, "■第二部分", PARA, "（本文发表于首页，已被阅读178次）", PARA)
    assert [title for _, title, _ in headings(d)] == ["第一部分", "第二部分"]


def test_a_lone_head_between_two_paragraphs_is_kept() -> None:
    d = doc("城市更新让老街区焕发新活力", PARA, PARA, "将培训及协助工人转型", PARA + PARA)
    assert [title for _, title, _ in headings(d)] == ["将培训及协助工人转型"]
    d = doc("城市更新让老街区焕发新活力", PARA, PARA + "（图／翻摄自官方微博）", "原定表演取消\u3000另一组演出照常进行", PARA + PARA)
    assert [title for _, title, _ in headings(d)] == ["原定表演取消\u3000另一组演出照常进行"]
    d = doc("城市更新让老街区焕发新活力", PARA, PARA, "图片来源：某某网，请勿转载", PARA + PARA)
    assert headings(d) == []


def test_a_lone_head_under_its_kicker_between_two_paragraphs_is_kept() -> None:
    d = doc("城市更新让老街区焕发新活力", PARA, PARA, "工会：", "正跟进三宗个案的后续安排", PARA + PARA)
    assert [title for _, title, _ in headings(d)] == ["工会："]
    d = doc("城市更新让老街区焕发新活力", PARA, PARA, "工会：", "正跟进三宗个案，另有两宗", PARA + PARA)
    assert headings(d) == []


def test_the_texts_opening_cut_off_with_an_ellipsis_is_not_the_headline() -> None:
    from reader.document.headlines.headline import title_candidates

    lines = ["城市更新让老街区焕发新活力", "某某 2017-03-01 14:27:02", "人们对于讨厌的事物总是能很有共同话题...",
             "人们对于讨厌的事物总是能很有共同话题。" + PARA, PARA]
    assert title_candidates(lines, 3, 5) == [0]
    d = doc(*lines)
    assert d.title == "城市更新让老街区焕发新活力"


def test_a_rights_statement_above_the_post_is_its_disclaimer() -> None:
    d = doc("城市更新让老街区焕发新活力", "某某 于 2024-05-06 15:47:53 发布", "阅读量1.3w 收藏 98", "点赞数 40",
            "文章标签： 人工智能", "版权声明：本文为博主原创文章，遵循 CC 4.0 BY-SA 版权协议，转载请附上原文出处链接和本声明。",
            "本文链接：https://blog.example.com/1", "版权", PARA, PARA)
    assert d.disclaimer is not None
    d = doc("城市更新让老街区焕发新活力", "2024-05-06 15:47:53",
            "©著作权归作者所有：来自某某博客作者的原创作品，如需转载，请与作者联系", PARA, PARA)
    assert d.disclaimer is not None


def test_a_declaration_far_below_the_text_is_the_sites() -> None:
    furniture = [f"热门文章标题第{k}条" for k in range(50)]
    d = doc("城市更新让老街区焕发新活力", PARA, PARA, *furniture, "声明：本网登载此文出于传递更多信息之目的，文章内容仅供参考。")
    assert d.disclaimer is None
    d = doc("城市更新让老街区焕发新活力", PARA, PARA, "声明：本网登载此文出于传递更多信息之目的，文章内容仅供参考。")
    assert d.disclaimer is not None


def test_a_notices_signature_and_its_date_close_its_text() -> None:
    d = doc("某某股份有限公司关于更正报告的公告", PARA, PARA, "某某股份有限公司董事会", "2005年8月25日", "加载中...",
            "首页 导航 反馈 登录")
    assert d.text.split("\n")[-2:] == ["某某股份有限公司董事会", "2005年8月25日"]


def test_a_notices_publicity_note_under_its_date_is_its_text() -> None:
    d = doc("某县农业农村局关于开展春季农田水利检查的通知", PARA, PARA, "某县农业农村局", "2026年3月9日", "（此件主动公开）",
            "【打印本页】 【关闭窗口】", "主办单位：某县人民政府")
    assert d.text.split("\n")[-3:] == ["某县农业农村局", "2026年3月9日", "（此件主动公开）"]
    assert d.dateline is not None and parse_dateline(d.dateline).published == "2026-03-09"  # nothing else dates it


def test_a_notices_contact_and_attachment_lines_over_its_signature_are_its_text() -> None:
    d = doc("某市应急管理局关于做好节日期间安全生产工作的通知", PARA, PARA, "联系人：赵某　联系电话：0571-12345678",
            "附件：节日期间值班表", "某市应急管理局", "2026年12月2日", "扫一扫在手机打开当前页", "网站标识码：3301000001")
    assert d.text.split("\n")[-4:] == ["联系人：赵某　联系电话：0571-12345678", "附件：节日期间值班表", "某市应急管理局", "2026年12月2日"]


def test_a_notices_numbered_attachments_over_its_signature_are_its_text() -> None:
    d = doc("某市人民政府办公室关于印发老旧小区改造方案的通知", PARA, PARA, "联系人：张某，电话：0576-12345678",
            "附件：1.某市老旧小区改造计划表", "2.老旧小区改造项目资金申报指南", "某市人民政府办公室", "2024年6月14日",
            "【打印本页】【关闭窗口】")
    assert d.text.split("\n")[-4:-1] == ["附件：1.某市老旧小区改造计划表", "2.老旧小区改造项目资金申报指南", "某市人民政府办公室"]


def test_a_bare_attachment_label_over_its_list_and_signature_is_text() -> None:
    d = doc("某市人民政府办公室关于印发老旧小区改造方案的通知", PARA, PARA, "附件：", "1.某市老旧小区改造计划表",
            "2.老旧小区改造项目资金申报指南", "某市人民政府办公室", "2024年6月14日", "【打印本页】【关闭窗口】")
    assert d.text.split("\n")[-5:-1] == ["附件：", "1.某市老旧小区改造计划表", "2.老旧小区改造项目资金申报指南", "某市人民政府办公室"]


def test_a_contact_line_with_no_signature_under_it_stays_out() -> None:
    d = doc("某市应急管理局关于做好节日期间安全生产工作的通知", PARA, PARA, "联系人：赵某　联系电话：0571-12345678",
            "扫一扫在手机打开当前页", "网站标识码：3301000001")
    assert "联系人" not in d.text


def test_a_symbol_led_head_over_a_sub_head_is_not_a_pair() -> None:
    d = doc(PARA, "▍故障判定", "状态收集", PARA, "状态更新", PARA, "▍故障迁移", "污点添加", PARA, "容忍污点", PARA)
    assert headings(d) == [(1, "故障判定", None), (2, "状态收集", None), (2, "状态更新", None),
                           (1, "故障迁移", None), (2, "污点添加", None), (2, "容忍污点", None)]


def test_an_appendix_is_a_top_section() -> None:
    d = doc(PARA, "▍故障判定", "状态收集", PARA, "状态更新", PARA, "▍总结", PARA, "附：社区交流地址", PARA)
    assert headings(d)[-2:] == [(1, "总结", None), (1, "附：社区交流地址", None)]


def test_a_credit_line_under_the_headline_is_the_byline() -> None:
    d = doc("首页 大陆", "城市更新让老街区焕发新活力", "作者 某某网 责任编辑 王小五 报导", "发布时间：2025/11/26 20:44", PARA, PARA)
    assert d.byline == "作者 某某网 责任编辑 王小五 报导"
    assert [e.role for e in d.left_out if e.text.startswith("作者")] == ["byline"]


def test_a_short_line_ending_in_a_reporters_credit_is_the_byline() -> None:
    d = doc("城市更新让老街区焕发新活力", PARA, PARA, "整合 某某日报·交汇点记者 王小五", "素材来源 各市党报")
    assert d.byline == "整合 某某日报·交汇点记者 王小五"


def test_the_outlets_name_after_the_headline_is_left_out() -> None:
    d = doc("城市更新让老街区焕发新活力 - 某某网", "2024-05-01 10:00 来源：某某网", PARA, PARA)
    assert d.title == "城市更新让老街区焕发新活力"
    assert ("某某网", "chrome") in [(e.text.strip(" -"), e.role) for e in d.left_out]
    d = doc("城市更新-让老街区焕发新活力", "2024-05-01 10:00", PARA, PARA)
    assert d.title == "城市更新-让老街区焕发新活力"


def test_a_name_put_before_the_headline_is_not_part_of_it() -> None:
    d = doc("个人专栏", "王小五：我是怎样走上写作之路的", "发布日期：2005-07-05", "我是怎样走上写作之路的", "王小五", PARA, PARA)
    assert d.title == "我是怎样走上写作之路的"


def test_a_line_of_the_text_is_not_its_own_lead() -> None:
    from reader.document.headlines.headline import title_features
    from reader.document.headlines.title_model import FEATURES

    lines = ["评老冒：做最好的和最酷的东西？", PARA, PARA]
    overlap = title_features(lines, 0, 3)[0][FEATURES.index("lead_overlap")]
    assert overlap < 0.5  # measured against the text under it, not against itself


def test_a_caption_over_the_text_is_left_out() -> None:
    d = doc("城市更新让老街区焕发新活力", "发稿时间：2017-03-10 08:42:00 来源：某某网", "图为老街区改造后的近影。", PARA, PARA)
    assert d.text.split("\n")[1] == PARA
    assert ("图为老街区改造后的近影。", "chrome") in [(e.text, e.role) for e in d.left_out]


def test_sections_nest_under_chapters() -> None:
    d = doc(PARA, "第一章 总则", PARA, "第一节 目的", PARA, "第二节 范围", PARA, "第二章 细则", PARA, "第一节 要求", PARA)
    assert [level for level, _, _ in headings(d)] == [1, 2, 2, 1, 2]


def test_a_head_after_a_finished_numbered_run_is_a_sibling_not_a_step_down() -> None:
    # sub-sections with text of their own (a line each over a sentence or two is a list: heading_items.py)
    d = doc(PARA, "■ 背景介绍", PARA, "1. 缘起", PARA * 4, "2. 现状", PARA * 4, "■ 方法说明", PARA, "1. 步骤", PARA)
    assert [level for level, _, _ in headings(d)] == [1, 2, 2, 1, 2]


def test_a_closing_head_after_a_numbered_run_rejoins_its_kind() -> None:
    d = doc(PARA, "背景介绍", PARA, PARA, "方法说明", PARA, "一、步骤", PARA * 4, "二、验证", PARA * 4, "结语部分", PARA, PARA)
    assert [level for level, _, _ in headings(d)] == [1, 1, 1, 1, 1]
    d = doc(PARA, "一、背景", PARA, "■ 要点一", PARA, "■ 要点二", PARA, "二、方法", PARA, "■ 要点三", PARA)
    assert [level for level, _, _ in headings(d)] == [1, 2, 2, 1, 2]


@pytest.mark.parametrize("furniture", [
    "本文作者：王小五", "视频加载中", "更多精彩内容", "阅读原文", "广告", "返回首页，查看更多", "问：你为什么选择这里？",
    "Q：你为什么选择这里？", "注：以上数据为初步统计", "图1 城市更新前后对比", "表1 主要经济指标", "《某某日报》",
])
def test_buttons_and_credits_between_paragraphs_are_not_heads(furniture: str) -> None:
    d = doc(PARA, "■第一部分", PARA, furniture, PARA, "■第二部分", PARA)
    assert [title for _, title, _ in headings(d)] == ["第一部分", "第二部分"]


def test_a_bar_of_buttons_ends_the_text() -> None:
    buttons = ["关注", "40", "点赞", "踩", "98", "收藏", "34", "评论"]
    teaser = "其实整个使用的核心心法，用一句话就可以概括了：生成的答案质量，完全取决于你怎样问它，以及怎样引导它。" * 3
    d = doc("城市更新让老街区焕发新活力", *[PARA * 2] * 3, "这就需要我们平时刻意去引导它。", *buttons, "推荐的另一篇文章",
            teaser, teaser)
    assert d.text.split("\n")[-1] == "这就需要我们平时刻意去引导它。"
    code = [f"// the eviction step {k} of the controller, in a graceful way" for k in range(6)]
    d = doc("城市更新让老街区焕发新活力", *[PARA * 2] * 3, *code, teaser, teaser)
    assert d.text.split("\n")[-1] == teaser


def test_an_official_documents_title_not_its_issuer_number_or_addressees() -> None:
    d = doc("某市人民政府办公室", "某府办发〔2024〕12号", "某市人民政府关于印发某某方案的通知",
            "各区县人民政府，市政府各部门：", PARA, PARA)
    assert d.title == "某市人民政府关于印发某某方案的通知"
    d = doc("某市人民政府关于印发某某方案的通知", "各区县人民政府，市政府各部门：", PARA, PARA)
    assert d.title == "某市人民政府关于印发某某方案的通知"


def test_an_official_documents_heads_with_their_full_stops() -> None:
    d = doc(PARA, "一、总体要求。", PARA, "二、主要任务。", PARA, "三、保障措施。", PARA)
    assert [title for _, title, _ in headings(d)] == ["一、总体要求。", "二、主要任务。", "三、保障措施。"]


def test_a_chapter_over_a_statutes_short_article_is_a_head() -> None:
    d = doc(PARA, "第一章 总则", "第一条 为了加强管理，根据有关法律法规，制定本办法。", "第二章 职责", "第二条 市人民政府负责统筹。")
    assert [title for _, title, _ in headings(d)] == ["第一章 总则", "第二章 职责"]


def test_the_last_of_a_list_of_addresses_stays_in_the_text() -> None:
    d = doc("城市更新让老街区焕发新活力", PARA, PARA, "项目地址： https://github.com/example-io/example-project",
            "交流地址： https://chat.example.com/", "点击关注，第一时间了解新鲜技术~", "赞", "收藏")
    assert d.text.split("\n")[-1] == "交流地址： https://chat.example.com/"


def test_heads_inside_a_section_set_under_a_numeral_are_its_sub_sections() -> None:
    d = doc(PARA, "01", "背景介绍", PARA, "要点一", PARA, PARA, "要点二", PARA, "02", "方法说明", PARA)
    assert headings(d) == [(1, "背景介绍", None), (2, "要点一", None), (2, "要点二", None), (1, "方法说明", None)]


def test_a_numeral_with_a_half_parenthesis_is_numbered() -> None:
    d = doc(PARA, "背景", PARA, "1）缘起", PARA * 4, "2）现状", PARA * 4, "方法", PARA)
    assert [level for level, _, _ in headings(d)] == [1, 2, 2, 1]
    d = doc("城市更新让老街区焕发新活力", PARA, PARA, "活动现场", "志愿者们积极向市民宣传金融知识", PARA + PARA)
    assert headings(d) == []  # a photo's two captions, no kicker
