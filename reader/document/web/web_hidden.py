"""What a saved page's markup hides or never shows: the elements a browser leaves out (a
script, a style, what is hidden or display: none), and an element's text without them."""

from __future__ import annotations

import re
from typing import Any

from reader.document import rx

UNSHOWN = frozenset({"script", "style", "noscript", "template", "head", "title", "iframe",
                     "object", "svg", "math", "select", "option"})  # fmt: skip


def hidden(element: Any) -> bool:
    """An element the page's own markup hides (hidden, display: none): no browser shows it; and
    a heading's permalink (<a href="#id">#</a>, ¶, 🔗), a mark to click, shown on hover."""
    if element.get("hidden") is not None:
        return True
    if element.tag == "a" and len(element) == 0 and (element.get("href") or "").startswith("#") and (
        (element.text or "").strip() in _PERMALINK_MARKS
    ):
        return True
    style = element.get("style")
    return bool(style) and "none" in style and _DISPLAY_NONE.search(style) is not None


_PERMALINK_MARKS = frozenset({"", "#", "¶", "§", "🔗", "⚓", "⚓︎", "#️⃣", "link", "Link", "permalink", "Permalink"})
_DISPLAY_NONE = rx.compile(r"display\s*:\s*none", re.IGNORECASE)


def shown_text(element: Any, hide: bool = True) -> str:
    """An element's text as a browser shows it: not a hidden child's (a heading's # link), nor
    a script's (hide: what the markup hides is left out)."""
    from lxml import etree

    out, skip = [], 0
    for event, node in etree.iterwalk(element, events=("start", "end")):
        unshown = node is not element and (node.tag in UNSHOWN or (hide and hidden(node)))
        if event == "start":
            skip += unshown
            out.append("" if skip else node.text or "")
        else:
            skip -= unshown
            out.append("" if skip or node is element else node.tail or "")
    return "".join(out)
