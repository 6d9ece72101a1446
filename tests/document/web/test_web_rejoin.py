"""A headline the page breaks over lines with <br> is one line when the markup names it whole."""

from __future__ import annotations

from reader.document import load_bytes
from reader.document.web.web_page import Layout
from reader.document.web.web_rejoin import rejoined

HEADLINE = "某某市人民政府关于禁止在某某河干流治理工程征地范围内新增建设项目的通告"
PIECES = ["某某市人民政府关于禁止在", "某某河干流治理工程", "征地范围内新增建设项目的通告"]
PARAGRAPH = "<p>为做好某某河干流治理工程建设征地工作，维护群众合法权益，现将有关事项通告如下。</p>"


def _page(title: str) -> bytes:
    return f"""<html><head><meta charset="utf-8"><title>{title}</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/zc">政策文件</a></div>
<div class="share">分享到 - 微信</div>
<div class="title">{"<br>".join(PIECES)}</div>
<div class="date">发布日期：2022年01月28日</div>
{PARAGRAPH * 6}<div class="foot">主办：某某市人民政府办公厅</div></body></html>""".encode()


def test_a_headline_broken_over_lines_the_title_names_whole_is_the_headline() -> None:
    doc = load_bytes(_page(HEADLINE), "/saved/notice.html", "html")
    assert doc.title == HEADLINE


def test_pieces_the_page_names_nowhere_stay_lines() -> None:
    doc = load_bytes(_page("某某市人民政府门户网站"), "/saved/notice.html", "html")
    assert doc.title != HEADLINE


def _layout(lines: list[str]) -> Layout:
    n = len(lines)
    return Layout(lines, blocks=list(range(n)), linked=[0.0] * n, rows={n - 1: False})


def test_the_run_is_one_line_and_the_lines_below_move_up() -> None:
    layout = rejoined(_layout(["首页", *PIECES, "正文。", "表格行"]), [HEADLINE])
    assert layout.lines == ["首页", HEADLINE, "正文。", "表格行"]
    assert layout.blocks == [0, 1, 4, 5] and layout.rows == {3: False}


def test_a_headline_shown_whole_somewhere_leaves_the_pieces_alone() -> None:
    lines = [HEADLINE, *PIECES]
    assert rejoined(_layout(lines), [HEADLINE]).lines == lines


def test_latin_pieces_keep_a_space() -> None:
    layout = rejoined(_layout(["某公司发布新款Model", "Y车型的消息", "正文"]),
                      ["某公司发布新款Model Y车型的消息"])  # fmt: skip
    assert layout.lines[0] == "某公司发布新款Model Y车型的消息"
