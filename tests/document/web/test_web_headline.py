"""A saved page's headline over two lines of the text importer's: the line the markup names is
the headline, a web address under it is not, and an <h1> holding the headline and its date on
lines of their own is cut to the line the page's head names."""

from __future__ import annotations

from reader.document.model import Metadata
from reader.document.web.web_headline import unglued

LINES = ["[首页][新闻中心]", "全市今年新建改建农村公路一千公里", "http://news.example.cn/",
         "2024年3月5日 来源：某某日报", "正文第一段。"]  # fmt: skip


def _meta(*numbers: int) -> Metadata:
    title = "".join(LINES[i] for i in numbers)
    return Metadata("/saved/p.html", "html", "utf-8", title=title, title_line=numbers[0],
                    title_lines=numbers)


def test_the_line_the_pages_head_names_is_the_headline() -> None:
    meta = unglued(_meta(0, 1), LINES, [], [LINES[1]])
    assert meta.title == LINES[1] and meta.title_lines == (1,)
    assert (0, LINES[0], "chrome") in (meta.left_out or [])


def test_a_web_address_under_the_headline_is_no_part_of_it() -> None:
    meta = unglued(_meta(1, 2), LINES, [], ["某某网"])
    assert meta.title == LINES[1]
    assert (2, LINES[2], "chrome") in (meta.left_out or [])


def test_an_h1_over_two_lines_is_cut_to_the_line_the_head_names() -> None:
    h1 = LINES[1] + LINES[3]
    assert unglued(_meta(1, 3), LINES, [h1], [LINES[1]]).title == LINES[1]
    assert unglued(_meta(1, 3), LINES, [h1], []).title == h1  # nothing else names a part
    assert unglued(_meta(1, 3), LINES, [h1], [h1]).title == h1  # the head names it whole


def test_a_title_named_by_nothing_and_without_an_address_stays() -> None:
    assert unglued(_meta(0, 1), LINES, [], ["某某网"]).title == LINES[0] + LINES[1]


def _titled(title: str, dateline: str | None = None) -> Metadata:
    return Metadata("/saved/p.html", "html", "utf-8", title=title, title_line=3,
                    title_lines=(3,), dateline=dateline)


def test_a_date_or_source_run_into_the_headlines_line_is_cut_off() -> None:
    from reader.document.web.web_headline import dated_off

    head = "全市今年新建改建农村公路一千公里"
    for tail in ("2024-03-05 10:30", "2024年03月05日 星期二", "发布时间：2024-03-05 来源：某某日报",
                 "来源：某某日报", "2024-03-05 浏览次数：12"):  # fmt: skip
        for gap in ("", " ", "\u3000"):
            meta = dated_off(_titled(head + gap + tail))
            assert (meta.title, meta.dateline) == (head, tail)
            assert (3, tail, "dateline") in (meta.left_out or [])
    # the date line found keeps what it said; the headline's own line read as it, is cut
    assert dated_off(_titled(head + "2024-03-05", "作者：某某")).dateline == "作者：某某"
    assert dated_off(_titled(head + "2024-03-05", head + "2024-03-05 · 来源：某报")).dateline == (
        "2024-03-05 · 来源：某报")


def test_a_headline_that_only_ends_with_a_date_of_its_own_stays() -> None:
    from reader.document.web.web_headline import dated_off

    for title in ("2024-03-05 10:30", "数据发布2024-03-05",  # too little before the date
                  "全市经济运行情况（2024-03-05）", "全市经济运行情况（截至2024年3月5日）",
                  "关于做好2024年3月5日学雷锋纪念日活动的通知", "全市今年新建改建农村公路一千公里",
                  "全市防汛工作会议 2024年3月5日 在市政府召开", "市博物馆春节开放时间：初一至初七"):  # fmt: skip
        assert dated_off(_titled(title)).title == title


def test_an_h1_with_its_date_in_a_span_is_the_headline_without_it() -> None:
    from reader.document import load_bytes

    paragraph = "<p>　　会议指出，要坚持稳中求进工作总基调，扎实做好各项工作，确保全年目标任务圆满完成。</p>"
    page = ("<html><head><meta charset='utf-8'><title>全市防汛工作会议召开_某某市人民政府</title></head>"
            "<body><div class='nav'><a href='/'>首页</a> | <a href='/n'>新闻中心</a></div>"
            "<h1>全市防汛工作会议召开<span class='time'>2024-06-01 10:30</span></h1>"
            f"<div class='content'>{paragraph * 4}</div></body></html>")  # fmt: skip
    doc = load_bytes(page.encode(), "/saved/p.html", "html")
    assert doc.title == "全市防汛工作会议召开"
    assert doc.dateline is not None and doc.dateline.startswith("2024-06-01 10:30")


def _stories(indent: bytes) -> bytes:
    """A GBK page of numbered stories under a <title> and a centred bold headline, each story's
    head and paragraph indented by GBK's A3 A0 (a space to a browser) and set apart by <br>s."""
    heads = ["一、老人种树", "二、雨中送伞", "三、深夜的灯"]
    text = "有一位老人，每天清晨都到山坡上种树，邻居们问他为什么，他说这是留给后人的礼物，大家听了都很感动。"
    stories = b"".join(indent + f"<b>{head}</b><br><br>".encode("gbk") + indent
                       + f"{text}<br><br>".encode("gbk") for head in heads)  # fmt: skip
    return (b'<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
            + "<title>\n十二、感恩的故事\n</title></head><body><center><b>十二、感恩的故事</b>"
            "</center><table><tr><td><div><br>\n".encode("gbk") + stories
            + "</div></td></tr></table><p>上章　下章</p></body></html>".encode("gbk"))  # fmt: skip


def test_the_first_numbered_head_under_the_headline_stays_a_heading() -> None:
    from reader.document import load_bytes

    for indent in (b"\xa3\xa0\xa3\xa0", b""):
        doc = load_bytes(_stories(indent), "/saved/stories.html", "html")
        assert doc.title == "十二、感恩的故事"
        assert [s.title for s in doc.all_sections()] == ["一、老人种树", "二、雨中送伞", "三、深夜的灯"]
        assert "\ue5e5" not in doc.text  # A3 A0 is an indent, no private-use character


def _promo_page(title: str) -> bytes:
    """A page whose <h1> is another story's promotion, a link right above the breadcrumb, and
    whose headline is an <h2>, as its <title> names it before the section's and site's names;
    a photo's caption under it, long enough for the text importer to take for the headline."""
    paragraph = "<p>　　报道指出，两家公司已经向有关部门提出申请，希望继续为客户供货，目前尚未获得批准。</p>"
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            "<h1><a href='/week/1'>经济周报：股市中秋后向上变盘无望？ 19:20</a></h1>"
            "<div class='nav'><a href='/'>某某日报</a> <a href='/c'>/ 两岸</a></div>"
            "<h2>两家公司业绩遭波及 已申请继续供货</h2><div class='share'><a href='/s'>分享</a></div>"
            "<figure><figcaption>两家公司的零件工厂，它们已经向有关部门申请继续为客户供货。 图／某某科技"
            f"</figcaption></figure><div class='content'>{paragraph * 5}</div></body></html>").encode()  # fmt: skip


def test_an_h2_the_head_leads_with_is_the_headline_over_an_h1_it_does_not_name() -> None:
    from reader.document import load_bytes

    doc = load_bytes(_promo_page("两家公司业绩遭波及 已申请继续供货 | 两岸焦点 | 某某日报"),
                     "/saved/p.html", "html")  # fmt: skip
    assert doc.title == "两家公司业绩遭波及 已申请继续供货"
    doc = load_bytes(_promo_page("某某日报"), "/saved/p.html", "html")  # the head names neither
    assert doc.title != "两家公司业绩遭波及 已申请继续供货"


def test_an_h1_the_head_names_or_a_page_without_an_h1_stays_as_it_is() -> None:
    from reader.document.web.web_headline import promoted

    heads = {"某某网": 1, "全市新建农村公路一千公里": 2, "相关新闻": 3}
    lead = ["全市新建农村公路一千公里 - 某某网", "全市新建农村公路一千公里"]
    assert promoted(heads, lead, lead) == {"全市新建农村公路一千公里": 1, "相关新闻": 3}
    assert promoted(heads, [*lead, "某某网"], lead) == heads  # the head names the <h1> too
    no_h1 = {"全市新建农村公路一千公里": 2}
    assert promoted(no_h1, lead, lead) == no_h1


def test_an_h1_with_a_separator_of_its_own_is_what_the_title_begins_with() -> None:
    from reader.document import load_bytes

    headline = "某区五级火｜增至128死　约200人仍情况未明"
    player = "".join(f"<div>Play {i}</div>" for i in range(50))  # a video player's buttons
    paragraph = "<p>【某某新闻】火灾死亡人数增至128人，仍有约200人情况未明，当局正全力搜救。</p>"
    page = (f"<html><head><meta charset='utf-8'><title>{headline} - 某某电视 i-NEWS</title>"
            f"<meta property='og:title' content='{headline} - 某某电视 i-NEWS'></head><body>"
            f"<div class='nav'><a href='/'>首页</a></div><h1>{headline}</h1><div>某某新闻</div>"
            f"<div>11月28日</div>{player}<div class='content'>{paragraph * 5}</div>"
            "</body></html>")  # fmt: skip
    assert load_bytes(page.encode(), "/saved/p.html", "html").title == headline


def test_an_h1_the_title_begins_with_before_a_longer_rest_is_not_sure() -> None:
    from reader.document.web.html_importer import _leads

    assert _leads("某区五级火｜增至128死", {"某区五级火｜增至128死-某某电视i-NEWS"})
    assert not _leads("今日某报", {"今日某报-港闻-某区五级火增至128死"})  # the site's name first
    assert not _leads("某区五级火", {"某区五级火灾增至128死"})  # no separator: another headline
