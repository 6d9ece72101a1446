"""Saved web pages: HTML and MHTML, told by content, decoded by their charset, the article
found, the rest kept as chrome; hostile pages neither hang nor trace back."""

from __future__ import annotations

import quopri
import subprocess
import sys

from reader.document import Document, load_bytes
from reader.document.web.web_sniff import looks_like_html
from tests.document.hostile_child import run_cases

BODY = "".join(
    f"<p>第{i}段：天津市非公有制经济组织和社会组织党建工作取得显著成效，"
    f"全市累计选派1.8万名党建指导员，覆盖面不断扩大，工作质量稳步提升。</p>\n"
    for i in range(1, 9)
)
PAGE = f"""<!DOCTYPE html>
<html><head><meta charset="{{charset}}"><title>党旗领航奋进路_天津在线</title>
<script>alert("never run")</script><style>p {{{{color: red}}}}</style></head>
<body><div class="nav"><a href="/">首页</a> <a href="/news">新闻</a> <a>登录</a></div>
<div class="crumb">首页 &gt; 资讯中心 &gt; 正文</div>
<article><h1>党旗领航奋进路 乘风破浪开新局</h1>
<div class="meta">2021-06-30 09:12 来源：天津日报</div>
{BODY}<h2>强化组织领导</h2>
{BODY}<p>（编辑：孙畅）</p></article>
<div class="related"><a>相关新闻一</a><br><a>相关新闻二</a></div>
<div class="footer">版权所有 天津在线 津ICP备12345678号</div></body></html>
"""


def page(charset: str = "utf-8") -> str:
    return PAGE.format(charset=charset)


def check(d: Document) -> None:
    assert d.source.kind == "html"
    assert d.title == "党旗领航奋进路 乘风破浪开新局"
    assert [s.title for s in d.all_sections()] == ["强化组织领导"]
    assert "never run" not in d.text and "color" not in d.text
    assert "首页" not in d.text and "相关新闻一" not in d.text and "津ICP备" not in d.text
    assert d.text.count("全市累计选派1.8万名党建指导员") == 16
    kept = {x.text for x in d.left_out}
    assert {"相关新闻一", "相关新闻二"} <= kept  # nothing lost: the chrome is kept


def test_a_utf8_page() -> None:
    check(load_bytes(page().encode("utf-8"), "/saved/a.html", "html"))


def test_a_gbk_page_declared_gb2312() -> None:
    d = load_bytes(page("gb2312").encode("gbk"), "/saved/b.htm", "html")
    check(d)
    assert d.source.encoding == "gb2312" or d.source.encoding.startswith("gb")


def test_a_big5_page() -> None:
    text = page("big5").replace("党旗领航奋进路", "黨旗領航奮進路")
    d = load_bytes(text.encode("big5", "replace"), "/saved/c.html", "html")
    assert d.title is not None and d.title.startswith("黨旗領航奮進路")


def test_an_mhtml_archive_made_as_a_browser_makes_it() -> None:
    html = quopri.encodestring(page().encode("utf-8")).decode("ascii")
    mhtml = (
        "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://example.cn/a.html\r\n"
        "Subject: =?utf-8?Q?a?=\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/related; type="text/html"; boundary="----B"\r\n\r\n'
        "------B\r\nContent-Type: text/html\r\nContent-ID: <frame-1@mhtml.blink>\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n"
        "Content-Location: https://example.cn/a.html\r\n\r\n"
        f"{html}\r\n------B\r\nContent-Type: text/css\r\n\r\np {{}}\r\n------B--\r\n"
    ).encode("ascii")
    assert looks_like_html(mhtml)
    check(load_bytes(mhtml, "/saved/a.mhtml", "html"))


def test_an_mhtml_archive_with_a_long_folded_subject() -> None:
    title = "党旗领航奋进路 乘风破浪开新局" * 16
    subject = "\r\n ".join(f"=?utf-8?Q?{quopri.encodestring(title[i:i + 8].encode()).decode()}?="
                            for i in range(0, len(title), 8))  # fmt: skip
    html = quopri.encodestring(page().encode("utf-8")).decode("ascii")
    mhtml = (
        f"From: <Saved by Blink>\r\nSubject: {subject}\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/related; type="text/html"; boundary="B"\r\n\r\n'
        "--B\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
        f"{html}\r\n--B--\r\n"
    ).encode("ascii")
    assert mhtml.index(b"MIME-Version") > 2048
    check(load_bytes(mhtml, "/saved/a.mht", "text"))  # told by content, whatever the name


def test_told_by_content_not_by_name() -> None:
    check(load_bytes(page().encode("utf-8"), "/saved/really-html.txt", "text"))
    text = "党建工作综述\n\n" + "天津市非公有制经济组织党建工作取得显著成效，覆盖面不断扩大。\n\n" * 5
    d = load_bytes(text.encode("utf-8"), "/saved/really-text.html", "html")
    assert d.source.kind == "text" and d.title == "党建工作综述"


def test_opening_a_text_file_does_not_load_the_extractor() -> None:
    probe = ("import sys; from reader.document import load; "
             "load('resources/default-article.txt'); "
             "print('trafilatura' in sys.modules, 'lxml.html' in sys.modules)")  # fmt: skip
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True, cwd=__file__.rsplit("/tests/", 1)[0]).stdout  # fmt: skip
    assert out.split() == ["False", "False"]


_HOSTILE = """
import json, sys
from reader.document import DocumentError, load_bytes
for name, expression in json.loads(sys.argv[1]).items():
    data = eval(expression)
    try:
        d = load_bytes(data, "/saved/x.html", "html")
        print(json.dumps([name, "opened", len(d.text)]), flush=True)
    except DocumentError as e:
        print(json.dumps([name, "refused", str(e)]), flush=True)
"""


def test_hostile_pages_open_or_are_refused_in_bounded_time() -> None:
    cases = {
        "nested 20000 deep": "b'<html><body>' + b'<div>' * 20000 + b'x' + b'</div>' * 20000",
        "100 000 elements": "b'<html><body>' + b'<p>\\xe6\\x96\\x87</p>' * 100000",
        "unclosed tags": "b'<html><body><p>' + b'<b><i><span>' * 30000",
        "script only": "b'<html><head><script>x()</script></head><body></body></html>'",
        "a lone <": "b'<html><body>' + b'<' * 200000",
        "a tag with 100 000 attributes": "b'<html><body><div ' + b''.join(b'a%d=\"%s\" ' % "
                                         "(i, b'x' * 50) for i in range(100000)) + b'>' + "
                                         "'<p>正文第一段，内容足够长，是文章。</p>'.encode() * 9 + b'</div>'",
        "tables nested 5000 deep": "b'<html><body>' + b'<table><tr><td>' * 5000 + b'x'",
        "h2 nested 3000 deep": "b'<html><body>' + b'<h2>' * 3000 + b'x' + b'</h2>' * 3000",
        "a 30 000-row data table": "b'<html><body><table>' + "
                                   "b'<tr><td>a</td><td>1</td><td>2</td></tr>' * 30000",
        "rows nested 3000 deep": "b'<html><body>' + b'<table><tr><td>a</td><td>' * 3000",
        "5000 <pre>s of code among paragraphs": "b'<html><body>' + "
                                                "'<p>正文一段。</p><pre>a = 1</pre>'.encode() * 5000",
    }
    rows = run_cases(_HOSTILE, cases, timeout=120)
    outcome = {row[0]: row[1] for row in rows}
    assert outcome["script only"] == "refused"
    assert outcome["a tag with 100 000 attributes"] == "opened"
    assert all(o in ("opened", "refused") for o in outcome.values())


def test_past_the_bound_the_page_is_read_without_the_extractor() -> None:
    from reader.document.web.html_importer import MAX_EXTRACTED_ELEMENTS

    probe = (
        "import sys; from reader.document import load_bytes; "
        f"page = '<html><body>' + '<span>栏目</span>' * {MAX_EXTRACTED_ELEMENTS} + "
        f"{PAGE.format(charset='utf-8').split('<body>', 1)[1]!r}; "
        "d = load_bytes(page.encode(), '/saved/big.html', 'html'); "
        "print('trafilatura' in sys.modules, d.title, d.text.count('全市累计选派'))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True, cwd=__file__.rsplit("/tests/", 1)[0]).stdout  # fmt: skip
    assert out.split() == ["False", "党旗领航奋进路", "乘风破浪开新局", "16"]
