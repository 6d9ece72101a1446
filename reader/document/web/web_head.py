"""What a saved page's <head> says of its article and its text may not: the site's name
(og:site_name, application-name, the <title>'s part after the headline's), the authors (meta
author, article:author, JSON-LD), when it was published (article:published_time, JSON-LD's
datePublished) and its description; and the metadata they fill, where the text is silent.

The text's own lines win: a date line the text importer found stays as it is; the <head>
only fills what is missing. Read with a few patterns over the page's first 64 KiB, no parse.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from html import unescape
from typing import Any

from reader.document import rx
from reader.document.model import Metadata
from reader.document.normalize import spaceless, text_lines
from reader.document.web.web_names import SEPARATORS, TITLE

HEAD_CHARS = 65536
NAME_CHARS = 30  # a longer author or site "name" is a sentence, a list of keywords
SUBTITLE_CHARS = (6, 80)  # a description shorter or longer is a word or a summary, no subtitle
META_CHARS = 4096  # a longer <meta> tag is no page's own: not read
# The tags' patterns are bounded and stop at a "<": a match begun at each of a hostile head's
# thousands of "<meta" reads only as far as the next one, never to the head's end.
_META = rx.compile(r"<meta\b[^<>]{0,4096}>", re.IGNORECASE)  # META_CHARS
_ATTRIBUTE = rx.compile(r"""(?<![\w:.-])([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
_JSON_LD = rx.compile(r"""<script\b[^<>]{0,512}application/ld\+json[^<>]{0,512}>([^<]*)</script>""",
                      re.IGNORECASE)  # fmt: skip
_DATE = rx.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2})?")
_URL = rx.compile(r"https?://|www\.|/", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Head:
    """What the page's <head> names: site, authors, the publishing date (YYYY-MM-DD[THH:MM]),
    its description."""

    site: str | None = None
    title_parts: tuple[str, ...] = ()  # the <title>'s parts (标题 | 站点)
    authors: tuple[str, ...] = ()
    published: str | None = None
    description: str | None = None


def page_head(html: str) -> Head:
    """The <head>'s metadata of a page (its first 64 KiB)."""
    head = html[:HEAD_CHARS]
    tags = _meta_tags(head)
    ld = _json_ld(head)
    site = tags.get("og:site_name") or tags.get("application-name") or ""
    authors = [tags.get("author", ""), tags.get("article:author", ""), *ld.get("author", [])]
    date = tags.get("article:published_time") or tags.get("datepublished") or next(
        iter(ld.get("datePublished", [])), "")
    found = _DATE.match(date.strip())
    description = tags.get("og:description") or tags.get("description")
    return Head(_name(site), _title_parts(head), tuple(dict.fromkeys(n for a in authors if (n := _name(a)))),
                found.group().replace("T", " ") if found else None,
                " ".join(text_lines(description)) or None if description else None)  # fmt: skip


def _meta_tags(head: str) -> dict[str, str]:
    """Each <meta>'s content by its property, name or itemprop (lower case), the first kept."""
    out: dict[str, str] = {}
    for tag in _META.finditer(head):
        attributes = {m.group(1).lower(): unescape(m.group(2) or m.group(3) or m.group(4) or "")
                      for m in _ATTRIBUTE.finditer(tag.group())}  # fmt: skip
        key = attributes.get("property") or attributes.get("name") or attributes.get("itemprop")
        if key and attributes.get("content", "").strip():
            out.setdefault(key.lower(), attributes["content"].strip())
    return out


def _json_ld(head: str) -> dict[str, list[str]]:
    """The datePublished and the authors' names of the page's JSON-LD objects."""
    out: dict[str, list[str]] = {}
    for block in _JSON_LD.finditer(head):
        try:
            data = json.loads(block.group(1))
        except ValueError:
            continue
        for item in _items(data):
            if isinstance(date := item.get("datePublished"), str):
                out.setdefault("datePublished", []).append(date)
            authors = item.get("author")
            for author in authors if isinstance(authors, list) else [authors]:
                name = author.get("name") if isinstance(author, dict) else author
                if isinstance(name, str):
                    out.setdefault("author", []).append(name)
    return out


def _items(data: Any) -> list[dict[str, Any]]:
    """The objects of a JSON-LD block: itself, a list's, an @graph's (one level down)."""
    items = data if isinstance(data, list) else [data]
    graph = [x for item in items if isinstance(item, dict) for x in item.get("@graph") or []]
    return [item for item in [*items, *graph] if isinstance(item, dict)]


def _title_parts(head: str) -> tuple[str, ...]:
    found = TITLE.search(head)
    return tuple(p.strip() for p in SEPARATORS.split(unescape(found.group(1))) if p.strip()) if found else ()


def _title_tail(parts: tuple[str, ...], title: str | None) -> str | None:
    """The <title>'s last part after a separator (标题 | 站点): the site's name when the first
    part is the headline or longer than it."""
    if len(parts) < 2:
        return None
    headline = spaceless(parts[0]) == spaceless(title or "")
    return _name(parts[-1]) if headline or len(parts[-1]) < len(parts[0]) else None


def _name(text: str) -> str | None:
    """A site's or a person's name: one line, not a link, not too long."""
    name = " ".join(text.split())
    return name if name and len(name) <= NAME_CHARS and not _URL.match(name) else None


def with_head(meta: Metadata, head: Head, body: str, lines: list[str]) -> Metadata:
    """meta with what the <head> says filled in where the text said nothing: the site; a
    date line of its date and author when the text has none (not an author after a date line
    of the text's: a news page's meta author is as often the outlet); a subtitle of its
    description, unless that is the headline, names the site (a slogan) or was cut from the
    text (a clause of it in the body or in any line of the page: a summary, the first lines)."""
    site = meta.site or head.site or _title_tail(head.title_parts, meta.title)
    sites = [spaceless(name).lower() for name in (meta.site, site) if name]
    dateline = meta.dateline
    if dateline is None and head.published:  # the text's own date line, when it has one, wins
        named = spaceless(" ".join(filter(None, [meta.byline, meta.title])))
        authors = [f"作者：{name}" for name in head.authors if spaceless(name) not in named]
        dateline = " ".join([head.published, *authors[:1]])
    subtitle = meta.subtitle or _subtitle(head.description, meta.title, body, lines, sites)
    return replace(meta, site=site, dateline=dateline, subtitle=subtitle)


def _subtitle(description: str | None, title: str | None, body: str, lines: list[str],
              sites: list[str]) -> str | None:  # fmt: skip
    """The description as a subtitle: not the headline, not naming the site (its slogan), not
    cut from the text (a clause of it in the body, in a line of the page)."""
    if not description or not SUBTITLE_CHARS[0] <= len(description) <= SUBTITLE_CHARS[1]:
        return None
    said = spaceless(description)
    if title and (said in spaceless(title) or spaceless(title) in said):
        return None
    if any(site in said.lower() for site in sites):
        return None
    text = spaceless(body) + "\n" + "\n".join(spaceless(line) for line in lines)
    return None if any(clause in text for clause in _clauses(said)) else description


def _clauses(text: str) -> list[str]:
    """The clauses of a text long enough to tell where it was cut from."""
    return [text.rstrip(".…。"), *(clause for clause in _CLAUSE_BREAKS.split(text)
                                   if len(clause) >= CLAUSE_CHARS)]  # fmt: skip


CLAUSE_CHARS = 8
_CLAUSE_BREAKS = rx.compile(r"[，。；！？…,.;!?]+")
