"""A box of links where a saved article begins (an advertisement's, related stories') is the
page's chrome, and a heading that is a link heads none of its sections."""

from __future__ import annotations

from reader.document import Document, load_bytes
from reader.document.model import BlockKind, Metadata, Part
from reader.document.web.web_boxes import linked_headings, unboxed

BOX = """<table align="right"><tr><td><a href="http://ad.example.com/1"><b>新品上市--健康好礼（图）</b></a></td></tr>
<tr><td>·<a href="http://ad.example.com/2">养生专家的三个小建议</a></td></tr>
<tr><td>·<a href="http://ad.example.com/3">一个动作改善睡眠质量</a></td></tr>
<tr><td><a href="http://ad.example.com/4">健康关注--体检新发现…</a></td></tr></table>"""
HEADS = ["童年往事", "初入剧组", "低谷时期"]


def _section(head: str) -> str:
    text = f"<p>　　这一段讲{head}，演员谈到拍摄期间的经历与感受，内容详实，语句通顺，足以构成一个段落。</p>"
    return f"<p><b>{head}</b></p>{text * 2}"


def _page() -> Document:
    lead = "<p>　　本报讯 昨日，某演员在接受采访时回顾了从艺二十年的点点滴滴，众多影迷到场支持。</p>"
    more = "<p>　　采访中他还谈到了自己的家庭以及今后的工作计划，表示会继续努力拍出更多好作品。</p>"
    html = f"""<html><head><meta charset="utf-8"><title>某演员回顾从艺二十年_娱乐_某门户</title></head>
<body><div class="nav"><a href="/">首页</a> | <a href="/ent">娱乐</a></div>
<h1>某演员回顾从艺二十年</h1><div>2007年5月12日 10:20 来源：某晨报</div>
<div class="content">{BOX}{lead}{more}{"".join(map(_section, HEADS))}</div>
<div class="foot">Copyright 某门户 版权所有</div></body></html>"""
    return load_bytes(html.encode(), "/saved/star.html", "html")


def test_a_box_of_links_where_the_article_begins_is_no_part_of_it() -> None:
    doc = _page()
    for line in ("养生专家的三个小建议", "一个动作改善睡眠质量", "健康关注--体检新发现…", "健康好礼"):
        assert line not in doc.text, line
    assert "本报讯" in doc.text and "采访中他还谈到了自己的家庭" in doc.text
    assert [s.title for s in doc.all_sections()] == HEADS


def _parts(*texts: str) -> list[Part]:
    return [Part(BlockKind.PARAGRAPH, text, line=i) for i, text in enumerate(texts)]


def test_only_the_link_lines_the_article_begins_with_are_left_out() -> None:
    meta = Metadata("/saved/p.html", "html", "utf-8")
    parts = _parts("链接一", "链接二", "正文第一段。", "链接三", "链接四", "链接五", "正文第二段。")
    linked = [1.0, 0.6, 0.0, 0.8, 1.0, 0.6, 0.2]
    meta, kept = unboxed(meta, parts, linked)
    assert [part.text for part in kept] == [part.text for part in parts[2:]]
    assert meta.left_out == [(0, "链接一", "chrome"), (1, "链接二", "chrome")]
    # an article of links alone stays as it is: nothing else would be left of it
    assert unboxed(meta, parts[3:6], linked)[1] == parts[3:6]


def test_a_heading_that_is_a_link_is_made_a_body_line() -> None:
    parts = [Part(BlockKind.HEADING, "新品上市--健康好礼（图）", 1, line=0),
             Part(BlockKind.HEADING, "童年往事", 1, line=1), *_parts("", "", "正文。")[2:]]
    fixes = linked_headings(parts, [1.0, 0.0, 0.0])
    assert [(fix.text, fix.action.value) for fix in fixes] == [("新品上市--健康好礼（图）", "body")]


def test_a_related_box_among_the_paragraphs_neither_ends_the_article_nor_stays_in_it() -> None:
    para = "<p>{}，内容详实，语句通顺，足以构成一个完整的段落。</p>"
    box = ('<div class="related"><strong>相关新闻：</strong><ul><li><a href="/x">某地发布前十月外贸数据</a></li>'
           '<li><a href="/y">多地出台配套措施</a></li></ul></div>')
    body = (para.format("某部门昨日举行发布会介绍有关情况") + "<h2>政策亮点</h2>" + para.format("新政策提出加大支持力度")
            + box + para.format("同时支持海外仓建设") + "<h2>专家观点</h2>" + para.format("专家表示政策有助于稳定预期")
            + "<h2>下一步工作</h2>" + para.format("有关部门将抓好政策落实"))
    html = f"""<html><head><meta charset="utf-8"><title>稳外贸政策再加力_财经_某网</title></head>
<body><div class="nav"><a href="/">首页</a> | <a href="/cj">财经</a></div>
<h1>稳外贸政策再加力</h1><div>2026年11月25日08:15 | 来源：某报</div>
<div class="article">{body}</div>
<div class="foot">关于我们 | 网站地图<br>Copyright 某网 版权所有</div></body></html>"""
    doc = load_bytes(html.encode(), "/saved/trade.html", "html")
    assert [s.title for s in doc.all_sections()] == ["政策亮点", "专家观点", "下一步工作"]
    assert "有关部门将抓好政策落实" in doc.text and "同时支持海外仓建设" in doc.text
    for line in ("相关新闻：", "某地发布前十月外贸数据", "多地出台配套措施"):
        assert line not in doc.text, line
