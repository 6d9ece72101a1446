"""Markdown → Document, through Python-Markdown; raw HTML in the source is never trusted."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from pathlib import Path

from reader.document import rx
from reader.document.builder import Metadata, Part, build_document
from reader.document.bylines.credit_fields import credit_alone, without_reading_time
from reader.document.bylines.credits import is_person_credit, standalone_credit
from reader.document.bylines.dateline import is_dateline_line
from reader.document.bylines.dateline_fields import parse_dateline
from reader.document.markdown.html_blocks import HtmlBlock, html_blocks
from reader.document.markdown.markdown_converter import document_converter
from reader.document.markdown.markdown_furniture import (
    end_furniture,
    lead_furniture,
    repeated_title,
    split_lead_images,
)
from reader.document.markdown.markdown_guard import pathology
from reader.document.markdown.markdown_title import unmarked_title
from reader.document.model import BlockKind, Disclaimer, Document, DocumentError
from reader.document.normalize import normalize_newlines

# YAML front matter (---), or TOML (+++, as Hugo writes it: title = "…").
# A fence may have trailing spaces (editors leave them; the front matter was shown as text).
_FRONT_MATTER = rx.compile(
    r"\A(?:---[ \t]*\n(.*?)\n(?:---|\.\.\.)|\+\+\+[ \t]*\n(.*?)\n\+\+\+)[ \t]*(?:\n|\Z)", re.DOTALL
)
# The value up to the line's last non-space, a space run and its non-space at a time, possessive
# (one character when the line has none): (.+?)\s*$ read a run of spaces once per character.
_FRONT_FIELD = rx.compile(
    r"^(title|author|subtitle|date|publishdate|published|pubdate)[ \t]*[:=][ \t]*((?:[^\S\n]*+\S)++|.)\s*$",
    re.MULTILINE | re.IGNORECASE,
)
_DATE_FIELDS = ("date", "publishdate", "published", "pubdate")  # Jekyll's and Hexo's, then Hugo's…
# (?<!\s): a match starts where its run of spaces does, so a long run is read once, not once per space.
_QUOTED = rx.compile(r"""^(["'])(.*?)\1|(?<!\s)\s+#.*$""")  # "…" or '…', else the value before a # comment
_FIRST_H1 = rx.compile(r"^#\s+\S|^[^\n]+\n=+\s*$", re.MULTILINE)
_FURNITURE_BEFORE_TITLE = 2000  # badges and language switchers above the H1 are page furniture
_DISCLAIMER_HEADING = rx.compile(
    r"^[^\w\s]*\s*(?:免责声明|免責聲明|免责条款|免責條款|版权与免责声明|版权声明|版權聲明|特别声明|法律声明|声明|聲明|"
    r"disclaimer|legal notice)$",
    re.IGNORECASE,
)  # ⚠️ 免责声明: an emoji or a mark before the words


def import_markdown(raw: str, path: str, encoding: str) -> Document:
    """The Markdown file as a Document; as plain text (saying why) if its Markdown would take
    Python-Markdown super-linear time. DocumentError if nothing readable is left of it."""
    source = normalize_newlines(raw)
    fields, source = _front_matter(source)
    source = _drop_furniture_before_title(source)
    too_slow = pathology(source)  # a linear pre-scan: Python-Markdown is not, on some shapes
    if too_slow is not None:
        return _as_plain_text(raw, path, encoding, too_slow)
    try:
        rendered = document_converter().convert(source)
    except RecursionError:  # Python-Markdown recurses once a level of nesting
        return _as_plain_text(raw, path, encoding, "lists or quotes nested too deeply")
    blocks = html_blocks(rendered)
    split_lead_images(blocks)
    title = fields.get("title")
    first = next((b for b in blocks if not b.image_only), None) if title else None
    if first is not None and first.tag == "h1" and headline_words(first.text) == title:
        blocks.remove(first)  # the front matter's title printed again as the first heading
    if title is None:
        first_h1 = next((b for b in blocks if b.tag == "h1"), None)
        if first_h1 is None:
            first_h1 = unmarked_title(blocks)
        if first_h1 is not None and headline_words(first_h1.text):
            title = headline_words(first_h1.text)
            blocks.remove(first_h1)
    left_out = repeated_title(blocks, title, headline_words) + lead_furniture(blocks)
    closing = end_furniture(blocks)
    left_out += closing.left_out
    credit, dated = _credit_under_title(blocks, byline=not fields.get("author"), dateline=not _front_date(fields))
    byline = fields.get("author") or credit or closing.byline
    dateline = _front_date(fields) or dated or (_date_under_title(blocks) if title else None)
    byline = byline or _credit_under_title(blocks)[0]  # 2023年5月2日 over 作者：王小五
    meta = Metadata(
        path=path,
        kind="markdown",
        encoding=encoding,
        title=title,
        subtitle=fields.get("subtitle"),
        byline=byline,
        dateline=dateline,
        disclaimer=_disclaimer(blocks) or (Disclaimer(closing.rights, ()) if closing.rights else None),
        left_out=left_out or None,
    )
    document = build_document(meta, _parts(blocks))
    if not document.text.strip() or all(b.image_only for b in blocks):
        # only a script, a comment, images…: a blank page (an image is never loaded)
        raise DocumentError(f"nothing readable in {Path(path).name or 'the file'}")
    return document


_CREDIT_MAX = 40  # characters: 作者：陈某某, 文/王小五 (本报记者); a longer paragraph is text


def _credit_under_title(
    blocks: list[HtmlBlock], *, byline: bool = True, dateline: bool = True
) -> tuple[str | None, str | None]:
    """作者：陈某某 as the paragraph right under the title: the byline (taken out of the text, shown
    with the title as a scraped page's is); and its date line when the credit's fields date the
    post (作者：陈某某｜2025年4月2日｜阅读约12分钟: the date, the reading time left out). byline,
    dateline: whether one is wanted; a paragraph that becomes neither stays text."""
    first = next((b for b in blocks if not b.image_only), None)
    if first is None or first.tag != "p" or len(first.text) > _CREDIT_MAX:
        return None, None
    credit = standalone_credit(first.text.strip())
    if credit is None or not is_person_credit(credit_alone(credit)):
        return None, None
    dated = without_reading_time(first.text.strip()) if credit_alone(credit) != credit else None
    dated = dated if dateline and dated and parse_dateline(dated).published else None
    if not (byline or dated):
        return None, None  # the front matter's author and date: 作者：李四 is the text's own
    blocks.remove(first)
    return credit_alone(credit) if byline else None, dated


_DATE_LINE_MAX = 60  # characters: 2023年5月2日 · 沈舟 · 6 分钟; a longer paragraph is text


def _date_under_title(blocks: list[HtmlBlock]) -> str | None:
    """2023年5月2日 · 沈舟 or *2023-05-02* as the paragraph right under the title: the dateline
    (taken out of the text, as a scraped page's date line is)."""
    first = next((b for b in blocks if not b.image_only), None)
    if first is None or first.tag != "p" or len(first.text.strip()) > _DATE_LINE_MAX:
        return None
    text = first.text.strip()
    if not is_dateline_line(text) or not parse_dateline(text).published:
        return None
    blocks.remove(first)
    return text


def _as_plain_text(raw: str, path: str, encoding: str, reason: str) -> Document:
    from reader.document.markdown.markdown_fallback import plain_markdown

    name = Path(path).name or "This file"
    return replace(
        plain_markdown(raw, path, encoding),
        notice=f"{name} is shown as plain text: its Markdown would take too long to lay out "
        f"({reason}).",
    )


# A run of spaces in a field's value is one space, as in a text's lines: the byline patterns
# the date is read with (发表于 then spaces then a year) would split a long run many ways.
_SPACE_RUN = rx.compile(r"\s\s+")


def _front_matter(source: str) -> tuple[dict[str, str], str]:
    match = _FRONT_MATTER.match(source)
    if not match:
        return {}, source
    fields: dict[str, str] = {}
    for key, raw in _FRONT_FIELD.findall(match.group(1) or match.group(2)):
        value = _QUOTED.sub(lambda m: m.group(2) or "", raw).strip(" \"'")
        fields.setdefault(key.lower(), _SPACE_RUN.sub(" ", value))
    return {key: value for key, value in fields.items() if value}, source[match.end() :]


def _front_date(fields: dict[str, str]) -> str | None:
    """The front matter's date (date: 2024/07/08) as the dateline, when it reads as a date."""
    date = next((fields[key] for key in _DATE_FIELDS if key in fields), None)
    return date if date and parse_dateline(date).published else None


# [Image: build passing], ［图片：标志］: a badge or logo set in the heading, not its words.
# (?!(?<=\s)\s): a match never starts inside a run of spaces, so a long run is read once, not once per space.
_IMAGE_PLACEHOLDER = rx.compile(r"(?!(?<=\s)\s)\s*(?:\[Image(?::[^\]]*)?\]|［图片(?:：[^］]*)?］)\s*")


def headline_words(heading: str) -> str:
    """A heading's words without the images (badges, logos) set in it."""
    return _IMAGE_PLACEHOLDER.sub(" ", heading).strip()


def _drop_furniture_before_title(source: str) -> str:
    match = _FIRST_H1.search(source)
    if match and 0 < match.start() <= _FURNITURE_BEFORE_TITLE:
        return source[match.start() :]
    return source


def _parts(blocks: list[HtmlBlock]) -> list[Part]:
    heading_levels = sorted({int(b.tag[1]) for b in blocks if b.kind is BlockKind.HEADING})
    rank = {h: i + 1 for i, h in enumerate(heading_levels)}  # h2-only documents start at level 1
    parts: list[Part] = []
    for b in blocks:
        if b.kind is BlockKind.HEADING:
            parts.append(Part(BlockKind.HEADING, b.text, level=rank[int(b.tag[1])],
                              anchor=b.anchor, html=b.html))
        else:
            parts.append(Part(b.kind, b.text, level=b.depth, html=b.html, number=b.number,
                              quote=b.quote, rule_before=b.rule_before))
    return parts


def _disclaimer(blocks: list[HtmlBlock]) -> Disclaimer | None:
    """A section titled 免责声明 / Disclaimer: it stays in its place, a section of the text and of
    Contents, as the author wrote it (and as the labels count it: a heading and the disclaimer);
    the window draws no box repeating it (ui/article/disclaimer_box.boxed)."""
    for i, b in enumerate(blocks):
        if b.kind is BlockKind.HEADING and _DISCLAIMER_HEADING.match(b.text.strip()):
            section = itertools.takewhile(lambda x: x.kind is not BlockKind.HEADING, blocks[i + 1 :])
            return Disclaimer(b.text, tuple(later.text for later in section))
    return None
