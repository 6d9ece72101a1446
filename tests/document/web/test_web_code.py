"""A saved page's <pre> of code: one code block of its text as it stands (its punctuation,
spaces, blank lines, tabs as a browser shows them), whatever role the text importer would give
its lines, told from text set as typed by the Chinese outside its comments and strings."""

from __future__ import annotations

from reader.document import Document, load_bytes
from reader.document.model import BlockKind
from reader.document.web.web_inline import is_code, raw_text

PARA = "周末整理了一下常用的脚本，顺手记在这里，方便以后查找，也许对别人也有一点用处。"


def _open(code: str, after: str = f"<p>{PARA}</p>", before: str = f"<p>{PARA}</p><p>{PARA}</p><p>代码如下：</p>") -> Document:
    html = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>脚本笔记 | 小林的笔记本</title>"
            "</head><body><nav><a href='/'>首页</a><a href='/tags'>标签</a></nav>"
            f"<main><article><h1>脚本笔记</h1>{before}{code}{after}</article></main>"
            "<footer><a href='/prev'>上一篇</a><a href='/next'>下一篇</a></footer></body></html>")  # fmt: skip
    return load_bytes(html.encode(), "/saved/post.html", "html")


def _codes(doc: Document) -> list[str]:
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind is BlockKind.CODE]


def test_code_keeps_its_punctuation_as_typed() -> None:
    code = 'def done():\n    print("完成!")\n    raise ValueError("错误,请重试")'
    assert _codes(_open(f"<pre><code>{code}</code></pre>")) == [code]


def test_code_keeps_its_runs_of_spaces_and_blank_lines() -> None:
    code = "x     = 1\ny     = 2\n\n\ndef f():\n    return x\n\n\ndef g():\n    return y"
    assert _codes(_open(f"<pre>{code}</pre>")) == [code]


def test_tabs_are_laid_out_as_a_browser_shows_them() -> None:
    assert _codes(_open("<pre>if x:\n\treturn 1</pre>")) == ["if x:\n        return 1"]


def test_no_line_of_code_is_taken_out_for_a_role() -> None:
    code = "SELECT name, COUNT(*)\nFROM users\nWHERE age > 18\nGROUP BY name;"
    doc = _open(f"<pre>{code}</pre>")
    assert _codes(doc) == [code]
    assert not any(line in x.text for x in doc.left_out for line in code.splitlines())


def test_code_that_begins_the_post_is_no_breadcrumb_nor_chrome() -> None:
    code = "SELECT name\nFROM users\nWHERE age > 18\nGROUP BY name"
    doc = _open(f"<pre>{code}</pre>", f"<p>{PARA}</p><p>{PARA}</p>", before="")
    assert _codes(doc) == [code]
    assert doc.breadcrumb == ()


def test_code_that_ends_the_post_is_kept() -> None:
    for code in ("1. git add .\n2. git commit -m 'first'\n3. git push origin main",
                 "First build the image, then run it.\nThe server listens on port 8080."):
        assert _codes(_open(f"<pre>{code}</pre>", after="")) == [code]


def test_long_code_that_ends_the_post_is_kept_whole() -> None:
    code = "\n".join(f"step_{i} = run({i})" for i in range(30))
    assert _codes(_open(f"<pre>{code}</pre>", after="")) == [code]


def test_code_with_chinese_comments_and_strings_is_code() -> None:
    code = ('# 读取配置文件，失败时给出提示\nconfig = load("配置文件.yaml")\n'
            'if not config:\n    print("读取失败，请检查路径")  # 提示用户')  # fmt: skip
    assert _codes(_open(f"<pre>{code}</pre>")) == [code]


def test_a_pre_with_line_breaks_as_br_is_one_block() -> None:
    assert _codes(_open("<pre>a = 1<br>b = 2<br>print(a + b)</pre>")) == ["a = 1\nb = 2\nprint(a + b)"]


def test_every_line_of_a_pre_is_in_the_text() -> None:
    code = "1. git add .\n2. git commit -m 'first'\n3. git push origin main"
    doc = _open(f"<pre>{code}</pre>", f"<p>{PARA}</p><p>第二天再试一次，一切顺利，脚本运行正常。</p>")
    assert code in doc.text and "第二天再试一次，一切顺利，脚本运行正常。" in doc.text


def test_chinese_prose_set_as_typed_is_no_code() -> None:
    assert not is_code(f"{PARA}\n{PARA}")
    assert not is_code(f'他说："{PARA}"\n{PARA}')  # a quotation outside a string's ASCII quotes
    assert is_code('msg = "' + PARA + '"')


def test_a_pres_text_is_trimmed_at_its_ends_only() -> None:
    assert raw_text(["\n  a = 1  \n", "\n\n  b = 2\n\n"]) == "  a = 1\n\n\n\n  b = 2"
