"""A wiki's saved article: its short <h1>, which its <title> names before the site's name, is
the headline, not the site's tagline under it."""

from __future__ import annotations

from reader.document import Document, load_bytes

TAGLINE = "某某百科，人人可编的百科全书"
PARAGRAPH = "<p>某新区位于平原中部，多年来交通、产业和人口持续增长，是区域发展的重要节点之一。</p>"
LANGUAGES = "".join(f'<li><a href="https://l{i}.example.org/">Language {i}</a></li>'
                    for i in range(60))  # fmt: skip
INFOBOX = """<table class="infobox"><tr><th>国家</th><td>某国</td></tr>
<tr><th>设立时间</th><td>2017年4月1日</td></tr><tr><th>面积</th><td>1770平方公里</td></tr>
<tr><th>人口</th><td>120万</td></tr></table>"""


def _wiki(infobox: str = INFOBOX) -> Document:
    html = f"""<html><head><meta charset="utf-8"><title>某新区 - {TAGLINE}</title></head>
<body><div class="top"><a href="/">首页</a> <a href="/random">随机条目</a></div>
<h1><span>某新区</span></h1><div class="languages"><span>60种语言</span><ul>{LANGUAGES}</ul></div>
<div class="tabs"><a href="/a">条目</a> <a href="/t">讨论</a> <a href="/e">编辑</a></div>
<div id="siteSub">{TAGLINE}</div>{infobox}
<p><b>某新区</b>是某国的一个新区，规划范围涉及三个县及周边部分区域，定位为区域发展的新引擎。</p>
<h2>历史</h2>{PARAGRAPH * 4}<h2>地理</h2>{PARAGRAPH * 4}
<div class="foot">本页面最后修订于2023年1月1日 文本在知识共享协议之条款下提供</div></body></html>"""
    return load_bytes(html.encode(), "/saved/wiki.html", "html")


def test_a_short_h1_the_title_names_is_the_headline_not_the_sites_tagline() -> None:
    doc = _wiki()
    assert doc.title == "某新区"
    assert TAGLINE not in doc.text
    assert [s.title for s in doc.all_sections()] == ["历史", "地理"]
