"""Derive structure labels from a Markdown file's own markup.

title = first ATX/setext H1 (else front-matter ``title:``); headings = the other
headings in order (H2 -> level 1, H3 -> level 2, ...), fenced code skipped;
body_first / body_last = first ~15 characters of the first / last text block
after the title, with Markdown markup removed.  Everything here is a first
draft: build_extra.py applies hand-checked overrides on top.
"""
from __future__ import annotations

import re
from typing import Any

FENCE = re.compile(r"^\s{0,3}(```+|~~~+)")
ATX = re.compile(r"^\s{0,3}(#{1,6})[ \t]+(.*?)[ \t]*$")
ATX_EMPTY = re.compile(r"^\s{0,3}(#{1,6})[ \t]*$")


def strip_inline(s: str) -> str:
    s = re.sub(r"<!--.*?-->", "", s)
    s = re.sub(r"!\[([^\]]*)\]\([^)]*\)", "", s)            # images
    s = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", s)          # links
    s = re.sub(r"\[\^[^\]]*\]", "", s)                       # footnote refs
    s = re.sub(r"\[([^\]]*)\]\[[^\]]*\]", r"\1", s)         # ref links
    s = re.sub(r"<(https?://[^>]+)>", r"\1", s)             # autolinks
    s = re.sub(r"</?(?:a|img|small|big|br|hr|span|sup|sub|font|b|i|u|s|strong|em|code|kbd|p|div|center|details|summary|mark|del|ins)\b[^>]*>", "", s, flags=re.I)
    s = re.sub(r"\{\{[<%].*?[%>]\}\}", "", s)               # hugo shortcodes
    s = re.sub(r"\{#[^}]*\}\s*$", "", s)                     # {#anchor}
    s = re.sub(r"(\*\*|__)(.+?)\1", r"\2", s)
    s = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?!\w)", r"\1", s)
    s = re.sub(r"(?<![\w_])_(?!\s)(.+?)(?<!\s)_(?![\w])", r"\1", s)
    s = re.sub(r"~~(.+?)~~", r"\1", s)
    s = re.sub(r"`+([^`]*)`+", r"\1", s)
    s = s.replace("\\", "")
    s = s.replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
    return s.strip()


def block_text(line: str) -> str:
    s = line.strip()
    s = re.sub(r"^(>\s?)+", "", s)
    s = re.sub(r"^([-*+]|\d+[.)])\s+(\[[ xX]\]\s+)?", "", s)
    return strip_inline(s).strip()


def _front_matter(lines: list[str]) -> tuple[str | None, int]:
    """(title from a YAML front matter, index of the first line after it)."""
    fm_title = None
    if lines and lines[0].strip() == "---":
        for j in range(1, len(lines)):
            if lines[j].strip() in ("---", "..."):
                for ln in lines[1:j]:
                    m = re.match(r"^title:\s*(.*)$", ln)
                    if m:
                        fm_title = m.group(1).strip().strip("'\"")
                return fm_title, j + 1
    return fm_title, 0


class _Scanner:
    """Walks the Markdown lines, collecting headings and text blocks."""

    def __init__(self) -> None:
        self.heads: list[tuple[int, str, int]] = []   # (depth, text, line index)
        self.texts: list[list[Any]] = []              # [line index, rendered text, kind]
        self.fence: str | None = None
        self.in_html_comment = False
        self.prev_para = False
        self.open_kind: str | None = None  # kind of the block a next line may continue: para / quote / list

    def _break(self) -> None:
        self.prev_para = False
        self.open_kind = None

    def line(self, k: int, ln: str) -> None:
        m = FENCE.match(ln)
        if self.fence is None and m:
            self.fence = m.group(1)
            self._break()
            return
        if self.fence is not None or self.in_html_comment:
            self._inside(k, ln)
            return
        if ln.strip().startswith("<!--") and "-->" not in ln:
            self.in_html_comment = True
            return
        if self._heading(k, ln) or self._blank(ln):
            return
        self._text(k, ln)

    def _inside(self, k: int, ln: str) -> None:
        if self.fence is not None:
            m = FENCE.match(ln)
            if m and m.group(1)[0] == self.fence[0] and len(m.group(1)) >= len(self.fence):
                self.fence = None
            elif ln.strip():
                self.texts.append([k, ln.strip(), "code"])
        elif "-->" in ln:
            self.in_html_comment = False

    def _heading(self, k: int, ln: str) -> bool:
        m = ATX.match(ln)
        if m and not ATX_EMPTY.match(ln):
            t = re.sub(r"[ \t]+#+[ \t]*$", "", m.group(2))
            self.heads.append((len(m.group(1)), strip_inline(t), k))
            self._break()
            return True
        if self.prev_para and re.match(r"^\s{0,3}(=+|-+)\s*$", ln) and self.texts and self.texts[-1][0] == k - 1:
            k0, t, _ = self.texts.pop()
            self.heads.append((1 if ln.strip()[0] == "=" else 2, strip_inline(t), k0))
            self._break()
            return True
        return False

    def _blank(self, ln: str) -> bool:
        """Blank line, empty quote line or thematic break: ends the open block."""
        if not ln.strip() or re.match(r"^\s*>\s*$", ln) or re.match(r"^\s{0,3}([-*_]\s*){3,}$", ln):
            self._break()
            return True
        return False

    def _text(self, k: int, ln: str) -> None:
        if re.match(r"^\s{0,3}\[\^[^\]]+\]:", ln):                 # footnote definition: keep its text
            ln = re.sub(r"^\s{0,3}\[\^[^\]]+\]:\s*", "", ln)
            self.open_kind = None
        elif re.match(r"^\s{0,3}\[[^\]]+\]:\s*\S", ln):         # link reference definition
            return
        if re.match(r"^\s*\|?\s*:?-{3,}", ln) and "|" in ln:    # table delimiter row
            return
        is_list = bool(re.match(r"^\s*(>\s*)*([-*+]|\d+[.)])\s+", ln))
        is_quote = ln.lstrip().startswith(">")
        is_table = ln.strip().startswith("|")
        t = block_text(ln)
        if is_table:
            t = strip_inline(" ".join(c.strip() for c in ln.strip().strip("|").split("|")))
            self.open_kind = None
        ok = self.open_kind
        cont = (not is_list and not is_table and (
            (ok == "para" and not is_quote) or ok == "quote" or (ok == "list" and not is_quote)))
        if cont:
            if self.texts and not self.texts[-1][1] and t:
                self.texts[-1][1] = t
        else:
            self.texts.append([k, t, "text"])
        if not is_table:
            self.open_kind = "list" if is_list else ("quote" if is_quote and ok != "list" else
                                                      (ok if cont else "para"))
        self.prev_para = bool(t) and not ln.startswith(("    ", "\t")) and not cont


def parse(md: str) -> dict[str, Any]:
    lines = md.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    fm_title, i = _front_matter(lines)
    sc = _Scanner()
    for k in range(i, len(lines)):
        sc.line(k, lines[k])
    heads = sc.heads
    texts = [x for x in sc.texts if x[1]]
    title, tline = None, -1
    h1 = [h for h in heads if h[0] == 1]
    if h1:
        title, tline = h1[0][1], h1[0][2]
        rest = [h for h in heads if h is not h1[0]]
    else:
        title = fm_title
        rest = heads
    headings = [{"text": t, "level": max(1, d - 1), "sub": None} for d, t, _ in rest]
    body = [t for t in texts if t[0] > tline]
    return {
        "title": title,
        "fm_title": fm_title,
        "headings": headings,
        "extra_h1": [t for d, t, _ in rest if d == 1],
        "body_first": body[0][1][:15] if body else None,
        "body_first_kind": body[0][2] if body else None,
        "body_last": body[-1][1][:15] if body else None,
        "body_last_kind": body[-1][2] if body else None,
        "text_before_title": [t[1] for t in texts if t[0] < tline],
    }
