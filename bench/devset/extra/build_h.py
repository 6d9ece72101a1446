"""Part H: heading-rich pages from new sites -> scraped text + labels from the articles' own markup.

Sources (bare git snapshots under /work/.mirror, read with `git show HEAD:PATH`):
  LawRefBook/Laws                 Chinese laws, State Council regulations, ministry rules, local
                                  regulations and the courts' typical cases, in Markdown (# title,
                                  ## 第一章 / ### 第一节 or ## 基本案情 section heads, 第一条 paragraphs)
  Terminus2049/Terminus2049.github.io  long features and WeChat posts re-posted as Markdown (## heads or
                                  bold-only short lines as in the original), from a dozen outlets

Each article's Markdown becomes HTML (python-markdown), is set in a page shell of ours (a nav bar, a
breadcrumb, the headline, a date/source line, the article, a share row, a related-links box and a footer,
modelled on the outlet's kind of site: a government portal or a news/WeChat page) and is rendered by
../render.py to the text a browser's select-all-and-copy gives. The archivist's preface of a re-posted
feature (原文来自… / 本文由…转码) is not the article and is left out; images are dropped as render.py does.

Labels come from the markup, never from reading the rendered text: the title is the Markdown H1 / front
matter title (a trailing ｜outlet dropped), headings are the <h2>-<h6> and the bold-only short paragraphs
(as ../build.py finds them: not a caption — no leading ·/图/▲, not right under an image), levels by tag
(bold-only by numbering 一、 > （一） > 1.), lifted so the top is 1; body_first / body_last are the first and
last article paragraphs; the dateline is the shell's date/source line; byline an author line (文｜…,
作者：…) among the first article paragraphs. HANDCHECK below fixes what a hand check found wrong.
Usage: python build_h.py            (writes pages/h_*.txt, labels/h_*.json, prints SOURCES rows)
       python build_h.py --show NAME (prints one page's numbered lines and its headings)
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import markdown

HERE = Path(__file__).resolve().parent
MIRROR = Path("/work/.mirror")
sys.path[:0] = [str(HERE), str(HERE.parent)]
import render  # noqa: E402

LAW = "LawRefBook/Laws"
TERM = "Terminus2049/Terminus2049.github.io"
LICENCES = {LAW: "none stated in repo; laws, regulations and official documents are not protected (PRC Copyright Law art. 5)",
            TERM: "MIT (repo LICENSE, the Jekyll theme); article text (c) the original outlet"}
MARK = "\ue000"
SENT_END = "。！？!?；;…"

# name, repo, path, site, outlet (source line), date, shell kind ("gov"/"news"), output encoding
PAGES: list[tuple[str, str, str, str, str, str, str, str]] = [
    ("h_gov_1", LAW, "行政法规/风景名胜区条例(2016-02-06).md", "gov.cn", "国务院", "2016-02-06", "gov", "utf-8"),
    ("h_gov_2", LAW, "行政法规/防汛条例(2011-01-08).md", "gov.cn", "国务院", "2011-01-08", "gov", "utf-8"),
    ("h_samr_1", LAW, "部门规章/市场监督管理总局/家用汽车产品修理更换退货责任规定(2021-07-22).md", "samr.gov.cn",
     "市场监管总局", "2021-07-22", "gov", "utf-8"),
    ("h_samr_2", LAW, "部门规章/市场监督管理总局/侵害消费者权益行为处罚办法(2015-01-05).md", "samr.gov.cn",
     "市场监管总局", "2015-01-05", "gov", "gbk"),
    ("h_npc_1", LAW, "诉讼与非诉讼程序法/人民调解法(2010-08-28).md", "npc.gov.cn", "中国人大网", "2010-08-28", "gov",
     "utf-8"),
    ("h_npc_2", LAW, "诉讼与非诉讼程序法/劳动争议调解仲裁法(2007-12-29).md", "npc.gov.cn", "中国人大网", "2007-12-29",
     "gov", "utf-8"),
    ("h_court_1", LAW, "案例/劳动人事/加班费的仲裁时效应当如何认定.md", "court.gov.cn", "最高人民法院", "2021-08-26",
     "gov", "utf-8"),
    ("h_court_2", LAW, "案例/劳动人事/劳动者与用人单位订立放弃加班费协议，能否主张加班费.md", "court.gov.cn",
     "最高人民法院", "2021-08-26", "gov", "utf-8"),
    ("h_cca_1", LAW, "案例/消费购物/", "cca.org.cn", "中国消费者协会", "2022-03-15", "gov", "utf-8"),
    ("h_spp_1", LAW, "案例/民法典/", "chinacourt.org", "中国法院网", "2021-03-01", "news", "utf-8"),
    ("h_mps_1", LAW, "部门规章/公安部/", "mps.gov.cn", "公安部", "2020-01-01", "gov", "utf-8"),
    ("h_mohrss_1", LAW, "部门规章/人力资源社会保障部/", "mohrss.gov.cn", "人力资源社会保障部", "2019-01-01", "gov",
     "utf-8"),
    ("h_shrd_1", LAW, "DLC/上海地方法规/地方性法规/上海/上海市人民代表大会常务委员会关于进一步促进和保障“一网通办”改革的决定(2021-06-23).md",
     "spcsc.sh.cn", "上海人大", "2021-06-23", "gov", "utf-8"),
    ("h_zjrd_1", LAW, "DLC/浙江地方法规/", "zjrd.gov.cn", "浙江人大", "2020-01-01", "gov", "utf-8"),
    ("h_sdrd_1", LAW, "DLC/山东地方法规/", "sdrd.gov.cn", "山东人大", "2020-01-01", "gov", "gbk"),
    ("h_bjrd_1", LAW, "DLC/北京地方法规/", "bjrd.gov.cn", "北京人大", "2020-01-01", "gov", "utf-8"),
    ("h_dxgh_1", TERM, "_posts/2019-09-07-elephantia-pork-expensive.md", "mp.weixin.qq.com/大象公会", "大象公会",
     "2019-09-07", "news", "utf-8"),
    ("h_dxgh_2", TERM, "_posts/2018-09-15-population-plan.md", "mp.weixin.qq.com/大象公会", "大象公会",
     "2018-09-15", "news", "utf-8"),
    ("h_slc_1", TERM, "_posts/2018-08-13-p2p.md", "mp.weixin.qq.com/兽楼处", "兽楼处", "2018-08-13", "news", "utf-8"),
    ("h_myys_1", TERM, "_posts/2018-02-21-Chen-Xiaoqing.md", "weibo.com/民谣与诗", "民谣与诗工作室", "2018-02-21",
     "news", "utf-8"),
    ("h_tgcmz_1", TERM, "_posts/2018-02-24-unheard-a-bite-of-china.md", "mp.weixin.qq.com/特稿痴迷者", "特稿痴迷者",
     "2018-02-24", "news", "utf-8"),
    ("h_hzj_1", TERM, "_posts/2018-08-21-Yuan-Longping.md", "mp.weixin.qq.com/黄章晋", "黄章晋", "2018-08-21", "news",
     "utf-8"),
    ("h_hxzb_1", TERM, "_posts/2018-02-08-huang-he.md", "huaxiazaobao.net", "华夏早报", "2018-02-08", "news", "gbk"),
    ("h_zuoshu_1", TERM, "_posts/2018-01-30-ji-feng-dying.md", "mp.weixin.qq.com/做書", "做書", "2018-01-30", "news",
     "utf-8"),
    ("h_initium_1", TERM, "_posts/2018-02-06-jifeng-rip.md", "theinitium.com", "端傳媒", "2018-02-06", "news", "cp950"),
    ("h_zhengheda_1", TERM, "_posts/2019-02-19-2019-China-economy-trend.md", "mp.weixin.qq.com/正和岛", "正和岛",
     "2019-02-19", "news", "utf-8"),
    ("h_gys_1", TERM, "_posts/2019-05-23-China-America-trade-war.md", "mp.weixin.qq.com/冠一说", "冠一说",
     "2019-05-23", "news", "utf-8"),
    ("h_court_3", LAW, "案例/劳动人事/", "court.gov.cn", "最高人民法院", "2021-08-26", "gov", "utf-8"),
    ("h_cca_2", LAW, "案例/消费购物/", "cca.org.cn", "中国消费者协会", "2022-03-15", "gov", "utf-8"),
    ("h_spp_2", LAW, "案例/民法典/", "chinacourt.org", "中国法院网", "2021-03-01", "news", "utf-8"),
    ("h_rmfyb_1", LAW, "案例/行政协议诉讼/", "rmfyb.chinacourt.org", "人民法院报", "2020-01-14", "news", "utf-8"),
    ("h_spp_3", LAW, "司法解释/最高人民检察院关于适用刑法分则规定的犯罪的罪名的意见(1997-12-25).md", "spp.gov.cn",
     "最高人民检察院", "1997-12-25", "gov", "gbk"),
    ("h_henanrd_1", LAW, "DLC/河南地方法规/", "henanrd.gov.cn", "河南人大网", "2020-01-01", "gov", "utf-8"),
    ("h_cqrd_1", LAW, "DLC/重庆地方法规/", "ccpc.cq.cn", "重庆人大", "2020-01-01", "gov", "utf-8"),
    ("h_gdrd_1", LAW, "DLC/广东地方法规/", "rd.gd.gov.cn", "广东人大网", "2020-01-01", "gov", "utf-8"),
    ("h_gov_3", LAW, "行政法规/食品安全法实施条例(2019-10-11).md", "gov.cn", "国务院", "2019-10-11", "gov", "utf-8"),
    ("h_samr_3", LAW, "部门规章/市场监督管理总局/", "samr.gov.cn", "市场监管总局", "2021-01-01", "gov", "utf-8"),
    ("h_mps_2", LAW, "部门规章/公安部/", "mps.gov.cn", "公安部", "2020-01-01", "gov", "utf-8"),
    ("h_cyj_1", TERM, "_posts/2018-09-10-caiyuan.md", "mp.weixin.qq.com/创业家", "创业家", "2018-09-10", "news",
     "utf-8"),
    ("h_zsyjs_1", TERM, "_posts/2018-09-06-unemployment-tide.md", "mp.weixin.qq.com/资识研究所", "资识研究所",
     "2018-09-06", "news", "utf-8"),
    ("h_p2p_1", TERM, "_posts/2019-05-08-p2p.md", "mp.weixin.qq.com/半佛仙人", "半佛仙人", "2019-05-08", "news",
     "utf-8"),
]

# A path ending in "/" names a folder: its Nth file (PICK) with the most section heads is taken.
PICK: dict[str, int] = {"h_cca_1": 0, "h_spp_1": 0, "h_mps_1": 0, "h_mohrss_1": 0, "h_zjrd_1": 3, "h_sdrd_1": 5,
                        "h_bjrd_1": 2, "h_court_3": 2, "h_cca_2": 1, "h_spp_2": 1,
                        "h_rmfyb_1": 0, "h_henanrd_1": 0, "h_cqrd_1": 0, "h_gdrd_1": 0, "h_samr_3": 0, "h_mps_2": 1}

# Corrections from the hand check (name -> fields replaced in the generated label).
HANDCHECK: dict[str, dict[str, Any]] = {
    # '## 三' then the rest of the head on the next line in the source Markdown: the head is 三、…
    "h_mohrss_1": {"drop_heads": ["三"]},
    # 第一章 总 则 opening the regulation is its first chapter's head, as 第二章… are, not its first line of text
    "h_bjrd_1": {"prepend_heads": ["第一章 总 则"], "body_first": "第一条 为了保护和合理利用种质"},
    # 记者 谢梦遥 罗飞 under the date line, over the first paragraph, is the story's credit, not its text
    "h_tgcmz_1": {"byline": "记者 谢梦遥 罗飞", "body_first": "这篇报道关于《舌尖上的中国》"},
}

# Pages whose heading labels were read against the source by hand (the generator was fixed where they were
# wrong: pull quotes 「…」 and quoted speech in bold are not heads, a numeral over a head is its decoration,
# credits under the article are the byline, a bold table of contents is not a run of heads).
HAND_CHECKED = frozenset({"h_court_1", "h_myys_1", "h_zhengheda_1", "h_hxzb_1", "h_zuoshu_1", "h_initium_1",
                          "h_mohrss_1", "h_cca_1", "h_spp_1", "h_slc_1", "h_gys_1", "h_spp_3", "h_cyj_1", "h_p2p_1",
                          "h_rmfyb_1", "h_zsyjs_1"})

GOV_NAV = "首页 | 机构 | 新闻 | 政务公开 | 政务服务 | 互动交流 | 数据"
NEWS_NAV = "首页 | 要闻 | 财经 | 科技 | 文化 | 深度 | 评论 | 视频"


def git(repo: str, *args: str) -> bytes:
    d = MIRROR / repo.replace("/", "+") / "repo"
    return subprocess.run(["git", "--git-dir", str(d), *args], capture_output=True, check=True).stdout


def resolve(name: str, repo: str, path: str) -> str:
    if not path.endswith("/"):
        return path
    names = git(repo, "-c", "core.quotepath=false", "ls-tree", "-r", "--name-only", "HEAD", path).decode()
    files = sorted(p for p in names.splitlines() if p.endswith(".md") and not p.endswith("_index.md"))
    ranked = sorted(files, key=lambda p: -len(re.findall(r"^#{2,4} ", git(repo, "show", f"HEAD:{p}").decode(),
                                                           re.M)))
    return ranked[PICK[name]]


def front_matter(md: str) -> tuple[dict[str, str], str]:
    m = re.match(r"^---\s*\n(.*?)\n---\s*\n", md, re.S)
    if not m:
        return {}, md
    fm = {}
    for ln in m.group(1).splitlines():
        k, _, v = ln.partition(":")
        if v:
            fm[k.strip()] = v.strip().strip("'\"")
    return fm, md[m.end():]


_PREFACE = re.compile(r"^(?:>\s*)?(?:原文|文章来自|来源|本文由|~~|\[?被删|>$|原文链接|.*公众号「|.*微信文章二次复活)")


def strip_preface(body: str) -> str:
    """The archivist's lines above the article (原文来自…, 本文由 简悦 转码, a rule): not the article."""
    lines = body.split("\n")
    nonempty = [i for i, ln in enumerate(lines) if ln.strip()]
    for i in nonempty[:8]:
        if re.match(r"^\s*(?:---+|\*\*\*+)\s*$", lines[i]):
            return "\n".join(lines[i + 1:])
    k = 0
    while k < len(nonempty) and _PREFACE.match(lines[nonempty[k]].strip()):
        k += 1
    return "\n".join(lines[nonempty[k]:]) if k < len(nonempty) else body


def article(name: str, repo: str, path: str) -> tuple[str, str]:
    """(title, article Markdown)."""
    md = git(repo, "show", f"HEAD:{path}").decode("utf-8").replace("\r\n", "\n")
    fm, body = front_matter(md)
    if repo == LAW:
        m = re.match(r"\s*#\s+(.+)\n", body)
        assert m, path
        title = m.group(1).strip()
        body = body[m.end():]
        body = re.sub(r"^.*?<!-- INFO END -->\s*\n", "", body, flags=re.S)
        return title, body
    title = re.sub(r"\s*[|｜丨]\s*[^|｜丨]{1,12}$", "", fm.get("title", "").strip())
    return title, strip_preface(body)


def shell(kind: str, title: str, outlet: str, date: str, body_html: str) -> str:
    if kind == "gov":
        crumb = "当前位置：首页 > 政务公开 > 政策文件"
        info = f"发布时间：{date}　　来源：{outlet}　　【字体：大 中 小】"
        share = "分享到：微信 微博 QQ空间 | 打印本页 | 关闭窗口"
        related = "<div><h3>相关链接</h3><ul><li>政策解读</li><li>政策问答</li><li>政务服务平台</li></ul></div>"
        foot = (f"<div>主办单位：{outlet}　　网站标识码：bm00000001</div><div>版权所有：{outlet}　　京ICP备05070218号"
                "　　京公网安备11010202000001号</div>")
        nav = GOV_NAV
    else:
        crumb = f"{outlet} > 深度 > 正文"
        info = f"{date} 10:00　来源：{outlet}"
        share = "分享到： 微信 微博 QQ 复制链接"
        related = "<div><h3>相关阅读</h3><ul><li>一周热文回顾</li><li>编辑推荐：本周深度</li></ul></div>"
        foot = f"<div>关于我们 | 联系我们 | 广告服务 | 版权声明</div><div>Copyright © {outlet} All Rights Reserved</div>"
        nav = NEWS_NAV
    return (f"<html><body><div class='nav'>{nav}</div><div class='crumb'>{crumb}</div>"
            f"<div class='main'><h1>{title}</h1><div class='info'>{info}</div>"
            f"<div class='article' id='article'>{body_html}</div><div class='share'>{share}</div></div>"
            f"{related}<div class='foot'>{foot}</div></body></html>")


def nz(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def _bold_only(el: Any) -> bool:
    full = nz(el.text_content())
    if not full or len(full) > 40 or MARK in full:
        return False
    if el.xpath(".//p|.//div|.//li|.//table|.//br|.//img"):
        return False
    bold = "".join(nz(b.text_content()) for b in el.xpath(".//strong|.//b")
                   if not b.xpath("ancestor::strong|ancestor::b"))
    stripped = full.rstrip("”’」』\"'）)")
    quoted = full[:1] in "「『“" and full[-1:] in "」』”"  # a pull quote set in bold, not a head
    return bool(bold) and bold == full and bool(stripped) and stripped[-1] not in SENT_END and not quoted


def _caption(el: Any) -> bool:
    text = nz(el.text_content())
    if re.match(r"^[·•▲△↑]|^图[：:片为]|^（图|^\(图", text) or re.search(r"图片来源|摄$|供图$", text):
        return True
    prev = el.getprevious()
    return prev is not None and bool(prev.xpath("self::img|.//img")) and not nz(prev.text_content())


def numbering_level(t: str) -> int:
    if re.match(r"^[一二三四五六七八九十]+[、.．]", t):
        return 1
    if re.match(r"^[（(][一二三四五六七八九十]+[)）]", t):
        return 2
    if re.match(r"^\d+[、.．]", t) or re.match(r"^[（(]\d+[)）]", t):
        return 3
    return 1


def marked_render(html: str) -> tuple[list[str], dict[int, int]]:
    """The rendered lines and, for each heading line, its level code (h2..h6: 1..5; bold-only: 10 + numbering)."""
    root = render.parse(html)
    lines = render.render_tree(root).splitlines()
    art = root.get_element_by_id("article")
    for el in art.iter("h2", "h3", "h4", "h5", "h6"):
        text = nz(el.text_content())
        if text and not (text[:1] in "「『“" and text[-1:] in "」』”"):
            el.text = MARK + chr(0xE100 + int(el.tag[1]) - 1) + (el.text or "")
    for el in art.iter("p"):
        if _bold_only(el) and not _caption(el):
            el.text = MARK + chr(0xE100 + 10 + numbering_level(nz(el.text_content()))) + (el.text or "")
    marked = render.render_tree(root).splitlines()
    assert len(marked) == len(lines)
    out = {}
    for i, x in enumerate(marked):
        m = re.match(MARK + "(.)", x.lstrip(" \u3000"))
        if m:
            out[i] = ord(m.group(1)) - 0xE100
    return lines, out


_AUTHOR = re.compile(r"^[（(]?(?:文|作者|撰文|记者|文字)\s*[｜|/:：丨]\s*\S|^特約撰稿人|^◎作者")


_CREDIT = re.compile(r"^[（(]?(?:文|作者|撰文|记者|编辑|责编|责任编辑|来源|排版|校对|监制|图片|图)\s*[｜|/:：丨]|.{0,12}(?:独家)?首发$")
_NUMERAL = re.compile(r"\d{1,2}|[一二三四五六七八九十]{1,3}|Part\s*\d+", re.I)


def _real_heads(lines: list[str], body: list[int], marks: dict[int, int]) -> dict[int, int]:
    """Marked lines that head sections: not a credit, not a table of contents (three or more marked lines in a
    row, and the 目录 over them), and a numeral (01) set over a head is the head's decoration, not a head."""
    out = {i: v for i, v in marks.items() if i in body and not _CREDIT.match(lines[i].strip())}
    for i in sorted(out):
        run = [j for j in range(i, i + 3) if j in out]
        if len(run) == 3:
            k = i
            while k in out:
                k += 1
            for j in range(i, k):
                out.pop(j, None)
            if i - 1 in out and "目录" in lines[i - 1]:
                out.pop(i - 1)
    for i in sorted(out):
        if i + 1 in out and _NUMERAL.fullmatch(lines[i].strip()):
            out.pop(i)
    return out


def label(name: str, site: str, outlet: str, date: str, title: str, lines: list[str],  # noqa: PLR0917
          marks: dict[int, int], source: str) -> dict[str, Any]:
    ti = next(i for i, ln in enumerate(lines) if nz(ln) == nz(title))
    info = ti + 1
    end = next(i for i in range(len(lines) - 1, ti, -1) if lines[i].startswith("分享到"))
    body = [i for i in range(info + 1, end)]
    byline = None
    for i in body[:5]:
        if _AUTHOR.match(lines[i].strip()) and len(lines[i]) < 60:
            byline = lines[i].strip()
            break
    marks = _real_heads(lines, body, marks)
    tail = body[-1]
    credits = []
    while tail in body and _CREDIT.match(lines[tail].strip()) and len(lines[tail]) < 40:
        credits.insert(0, lines[tail].strip())  # 作者：…, …独家首发 under the article: credits
        marks.pop(tail, None)
        tail -= 1
    authors = [c for c in credits if _AUTHOR.match(c)]
    byline = byline or (authors or credits or [None])[0]
    body = [i for i in body if i <= tail]
    content = [i for i in body if i not in marks and lines[i].strip() != byline]
    hmax = max([v for i, v in marks.items() if v < 10] or [0])
    heads = []
    for i in body:
        if i in marks:
            lv = marks[i] - 10 + hmax if marks[i] >= 10 else marks[i]
            heads.append({"text": lines[i].strip(), "level": lv, "sub": None})
    if heads:
        low = min(h["level"] for h in heads)
        for h in heads:
            h["level"] -= low - 1
    info_line = lines[info].strip()
    return {
        "file": "", "site": site, "source": source, "title": title, "subtitle": None, "headings": heads,
        "byline": byline, "disclaimer": None,
        "body_first": lines[content[0]].strip()[:15], "body_last": lines[content[-1]].strip()[:15],
        "dateline": {"text": info_line, "published": date, "publisher": outlet, "authors": []},
        "confidence": "medium",
        "notes": "generated from the article's Markdown markup by build_h.py (headings: h2-h6 and bold-only "
                 "short paragraphs); page shell of ours",
    }


def keep_encodable(text: str, enc: str) -> tuple[str, int]:
    if enc == "utf-8":
        return text, 0
    out, dropped = [], 0
    for ch in text:
        try:
            ch.encode(enc)
            out.append(ch)
        except UnicodeEncodeError:
            dropped += 1
    return "".join(out), dropped


def build_one(spec: tuple[str, str, str, str, str, str, str, str]) -> tuple[str, str, dict[str, Any], str, str]:
    name, repo, path, site, outlet, date, kind, enc = spec
    path = resolve(name, repo, path)
    title, md = article(name, repo, path)
    if repo == LAW and re.search(r"\((\d{4}-\d{2}-\d{2})\)\.md$", path):
        date = re.search(r"\((\d{4}-\d{2}-\d{2})\)\.md$", path).group(1)  # type: ignore[union-attr]
    body_html = markdown.markdown(md, extensions=["tables"])
    html = shell(kind, title, outlet, date, body_html)
    lines, marks = marked_render(html)
    text, dropped = keep_encodable("\n".join(lines) + "\n", enc)
    commit = git(repo, "rev-parse", "HEAD").decode().strip()
    lab = label(name, site, outlet, date, title, text.splitlines(), marks, f"{repo} {path} @{commit}")
    suffix = {"utf-8": "", "gbk": "_gbk", "cp950": "_big5"}[enc]
    fname = f"{name}{suffix}.txt"
    lab["file"] = fname
    if dropped:
        lab["notes"] += f"; {dropped} characters outside {enc} dropped"
    fix = dict(HANDCHECK.get(name, {}))
    drop = fix.pop("drop_heads", [])
    lab["headings"] = [{"text": t, "level": 1, "sub": None} for t in fix.pop("prepend_heads", [])] + [
        h for h in lab["headings"] if h["text"] not in drop]
    lab.update(fix)
    if name in HAND_CHECKED:
        lab["confidence"] = "high"
        lab["notes"] += "; headings hand-checked against the source"
    return fname, text, lab, path, commit


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", help="print one page's numbered lines")
    a = ap.parse_args()
    rows = []
    for spec in PAGES:
        if a.show and spec[0] != a.show:
            continue
        fname, text, lab, path, commit = build_one(spec)
        if a.show:
            heads = {h["text"] for h in lab["headings"]}
            for i, ln in enumerate(text.splitlines()):
                print(f"{i:4} {'H' if ln.strip() in heads else ' '} {ln[:100]}")
            print(json.dumps({k: v for k, v in lab.items() if k != "headings"}, ensure_ascii=False, indent=1))
            return 0
        enc = spec[7]
        (HERE / "pages" / fname).write_bytes(text.encode(enc))
        (HERE / "labels" / (fname[:-4] + ".json")).write_text(
            json.dumps(lab, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        repo = spec[1]
        url = f"https://github.com/{repo}/blob/{commit}/{path}"
        rows.append(f"| {fname} | {spec[3]} | {repo} · {path} · {commit[:12]} | {LICENCES[repo]} | {url} |")
        print(f"{fname}: {len(lab['headings'])} headings", file=sys.stderr)
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
