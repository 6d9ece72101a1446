"""Labels of a fresh-set page, by the development set's rules, from the article's own markup.

The page's HTML is rendered by bench/devset/render.py; the article's headings are marked as
bench/devset/extra/build_h.py marks them (<h2>-<h6>, and bold-only short paragraphs that are not
captions, levels by tag, else by numbering 一、 > （一） > 1.), credits at the article's start or
end are the byline and not body (build_h.py's patterns), a disclaimer is a line that
bench/devset/build.py's DISCLAIMER_RE matches within 15 lines after the body, and the dateline is
the shell's date/source line. The body's bounds are those of the article's own lines: the block
of the page's lines that <div id="article"> renders to.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DEVSET = HERE.parent / "devset"
sys.path[:0] = [str(DEVSET / "extra"), str(DEVSET)]
import build_h  # noqa: E402
import render  # noqa: E402


def _devset_build() -> Any:
    spec = importlib.util.spec_from_file_location("devset_build", DEVSET / "build.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["devset_build"] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


DISCLAIMER_RE = _devset_build().DISCLAIMER_RE


def article_span(html: str, lines: list[str], after: int) -> range:
    """The page lines that the article element renders to (searched from line `after` on)."""
    root = render.parse(html)
    art = root.get_element_by_id("article")
    own = [ln for ln in render.render_tree(art).splitlines() if ln.strip()]
    for start in range(after, len(lines) - len(own) + 1):
        if lines[start : start + len(own)] == own:
            return range(start, start + len(own))
    raise ValueError("the article's lines are not a block of the page")


def _credits(lines: list[str], body: list[int], marks: dict[int, int]) -> tuple[list[int], str | None]:
    """The body without the credit lines under it, and the byline (build_h.label's rules)."""
    byline = None
    for i in body[:5]:
        if build_h._AUTHOR.match(lines[i].strip()) and len(lines[i]) < 60:
            byline = lines[i].strip()
            break
    tail = body[-1]
    credits: list[str] = []
    while tail in body and build_h._CREDIT.match(lines[tail].strip()) and len(lines[tail]) < 40:
        credits.insert(0, lines[tail].strip())
        marks.pop(tail, None)
        tail -= 1
    authors = [c for c in credits if build_h._AUTHOR.match(c)]
    byline = byline or (authors or credits or [None])[0]
    return [i for i in body if i <= tail], byline


def _headings(lines: list[str], body: list[int], marks: dict[int, int]) -> list[dict[str, Any]]:
    hmax = max([v for i, v in marks.items() if v < 10] or [0])
    heads = []
    for i in body:
        if i in marks:
            lv = marks[i] - 10 + hmax if marks[i] >= 10 else marks[i]
            heads.append({"text": lines[i].strip(), "level": lv, "sub": None})
    if heads:
        low = min(h["level"] for h in heads)
        for h in heads:
            h["level"] -= low - 1
    return heads


def _given(lines: list[str], span: list[int], heads: list[tuple[str, int]]) -> dict[int, int]:
    """The lines of headings the source names itself (text, level), found in order."""
    marks: dict[int, int] = {}
    at = 0
    for text, level in heads:
        i = next(j for j in span[at:] if lines[j].strip() == text.strip())
        marks[i] = level
        at = span.index(i) + 1
    return marks


def _lead_in(lines: list[str], body: list[int]) -> list[int]:
    """The body without the credit and caption lines above its first paragraph (图/视觉中国)."""
    k = 0
    while k < len(body) - 1 and len(lines[body[k]].strip()) < 40 and (
            build_h._CREDIT.match(lines[body[k]].strip()) or _CAPTION.search(lines[body[k]].strip())):
        k += 1
    return body[k:]


_CAPTION = re.compile(r"^[·•▲△↑]|^图[：:片为/]|^（图|^\(图|图片来源|摄$|供图$")


def label_page(html: str, title: str, info: str, published: str, publisher: str, *,
               heads: list[tuple[str, int]] | None = None) -> tuple[list[str], dict]:
    """(the page's rendered lines, its label without file/site/source); `heads` when the source
    names its headings itself (else they are read from the markup as build_h does)."""
    lines, marks = build_h.marked_render(html)
    ti = next(i for i, ln in enumerate(lines) if build_h.nz(ln) == build_h.nz(title))
    span = list(article_span(html, lines, ti + 1))
    marks = build_h._real_heads(lines, span, marks) if heads is None else _given(lines, span, heads)
    body, byline = _credits(lines, span, marks)
    content = _lead_in(lines, [i for i in body if i not in marks and lines[i].strip() != byline])
    after = range(span[-1] + 1, min(len(lines), span[-1] + 16))
    disclaimer = next((lines[i].strip() for i in after
                       if DISCLAIMER_RE.match(lines[i].strip()) and len(lines[i].strip()) >= 12), None)  # fmt: skip
    label = {
        "title": title, "subtitle": None, "headings": _headings(lines, body, marks), "byline": byline,
        "disclaimer": disclaimer,
        "body_first": lines[content[0]].strip()[:15], "body_last": lines[content[-1]].strip()[:15],
        "dateline": {"text": info, "published": published, "publisher": publisher, "authors": []},
    }  # fmt: skip
    return lines, label
