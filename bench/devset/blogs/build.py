"""Build the blog batch of the development set: real post pages of personal blogs as their sites published them.

    .venv/bin/python bench/devset/blogs/build.py               # writes pages/, labels/, the SOURCES rows
    .venv/bin/python bench/devset/blogs/build.py --show NAME   # one page's numbered lines and its label

Made the way ../../freshset3/build.py makes its pages (its code, reused): every page is a post page
that a Chinese author's static-site generator (Hexo with NexT, Butterfly, Icarus, Fluid and other
themes; Hugo with Stack, LoveIt, Bear and others; a Jekyll-style theme) wrote and the author
committed to a GitHub Pages repository, with the site's own navigation, sidebars, tables of
contents, licence boxes, previous/next links and footers. It is rendered by ../render.py and
labelled by the development set's own labeller (../build.py's build_label), from the rendered text
of the post's own content element (an XPath per site, below). Two things the labeller cannot see
are added here, for every page alike: a post's own <h1> heads inside its content element (their
tags are read one level down, <h1> as <h2> and so on), and <h2>-<h6> heads of fewer than two CJK
characters (1 / Intro / References) inside the body. HANDCHECK (handcheck.json) holds what the
hand check corrected.

No site or repository is one of the other development batches', the fresh test sets' (freshset3's
SOURCES.md was read for its repository and site names only) or the reserved sources'.
"""

from __future__ import annotations

import copy
import json
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent / "freshset"))
import set_writer  # noqa: E402
from label import _devset_build, render  # noqa: E402
from set_writer import Built, labelled, mirrored_pages  # noqa: E402

DEV = sys.modules.get("devset_build") or _devset_build()
HANDCHECK: dict[str, dict[str, Any]] = json.loads((HERE / "handcheck.json").read_text("utf-8"))
LICENCE = "none stated in repo; post text (c) its author"
LICENCES = {"hancher.top": "repo LICENSE: CC BY-NC-ND 4.0"}


def _cls(name: str) -> str:
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


POST_BODY = f"//div[{_cls('post-body')}]"
ENTRY = "//div[contains(@class, 'article-entry')]"

# site: (repository, commit, the content element's XPath, [post paths]); the site is the registered
# domain of the page's canonical link (as ../build.py's site_of), the GitHub Pages host for a github.io one.
SITES: dict[str, tuple[str, str, str, list[str]]] = {
    "ckitakishi.github.io": ("Ckitakishi/Ckitakishi.github.io", "6ba33ff2ac903d2b9526aad4e0713855b398d9fb",
                             f"//div[{_cls('content')}]/*[not(self::h1)]",
                             ["posts/2020-year-end/index.html", "posts/watch-dog/index.html",
                              "posts/lightimagemd/index.html"]),
    "cocacolf.github.io": ("CocaColf/CocaColf.github.io", "bbcc27d55e8821a3e6171674c029123d23f76375",
                           "//article/*[not(self::header or self::footer or self::h4 or self::div or self::script)]",
                           ["blog/2024/index.html", "blog/2020/index.html"]),
    "bysocket.com": ("JeffLi1993/JeffLi1993.github.io", "fca9d5b2ad5e596bf462a938d838c2f6662878aa",
                     "//article/div[@class='container']",
                     ["p-seo-2025/index.html", "chatgpt-and-my-overseas-growth-thoughts/index.html",
                      "how-to-find-influencers/index.html"]),
    "chaosleong.github.io": ("ChaosLeung/ChaosLeung.github.io", "1b6b25b5e9e5a3b51f3c83567d3f7af17815bef4", POST_BODY,
                             ["2017/03/19/Why-Activities-in-Android-are-not-UI-Elements/index.html",
                              "2016/11/18/Forking-a-Repository/index.html"]),
    "mang0.me": ("0xMJ/0xMJ.github.io", "56c3a2c41039c6a3f53b91502ffe695dc85f67f8", ENTRY + "/*[not(self::h1)]",
                 ["archis/95d370e7/index.html", "archis/35d3b1d4/index.html", "archis/d4eed376/index.html"]),
    "michael728.github.io": ("HenryHo6688/michael728.github.io", "e6ea32bddbfc6d0ed8e9ab9d39de2438bfe3973f", POST_BODY,
                             ["2015/12/28/tools-sougoupinyin/index.html", "2015/11/26/tools-chrome-extentions/index.html",
                              "2015/12/02/python-files-list/index.html"]),
    "dana5haw.com": ("DanaShaw/DanaShaw.github.io", "995f7d37d96c3242afcde4d69d70ed5a1d5d771b", POST_BODY,
                     ["posts/ZH-CN/My_Big_Plan.html", "posts/ZH-CN/2020_Study_Plan.html", "posts/ZH-CN/dongzhiri.html"]),
    "1sle29.github.io": ("1sle29/1sle29.github.io", "103ae984dd85943a4be6943cd9ebe0f7e10fc804",
                         f"//article[{_cls('main-article')}]/section[{_cls('article-content')}]",
                         ["p/2025-blaugust-3/index.html", "p/trip1-us-2025/index.html",
                          "p/annual-summary-2024/index.html"]),
    "80tianhuanyou.io": ("80tianhuanyou/80tianhuanyou.github.io", "ee53c8995816e6a3d58de0de528a832b73cc67cc", POST_BODY,
                         ["2016/09/18/The-Peach-Blossom-Spring/index.html"]),
    "ericzzz.com": ("EricZZZ/ericzzz.github.io", "62ded6236da70406bc001c42ea303d7b8fe2e917", "//div[@id='content']",
                    ["reading-mothers-mother/index.html", "reading-the-minimalist-entrepreneur/index.html",
                     "broken-thoughts-in-january-2024/index.html"]),
    "hardydou.com": ("HardyDou/blog", "eba3be94d4422c98d74967609bd5c16d586e5339", POST_BODY,
                         ["2019/06/12/scrum/index.html", "2019/06/07/team-work/index.html"]),
    "hancher.top": ("Hanchers/hanchers.github.io", "1c121ce6cf4d9fd68520ed594e1cf76cb0853b26",
                        f"//article[{_cls('post-content')}]/div[{_cls('markdown-body')}]",
                        ["2025/04/08/architecture-sys-recommendation/index.html",
                         "2025/02/12/architecture-sso-index/index.html",
                         "2024/05/22/site-how-baidu-spide-github-site/index.html"]),
    "lbihua.cn": ("Iambihua/Iambihua.github.io", "a3e802f45542b40c145ef1907d6edc5385f91502",
                      "//*[@id='article-container']",
                      ["2021/05/13/Thinking/About_college/index.html", "2021/04/10/Thinking/learning-direction/index.html",
                       "2020/06/04/Share/Typora editor/index.html"]),
    "ivonhoe.github.io": ("Ivonhoe/ivonhoe.github.io", "ce73d8bcd665e0325bacafe3812cd58bee5fde06", ENTRY,
                          ["2018/07/18/abandon-the-plugin-framework/index.html", "2018/05/21/https/index.html",
                           "2022/02/08/java-spi/index.html"]),
    "jinlongli2016.github.io": ("JinlongLi2016/JinlongLi2016.github.io", "55730dd548e8a82ff8f856bd8ca08262985f0cc5",
                                ENTRY + "/*[not(contains(@class, 'toc-article'))]",
                                ["2021/05/29/jinaguoyun_knowledgebase/index.html",
                                 "2020/09/06/PyramidPrinciple/index.html", "2021/05/23/MTL_overview/index.html"]),
    "dicer.fun": ("Dicer-Zz/Dicer-Zz.github.io", "6702255fe8480686528aa2ae0936150ae870fbae", f"//div[{_cls('content')}]",
                       ["2020/01/11/winter-holiday-summary/index.html",
                        "2019/12/28/webProject-base-on-gaode-map/index.html"]),
    "lilei.pro": ("BeQuietLee/bequietlee.github.io", "6063ccc009daab9baf27cf19cc3f7c227d11331e", f"//div[{_cls('post-content')}]",
                  ["2019/04/07/Seven-Habbits-4/index.html", "2016/03/24/Fixing-Anterior-Pelvic-Tilt/index.html",
                   "2018/09/23/finance-Xiangshuai-week02/index.html"]),
    "cnwatermeter.github.io": ("CNwatermeter/CNwatermeter.github.io", "f1b139d62c882172c3a44de991b2c6984ed4cb2d", POST_BODY,
                               ["p/aa9d.html", "p/6a66.html", "p/a833.html"]),
    "detachment.club": ("Detachment/Detachment.github.io", "bfdbf53d50f1e261a36a9404d0bf5ce3c2587740", POST_BODY, ["2019/12/30/2019/index.html"]),
    "zeqiang.fun": ("Hereislittlemushroom/hereislittlemushroom.github.io", "a4c3360409402edf01e964e05232c5bfbbcbd1c0",
                    "//article/*[not(self::header or self::footer or self::nav or self::div)]",
                    ["cn/2021/06/work-learn-n-wealth/index.html"]),
}  # fmt: skip


def source_pages() -> list[dict[str, Any]]:
    return mirrored_pages(SITES, "bl", dev=DEV, render=render, licences=LICENCES, licence=LICENCE)


def heads_one_down(root: Any, xpath: str) -> Any:
    """A copy of the page whose content element's own <h1> heads read as <h2> (and so on down),
    when it holds any: the labeller reads <h2>-<h6> only."""
    r2 = copy.deepcopy(root)
    els = r2.xpath(xpath)
    inner = [h for el in els for h in ([el] if el.tag in ("h1", "h2", "h3", "h4", "h5") else [])
             + el.xpath(".//h1|.//h2|.//h3|.//h4|.//h5")]
    if any(h.tag == "h1" for h in inner):
        for h in inner:
            h.tag = f"h{int(h.tag[1]) + 1}"
    return r2


def short_heads(label: dict[str, Any], root: Any, lines: list[str], at: tuple[int, ...], gt: str) -> None:
    """Add the <h2>-<h6> heads the labeller skips: those of fewer than two CJK characters inside the
    body, a head opening the body (its ground truth is not located when it is short) and those past
    the labeller's last line up to the hand-checked one; levels by tag."""
    ti, first, last, found = at
    hm = DEV.heading_marks(root, len(lines))
    have = {DEV.nz(h["text"]) for h in label["headings"]}
    hmax = max([hm[i] for i in range(first + 1, last) if hm.get(i, 99) < 10] or [0])
    picked = []
    for i in range(ti + 1, last):
        t = lines[i].strip(" \u3000")
        if i in hm and (DEV.nz(t) in have or (
                hm[i] < 10 and (DEV.cjk(t) < 2 or i < first or i >= found) and re.search(r"\w", t)
                and DEV.nz(t) in DEV.nz(gt) and not DEV.is_caption(t) and DEV.nz(t) != DEV.nz(label["title"]))):
            picked.append((i, t, hm[i] - 10 + hmax if hm[i] >= 10 else hm[i]))
    if len(picked) == len(label["headings"]):
        return
    top = min(lv for _, _, lv in picked)
    label["headings"] = [{"text": t, "level": lv - top + 1, "sub": None} for _, t, lv in picked]


def hand_end(at: tuple[int, ...], lines: list[str], hc: dict[str, Any]) -> tuple[int, ...]:
    """(title, first, last) with the last line the hand check set, when it set one."""
    want = DEV.nz(hc.get("body_last"))[:10]
    ti, first, last = at
    ends = [i for i in range(first, len(lines)) if want and DEV.nz(lines[i]).startswith(want)]
    return (ti, first, ends[0] + 1, last) if ends else (ti, first, last, last)


def build(page: dict[str, Any]) -> Built:
    def refine(label: dict[str, Any], at: tuple[int, ...], lines: list[str], hc: dict[str, Any]) -> None:
        short_heads(label, marked, lines, hand_end(at, lines, hc), page["gt"])

    marked = heads_one_down(render.parse(page["html"]), page["xpath"])
    return labelled(page, page["site"], HANDCHECK, dev=DEV, render=render, marked=lambda _root: marked, refine=refine)


if __name__ == "__main__":
    sys.exit(set_writer.main(HERE, __doc__, source_pages, build))
