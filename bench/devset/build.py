#!/usr/bin/env python3
"""Regenerate the development set (pages/ and labels/) from the mirrored test sets.

    .venv/bin/python bench/devset/build.py            # everything
    .venv/bin/python bench/devset/build.py --only NAME --show   # one page, print lines

Sources (bare git mirrors, read with `git show`):
  MH  opendatalab/magic-html       benchmark/data/article/{htmls/*.html, base.json}
  IA  immortal-autumn/Chinese-Web-Content-Extraction-Dataset  original/ cleaned/ author/ date/
  RD  mozilla/readability          test/test-pages/{gmw,qq,youth}/{source.html,expected.html}

Each page is rendered with render.py (browser select-all-copy text) and labelled
automatically from the source's ground truth (article text) plus the DOM
(headings, title).  Hand-checked corrections live in handcheck.json and are
applied last; they turn confidence to "high".
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import render  # noqa: E402

MH_REPO = Path("/work/.mirror/opendatalab+magic-html/repo")
IA_REPO = Path("/work/.mirror/immortal-autumn+Chinese-Web-Content-Extraction-Dataset/repo")
RD_REPO = Path("/work/.mirror/mozilla+readability/repo")
PAGES = HERE / "pages"
LABELS = HERE / "labels"
HANDCHECK = HERE / "handcheck.json"

# magic-html pages reserved for another purpose: never read them.
MH_RESERVED = ("4e55eac4", "14b709df", "1e20e027", "9c642bd5", "97a2a581", "a28ede74",
               "ea5bdb58", "665b6857", "2dd9425b", "42076fe0", "e7518002")
# pages judged unusable (not an article, forum thread, poem/novel/TOC, ground truth off)
SKIP = {
    "mh": {"19851fb2": "novel chapter", "9f4c1adb": "poem page", "931ec5cf": "poem page",
           "b931df70": "book table of contents", "d231b170": "csdn: GT split at every inline code"},
    "ia": {"c3a80850": "book excerpt page", "386d70f8": "forum", "5dc3fa2d": "forum", "caee0a34": "forum",
           "fddcb19c": "forum", "c2d9f85c": "forum", "d519ec93": "forum", "9b1e5dcb": "forum", "77fa9435": "forum",
           "e4232eb3": "forum", "6dc2d508": "forum", "a6e8b739": "forum"},
}
RD_DIRS = ("gmw", "qq", "youth")
GBK_KEEP = 10  # how many GBK-sourced pages to keep as *_gbk.txt

CJK_RE = re.compile(r"[\u4e00-\u9fff]")
KANA_RE = re.compile(r"[\u3040-\u30ff]")
DATE_RE = re.compile(r"((?:19|20)\d\d)\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})\s*日?"
                     r"(?:\D{0,3}?(\d{1,2})[:：时](\d\d))?")
CREDIT_RE = re.compile(r"(责任编辑|责编|实习编辑|编辑|主编|作者|撰文|撰稿|记者|通讯员|文|图文|来源|校对|审核|"
                       r"编审|监制|策划)\s*[:：/丨|｜]")
BYLINE_KEYS = ("责任编辑", "责编", "实习编辑", "编辑", "作者", "撰文", "文")
DISCLAIMER_RE = re.compile(r"^[【\[（(]?\s*(\S{0,10}版权与免责声明|免责声明|版权声明|特别声明|郑重声明|声明[:：]|风险提示|"
                           r"本文仅代表作者|本文为转载|本网站?转载|凡本网注明)")
SENT_END = "。！？!?；;…"


def git(repo: Path, *args: str) -> bytes:
    return subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True).stdout


def head(repo: Path) -> str:
    return git(repo, "rev-parse", "HEAD").decode().strip()


def nz(s: str | None) -> str:
    """Normalise for matching: NFKC, no whitespace."""
    if not s:
        return ""
    s = unicodedata.normalize("NFKC", s)
    return "".join(ch for ch in s if not ch.isspace())


def cjk(s: str) -> int:
    return len(CJK_RE.findall(s or ""))


SLD = {"com", "net", "org", "gov", "edu", "ac", "co", "mil"}


def reg_domain(host: str) -> str:
    host = host.lower().split(":")[0].strip(".")
    parts = host.split(".")
    if len(parts) >= 3 and (parts[-2] in SLD and len(parts[-1]) == 2):
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


def slug(site: str) -> str:
    first = site.split(".", maxsplit=1)[0]
    return re.sub(r"[^a-z0-9]+", "", first.lower()) or "site"


# ---------------------------------------------------------------- decoding

def sniff_charset(b: bytes) -> str | None:
    m = re.search(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_-]+)""", b[:6000], re.I)
    return m.group(1).decode().lower() if m else None


def norm_enc(enc: str | None) -> str | None:
    if not enc:
        return None
    e = enc.lower().replace("_", "-")
    if e in ("utf8", "utf-8"):
        return "utf-8"
    if e in ("gb2312", "gbk", "gb18030", "x-gbk", "gb-2312"):
        return "gb18030"
    if e in ("big5", "big5-hkscs"):
        return "big5hkscs"
    return None


def decode(b: bytes, declared: str | None) -> tuple[str, str]:
    """Return (text, encoding-used)."""
    for enc in (norm_enc(declared), norm_enc(sniff_charset(b)), "utf-8", "gb18030"):
        if not enc:
            continue
        try:
            return b.decode(enc), enc
        except UnicodeDecodeError:
            continue
    return b.decode("gb18030", "replace"), "gb18030"


# ---------------------------------------------------------------- sources

Page = dict[str, Any]
Label = dict[str, Any]


def mh_pages() -> Iterator[Page]:
    commit = head(MH_REPO)
    base = json.loads(git(MH_REPO, "show", "HEAD:benchmark/data/article/base.json"))
    names = git(MH_REPO, "ls-tree", "--name-only", "HEAD", "benchmark/data/article/htmls/").decode().split()
    byhash = {Path(n).stem: n for n in names}
    for h in sorted(base):
        if h.startswith(MH_RESERVED):
            continue  # reserved: not opened
        v = base[h]
        gt = v["content"]
        if cjk(gt) < 150 or len(KANA_RE.findall(gt)) > 20:
            continue
        if h[:8] in SKIP["mh"] or h not in byhash:
            continue
        path = byhash[h]
        b = git(MH_REPO, "show", f"HEAD:{path}")
        html, enc = decode(b, None)
        yield dict(src="mh", key=h[:8], url=v["url"], html=html, enc=enc, gt=gt,
                   gt_author=None, gt_date=None,
                   source=f"opendatalab/magic-html {path} @{commit}", licence="Apache-2.0 (repo); content © publisher",
                   repo="opendatalab/magic-html", path=path, commit=commit)


def ia_file(stem: str, kind: str) -> str | None:
    """One of the dataset's per-page text files (cleaned/author/date), or None."""
    try:
        return git(IA_REPO, "show", f"HEAD:{kind}/{stem}.txt").decode("utf-8", "replace")
    except subprocess.CalledProcessError:
        return None


def ia_pages() -> Iterator[Page]:
    commit = head(IA_REPO)
    names = git(IA_REPO, "ls-tree", "--name-only", "HEAD", "original/").decode().split()
    for path in sorted(names):
        stem = Path(path).stem
        if stem[:8] in SKIP["ia"]:
            continue
        b = git(IA_REPO, "show", f"HEAD:{path}")
        m = re.match(rb'\s*<text id="([^"]*)"[^>]*?encoding="([^"]*)"[^>]*>', b)
        url, declared = (m.group(1).decode("latin-1"), m.group(2).decode()) if m else ("", None)
        hdr_title = None
        if m:
            tm = re.search(rb'title="([^"]*)"', b[:m.end()])
            if tm:
                hdr_title = decode(tm.group(1), declared)[0]
            b = b[m.end():]
        html, enc = decode(b, declared)
        if not url:
            url = find_url(html)
        gt = ia_file(stem, "cleaned") or ""
        if cjk(gt) < 150:
            continue
        yield dict(src="ia", key=stem[:8], url=url, html=html, enc=enc, gt=gt,
                   gt_author=(ia_file(stem, "author") or "").strip() or None,
                   gt_date=(ia_file(stem, "date") or "").strip() or None,
                   gt_title=hdr_title,
                   source=f"immortal-autumn/Chinese-Web-Content-Extraction-Dataset {path} @{commit}",
                   licence="MIT (repo); content © publisher",
                   repo="immortal-autumn/Chinese-Web-Content-Extraction-Dataset", path=path, commit=commit)


def rd_pages() -> Iterator[Page]:
    commit = head(RD_REPO)
    for d in RD_DIRS:
        path = f"test/test-pages/{d}/source.html"
        b = git(RD_REPO, "show", f"HEAD:{path}")
        html, enc = decode(b, None)
        exp = git(RD_REPO, "show", f"HEAD:test/test-pages/{d}/expected.html").decode("utf-8")
        gt = render.render(exp)
        meta = json.loads(git(RD_REPO, "show", f"HEAD:test/test-pages/{d}/expected-metadata.json"))
        url = find_url(html)
        yield dict(src="rd", key=hashlib.sha1(b).hexdigest()[:8], url=url, html=html, enc=enc, gt=gt,
                   gt_author=meta.get("byline"), gt_date=None, gt_title=meta.get("title"),
                   source=f"mozilla/readability {path} @{commit}", licence="Apache-2.0 (repo); content © publisher",
                   repo="mozilla/readability", path=path, commit=commit)


def find_url(html: str) -> str:
    for pat in (r'<link[^>]+rel=["\']canonical["\'][^>]+href=["\']([^"\']+)',
                r'<link[^>]+href=["\']([^"\']+)["\'][^>]+rel=["\']canonical',
                r'<meta[^>]+property=["\']og:url["\'][^>]+content=["\']([^"\']+)',
                r'<meta[^>]+content=["\']([^"\']+)["\'][^>]+property=["\']og:url'):
        m = re.search(pat, html, re.I)
        if m and m.group(1).startswith(("http", "//")):
            u = m.group(1)
            return "https:" + u if u.startswith("//") else u
    return ""


def site_of(page: Page, root: Any) -> str:
    url = page["url"]
    if url.startswith("//"):
        url = "https:" + url
    host = urlparse(url).netloc if url.startswith("http") else ""
    if not host:
        # most frequent host among absolute links of the page
        hosts: dict[str, int] = {}
        for a in root.iter("a"):
            h = urlparse(a.get("href") or "").netloc
            if h:
                r = reg_domain(h)
                hosts[r] = hosts.get(r, 0) + 1
        if hosts:
            return max(sorted(hosts), key=lambda k: hosts[k])
        return "unknown"
    return reg_domain(host)


# ---------------------------------------------------------------- labelling

def title_candidates(root: Any, page: Page) -> list[str]:
    c: list[str] = []
    for xp in ('//meta[@property="og:title"]/@content', '//meta[@name="title"]/@content',
               '//meta[@name="og:title"]/@content'):
        c += list(root.xpath(xp))
    c += [h.text_content() for h in root.xpath("//h1")]
    if page.get("gt_title"):
        c.append(page["gt_title"])
    t = root.xpath("//title")
    if t:
        tt = t[0].text_content()
        c.append(tt)
        c += re.split(r"\s*(?:_|\||｜|--|—|-|·)\s*", tt)
    out: list[str] = []
    for raw in c:
        x = re.sub(r"\s+", " ", raw or "").strip()
        if cjk(x) >= 3 and x not in out:
            out.append(x)
    return out


def is_dateline(s: str) -> bool:
    return bool(DATE_RE.search(s)) and len(s) < 120


CREDIT_KEY_RE = re.compile(
    r"^(责任编辑|责编|编辑|实习编辑|主编|作者|撰文|撰稿|审核|审读|审校|校对|总监制|监制|编审|出品|制作|统筹|"
    r"终审|复审|初审|设计|美编|排版|视频|摄影|摄像|来源|本文来源|文章来源|"
    r"资料来源|原标题|原文标题|图片来源|图源|出处|稿源|推荐阅读|相关阅读|延伸阅读)[:：/丨|｜︱—]")
REPORTER_RE = re.compile(r"^\S{0,6}记者\s*[\u4e00-\u9fff]{2,4}([、 ][\u4e00-\u9fff]{2,4})*$")


def is_credit_only(s: str) -> bool:
    """Editor credit, source note, end mark: not a body paragraph."""
    t = s.strip(" \u3000")
    u = t.strip("（）()【】[]〔〕 ")
    return _is_credit_line(t, u) or _is_note_line(t)


def _is_credit_line(t: str, u: str) -> bool:
    return bool(
        CREDIT_KEY_RE.match(nz(u))
        or re.match(r"^(完|全文完|END|end|结束)$", u)
        or (t[:1] in "（(【[" and len(t) < 60 and re.search(r"记者|编辑|通讯员|来源|供稿|摄|整理|实习生", t))
        or REPORTER_RE.match(t.strip(" \u3000□■●◆"))  # reporter credit line 新华社记者邹多为、唐诗凝
        or (re.match(r"^(文|图|文/图|图/文)\s*[/|：:丨｜]", u) and len(u) < 40))


def _is_note_line(t: str) -> bool:
    return bool(
        # newspaper source line 《光明日报》（2024年05月11日 09版）
        re.match(r"^《[^》]{2,12}》\s*[（(]\s*(19|20)\d\d\s*年.{0,20}[)）]$", t)
        # per-article copyright note
        or (re.search(r"未经.{0,6}授权.{0,10}(转载|使用|复制)|转载请注明", t) and len(t) < 100)
        or re.match(r"^【[^】]{2,20}】$", t))  # column tag


def _line_positions(lines: list[str], g: str) -> list[int]:
    """Offset of each line in the normalised ground truth (-1: none; < -1: weak partial match)."""
    pos = []
    for ln in lines:
        n = nz(ln)
        p = -1
        if len(n) >= 6 and cjk(ln) >= 3:
            p = g.find(n)
            if p < 0 and len(n) > 30:
                p = g.find(n[:30])
                if p >= 0:
                    p = -p - 2  # partial match: count as weak
        pos.append(p)
    return pos


def _coverage(lines: list[str], pos: list[int], i: int) -> int:
    """Characters of the window after line i whose positions keep increasing."""
    cov, last, j, miss = 0, pos[i], i, 0
    while j < len(lines) and miss < 25:
        q = pos[j]
        if q >= last:
            cov += len(nz(lines[j]))
            last = q
            miss = 0
        else:
            miss += 1
        j += 1
    return cov


def _body_end(lines: list[str], pos: list[int], first: int, total: int) -> tuple[int, int]:
    """The line reaching farthest into the ground truth, monotone after first: (index, reach)."""
    last_i, reach, lastp = first, 0, pos[first]
    for j in range(first, len(lines)):
        q = pos[j]
        if q >= lastp and q >= 0:
            lastp = q
            e = q + len(nz(lines[j]))
            if e > reach:
                reach, last_i = e, j
            if e >= total - 2:
                break
    return last_i, reach


CITE_RE = re.compile(r"\[\d+(?:[-–,]\d+)*\]")  # an encyclopedia's footnote marks: [3], [3-4]


def locate_body(lines: list[str], gt: str) -> tuple[int, int, float, float] | None:
    """Return (first, last, coverage, reach) of the article body in lines, or None.

    A page the strict pass cannot place is tried once more with footnote marks left out on both
    sides and a line's partial match (its first 30 characters found) taken as a match: ground truth
    that drops a link's text or splits a footnote mark off its sentence (encyclopedia entries).
    Pages the strict pass places keep their labels."""
    return _locate(lines, gt, loose=False) or _locate(lines, gt, loose=True)


def _locate(lines: list[str], gt: str, *, loose: bool) -> tuple[int, int, float, float] | None:
    if loose:
        lines = [CITE_RE.sub("", ln) for ln in lines]
        gt = CITE_RE.sub("", gt)
    g = nz(gt)
    if not g:
        return None
    total = len(g)
    pos = _line_positions(lines, g)
    if loose:
        pos = [-p - 2 if p < -1 else p for p in pos]
    best: tuple[int, int] | None = None
    for i, p in enumerate(pos):
        if p < 0 or p > max(300, total // 10):
            continue
        score = _coverage(lines, pos, i)
        if best is None or score > best[0] * 1.05:
            best = (score, i)
    if best is None or best[0] < 0.4 * total:
        return None
    first = best[1]
    last_i, reach = _body_end(lines, pos, first, total)
    return first, last_i, best[0] / total, reach / total


MARK = "\ue000"


def heading_marks(root: Any, n_lines: int) -> dict[int, int]:
    """line index -> level code for DOM sub-heads (h2-h6: 1..5; bold-only paragraph: 10 + numbering level).

    Marks the heading elements of a copy of the tree with a private-use character, renders the copy
    and reads which lines carry the mark, so repeated texts (TOC lists, captions) are not confused."""
    import copy
    r2 = copy.deepcopy(root)
    marked = 0
    for el in r2.iter("h2", "h3", "h4", "h5", "h6"):
        if nz(el.text_content()):
            el.text = MARK + chr(0xE100 + int(el.tag[1]) - 1) + (el.text or "")
            marked += 1
    for el in r2.iter("p", "div", "section", "center"):
        if _bold_only(el):
            el.text = MARK + chr(0xE100 + 10 + numbering_level(nz(el.text_content()))) + (el.text or "")
            marked += 1
    out: dict[int, int] = {}
    if not marked:
        return out
    ml = render.render_tree(r2).splitlines()
    if len(ml) != n_lines:
        return {-1: -1}
    for i, x in enumerate(ml):
        m = re.search(MARK + "(.)", x)
        if m and x.lstrip(" \u3000").startswith(MARK):
            out[i] = ord(m.group(1)) - 0xE100
    return out


def _bold_only(el: Any) -> bool:
    """A short leaf block whose whole text is bold and does not end a sentence."""
    full = nz(el.text_content())
    if not full or len(full) > 40 or MARK in full:
        return False
    if el.xpath(".//p|.//div|.//li|.//table|.//br|.//h1|.//h2|.//h3|.//h4|.//h5|.//h6|.//img"):
        return False
    bold = "".join(nz(b.text_content()) for b in el.xpath(".//strong|.//b")
                   if not b.xpath("ancestor::strong|ancestor::b"))
    return bool(bold) and bold == full and full[-1] not in SENT_END


def numbering_level(t: str) -> int:
    if re.match(r"^[一二三四五六七八九十]+[、.．]", t):
        return 1
    if re.match(r"^[（(][一二三四五六七八九十]+[)）]", t):
        return 2
    if re.match(r"^\d+[、.．]", t) or re.match(r"^[（(]\d+[)）]", t):
        return 3
    return 1


def is_caption(t: str) -> bool:
    return bool(re.match(r"^(图|图片|图为|▲|△|↑|资料图|视频|配图)", t)) or t.endswith(("摄", "供图", "图", "截图"))


@dataclass
class Draft:
    """A label being worked out for one page."""

    lines: list[str]
    first: int
    last: int
    conf: str = "medium"
    notes: list[str] = field(default_factory=list)
    title: str | None = None
    ti: int | None = None
    sub: str | None = None

    def strip(self, i: int) -> str:
        return self.lines[i].strip(" \u3000")


def _title_matches(n: str, c: str) -> bool:
    return n == c or (len(c) >= 6 and n.startswith(c)) or (len(n) >= 6 and c.startswith(n) and len(n) >= 0.6 * len(c))


def _title_from_hand(dr: Draft, hc: dict[str, Any]) -> None:
    want = nz(hc["title"])
    hits = [i for i, ln in enumerate(dr.lines) if nz(ln).startswith(want)]
    before = [i for i in hits if i <= dr.first] or hits
    if before:
        dr.ti = before[-1]
        dr.title = hc["title"]
        dr.sub = hc.get("subtitle", dr.sub)  # 主题——副题 on one line: the shared corpus's title + subtitle


def _title_exact(dr: Draft, cn: list[str]) -> None:
    lines, first = dr.lines, dr.first
    stop = max(-1, first - 40) if dr.title is None else first + 1
    for i in range(min(first, len(lines) - 1), stop, -1):
        n = nz(lines[i])
        if n and any(_title_matches(n, c) for c in cn):
            dr.title, dr.ti = dr.strip(i), i
            return


def _title_split(dr: Draft, cn: list[str]) -> None:
    """Headline split over two lines (<h1>…<br>…</h1>): title + subtitle."""
    lines, first = dr.lines, dr.first
    for i in range(min(first, len(lines) - 1) - 1, max(-1, first - 40), -1):
        n2 = nz(lines[i]) + nz(lines[i + 1])
        if any(n2 == c for c in cn) and len(nz(lines[i])) >= 4:
            dr.title, dr.ti, dr.sub = dr.strip(i), i + 1, dr.strip(i + 1)
            return


def _title_partial(dr: Draft, cn: list[str]) -> None:
    """Nearest short headline-like line above the body whose text is part of a candidate."""
    for i in range(dr.first - 1, max(-1, dr.first - 8), -1):
        ln = dr.strip(i)
        n = nz(ln)
        if cjk(ln) >= 4 and len(ln) <= 40 and not is_dateline(ln) and not CREDIT_RE.search(ln) \
                and ln[-1] not in SENT_END and any(len(n) >= 5 and n in c for c in cn):
            dr.title, dr.ti = ln, i
            dr.notes.append("title: partial match with <title>/h1")
            dr.conf = "low"
            return


def _title_first_line(dr: Draft, cn: list[str]) -> None:
    """The title may be the first body line of the ground truth (GT starting with the headline)."""
    n = nz(dr.lines[dr.first])
    for c in cn:
        if n.startswith(c) and len(n) < len(c) + 4:
            dr.title, dr.ti = dr.strip(dr.first), dr.first
            return


def find_title(dr: Draft, root: Any, page: Page, hc: dict[str, Any]) -> None:
    cn = [nz(c) for c in title_candidates(root, page)]
    if hc.get("title"):
        _title_from_hand(dr, hc)
    _title_exact(dr, cn)
    for step in (_title_split, _title_partial, _title_first_line):
        if dr.title is None:
            step(dr, cn)


def _is_lead_noise(dr: Draft, i: int) -> bool:
    ln = dr.lines[i]
    return is_credit_only(ln) or (is_dateline(ln) and cjk(ln) < 25) or nz(ln) == nz(dr.title)


def _find_dateline(dr: Draft, ti: int) -> str | None:
    for i in range(ti + 1, dr.first):
        if is_dateline(dr.lines[i]):
            return dr.lines[i]
    for i in range(max(0, ti - 3), ti):
        if is_dateline(dr.lines[i]) and re.search(r"来源|作者|发布", dr.lines[i]):
            return dr.lines[i]
    return None


def _skip_lead_heads(dr: Draft, hm: dict[int, int]) -> None:
    lines = dr.lines
    while dr.first < dr.last and (
            dr.first in hm or is_credit_only(lines[dr.first]) or
            (len(lines[dr.first].strip()) < 60 and re.match(r"^[\s\u3000]*(图为|图片|上图|下图|▲)", lines[dr.first]))):
        dr.first += 1


def _find_headings(dr: Draft, hm: dict[int, int], h_from: int, gt: str) -> list[dict[str, Any]]:
    lines, first, last = dr.lines, dr.first, dr.last
    headings: list[dict[str, Any]] = []
    hmax = max([v for i, v in hm.items() if v < 10 and first < i < last] or [0])
    for i in range(h_from, last):
        if i in hm and cjk(lines[i]) >= 2 and not is_credit_only(lines[i]) and not is_caption(dr.strip(i)) \
                and nz(dr.title) != nz(lines[i]) and nz(lines[i]) in nz(gt):
            lv = hm[i]
            if lv >= 10:
                lv = lv - 10 + hmax
            headings.append({"text": dr.strip(i), "level": lv, "sub": None})
    if headings:
        m = min(h["level"] for h in headings)
        for h in headings:
            h["level"] = h["level"] - m + 1
    return headings


def _byline_after(dr: Draft) -> str | None:
    lines = dr.lines
    for pat in (r"(责任编辑|责编)\s*[:：/丨|｜]\s*\S.*", r"(实习编辑|编辑|作者)\s*[:：/丨|｜]\s*\S.*"):
        for i in range(dr.last + 1, min(len(lines), dr.last + 8)):
            m = re.search(pat, lines[i])
            if m and len(lines[i]) < 60:
                return m.group(0).strip(" \u3000）)】]")
    return None


def _byline_before(dr: Draft, ti: int) -> str | None:
    lines = dr.lines
    for i in range(ti + 1, dr.first):
        m = re.search(r"(作者|撰文|文)\s*[:：/丨|｜]\s*([^\s　]+(?:\s[^\s　:：]{1,4}(?=\s|$))*)", lines[i])
        if m and len(lines[i]) < 80:
            return m.group(0).strip(" \u3000）)】]")
    for i in range(ti + 1, min(dr.first + 3, dr.last, len(lines))):
        t = lines[i].strip(" \u3000□■●◆")
        if len(t) < 40 and REPORTER_RE.match(t):
            return t
    if dr.first <= dr.last:
        m = re.match(r"^[（(]?(文|作者)\s*[丨|｜/:：]\s*(\S{2,12})", dr.strip(dr.first))
        if m:
            return m.group(0)
    return None


def _find_disclaimer(dr: Draft) -> str | None:
    for i in range(dr.last + 1, min(len(dr.lines), dr.last + 16)):
        t = dr.strip(i)
        if DISCLAIMER_RE.match(t) and len(dr.lines[i].strip()) >= 12:
            return t
    return None


def _dateline_details(dateline: str | None) -> dict[str, Any] | None:
    if not dateline:
        return None
    m = DATE_RE.search(dateline)
    pub = None
    if m:
        y, mo, d, hh, mm = m.groups()
        pub = f"{int(y):04d}-{int(mo):02d}-{int(d):02d}"
        if hh and mm:
            pub += f"T{int(hh):02d}:{mm}"
    pm = re.search(r"(?:来源|来自|出处|稿源)\s*[:：]?\s*([^\s　|｜丨:：]{2,20})", dateline)
    am = re.findall(r"(?:作者|记者|编辑)\s*[:：]?\s*([^\s　|｜丨:：]{2,12})", dateline)
    return {"text": dateline.strip(" \u3000"), "published": pub,
            "publisher": pm.group(1) if pm else None, "authors": am}


def _trim_body(dr: Draft, ti: int) -> None:
    if ti >= dr.first:
        dr.first = ti + 1
    # skip non-body lines at the start (dateline, author, credit)
    while dr.first <= dr.last and _is_lead_noise(dr, dr.first):
        dr.first += 1
    while dr.last > dr.first and is_credit_only(dr.lines[dr.last]):
        dr.last -= 1


def build_label(page: Page, lines: list[str], root: Any, hc: dict[str, Any], *, fname: str) -> tuple[Label | None, str]:
    loc = locate_body(lines, page["gt"])
    if not loc:
        return None, "body not located"
    first, last, cov, reach = loc
    dr = Draft(lines, first, last)
    if cov < 0.8 or reach < 0.9:
        dr.conf = "low"
        dr.notes.append(f"ground truth covers {cov:.0%} / reaches {reach:.0%}")
    find_title(dr, root, page, hc)
    if dr.title is None or dr.ti is None:
        return None, "title not found"
    ti = dr.ti
    _trim_body(dr, ti)
    if dr.first > dr.last:
        return None, "empty body"
    dateline = _find_dateline(dr, ti)
    hm = heading_marks(root, len(lines))
    if hm.get(-1) == -1:
        dr.notes.append("heading marks misaligned: headings not labelled")
        dr.conf = "low"
        hm = {}
    h_from = dr.first
    _skip_lead_heads(dr, hm)
    headings = _find_headings(dr, hm, h_from, page["gt"])
    byline = _byline_after(dr) or _byline_before(dr, ti)
    bf = dr.strip(dr.first)[:15]
    bl = dr.strip(dr.last)[:15]
    if len(nz(bf)) < 6 or len(nz(bl)) < 4:
        dr.conf = "low"
        dr.notes.append("very short first/last body line")
    dr.notes.insert(0, "auto: body located from source ground truth; title from og:title/h1/<title>; "
                       "headings from h2-h6/bold-only paragraphs")
    return {
        "file": fname, "site": None, "source": page["source"],
        "title": dr.title, "subtitle": dr.sub, "headings": headings, "byline": byline,
        "disclaimer": _find_disclaimer(dr), "body_first": bf, "body_last": bl,
        "dateline": _dateline_details(dateline),
        "confidence": dr.conf, "notes": "; ".join(dr.notes),
        "_lines": (ti, dr.first, dr.last),
    }, ""


# ---------------------------------------------------------------- main

Row = tuple[str, str, Page, Label]
SOURCES: tuple[Callable[[], Iterator[Page]], ...] = (mh_pages, ia_pages, rd_pages)


@dataclass
class Run:
    only: str | None
    show: bool
    hand: dict[str, Any]
    rows: list[Row] = field(default_factory=list)
    dropped: list[tuple[str, str]] = field(default_factory=list)
    gbk_left: int = GBK_KEEP


def _gbk_bytes(run: Run, page: Page, text: str) -> bytes | None:
    """The page as GBK bytes if it is one of the first GBK_KEEP GB-encoded IA pages."""
    if page["enc"] != "gb18030" or run.gbk_left <= 0 or page["src"] != "ia":
        return None
    try:
        return text.encode("gbk")
    except UnicodeEncodeError:
        return None


def _show(lines: list[str], ti: int, first: int, last: int) -> None:
    for i, ln in enumerate(lines):
        mark = "T" if i == ti else "F" if i == first else "L" if i == last else " "
        print(f"{i:4d}{mark} {ln[:120]}")


def process(run: Run, page: Page) -> None:
    root = render.parse(page["html"])
    site = site_of(page, root)
    name = f"{page['src']}_{slug(site)}_{page['key']}"
    if run.only and not name.startswith(run.only):
        return
    text = render.render_tree(root)
    lines = text.splitlines()
    data = _gbk_bytes(run, page, text)
    fname = f"{name}_gbk.txt" if data is not None else f"{name}.txt"
    hc = run.hand.get(name) or {}
    label, why = build_label(page, lines, root, hc, fname=fname)
    if hc and hc.get("drop"):
        run.dropped.append((name, "hand-check: " + hc["drop"]))
        return
    if label is None:
        run.dropped.append((name, why))
        return
    ti, first, last = label.pop("_lines")
    if run.show:
        _show(lines, ti, first, last)
    label["site"] = site
    if hc:
        label.update({k: v for k, v in hc.items() if k != "drop"})
        label["confidence"] = hc.get("confidence", "high")
    # every label string must come from the rendered text
    assert nz(label["title"]) and nz(label["title"]) in nz(text), (name, label["title"])
    if data is not None:
        run.gbk_left -= 1
        (PAGES / fname).write_bytes(data)
    else:
        (PAGES / fname).write_text(text, encoding="utf-8")
    stem = Path(fname).stem
    (LABELS / f"{stem}.json").write_text(json.dumps(label, ensure_ascii=False, indent=2) + "\n",
                                         encoding="utf-8")
    run.rows.append((fname, site, page, label))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only")
    ap.add_argument("--show", action="store_true")
    a = ap.parse_args()
    hand = json.loads(HANDCHECK.read_text(encoding="utf-8")) if HANDCHECK.exists() else {}
    PAGES.mkdir(exist_ok=True)
    LABELS.mkdir(exist_ok=True)
    if not a.only:
        for p in list(PAGES.glob("*")) + list(LABELS.glob("*")):
            p.unlink()
    run = Run(a.only, a.show, hand)
    for gen in SOURCES:
        for page in gen():
            process(run, page)
    write_sources(run.rows, run.dropped, a.only)
    sites = {r[1] for r in run.rows}
    print(f"{len(run.rows)} pages, {len(sites)} sites; dropped {len(run.dropped)}")
    for n, why in run.dropped:
        print("  dropped", n, why, flush=True)
    return 0


def write_sources(rows: list[Row], dropped: list[tuple[str, str]], only: str | None) -> None:
    if only:
        return
    hand_n = sum(1 for r in rows if r[3]["confidence"] == "high")
    out = [
        "# Development set: real Chinese web pages, rendered and labelled",
        "",
        "Generated by `build.py` (do not edit pages/ or labels/ by hand: put corrections in",
        "`handcheck.json` and rerun `.venv/bin/python bench/devset/build.py`). The article texts",
        "belong to their publishers; the source repositories keep them as test data.",
        "",
        "## How pages and labels were made",
        "",
        "Each source page (HTML from a public content-extraction test set) is decoded by its declared",
        "charset and turned by `render.py` into the text a browser's select-all-and-copy gives: site",
        "chrome (nav/header/footer/aside, breadcrumb, comments, related lists) stays in, script/style/",
        "head/hidden elements go, block elements end a line, table cells are tab-separated. A few",
        "pages whose source was GB2312/GBK are written as GBK bytes (`*_gbk.txt`).",
        "",
        "Labels come from the source's own ground truth: the annotated article text is aligned",
        "line-by-line with the rendered text to find the first and last body paragraph (editor",
        "credits, `（完）`, `原标题`/`来源` lines and parenthesised reporter credits are not body);",
        "the title is the og:title / `<h1>` / `<title>` (site suffix stripped) matched to the nearest",
        "rendered line above the body; headings are `<h2>`-`<h6>` and bold-only short paragraphs",
        "inside the body (levels by tag, or by numbering 一、 > （一） > 1.); byline is an editor",
        "credit after the body, else an author credit between title and body; disclaimer is a",
        "免责声明/版权声明/特别声明… line within 15 lines after the body; dateline is the first line",
        "with a date between title and body. Labels are `medium` when produced automatically, `low`",
        "when the alignment was weak, and `high` when hand-checked (corrections in `handcheck.json`,",
        f"{hand_n} labels). Dropped pages (no alignment, no headline, not an article) are listed below.",
        "",
        "| file | site | source (repository · path · commit) | licence | original URL |",
        "|---|---|---|---|---|",
    ]
    for fname, site, page, _label in sorted(rows, key=lambda r: r[0]):
        out.append(f"| {fname} | {site} | {page['repo']} · {page['path']} · {page['commit'][:12]} | "
                   f"{page['licence']} | {page['url'] or '(not given)'} |")
    out += ["", "## Hand-checked labels (confidence high)", ""]
    for fname, _site, _page, label in sorted(rows, key=lambda r: r[0]):
        if label["confidence"] == "high":
            out.append(f"- {fname}: {label['notes']}")
    out += ["", "## Dropped", ""]
    for n, why in dropped:
        out.append(f"- {n}: {why}")
    (HERE / "SOURCES.md").write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
