"""Where a saved page's article lies among its lines: trafilatura's lines anchor it, the
headline the page names twice overrules a block trafilatura took for the article."""

from __future__ import annotations

from reader.document.web.web_article import HEAD_LINES, TAIL_LINES, article_window, extracted

MENU = [f"栏目{i}" for i in range(40)]
BODY = [f"第{i}段：全市累计选派一点八万名党建指导员，覆盖面不断扩大。" for i in range(6)]


def test_paragraphs_split_at_line_breaks_anchor_the_article() -> None:
    xml = ('<doc title="党旗领航"><main><p>' + "<lb/>".join(BODY) + "</p><p>相关内容</p>"
           "</main></doc>")  # fmt: skip
    found = extracted(xml)
    assert set(BODY) <= found.pieces and found.title == "党旗领航"
    lines = [*MENU, "党旗领航", *BODY, *MENU]
    window = article_window(lines, found.pieces, headline=40)
    assert window.start == 41 - HEAD_LINES  # a few lines above, for the date and source lines
    assert window.end == 41 + len(BODY) + TAIL_LINES
    assert window.anchors == frozenset(range(41, 41 + len(BODY)))
    photos = [f"图{i}" for i in range(20)]  # a headline further above (a gallery between)
    lines = [*MENU, "党旗领航", *photos, *BODY, *MENU]
    assert article_window(lines, found.pieces, headline=40).start == 40


def test_without_a_headline_a_few_lines_above_the_first_anchor() -> None:
    lines = [*MENU, *BODY, *MENU]
    window = article_window(lines, frozenset(BODY), headline=None)
    assert window.start == 40 - HEAD_LINES


def test_short_pieces_do_not_anchor() -> None:
    lines = [*MENU, *BODY]
    assert article_window(lines, frozenset(MENU), headline=None).anchors == frozenset()
    assert article_window(lines, frozenset(MENU), headline=None) == article_window(
        lines, frozenset(), headline=None)


def test_a_headline_named_twice_overrules_a_block_far_below_it() -> None:
    consent = [f"Your personal data may be processed by vendor number {i}." for i in range(30)]
    lines = [*MENU, "宏福苑大火災", *BODY, *MENU, *MENU, *consent]
    window = article_window(lines, frozenset(consent), headline=40, sure=True)
    assert (window.start, window.end) == (40, len(lines))  # the text importer reads from there
    # named only once (one of its <h1>s, or its <title>), the headline does not overrule
    assert article_window(lines, frozenset(consent), headline=40).start > 40


def test_broken_xml_is_no_evidence() -> None:
    assert extracted("<doc><p>unclosed").pieces == frozenset()
    assert extracted(None).title is None


def test_trafilatura_overrules_a_body_that_leaves_out_most_of_its_prose() -> None:
    from reader.document.web.web_article import overruled

    comments = [f"网友{i}：说得好，支持一下这篇文章的观点！" for i in range(30)]
    lines = [*MENU, *BODY, "相关文章", *comments]
    anchors = frozenset(range(40, 46))
    assert overruled(lines, anchors, body=set(range(47, 77))) == (40, 45)  # the comments chosen
    assert overruled(lines, anchors, body=set(range(42, 46))) is None  # most of it: agreed
    assert overruled(lines, frozenset({40, 41}), body=set()) is None  # too little to go on
    menus = frozenset(range(0, 40))  # short lines without a full stop are no prose
    assert overruled(lines, menus, body=set(range(40, 46))) is None


def test_a_short_article_stays_over_the_next_stories_trafilatura_took() -> None:
    from reader.document.web.web_article import overruled

    story = ["某地设立支援站，为受影响居民办理证件补领登记，第二天即可领取。", "另外，支援站还提供免费充电服务。"]
    teasers = [f"第{i}条新闻的导语，讲述了另一件事情的经过和各方的回应。" for i in range(6)]
    between = [f"推荐阅读{i}" for i in range(12)]  # links, dates, tags: trafilatura left them out
    lines = ["某地设立支援站", *story, *between, *teasers]
    kept = frozenset({1, 2, *range(15, 21)})
    assert overruled(lines, kept, body={1, 2}) is None  # the next stories are no part of it
    assert overruled(lines, kept, body={0}) == (1, 20)  # no prose of our own: trafilatura's
    close = [*lines[:3], *between[:4], *teasers]  # its own text, a few lines on: the article's
    assert overruled(close, frozenset({1, 2, *range(7, 13)}), body={1, 2}) == (1, 12)


def test_a_title_split_from_the_site_name_at_raquo() -> None:
    from reader.document.web.html_importer import _title_candidates

    html = "<html><head><title>多维博客 &raquo; 播客热潮迅速蔓延 挑逗传统传媒业</title></head>"
    assert "播客热潮迅速蔓延 挑逗传统传媒业" in _title_candidates(html, {})
    html = "<title>党旗领航奋进路_天津在线</title>"
    assert _title_candidates(html, {}) == ["党旗领航奋进路_天津在线", "党旗领航奋进路"]


def test_the_line_a_title_begins_with_is_its_headline() -> None:
    from reader.document.web.html_importer import _title_begins

    lines = ["首页", "党旗领航", "党旗领航奋进路", "第1段：全市累计选派一点八万名党建指导员。"]
    # a separator the parts of <title> are not split at (a space, 丨): the longest line it begins with
    assert _title_begins("<title>党旗领航奋进路 天津在线</title>", lines) == "党旗领航奋进路"
    assert _title_begins("<title>党旗领航奋进路丨天津在线</title>", lines) == "党旗领航奋进路"
    assert _title_begins("<title>天津在线 党旗领航奋进路</title>", lines) is None
    assert _title_begins("<title>党旗领航奋进路</title>", lines) is None  # whole: a candidate already
    # a Latin start is the site's name, a short one no headline
    assert _title_begins("<title>China-Pub blog--洞庭一叶</title>", ["China-Pub", "洞庭一叶"]) is None
    assert _title_begins("<title>首页 天津在线</title>", lines) is None


def test_lines_spaced_with_an_ideographic_space_anchor_as_trafilatura_writes_them() -> None:
    """第一条　为了… on the page, 第一条 为了… in trafilatura's text: the same line (a regulation's
    articles after the sixth were cut off when only the unspaced lines anchored)."""
    articles = [f"第{n}条\u3000本办法所称城市绿道，是指供行人和骑行者使用的线性绿色开敞空间。" for n in "一二三四五六七八九十"]
    xml = "<doc><main>" + "".join(f"<p>{a.replace(chr(0x3000), ' ')}</p>" for a in articles) + "</main></doc>"
    found = extracted(xml)
    lines = [*MENU, "某省城市绿道管理办法", *articles, *MENU]
    window = article_window(lines, found.pieces, headline=40)
    assert window.anchors == frozenset(range(41, 51)) and window.end >= 51
