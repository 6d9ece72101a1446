"""The converter that skips inline work on plain text renders exactly what Python-Markdown does."""

from __future__ import annotations

import markdown
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown.extensions.toc import slugify_unicode

from reader.document.markdown import markdown_authors
from reader.document.markdown.markdown_converter import document_converter, skip_plain_inline
from reader.document.markdown.markdown_lists import register

# Pieces that start, end or look like inline patterns, among plain text of both scripts.
_PIECES = st.sampled_from([
    "文字", "text", " ", "  \n", "\n", "\n\n", "*", "**", "_", "__", "`", "``", "\\", "\\*",
    "[", "]", "(", ")", "!", "[a](https://e.org)", "![i](x.png)", "<b>", "</b>", "<https://e.org>",
    "<a@b.cn>", "&amp;", "&copy;", "&#20013;", "[^1]", "[^1]: 注", "- ", "1. ", "# ", "> ",
    "| a | b |\n|---|---|\n| 1 | 2 |\n", "```\ncode\n```\n", "*[HTML]: Hyper", "{: #id }",
    "术语\n:   定义\n",
])


def _stock() -> markdown.Markdown:
    """Python-Markdown's own inline processor, with the preprocessors Reader adds."""
    converter = markdown.Markdown(
        extensions=["extra", "toc", "sane_lists"],
        extension_configs={"toc": {"slugify": slugify_unicode, "marker": ""},
                           "extra": {"footnotes": {"SUPERSCRIPT_TEXT": "[{}]"}}},
    )
    register(converter)
    markdown_authors.register(converter)
    return converter


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_same_html_as_the_stock_converter(source: str) -> None:
    assert document_converter().convert(source) == _stock().convert(source)


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_same_html_for_notes(source: str) -> None:
    stock = markdown.Markdown(extensions=["sane_lists"], output_format="html")
    register(stock)
    skipping = skip_plain_inline(markdown.Markdown(extensions=["sane_lists"],
                                                   output_format="html"))
    register(skipping)
    assert skipping.convert(source) == stock.convert(source)


def test_plain_text_is_not_searched() -> None:
    """The point of the skip: a paragraph without markup meets no inline pattern."""
    converter = document_converter()
    calls = 0
    for pattern in converter.inlinePatterns:
        original = pattern.getCompiledRegExp

        def counted(original=original):  # type: ignore[no-untyped-def]
            nonlocal calls
            calls += 1
            return original()

        pattern.getCompiledRegExp = counted
    converter.convert("第一段纯文字，没有任何标记。\n\n第二段也是。\n")
    assert calls == 0
    converter.convert("有**粗体**的一段。\n")
    assert calls > 0
