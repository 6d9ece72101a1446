"""(Copy of ../render.py, kept here so this part builds on its own.)
HTML -> the plain text a browser's "select all, copy" gives.

Chrome (nav/header/footer/aside) stays in; script/style/noscript/template/head
and elements hidden with display:none / the hidden attribute are dropped.
Block elements end a line, inline elements join, table cells are separated by
a tab, whitespace is collapsed within a line and empty lines are dropped.
Deterministic: same bytes in, same text out.  Needs lxml (a build tool only).
"""
from __future__ import annotations

import re
import sys
from typing import Any

import lxml.html

DROP = {"script", "style", "noscript", "template", "head", "title", "meta", "link",
        "iframe", "object", "embed", "svg", "math", "select", "option", "textarea",
        "input", "button", "canvas", "audio", "video", "map", "area", "param", "source"}
BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dd", "dt",
         "tr", "table", "thead", "tbody", "tfoot", "caption", "section", "article", "header",
         "footer", "nav", "aside", "main", "blockquote", "pre", "figure", "figcaption",
         "form", "fieldset", "legend", "address", "center", "hr", "hgroup", "details",
         "summary", "dialog", "menu", "body", "html", "frameset", "frame", "noframes"}
CELL = {"td", "th"}
HIDDEN_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
WS_RE = re.compile(r"[ \t\n\r\f\v\u00a0\u200b\ufeff]+")


def _hidden(el: Any) -> bool:
    if el.get("hidden") is not None:
        return True
    st = el.get("style")
    return bool(st and HIDDEN_RE.search(st))


class _Out:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.cur: list[str] = []

    def text(self, s: str) -> None:
        if s:
            self.cur.append(s)

    def br(self) -> None:
        self.lines.append("".join(self.cur))
        self.cur = []

    def block(self) -> None:
        if self.cur:
            self.br()

    def finish(self) -> list[str]:
        self.block()
        out = []
        for raw in self.lines:
            ln = WS_RE.sub(" ", raw).strip(" ")
            if ln.strip(" \u3000"):
                out.append(ln)
        return out


def _walk(el: Any, out: _Out, pre: bool = False) -> None:
    tag = el.tag.lower().split("}")[-1] if isinstance(el.tag, str) else None
    # comments / processing instructions, dropped and hidden elements: only their tail shows
    if tag is not None and tag not in DROP and not _hidden(el):
        is_block = tag in BLOCK
        if is_block:
            out.block()
        if tag == "br":
            out.br()
        elif tag != "img":
            _walk_content(el, tag, out, pre)
        if is_block:
            out.block()
    if el.tail:
        out.text(_ws(el.tail, pre))


def _walk_content(el: Any, tag: str, out: _Out, pre: bool) -> None:
    if tag in CELL:
        out.text("\t")
    inner_pre = pre or tag in ("pre", "textarea", "listing", "plaintext")
    if el.text:
        out.text(_ws(el.text, inner_pre))
    for ch in el:
        _walk(ch, out, inner_pre)
    if tag in CELL:
        out.text("\t")


def _ws(s: str, pre: bool) -> str:
    if pre:
        # keep line breaks inside <pre>: mark them so finish() splits there
        return s.replace("\r\n", "\n").replace("\n", "\x00")
    return s


def render_tree(root: Any) -> str:
    out = _Out()
    body = root.find(".//body")
    _walk(body if body is not None else root, out)
    lines = []
    for ln in out.finish():
        for raw in ln.split("\x00"):
            part = WS_RE.sub(" ", raw).strip(" ")
            part = re.sub(r" ?\t ?", "\t", part).strip("\t ")
            part = re.sub(r"\t+", "\t", part)
            if part.strip(" \u3000\t"):
                lines.append(part)
    return "\n".join(lines) + "\n"


def parse(html: str) -> Any:
    if html.startswith("\ufeff"):
        html = html[1:]
    # lxml refuses str input that carries an XML encoding declaration
    html = re.sub(r"^\s*<\?xml[^>]*\?>", "", html)
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True)
    return lxml.html.document_fromstring(html or "<html></html>", parser=parser)


def render(html: str) -> str:
    return render_tree(parse(html))


if __name__ == "__main__":
    with open(sys.argv[1], "rb") as fh:
        data = fh.read()
    enc = sys.argv[2] if len(sys.argv) > 2 else "utf-8"
    sys.stdout.write(render(data.decode(enc, "replace")))
