"""Python-Markdown as Reader runs it: the extensions it reads, and no inline work on text that
no inline pattern could match.

Python-Markdown tries each of its ~15 inline patterns, one regex search each, on every text
node: every paragraph, list item and table cell. Most nodes of an article (and all cells of
most tables) hold none of the characters a pattern starts at; for those the answer is known
without the searches. The output is the same, byte for byte (a property test checks it).
"""

from __future__ import annotations

import markdown
from markdown.extensions import Extension
from markdown.extensions.sane_lists import SaneListExtension
from markdown.treeprocessors import InlineProcessor

from reader.document import rx

# Where an inline pattern of Python-Markdown or of the extensions below can begin: a code span,
# an escape, a link, image or footnote reference, an autolink or raw HTML, an entity, emphasis,
# a hard line break (two spaces before a newline) and ~~strikethrough~~.
_INLINE_START = rx.compile(r"[`\\\[!<&*_]|  \n|~~")
# GitHub's ~~deleted~~: no space just inside the marks, no third ~ (~~~ begins a fence).
STRIKETHROUGH = r"(?<!~)(~~)(?!~)(?=\S)(.+?)(?<=\S)(?<!~)~~(?!~)"
_STRIKETHROUGH_PRIORITY = 65  # above emphasis (60): ~~**bold**~~ is deleted bold


class _SkippingInlineProcessor(InlineProcessor):  # type: ignore[misc]  # untyped library
    """The stock inline processor, passing over text that holds no pattern's first character."""

    # Overrides the private method the stock run() calls (name-mangled), with the stock signature.
    def _InlineProcessor__handleInline(self, data: str, patternIndex: int = 0) -> str:  # noqa: N803
        if _INLINE_START.search(data) is None:
            return data
        handled: str = InlineProcessor._InlineProcessor__handleInline(self, data, patternIndex)
        return handled


def strikethrough(converter: markdown.Markdown) -> markdown.Markdown:
    """The converter reading ~~text~~ as <del>text</del>, as GitHub does."""
    from markdown.inlinepatterns import SimpleTagInlineProcessor

    converter.inlinePatterns.register(
        SimpleTagInlineProcessor(STRIKETHROUGH, "del"), "strikethrough", _STRIKETHROUGH_PRIORITY)
    return converter


def skip_plain_inline(converter: markdown.Markdown) -> markdown.Markdown:
    """The converter with its inline processor replaced by the skipping one (same priority)."""
    priority = next(p.priority for p in converter.treeprocessors._priority if p.name == "inline")
    converter.treeprocessors.register(_SkippingInlineProcessor(converter), "inline", priority)
    return converter


def _extra() -> list[Extension]:
    """The extensions of Python-Markdown's "extra", in its order."""
    from markdown.extensions.abbr import AbbrExtension
    from markdown.extensions.attr_list import AttrListExtension
    from markdown.extensions.def_list import DefListExtension
    from markdown.extensions.fenced_code import FencedCodeExtension
    from markdown.extensions.footnotes import FootnoteExtension
    from markdown.extensions.md_in_html import MarkdownInHtmlExtension
    from markdown.extensions.tables import TableExtension

    # A footnote's mark as [1]: a bare 1 after 24.1% read as 24.11 in the text, copies and exports.
    return [FencedCodeExtension(), FootnoteExtension(SUPERSCRIPT_TEXT="[{}]"), AttrListExtension(), DefListExtension(),
            TableExtension(use_align_attribute=True), AbbrExtension(), MarkdownInHtmlExtension()]  # fmt: skip


def document_converter() -> markdown.Markdown:
    """The converter for Markdown files: tables, footnotes, definition lists, heading anchors."""
    from markdown.extensions.toc import TocExtension, slugify_unicode

    from reader.document.markdown import markdown_authors
    from reader.document.markdown.markdown_lists import register

    converter = markdown.Markdown(
        # "extra" (its extensions one by one), "toc" and "sane_lists" as instances: a name
        # makes Python-Markdown read every installed package's entry points first (≈30 ms). No
        # [TOC] marker: the Contents panel is the table of contents (and a search of every
        # element for it is a tenth of the conversion).
        extensions=[
            *_extra(),
            TocExtension(slugify=slugify_unicode, marker=""),
            SaneListExtension(),
        ],
    )
    register(converter)  # two-space nested lists nest, as on GitHub
    markdown_authors.register(converter)  # [TOC], <details>, the footnotes' label
    return skip_plain_inline(strikethrough(converter))
