"""One scraped-text rule per test, on inputs small enough to read."""

from __future__ import annotations

import pytest

from reader.document import BlockKind, Document, load_bytes
from reader.document.key_figures.figures import document_figures
from reader.document.scraped.patterns import is_dateline, is_hard_stop

PARA = "这是一段足够长的正文段落，用来说明标题之后紧跟着的是正文内容，而不是别的什么东西。"


def doc(*lines: str) -> Document:
    return load_bytes("\n\n".join(lines).encode("utf-8"), "t.txt", "text")


def body_text(d: Document) -> str:
    return "\n".join(d.block_text(b) for b in d.blocks if b.kind is BlockKind.PARAGRAPH)


def headings(d: Document) -> list[tuple[int, str, str | None]]:
    return [(s.level, s.title, s.subtitle) for s in d.all_sections()]


def test_title_split_at_double_dash() -> None:
    d = doc("首页 > 新闻 > 正文", "大标题──副标题在这里", PARA, PARA)
    assert (d.title, d.subtitle) == ("大标题", "副标题在这里")
    assert d.breadcrumb == ("首页", "新闻", "正文")


@pytest.mark.parametrize("prefix", ["您的当前位置：", "您当前的位置：", "当前位置：", "您现在的位置: ", "位置："])
def test_breadcrumb_with_location_prefix(prefix: str) -> None:
    d = doc(f"{prefix}新闻中心 > 武汉", "武汉新闻标题", "2020-10-04 20:30 来源: 长江网", PARA)
    assert d.breadcrumb == ("新闻中心", "武汉")
    assert d.title == "武汉新闻标题"
    assert "来源" not in d.text


def test_paired_headings() -> None:
    d = doc(PARA, "第一部分", "副题一", PARA, PARA, "第二部分", "副题二", PARA)
    assert headings(d) == [(1, "第一部分", "副题一"), (1, "第二部分", "副题二")]


def test_single_headings_need_company() -> None:
    # One short line between paragraphs is a caption or slogan, not a section.
    d = doc(PARA, "活动现场", PARA, PARA)
    assert headings(d) == []


def test_numbered_levels() -> None:
    d = doc(PARA, "一、总体要求", PARA, "（一）基本原则", PARA, "二、重点任务", PARA)
    assert headings(d) == [(1, "一、总体要求", None), (2, "（一）基本原则", None),
                           (1, "二、重点任务", None)]


def test_lone_heading_inside_paired_section_is_a_level_below() -> None:
    d = doc(PARA, "现场目击", "网吧内血迹满地", PARA, "网民浑身是血跑出", PARA,
            "紧急抢救", "男孩生命垂危", PARA)
    assert headings(d) == [(1, "现场目击", "网吧内血迹满地"), (2, "网民浑身是血跑出", None),
                           (1, "紧急抢救", "男孩生命垂危")]


def test_verse_layout_is_not_headings() -> None:
    d = doc(PARA, "目前", "南沙国际邮轮母港码头工程", "已进入最后的施工阶段", PARA, PARA)
    assert headings(d) == []


def test_sentences_and_long_questions_are_not_headings() -> None:
    d = doc(PARA, "这句话很短。", PARA, "如何解决党建工作基础相对薄弱，普遍存在缺活动场所的问题？", PARA)
    assert headings(d) == []


def test_captions_are_not_headings() -> None:
    d = doc(PARA, "雨游黄鹤楼照样开心。城市摄影队 周斌 摄", "标题甲", PARA, "标题乙", PARA)
    assert [s.title for s in d.all_sections()] == ["标题甲", "标题乙"]
    captions = [d.block_text(b) for b in d.blocks if b.kind is BlockKind.CAPTION]
    assert captions == ["雨游黄鹤楼照样开心。城市摄影队 周斌 摄"]


def test_dash_led_lines_are_list_items() -> None:
    d = doc(PARA, "──第一项措施，内容足够长，讲清楚做了什么。", "——第二项措施，同样讲清楚。")
    kinds = [b.kind for b in d.blocks]
    assert kinds == [BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.LIST_ITEM]


def test_glued_editor_credit() -> None:
    d = doc(PARA, PARA + "(津云新闻编辑孙畅)")
    assert d.byline == "津云新闻编辑孙畅"
    assert d.text.endswith("东西。")


def test_standalone_credit_lines() -> None:
    for line, credit in (("【编辑：姚昊】", "编辑：姚昊"), ("（责任编辑： HN666）", "责任编辑： HN666"),
                         ("编辑|禤志杰", "编辑|禤志杰"), ("（编辑：苏琳）&nbsp;", "编辑：苏琳")):
        d = doc(PARA, PARA, line, "分享到：")
        assert d.byline == credit
        assert credit not in d.text


def test_disclaimer_block_to_its_end() -> None:
    d = doc(PARA, PARA, "版权与免责声明", "一、本网所有作品版权均属本网所有，未经授权不得转载。",
            "二、转载作品仅为传递更多信息。", "今日天津")
    assert d.disclaimer is not None
    assert d.disclaimer.title == "版权与免责声明"
    assert len(d.disclaimer.paragraphs) == 2
    assert "转载" not in d.text


def test_bracketed_disclaimer_line() -> None:
    d = doc(PARA, PARA, "【免责声明】本文仅代表作者本人观点，与本网无关。")
    assert d.disclaimer is not None
    assert d.disclaimer.title == "免责声明"
    assert d.disclaimer.paragraphs == ("本文仅代表作者本人观点，与本网无关。",)


def test_site_chrome_stripped() -> None:
    d = doc("天津在线", "登录", "注册", "首页 > 资讯 > 正文", "新闻标题在此", PARA, PARA,
            "分享到：", "相关新闻", "某条相关新闻的标题", "Copyright © 2020 版权所有")
    assert d.site == "天津在线"
    assert d.text == "\n".join(["新闻标题在此", PARA, PARA])


def test_normalization() -> None:
    raw = "\u3000\u3000" + PARA + "&nbsp;\r\n\r\n\ufffd\ufffd\ufffd\r\n\u3000\u3000" + PARA + "\x00"
    d = load_bytes(raw.encode("gbk", errors="ignore").replace(b"\x00", b"") + b"\x00",
                   "g.txt", "text")
    assert d.text == PARA + "\n" + PARA
    assert d.source.encoding == "gb18030"


def test_section_at_finds_the_innermost_section() -> None:
    d = doc(PARA, "一、总体要求", PARA, "（一）基本原则", PARA, "二、重点任务", PARA)
    first, sub, second = d.all_sections()
    assert d.section_at(0) is None
    assert d.section_at(first.start) == first
    assert d.section_at(sub.start + 3) == sub
    assert d.section_at(second.end - 1) == second


def test_half_width_punctuation_touching_chinese_becomes_full_width() -> None:
    from reader.document.normalize import cjk_punctuation

    assert cjk_punctuation("盛夏时节,行走在津沽大地;增长0.3%,对全市GDP:好吗?是!") == (
        "盛夏时节，行走在津沽大地；增长0.3%，对全市GDP：好吗？是！")
    assert cjk_punctuation("组织(简称“两新”组织)从无到有") == "组织（简称“两新”组织）从无到有"
    for untouched in ("10:30", "1,234", "Hello, world!", "f(x)"):
        assert cjk_punctuation(untouched) == untouched


def test_title_split_over_two_lines() -> None:
    d = doc("首页 > 新闻 > 正文", "党旗领航奋进路", "乘风破浪开新局", "2021-07-01 来源：天津日报", PARA)
    assert d.title == "党旗领航奋进路 乘风破浪开新局"
    d = doc("党旗领航奋进路", "乘风破浪开新局", PARA, PARA)
    assert d.title == "党旗领航奋进路 乘风破浪开新局"


def test_symbol_led_headings_lose_their_symbol() -> None:
    d = doc(PARA, "■ 港口建设", PARA, "■ 乡村振兴", PARA)
    assert [s.title for s in d.all_sections()] == ["港口建设", "乡村振兴"]
    assert "■" not in d.text


def test_traditional_chinese_credit_and_figures() -> None:
    d = doc("臺北市政府今日宣布，明年度預算編列新臺幣1,685億元，較今年增加3.2%。", "編輯：王小明")
    assert d.byline == "編輯：王小明"
    figures = document_figures(d)
    assert [d.text[f.start : f.end] for f in figures] == ["1,685億元", "3.2%"]
    assert figures[0].value == 1685.0


def test_dateline_kept_as_metadata() -> None:
    d = doc("首页 > 新闻 > 正文", "武汉新闻标题", "2020-10-04 20:30 来源: 长江网", "调整字体", PARA)
    assert d.dateline == "2020-10-04 20:30 来源： 长江网"
    assert "2020-10-04" not in d.text
    d = doc("中共中央 国务院关于实施乡村振兴战略的意见", "（2018年1月2日）", PARA, PARA)
    assert d.dateline == "2018年1月2日"
    assert doc(PARA, PARA).dateline is None


def test_a_second_declaration_behind_page_links_joins_the_disclaimer() -> None:
    d = doc(PARA, PARA, "【免责声明】本文仅代表作者本人观点，与本网无关。", "联系我们 -", "关于我们 -",
            "本站郑重声明：所载文章、数据仅供参考，投资有风险。", "Copyright©某网 版权所有")
    assert d.disclaimer is not None
    assert d.disclaimer.paragraphs == ("本文仅代表作者本人观点，与本网无关。",
                                       "本站郑重声明：所载文章、数据仅供参考，投资有风险。")


# ---- Pages from sites the rules were not written on: furniture around the headline ----

NAV = "要闻 党建 广东 中国 国际 经济 直播 融媒 网评 理论 视频 专题 公告 文化 出版 汽车 教育"


def test_a_long_navigation_bar_is_chrome_not_the_article() -> None:
    d = doc("广州 深圳 珠海 汕头 佛山 韶关 河源 梅州 惠州 汕尾 东莞 中山 江门", NAV,
            "亚洲首艘圆筒型海上油气加工厂启运", "2024-05-12 17:19 来源：新华网", "字号减小 字号增大", PARA, PARA)
    assert d.title == "亚洲首艘圆筒型海上油气加工厂启运"
    assert d.text.split("\n")[1] == PARA
    assert d.dateline == "2024-05-12 17:19 来源：新华网"


def test_the_headline_not_the_account_name_above_the_date() -> None:
    d = doc("评论", "收藏", "分享", "经济日报评论员：再驳产能过剩论", "经济日报",
            "2024-05-13 06:16发布于北京经济日报官方账号", "+关注", PARA, PARA)
    assert d.title == "经济日报评论员：再驳产能过剩论"


def test_buttons_glued_after_a_headline_are_dropped() -> None:
    d = doc("首页 > 健康", "煮一碗好吃的腊八粥，请记好这几个小窍门 举报/反馈", "2021-01-20 04:29 39健康网", PARA, PARA)
    assert d.title == "煮一碗好吃的腊八粥，请记好这几个小窍门"


def test_a_site_name_over_a_headline_is_not_half_of_it() -> None:
    d = doc("新浪财经", "创业环保第一季度报告会计差错的提示性公告", "2005.08.26 05:39", PARA, PARA)
    assert d.title == "创业环保第一季度报告会计差错的提示性公告"


def test_the_article_ends_at_its_editor_credit_and_related_links() -> None:
    d = doc("标题在这里是一个新闻标题", PARA, PARA, "原标题：以战时内阁审查重启停火谈判提案", "责任编辑：张毅",
            "相关新闻", PARA + "【详细】", "强图打榜 2024-05-23 09:41:17", PARA)
    assert d.text.count(PARA) == 2
    assert d.byline == "责任编辑：张毅"


def test_a_reporter_line_under_the_headline_is_the_dateline_and_byline() -> None:
    d = doc("首页", "某市召开全市经济工作会议部署明年工作", "2024-01-02 来源：某某日报", "本报记者 王小明 报道", PARA, PARA)
    assert d.byline == "本报记者 王小明"
    assert "本报记者 王小明" in (d.dateline or "")
    assert "王小明" not in d.text


def test_a_short_last_paragraph_after_a_lone_number_stays() -> None:
    d = doc("标题在这里是一个新闻标题", PARA, PARA, "2024", "短短的结尾。")
    assert d.text.endswith("2024\n短短的结尾。")


def test_a_footer_link_named_for_a_declaration_is_no_disclaimer() -> None:
    d = doc("标题在这里是一个新闻标题", PARA, PARA, "关于我们", "法律声明", "联系我们")
    assert d.disclaimer is None


def test_captions_dates_and_punctuation_are_never_headings() -> None:
    d = doc(PARA, "图：123rf", PARA, "原创：39健康网2024-04-23 12:27:25", PARA, "）", PARA,
            "不少人采用激光手段治疗肥胖。/图：锐景视觉", PARA)
    assert d.all_sections() == []


@pytest.mark.parametrize("line", [
    "分享到：", "发表评论", "我要评论", "网友评论", "评论（3）", "相关新闻", "相关资讯", "推荐阅读",
    "延伸阅读", "猜你喜欢", "你可能会喜欢", "上一篇：某某", "下一篇：某某", "【上一篇】某某", "热门文章",
    "留言与评论", "往期推荐", "往期回顾", "原标题：某某", "责任编辑：张毅", "【编辑：姚昊】", "（责编：某某）",
    "编审：某", "审核：某", "校对：某", "审读：某", "监制：某", "值班编辑：某", "首页 上一页 1 下一页",
    "[编辑：某某]", "(责任编辑：某)", "未经授权不得转载", "版权归某某所有",
])
def test_every_hard_stop_is_seen_past_the_fast_test(line: str) -> None:
    assert is_hard_stop(line)


def test_the_editor_line_under_the_article_is_the_byline_before_a_glued_note() -> None:
    d = doc("标题在这里是一个新闻标题", PARA, PARA + "（作者是《环球时报》评论员）", "责任编辑：amberma")
    assert d.byline == "责任编辑：amberma"


def test_credits_under_the_headline_and_in_the_lead() -> None:
    d = doc("首页", "西湖边的雷峰塔重修之后再次开放迎客", "2024-05-01 10:00", "作者：王昊阳 编辑：叶晋", PARA, PARA)
    assert d.byline == "作者：王昊阳 编辑：叶晋"
    d = doc("首页", "香港大火之後政府研究以金屬棚架取代竹棚", "2025-11-29 21:09", "撰文：凌逸德", PARA, PARA)
    assert d.byline == "撰文：凌逸德"
    d = doc("依法追究起火責任 研金屬棚架取代竹棚", "【大公報訊】記者陸九如報道：" + PARA, PARA)
    assert d.byline == "記者陸九如"


def test_a_promotion_past_the_furniture_is_not_the_article() -> None:
    d = doc("标题在这里是一个新闻标题", PARA, PARA, "特别策划：寻找中国人的信仰", "欢迎订阅凤凰网资讯电子期刊",
            "大事发生，手机看凤凰！", "分享到： 凤凰微博 人人网")
    assert d.text.endswith(PARA)
    assert any(e.text == "大事发生，手机看凤凰！" for e in d.left_out)


def test_a_short_tail_the_editor_credit_closes_is_the_article() -> None:
    d = doc("标题在这里是一个新闻标题", PARA, PARA, "此外", "航站楼免税店正同步进行招商",
            "购物、餐饮、空中花园、无敌免税城……", "这么高大上的邮轮母港", "开始搓搓手了！！！",
            "编辑|禤志杰", "扫描下方二维码解锁更多技能")
    assert d.text.endswith("开始搓搓手了！！！")


def test_a_box_heading_or_a_comment_count_ends_the_article() -> None:
    d = doc("标题在这里是一个新闻标题", PARA, PARA, "精彩视频推荐", "全民微信时代，用语音功能发60秒是种怎样的体验？")
    assert d.text.endswith(PARA)
    d = doc("标题在这里是一个新闻标题", PARA, PARA, "《播客热潮》已有1件评论", PARA + "评论者说。")
    assert d.text.endswith(PARA)


def test_sentences_that_open_like_furniture_stay_in_the_article() -> None:
    d = doc("标题在这里是一个新闻标题", PARA, "未经本人同意，不得公开他人的个人信息。", "相关报道称，" + PARA, PARA)
    assert d.text.count(PARA) == 3
    d = doc("标题在这里是一个新闻标题", PARA, "好书推荐", PARA, "编后", PARA)
    assert d.text.count(PARA) == 3


def test_short_unnumbered_headings_and_broad_words_are_kept() -> None:
    d = doc(PARA, "前言", PARA, "宏大图景", PARA, "结语", PARA)
    assert [s.title for s in d.all_sections()] == ["前言", "宏大图景", "结语"]


def test_reporter_lines_are_read_without_backtracking_and_without_false_friends() -> None:
    from reader.document.bylines.dateline import REPORTER_LINE, credit_in_dateline

    assert REPORTER_LINE.match("本报记者 王五" + " 记者 赵六" * 300 + "。") is None  # at once
    assert not REPORTER_LINE.match("文化强市") and not REPORTER_LINE.match("图说天下")
    assert credit_in_dateline("本报记者王小明报道", "本报记者王小明报道") == "本报记者王小明"


def test_a_numeral_on_the_line_above_a_heading_is_its_decoration() -> None:
    d = doc("标题在这里是一个新闻标题", PARA, "01", "强化组织领导", PARA, PARA, "02", "上下联动齐抓共管", PARA, PARA)
    assert [s.title for s in d.all_sections()] == ["强化组织领导", "上下联动齐抓共管"]
    assert "01" not in d.text.split("\n")
    assert [e.text for e in d.left_out] == ["01", "02"]


def test_a_three_character_first_paragraph_is_kept() -> None:
    d = doc("首页", "新闻", "某市召开全市经济工作会议部署明年工作", "2024-01-02 来源：某某日报", "是的。", PARA, PARA)
    assert d.text.split("\n")[1] == "是的。"


def test_plain_heads_nest_under_symbol_led_sections() -> None:
    d = doc(PARA, "▍集群故障判定", PARA, "集群状态收集", PARA, "检查集群状态", PARA, "▍总结", PARA)
    assert headings(d) == [(1, "集群故障判定", None), (2, "集群状态收集", None),
                           (2, "检查集群状态", None), (1, "总结", None)]


def test_the_pages_responsible_editor_counts_however_far_down() -> None:
    boxes = ["分享到：", "微博", "我要评论(0)", "相关阅读："] + [f"推荐账号{n}" for n in range(30)]
    d = doc("标题在这里是一个新闻标题", PARA, PARA + "（作者是评论员）", *boxes, "[责任编辑：amberma]")
    assert d.byline == "责任编辑：amberma"


def test_a_credit_may_have_a_space_for_its_colon() -> None:
    d = doc("标题在这里是一个新闻标题", PARA, PARA, "作者 星島網 責任編輯 陳宥婷 報導", "分享")
    assert d.byline == "作者 星島網 責任編輯 陳宥婷 報導"
    assert doc("标题在这里是一个新闻标题", PARA, PARA, "编辑部的故事，今天开播。").byline is None


def test_bullet_led_heads_and_connective_questions() -> None:
    d = doc(PARA, "●播客热潮迅速蔓延", PARA, "●传媒巨头青睐播客", PARA)
    assert [s.title for s in d.all_sections()] == ["播客热潮迅速蔓延", "传媒巨头青睐播客"]
    d = doc(PARA, "那么，鸿蒙开发凭什么成为黑马？", "市场刚需，企业高薪海纳人才", PARA, "人才培养提速", PARA)
    assert [s.title for s in d.all_sections()] == ["市场刚需，企业高薪海纳人才", "人才培养提速"]


def test_the_articles_rights_statement_is_folded_the_sites_footer_is_not() -> None:
    notice = "【美国The Next Web作品的中文相关权益归腾讯公司独家所有。未经授权，不得转载、摘编等。】"
    d = doc("标题在这里是一个新闻标题", PARA, PARA, notice, "分享到")
    assert d.disclaimer is not None and "不得转载" in d.disclaimer.title
    assert d.text.endswith(PARA)
    d = doc("标题在这里是一个新闻标题", PARA, PARA, "Copyright © 2000-2024 某某网 版权所有 未经授权禁止转载")
    assert d.disclaimer is None


def test_headlines_strung_on_one_line_after_the_text_are_not_its_last_paragraph() -> None:
    related = "穗禾苑發泡膠板封窗\u3000法團展達阻燃標準「證書」\u3000消防顧問：機構非香港認可、難證安全性"
    d = doc("新聞標題在這裏", PARA, PARA, "其他人也在看", related, "新聞資訊", related)
    assert d.title == "新聞標題在這裏"
    assert related not in body_text(d)
    assert any(item.text == related for item in d.left_out)
    # A sentence with a wide space in it is still a sentence.
    spaced = "他說：　我們會繼續努力，把工作做好，讓市民放心，這是我們的責任和承諾。"
    assert spaced in body_text(doc("新聞標題在這裏", PARA, spaced))


def test_an_english_cookie_notice_does_not_outweigh_a_short_chinese_article() -> None:
    notice = ("Your personal data will be processed and information from your device (cookies, "
              "unique identifiers, and other device data) may be stored by, accessed by and shared "
              "with vendors, or used specifically by this site or app.")
    counters = [str(n) for n in range(20)]  # likes, shares, comments: the page's, as on hk01.com
    d = doc("新聞標題在這裏", *[PARA] * 8, *counters, "Welcome to example.com", notice, notice, notice)
    assert PARA in body_text(d)
    assert notice not in body_text(d)


@pytest.mark.parametrize(
    ("line", "dated"),
    [
        ("Saturday, September 10th, 2005 10:56 am", True),
        ("Posted on May 3, 2021 by admin", True),
        ("In May 2021 we went to the zoo and found many animals there.", False),
    ],
)
def test_an_english_date_line_is_a_date_line(line: str, dated: bool) -> None:
    assert is_dateline(line) is dated
