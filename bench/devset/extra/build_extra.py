#!/usr/bin/env python3
"""Build the "extra" part of the development set.

Part A: Chinese Markdown files copied byte-for-byte from public GitHub
repositories (snapshots fetched under /work/.mirror/OWNER+NAME/repo); labels are
derived from the Markdown markup (mdlabel.py) and then corrected by the
hand-checked OVERRIDES below.
Part B: Traditional-Chinese / government HTML pages rendered to "select all,
copy" text (see render_b.py), labels written by hand (labels_b.py).

Part C: Chinese article pages from content-extractor test fixtures (build_c.py).
Part D: more Chinese/HK/TW article pages from test fixtures and news archives (build_d.py).
Part E: ten more HK/TW news-archive pages (build_e.py); part A also gained five phodal/growth-ebook
chapters whose labels are hand-fixed overrides.
Part F: pages from sites not yet in the set (HK outlets of the fire archive, 财经网, 理论中国, CSDN; build_f.py).
Part H: heading-rich pages from 30 new sites (laws, regulations, court cases, WeChat-style features), rendered
from their Markdown by build_h.py (run it on its own), labels from the markup, a sample hand-checked.
Part I: heading-rich WeChat features from 12 new outlets with four kinds of page ending, by build_i.py (run it
on its own, after build_h.py's helpers), labels from the markup, all hand-checked.

Usage: python3 build_extra.py [--part A|B|C|D|E|F]   (writes pages/, labels/, SOURCES.md)
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
MIRROR = Path("/work/.mirror")
sys.path.insert(0, str(HERE))
from mdlabel import parse  # noqa: E402

LICENCES = {
    "ruanyf/weekly": "none stated",
    "easychen/howto-make-more-money": "none stated",
    "geekan/HowToLiveLonger": "Unlicense (public domain)",
    "selfteaching/the-craft-of-selfteaching": "CC BY-NC-ND 3.0 (README)",
    "Vonng/ddia": "CC BY 4.0",
    "wangdoc/javascript-tutorial": "CC BY-SA (package.json)",
    "sunface/rust-course": "no licence (README: read/fork only)",
    "996icu/996.ICU": "Anti-996 License 1.0",
    "xiaolai/everyone-can-use-english": "MPL-2.0",
    "tw93/weekly": "MIT (package.json)",
    "pengsida/learning_research": "none stated",
    "phodal/growth-ebook": "Creative Commons public licence (LICENSE)",
}

# (repo, path, overrides)
MD_SOURCES: list[tuple[str, str, dict[str, Any]]] = [
    ("ruanyf/weekly", "docs/issue-212.md", {}),
    ("ruanyf/weekly", "docs/issue-15.md", {}),
    ("ruanyf/weekly", "docs/issue-361.md", {}),
    ("easychen/howto-make-more-money", "ch13.md", {}),
    ("easychen/howto-make-more-money", "ch06.md", {}),
    ("easychen/howto-make-more-money", "ch07.md", {}),
    ("geekan/HowToLiveLonger", "README.md", {
        "body_first": "ACM: All-Cause Mortality / 全因死亡率",
        "notes": "Badge images and a linked table of contents (list) sit between the H1 and the first section; "
                 "body_first is the first paragraph after that TOC. Sections start at H3, so all levels are >=2."}),
    ("selfteaching/the-craft-of-selfteaching", "markdown/Part.1.B.why.start.from.learning.coding.md", {}),
    ("selfteaching/the-craft-of-selfteaching", "markdown/Part.1.F.deal-with-forward-references.md", {
        "body_last": "[1]：也可能真的会死……",
        "notes": "Ends with a **脚注** footnote block and a '↑Back to Content↑' back-link (navigation, not body)."}),
    ("selfteaching/the-craft-of-selfteaching", "from-readers/sxuya-selfteaching-story.md", {}),
    ("selfteaching/the-craft-of-selfteaching", "from-readers/zhangqis-self-taught-stories.md", {
        "notes": "First section '个人介绍' is a bullet list starting with the author's name (not a byline line)."}),
    ("Vonng/ddia", "content/zh/ch7.md", {
        "notes": "Hugo page: title only in front matter; anchors, hugo {{< figure >}} shortcodes; ends with "
                 "footnote definitions [^n]: under '参考' (body_last = text of the last footnote)."}),
    ("Vonng/ddia", "content/tw/ch1.md", {
        "notes": "Traditional-Chinese Hugo page: title only in front matter; epigraph then a '> [!TIP]' "
                 "early-release note (not treated as disclaimer); ends with footnote definitions."}),
    ("wangdoc/javascript-tutorial", "docs/oop/this.md", {}),
    ("wangdoc/javascript-tutorial", "docs/async/timer.md", {}),
    ("wangdoc/javascript-tutorial", "docs/basic/history.md", {}),
    ("sunface/rust-course", "src/basic/ownership/ownership.md", {}),
    ("sunface/rust-course", "src/logs/about-log.md", {}),
    ("sunface/rust-course", "src/advance/smart-pointer/box.md", {}),
    ("996icu/996.ICU", "i18n/zh-Hans.md", {
        "confidence": "medium",
        "notes": "Setext H1 title; law articles as H3/H4. The last '## ' heading is a whole news item the author "
                 "marked as H2 (kept, since the Markdown says so)."}),
    ("996icu/996.ICU", "i18n/zh-Hant-HK.md", {
        "notes": "Cantonese / Traditional Chinese. Setext H1 title; law articles as H3/H4."}),
    ("xiaolai/everyone-can-use-english", "book/chapter7.md", {
        "body_last": "近两年我选书又多了两个标准：优选那些有电子版",
        "notes": "Ends with a previous/next chapter navigation table (not body). A '5.8' heading sits among "
                 "numbered H2s (author's numbering, kept as written)."}),
    ("xiaolai/everyone-can-use-english", "1000-hours/self-training/10-going-back.md", {}),
    ("xiaolai/everyone-can-use-english", "1000-hours/training-tasks/procedures.md", {}),
    ("tw93/weekly", "src/pages/posts/184-mamala.md", {
        "notes": "No headline in the file (front matter has only a date): title not scored. "
                 "Starts with a cover <img> and a <small> caption."}),
    ("tw93/weekly", "src/pages/posts/121-STANLEY.md", {
        "notes": "No headline in the file (front matter has only a date): title not scored."}),
    ("pengsida/learning_research", "README.md", {
        "notes": "Mixed English/Chinese headings. A one-line reprint request (如果转载…请注明出处) sits under the "
                 "'Citation' heading; treated as body, not a disclaimer block."}),
    ("pengsida/learning_research", "getting_started_in_research.md", {}),
    ("phodal/growth-ebook", "chapters/2.1.2-mvc.md", {
        "title": "MVC", "headings": [{"text": t, "level": lv, "sub": None} for t, lv in (
            ("Model", 1), ("View", 1), ("Controller", 1), ("更多", 1), ("MVP", 2), ("MVVM", 2))],
        "notes": "Hand-fixed: the chapter title is a setext '---' (H2) underline, and the section heads are "
                 "written '###Model' without a space (not ATX headings to a strict parser, but the author's "
                 "section heads); ### -> level 1, #### -> level 2."}),
    ("phodal/growth-ebook", "chapters/3.1.2-tdd.md", {
        "title": "测试驱动开发", "headings": [{"text": t, "level": 1, "sub": None} for t in ("红-绿-重构", "测试先行")],
        "body_last": "在这种理想的情况下，我们为什么不",
        "notes": "Hand-fixed: setext '---' title; '###' heads without a space; ends with a plain '参考资料' line "
                 "and one reference (not body)."}),
    ("phodal/growth-ebook", "chapters/3.2.2-refactor.md", {
        "title": "代码重构", "headings": [{"text": t, "level": 1, "sub": None} for t in ("重命名", "提取变量", "提炼函数")],
        "notes": "Hand-fixed: setext '---' title; '###' heads without a space; the body opens with a "
                 "blockquote definition."}),
    ("phodal/growth-ebook", "chapters/4.2.1-cache.md", {
        "title": "Web 缓存", "headings": [{"text": t, "level": 1, "sub": None} for t in (
            "数据库端缓存", "应用层缓存", "前端缓存", "客户端缓存", "HTML5 离线缓存")],
        "notes": "Hand-fixed: setext '---' title; '###' heads without a space; a bullet list of the cache "
                 "layers follows the intro paragraph."}),
    ("phodal/growth-ebook", "chapters/3.0.2-git.md", {
        "title": "Git 与版本控制", "headings": [{"text": t, "level": lv, "sub": None} for t, lv in (
            ("版本控制", 1), ("Git", 1), ("Git 初入", 2))],
        "body_first": "版本控制是一种记录一个或若干文件",
        "notes": "Hand-fixed: setext '---' title; '###'/'####' heads without a space; the first section head "
                 "comes straight after the title, so body_first is the blockquote definition under '版本控制'."}),
]


def git(repo: str, *args: str) -> bytes:
    d = MIRROR / (repo.replace("/", "+")) / "repo"
    return subprocess.run(["git", "-C", str(d), *args], capture_output=True, check=True).stdout


def slug(repo: str) -> str:
    return repo.replace("/", "-").lower().replace(".", "-").replace("_", "-")


def build_a(rows: list[dict[str, Any]]) -> None:
    counters: dict[str, int] = {}
    for repo, path, ov in MD_SOURCES:
        commit = git(repo, "rev-parse", "HEAD").decode().strip()
        raw = git(repo, "show", f"HEAD:{path}")
        s = slug(repo)
        counters[s] = counters.get(s, 0) + 1
        name = f"md_{s}_{counters[s]}.md"
        (HERE / "pages" / name).write_bytes(raw)
        p = parse(raw.decode("utf-8"))
        label = {
            "file": name,
            "site": f"github.com/{repo}",
            "source": f"{repo} {path} @{commit}",
            "title": p["title"],
            "subtitle": None,
            "headings": p["headings"],
            "byline": None,
            "disclaimer": None,
            "body_first": p["body_first"],
            "body_last": p["body_last"],
            "dateline": None,
            "confidence": "high",
            "notes": "Labels derived from the Markdown markup (headings outside code fences), checked by hand.",
        }
        for k, v in ov.items():
            label[k] = v
        (HERE / "labels" / (name.rsplit(".", 1)[0] + ".json")).write_text(
            json.dumps(label, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        rows.append({"file": name, "site": label["site"], "repo": repo, "path": path, "commit": commit,
                     "licence": LICENCES.get(repo, "?"), "url": f"https://github.com/{repo}/blob/{commit}/{path}"})


def write_sources(rows: list[dict[str, Any]]) -> None:
    out = ["# Sources of the extra development set", "",
           "Files are copied or rendered from public repositories at the commit shown; "
           "`build_extra.py` rebuilds them from snapshots under /work/.mirror (run it with the project venv: "
           "../render.py needs lxml).", "",
           "Part A (`md_*.md`): Markdown copied byte-for-byte; labels derived from the markup (mdlabel.py) and "
           "hand-checked (overrides in build_extra.py). Part B (`hk_*`, `tw_*`, `cn_*`): archived news/government "
           "pages rendered to select-all-copy text (chrome kept), HK/TW pages written as Big5 (cp950, the few "
           "characters outside cp950 dropped and counted in the label notes); labels written by reading the "
           "rendered text (line numbers in build_b.py), confidence medium. Part C (`cn_*` from build_c.py): "
           "Chinese article pages from content-extractor test fixtures (ccprocessor/llm-webkit-mirror, "
           "postlight/parser) rendered the same way, UTF-8, hand-labelled by line number. Part D (build_d.py): "
           "more pages from extractor fixtures (newspaper4k, goose3, EventsMachine, llm-webkit-mirror) and HK "
           "outlets of the fire archive, rendered the same way (UTF-8, Big5 for HK/TW, GBK for one mainland page), "
           "hand-labelled by 0-based line number. Part E (build_e.py): ten more pages from the same archive "
           "(dotdotnews, TVB, on.cc, RTHK, Sing Tao, TVBS, i-CABLE, Commercial Radio, Ming Pao), rendered and "
           "labelled the same way. Part F (build_f.py): pages from sites not in the set before (巴士的報, "
           "法庭線 The Witness, 晴報 from the same archive, Big5; 财经网, 理论中国 and CSDN pages of the magic-html "
           "benchmark, UTF-8), rendered and labelled the same way. Part G (build_g.py, `g_*`): five HTML pages from "
           "sites new to the set (知乎专栏, 掘金, Microsoft Learn, a blog, a content site; llm-webkit-mirror test "
           "assets) and three from 棱角媒體 (Points Media, Big5) of the fire archive, rendered and hand-labelled the same way, "
           "sub-heads from the page's own <h2>-<h6> or all-bold short paragraphs; and Markdown "
           "from four new repositories by Chinese authors, files picked by the SHA-1 order of their paths, labels "
           "from the markup, hand-checked.", "",
           "| file | site | repository · path · commit | licence | URL |", "|---|---|---|---|---|"]
    for r in rows:
        out.append(f"| {r['file']} | {r['site']} | {r['repo']} · {r['path']} · {r['commit'][:12]} | "
                   f"{r['licence']} | {r.get('url') or ''} |")
    (HERE / "SOURCES.md").write_text("\n".join(out) + "\n", encoding="utf-8")


CONFLICT_MARKERS = ("<<<<<<< ", ">>>>>>> ")


def drop_conflicted(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Leave out pages whose archived HTML holds git merge-conflict markers: no real page does."""
    kept = []
    for row in rows:
        page = HERE / "pages" / row["file"]
        text = page.read_bytes().decode("utf-8", "replace") if page.exists() else ""
        if page.suffix == ".txt" and any(m in text for m in CONFLICT_MARKERS):
            page.unlink()
            (HERE / "labels" / (Path(row["file"]).stem.removesuffix("_big5") + ".json")).unlink(missing_ok=True)
            (HERE / "labels" / (Path(row["file"]).stem + ".json")).unlink(missing_ok=True)
            continue
        kept.append(row)
    return kept


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--part", choices=["A", "B", "C", "D", "E", "F", "G", "all"], default="all")
    a = ap.parse_args()
    (HERE / "pages").mkdir(exist_ok=True)
    (HERE / "labels").mkdir(exist_ok=True)
    rows: list[dict[str, Any]] = []
    if a.part in ("A", "all"):
        build_a(rows)
    if a.part in ("B", "all"):
        from build_b import build_b

        build_b(rows)
    if a.part in ("C", "all"):
        from build_c import build_c

        build_c(rows)
    if a.part in ("D", "all"):
        from build_d import build_d

        build_d(rows)
    if a.part in ("E", "all"):
        from build_e import build_e

        build_e(rows)
    if a.part in ("F", "all"):
        from build_f import build_f

        build_f(rows)
    if a.part in ("G", "all"):
        from build_g import build_g

        build_g(rows)
    rows = drop_conflicted(rows)
    write_sources(rows)
    print(f"{len(rows)} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
