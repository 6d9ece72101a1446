from __future__ import annotations

from reader.document import BlockKind, Document, load_bytes
from reader.document.model import TABLE_CELL_RULE


def md(source: str) -> Document:
    return load_bytes(source.encode("utf-8"), "a.md", "markdown")


def test_headings_build_sections_with_ids() -> None:
    d = md("# 标题\n\n导语。\n\n## 第一节 {#one}\n\n正文。\n\n### 小节\n\n正文。\n\n"
           "第二节\n------\n\n正文。\n")
    assert d.title == "标题"
    assert [(s.level, s.title, s.id) for s in d.all_sections()] == [
        (1, "第一节", "one"), (2, "小节", "小节"), (1, "第二节", "第二节")]
    for s in d.all_sections():
        assert d.text[s.start :].startswith(s.title)


def test_front_matter_title() -> None:
    d = md("---\ntitle: 真正的标题\nauthor: 某人\n---\n\n# 不是标题\n\n正文。\n")
    assert (d.title, d.byline) == ("真正的标题", "某人")
    assert [s.title for s in d.sections] == ["不是标题"]


def test_furniture_above_the_title_is_dropped() -> None:
    d = md("[English](README.md) ∙ [中文](README-zh.md)\n\n# 命令行的艺术\n\n正文。\n")
    assert d.text == "命令行的艺术\n正文。"


def test_raw_html_is_sanitized() -> None:
    d = md(
        "# T\n\n<script>alert(1)</script>\n\n"
        'hello <img src="file:///etc/passwd" onerror="alert(2)"> '
        '[bad](javascript:alert(3)) [good](https://example.org) <b onclick="x()">b</b>\n'
    )
    para = next(b for b in d.blocks if b.kind is BlockKind.PARAGRAPH)
    assert para.html is not None
    for evil in ("script", "onerror", "img", "passwd", "javascript", "onclick"):
        assert evil not in para.html
    assert 'href="https://example.org"' in para.html
    assert "alert" not in d.text


def test_lists_quotes_code() -> None:
    d = md("# T\n\n- one\n    - nested\n\n> quoted\n\n```\ncode line\n```\n")
    kinds = [(b.kind, b.level, d.block_text(b)) for b in d.blocks[1:]]
    assert kinds == [
        (BlockKind.LIST_ITEM, 0, "one"),
        (BlockKind.LIST_ITEM, 1, "nested"),
        (BlockKind.QUOTE, 0, "quoted"),
        (BlockKind.CODE, 0, "code line"),
    ]


def test_disclaimer_section() -> None:
    d = md("# T\n\n## 正文\n\n内容。\n\n## 免责声明\n\n仅供参考。\n\n## 授权条款\n\nCC。\n")
    assert d.disclaimer is not None
    assert (d.disclaimer.title, d.disclaimer.paragraphs) == ("免责声明", ("仅供参考。",))


def test_a_last_disclaimer_section_stays_a_section_and_is_the_disclaimer() -> None:
    d = md("# T\n\n## 正文\n\n内容。\n\n## 免责声明\n\n仅供参考，非投资建议。\n")
    assert d.disclaimer is not None
    assert (d.disclaimer.title, d.disclaimer.paragraphs) == ("免责声明", ("仅供参考，非投资建议。",))
    assert [s.title for s in d.all_sections()] == ["正文", "免责声明"]  # a heading, as labelled
    assert "仅供参考" in d.text  # in its place: the window draws no box repeating it


def test_a_document_of_only_a_disclaimer_keeps_its_text() -> None:
    d = md("## 免责声明\n\n仅供参考。\n")
    assert "仅供参考。" in d.text


def test_absurd_nesting_falls_back_to_plain_text() -> None:
    d = md("> " * 300 + "- " * 300 + "x\n")
    assert d.text.endswith("x")


def test_an_inline_element_around_paragraphs_is_closed_in_each() -> None:
    d = md('# T\n\n<a href="https://example.org"><p>一段</p><p>二段</p></a>\n\n'
           "<svg><text>图里的字</text></svg>\n\n<noscript>请启用脚本</noscript>\n\n末段。\n")
    for block in d.blocks:
        html = block.html or ""
        assert html.count("<a") == html.count("</a>"), html
    assert "图里的字" not in d.text and "请启用脚本" not in d.text
    assert d.text.endswith("末段。")


def test_an_encoding_declaration_in_raw_html_is_read_as_text() -> None:
    d = md('# T\n\n<?xml version="1.0" encoding="gbk"?>\n\n正文，含 &amp; 与 &lt;b&gt;。\n')
    assert "正文，含 & 与 <b>。" in d.text


def test_two_space_nested_lists_nest_as_on_github() -> None:
    from reader.document.loader import load_bytes

    source = (
        "# 说明\n\n- 第一步\n  - 下载源码\n  - 或者安装\n    - 需要 Python\n- 第二步\n\n"
        "1. 打开设置\n2. 修改选项\n   1. 语言\n   2. 主题\n\n- 旧式\n    - 四个空格也行\n"
    )
    document = load_bytes(source.encode(), "readme.md", "markdown")
    levels = {document.block_text(b): b.level for b in document.blocks if b.kind.value == "list_item"}
    assert levels == {
        "第一步": 0, "下载源码": 1, "或者安装": 1, "需要 Python": 2, "第二步": 0,
        "打开设置": 0, "修改选项": 0, "语言": 1, "主题": 1, "旧式": 0, "四个空格也行": 1,
    }


def test_two_space_nesting_in_a_note_too() -> None:
    from reader.document.note_text import render_markdown

    html = render_markdown("- 甲\n  - 乙")
    assert html.count("<ul>") == 2


def _blocks_of(source: str) -> list[tuple[str, str, str]]:
    document = load_bytes(source.encode(), "readme.md", "markdown")
    return [(b.kind.value, document.block_text(b), b.html or "") for b in document.blocks
            if b.kind is not BlockKind.TITLE]


def test_an_image_is_a_placeholder_with_its_alt_text_and_a_link_never_loaded() -> None:
    blocks = _blocks_of(
        "# 说明\n\n正文。\n\n![架构图](https://example.com/arch.png)\n\n![logo](docs/logo.png)\n"
    )
    _body, (_, text, html), (_, local, local_html) = blocks
    assert text == "［图片：架构图］"
    assert 'href="https://example.com/arch.png"' in html and "<img" not in html
    assert local == "[Image: logo — logo.png]" and "href" not in local_html


def test_a_table_row_is_its_cells_apart_the_header_row_marked() -> None:
    source = "# 表\n\n| 命令 | 说明 |\n|---|---|\n| `a` | 打开 |\n| 竖线 │ 在格里 |  |\n"
    document = load_bytes(source.encode(), "readme.md", "markdown")
    rows = [b for b in document.blocks if b.kind is BlockKind.TABLE_ROW]
    texts = [document.block_text(b) for b in rows]
    assert texts == ["命令 │ 说明", "a │ 打开", "竖线 | 在格里 │ "]  # a cell never holds the rule
    assert [b.level for b in rows] == [1, 0, 0]  # the header row
    assert [len(t.split(TABLE_CELL_RULE)) for t in texts] == [2, 2, 2]
    assert rows[1].html is not None and rows[1].html.startswith("<code>a</code> │ 打开")


def test_an_ordered_list_keeps_its_numbers_from_its_start() -> None:
    document = load_bytes(
        b"# \xe5\x88\x97\n\n3. three\n4. four\n   1. sub\n\n- dot\n\n1. one\n\n    more\n\n2. two\n",
        "readme.md",
        "markdown",
    )
    items = [(document.block_text(b), b.level, b.number) for b in document.blocks
             if b.kind is BlockKind.LIST_ITEM]  # fmt: skip
    assert items == [("three", 0, 3), ("four", 0, 4), ("sub", 1, 1), ("dot", 0, None),
                     ("one", 0, 1), ("more", 0, None), ("two", 0, 2)]  # fmt: skip


def test_a_task_list_shows_boxes() -> None:
    blocks = _blocks_of("# 任务\n\n- [x] 完成\n- [ ] 未完成\n")
    assert [text for _kind, text, _html in blocks] == ["☑ 完成", "☐ 未完成"]


_GITHUB_NESTING = (
    "# 测试\n\n1. 第一步\n  - 子项甲\n  - 子项乙\n2. 第二步\n  1. 子步骤一\n- 外层\n"
    "  > 列表中的引用\n  ```\n  列表中的代码\n  ```\n> - 引用中的列表\n>   - 引用中的嵌套\n"
)


def test_two_space_children_nest_under_numbered_items_as_on_github() -> None:
    document = md(_GITHUB_NESTING)
    items = [(document.block_text(b), b.level, b.number, b.quote) for b in document.blocks
             if b.kind is BlockKind.LIST_ITEM]  # fmt: skip
    assert items == [
        ("第一步", 0, 1, 0), ("子项甲", 1, None, 0), ("子项乙", 1, None, 0), ("第二步", 0, 2, 0),
        ("子步骤一", 1, 1, 0), ("外层", 0, None, 0),
        ("引用中的列表", 0, None, 1), ("引用中的嵌套", 1, None, 1),
    ]  # fmt: skip


def test_a_quote_and_fenced_code_inside_a_list_item_stay_blocks_of_their_own() -> None:
    document = md(_GITHUB_NESTING)
    kinds = {document.block_text(b): (b.kind, b.quote) for b in document.blocks}
    assert kinds["列表中的引用"] == (BlockKind.QUOTE, 1)
    assert kinds["列表中的代码"] == (BlockKind.CODE, 0)
    assert not any("-" in text or ">" in text for text in kinds)


def test_a_nested_quote_knows_its_depth() -> None:
    quotes = [(b.kind, b.quote) for b in md("# 引\n\n> 外层\n>\n> > 内层\n").blocks[1:]]
    assert quotes == [(BlockKind.QUOTE, 1), (BlockKind.QUOTE, 2)]


def test_a_horizontal_rule_marks_the_block_after_it() -> None:
    document = md("# 线\n\n上面\n\n---\n\n下面\n\n***\n")
    assert [(document.block_text(b), b.rule_before) for b in document.blocks[1:]] == [
        ("上面", False), ("下面", True)]  # fmt: skip


def test_a_table_cell_carries_its_column_alignment() -> None:
    document = md("# 表\n\n| 左 | 中 | 右 |\n|---|:---:|---:|\n| a | b | c |\n")
    row = [b for b in document.blocks if b.kind is BlockKind.TABLE_ROW][1]
    assert row.html is not None
    assert row.html.split(TABLE_CELL_RULE) == ["a", '<p align="center">b', '<p align="right">c']
