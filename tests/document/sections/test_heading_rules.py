"""Heading rules on made-up scraped text: section numerals, count-led heads, lines that only look like heads."""

from __future__ import annotations

from reader.document import BlockKind, Document, load_bytes
from reader.document.scraped.patterns import numbered_style
from reader.document.sections.headings import find_headings, section_numerals

PARA = "这是一段足够长的正文段落，用来说明标题之后紧跟着的是正文内容，而不是别的什么东西。"
SHORT = "城门失火，殃及池鱼。"


def doc(*lines: str) -> Document:
    return load_bytes("\n\n".join(lines).encode("utf-8"), "t.txt", "text")


def headings(d: Document) -> list[tuple[int, str]]:
    return [(s.level, s.title) for s in d.all_sections()]


def test_numerals_counting_sections_are_their_heads() -> None:
    d = doc("一篇长文的标题", PARA, "01", PARA, PARA, "02", PARA, PARA, "03", PARA)
    assert headings(d) == [(1, "01"), (1, "02"), (1, "03")]


def test_numerals_from_further_on_need_three_in_a_row() -> None:
    lines = [PARA, "02", PARA, "03", PARA, "04", PARA]
    assert section_numerals(lines) == [1, 3, 5]
    assert section_numerals([PARA, "02", PARA, "03", PARA]) == []  # two from the middle: figures, maybe


def test_a_lone_figure_or_numbers_out_of_order_are_not_heads() -> None:
    assert section_numerals([PARA, "2024", PARA]) == []
    assert section_numerals([PARA, "1", PARA, "3", PARA, "7", PARA]) == []
    assert section_numerals(["1", "2", "3", PARA]) == []  # a pager's 1 2 3 has no text under each


def test_a_numeral_over_a_head_stays_its_decoration() -> None:
    d = doc("一篇长文的标题", PARA, "01", "背景介绍", PARA, PARA, "02", "方法说明", PARA)
    assert [t for _, t in headings(d)] == ["背景介绍", "方法说明"]
    assert "01" not in d.text


def test_a_count_and_a_space_number_a_head() -> None:
    assert numbered_style("1 影视业“瑟瑟发抖”") == "arabic"
    assert numbered_style("12 尾声：冬天的孩子") == "arabic"


def test_a_figure_and_its_unit_do_not_number_a_head() -> None:
    for line in ("3 月 5 日，会议召开", "10 家企业参会", "8 月下旬的价格", "30 元一斤"):
        assert numbered_style(line) is None, line


def test_count_led_heads_are_siblings() -> None:
    d = doc("一篇长文的标题", PARA, "1 影视业瑟瑟发抖", PARA, PARA, "2 游戏业风雨飘摇", PARA, PARA, "3 蝴蝶效应", PARA)
    assert headings(d) == [(1, "1 影视业瑟瑟发抖"), (1, "2 游戏业风雨飘摇"), (1, "3 蝴蝶效应")]


def test_a_line_introducing_a_quotation_is_not_a_head() -> None:
    lines = [PARA, "几年前，他的同行叹息：", PARA, "刘春写到：", PARA, "他说：", PARA, "老六表示：", PARA]
    assert find_headings(lines) == []


def test_a_line_broken_after_a_comma_is_not_a_head() -> None:
    lines = [PARA, "骨子里他也忘不了自己是纪录片人，在他眼里，", PARA, "他们所做的事情、", PARA]
    assert find_headings(lines) == []


def test_a_short_head_with_a_colon_still_heads() -> None:
    d = doc("一篇长文的标题", PARA, "总结：", PARA, PARA, "展望：", PARA)
    assert [t for _, t in headings(d)] == ["总结：", "展望："]


def test_numeral_heads_nest_the_plain_heads_inside() -> None:
    d = doc("一篇长文的标题", PARA, "01", PARA, "一个小节", PARA, PARA, "02", PARA, "另一个小节", PARA)
    assert headings(d) == [(1, "01"), (2, "一个小节"), (1, "02"), (2, "另一个小节")]
    kinds = [b.kind for b in d.blocks]
    assert kinds.count(BlockKind.HEADING) == 4


def test_credits_and_page_furniture_are_never_heads() -> None:
    furniture = ["作者 张三", "文/李四", "本报记者 王小明", "编辑 张三", "下一条：关于做好春节工作的通知",
                 "打印本页", "关闭窗口", "【字体：大 中 小】", "抄送：省委办公厅", "END", "往期精彩回顾",
                 "欢迎转发分享", "本文转载自公众号某某", "题图来自视觉中国"]
    for line in furniture:
        assert find_headings([PARA, line, PARA, PARA]) == [], line
    heads = find_headings([PARA, "作者的话", PARA, PARA, "编辑手记", PARA, PARA])
    assert [h.index for h in heads] == [1, 4]  # heads that begin like credits


def test_a_table_of_contents_heads_nothing() -> None:
    toc = ["第一章 总则", "第二章 管理", "第三章 附则"]
    body = ["第一章 总则", "第一条 " + PARA, "第二章 管理", "第二条 " + PARA, "第三章 附则", "第三条 " + PARA]
    found = find_headings([PARA, *toc, *body])
    assert [h.index for h in found] == [4, 6, 8]  # the chapters over their articles, not the list above


def test_a_head_over_a_minor_head_still_heads() -> None:
    lines = [PARA, "一、总体要求", "（一）指导思想", PARA, "（二）基本原则", PARA, "二、主要任务", PARA]
    assert [h.index for h in find_headings(lines)] == [1, 2, 4, 6]


def test_a_line_naming_a_picture_is_its_caption() -> None:
    for line in ("纪录片《森林之歌》海报", "1998年的全家福", "电视剧剧照"):
        heads = find_headings([PARA, line, PARA, PARA, "另一个小标题", PARA, PARA, "第三个小标题", PARA])
        assert [h.index for h in heads] == [4, 7], line
    for line in ("讲座现场", "颁奖典礼现场"):  # a scene the photo showed
        heads = find_headings([PARA, line, PARA, PARA, "另一个小标题", PARA, PARA, "第三个小标题", PARA])
        assert [h.index for h in heads] == [4, 7], line
    heads = find_headings([PARA, "直击现场", PARA, PARA, "另一个小标题", PARA, PARA, "第三个小标题", PARA])
    assert [h.index for h in heads] == [1, 4, 7]  # going to the scene: the reporter's, a head
    heads = find_headings([PARA, "■ 现场", PARA, PARA, "■ 声音", PARA, PARA, "■ 追访", PARA])
    assert [h.index for h in heads] == [1, 4, 7]  # 现场 alone, set off by its mark: a news part's head


def test_a_copula_before_a_colon_makes_a_sentence() -> None:
    lines = [PARA, "第一个痛点就是：用的不好", PARA, "而第二个痛点则是：无处去用", PARA]
    assert find_headings(lines) == []
    assert len(find_headings([PARA, "出国前：政治科目", PARA, PARA, "出国后：生活费用", PARA])) == 2


def test_a_head_is_never_two_levels_under_its_section() -> None:
    d = doc("一篇长文的标题", PARA, "一、第一部分", PARA, "1.第一点", PARA, "小节甲", PARA, "2.第二点", PARA,
            "二、第二部分", PARA, "小节乙", PARA)
    levels = [level for level, _ in headings(d)]
    assert all(b - a <= 1 for a, b in zip(levels, levels[1:], strict=False)), headings(d)


def test_a_statutes_articles_are_its_text_not_heads() -> None:
    # 第一条 alone over its words, or with its short name: an article of a law, under its chapters
    d = doc("某市物业管理条例", "2024-03-01 来源：某市人大", "第一章 总则", "第一条", PARA, "第二条", PARA,
            "第二章 业主", "第三条 业主的权利", PARA, "第四条 业主的义务", PARA)
    assert headings(d) == [(1, "第一章 总则"), (1, "第二章 业主")]
    assert "第一条" in d.text


AD_COPY = "某品牌手机新品上市，现在下单立减五百元，还送耳机一副，欢迎选购。"


def test_an_advertisements_slogan_heads_nothing_and_its_box_is_chrome() -> None:
    d = doc("某地举行春季招聘会", "2024-03-01 来源：某报", PARA, "现场火爆", PARA, PARA, "企业踊跃", PARA,
            "限时特惠", AD_COPY, "后续安排", PARA)
    assert [t for _, t in headings(d)] == ["现场火爆", "企业踊跃", "后续安排"]
    assert AD_COPY not in d.text
    assert {"限时特惠", AD_COPY} <= {e.text for e in d.left_out}


def test_a_call_to_subscribe_over_the_text_is_no_head() -> None:
    d = doc("某地举行春季招聘会", "2024-03-01 来源：某报", PARA, "现场火爆", PARA, PARA,
            "发送CX到8888 随时随地看快讯", PARA, "企业踊跃", PARA)
    assert [t for _, t in headings(d)] == ["现场火爆", "企业踊跃"]
    assert "发送CX到8888" not in d.text


def test_a_sale_the_article_reports_stays_its_text() -> None:
    # prices and a 优惠 line with its field: an article about a sale, not an advertisement
    d = doc("某市景点门票半价活动启动", "2024-03-01 来源：某报", PARA, "门票半价优惠景点", "1、某某博物馆",
            "成人票原价：30元", "备注：仅限成人票半价优惠", "2、某某公园", "成人票原价：20元", PARA)
    assert "成人票原价：30元" in d.text and "备注：仅限成人票半价优惠" in d.text


def test_latin_words_set_off_by_spaces_in_a_head_are_no_list_of_links() -> None:
    d = doc("某软件的新版本发布了", PARA, PARA, "Visual Studio 将完全取代 VC 编辑器", PARA, PARA, "首页 新闻 English 体育 财经", PARA)
    assert [t for _, t in headings(d)] == ["Visual Studio 将完全取代 VC 编辑器"]


def test_a_tables_caption_is_no_head() -> None:
    # 表：… names the table under it, as 图：… names a picture; the heads after it stay siblings
    d = doc("某篇分析楼市的文章", PARA, "坚持基调不变", PARA, PARA, "表：近五年报告中的有关表述", PARA,
            "货币政策保持稳健", PARA, PARA, "购房需求仍然坚挺", PARA)
    assert headings(d) == [(1, "坚持基调不变"), (1, "货币政策保持稳健"), (1, "购房需求仍然坚挺")]


def test_circled_numerals_count_heads_under_the_arabic_ones() -> None:
    d = doc("一篇讲数据统计的文章", PARA, "1. 统计的类型", PARA, "①结构体", "统计连贯的事件，各项信息之间的关联很重要。",
            "②计数", "统计某个行为发生的次数。", "③字符串", "统计内容。", "2. 统计的方法", PARA)
    assert headings(d) == [(1, "1. 统计的类型"), (2, "①结构体"), (2, "②计数"), (2, "③字符串"), (1, "2. 统计的方法")]


def test_a_law_spaced_as_taiwans_law_texts_are_keeps_its_chapters_and_not_its_articles() -> None:
    # 第 一 章 and 第 1 條 set with spaces: chapters are heads, articles the text under them
    art = "為保障人民權益，增進公共利益，特制定本法。本法未規定者，適用其他法律之規定。"
    d = doc("某某法", "修正日期：民國 112 年 06 月 21 日", "第 一 章 總則", "第 1 條", art, "第 2 條", art,
            "第 二 章 程序", "第 3 條", art, "第 4 條", art)
    assert headings(d) == [(1, "第 一 章 總則"), (1, "第 二 章 程序")]
    assert "第 1 條" in d.text


def test_the_articles_own_lines_on_booking_signing_up_or_a_sale_are_no_advertisement() -> None:
    d = doc("某市医院推出便民服务", "2024-03-01 来源：某报", PARA, "现在预约挂号需要注意什么", PARA,
            "报名方式：扫码报名", PARA, "如何订阅手机短信服务", PARA, "三、限时优惠", "活动期间购票立减五十元", PARA)
    for line in ("现在预约挂号需要注意什么", "报名方式：扫码报名", "如何订阅手机短信服务", "活动期间购票立减五十元"):
        assert line in d.text
    assert "三、限时优惠" in [t for _, t in headings(d)]


def test_a_part_named_by_its_usual_word_among_numbered_heads_heads_its_part() -> None:
    # The one unnumbered head of a numbered article: kept when it names an opening or closing part
    d = doc("一篇长文的标题", PARA, "一、夜间经济", PARA, PARA, "二、乡村旅游", PARA, PARA, "三、入境游", PARA,
            "写在最后", PARA, PARA)
    assert headings(d) == [(1, "一、夜间经济"), (1, "二、乡村旅游"), (1, "三、入境游"), (1, "写在最后")]
    d = doc("一篇长文的标题", PARA, "背景", PARA, PARA, "一、夜间经济", PARA, PARA, "二、乡村旅游", PARA, PARA,
            "三、入境游", PARA)
    assert headings(d) == [(1, "背景"), (1, "一、夜间经济"), (1, "二、乡村旅游"), (1, "三、入境游")]
    d = doc("一篇长文的标题", PARA, "一、夜间经济", PARA, PARA, "二、乡村旅游", PARA, PARA, "三、入境游", PARA,
            "活动现场", PARA, PARA)  # a lone line that names no part: a caption left by a photo
    assert [t for _, t in headings(d)] == ["一、夜间经济", "二、乡村旅游", "三、入境游"]
