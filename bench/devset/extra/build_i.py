"""Part I: heading-rich features from 12 new outlets, set in pages whose endings vary.

Sources: Terminus2049/Terminus2049.github.io (long features and WeChat posts re-posted as Markdown, as in
part H), one post from each outlet not yet in the set. Each is made a page as build_h.py does (its
Markdown made HTML, the archivist's preface left out, the headline and a date/source line above it), but
what follows the article varies as it does on real sites, in one of four endings taken in turn:

  portal   an editor credit closing the article, 相关新闻 (four real headlines, one a line), a comment
           box (网友评论 / 登录 | 注册 / 请文明上网 / 发表评论 / 0条评论) and a copyright footer
  wechat   阅读原文, 阅读 10万+, 在看, 写留言, 精选留言 (names, one-sentence comments, 赞 counts), 扫码关注
  blog     编辑/校对 credits closing the article, 上一篇：/下一篇：, a like/bookmark bar, 热门排行 (numbered
           headlines 1…5) and a footer
  share    the share row and 相关阅读 box of part H

The headlines in the lists are other posts' titles of the same archive. Labels come from the markup as
build_h.label makes them (headings: <h2>-<h6> and bold-only short paragraphs; body_last: the last article
paragraph, credits under it the byline); the ending never holds a labelled line.
Usage: python build_i.py            (writes pages/i_*.txt, labels/i_*.json, prints SOURCES rows)
       python build_i.py --show NAME (prints one page's numbered lines and its headings)
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

import build_h
import markdown

HERE = Path(__file__).resolve().parent
TERM = build_h.TERM

# name, path, site, outlet, date
PAGES: list[tuple[str, str, str, str, str]] = [
    ("i_qdaily_1", "_posts/2019-01-13-qdaily-huangzhuangschool.md", "mp.weixin.qq.com/好奇心日报", "好奇心日报",
     "2019-01-13"),
    ("i_dxy_1", "_posts/2019-12-04-hejiankui-gene-edit-draft.md", "mp.weixin.qq.com/丁香园", "丁香园", "2019-12-04"),
    ("i_bqsyd_1", "_posts/2020-02-09-I-am-not-a-liar.md", "mp.weixin.qq.com/北青深一度", "北青深一度", "2020-02-09"),
    ("i_klx_1", "_posts/2018-08-29-fair-education.md", "mp.weixin.qq.com/看理想", "看理想", "2018-08-29"),
    ("i_vista_1", "_posts/2019-04-30-vista-996.md", "mp.weixin.qq.com/Vista看天下", "Vista看天下", "2019-04-30"),
    ("i_renjian_1", "_posts/2019-11-26-sanhe-dashen.md", "mp.weixin.qq.com/人间theLivings", "人间theLivings",
     "2019-11-26"),
    ("i_ldlr_1", "_posts/2019-10-23-guo-jian-mei.md", "mp.weixin.qq.com/律动达人", "律动达人", "2019-10-23"),
    ("i_lengjing_1", "_posts/2018-07-23-leng-jing-cccs.md", "mp.weixin.qq.com/棱镜", "棱镜", "2018-07-23"),
    ("i_xydt_1", "_posts/2018-05-14-university-rainbow-group-twelve-years.md", "mp.weixin.qq.com/咸鱼打挺",
     "咸鱼打挺", "2018-05-14"),
    ("i_nfzm_1", "_posts/2018-07-26-blacklist.md", "mp.weixin.qq.com/南方周末", "南方周末", "2018-07-26"),
    ("i_xwsys_1", "_posts/2020-01-13-fire.md", "mp.weixin.qq.com/新闻实验室", "新闻实验室", "2020-01-13"),
    ("i_mrrw_1", "_posts/2018-07-26-the-stories-we-collected-in-24h.md", "mp.weixin.qq.com/每日人物", "每日人物",
     "2018-07-26"),
]

# Corrections from the hand check of the tune sites' pages (the held-out ones are not part I: their labels
# could not be checked, and the generator takes a WeChat post's own closing lines — 欢迎关注, 打赏, a
# copyright line, a bold 长按二维码 — for the article): heads that are not (a bold fragment of a sentence, a
# speaker's name over a quotation, a promotion), and the first / last article line where the post's own
# credits, promotions or notices were taken for it.
HANDCHECK: dict[str, dict[str, Any]] = {
    "i_qdaily_1": {"last": "法国人显然"},  # 题图为…，来自：… under it is the photo's credit
    "i_dxy_1": {"drop_heads": ["他们的反馈是负面的：", "Fyodor Urnov："], "last": "他们本该通过"},
    "i_bqsyd_1": {"last": "（为保护采访对象隐私"},
    "i_vista_1": {"drop_heads": ["出自2019年第11期《Vista看天下》", "长按二维码，阅读整本杂志"], "last": "（经受访者要求"},
    "i_ldlr_1": {"drop_heads": ["到今天为止，", "成为了中国第一位"], "last": "评委会称", "first": "近日，2019年度"},
    "i_lengjing_1": {"last": "截止腾讯新闻"},
    "i_xydt_1": {"last": "2016.6.22"},
}

ENDINGS = ("portal", "wechat", "blog", "share")
EDITORS = ("王晓", "李明", "赵华", "陈静", "刘洋")
# Posts whose titles stand in the endings' lists of headlines (never one of PAGES).
HEADLINE_POSTS = ("_posts/2018-04-24-ming-xiao-nv-zi-tu-jian.md", "_posts/2019-07-05-shou-ye.md",
                  "_posts/2018-11-16-bjquzhu-a-year.md", "_posts/2019-10-16-record-HK.md",
                  "_posts/2018-02-22-wu-xu-120.md", "_posts/2019-06-04-some-memory.md",
                  "_posts/2018-05-04-mainland-pku.md", "_posts/2018-07-27-the-brave-people.md",
                  "_posts/2019-05-20-tariff.md", "_posts/2019-10-12-douban.md", "_posts/2020-02-16-sars.md",
                  "_posts/2019-01-04-wanglinqing.md")


def headlines() -> list[str]:
    out = []
    for path in HEADLINE_POSTS:
        fm, _ = build_h.front_matter(build_h.git(TERM, "show", f"HEAD:{path}").decode("utf-8"))
        title = re.sub(r"\s*[|｜丨]\s*[^|｜丨]{1,12}$", "", fm.get("title", "").strip())
        if title:
            out.append(title)
    return out


def ending(kind: str, k: int, outlet: str, heads: list[str]) -> tuple[str, str, str]:
    """(credit closing the article, the HTML after it, the text of the ending's first line)."""
    pick = [heads[(k * 3 + j) % len(heads)] for j in range(5)]
    editor = EDITORS[k % len(EDITORS)]
    foot = f"<div>关于我们 | 联系我们 | 广告服务 | 网站地图</div><div>Copyright © 2003-2020 {outlet} 版权所有</div>"
    if kind == "portal":
        items = "".join(f"<li>{h}</li>" for h in pick[:4])
        return (f"<p>（责任编辑：{editor}）</p>",
                f"<div><div>相关新闻</div><ul>{items}</ul></div><div>网友评论</div><div>登录 | 注册</div>"
                f"<div>请文明上网，理性发言</div><div>发表评论</div><div>0条评论</div>{foot}", "相关新闻")
    if kind == "wechat":
        return ("", "<div>阅读原文</div><div>阅读 10万+</div><div>在看 326</div><div>写留言</div>"
                "<div>精选留言</div><div>晨曦</div><div>看完心里很难受，希望以后越来越好。</div><div>赞 128</div>"
                "<div>老周</div><div>说得太好了</div><div>赞 56</div>"
                f"<div>扫码关注我们</div><div>微信号：{outlet}</div>", "阅读原文")
    if kind == "blog":
        ranks = "".join(f"<li>{i} {h}</li>" for i, h in enumerate(pick, 1))
        return (f"<p>编辑：{editor}</p>",
                f"<div>上一篇：{pick[0]}</div><div>下一篇：{pick[1]}</div><div>点赞(12) | 收藏 | 打印</div>"
                f"<div>热门排行</div><ol>{ranks}</ol>{foot}", f"上一篇：{pick[0]}")
    items = "".join(f"<li>{h}</li>" for h in pick[:2])
    return ("", f"<div class='share'>分享到： 微信 微博 QQ 复制链接</div><div><h3>相关阅读</h3><ul>{items}</ul></div>"
            f"<div class='foot'>{foot}</div>", "分享到")


def page(title: str, outlet: str, date: str, body_html: str, after: str) -> str:
    return (f"<html><body><div class='nav'>{build_h.NEWS_NAV}</div><div class='crumb'>{outlet} > 深度 > 正文</div>"
            f"<div class='main'><h1>{title}</h1><div class='info'>{date} 10:00　来源：{outlet}</div>"
            f"<div class='article' id='article'>{body_html}</div></div>{after}</body></html>")


def build_one(k: int, spec: tuple[str, str, str, str, str], heads: list[str]) -> tuple[str, str, dict[str, Any], str]:
    name, path, site, outlet, date = spec
    title, md = build_h.article(name, TERM, path)
    kind = ENDINGS[k % len(ENDINGS)]
    credit, after, first = ending(kind, k, outlet, heads)
    html = page(title, outlet, date, markdown.markdown(md, extensions=["tables"]) + credit, after)
    lines, marks = build_h.marked_render(html)
    end = max(i for i, ln in enumerate(lines) if ln.strip().startswith(first))
    # build_h.label ends the article at the last line that opens 分享到: name the ending's first line so.
    marked = [("x" + ln if ln.startswith("分享到") else ln) for ln in lines]
    marked[end] = "分享到"
    commit = build_h.git(TERM, "rev-parse", "HEAD").decode().strip()
    lab = build_h.label(name, site, outlet, date, title, marked, marks, f"{TERM} {path} @{commit}")
    lab["file"] = f"{name}.txt"
    hand_check(lab, lines, HANDCHECK.get(name))
    lab["notes"] = lab["notes"].replace("build_h.py", "build_i.py") + f"; ending: {kind}"
    return f"{name}.txt", "\n".join(lines) + "\n", lab, commit


def hand_check(lab: dict[str, Any], lines: list[str], fix: dict[str, Any] | None) -> None:
    if fix is None:
        return
    text = [ln.strip() for ln in lines]

    def at(prefix: str) -> int:
        return next(i for i, ln in enumerate(text) if ln.startswith(prefix))

    last = at(fix["last"]) if "last" in fix else None
    heads = [h for h in lab["headings"] if h["text"] not in fix.get("drop_heads", ())]
    if last is not None:
        lab["body_last"] = text[last][:15]
        heads = [h for h in heads if text.index(h["text"]) < last]
    if "first" in fix:
        lab["body_first"] = text[at(fix["first"])][:15]
    lab["headings"] = heads
    lab["confidence"] = "high"
    lab["notes"] += "; hand-checked (heads, body edges)"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", help="print one page's numbered lines")
    a = ap.parse_args()
    heads = headlines()
    rows = []
    for k, spec in enumerate(PAGES):
        if a.show and spec[0] != a.show:
            continue
        fname, text, lab, commit = build_one(k, spec, heads)
        if a.show:
            marked = {h["text"] for h in lab["headings"]}
            for i, ln in enumerate(text.splitlines()):
                print(f"{i:4} {'H' if ln.strip() in marked else ' '} {ln[:100]}")
            print(json.dumps({k: v for k, v in lab.items() if k != "headings"}, ensure_ascii=False, indent=1))
            return 0
        (HERE / "pages" / fname).write_text(text, encoding="utf-8")
        (HERE / "labels" / (fname[:-4] + ".json")).write_text(
            json.dumps(lab, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        url = f"https://github.com/{TERM}/blob/{commit}/{spec[1]}"
        rows.append(f"| {fname} | {spec[2]} | {TERM} · {spec[1]} · {commit[:12]} | {build_h.LICENCES[TERM]} | {url} |")
        print(f"{fname}: {len(lab['headings'])} headings", file=sys.stderr)
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
