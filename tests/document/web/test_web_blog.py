"""A blog post saved as a page: its last section (a heading over a list or code) kept, what
its <head> says and its text does not (site, date, author, a subtitle), its headings' levels
as the markup nests them, its meta line's pieces apart and its code's lines as they stand."""

from __future__ import annotations

from reader.document import Document, load_bytes
from reader.document.model import BlockKind

PARA = "周末去城郊的湖边走了一圈，湖水比想象中清澈，岸边的柳树刚刚发芽，空气里都是青草的味道。"


def _post(body: str, head: str = "<title>湖边散步记 | 小林的笔记本</title>") -> str:
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body>"
            "<nav><a href='/'>首页</a><a href='/tags'>标签</a><a href='/about'>关于</a></nav>"
            f"<main><article><h1>湖边散步记</h1>{body}</article></main>"
            "<footer><a href='/prev'>上一篇</a><a href='/next'>下一篇</a></footer></body></html>")  # fmt: skip


def _open(html: str) -> Document:
    return load_bytes(html.encode(), "/saved/post.html", "html")


def test_a_last_section_of_a_list_is_kept_with_its_heading_and_intro() -> None:
    body = (f"<p>{PARA}</p><h2>路线</h2><p>{PARA}</p><h2>沿途</h2><p>{PARA}</p>"
            "<h2>装备</h2><p>出门前带上这些：</p><ul><li>水壶一个</li><li>薄外套</li><li>防晒帽</li></ul>")  # fmt: skip
    doc = _open(_post(body))
    assert doc.text.endswith("装备\n出门前带上这些：\n水壶一个\n薄外套\n防晒帽")
    assert [s.title for s in doc.all_sections()][-1] == "装备"


def test_a_last_section_of_code_is_kept() -> None:
    code = "<pre><code>import os\nprint(os.getcwd())</code></pre>"
    body = f"<p>{PARA}</p><h2>起因</h2><p>{PARA}</p><h2>脚本</h2><p>{PARA}</p><h2>附录</h2>{code}"
    doc = _open(_post(body))
    assert "附录" in doc.text and doc.text.endswith("print(os.getcwd())")


def _levels(doc: Document) -> list[tuple[str, int]]:
    return [(s.title, s.level) for s in doc.all_sections()]


def test_an_h3_under_an_unnumbered_h2_nests() -> None:
    body = (f"<p>{PARA}</p><h2>出发前</h2><p>{PARA}</p><h3>天气</h3><p>{PARA}</p>"
            f"<h2>湖边</h2><p>{PARA}</p><h2>回程</h2><p>{PARA}</p>")  # fmt: skip
    doc = _open(_post(body))
    assert _levels(doc) == [("出发前", 1), ("天气", 2), ("湖边", 1), ("回程", 1)]


def test_a_headings_hidden_anchor_link_is_no_part_of_its_text() -> None:
    def head(tag: str, text: str) -> str:
        return f"<{tag}>{text}<a hidden class='anchor' href='#x'>#</a></{tag}>"

    body = (f"<p>{PARA}</p>{head('h2', '出发前')}<p>{PARA}</p>{head('h3', '天气')}<p>{PARA}</p>"
            f"{head('h2', '回程')}<p>{PARA}</p>")  # fmt: skip
    assert _levels(_open(_post(body))) == [("出发前", 1), ("天气", 2), ("回程", 1)]


def test_a_heading_the_table_of_contents_repeats_above_is_marked_where_the_article_has_it() -> None:
    toc = "<div class='toc'><p>目录</p><p>出发前</p><p>天气</p><p>回程</p></div>"
    body = (f"{toc}<p>{PARA}</p><h2>出发前</h2><p>{PARA}</p><h3>天气</h3><p>{PARA}</p>"
            f"<h2>回程</h2><p>{PARA}</p>")  # fmt: skip
    doc = _open(_post(body))
    assert _levels(doc) == [("出发前", 1), ("天气", 2), ("回程", 1)]
    assert doc.text.count("天气") == 1  # the contents' line stays out


HEAD = ("<title>湖边散步记 | 小林的笔记本</title>"
        "<meta name='author' content='林小舟'>"
        "<meta property='article:published_time' content='2023-04-08T09:30:00+08:00'>"
        "<meta name='description' content='一次说走就走的短途旅行'>")  # fmt: skip


def test_the_head_names_the_site_the_date_the_author_and_the_subtitle() -> None:
    doc = _open(_post(f"<p>{PARA}</p><p>{PARA}</p>", head=HEAD))
    assert doc.site == "小林的笔记本"  # the <title>'s tail
    assert doc.dateline == "2023-04-08 09:30 作者：林小舟"
    assert doc.subtitle == "一次说走就走的短途旅行"


def test_the_texts_own_date_line_wins_over_the_heads() -> None:
    body = f"<div class='meta'>发布于 2023年4月9日</div><p>{PARA}</p><p>{PARA}</p>"
    doc = _open(_post(body, head=HEAD + "<meta property='og:site_name' content='林间小记'>"))
    assert doc.dateline == "发布于 2023年4月9日"
    assert doc.site == "林间小记"  # og:site_name before the <title>'s tail


def test_json_ld_gives_the_date_and_author() -> None:
    ld = ('<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
          '{"@type": "BlogPosting", "datePublished": "2022-11-30", "author": {"name": "周一"}}]}'
          "</script>")  # fmt: skip
    assert _open(_post(f"<p>{PARA}</p><p>{PARA}</p>", head=ld)).dateline == "2022-11-30 作者：周一"


def test_a_description_cut_from_the_body_or_naming_the_site_is_no_subtitle() -> None:
    cut = PARA[:30] + "…"
    for description in (cut, "小林的笔记本：记录生活的点滴", "湖边散步记"):
        head = f"<title>湖边散步记 | 小林的笔记本</title><meta name='description' content='{description}'>"
        assert _open(_post(f"<p>{PARA}</p><p>{PARA}</p>", head=head)).subtitle is None


def test_a_date_line_of_inline_elements_keeps_its_pieces_apart() -> None:
    meta = ("<div class='entry-meta'><span>发布于</span><time>2023年4月9日</time>"
            "<span class='by'>作者 林小舟</span></div>")  # fmt: skip
    doc = _open(_post(f"{meta}<p>{PARA}</p><p>{PARA}</p>"))
    assert doc.dateline == "发布于 2023年4月9日 作者 林小舟"
    assert PARA in doc.text  # a paragraph's inline words are not split: only the date line


def test_code_in_a_pre_keeps_its_lines_and_indentation() -> None:
    code = "<pre><code>server:\n  port: 8080\n  routes:\n    - path: /api</code></pre>"
    body = f"<p>{PARA}</p><p>配置文件如下：</p>{code}<p>{PARA}</p>"
    doc = _open(_post(body))
    assert "server:\n  port: 8080\n  routes:\n    - path: /api" in doc.text
    assert [b.kind for b in doc.blocks].count(BlockKind.CODE) == 1


def test_a_pre_of_chinese_prose_stays_text() -> None:
    prose = f"<pre>{PARA}\n{PARA}</pre>"
    doc = _open(_post(f"<p>{PARA}</p>{prose}<p>{PARA}</p>"))
    assert BlockKind.CODE not in {b.kind for b in doc.blocks}


P = f"<p>{PARA}</p>"


def test_the_markup_nests_headings_the_text_importer_set_otherwise() -> None:
    body = (f"{P}<h3>CAS</h3>{P}<h3>OAuth2</h3>{P}<h3>JWT</h3>{P}<h4>结构</h4><p>JWT由三部分组成：</p>{P}"
            f"<h3>SAML</h3>{P}<h2>总结</h2>{P}<h2>参考</h2>{P}")  # fmt: skip
    assert _levels(_open(_post(body))) == [
        ("CAS", 2), ("OAuth2", 2), ("JWT", 2), ("结构", 3), ("SAML", 2), ("总结", 1), ("参考", 1)]


def test_sections_in_h1s_under_a_headline_in_an_h2_nest_their_h2s() -> None:
    page = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>单片机入门 | 小林的笔记本</title>"
            "<meta property='og:title' content='单片机入门'></head><body><header><div>小林的笔记本</div></header>"
            f"<main><article><h2>单片机入门</h2><h1>前言</h1>{P}<h1>硬件结构</h1>{P}<h2>中央处理器</h2>{P}"
            f"<h2>存储器</h2>{P}<h1>小结</h1>{P}</article></main><footer>© 2024 小林</footer></body></html>")  # fmt: skip
    doc = _open(page)
    assert doc.title == "单片机入门"
    assert _levels(doc) == [("前言", 1), ("硬件结构", 1), ("中央处理器", 2), ("存储器", 2), ("小结", 1)]


def test_a_lead_in_the_markup_sets_as_a_paragraph_heads_nothing_among_marked_headings() -> None:
    body = (f"{P}<h3>CAS</h3>{P}<h3>JWT</h3>{P}<h4>结构</h4><p>JWT由三部分组成：</p>{P}<h3>SAML</h3>{P}"
            f"<h2>总结</h2>{P}")  # fmt: skip
    doc = _open(_post(body))
    assert "JWT由三部分组成：" not in [title for title, _level in _levels(doc)]
    assert "JWT由三部分组成：" in doc.text


def test_a_bold_line_the_text_importer_takes_for_a_heading_stays_one() -> None:
    body = f"{P}<h2>出发前</h2>{P}<p><strong>天气</strong></p>{P}<h2>回程</h2>{P}<h2>感想</h2>{P}"
    assert "天气" in [title for title, _level in _levels(_open(_post(body)))]


def test_a_posts_list_of_links_under_its_references_head_is_kept() -> None:
    refs = ("<h2>参考</h2><ul><li><a href='https://a.example/1'>单点登录的原理与实现</a></li>"
            "<li><a href='https://b.example/2'>OAuth2 官方介绍</a></li>"
            "<li><a href='https://c.example/3'>理解 SAML 流程</a></li></ul>")  # fmt: skip
    body = f"{P}<h2>方案</h2>{P}{P}<h2>总结</h2>{P}{refs}"
    doc = _open(_post(body))
    assert doc.text.endswith("理解 SAML 流程")
    assert [title for title, _level in _levels(doc)][-1] == "参考"


def test_a_pages_lists_are_lists_numbered_as_its_ordered_ones() -> None:
    body = (f"{P}<p>旧电脑有几个优势：</p><ul><li>自带电池，停电也能撑一阵；</li><li><a href='#'>功耗</a>不高。</li></ul>"
            f"{P}<ol start='3'><li><p>第三步：装系统；</p><p>装好后重启。</p></li><li>第四步：配网络。</li></ol>"
            f"<ul><li>1. 作者自己写的编号</li></ul>{P}")  # fmt: skip
    doc = _open(_post(body))
    items = [(doc.text[b.start : b.end], b.number) for b in doc.blocks if b.kind is BlockKind.LIST_ITEM]
    assert items == [("自带电池，停电也能撑一阵；", None), ("功耗不高。", None), ("第三步：装系统；", 3),
                     ("第四步：配网络。", 4)]  # fmt: skip
    assert "装好后重启。" in doc.text and "1. 作者自己写的编号" in doc.text  # a paragraph: its own number


def test_references_under_a_plain_head_right_under_the_last_paragraph_are_kept() -> None:
    refs = ("<p>参考资料：</p><p><a href='https://a.example/1'>单点登录的原理与实现</a></p>"
            "<p><a href='https://b.example/2'>OAuth2 官方介绍</a></p>")  # fmt: skip
    body = f"{P}<h2>方案</h2>{P}{P}<h2>总结</h2>{P}{refs}"
    assert _open(_post(body)).text.endswith("OAuth2 官方介绍")
