"""Part D: more Chinese article pages from public test fixtures and archives -> scraped text + hand labels.

Sources (bare git snapshots under /work/.mirror, read with `git show REV:PATH`):
  AndyTheFactory/newspaper4k   tests/data/html/chinese_article*.html (BBC Chinese, China Daily, Xinhua)
  goose3/goose3                tests/data/schema/test_schema_list.html (CNA, Taiwan)
  sonyfe25cp/EventsMachine     gossip/src/test/resources/*.html at the commit that added them (ifeng, chinanews, qq)
  ccprocessor/llm-webkit-mirror  HTML test assets (health, blogs, government-style pages)
  reidlai/Hong-Kong-Fire-Documentary  content/news/<outlet>/archive/*/index.html (HK outlets not in part B)

Each page is rendered by ../render.py (browser "select all, copy": chrome kept) and written as UTF-8,
as Big5 (cp950) for Hong Kong / Taiwan pages, or as GBK for a few mainland pages whose source declared
GB2312/GBK. Labels were written by reading the rendered text; the numbers below are 0-based line numbers
of the rendered text.  `python build_d.py --show NAME` prints a page's numbered lines.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
MIRROR = Path("/work/.mirror")
sys.path[:0] = [str(HERE), str(HERE.parent)]  # ../render.py renders every part alike
from render import render  # noqa: E402

NP = "AndyTheFactory/newspaper4k"
GO = "goose3/goose3"
EM = "sonyfe25cp/EventsMachine"
EM_REV = "ca2dd9edb72b16d2f84bb76a5999af955a4afb7a"  # the commit that added the fixtures (later emptied)
WK = "ccprocessor/llm-webkit-mirror"
HK = "reidlai/Hong-Kong-Fire-Documentary"
HKP = "content/news/"
LICENCES = {NP: "MIT (repo); article text (c) the publisher",
            GO: "Apache-2.0 (repo); article text (c) the publisher",
            EM: "none stated in repo; article text (c) the publisher",
            WK: "none stated in repo; article text (c) the publisher",
            HK: "repo licence in LICENSE.md (project's own terms); article text (c) the publisher"}

# name, repo, rev ("HEAD" or a commit), path, site, output encoding, url, spec (0-based line numbers)
PAGES: list[tuple[str, str, str, str, str, str, str, dict[str, Any]]] = [
    ("cn_bbc_1", NP, "HEAD", "tests/data/html/chinese_article.html", "bbc.co.uk", "utf-8",
     "http://www.bbc.co.uk/zhongwen/simp/chinese_news/2012/12/121210_hongkong_politics.shtml",
     dict(title=9, first=25, last=40, headings=[31],
          dateline=(10, "2012-12-10T10:41", None, []),
          notes="BBC Chinese (simplified) page: share-button row between dateline and body; a photo caption "
                "precedes the first paragraph and two more captions sit inside the body; one crosshead "
                "('“郑重道歉”'); related-links boxes and headline lists follow.")),
    ("cn_chinadaily_1", NP, "HEAD", "tests/data/html/chinese_article_001.html", "chinadaily.com.cn", "utf-8",
     "https://china.chinadaily.com.cn/a/202311/17/WS65571297a310d5acd876f404.html",
     dict(title=29, first=36, last=46, headings=[37, 41], byline="责任编辑：严玉洁",
          dateline=(31, "2023-11-17T15:13", "中国日报网", []),
          notes="China Daily Chinese site: nav repeated twice above; '来源： 中国日报网' line, then the date line; "
                "two bold sub-heads; '（编辑：严玉洁 王辉）' and '【责任编辑：严玉洁】' after the body (byline = the "
                "责任编辑 credit).")),
    ("cn_xinhuanet_1", NP, "HEAD", "tests/data/html/chinese_article_002.html", "xinhuanet.com", "utf-8",
     "http://www.news.cn/fortune/2023-11/17/c_1129981476.htm",
     dict(title=6, first=8, last=11, byline="责任编辑:张樵苏",
          dateline=(7, "2023-11-17T20:52", "新华网", []),
          notes="Xinhua page: headline appears twice (header block and article block); body_first starts with "
                "the '新华社北京11月17日电' dateline lead; '【纠错】 【责任编辑:张樵苏 】' after the body.")),
    ("tw_cna_1", GO, "HEAD", "tests/data/schema/test_schema_list.html", "cna.com.tw", "cp950",
     "https://www.cna.com.tw/news/aipl/202302210388.aspx",
     dict(title=210, first=215, last=222, byline="編輯：蘇龍麒",
          dateline=(211, "2023-02-21T21:20", "中央社", []),
          notes="Central News Agency (Taiwan) page, written as Big5: ~200 lines of menus and headline lists "
                "above; photo caption between dateline and body; the first paragraph opens with the "
                "'（中央社記者溫貴香台北21日電）' credit; two related-story links sit inside the body; the site-wide "
                "'本網站之文字…不得轉載' footer notice is chrome, not a disclaimer; the editor's credit glued to the "
                "last paragraph (（編輯：蘇龍麒）) is the byline, as the shared corpus labels 编辑：X.")),
    ("cn_ifeng_1", EM, EM_REV, "gossip/src/test/resources/fenghuang.html", "ifeng.com", "utf-8", "",
     dict(title=38, first=40, last=44, byline="作者：王昊阳 编辑：叶晋",
          dateline=(39, "2011-01-01T23:11", "中新网", []),
          notes="ifeng.com news page (2011): the body's first paragraph opens with '中新网南昌1月1日电 (王昊阳)'; "
                "a promo link, share row and comment box follow; the '作者：… 编辑：…' credit sits below the "
                "comment box.")),
    ("cn_chinanews_1", EM, EM_REV, "gossip/src/test/resources/gn-news-chinanews.html", "chinanews.com", "gbk", "",
     dict(title=22, first=24, last=29, byline="编辑:马学玲",
          dateline=(23, "2012-07-10T22:13", "新华网", []),
          notes="chinanews.com page (2012), written as GBK like its source: full-width-indented paragraphs; "
                "'【编辑:马学玲】' right after the body; related and recommended lists follow.")),
    ("cn_qq_1", EM, EM_REV, "gossip/src/test/resources/gn-news-qq.html", "qq.com", "gbk", "",
     dict(title=58, first=61, last=72, byline="责任编辑：amberma",
          dateline=(59, "2012-07-07T09:47", "环球时报", ["单仁平"]),
          notes="QQ news page (2012), written as GBK: dateline line runs date, source, '[微博]', author and a "
                "comment counter together; an editorial ending with '▲（作者是…）'; the '[责任编辑：amberma]' "
                "credit sits ~35 lines below the body, after a recommended-weibo box.")),
    ("cn_qq_2", EM, EM_REV, "gossip/src/test/resources/qq2.html", "qq.com", "utf-8", "",
     dict(title=58, first=61, last=67, byline="责任编辑：thiagoxu",
          dateline=(59, "2012-07-11T21:38", "中国新闻网", ["戚亚平"]),
          notes="QQ news page (2012) carrying a chinanews wire story; first paragraph opens with "
                "'中新网乌鲁木齐7月11日电 (记者戚亚平)'; '[责任编辑：thiagoxu]' far below the body.")),
    ("hk_bbc_1", HK, "HEAD", HKP + "bbc-chinese/archive/大埔五級火災增至94死76傷至少63年來最嚴重料週五早上完成爆破救援工作/index.html",
     "bbc.com", "cp950", "",
     dict(title=20, first=24, last=144, dateline=(22, "2025-11-26", None, []),
          notes="BBC News 中文 (traditional) live-style report, Big5: '圖像來源'/'圖像加註文字' caption lines and "
                "skipped YouTube-embed notices are scattered through the body; a '熱讀' related box (lines 33-38) "
                "sits inside it; '最近更新' line under the date.")),
    ("hk_881903_1", HK, "HEAD", HKP + "commercial-radio/archive/保監局協調保險業界支援受災人士/index.html",
     "881903.com", "cp950", "",
     dict(title=26, first=30, last=31, dateline=(27, "2025-11-27T17:29", None, []),
          notes="Commercial Radio news page, Big5: '來源：商台新聞' line between dateline and body; a tag line and "
                "'下一篇新聞' follow the two-paragraph body.")),
    ("hk_881903_2", HK, "HEAD", HKP + "commercial-radio/archive/京東在中聯辦協助下調配物資應急-續有物資由廣東出發/index.html",
     "881903.com", "cp950", "",
     dict(title=26, first=30, last=30, dateline=(27, "2025-11-27T15:34", None, []),
          notes="Commercial Radio news page, Big5: single-paragraph body; '來源：京東' line above it.")),
    ("hk_dotdotnews_1", HK, "HEAD", HKP + "dotdotnews/archive/來論特區政府高效指揮-定能帶領香港渡過難關/index.html",
     "dotdotnews.com", "cp950", "",
     dict(title=132, first=140, last=143, byline="文／黃永光", dateline=(133, "2025-11-29T22:32", None, []),
          notes="Opinion piece (來論), Big5: headline printed twice; '文／黃永光' author credit above the body; "
                "the '（作者為…主席）' author note after the last paragraph is not body.")),
    ("hk_pointsmedia_1", HK, "HEAD", HKP + "points-media/archive/讀者投稿大埔火災證高質高效政府無能-風險管理乏關注釀悲劇-白影/index.html",
     "points-media.com", "cp950", "",
     dict(title=31, first=33, last=68, headings=[38, 49, 61], byline="作者：白影 （港菲混血兒)", disclaimer=70,
          dateline=(32, "2025-11-28", None, []),
          notes="Reader submission in Cantonese, Big5: three bold sub-heads; author line after the body, then a "
                "'免責聲明：以上為投稿讀者之個人意見…' disclaimer and a support link. The archive left git "
                "conflict-marker text in the first and last chrome lines.")),
    ("hk_now_1", HK, "HEAD", HKP + "now-news/archive/大埔宏福苑四級火外牆棚架焚燒火光沖天-初步兩人嚴重燒傷昏迷送院/index.html",
     "now.com", "cp950", "",
     dict(title=27, first=30, last=34, dateline=(28, "2025-11-26T15:59", None, []),
          notes="Now News page, Big5: headline printed twice; a topic link ('大埔宏福苑四級火．不斷更新') sits "
                "after the lead paragraph; related-news list with times follows.")),
    ("hk_now_2", HK, "HEAD", HKP + "now-news/archive/大埔直擊宏福苑大火-市民自發到附近廣福商場向災民派發物資/index.html",
     "now.com", "cp950", "",
     dict(title=27, first=30, last=31, dateline=(28, "2025-11-27T14:09", None, []),
          notes="Now News page, Big5: headline twice, an '廣告' line between dateline and body; two paragraphs.")),
    ("cn_39net_1", WK, "HEAD", "tests/llm_web_kit/extractor/html/magic_html/assets/others.html", "39.net", "utf-8", "",
     dict(title=1, first=5, last=59, headings=[7, 15, 34, 55], disclaimer=60,
          dateline=(2, "2024-04-23T12:27", "39健康网", []),
          notes="39健康网 feature: a summary line and '本文首发于39深呼吸公众号' under the dateline; numbered "
                "sub-heads (01…, 02…, 03…) and '【写在最后】'; '◎' photo captions inside the body; the "
                "'…原创内容，未经授权不得转载' notice after the body is the disclaimer.")),
    ("cn_whu_1", WK, "HEAD", "tests/llm_web_kit/main_html_parser/parser/assets/test_html_data/simplify_cases/nav_class.html",
     "whu.edu.cn", "utf-8", "",
     dict(title=29, first=31, last=66, headings=[33, 38, 44, 54, 63], byline="作者：武汉大学历史学院郭伦",
          dateline=(30, "2017-04-06T17:46", "国学院宣传部", []),
          notes="University institute (武汉大学国学院) page reprinting a Thepaper report: side lists of news "
                "above; five bold sub-heads; photo captions ('讲座中的谢贵安教授', '张居正', '万历皇帝的课表', "
                "'讲座现场') inside the body; '来源：澎湃新闻 … 作者：…' and '（本文经澎湃新闻授权转载）' after it.")),
    ("cn_51cto_1", WK, "HEAD", "bench/data/origin/code_15.html", "51cto.com", "utf-8", "",
     dict(title=17, first=22, last=130,
          headings=[27, 29, (31, 2), (33, 2), (35, 2), 37, (38, 2), (43, 2), (63, 2), (65, 3), (83, 3), 106, 126,
                    128],
          disclaimer=21, dateline=(19, "2022-11-23T11:30", None, ["华为云开发者联盟"]),
          notes="51CTO blog post: a table of contents (lines 3-16) repeats the heading texts above the title; "
                "'©著作权归作者所有…请联系作者获得转载授权' declaration sits above the body (disclaimer); the "
                "'本文分享自华为云社区…作者：…' credit follows the 摘要 paragraph; YAML/Go code blocks inside; "
                "'▍' heads level 1, plain sub-heads level 2, '-复制/-分发' level 3; the '附：…' appendix of links "
                "is kept as body; a follow prompt closes it.")),
]


def git(repo: str, *args: str) -> bytes:
    d = MIRROR / repo.replace("/", "+") / "repo"
    return subprocess.run(["git", "-C", str(d), *args], capture_output=True, check=True).stdout


def decode(b: bytes) -> str:
    """Decode by the declared charset, falling back to UTF-8 (some fixtures were re-saved as UTF-8)."""
    m = re.search(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_-]+)""", b[:6000], re.I)
    declared = m.group(1).decode().lower() if m else "utf-8"
    if declared in ("gb2312", "gbk", "gb18030"):
        declared = "gb18030"
    elif declared.startswith("big5"):
        declared = "big5hkscs"
    for enc in (declared, "utf-8", "gb18030"):
        try:
            return b.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
    return b.decode("utf-8", "replace")


def keep_encodable(text: str, enc: str) -> tuple[str, int]:
    """Drop the characters `enc` cannot encode; return the text and how many were dropped."""
    if enc == "utf-8":
        return text, 0
    out = []
    dropped = 0
    for ch in text:
        try:
            ch.encode(enc)
            out.append(ch)
        except UnicodeEncodeError:
            dropped += 1
    return "".join(out), dropped


def clip(s: str, n: int = 15) -> str:
    return s.strip(" \u3000\t")[:n]


def _label(lines: list[str], spec: dict[str, Any], *, fname: str, site: str, source: str,
           dropped: int) -> dict[str, Any]:
    def line(n: int) -> str:
        return lines[n].strip(" \u3000\t")

    dl = spec.get("dateline")
    by = spec.get("byline")
    disc = spec.get("disclaimer")
    heads = []
    for h in spec.get("headings", []):
        n, level = (h, 1) if isinstance(h, int) else h
        heads.append({"text": line(n), "level": level, "sub": None})
    notes = "hand-labelled from the rendered text: " + spec.get("notes", "")
    if dropped:
        notes += f" {dropped} characters outside the output encoding dropped."
    return {
        "file": fname,
        "site": site,
        "source": source,
        "title": line(spec["title"]),
        "subtitle": line(spec["subtitle"]) if spec.get("subtitle") is not None else None,
        "headings": heads,
        "byline": line(by) if isinstance(by, int) else by,
        "disclaimer": line(disc) if isinstance(disc, int) else None,
        "body_first": clip(lines[spec["first"]]),
        "body_last": clip(lines[spec["last"]]),
        "dateline": ({"text": line(dl[0]), "published": dl[1], "publisher": dl[2], "authors": dl[3]}
                     if dl else None),
        "confidence": "high",
        "notes": notes,
    }


def _rendered(repo: str, rev: str, path: str) -> str:
    return render(decode(git(repo, "show", f"{rev}:{path}")))


def _page_url(repo: str, path: str, url: str) -> str:
    """The archive's metadata.json URL for a HK page when none is given."""
    if url or repo != HK:
        return url
    try:
        found = json.loads(git(repo, "show", "HEAD:" + path.rsplit("/", 1)[0] + "/metadata.json")).get("url")
    except (subprocess.CalledProcessError, ValueError):
        return ""
    return str(found or "")


def _suffix(enc: str) -> str:
    return {"utf-8": "", "cp950": "_big5", "gbk": "_gbk"}[enc]


def write_page(name: str, fname: str, text: str, enc: str, label: dict[str, Any]) -> None:
    """Write a rendered page in its encoding and its label (shared by parts D, E and F)."""
    (HERE / "pages" / fname).write_bytes(text.encode(enc))
    (HERE / "labels" / (name + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1) + "\n",
                                                    encoding="utf-8")


def print_numbered(text: str, spec: dict[str, Any]) -> None:
    """A page's rendered lines, numbered, with its title (T) and first (F) and last (L) body lines."""
    marks = {spec["title"]: "T", spec["first"]: "F", spec["last"]: "L"}
    for i, ln in enumerate(text.split("\n")):
        print(f"{marks.get(i, ' ')}{i:4d} {ln[:100]}")


def build_d(rows: list[dict[str, Any]]) -> None:
    for name, repo, rev, path, site, enc, url, spec in PAGES:
        commit = git(repo, "rev-parse", rev).decode().strip()
        text, dropped = keep_encodable(_rendered(repo, rev, path), enc)
        lines = text.split("\n")
        fname = name + _suffix(enc) + ".txt"
        label = _label(lines, spec, fname=fname, site=site, source=f"{repo} {path} @{commit}", dropped=dropped)
        write_page(name, fname, text, enc, label)
        rows.append({"file": fname, "site": site, "repo": repo, "path": path, "commit": commit,
                     "licence": LICENCES[repo], "url": _page_url(repo, path, url)})


def main() -> int:
    ap = argparse.ArgumentParser(description="show one part-D page's numbered rendered lines")
    ap.add_argument("--show", required=True, help="page name")
    a = ap.parse_args()
    for name, repo, rev, path, _site, enc, _url, spec in PAGES:
        if name == a.show:
            text, _ = keep_encodable(_rendered(repo, rev, path), enc)
            print_numbered(text, spec)
            return 0
    print("no such page", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
