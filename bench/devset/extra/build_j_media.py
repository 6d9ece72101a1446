"""Part J, second half: articles of new-media, tech-news and blog sites new to the set -> text + labels.

Source: Rock-Candy-Tea/RSSHUB-PAGE, a Hexo site that archived RSSHub feeds as Markdown posts (front matter:
title, feed, date in GMT; body: the feed item's article HTML as the outlet published it). The repository is
too large to mirror here (4 GB), so each article's HTML was copied from the stored version named below into
src_j/NAME.html (text kept as it is; image attributes, inline styles and an SVG icon left out, which change
no rendered line). Each article is set in a page shell of ours modelled on its kind of site (a business or
new-media portal, a tech-news portal, a blog), one shell per kind, and rendered by ../render.py.

Labels come from the markup, as build_h.py does: the title is the post's title; headings are the article's
<h2>-<h6> and bold-only short paragraphs (levels by tag, bold-only ones one level under the deepest tag
above them in the page, or by numbering 一、 > （一） > 1.), lifted so the top is 1; the body runs from the
first to the last article paragraph, leaving out credit lines (本文作者：…, 原文链接：…, 本文由…发布, 题图来自…)
and the site's support box; the byline is the author credit; the dateline is the shell's date line (the
post's date in Beijing time). HANDCHECK below fixes what a hand check found wrong.
Usage: python build_j_media.py            (writes pages/j_*.txt, labels/j_*.json, prints SOURCES rows)
       python build_j_media.py --show NAME (prints one page's numbered lines and its label)
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]
from build_h import keep_encodable, marked_render, nz  # noqa: E402

REPO = "Rock-Candy-Tea/RSSHUB-PAGE"
LICENCE = "none stated in repo; article text (c) the publisher"
P = "source/_posts/"

# name, site, outlet, kind, title, date (GMT, or "" when the post has none), path, commit, encoding
PAGES: list[tuple[str, str, str, str, str, str, str, str, str]] = [
    ("j_huxiu_1", "huxiu.com", "虎嗅", "biz", "情绪的刻意化", "2021-05-24 11:44",
     P + "新媒体/虎嗅/作者/情绪的刻意化.md", "0023c70b489c572353c66bb745fc14e70c886cac", "utf-8"),
    ("j_36kr_1", "36kr.com", "36氪", "biz", "1-10月佛山签约引进超亿元或超千万美元项目近300个", "2021-11-19 02:03",
     P + "新媒体/36kr/快讯/1-10月佛山签约引进超亿元或超千万美元项目近300个.md",
     "4cc77e80b7b0d9f95e447aec2b9b487003b3bb88", "utf-8"),
    ("j_woshipm_1", "woshipm.com", "人人都是产品经理", "biz", "PC客户端数据埋点分享", "2021-07-16 00:00",
     P + "新媒体/人人都是产品经理/最新文章/PC客户端数据埋点分享.md", "f1420bccd86b62d5c0bedb2a6e9d96453d053564",
     "utf-8"),
    ("j_cnbeta_1", "cnbeta.com", "cnBeta", "tech", "不到10%的Linux上的Firefox用户在运行Wayland", "2022-02-07 09:05",
     P + "新媒体/cnBeta/最新/不到10%的Linux上的Firefox用户在运行Wayland.md",
     "6deafc4ef30947c1a7ea6ba69d007d2b1d5c5bf1", "gbk"),
    ("j_cnbeta_2", "cnbeta.com", "cnBeta", "tech", "OpenSSL修复可被黑客攻击的服务器崩溃高危漏洞", "2021-03-26 07:56",
     P + "新媒体/cnBeta/最新/OpenSSL修复可被黑客攻击的服务器崩溃高危漏洞.md",
     "37a5352acdb3fe77014fdefe1cd7761d693e7fcf", "utf-8"),
    ("j_oschina_1", "oschina.net", "开源中国", "tech", "Netty 4.1.67.Final 发布，异步事件驱动的网络应用框架",
     "2021-08-18 06:11", P + "编程/开源中国/资讯/Netty 4167Final 发布，异步事件驱动的网络应用框架.md",
     "4a8500bd4dd6cbf4d0ffffc73141fd983df2d4a5", "utf-8"),
    ("j_dockone_1", "dockone.io", "DockOne", "tech", "Kubernetes的namespace一直Terminating的完美解决方案",
     "2021-09-13 03:08", P + "编程/Dockone/周报/Kubernetes的namespace一直Terminating的完美解决方案.md",
     "af1cf19d3cdacafa66287ea50715db2c716913fa", "utf-8"),
    ("j_aliyunkernel_1", "kernel.taobao.org", "阿里云系统组技术博客", "blog", "面对疾风吧！io_uring 优化 nginx 实战演练",
     "2020-09-27 00:00", P + "博客/阿里云系统组技术博客/首页/面对疾风吧！io_uring 优化 nginx 实战演练.md",
     "b2f07a8f5b54a8200105b42ae88f1ba44c5967cf", "utf-8"),
    ("j_jianshu_1", "jianshu.com", "简书", "blog", "再见，Java字符串是不可变的", "",
     P + "社交媒体/简书/首页/再见，Java字符串是不可变的.md", "b8d1de5e24c0fcaafb389a5a19e68c639e4a77ed", "utf-8"),
]

# Corrections from the hand check (name -> fields replaced; "drop_heads": head texts that are not heads).
HANDCHECK: dict[str, dict[str, Any]] = {
    # a bold lead-in to a chart ("具体图表如下："), not a head
    "j_cnbeta_1": {"drop_heads": ["具体图表如下："]},
    # bold heads right under an image, taken for captions by the rule; and the circled-number lines, plain text
    # in the markup but set as the heads of the paragraphs under each bold head (①实时统计 / ②延时统计 …)
    "j_woshipm_1": {"add_heads": [("（2）软件的使用", 3), ("（3）软件卸载", 3),
                                  ("①实时统计", 4), ("②延时统计", 4), ("①常规的基础统计", 4), ("②功能统计", 4),
                                  ("①结构体", 4), ("②计数", 4), ("③字符串", 4), ("④整形", 4), ("⑤布尔型", 4)]},
    # the author's sign-off under the summary (a search tip, a GitHub plug, a self-introduction): not the article
    "j_jianshu_1": {"body_last": "好了，我亲爱的小伙伴们，以上就"},
}
# Every page's label was read against its rendered text (title, date line, body edges, byline, each head and its level).
HAND_CHECKED = frozenset({"j_huxiu_1", "j_36kr_1", "j_woshipm_1", "j_cnbeta_1", "j_cnbeta_2", "j_oschina_1",
                          "j_dockone_1", "j_aliyunkernel_1", "j_jianshu_1"})

_CREDIT = re.compile(r"^(?:本文作者[：:]|原文链接[：:]|本文由\s*@|题图来自|给作者打赏)")
_AUTHOR = re.compile(r"^本文作者[：:]\s*([^，,\s]+)|^本文由\s*@(\S+?)\s*原创")


def beijing(gmt: str) -> dt.datetime | None:
    if not gmt:
        return None
    return dt.datetime.strptime(gmt, "%Y-%m-%d %H:%M") + dt.timedelta(hours=8)


def shell(kind: str, outlet: str, title: str, when: dt.datetime | None, article: str) -> tuple[str, str | None]:
    """The page's HTML and its date line (None when the post has no date)."""
    stamp = when.strftime("%Y-%m-%d %H:%M") if when else ""
    if kind == "biz":
        top = f"<div>{outlet}　首页 | 资讯 | 快讯 | 专栏 | 活动 | 创投 | 登录 | 注册</div>"
        info = f"{outlet}　{stamp}" if when else None
        tail = ("<div>分享至：微信 | 微博 | QQ空间 | 复制链接</div><div><h3>推荐阅读</h3><ul><li>本周热门文章</li>"
                "<li>编辑精选</li><li>24小时热榜</li></ul></div>"
                f"<div>关于我们 | 加入我们 | 商务合作 | 意见反馈</div><div>© 2021 {outlet} 京ICP备12345678号</div>")
    elif kind == "tech":
        top = f"<div>{outlet} | 首页 | 资讯 | 软件 | 硬件 | 开源 | 专题 | 投递</div><div>当前位置：首页 > 资讯 > 正文</div>"
        info = f"发布时间：{stamp}　来源：{outlet}" if when else None
        tail = ("<div>分享到：微信 微博 QQ</div><div>上一篇：返回列表 | 下一篇：返回首页</div>"
                "<div><h3>相关文章</h3><ul><li>本周热门资讯</li><li>开源软件更新</li></ul></div>"
                "<div><h3>网友评论</h3><p>登录后发表评论</p></div>"
                f"<div>{outlet} 版权所有 | 联系我们 | 网站地图</div>")
    else:
        top = f"<div>{outlet}</div><div>首页 | 归档 | 分类 | 标签 | 关于</div>"
        info = f"发表于 {stamp[:10]}" if when else None
        tail = ("<div>« 上一篇 | 下一篇 »</div><div>评论</div>"
                f"<div>© {outlet} | 联系作者 | 订阅 RSS</div>")
    meta = f"<div class='info'>{info}</div>" if info else ""
    html = (f"<html><body>{top}<div class='main'><h1>{title}</h1>{meta}"
            f"<div id='article'>{article}</div></div>{tail}</body></html>")
    return html, info


def heads_of(lines: list[str], marks: dict[int, int], body: list[int]) -> list[dict[str, Any]]:
    inbody = {i: v for i, v in marks.items() if i in body and not _CREDIT.match(lines[i].strip())}
    heads: list[dict[str, Any]] = []
    deepest = 0
    for i in body:
        if i not in inbody:
            continue
        v = inbody[i]
        if v < 10:
            deepest = v
            lv = v
        else:  # a bold-only head: one under the deepest tagged head above it, else by its numbering
            lv = deepest + 1 if deepest else v - 10
        heads.append({"text": lines[i].strip(), "level": lv, "sub": None})
    if heads:
        low = min(h["level"] for h in heads)
        for h in heads:
            h["level"] -= low - 1
    return heads


def label(spec: tuple[str, ...], lines: list[str], marks: dict[int, int], info: str | None) -> dict[str, Any]:
    name, site, outlet, kind, title, gmt, path, commit, _enc = spec
    ti = next(i for i, ln in enumerate(lines) if nz(ln) == nz(title))
    start = ti + (2 if info else 1)
    end = next(i for i in range(start, len(lines)) if re.match(r"^(分享至：|分享到：|« 上一篇)", lines[i].strip()))
    body = [i for i in range(start, end) if lines[i].strip()]
    credits = [lines[i].strip() for i in body if _CREDIT.match(lines[i].strip())]
    body = [i for i in body if not _CREDIT.match(lines[i].strip())]
    heads = heads_of(lines, marks, body)
    texts = [lines[i].strip() for i in body if i not in marks]
    authors = [m.group(0) for c in credits for m in [_AUTHOR.match(c)] if m]
    when = beijing(gmt)
    return {
        "file": "", "site": site, "source": f"{REPO} {path} @{commit}", "title": title, "subtitle": None,
        "headings": heads, "byline": min(authors, key=len) if authors else None, "disclaimer": None,
        "body_first": texts[0][:15], "body_last": texts[-1][:15],
        "dateline": ({"text": info, "published": when.strftime("%Y-%m-%d"), "publisher": outlet, "authors": []}
                     if info and when else None),
        "confidence": "medium",
        "notes": "generated from the article's HTML markup by build_j_media.py (headings: h2-h6 and bold-only "
                 "short paragraphs); page shell of ours",
    }


def build_one(spec: tuple[str, str, str, str, str, str, str, str, str]) -> tuple[str, str, dict[str, Any]]:
    name, _site, outlet, kind, title, gmt, _path, _commit, enc = spec
    article = (HERE / "src_j" / f"{name[2:]}.html").read_text(encoding="utf-8")
    html, info = shell(kind, outlet, title, beijing(gmt), article)
    lines, marks = marked_render(html)
    text, dropped = keep_encodable("\n".join(lines) + "\n", enc)
    assert not dropped, (name, dropped)
    lab = label(spec, text.splitlines(), marks, info)
    fix = dict(HANDCHECK.get(name, {}))
    drop = fix.pop("drop_heads", [])
    heads = [h for h in lab["headings"] if h["text"] not in drop]
    added = [{"text": t, "level": lv, "sub": None} for t, lv in fix.pop("add_heads", [])]
    if added:  # put them in page order (the page's head texts are unique where heads are added)
        order = {ln.strip(): i for i, ln in reversed(list(enumerate(text.splitlines())))}
        heads = sorted(heads + added, key=lambda h: order[h["text"]])
    lab["headings"] = heads
    lab.update(fix)
    if name in HAND_CHECKED:
        lab["confidence"] = "high"
        lab["notes"] += "; hand-checked against the rendered text"
    fname = name + ("_gbk" if enc == "gbk" else "") + ".txt"
    lab["file"] = fname
    return fname, text, lab


def write_pages(pages: Sequence[tuple[str, ...]],
                build_one: Callable[[tuple[str, ...]], tuple[str, str, dict[str, Any]]]) -> int:
    """Write each page and its label (or, with --show NAME, print one page's numbered lines and
    its label) and print the SOURCES rows: this part's and part K's command line."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", help="print one page's numbered lines")
    a = ap.parse_args()
    rows = []
    for spec in pages:
        if a.show and spec[0] != a.show:
            continue
        fname, text, lab = build_one(spec)
        if a.show:
            heads = {h["text"]: h["level"] for h in lab["headings"]}
            for i, ln in enumerate(text.splitlines()):
                print(f"{i:4} {heads.get(ln.strip(), ' ')} {ln[:100]}")
            print(json.dumps({k: v for k, v in lab.items() if k != "headings"}, ensure_ascii=False, indent=1))
            return 0
        (HERE / "pages" / fname).write_bytes(text.encode(spec[8]))
        (HERE / "labels" / (fname[:-4] + ".json")).write_text(
            json.dumps(lab, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        url = f"https://github.com/{REPO}/blob/{spec[7]}/{spec[6]}"
        rows.append(f"| {fname} | {spec[1]} | {REPO} · {spec[6]} · {spec[7][:12]} | {LICENCE} | {url} |")
    print("\n".join(rows))
    return 0


def main() -> int:
    return write_pages(PAGES, build_one)


if __name__ == "__main__":
    sys.exit(main())
