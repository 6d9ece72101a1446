"""Date lines in the shapes Chinese pages print them (made-up pages)."""

from __future__ import annotations

import pytest

from reader.document import load_bytes
from reader.document.bylines.date_numerals import western_dates
from reader.document.bylines.dateline import is_dateline_line
from reader.document.bylines.dateline_fields import parse_dateline
from reader.document.scraped.patterns import is_dateline

PARA = "这是一段足够长的正文，用来让导入器认出文章的正文部分从这里开始，并且一直延续下去。"


@pytest.mark.parametrize(("line", "published"), [
    ("發文日期 中華民國103年6月4日", "2014-06-04"),
    ("中華民國100年4月18日　某某部　某字第1006601576號", "2011-04-18"),
    ("发布日期：民国113年3月5日", "2024-03-05"),
    ("民國 99 年 12 月 25 日", "2010-12-25"),
])
def test_a_date_of_the_republic_dates_the_article(line: str, published: str) -> None:
    assert is_dateline(line)
    assert parse_dateline(line).published == published


@pytest.mark.parametrize("line", [
    "三、檢查日期及地點：100年4月21日於中央銀行。",  # no era named: a span, or a clause
    "人民群众103年来的奋斗",
    "中华民国成立于1912年1月1日，这是一个在历史书上反复出现的日子，人们常常提起。",
])
def test_a_year_without_the_era_or_a_sentence_is_no_date_line(line: str) -> None:
    assert not is_dateline(line)


def test_the_era_is_only_rewritten_before_a_month() -> None:
    assert western_dates("民國113年3月5日") == "2024年3月5日"
    assert western_dates("民國113年") == "民國113年"


def test_the_issuing_body_is_the_publisher() -> None:
    line = "發布日期：中華民國103年6月16日　發布機關：某某署　類別：公告及送達"
    assert parse_dateline(line).publisher == "某某署"


def test_a_notice_under_its_headline_gets_its_dateline() -> None:
    lines = ["某某公報網 | 首頁 | 本期公報", "某某部公告：修正某某辦法第三條", "發文機關 某某部",
             "發文日期 中華民國103年6月4日", PARA, PARA]
    d = load_bytes("\n".join(lines).encode("utf-8"), "a.txt", "text")
    assert d.dateline is not None and "中華民國103年6月4日" in d.dateline


@pytest.mark.parametrize("line", [
    "某某开发者联盟 2022-11-23 11:30:33 博主文章分类：程序员之家 ©著作权",
    "www.example.com 2024年3月5日10:20 [ 王五 ] 来源：[ 某某网 ]",
    "http://www.example.com.cn/ 2024-03-05 10:20:30",
    "2024年02月",
    "3月5日（周二）",
    "3月5日（星期二） 10:20",
])
def test_date_lines_with_a_sites_furniture_or_part_of_a_date(line: str) -> None:
    assert is_dateline_line(line)
    d = load_bytes("\n".join(["首页 | 新闻 | 关于", "某某研究所召开年度工作会议", line, PARA, PARA]).encode(), "a.txt")
    assert d.dateline is not None and d.dateline.split() == line.split()


@pytest.mark.parametrize("line", ["2006年12月(5)", "www.example.com 欢迎您访问本站", "3月5日（周二）起，全市开展专项行动"])
def test_an_archive_link_or_a_sentence_is_no_date_line(line: str) -> None:
    assert not is_dateline_line(line)


def test_a_site_address_in_the_date_line_is_no_publisher() -> None:
    parsed = parse_dateline("www.example.com 2024年3月5日10:20 来源：某某日报")
    assert (parsed.published, parsed.publisher) == ("2024-03-05T10:20", "某某日报")


@pytest.mark.parametrize(("line", "published"), [
    ("二〇二四年三月五日", "2024-03-05"),
    ("二○一九年十二月二十五日", "2019-12-25"),
    ("中華民國一百零三年六月四日", "2014-06-04"),
    ("发布日期：二〇二四年三月十日", "2024-03-10"),
])
def test_a_date_in_chinese_numerals(line: str, published: str) -> None:
    assert is_dateline(line)
    assert parse_dateline(line).published == published


@pytest.mark.parametrize("text", ["零件三年", "二〇二四年", "人民币十二元", "三年五月"])
def test_numerals_that_are_no_date_stay_as_written(text: str) -> None:
    assert western_dates(text) == text


def test_a_line_of_fields_naming_the_writer_under_the_headline() -> None:
    line = "栏目：要闻 发布人：张三 作者：王小五"
    assert is_dateline_line(line)
    page = ["某某研究所网站", "首页 > 新闻中心 > 正文", "某某研究所召开年度工作会议", line, PARA, PARA]
    d = load_bytes("\n".join(page).encode(), "a.txt")
    assert d.byline == "作者：王小五"
    assert line not in d.text


@pytest.mark.parametrize("line", ["姓名：张三 性别：男", "地址：某某路8号 电话：12345678"])
def test_a_line_of_other_fields_is_no_date_line(line: str) -> None:
    assert not is_dateline_line(line)


def test_share_buttons_beside_the_date_are_not_the_dateline() -> None:
    from reader.document.bylines.dateline import bare_dateline

    assert bare_dateline("2024年11月09日 09:31 新华社 分享到：微博 微信 QQ空间") == "2024年11月09日 09:31 新华社"
    assert bare_dateline("2024-03-05 来源：某某日报 分享至: 朋友圈") == "2024-03-05 来源：某某日报"
    assert bare_dateline("2024-03-05 10:20 来源：江城日报") == "2024-03-05 10:20 来源：江城日报"
