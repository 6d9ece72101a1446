"""The article's container in a saved page's tree bounds the article: cut where it ends, run on
to trafilatura's last paragraph inside it, a lead next to it kept."""

from __future__ import annotations

from reader.document.web.web_container import (
    bounded,
    container,
    stopped,
    unlinked_end,
    unposted_end,
)
from reader.document.web.web_page import page_lines

PROSE = [f"第{i}段：全市累计选派一点八万名党建指导员，覆盖面不断扩大。" for i in range(8)]
COMMENTS = [f"网友{i}：说得好，支持一下这篇文章的观点！" for i in range(6)]


def html(article: str, after: str = "", before: str = "") -> str:
    return (f"<html><body><div class='nav'><a>首页</a><a>新闻</a></div>{before}"
            f"<div class='content'>{article}</div>{after}"
            "<div class='footer'>版权所有</div></body></html>")  # fmt: skip


def paragraphs(texts: list[str]) -> str:
    return "".join(f"<p>{text}</p>" for text in texts)


def test_the_tree_is_numbered_in_document_order() -> None:
    layout = page_lines("<html><body><div><p>甲段</p><p>乙<b>段</b></p></div>丙</body></html>")
    assert layout.lines == ["甲段", "乙段", "丙"]
    html_, body, div, p1, p2, b = range(6)
    assert layout.parents == [-1, html_, body, div, div, p2]
    assert layout.ends == [6, 6, 6, 4, 6, 6]  # an element's descendants: [it, its end)
    assert layout.blocks == [p1, p2, body]  # 丙 stands in the body, after the div closed
    assert layout.elements == 6


def test_each_line_knows_its_element_however_the_text_breaks() -> None:
    # a line break after a sentence inside a paragraph, a paragraph of a zero-width space
    layout = page_lines("<html><body><p>甲一。\r甲二</p><div><p>\u200b</p><p>乙段</p></div></body></html>")
    assert layout.lines == ["甲一。", "甲二", "乙段"]
    assert layout.blocks == [2, 2, 5]  # html, body, p, div, p, p


def test_the_container_is_the_deepest_element_holding_most_of_the_seeds() -> None:
    layout = page_lines(html(paragraphs(PROSE), after=paragraphs(PROSE[:1])))
    first = layout.lines.index(PROSE[0])
    seeds = [*range(first, first + 8), first + 8]  # one of them stands outside: a stray
    assert container(layout, seeds) == (first, first + 7)
    assert container(layout, seeds[:1]) is None  # one paragraph tells no container
    assert container(layout, seeds[:4]) == (first, first + 7)  # the element, not the seeds


def test_the_article_ends_where_its_container_does() -> None:
    thread = "<div class='comments'><h3>网友评论</h3>" + paragraphs(COMMENTS[:2]) + "</div>"
    layout = page_lines(html(paragraphs(PROSE), after=thread))
    first, lines = layout.lines.index(PROSE[0]), layout.lines
    body = set(range(first, len(lines) - 1))  # our rules took the comments in too
    anchors = frozenset(i for i, line in enumerate(lines) if line in PROSE or line in COMMENTS)
    assert bounded(layout, anchors, body) == (first, first + 7)
    # a thread as long as the article: its container holds both, no cut
    thread = "<div class='comments'>" + paragraphs(COMMENTS * 2) + "</div>"
    layout = page_lines(html(paragraphs(PROSE), after=thread))
    body = set(range(first, len(layout.lines) - 1))
    anchors = frozenset(i for i, line in enumerate(layout.lines) if line in PROSE + COMMENTS)
    assert bounded(layout, anchors, body) == (first, len(layout.lines) - 2)


def test_the_article_runs_on_to_trafilaturas_last_paragraph_in_its_container() -> None:
    code = "<pre>docker run -d \\\n--name web \\\nnginx</pre>"
    layout = page_lines(html(paragraphs(PROSE[:3]) + code + paragraphs(PROSE[3:])))
    first, lines = layout.lines.index(PROSE[0]), layout.lines
    body = set(range(first, first + 3))  # our rules stopped at the code
    anchors = frozenset(i for i, line in enumerate(lines) if line in PROSE)
    assert bounded(layout, anchors, body) == (first, lines.index(PROSE[-1]))
    # trafilatura's short lines (a menu's words) are no paragraph to run on to
    menu = layout.lines.index("版权所有")
    assert bounded(layout, anchors | {menu}, body) == (first, lines.index(PROSE[-1]))


def test_a_last_section_trafilatura_kept_in_the_container_runs_the_article_on() -> None:
    section = "<h2>参考</h2><ol><li>某某：城市史</li><li>某某：旧城</li></ol>"
    layout = page_lines(html(paragraphs(PROSE) + section + "<p>监制：某某</p>"))
    lines = layout.lines
    first, last = lines.index(PROSE[0]), lines.index("某某：旧城")
    body = set(range(first, first + 8))  # our rules stopped at the list
    kept = frozenset(range(first, last + 2))  # trafilatura kept all, short lines too
    anchors = frozenset(i for i, line in enumerate(lines) if line in PROSE)
    assert bounded(layout, anchors, body, kept) == (first, last)
    assert bounded(layout, anchors, body) == (first, first + 7)  # kept nothing short
    # a credit trafilatura kept below the last paragraph, with nothing heading it: not taken in
    layout = page_lines(html(paragraphs(PROSE) + "<p>监制：某某</p>"))
    kept = frozenset(range(first, first + 9))
    assert bounded(layout, anchors, body, kept) == (first, first + 7)


def test_a_lead_just_above_the_container_stays_in_the_article() -> None:
    lead = "<div class='summary'>核心提示：腊八节要吃腊八粥，今天就来教大家怎样做。</div>"
    layout = page_lines(html(paragraphs(PROSE), before="<div>热门文章一</div>" + lead))
    lines = layout.lines
    top = lines.index("热门文章一")
    body = set(range(top, len(lines) - 1))  # a link, the lead and the article
    anchors = frozenset(i for i, line in enumerate(lines) if line in PROSE or "核心" in line)
    # the link is cut, the lead (prose both read, right above the container) kept
    assert bounded(layout, anchors, body) == (top + 1, lines.index(PROSE[-1]))
    # trafilatura left it out: not the article's
    assert bounded(layout, anchors - {top + 1}, body) == (top + 2, lines.index(PROSE[-1]))


def test_the_lines_of_a_hard_wrapped_paragraph_next_to_the_article_are_its_own() -> None:
    wrapped = ["文化革命是一场有着极为广泛的群众参与的政治运动，因此如何理",
               "解这种广泛的群众参与，就成为理解文革的一个重要内容，本文试图",
               "从政治心理学的角度，对文革中的群众参与给出解释，在我看来群众"]  # fmt: skip
    notice = "【本文版权归作者所有，未经授权不得转载、摘编或利用其它方式使用】"
    layout = page_lines(html("<br>".join([notice, *wrapped]) + paragraphs(PROSE)))
    lines = layout.lines
    first, top = lines.index(PROSE[0]), lines.index(notice)
    body = set(range(first, first + 8))  # our rules started at the first full stop
    anchors = frozenset(range(top, first + 8))  # trafilatura kept all of it
    assert bounded(layout, anchors, body) == (top + 1, first + 7)  # the notice stays out
    assert bounded(layout, anchors - {top + 2}, body) == (top + 3, first + 7)  # one by one
    # short lines, however many, are no paragraph's
    layout = page_lines(html("<br>".join(["栏目一二三", "栏目四五六"]) + paragraphs(PROSE)))
    first = layout.lines.index(PROSE[0])
    assert bounded(layout, frozenset(range(1, first + 8)), set(range(first, first + 8))) == (
        first, first + 7)  # fmt: skip


def test_a_hard_wrapped_paragraphs_short_last_line_carries_the_article_on() -> None:
    wrapped = ["文化革命是一场有着极为广泛的群众参与的政治运动，因此如何理",
               "解这种广泛的群众参与，就成为理解文革的一个重要内容，本文试图",
               "从政治心理学的角度，对文革中的群众参与给出解释，在我看来群众", "参与其中。",
               "以上几段分析，自然还很粗疏；要充实本文的主题，那显然还需要更",
               "多的论述。在这里，我只是想提出文革研究的一个值得深入发挥的方"]  # fmt: skip
    layout = page_lines(html(paragraphs(PROSE) + "<p>" + "<br>".join(wrapped) + "</p>"))
    lines = layout.lines
    last = lines.index(PROSE[-1])
    body = set(range(lines.index(PROSE[0]), last + 1))
    anchors = frozenset(body | {last + 1 + i for i in range(6) if i != 3})  # not the short one
    assert bounded(layout, anchors, body) == (min(body), last + 6)
    # a line that ends its sentence or a note ends the run: what follows is not carried
    for end in ("参与其中。", "（作者系某大学教授）"):
        shown = [*wrapped[:2], wrapped[2][:-2] + end, "总编辑：某某某"]
        layout = page_lines(html(paragraphs(PROSE) + "<p>" + "<br>".join(shown) + "</p>"))
        anchors = frozenset(body | {last + 1, last + 2, last + 3})
        assert bounded(layout, anchors, body) == (min(body), last + 3)


def test_a_heading_between_hard_wrapped_runs_carries_the_article_on() -> None:
    wrapped = ["文化革命是一场有着极为广泛的群众参与的政治运动，因此如何理",
               "解这种广泛的群众参与，就成为理解文革的一个重要内容，本文试作答。"]  # fmt: skip
    heading, more = "六、一个饶有兴味的研究", ["以上几段分析，自然还很粗疏；要充实本文的主题，那显然还需要更",
                                               "多的论述。在这里，我只是想提出文革研究的一个值得深入发挥的方"]  # fmt: skip
    shown = [*wrapped, heading, *more]
    layout = page_lines(html(paragraphs(PROSE) + "<p>" + "<br>".join(shown) + "</p>"))
    lines = layout.lines
    last = lines.index(PROSE[-1])
    body = set(range(lines.index(PROSE[0]), last + 1))
    kept = frozenset(body | set(range(last + 1, last + 6)))
    assert bounded(layout, kept, body) == (min(body), last + 5)
    assert bounded(layout, kept - {last + 4}, body) == (min(body), last + 2)  # none below


def test_no_container_without_agreement() -> None:
    layout = page_lines(html(paragraphs(PROSE)))
    first = layout.lines.index(PROSE[0])
    assert bounded(layout, frozenset(), set(range(first, first + 8))) is None
    assert bounded(layout, frozenset(range(first, first + 8)), set()) is None


def test_a_saved_page_read_to_its_containers_end() -> None:
    """Our rules alone stop at the code and take the comments in: the container puts the
    paragraphs after the code back and the comments out."""
    from reader.document import load_bytes

    code = "<pre>" + "\n".join(f"docker run -d --name s{i} -p 80{i}:80 nginx" for i in range(30))
    comments = [f"{2020 + i}-05-0{i + 1} 网友{i}：说得好，支持一下这篇文章的观点，学习了！"
                for i in range(2)]  # fmt: skip
    page = ("<html><head><title>对于Docker的一点使用经验_博客</title></head><body>"
            "<div class='nav'><a>首页</a><a>新随笔</a><a>联系</a></div><div class='post'>"
            "<h1>对于Docker的一点使用经验</h1><div class='body'>" + paragraphs(PROSE[:2])
            + code + "</pre>" + paragraphs(PROSE[2:6]) + "</div></div><div class='comments'>"
            + "".join(f"<div class='c'><p>{c}</p></div>" for c in comments)
            + "</div><div>版权所有</div></body></html>")  # fmt: skip
    d = load_bytes(page.encode("utf-8"), "/saved/blog.html", "html")
    assert d.title == "对于Docker的一点使用经验"
    assert all(text in d.text for text in PROSE[:6])
    assert not any(comment in d.text for comment in comments)
    assert comments[0] in {x.text for x in d.left_out}  # kept as the page's chrome


def test_each_line_knows_how_much_of_it_is_link_text() -> None:
    layout = page_lines("<html><body><p><a href='/a'>相关阅读：某地出台新规</a></p>"
                        "<p>据<a href='/b'>新华社</a>报道，全市累计选派一点八万名党建指导员。</p>"
                        "<p>项目地址：<a href='https://x.org'>\u200bhttps://example.org/project</a></p>"
                        "<p>全文完。</p></body></html>")  # fmt: skip
    assert layout.linked[0] == 1.0  # a related story: nothing but its link
    assert 0 < layout.linked[1] < 0.2  # a sentence that names its source with a link
    assert layout.linked[2] == 0.0  # a URL written out (zero-width space or not) is the text
    assert layout.linked[3] == 0.0


def test_the_links_at_the_articles_end_are_cut() -> None:
    related = "<ul>" + "".join(f"<li><a href='/n{i}'>相关新闻{i}：某地出台新规</a></li>"
                               for i in range(3)) + "</ul>"  # fmt: skip
    layout = page_lines(html(paragraphs(PROSE) + related))
    first, lines = layout.lines.index(PROSE[0]), layout.lines
    last = lines.index("相关新闻2：某地出台新规")
    assert unlinked_end(layout, first, last) == lines.index(PROSE[-1])
    assert unlinked_end(layout, last, last) == last  # the first line stays, links or not
    # a link in the middle of the article is no box of links at its end
    assert unlinked_end(layout, first, lines.index(PROSE[-1])) == lines.index(PROSE[-1])


def test_a_box_of_links_with_a_date_under_each_is_cut_a_credit_above_it_stays() -> None:
    """Related stories set as a link and its date, one line each: the dates are no sentences,
    so the box is cut from its first link on; the credit above it is no link and stays."""
    stories = "".join(f"<li><a href='/n{i}'>宏福苑五级火｜第{i}批物资送达灾区</a>"
                      f"<p>2025-11-29 HKT 1{i}:52</p></li>" for i in range(4))  # fmt: skip
    layout = page_lines(html(paragraphs(PROSE) + "<p>（责任编辑：王小明）</p><ul>"
                             + stories + "</ul>"))  # fmt: skip
    lines = layout.lines
    first, last = lines.index(PROSE[0]), lines.index("2025-11-29 HKT 13:52")
    assert unlinked_end(layout, first, last) == lines.index("（责任编辑：王小明）")


def test_a_sentence_after_the_links_keeps_them() -> None:
    """A link inside the article's last paragraphs, a sentence after it: no box at its end;
    and a lone link among dates is not half of them."""
    closing = "<p><a href='/a'>点击查看原文链接</a></p><p>全市累计选派一点八万名党建指导员。</p>"
    layout = page_lines(html(paragraphs(PROSE) + closing))
    lines = layout.lines
    last = len(lines) - 2  # the footer's line is no part of it
    assert lines[last] == "全市累计选派一点八万名党建指导员。"
    assert unlinked_end(layout, lines.index(PROSE[0]), last) == last
    dates = "<p><a href='/a'>相关新闻</a></p>" + "".join(f"<p>2025-11-2{i}</p>" for i in range(3))
    layout = page_lines(html(paragraphs(PROSE) + dates))
    last = layout.lines.index("2025-11-22")
    assert unlinked_end(layout, layout.lines.index(PROSE[0]), last) == last


def test_a_saved_page_whose_container_ends_in_related_stories() -> None:
    """trafilatura and the container take in the box of related stories at the article's end:
    its lines, links all, are the page's chrome."""
    from reader.document import load_bytes

    related = [f"延伸阅读：第{i}个城市出台党建指导员选派办法，覆盖面不断扩大。" for i in range(3)]
    page = ("<html><head><title>党旗领航奋进路_天津在线</title></head><body>"
            "<ul class='nav'><li><a>首页</a></li><li><a>新闻</a></li></ul><div class='content'>"
            "<h1>党旗领航奋进路</h1>" + paragraphs(PROSE)
            + "".join(f"<p><a href='/n{i}.html'>{r}</a></p>" for i, r in enumerate(related))
            + "</div><div>版权所有</div></body></html>")  # fmt: skip
    d = load_bytes(page.encode("utf-8"), "/saved/news.html", "html")
    assert d.title == "党旗领航奋进路"
    assert all(text in d.text for text in PROSE)
    assert not any(text in d.text for text in related)
    assert related[0] in {x.text for x in d.left_out}


def test_a_paragraphs_source_lines_are_one_line_as_a_browser_shows_them() -> None:
    page = ("<html><body><div><font>作者： \r\n    茉莉\r\n    &nbsp;来源：\r\n    本站</font></div>"
            "<p>全市累计选派一点八万名党建\n指导员，覆盖面不断扩大。\n下一段从这里开始。</p>"
            "<pre>docker run -d \\\n--name web</pre>"
            "<ul>\n<li>首页</li>\n<li>新闻</li>\n</ul></body></html>")  # fmt: skip
    assert page_lines(page).lines == [
        "作者： 茉莉 来源： 本站",  # wrapped in the source: one line
        "全市累计选派一点八万名党建 指导员，覆盖面不断扩大。",  # a break after a full stop stays
        "下一段从这里开始。",
        "docker run -d \\", "--name web",  # a <pre> keeps its lines
        "首页", "新闻"]  # fmt: skip


def test_what_the_pages_markup_hides_is_not_laid_out() -> None:
    page = ("<html><body><p>全市累计选派一点八万名党建指导员。</p>"
            "<div style='color: red; DISPLAY : none'><p>分享到微信朋友圈</p></div>"
            "<div hidden><p>登录后发表评论</p></div><p style='display: block'>下一段。</p>"
            "</body></html>")  # fmt: skip
    layout = page_lines(page)
    assert layout.lines == ["全市累计选派一点八万名党建指导员。", "下一段。"]
    assert len(layout.parents) == layout.elements == 8  # html, body, p, div, p, div, p, p: all numbered
    # a page that hides most of its text (saved before a script showed it) is laid out whole
    hiding = page.replace("<body>", "<body><div style='display:none'>").replace("</body>", "</div></body>")
    assert page_lines(hiding).lines == [
        "全市累计选派一点八万名党建指导员。", "分享到微信朋友圈", "登录后发表评论", "下一段。"]


def test_the_container_does_not_carry_the_article_past_a_line_that_ends_one() -> None:
    """Our rules end the article at 原标题; the container and trafilatura would carry it on to
    another story's paragraphs set in the same element: it stops where our rules did."""
    from reader.document import load_bytes

    other = [f"另一则新闻第{i}段：某地开展志愿服务活动，参与群众达到三千余人次。" for i in range(3)]
    page = ("<html><head><title>党旗领航奋进路_天津在线</title></head><body>"
            "<ul class='nav'><li><a>首页</a></li><li><a>新闻</a></li></ul><div class='content'>"
            "<h1>党旗领航奋进路</h1>" + paragraphs(PROSE)
            + "<p>原标题：党旗领航奋进路 初心如磐践使命</p>" + paragraphs(other)
            + "</div><div>版权所有</div></body></html>")  # fmt: skip
    d = load_bytes(page.encode("utf-8"), "/saved/news.html", "html")
    assert all(text in d.text for text in PROSE)
    assert not any(text in d.text for text in other)
    assert other[0] in {x.text for x in d.left_out}


def test_stopped_ends_before_the_first_stop_below_our_body() -> None:
    lines = ["正文第一段。", "正文第二段。", "相关阅读", "另一篇文章的段落。", "原标题：某某"]
    assert stopped(lines, 1, 4) == 1
    assert stopped(lines, 1, 1) == 1  # nothing below our body: unchanged
    assert stopped(lines, 3, 3) == 3  # a stop above our body's end is our rules' own business


def test_a_blog_posts_footer_at_the_articles_end_is_cut() -> None:
    footers = ["（本文发表于 随笔 分类，已被阅读 256 次）", "posted @ 2023-05-01 10:20 某某 阅读(128) 评论(3)",
               "本文引用通告地址(Trackback)：http://blog.example.cn/tb/1700",
               "欢迎关注微信公众号：某某说，第一时间读到新文章！", "更多相关资讯请关注www.example.cn"]  # fmt: skip
    lines = [*PROSE, *footers]
    assert unposted_end(lines, 0, len(lines) - 1) == len(PROSE) - 1
    # a sentence that tells a reading, and footer-like lines above the last one, stay
    told = [*PROSE, "这本书我已经阅读3次，每次都有新收获。"]
    assert unposted_end(told, 0, len(told) - 1) == len(told) - 1
    above = [*PROSE[:2], footers[0], *PROSE[2:]]
    assert unposted_end(above, 0, len(above) - 1) == len(above) - 1
