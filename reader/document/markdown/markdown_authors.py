"""Markdown as Chinese authors write it, beyond what Python-Markdown reads by itself: a [TOC]
marker dropped (the window has Contents), Markdown inside <details> read as Markdown (its
<summary> a bold line), and the footnotes under a rule with a label, 注释 (Notes in an
article without Chinese)."""

from __future__ import annotations

import re

import markdown
from markdown.postprocessors import Postprocessor
from markdown.preprocessors import Preprocessor

from reader.document import rx

# [TOC], [toc], CSDN's @[TOC](目录), GitLab's [[_TOC_]]: a line of its own.
_TOC_MARKER = rx.compile(r"(?:@?\[TOC\](?:\([^)\n]{0,80}\))?|\[\[_?TOC_?\]\])\s*", flags=re.IGNORECASE)
_DETAILS = rx.compile(r"<details(?![^>\n]*\bmarkdown=)([^>\n]*)>", flags=re.IGNORECASE)
_SUMMARY = rx.compile(r"<summary[^>\n]*>(.*?)</summary>", flags=re.IGNORECASE | re.DOTALL)
_FOOTNOTES = '<div class="footnote">\n<hr />'
_HAN = rx.compile(r"[\u4e00-\u9fff]")
FOOTNOTES_LABEL = "注释"
FOOTNOTES_LABEL_LATIN = "Notes"
_BEFORE_RAW_HTML = 22  # after fenced code is set aside (25), before raw HTML is (20)
_LAST = 5  # after the footnotes' and raw HTML's postprocessors


class _Markers(Preprocessor):  # type: ignore[misc]  # untyped library
    """Drop [TOC] lines; mark <details> for md_in_html, so its Markdown is read."""

    def run(self, lines: list[str]) -> list[str]:
        return [_DETAILS.sub(r'<details\1 markdown="1">', line) if "<details" in line.lower()
                else line for line in lines if not _TOC_MARKER.fullmatch(line)]  # fmt: skip


class _Labels(Postprocessor):  # type: ignore[misc]
    """A <summary> as a bold line; a label under the footnotes' rule."""

    def run(self, text: str) -> str:
        if "<summary" in text.lower():
            text = _SUMMARY.sub(r"<p><strong>\1</strong></p>", text)
        at = text.find(_FOOTNOTES)
        if at != -1:
            label = FOOTNOTES_LABEL if _HAN.search(text, 0, at) else FOOTNOTES_LABEL_LATIN
            end = at + len(_FOOTNOTES)
            text = f"{text[:end]}\n<p><strong>{label}</strong></p>{text[end:]}"
        return text


def register(converter: markdown.Markdown) -> markdown.Markdown:
    converter.preprocessors.register(_Markers(converter), "reader_markers", _BEFORE_RAW_HTML)
    converter.postprocessors.register(_Labels(converter), "reader_labels", _LAST)
    return converter
