"""Title, credit and text-edge rules for pages from unseen sites: one rule per test, made-up text."""

from __future__ import annotations

from reader.document.bylines.credits import is_person_credit
from reader.document.bylines.dateline_fields import parse_dateline
from reader.document.headlines.headline_shape import is_source_credit, without_source
from tests.document.scraped.test_text_rules import PARA, doc

PARA2 = "第二段正文同样足够长，讲的是另外一件事情，和上一段之间隔着一个空行，读者一看便知。"


def test_a_reporter_line_under_the_headline_is_not_its_second_half() -> None:
    d = doc("首页", "新闻", "某县迎来春耕高峰", "本报记者 张三 报道", PARA, PARA2)
    assert d.title == "某县迎来春耕高峰"
    assert d.byline == "本报记者 张三"


def test_a_notices_title_outranks_the_head_of_its_first_part() -> None:
    d = doc("首页", "通知公告", "某区关于做好夏季防汛工作的通知", "总体要求",
            "（一）指导思想。坚持人民至上，全面落实防汛责任制，切实保障群众安全。", PARA,
            "（二）工作目标。确保不发生重大险情，不发生人员伤亡事故。", PARA2)
    assert d.title == "某区关于做好夏季防汛工作的通知"


def test_a_series_mark_between_headline_and_text_does_not_hide_the_headline() -> None:
    d = doc("首页", "时评", "深化改革开新局", "（二）", PARA, PARA2)
    assert d.title == "深化改革开新局"


def test_the_source_glued_to_a_headline_goes_to_the_dateline() -> None:
    assert without_source("某市召开全市安全生产工作会议 来源：某某日报") == "某市召开全市安全生产工作会议"
    assert without_source("某市召开全市安全生产工作会议（来源：某某日报）") == "某市召开全市安全生产工作会议"
    assert without_source("2024-03-05 来源：某某日报") == "2024-03-05 来源：某某日报"  # a date line
    assert is_source_credit("（来源：某某日报）") and not is_source_credit("某某日报")
    d = doc("首页", "某市召开全市安全生产工作会议 来源：某某日报", "2024-03-05 09:30", PARA, PARA2)
    assert d.title == "某市召开全市安全生产工作会议"
    assert d.dateline is not None
    assert parse_dateline(d.dateline).publisher == "某某日报"
    assert "来源：某某日报" in [e.text for e in d.left_out]  # kept, not lost


def test_an_author_field_in_the_date_line_is_the_byline() -> None:
    d = doc("首页", "某市召开全市安全生产工作会议", "发布时间：2024-03-05 来源：某局 作者：李四 浏览次数：12",
            PARA, PARA2)
    assert d.byline == "作者：李四"


def test_a_writer_credit_with_a_bar_names_a_person() -> None:
    assert is_person_credit("文 | 王五") and is_person_credit("文：王五")
    assert not is_person_credit("原文：某某网")
    d = doc("首页", "某市召开全市安全生产工作会议", "2024-03-05 09:30", "文 | 王五", PARA, PARA2)
    assert d.byline == "文 | 王五"


def test_a_short_last_paragraph_after_a_line_of_marks_stays() -> None:
    for mark in ("3.14", "---", "……"):
        d = doc("首页", "某市召开全市安全生产工作会议", "2024-03-05 09:30", PARA, PARA2, mark, "就是这样。", "相关阅读")
        assert d.text.endswith(f"{mark}\n就是这样。"), mark


def test_text_after_a_box_of_links_inside_the_article_is_kept() -> None:
    d = doc("首页", "某市召开全市安全生产工作会议", "2024-03-05 09:30", PARA, "相关链接", "· 什么是安全生产责任制",
            "· 安全生产法全文", PARA2, "会议还通报了近期典型事故案例。", "责任编辑：赵六")
    assert d.text.endswith("会议还通报了近期典型事故案例。")
    assert "相关链接" not in d.text
    assert [e.text for e in d.left_out if e.role == "chrome"][-3:] == [
        "相关链接", "· 什么是安全生产责任制", "· 安全生产法全文"]
    assert d.byline == "责任编辑：赵六"


def test_a_box_of_links_closing_the_article_still_ends_it() -> None:
    d = doc("首页", "某市召开全市安全生产工作会议", "2024-03-05 09:30", PARA, PARA2, "相关链接",
            "某地出台新政支持企业发展", "某地举办春季招聘会", "某地开展安全检查")
    assert d.text.endswith(PARA2)
def test_a_short_line_over_a_numbered_part_is_not_joined_into_the_headline() -> None:
    d = doc("首页", "某市推进老旧小区改造", "工作目标", "（一）总体目标。到年底完成改造任务，惠及居民两万户以上。", PARA, PARA2)
    assert d.title == "某市推进老旧小区改造"




def test_bracketed_fields_of_a_date_line_end_at_their_brackets() -> None:
    line = "【来源：某市政府网】【作者：李四】【时间：2024-05-10】"
    fields = parse_dateline(line)
    assert (fields.publisher, fields.authors, fields.published) == ("某市政府网", ("李四",), "2024-05-10")
    d = doc("首页", "某市召开全市安全生产工作会议", line, PARA, PARA2)
    assert d.byline == "作者：李四"


def test_an_outlet_named_before_or_after_the_date_is_the_publisher() -> None:
    assert parse_dateline("2024-05-10 09:30 某某社").publisher == "某某社"
    assert parse_dateline("某某新闻客户端 2024-05-10 09:30:00").publisher == "某某新闻客户端"
    assert parse_dateline("2024-05-10 09:30 阅读 12").publisher is None


def test_counters_after_an_author_in_the_date_line_are_not_the_byline() -> None:
    d = doc("首页", "某市召开全市安全生产工作会议", "作者：李四 2024-05-10 阅读 1234", PARA, PARA2)
    assert d.byline == "作者：李四"


def test_a_title_in_the_page_title_form_loses_its_channel_and_site() -> None:
    d = doc("某市召开全市安全生产工作会议_新闻频道_某某新闻网", "首页", "新闻", PARA, PARA2)
    assert d.title == "某市召开全市安全生产工作会议"


def test_a_list_the_last_paragraph_announces_is_the_articles() -> None:
    d = doc("首页", "某市召开全市安全生产工作会议", "2024-03-05 09:30", PARA, PARA2, "会议明确了三项重点：",
            "1. 压实企业主体责任", "2. 强化部门监管责任", "3. 落实属地管理责任", "相关阅读", "某地出台新政支持企业发展")
    assert d.text.endswith("3. 落实属地管理责任")
    d = doc("首页", "某市召开全市安全生产工作会议", "2024-03-05 09:30", PARA, PARA2, "标签：",
            "安全生产", "会议", "相关阅读")
    assert d.text.endswith(PARA2)  # 标签： is the page's field, its words are not the article's


def test_a_quotation_set_line_by_line_closing_the_article_is_kept() -> None:
    d = doc("首页", "某市召开全市安全生产工作会议", "2024-03-05 09:30", PARA, PARA2, "他说：", "“安全无小事，",
            "责任重于山。”", "下一篇：某地出台新政支持企业发展")
    assert d.text.endswith("他说：\n“安全无小事，\n责任重于山。”")


def test_a_short_article_under_its_dated_headline_outweighs_heavier_boxes() -> None:
    box = [f"推荐阅读第{k}篇：某地某事引发广泛关注，当地有关部门迅速回应，表示将依法依规妥善处理后续事宜，并向社会公布结果。"
           for k in range(6)]
    d = doc("首页", "新闻", "某市宣布夜景灯光秀即日起暂停", "2025年11月27日 来源：某某网",
            "旅游部门宣布，灯光秀将由即日起暂停，直至另行通知。", "关键字：灯光秀", "上一篇：某地楼价", "下一篇：某地新盘",
            "你可能会喜欢", *box, "关于我们")
    assert d.title == "某市宣布夜景灯光秀即日起暂停"
    assert d.text.split("\n")[1:] == ["旅游部门宣布，灯光秀将由即日起暂停，直至另行通知。"]


def test_a_list_of_dated_stories_is_no_articles_opening() -> None:
    from reader.document.scraped.region import line_score
    from reader.document.scraped.region_anchor import anchored_region

    stories = [x for k in range(4) for x in (f"某地某事第{k}条新闻标题", f"2025-11-2{k} 17:47:29")]
    links = [f"栏目{k}" for k in range(40)]
    lines = ["首页", *stories, "更多", "热门", "排行", "某市宣布夜景灯光秀即日起暂停", "2025年11月27日 来源：某某网", PARA, "相关阅读", *links,
             PARA2, PARA2]
    scores = [line_score(line) for line in lines]
    # the story list's dated headlines are passed over; the lone dated headline leads to the text
    text = len(stories) + 6
    assert anchored_region(lines, scores, len(lines) - 2, len(lines)) == (text, text + 1)
    assert anchored_region(stories, [line_score(s) for s in stories], 0, 2) == (0, 2)


def test_a_name_glued_before_the_date_is_the_writer_but_an_outlet_is_not() -> None:
    d = doc("首页", "某市召开全市安全生产工作会议", "李小四2017-03-01 14:27:02", PARA, PARA2)
    assert d.byline == "李小四"
    assert parse_dateline("李小四2017-03-01 14:27:02").authors == ("李小四",)
    for outlet in ("某某网2017-03-01 14:27", "某某社 2017-03-01", "CSDN 2017-03-01", "某某新闻客户端2017-03-01"):
        assert parse_dateline(outlet).authors == (), outlet


def test_a_loading_placeholder_is_not_text() -> None:
    d = doc("存档", "2005年06月(7)", "正在读取评论……", "评某某：做最好的东西？", PARA, PARA2)
    assert "正在读取评论" not in d.text
    assert ("正在读取评论……", "chrome") in [(e.text, e.role) for e in d.left_out]


def test_a_numbered_list_going_on_past_the_last_long_item_is_kept() -> None:
    first = "1. 压实企业主体责任，各企业要建立健全全员安全生产责任制，层层签订责任书，确保责任到人。"
    d = doc("首页", "某市召开全市安全生产工作会议", "2024-03-05 09:30", PARA, first, "2. 强化部门监管责任",
            "3. 落实属地管理责任", "5. 某地出台新政", "相关阅读")
    assert d.text.endswith("2. 强化部门监管责任\n3. 落实属地管理责任")  # 5. does not follow 3.


def test_a_headline_with_its_date_glued_after_it_is_still_the_headline() -> None:
    d = doc("首页", "新闻", "某市召开全市安全生产工作会议 2024-03-05 09:30", PARA, PARA2)
    assert d.title == "某市召开全市安全生产工作会议"
    assert d.dateline is not None and parse_dateline(d.dateline).published == "2024-03-05T09:30"
    d = doc("首页", "新闻", "某某新闻客户端 2024-03-05 09:30", PARA, PARA2)
    assert d.title != "某某新闻客户端"  # an outlet's date line, not a headline


def test_a_post_line_is_not_a_headline_with_its_date() -> None:
    from reader.document.headlines.headline_shape import headline_part

    assert headline_part("某市召开全市安全生产工作会议 2024-03-05 09:30") == "某市召开全市安全生产工作会议"
    assert headline_part("lanshan88 发表于 2005-9-15 11:46:00") == "lanshan88 发表于 2005-9-15 11:46:00"
    assert headline_part("发布时间：2024-03-05") == "发布时间：2024-03-05"


def test_a_reporter_with_the_place_of_filing_is_the_byline() -> None:
    from reader.document.bylines.credits import standalone_credit

    assert standalone_credit("記者王五／台中報導") == "記者王五／台中報導"
    assert standalone_credit("记者王五/某地报道") == "记者王五/某地报道"
    assert standalone_credit("記者會上，王五／台中報導") is None
    d = doc("首頁", "某市召開安全生產工作會議", "2024-03-05 09:30", "記者王五／台中報導", PARA, PARA2)
    assert d.byline == "記者王五／台中報導"
    d = doc("首頁", "某市召開安全生產工作會議", "2024-03-05 09:30", "〔記者王五／台中報導〕" + PARA, PARA2)
    assert d.byline == "記者王五／台中報導"


def test_the_name_before_a_headlines_copy_alone_under_it_is_the_author() -> None:
    d = doc("首页", "某某：我是怎样走上写作之路的", "发布日期： 7/5/2005", "我是怎样走上写作之路的", "某某", PARA, PARA2)
    assert d.title == "我是怎样走上写作之路的"
    assert d.byline == "某某"
    d = doc("首页", "我是怎样走上写作之路的", "某某", PARA, PARA2)
    assert d.byline is None  # a short line under a headline names no one by itself


def test_the_line_over_a_numbered_first_part_is_the_headline() -> None:
    d = doc("某项工作方案", "（一）第一项任务", PARA, "（二）第二项任务", PARA2)
    assert d.title == "某项工作方案"
    assert [s.title[:3] for s in d.all_sections()] == ["（一）", "（二）"]


def test_a_numbered_rule_that_forbids_use_without_consent_is_no_repost_notice() -> None:
    d = doc("首页", "政策法规", "某市消费者权益保护办法",
            "第十条 经营者有下列行为之一的，由市场监管部门责令改正：",
            "（一）未经消费者同意，收集、使用消费者个人信息；",
            "（二）泄露、出售或者非法向他人提供所收集的消费者个人信息；", PARA,
            "第十一条 本办法自发布之日起施行，由市场监督管理部门负责解释。", PARA2)
    assert d.disclaimer is None
    assert "第十一条 本办法自发布之日起施行" in d.text  # the rule is the article's: nothing cut
    assert PARA2 in d.text


def test_a_licence_named_in_a_sentence_is_no_footer_but_a_licence_number_is() -> None:
    from reader.document.scraped.patterns import is_chrome

    assert is_chrome("增值电信业务经营许可证B1-2006013")
    assert is_chrome("互联网新闻信息服务许可证 10120170001")
    assert not is_chrome("（四）中医类医院，是指依法取得医疗机构执业许可证的中医综合医院。")
    d = doc("首页", "政策文件", "某省中医药条例", PARA,
            "（四）中医类医院，是指依法取得医疗机构执业许可证的中医综合医院和民族医医院。",
            "第九十六条 本条例自2023年3月1日起施行。", "分享到：微信 微博 | 打印本页 | 关闭窗口")
    assert d.text.endswith("第九十六条 本条例自2023年3月1日起施行。")  # the last articles kept


def test_a_long_line_with_one_footer_word_or_a_semicolon_is_prose_but_a_licence_number_is_chrome() -> None:
    from reader.document.scraped.region import line_score

    item = "（二）申请人应当提交营业执照副本复印件、法定代表人身份证明、经营场所的产权证明或者租赁合同，以及有关部门出具的" \
           "其他证明材料，并对所提交材料的真实性、完整性和有效性负责，复印件应当逐页加盖公章；"
    rights = "某某网站版权所有，未经授权禁止转载、摘编、复制或者建立镜像，违者必究，举报电话由某某公司的客服中心统一负责受理和答复" \
             "，欢迎各位读者随时来电，我们将在三个工作日内给予回复，感谢您对本网站的关心和支持"
    licence = "某某网 互联网新闻信息服务许可证10120170001，某某网络科技有限公司 地址：某省某市某区某路某号 某某大厦某层，" \
              "客服中心联系电话：某某某某某某，工作时间为周一至周五的上午九点至下午六点"
    assert len(item) >= 90 and len(rights) >= 90 and len(licence) >= 90
    assert line_score(item) > 0
    assert line_score(item.replace("营业执照", "许可证：")) > 0  # a cue and ；
    assert line_score(rights) < 0 and line_score(licence) < 0
