"""A headline over the share and font-size buttons over its date line; an outlet's and writer's
date line (某某快訊／王小明 date) kept whole; a translator's credit no headline. Made-up pages."""

from __future__ import annotations

from reader.document.headlines.headline import _dated_title
from reader.document.headlines.headline_shape import headline_part, without_widgets
from reader.document.headlines.title_furniture import not_a_title
from tests.document.scraped.test_text_rules import PARA, doc

HEAD = "某市老街改造完工 百年骑楼重现旧貌"
LEAD = "记者近日从某市住建局获悉，历时两年的老街改造工程已经完工，沿街三十多栋骑楼恢复了原来的样子，市民纷纷前来参观。"


def test_the_headline_over_the_buttons_over_its_date() -> None:
    lines = ["首页", "新闻", HEAD, "分享", "分享", "留言", "列印", "A- A+", "2024-05-02 15:05 某某日报 记者王小明", LEAD]
    assert _dated_title(lines, 9, len(lines)) == 2


def test_an_outlet_and_writer_date_line_is_no_headline() -> None:
    line = "某某快訊／王小明 2020年03月25日 21:15:00"
    assert headline_part(line) == line
    assert headline_part("全市召开经济工作会议 2024年05月02日") == "全市召开经济工作会议"


def test_the_headline_over_a_like_count_and_the_writer_date_line() -> None:
    d = doc("首页", "新闻", "焦点", HEAD, "讚 42", "分享", "某某快訊／王小明 2020年03月25日 21:15:00", LEAD, PARA, PARA)
    assert d.title == HEAD


def test_a_translators_credit_is_no_headline() -> None:
    assert not_a_title(["译： Zhang San"], 0)
    assert not_a_title(["翻譯：王小明"], 0)
    assert not not_a_title(["翻译的艺术：从某某说起"], 0)


def test_a_topic_and_a_spaced_headline_over_the_date() -> None:
    """某區大火 | 分析居民數據 老人較多 租戶較少: one bar after a topic, clauses set apart by spaces;
    over the date line it is the headline, not a list of links."""
    head = "某區大火 | 分析居民數據 屋苑老人較多 租戶比例較少 樓齡普遍偏高"
    text = "某區屋苑上週發生大火，本刊翻查人口普查數據，發現該屋苑居民年齡偏高，不少住戶聘有家務助理照顧長者。"
    d = doc("主頁", "最新", "香港", "中國", "國際", head, "2025年12月02日", text, PARA, PARA)
    assert d.title == head


def test_a_box_of_links_between_two_headlines_names_no_writer() -> None:
    """[视频]某片预告 / ·娱乐幻灯 ·在线影院 … / the headline / date: the link over the box is another
    story's, not this one's headline over its subtitle and writer."""
    lines = ["首页 资讯 娱乐 体育", "[视频]某某电影最新预告片抢先看", "·娱乐幻灯 ·在线影院 ·碟探快报 ·电视剧照",
             "某某明星新片发布会现场回顾（图）", "2005-04-27 14:32更新 来源：某某新闻网", LEAD, PARA]
    assert _dated_title(lines, 5, len(lines)) == 3


def test_a_date_glued_to_the_headline_without_a_space_is_cut() -> None:
    """某店重視食安 虧損2年出頭天2014/12/1 18:13, …續升　2014-12-08 06:49: the date is the date line's."""
    assert headline_part("某店堅持食安 虧損兩年終於出頭天2014/12/1 18:13") == "某店堅持食安 虧損兩年終於出頭天"
    assert headline_part("市場料零售銷售與消費者信心續升\u30002014-12-08 06:49") == "市場料零售銷售與消費者信心續升"
    assert headline_part("发表于2005-9-15") == "发表于2005-9-15"  # a post line
    assert headline_part("某软件版本2.0发布2024-05-02") == "某软件版本2.0发布2024-05-02"  # too short once cut
    head = "某店堅持食安 虧損兩年終於出頭天"
    d = doc("首頁 > 生活新聞 >", f"{head}2014/12/1 18:13", "Link", "分享", "轉寄 | 目前字級：", LEAD, PARA, PARA)
    assert d.title == head
    assert d.dateline is not None and "2014/12/1" in d.dateline


def test_the_papers_section_in_brackets_after_the_headline_is_cut() -> None:
    """某某舉報今年跌11% (港聞) / date / text: the section is the page's, not the headline's."""
    head = "某署收到的舉報今年下跌一成"
    d = doc("香港　國際　中國　經濟　地產", f"{head} (港聞)", "2014-12-17 (16:31)", LEAD, PARA, PARA)
    assert d.title == head
    assert without_widgets("某某：三大看点 (组图)") == "某某：三大看点 (组图)"  # a portal's mark stays
    assert without_widgets(f"{head}(港聞)") == head  # glued to the headline, no space
    assert without_widgets("某地公布新一輪計劃（國際）") == "某地公布新一輪計劃"
    assert without_widgets("某某：三大看点(组图)") == "某某：三大看点(组图)"
    assert without_widgets("阿里巴巴(中国)") == "阿里巴巴(中国)"  # glued, only a paper's section words are cut
    assert without_widgets("某某研究院(科技)") == "某某研究院(科技)"


def test_a_date_glued_to_the_headlines_own_digits_is_cut() -> None:
    """…破160 2024/4/26 written 破1602024/4/26: a full date that ends the line is the date line's,
    the headline keeps its digits; no full date, nothing cut."""
    head = "某市地铁单日客流量首次突破160"
    assert headline_part(f"{head}2024/4/26") == head
    assert headline_part("某公司营业收入增长第3季度增长122023-05-02 12:30") == "某公司营业收入增长第3季度增长12"
    assert headline_part("某市今年已建成保障房52024年4月26日") == "某市今年已建成保障房5"
    assert headline_part("某市今年已建成保障房52024年4月") == "某市今年已建成保障房52024年4月"  # no day
    assert headline_part("某市公布新编号12024/13/26") == "某市公布新编号12024/13/26"  # no month 13
    d = doc("首页 > 本地新闻 >", f"{head}2024/4/26", LEAD, PARA, PARA)
    assert d.title == head
    assert d.dateline is not None and "2024/4/26" in d.dateline
