"""Part G: pages from sites not in the set before -> scraped text / Markdown + labels.

Sources (bare git snapshots under /work/.mirror, read with `git show HEAD:PATH`):
  ccprocessor/llm-webkit-mirror  HTML test assets from five new sites (a finance-calendar blog, 知乎专栏, 掘金,
                                 a sports-ticket content site, Microsoft Learn in Chinese), rendered by
                                 ../render.py like parts D-F and hand-labelled by 0-based line number; the
                                 sub-heads are the page's own <h2>-<h6> inside the article (matched to lines),
                                 else its all-bold short paragraphs (as build.py takes them)
  reidlai/Hong-Kong-Fire-Documentary  棱角媒體 (Points Media) pages, written as Big5 like parts B-F; the
                                 archive's pages holding git conflict markers are dropped by build_extra.py
  Markdown by Chinese authors from four new repositories (doocs/advanced-java, Snailclimb/JavaGuide,
                                 xitu/gold-miner, ruanyf/jstraining): files chosen by the SHA-1 order of their
                                 paths (the first with 800-15000 CJK characters and a title), copied
                                 byte-for-byte, labelled from the markup by mdlabel.py, then hand-checked
                                 (overrides below)
`python build_g.py --show NAME` prints a page's numbered lines.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from build_d import (  # noqa: E402
    HK,
    HKP,
    WK,
    _label,
    _page_url,
    _rendered,
    _suffix,
    decode,
    git,
    keep_encodable,
    print_numbered,
    write_page,
)
from mdlabel import parse  # noqa: E402

LIC = {WK: "none stated in repo; article text (c) the publisher",
       HK: "repo licence in LICENSE.md (project's own terms); article text (c) the publisher",
       "doocs/advanced-java": "CC BY-SA 4.0 (README)",
       "Snailclimb/JavaGuide": "Apache-2.0 (LICENSE)",
       "xitu/gold-miner": "none stated for the translations (repo); original articles (c) their authors",
       "ruanyf/jstraining": "none stated in repo"}
WKX = "tests/llm_web_kit/extractor/"

# name, path, site, url, spec (0-based line numbers of the rendered text)
HTML: list[tuple[str, str, str, str, dict[str, Any]]] = [
    ("g_whatsknow_1", WKX + "html/recognizer/assets/recognizer/text.html", "whatsknow.com",
     "https://whatsknow.com/1580",
     dict(title=31, first=43, last=143, headings=[42], dateline=(32, "2020-10-17T22:15", None, []),
          notes="Personal blog (Argon theme) carrying an economic-calendar post: theme switcher (夜间模式/字体/阴影…) "
                "and a tag cloud above; post meta split over single-token lines (date, |, views, |, category, "
                "words, minutes); the body is one <h2> and a tab-separated table; related links and 上一篇/下一篇 "
                "follow.")),
    ("g_zhihu_1", WKX + "assets/extractor_chain_input/good_data/html/math_zhihu_custom_tag.html", "zhihu.com",
     "https://zhuanlan.zhihu.com/p/22925478480",
     dict(title=5, first=10, last=176, byline="浮生梦晓", dateline=(178, "2025-04-22T18:07", None, []),
          notes="知乎专栏 article: author name and bio under the headline (byline = the author); the body opens "
                "with an <h2>; LaTeX formulas as their own lines; a reference list closes the article; "
                "'编辑于 … ・北京' after it is the dateline; topic tags and the author card follow.")),
    ("g_juejin_1", "bench/data/origin/code_14.html", "juejin.cn", "https://juejin.cn/post/6844903960826888206",
     dict(title=18, first=21, last=165, byline="全栈技匠", dateline=(20, "2019-10-10", None, []),
          notes="掘金 post: author name line, then '2019-10-10 3,162 阅读4分钟'; code blocks one line per source "
                "line; the article's own table of contents repeats the sub-heads after the body.")),
    ("g_xglongge_1", WKX + "assets/extractor_chain_input/good_data/html/list_lack_content.html", "xglongge.com",
     "http://m.xglongge.com/", dict(title=6, first=8, last=55, disclaimer=60,
                                    dateline=(7, "2024-09-09T10:41", None, []),
                                    notes="Small content site: '时间 来源：网络' line under the headline; sub-heads "
                                          "are <h2>/<h3>; a keyword line, 猜你感兴趣/友情链接 and a 免责声明 "
                                          "follow.")),
    ("g_mslearn_1", "bench/data/origin/code_13.html", "learn.microsoft.com",
     "https://learn.microsoft.com/zh-cn/visualstudio/debugger/quickstart-debug-with-cplusplus",
     dict(title=3, first=7, last=62, dateline=(5, "2024-01-12", None, []),
          notes="Microsoft Learn (zh-cn) quickstart: share row above the headline, the date as '01/12/2024' "
                "(M/D/Y); '本文内容' TOC label; six <h2> sections, code as one line per source line; the "
                "'后续步骤' section ends the article, feedback and footer links follow.")),
]

PM = HKP + "points-media/archive/"
# 棱角媒體 Points Media (a Hong Kong outlet abroad) from the fire archive, written as Big5 like parts B-F
BIG5: list[tuple[str, str, str, dict[str, Any]]] = [
    ("g_pointsmedia_1", PM + "香港世紀大火-分析人口數據-宏福苑居民老化-依賴外傭照顧者-獨兩座較多按揭-人口較年輕/index.html",
     "points-media.com", dict(title=30, first=32, last=59, byline="棱角編輯部", dateline=(31, "2025-12-02", None, []),
                              notes="棱角媒體 data story, Big5: nav twice, a breadcrumb with the headline cut short, "
                                    "the date alone under the headline; a chart source line inside the body; "
                                    "'棱角編輯部' after the text is the byline; support link, prev/next and "
                                    "login form follow.")),
    ("g_pointsmedia_2", PM + "陳牛竹的意識形態宏福苑火災的再次佐證/index.html", "points-media.com",
     dict(title=31, subtitle="宏福苑火災的再次佐證", first=33, last=49, byline="作者：陳牛",
          dateline=(32, "2025-11-27", None, []),
          notes="棱角媒體 column (博客), Big5: headline '【陳牛】竹的意識形態——宏福苑火災的再次佐證' split at the "
                "dash; three sub-heads; the author line '作者：陳牛 https://…' closes the text (byline).")),
    ("g_pointsmedia_3", PM + "讀者投稿大埔火災證高質高效政府無能-風險管理乏關注釀悲劇-白影/index.html",
     "points-media.com", dict(title=31, first=33, last=68, byline="作者：白影", disclaimer=70,
                              dateline=(32, "2025-11-28", None, []),
                              notes="棱角媒體 reader's submission in Cantonese, Big5: the writer's name is part "
                                    "of the headline as the page shows it ('… – 白影'); sub-heads; '作者：白影 "
                                    "（港菲混血兒)' after the text (byline), then the 免責聲明 of the outlet.")),
]

MD_REPOS = ("doocs/advanced-java", "Snailclimb/JavaGuide", "xitu/gold-miner", "ruanyf/jstraining")
MD_UNDER = {"doocs/advanced-java": "docs/", "Snailclimb/JavaGuide": "docs/", "xitu/gold-miner": "article/",
            "ruanyf/jstraining": "docs/"}
MD_PER_REPO = {"ruanyf/jstraining": 2}
# hand-checked corrections of the markup-derived labels, by (repo, path)
MD_FIX: dict[tuple[str, str], dict[str, Any]] = {
    ("xitu/gold-miner", "article/2021/what-is-mobile-devops-and-why-should-you-care.md"): {
        "body_first": "最近，似乎有越来越多的术语提到了",
        "notes": "Hand-fixed: the first block is an image whose alt text holds a link (not body text); body "
                 "starts at the first paragraph."},
}
# the translation project's footer closing every gold-miner file (a feedback note, a rule and an ad): not body
GM_FOOTER = re.compile(r"^> 如果发现译文存在错误", re.M)

CJK = re.compile(r"[\u4e00-\u9fff]")


# <h2>-<h6>, or a paragraph that is all bold (the sub-heads of many Chinese CMSs)
_HEAD_TAG = re.compile(r"<h(?P<n>[2-6])\b[^>]*>(?P<h>.*?)</h(?P=n)>|<p\b[^>]*>\s*<(?P<t>strong|b)\b[^>]*>(?P<b>.*?)"
                       r"</(?P=t)>\s*</p>", re.S | re.I)
_BOLD_HEAD_MAX = 30
_HEAD_MAX = 40
_SENTENCE_END = ("。", "！", "？", "；", "…", "：", ":")


def _html_heads(html: str, lines: list[str], first: int, last: int) -> list[dict[str, Any]]:
    """The page's own heads that are lines of the article, in order: its <h2>-<h6> (levels by
    the rank of the tag among those the article uses), else its all-bold short paragraphs."""
    tagged: list[tuple[str, int]] = []
    bold: list[tuple[str, int]] = []
    for m in _HEAD_TAG.finditer(html):
        inner = m.group("h") or m.group("b")
        if re.search(r"</?p\b", inner, re.I):
            continue  # a bold run that closes in a later paragraph
        text = re.sub(r"<[^>]+>", "", inner)
        text = re.sub(r"\s+", " ", text.replace("&nbsp;", " ").replace("&amp;", "&")).strip()
        if not text or "\\" in text or len(text) > _HEAD_MAX:
            continue  # a formula or a paragraph set in a heading tag
        if m.group("h"):
            tagged.append((text, int(m.group("n"))))
        elif len(text) <= _BOLD_HEAD_MAX and not text.endswith(_SENTENCE_END):
            bold.append((text, 1))
    heads = _in_article(tagged, lines, first, last) or _in_article(bold, lines, first, last)
    ranks = sorted({h["level"] for h in heads})
    for h in heads:
        h["level"] = ranks.index(h["level"]) + 1
    return heads


def _in_article(found: list[tuple[str, int]], lines: list[str], first: int, last: int) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    k = first
    for text, level in found:
        for i in range(k, last + 1):
            if lines[i].strip() == text:
                out.append({"text": text, "level": level, "sub": None})
                k = i + 1
                break
    return out


def build_html(rows: list[dict[str, Any]]) -> None:
    commit = git(WK, "rev-parse", "HEAD").decode().strip()
    for name, path, site, url, spec in HTML:
        text = _rendered(WK, "HEAD", path)
        lines = text.split("\n")
        fname = name + ".txt"
        label = _label(lines, spec, fname=fname, site=site, source=f"{WK} {path} @{commit}", dropped=0)
        html = decode(git(WK, "show", f"HEAD:{path}"))
        label["headings"] = _html_heads(html, lines, spec["title"] + 1, spec["last"])
        write_page(name, fname, text, "utf-8", label)
        rows.append({"file": fname, "site": site, "repo": WK, "path": path, "commit": commit,
                     "licence": LIC[WK], "url": url})


def build_big5(rows: list[dict[str, Any]]) -> None:
    commit = git(HK, "rev-parse", "HEAD").decode().strip()
    for name, path, site, spec in BIG5:
        text, dropped = keep_encodable(_rendered(HK, "HEAD", path), "cp950")
        lines = text.split("\n")
        fname = name + _suffix("cp950") + ".txt"
        plain = {k: v for k, v in spec.items() if k != "subtitle"}
        label = _label(lines, plain, fname=fname, site=site, source=f"{HK} {path} @{commit}", dropped=dropped)
        if spec.get("subtitle"):  # the headline's line holds both, parted by a dash
            label["title"] = label["title"].split("——")[0].strip()
            label["subtitle"] = spec["subtitle"]
        html = decode(git(HK, "show", f"HEAD:{path}"))
        label["headings"] = _html_heads(html, lines, spec["title"] + 1, spec["last"])
        write_page(name, fname, text, "cp950", label)
        rows.append({"file": fname, "site": site, "repo": HK, "path": path, "commit": commit,
                     "licence": LIC[HK], "url": _page_url(HK, path, "")})


def md_files(repo: str) -> list[str]:
    """The repository's chosen Markdown files: SHA-1 order of the path, article-sized, with a title."""
    names = [n for n in git(repo, "ls-tree", "-r", "--name-only", "HEAD", MD_UNDER[repo]).decode().split("\n")
             if n.endswith(".md")]
    names.sort(key=lambda n: hashlib.sha1(n.encode()).hexdigest())
    out = []
    for n in names:
        raw = git(repo, "show", f"HEAD:{n}").decode("utf-8", "replace")
        if 800 <= len(CJK.findall(raw)) <= 15000 and parse(raw)["title"]:
            out.append(n)
        if len(out) == MD_PER_REPO.get(repo, 3):
            break
    return out


def build_md(rows: list[dict[str, Any]]) -> None:
    for repo in MD_REPOS:
        commit = git(repo, "rev-parse", "HEAD").decode().strip()
        for k, path in enumerate(md_files(repo), 1):
            raw = git(repo, "show", f"HEAD:{path}")
            name = f"g_md_{repo.split('/')[1].lower().replace('-', '')}_{k}"
            md = raw.decode("utf-8")
            cut = GM_FOOTER.search(md)
            p = parse(md[:cut.start()] if cut else md)
            label = {"file": name + ".md", "site": f"github.com/{repo}", "source": f"{repo} {path} @{commit}",
                     "title": p["title"], "subtitle": None, "headings": p["headings"], "byline": None,
                     "disclaimer": None, "body_first": p["body_first"], "body_last": p["body_last"],
                     "dateline": None, "confidence": "high",
                     "notes": "Labels derived from the Markdown markup (headings outside code fences), checked by hand."}
            label.update(MD_FIX.get((repo, path), {}))
            (HERE / "pages" / (name + ".md")).write_bytes(raw)
            (HERE / "labels" / (name + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1) + "\n",
                                                          encoding="utf-8")
            rows.append({"file": name + ".md", "site": label["site"], "repo": repo, "path": path, "commit": commit,
                         "licence": LIC[repo], "url": f"https://github.com/{repo}/blob/{commit}/{path}"})


def build_g(rows: list[dict[str, Any]]) -> None:
    build_html(rows)
    build_big5(rows)
    build_md(rows)


def main() -> int:
    ap = argparse.ArgumentParser(description="build part G, or show one page's numbered rendered lines")
    ap.add_argument("--show", help="page name")
    a = ap.parse_args()
    if not a.show:
        rows: list[dict[str, Any]] = []
        build_g(rows)
        for r in rows:
            print(r["file"], r["site"])
        return 0
    for name, path, _site, _url, spec in HTML:
        if name == a.show:
            print_numbered(_rendered(WK, "HEAD", path), spec)
            return 0
    print("no such page", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
