"""An official notice's form and a page's fields as they bear on the headline (made-up pages): a
gazette notice's long title is the headline, its number, date and form fields are not; a field
line (本文作者：…), a box of quotes or an outlet's name before its date is no headline either."""

from __future__ import annotations

import pytest

from reader.document import Document, load_bytes
from reader.document.headlines.headline import title_candidates
from reader.document.headlines.headline_shape import headline_part, title_like
from reader.document.scraped.form_lines import is_form_line, is_notice_title

CRUMB = "您的位置：首页 > 公报查询 > 交通建设篇 > 公告及送达"
NUMBER_LINE = "中华民国105年3月8日　交通部　交路字第1050012345号"
LONG_TITLE = (
    "交通部公告：修正「公路汽车客运业者申请补贴作业要点」第三点、第五点及第七点规定，并自即日生效，"
    "有关偏远地区路线营运亏损补贴之申请期限及审核程序，依修正后之规定办理"
)
WIDGETS = "【字级：小 中 大】　列印　|　回上页"
ISSUED = "交通部公告 中华民国105年3月8日"
NUMBER = "交路字第1050012345号"
SUBJECT = "主　　旨：修正「公路汽车客运业者申请补贴作业要点」第三点、第五点及第七点规定，并自即日生效。"
BASIS = "依　　据：公路法第四十三条之一。"
ITEM = "公告事项：修正规定如附件，并载于本部网站，请自行下载参阅，如有疑义请洽本部路政司承办人员。"
SIGNER = "部　　长　王某某"


def doc(*lines: str) -> Document:
    return load_bytes("\n".join(lines).encode("utf-8"), "a.txt", "text")


def test_a_gazette_notices_long_title_is_its_headline_not_the_number_line_above_it() -> None:
    assert len(LONG_TITLE) > 80
    d = doc("公报资讯网 | 首页 | 本期公报 | 公报查询", CRUMB, NUMBER_LINE, LONG_TITLE, WIDGETS,
            ISSUED, NUMBER, SUBJECT, BASIS, ITEM, SIGNER, "Top")
    assert d.title == LONG_TITLE
    assert d.subtitle == NUMBER  # the notice's number is its citation key: kept, under the title
    first = d.text.split("\n")[2]  # the issue line is the form's, not the text
    assert first.replace("\u3000", "") == SUBJECT.replace("\u3000", "")


@pytest.mark.parametrize("title", [
    LONG_TITLE,
    "内政部令：核释「某某条例」第5条规定，自即日生效",
    "行政院某某委员会公告：预告订定「某某办法」草案",
    "国务院令：公布《某某条例》，自2025年1月1日起施行",
])
def test_notice_titles(title: str) -> None:
    assert is_notice_title(title)
    assert title_like(title)


@pytest.mark.parametrize("line", [
    "他说：今年的收成不错，比去年多了两成",  # a quotation, not a notice
    "命令：立即集合",  # 令 without an issuer
    "外交部公告：公告如下。",  # a sentence
])
def test_lines_that_are_no_notice_titles(line: str) -> None:
    assert not is_notice_title(line)


@pytest.mark.parametrize("line", [
    NUMBER_LINE,
    NUMBER,
    "发文字号 台某字第10000215392号",
    SUBJECT,
    "本文作者：某某，题图来自：某图库",
    "题图来自：某图库",
    "索引号：000014349/2021-00099",
    "发文机关：某某市人民政府办公厅",
    "上证指数 3,888.89 13.63",
    "恒生指数 25858.89 -87.04 (-0.34%)",
])
def test_form_fields_numbers_and_quotes_are_no_headlines(line: str) -> None:
    assert is_form_line(line)
    assert not title_like(line)


@pytest.mark.parametrize("line", [
    "上证指数三连涨 沪指重回3000点",  # a headline about the index
    "作者的话：写在新书出版之际",  # 作者 is a field only with the colon right after it
    "主旨演讲聚焦数字经济",
    "2024年第1号台风登陆",
])
def test_headlines_that_only_look_like_fields(line: str) -> None:
    assert not is_form_line(line)
    assert title_like(line)


P1 = "内容品牌是当今内容消费进化的产物，品牌要想获得更多的流量分配权，就必须遵从全新的增长逻辑。"
P2 = "过去我们一直在强调内容营销这一概念，越来越多的品牌意识到内容的重要性，也开始自己做内容。"


def test_an_outlets_latin_name_before_its_date_is_not_the_headline() -> None:
    assert headline_part("TechDaily 2024-05-10 16:48") == "TechDaily 2024-05-10 16:48"
    assert headline_part("A股三大指数集体收涨 2024-05-10 16:48") == "A股三大指数集体收涨"
    d = doc("TechDaily　首页 | 资讯 | 快讯 | 专栏", "2025 年，要成为内容品牌", "TechDaily 2024-05-10 16:48", P1, P2)
    assert d.title == "2025 年，要成为内容品牌"


def test_the_author_and_picture_credit_under_the_date_is_not_the_headline() -> None:
    d = doc("某某网　首页 | 资讯 | 快讯", "情绪的刻意化", "某某网　2024-05-24 19:44",
            "本文作者：某某，题图来自：某图库", P1, P2)
    assert d.title == "情绪的刻意化"


def test_a_quote_box_over_the_dateline_is_not_the_headline() -> None:
    title = "全港烟花汇演即日起暂停 直至另行通知"
    d = doc("即市股评 | 重要通告", "恒生指数 25,858.89 87.04", "上证指数 3,888.89 13.63",
            "2025年11月27日 时事脉搏 港闻", title,
            "旅游事务署宣布，全港烟花汇演将由即日起暂停，直至另行通知，市民可留意官方网站的最新消息。", P2)
    assert d.title == title
    assert title_candidates(["上证指数 3,888.89 13.63", title, P1], 2, 3) == [1]



def test_a_portals_table_of_the_documents_data_is_no_text_above_the_headline() -> None:
    """索引号：… | 主题分类：… rows above a notice: the page's table, however long its row; the
    notice's title is the headline and its text starts under it."""
    from reader.document.scraped.form_lines import is_table_row

    rows = ["索引号：000014349/2023-00077 | 主题分类：城乡建设、环境保护 | 发文机关：某某省生态环境厅",
            "成文日期：2023年05月06日\t发布日期：2023年05月08日"]
    assert all(is_table_row(row) for row in rows)
    assert not is_table_row("发布日期：2023年05月08日 来源：某某省生态环境厅")  # a date line
    assert not is_table_row("索引号：一个字段，后面是一句话。主题分类：不是表格。")
    para = "为做好今年的生态环境保护工作，结合本省实际，现将有关事项通知如下，请认真贯彻执行。"
    title = "某某省生态环境厅关于做好2023年生态环境保护工作的通知"
    d = load_bytes("\n".join(["首页 | 政务公开 | 政策文件", *rows, title, para, "一、总体要求", para,
                              "二、主要任务", para]).encode(), "t.txt", "text")
    assert d.title == title
    assert d.text.split("\n")[1] == para


def test_every_key_of_a_portals_table_is_looked_for() -> None:
    """_TABLE_FIRST, kept by hand to spare most lines the match, holds each key's first letter."""
    import re

    from reader.document.scraped import form_lines

    keys = re.findall(r"(?:\(\?:|\|)([^\s|\\\\(])", form_lines._TABLE_KEY)
    assert keys and set(keys) <= form_lines._TABLE_FIRST


def test_a_notices_number_in_its_table_of_data_is_given_with_its_date() -> None:
    from tests.document.scraped.test_text_rules import PARA, doc
    from tests.document.scraped.test_text_rules_edges import PARA2

    d = doc("某市人民政府办公室关于做好防汛工作的通知", "发布时间：2024-05-08", "来源：市政府办公室",
            "发文字号：某政办字〔2024〕15号", "成文日期：2024-05-06", PARA, PARA2)
    assert d.dateline is not None and "发文字号：某政办字〔2024〕15号" in d.dateline
    assert "某政办字〔2024〕15号" not in d.text


@pytest.mark.parametrize("sep", ["：", "\t"])
def test_a_notices_number_in_the_table_over_its_title_is_given_with_its_date(sep: str) -> None:
    from tests.document.scraped.test_text_rules import PARA, doc
    from tests.document.scraped.test_text_rules_edges import PARA2

    d = doc("首页 > 政务公开 > 政策文件", f"发文机关{sep}某某市住房和城乡建设局", f"发文字号{sep}某建发〔2026〕58号",
            f"发布日期{sep}2026年11月18日", "关于进一步加强老旧小区改造工程质量管理的通知", PARA, PARA2)
    assert d.dateline is not None and "某建发〔2026〕58号" in d.dateline


TABLE_OVER_TITLE = ("首页 > 政府信息公开 > 政策文件", "索引号：", "000014349/2024-00012", "主题分类：", "综合政务",
                    "发文机关：", "某省人民政府办公厅", "发文字号：", "某政办发〔2024〕12号", "发布日期：", "2024年03月15日")


def test_a_notices_number_under_its_label_is_given_with_its_date() -> None:
    """发文字号： on a line of its own over 某政办发〔2024〕12号: the label and its value, as a table
    of one cell a line gives them."""
    from tests.document.scraped.test_text_rules import PARA, doc
    from tests.document.scraped.test_text_rules_edges import PARA2

    d = doc(*TABLE_OVER_TITLE, "某省人民政府办公厅关于进一步优化营商环境的通知", PARA, PARA2)
    assert d.dateline is not None and "发文字号：某政办发〔2024〕12号" in d.dateline
    assert "发文机关：某省人民政府办公厅" in d.dateline


def test_a_tables_value_under_its_label_is_no_writer() -> None:
    """主题分类： over 综合政务 in the table over the date: the field's value, not a poster's name."""
    from reader.document.dump import dump_dict
    from tests.document.scraped.test_text_rules import PARA, doc
    from tests.document.scraped.test_text_rules_edges import PARA2

    d = doc(*TABLE_OVER_TITLE, "某省人民政府办公厅关于进一步优化营商环境的通知", PARA, PARA2)
    assert dump_dict(d)["dateline"]["authors"] == []
