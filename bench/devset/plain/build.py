"""Build the plain-text batch: real articles as a news corpus's scraper saves them (issue 10).

    .venv/bin/python bench/devset/plain/build.py          # write pages/, labels/, SOURCES rows
    .venv/bin/python bench/devset/plain/build.py --show   # print each page with numbered lines

The texts a news corpus holds carry no page chrome and often no headline line: only the
article's paragraphs, each indented with two ideographic spaces, a wire opening
(新华社香港11月27日电 …) or a reporter's line first, short section heads as lines of their own.
This batch makes such texts from the article element of 人民網's 大灣區 pages in the Hong Kong
fire archive (reidlai/Hong-Kong-Fire-Documentary, the mirror under /work/.mirror): the <p>
paragraphs of div.rm_txt_con, in order, nothing else (no headline, no date or source line, no
editor credit: those are outside the paragraphs). Every other page is written as GBK bytes
(`*_gbk.txt`), as corpora of the kind keep them. Labels: title null (the text has no headline
line), headings the paragraphs that are all bold and short (level 1), the body's first and last
paragraph; bylines and corrections from HANDCHECK (read against `--show`). The three pages of
the outlet that devset/twhk uses are left out, and so are pages whose paragraphs repeat another
page's (the archive saved some articles twice) and pages under 250 characters.
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

from lxml import html as lxml_html

HERE = Path(__file__).resolve().parent
MIRROR = Path("/work/.mirror/reidlai+Hong-Kong-Fire-Documentary/repo")
REPO = "reidlai/Hong-Kong-Fire-Documentary"
COMMIT = "09dfd96482e79134ce9868dfb37be1e560be11ec"
OUTLET = "content/news/peoples-daily-gba/archive/"
XPATH = "//div[contains(@class, 'rm_txt_con')]"
SITE = "people.cn"
LICENCE = "repo licence in LICENSE.md (project's own terms); article text (c) the publisher"
TWHK = ("香港大埔火灾救援持续-特区政府希望内地提供协助",
        "为表达对大埔宏福苑火灾罹难者的沉重哀悼11月29日至12月1日香港特区所有政府建筑物及设施的国旗及区旗下半旗志哀",
        "全力以赴灭火-万众一心救灾香港大埔火灾救援现场直击")  # fmt: skip
MIN_CHARS = 250
INDENT = "\u3000\u3000"
HANDCHECK: dict[str, dict[str, Any]] = json.loads((HERE / "handcheck.json").read_text("utf-8"))


def git(*args: str) -> bytes:
    return subprocess.run(["git", f"--git-dir={MIRROR}", *args], capture_output=True, check=True).stdout


def headline(raw: bytes) -> str:
    """The page's headline: its one <h1> with text."""
    heads = (" ".join(h.text_content().split()) for h in lxml_html.fromstring(raw).xpath("//h1"))
    return next((h for h in heads if h), "")


def paragraphs(raw: bytes) -> list[tuple[str, bool]]:
    """The article element's paragraphs: (text, all bold)."""
    doc = lxml_html.fromstring(raw)
    found = doc.xpath(XPATH)
    if not found:
        return []
    out = []
    for p in found[0].xpath(".//p"):
        text = " ".join(p.text_content().split())
        if not text:
            continue
        bold = "".join(" ".join(b.text_content().split()) for b in p.xpath("./strong|./b"))
        out.append((text, bold == text and len(text) <= 30))
    return out


def articles() -> list[dict[str, Any]]:
    names = git("ls-tree", "-r", "-z", "--name-only", COMMIT).decode().split("\0")
    seen: set[str] = set()
    found = []
    for name in sorted(n for n in names if n.startswith(OUTLET) and n.endswith("/index.html")):
        slug = name[len(OUTLET):-len("/index.html")]
        if slug in TWHK:
            continue
        raw = git("show", f"{COMMIT}:{name}")
        paras = paragraphs(raw)
        body = "".join(t for t, _ in paras)
        if len(body) < MIN_CHARS or body in seen or "<<<<<<<" in body:
            continue
        seen.add(body)
        key = hashlib.sha1(name.encode("utf-8")).hexdigest()[:8]
        meta = json.loads(git("show", f"{COMMIT}:{name.replace('index.html', 'metadata.json')}") or b"{}")
        found.append({"key": key, "path": name, "paras": paras, "url": meta.get("url", ""), "headline": headline(raw)})
    return found


TAIL = re.compile(r"^(分享让更多人看到|《 ?人民日报 ?》.*|（[^（）]*(参与采写|报道|电)）)$")
CAPTION = re.compile(r"(摄|供图)）?$")
OPENING_WRITER = re.compile(r"^\S*?电 ?[（(]((记者)?[^（）()]{2,20})[）)]")
WRITER_LINE = re.compile(r"^(新华社记者)?[\u4e00-\u9fff]{2,4}(、[\u4e00-\u9fff]{2,4})*$")
CREDIT = re.compile(r"^（(综合)?(本报记者[^（）]*(参与采写|报道))）$")
HEADED = re.compile(r"电 ?题：")


def edges(texts: list[str]) -> tuple[int, int, str | None]:
    """The body's first and last paragraph and the writers, as the batch's labels read them."""
    first, last = 0, len(texts) - 1
    while last > 0 and TAIL.match(texts[last]):
        last -= 1
    while last > 0 and CAPTION.search(texts[last]):
        last -= 1
    writer = None
    while first < last and CAPTION.search(texts[first]):
        first += 1
    if HEADED.search(texts[first]):
        first += 1
        if WRITER_LINE.match(texts[first]):
            writer, first = texts[first], first + 1
    elif m := OPENING_WRITER.match(texts[first]):
        writer = m.group(1)
    while first < last and CAPTION.search(texts[first]):
        first += 1
    if writer is None:
        writer = next((m.group(2) for t in texts if (m := CREDIT.match(t))), None)
    return first, last, writer


def headed(page: dict[str, Any]) -> bool:
    """A third of the pages keep their headline as the first line (the form of corpora that
    store the title over the text); the others start with the text."""
    return bool(page["headline"]) and int(page["key"], 16) % 3 == 0


def dispatch_headline(texts: list[str]) -> tuple[str | None, str | None]:
    """新华社香港11月28日电 题：主题——副题 opening the text: its headline after 题：, split at the dash."""
    opening = next((t for t in texts if not CAPTION.search(t)), "")
    if not HEADED.search(opening):
        return None, None
    head = HEADED.split(opening, maxsplit=1)[1].strip()
    main, _, sub = head.partition("——")
    return main.strip(), sub.strip() or None


def label(page: dict[str, Any], file: str) -> dict[str, Any]:
    paras = page["paras"]
    texts = [t for t, bold in paras if not bold]
    first, last, writer = edges(texts)
    body = texts[first:last + 1]
    fix = HANDCHECK.get(page["key"], {})
    title, subtitle = (page["headline"], None) if headed(page) else dispatch_headline(texts)
    return {
        "file": file,
        "site": SITE,
        "source": f"{REPO} {page['path']} @{COMMIT}",
        "title": title,
        "subtitle": subtitle,
        "headings": fix.get("headings", [{"text": t, "level": 1, "sub": None} for t, bold in paras if bold]),
        "byline": fix.get("byline", writer),
        "disclaimer": None,
        "body_first": fix.get("body_first", body[0][:15]),
        "body_last": fix.get("body_last", body[-1][:15]),
        "confidence": "high",
        "notes": "auto from the article element's <p> (all-bold short paragraphs as heads), no headline line; "
        + fix.get("audit", "hand-checked: nothing to correct"),
    }


def main() -> int:
    pages = articles()
    show = "--show" in sys.argv
    (HERE / "pages").mkdir(exist_ok=True)
    (HERE / "labels").mkdir(exist_ok=True)
    rows = []
    for i, page in enumerate(pages):
        gbk = i % 2 == 1
        file = f"people_{page['key']}{'_gbk' if gbk else ''}.txt"
        text = (f"{page['headline']}\n" if headed(page) else "") + "".join(f"{INDENT}{t}\n" for t, _ in page["paras"])
        if show:
            print(f"== {page['key']} {file}")
            for n, (t, bold) in enumerate(page["paras"]):
                print(f"{n:3} {'H ' if bold else '  '}{t[:100]}")
            continue
        data = text.encode("gbk", errors="replace") if gbk else text.encode("utf-8")
        (HERE / "pages" / file).write_bytes(data)
        lab = label(page, file)
        (HERE / "labels" / f"{Path(file).stem}.json").write_text(
            json.dumps(lab, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        rows.append(f"| {file} | {SITE} | {REPO} · {page['path']} · {COMMIT[:12]} | {LICENCE} | {page['url']} |")
    if not show:
        print("\n".join(rows))
        print(f"{len(rows)} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
