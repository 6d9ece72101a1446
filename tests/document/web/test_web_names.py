"""A saved page's <h1> that names the site (its logo, the name its <head> and foot give) is no
headline: the article's is then the heading just above its text, a level down."""

from __future__ import annotations

import pytest

from reader.document import load_bytes
from reader.document.web.web_names import site_names
from reader.document.web.web_page import page_lines

HEADLINE = "区政府召开2024年第一次常务会议"
PARAGRAPH = ("<p>　　会议指出，要坚持稳中求进工作总基调，扎实做好各项工作，确保全年目标任务圆满完成。"
             "各部门要主动作为，狠抓落实。</p>")  # fmt: skip


def _page(title: str, top: str, head: str = f"<h2>{HEADLINE}</h2>", meta: str = "",
          foot: str = "联系我们 | 网站地图") -> str:  # fmt: skip
    return f"""<html><head><meta charset="utf-8"><title>{title}</title>{meta}</head><body>
{top}<div class="nav"><a href="/a">首页</a> | <a href="/b">政务公开</a> | <a href="/c">新闻中心</a></div>
<div class="main">{head}<div class="info">发布时间：2024-01-05 来源：区政府办公室</div>
<div class="content">{PARAGRAPH * 4}</div></div><div class="foot">{foot}</div></body></html>"""


def _names(html: str) -> set[str]:
    layout = page_lines(html)
    h1s = [text for text, level in layout.heads.items() if level == 1]
    return site_names(html, h1s, layout.logos, layout.lines)


SITE = "某某区人民政府门户网站"
CASES = {
    "a link to the home page": _page(SITE, f'<h1><a href="http://www.example.gov.cn/">{SITE}</a></h1>'),
    "an image and its alt text": _page(SITE, f'<h1><img src="logo.png" alt="{SITE}">{SITE}</h1>'),
    "the <title>'s last part": _page(f"{HEADLINE}_{SITE}", f"<h1>{SITE}</h1>"),
    "og:site_name": _page(SITE, f"<h1>{SITE}</h1>",
                          meta=f'<meta property="og:site_name" content="{SITE}">'),
    "the copyright line": _page(SITE, f"<h1>{SITE}</h1>", foot=f"版权所有：{SITE} 备案号：某ICP备0001号"),
}  # fmt: skip


@pytest.mark.parametrize("case", list(CASES))
def test_an_h1_naming_the_site_is_no_headline(case: str) -> None:
    html = CASES[case]
    assert _names(html) == {SITE}
    assert load_bytes(html.encode(), "/saved/p.html", "html").title == HEADLINE


def test_a_logo_of_an_image_alone_is_no_headline() -> None:
    html = _page(SITE, '<h1><a href="/"><img src="logo.png" alt="某某区"></a></h1>')
    assert load_bytes(html.encode(), "/saved/p.html", "html").title == HEADLINE


def test_the_headlines_own_h1_stays_the_headline() -> None:
    for head in (f"<h1>{HEADLINE}</h1>", f'<h1><a href="/art/2024/1/5/art_1.html">{HEADLINE}</a></h1>',
                 f'<h1><img src="original.png" alt="原创">{HEADLINE}</h1>'):  # fmt: skip
        html = _page(f"{HEADLINE}_{SITE}", "", head=head, foot=f"版权所有：{SITE}")
        assert _names(html) == set()
        assert load_bytes(html.encode(), "/saved/p.html", "html").title == HEADLINE
    # the site's name first in the <title>: the headline after it is no site's name
    assert _names(_page(f"某某网 - {HEADLINE}", "", head=f"<h1>{HEADLINE}</h1>")) == set()
    # the site's name in the <title> alone, and the h1 the same: nothing tells it apart
    assert _names(_page(HEADLINE, "", head=f"<h1>{HEADLINE}</h1>")) == set()
