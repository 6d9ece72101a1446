"""Part C: Chinese article pages from content-extractor test fixtures -> scraped text + hand labels.

Sources: ccprocessor/llm-webkit-mirror (HTML test assets) and postlight/parser (fixtures/). Each page is
rendered by ../render.py (browser "select all, copy": chrome kept) and written as UTF-8. Labels were
written by reading the rendered text: the numbers below are 0-based line numbers of the rendered text.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
MIRROR = Path("/work/.mirror")
sys.path[:0] = [str(HERE), str(HERE.parent)]  # ../render.py renders every part alike
from render import render  # noqa: E402

WK = "ccprocessor/llm-webkit-mirror"
PL = "postlight/parser"
LICENCES = {WK: "none stated in repo; article text (c) the publisher",
            PL: "MIT (package.json); article text (c) the publisher"}
WK_HTML = "tests/llm_web_kit/extractor"

# name, repo, path, site, url, spec (0-based line numbers)
PAGES: list[tuple[str, str, str, str, str, dict[str, Any]]] = [
    ("cn_qdaily_1", PL, "fixtures/www.qdaily.com.html", "qdaily.com", "",
     dict(title=54, first=58, last=77, byline="谢若含", dateline=(55, "2017-03-01T14:27", None, ["谢若含"]),
          notes="Long nav/search chrome above; author+time line, a like counter and a truncated summary line "
                "('…...') sit between title and body; '题图来自 Hater' credit and app prompt follow the body.")),
    ("cn_weixin_1", WK, f"{WK_HTML}/html/magic_html/assets/weixin.html", "mp.weixin.qq.com",
     "https://mp.weixin.qq.com/s/ZhDXTjv5ciEGOZirqQ6BJA",
     dict(title=0, first=2, last=26, headings=[9, 13, 17, 22], dateline=(1, "2024-12-18T18:08", "CSDN", []),
          notes="WeChat article: account name + time + place line under the title; four sub-heads; "
                "'微信扫一扫/关注该公众号' chrome after the body.")),
    ("cn_sina_1", WK, f"{WK_HTML}/html/magic_html/assets/xp1_5.html", "sina.com.cn",
     "http://finance.sina.com.cn/money/forex/forexroll/2016-05-25/doc-ifxsktkp9337164.shtml",
     dict(title=26, first=32, last=42, byline=44, dateline=(27, "2016-05-25T10:10", "新浪财经", []),
          notes="Sina finance page: share row and a 热点栏目 box between dateline and body; '进入【新浪财经股吧】' "
                "prompt, then 责任编辑 credit (byline) after the body.")),
    ("cn_regengya_1", WK, f"{WK_HTML}/html/magic_html/assets/custom.html", "regengya.com",
     "https://www.regengya.com/index.php/2024/08/25/%e5%b9%bf%e6%99%ba%e6%95%91%e6%88%91/",
     dict(title=3, first=5, last=9, byline="regengya", disclaimer=10,
          dateline=(4, "2024-08-25", None, ["regengya"]),
          notes="WordPress meme-explainer post; '原创文章，作者：…如若转载，请注明出处' reprint notice after the body "
                "is the disclaimer; tags, related posts and comment form follow.")),
    ("cn_zjfish_1", WK, f"{WK_HTML}/assets/extractor_chain_input/good_data/html/zh.html", "zjfish.org", "",
     dict(title=27, first=31, last=31, dateline=(29, None, None, []),
          notes="Research-institute news page (浙江省淡水水产研究所): a view counter and month-only date "
                "('2024年02月', published not given) under the title; single-paragraph body; related list after.")),
]


def git(repo: str, *args: str) -> bytes:
    d = MIRROR / repo.replace("/", "+") / "repo"
    return subprocess.run(["git", "-C", str(d), *args], capture_output=True, check=True).stdout


def clip(s: str, n: int = 15) -> str:
    return s.strip(" \u3000\t")[:n]


def _label(lines: list[str], spec: dict[str, Any], *, fname: str, site: str, source: str) -> dict[str, Any]:
    def line(n: int) -> str:
        return lines[n].strip(" \u3000\t")

    dl = spec.get("dateline")
    by = spec.get("byline")
    disc = spec.get("disclaimer")
    return {
        "file": fname,
        "site": site,
        "source": source,
        "title": line(spec["title"]),
        "subtitle": None,
        "headings": [{"text": line(h), "level": 1, "sub": None} for h in spec.get("headings", [])],
        "byline": line(by) if isinstance(by, int) else by,
        "disclaimer": line(disc) if isinstance(disc, int) else None,
        "body_first": clip(lines[spec["first"]]),
        "body_last": clip(lines[spec["last"]]),
        "dateline": ({"text": line(dl[0]), "published": dl[1], "publisher": dl[2], "authors": dl[3]}
                     if dl else None),
        "confidence": "high",
        "notes": "hand-labelled from the rendered text: " + spec.get("notes", ""),
    }


def build_c(rows: list[dict[str, Any]]) -> None:
    for name, repo, path, site, url, spec in PAGES:
        commit = git(repo, "rev-parse", "HEAD").decode().strip()
        html = git(repo, "show", f"HEAD:{path}").decode("utf-8", "replace")
        text = render(html)
        lines = text.split("\n")
        fname = name + ".txt"
        (HERE / "pages" / fname).write_text(text, encoding="utf-8")
        label = _label(lines, spec, fname=fname, site=site, source=f"{repo} {path} @{commit}")
        (HERE / "labels" / (name + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1) + "\n",
                                                        encoding="utf-8")
        rows.append({"file": fname, "site": site, "repo": repo, "path": path, "commit": commit,
                     "licence": LICENCES[repo], "url": url})
