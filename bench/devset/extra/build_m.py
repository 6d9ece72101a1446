"""Part M: the last real pages, chrome and all, of the extraction test sets the set draws on -> text + hand labels.

Sources (bare git snapshots under /work/.mirror, read with `git show HEAD:PATH`), pages no earlier part used:
  immortal-autumn/Chinese-Web-Content-Extraction-Dataset  original/ (a 河南日报 client page whose ground truth
                              was under build.py's 150-character floor; two 北京之春 essays the builder skipped
                              as forum pages: the forum software shows one article each, no replies)
  opendatalab/magic-html      benchmark/data/article (新华网 河北, Yahoo 香港, 1905电影网: ground truth under
                              build.py's floor)
  adbar/htmldate              tests/eval (a 2012 新华网 河北频道 page, a 百度百科 entry)
  ccprocessor/llm-webkit-mirror  tests/ (a content farm's news page)
None of the reserved pages is read (build.py's MH_RESERVED; trafilatura's 新华网 page stays out, as in part L).
Each page is rendered by ../render.py and written in its source's encoding family (UTF-8; Big5 (cp950) for the
Hong Kong page). Labels were written by reading the rendered text, with the data set's own ground truth where
it has one to find the body's edges; sub-heads are the page's own <h1>-<h6> or bold-only short paragraphs
inside the body ("auto", less the lines in "drop") unless listed by line. 0-based line numbers.
`python build_m.py --show NAME` prints a page's numbered lines and its label.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]
from build_d import _label, _suffix, git, keep_encodable, write_page  # noqa: E402
from build_l import _auto_heads, _source, marked  # noqa: E402

IA = "immortal-autumn/Chinese-Web-Content-Extraction-Dataset"
MH = "opendatalab/magic-html"
HD = "adbar/htmldate"
LW = "ccprocessor/llm-webkit-mirror"
CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # a page may carry them; Reader drops them
LICENCES = {IA: "none stated in repo; article text (c) the publisher",
            MH: "Apache-2.0 (repo); article text (c) the publisher",
            HD: "Apache-2.0 (repo); article text (c) the publisher",
            LW: "none stated in repo; article text (c) the publisher"}
MHA = "benchmark/data/article/htmls/"
MHF = "benchmark/data/forum/htmls/"

PAGES: list[tuple[str, str, str, str, str, str, dict[str, Any]]] = [
    ("m_henandaily_1", IA, "original/91bdf33e-0e9e-4495-a0fa-aba45ff43fef.html", "henandaily.cn", "utf-8", "",
     dict(title=24, first=26, last=27, headings=[], dateline=(25, "2022-01-20T16:31", "河南日报客户端", []),
          notes="河南日报 (henandaily.cn) client page: app and channel menus with their sub-menus, 当前位置：洛阳, "
                "the headline 图说洛阳| …, '2022.01.20 16:31 来源：河南日报客户端' (the dateline), two paragraphs, "
                "then the site's boxes (数字报, 精彩专栏, 豫见, 新浪微博, 友情链接) and the footer; no byline.")),
    ("m_beijingspring_1", IA, "original/5dc3fa2d-6734-41e9-8520-a9c7c91ae1f8.html", "beijingspring.com", "utf-8",
     "http://beijingspring.com/wj/ShowAnnounce.asp?boardID=2&RootID=65",
     dict(title=0, subtitle=2, first=3, last=370, headings=[8, 69, 88, 145, 214, 281],
          notes="北京之春 essay in the magazine's forum-software archive (one article, no replies, no chrome left in "
                "the data set's copy): headline 犬儒病(上), the author's name on its own line (no credit word: no "
                "byline, as in build.py's pages), the ——… deck (subtitle), an epigraph signed ——作者手记 (body), "
                "hard-wrapped lines, six numbered heads 1.…6.; the closing ——《北京之春》1998年3月号 source "
                "line is not body.")),
    ("m_beijingspring_2", IA, "original/caee0a34-e892-41c2-8bf6-f4f0ec9df78f.html", "beijingspring.com", "utf-8",
     "http://beijingspring.com/wj/ShowAnnounce.asp?boardID=2&RootID=73",
     dict(title=0, subtitle=2, first=4, last=290,
          headings=[(3, 1), (13, 1), (48, 1), (86, 1), (112, 1), (115, 2), (126, 2), (140, 2), (167, 2), (198, 2),
                    (231, 2), (261, 2), (270, 2), (285, 1)],
          notes="北京之春 essay as m_beijingspring_1: headline, author line (no byline), ——… deck (subtitle); the "
                "text opens with the head 一、…; 一、…六、 heads, 1、…8、 under 五、; closing source line not body.")),
    ("m_0287327_1", LW, "tests/llm_web_kit/extractor/assets/extractor_chain_input/good_data/html/"
     "image_without_path.html", "0287327.com", "utf-8", "http://www.0287327.com/1261520.html",
     dict(title=35, first=37, last=45, headings=[38, 40], dateline=(36, "2022-06-24", None, []),
          notes="content-farm news page in traditional script with pinyin glosses glued to some characters: 33 "
                "menu lines, breadcrumb 首頁 > …, the headline, '發布時間：2022-06-24 所屬欄目：國內新聞' (the "
                "dateline), a lead and eight indented paragraphs with two bold question/warning sub-heads; "
                "本文標題 / 本文地址 / 上一篇 / 下一篇 and 猜你喜歡的 lists follow; no byline.")),
    ("m_baidu_1", HD, "tests/eval/baike.baidu.com.tanya.html", "baidu.com", "utf-8",
     "https://baike.baidu.com/item/%E8%94%A1%E5%81%A5%E9%9B%85",
     dict(title=52, first=57, last=294, headings="auto", drop=[78, 91],
          notes="百度百科 entry (a singer): search bar, 45 lines of portal menus, flower box, the entry name as "
                "headline, an info card (birth date, place), the summary, 目录 and the 基本信息 table (not heads), "
                "<h2> sections with <h3> sub-sections (album and concert tables), each followed by '编辑'; body ends "
                "with the 人物评价 paragraph; the 百度百科内容由网友共同编辑 notice, 参考资料 and the entry "
                "tools follow. No byline, no dateline.")),
    ("m_xinhuanet_1", MH, MHA + "090704b0cb2e2ae4e435507f38afe591b641a672afa133d7065f48992a444d9b.html",
     "xinhuanet.com", "utf-8", "http://www.he.news.cn/",
     dict(title=24, first=30, last=31, byline="责任编辑: 杨丹宇", headings=[],
          dateline=(25, "2024-05-15T08:58", "新华网", []),
          notes="新华网 河北 (he.news.cn) photo story, 2024: channel menus, '> 正文', the headline, "
                "'2024-05-15 08:58:52来源：新华网', 打印 / 字大 / 字小 / 分享至手机, two caption paragraphs, the "
                "photo credit 新华社发（刘满仓摄） (not body), a pager 1234下一页, tags and "
                "'[作者: 刘满仓 　责任编辑: 杨丹宇 ]' (the byline: its editor part); channel lists and footer.")),
    ("m_xinhuanet_2", HD, "tests/eval/archive.org.he.xinhuanet.com.25340717.html", "xinhuanet.com", "utf-8",
     "http://www.he.xinhuanet.com/news/2012-06/04/content_25340717.htm",
     dict(title=0, first=2, last=7, byline="编辑： 王华军", headings=[],
          dateline=(1, "2012-06-04T09:20", "河北日报", []),
          notes="新华网 河北频道 page of 2012 as the Internet Archive saved it: headline first, '新华网河北频道 "
                "( 2012-06-04 09:20:26 ) 稿件来源： 河北日报' (the dateline), six paragraphs, "
                "'作者： 记者王敬照 编辑： 王华军' (the byline: its editor part), 【关闭窗口】… and the channel's "
                "lists.")),
    ("m_yahoo_1", MH, MHA + "b5b26f9fb331612dd636a7eff9fcd2503e81124b237d916bbabdef0ad0713285.html", "yahoo.com",
     "cp950", "https://hk.news.yahoo.com/",
     dict(title=114, first=115, last=118, headings=[], dateline=(113, "2024-05-20T14:05", None, []),
          notes="Yahoo 新聞 香港 page, Big5: 108 lines of portal menus and promotions, '法新社' twice and the "
                "headline twice (a card above the story), '2024年5月20日週一 下午2:05' (the dateline), four "
                "paragraphs of an AFP story, then 其他人也在看 with ads and other stories; no byline.")),
    ("m_1905_1", MH, MHA + "3e863fa9ac3416188abb30733c0f2cfc54da8e55360d2a3747ba76cc638bb469.html", "1905.com",
     "utf-8", "https://www.1905.com/news/20240520/1675816.shtml",
     dict(title=36, first=68, last=68, headings=[], dateline=(37, "2024-05-20", "1905电影网", []),
          notes="1905电影网 video news page: headline, '时间：2024.05.20 来源：1905电影网 分享到：' (the dateline), "
                "a video player's words (秒会员跳过广告, 播放速度, error messages) and a repeated headline line, "
                "then the one paragraph 1905电影网讯 …; 标签 and long lists of other stories follow.")),
    ("m_weibo_1", MH, MHF + "17756043", "weibo.com", "utf-8",
     "https://weibo.com/1618051664/Oe6wIynDn",
     dict(title=None, first=14, last=16, headings=[], dateline=(11, "2024-05-13T17:07", None, []),
          notes="微博 post of a news account (头条新闻), from magic-html's forum benchmark: login bar and 热门 menu, "
                "the account's name twice, '24-5-13 17:07' (the dateline, two-digit year), 来自 微博发布平台专业版, "
                "已编辑, then three paragraphs, the first opening with the 【…】 headline and a #topic# run into "
                "it (no headline line of its own: title not scored), counters, one comment and the account's "
                "profile box; no byline (the account is the publisher).")),
    # Part M, second half: three community posts of magic-html's forum benchmark, scored blind apart.
    ("m_mlog_1", MH, MHF + "ad412ab2", "mlog.club", "utf-8", "https://mlog.club/article/6208943",
     dict(title=2, first=5, last=13, headings=[], dateline=(4, "2024-02-24T14:02", None, []),
          notes="BBS-GO community post: a menu line and 登录, the post's title, 管理, '由 ddos8919发布于 "
                "2024-02-24 14:02:08' (the dateline, the poster in it: no byline), a link line and a numbered "
                "list of seven features (items, not heads), a 附言 line (the post's last), then 评论, an empty "
                "comment box, the poster's profile counters and the footer.")),
    ("m_bbscloud_1", MH, MHF + "22b2f108", "bbscloud.com", "utf-8", "https://patent.bbscloud.com/info/2497?csr=1",
     dict(title=6, first=11, last=13, headings=[], dateline=(9, "2020-06-09T09:37", None, []),
          notes="软唐 patent community thread: site menu, the thread's title, 精华, the poster's name (no credit "
                "word: no byline), '2020.06.09 09:37发布于社区管理' (the dateline), a view count, three "
                "paragraphs, then a commenter's name, the buttons (点赞 收藏 分享 手机查看 举报), 4个评论 and "
                "the replies with their times.")),
    ("m_learnku_1", MH, MHF + "7b01ccf3", "learnku.com", "utf-8", "https://learnku.com/articles/86852",
     dict(title=14, first=19, last=36, headings=[(17, 1), (18, 1), (25, 1)],
          notes="LearnKu (Laravel community) blog post: menus of topics, courses and documents, the post's "
                "title, its counters and '创建于 1周前' (relative dates only: no dateline), three <h1> heads with the "
                "page's # anchor glued on (以 猫猫 for windows 为例# right over cmd 设置代理#, then Ubuntu 设置代理#), "
                "shell commands and # comments as the text (one line each), the CC licence notice after it "
                "(not the article's disclaimer), the author box, course promotions and the replies.")),
]


def _path(repo: str, path: str) -> str:
    """A path given by its file name's first characters (magic-html's long hashes) made whole."""
    if not path.endswith("/") and "." in path.rsplit("/", 1)[-1]:
        return path
    folder, stem = path.rsplit("/", 1)
    names = git(repo, "ls-tree", "--name-only", "HEAD", folder + "/").decode().split()
    return next(n for n in names if n.rsplit("/", 1)[-1].startswith(stem))


def build_one(row: tuple[str, str, str, str, str, str, dict[str, Any]]) -> tuple[str, str, dict[str, Any], str]:
    name, repo, path, site, enc, _url, spec = row
    path = _path(repo, path)
    lines, marks = marked(_source(repo, path))
    text, dropped = keep_encodable("\n".join(lines) + "\n", enc)
    lines = text.split("\n")
    spec = dict(spec)
    if spec.get("headings") == "auto":
        spec["headings"] = _auto_heads(lines, marks, spec)
    commit = git(repo, "rev-parse", "HEAD").decode().strip()
    fname = name + _suffix(enc) + ".txt"
    untitled = spec["title"] is None  # a post with no headline line of its own: title not scored
    if untitled:
        spec["title"] = spec["first"]
    label = _label(lines, spec, fname=fname, site=site, source=f"{repo} {path} @{commit}", dropped=dropped)
    if untitled:
        label["title"] = None
    for h in label["headings"]:
        h["text"] = CONTROL_RE.sub("", h["text"])
    for key in ("title", "subtitle", "body_first", "body_last"):
        if label[key]:
            label[key] = CONTROL_RE.sub("", label[key])
    return fname, text, label, commit


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", help="print one page's numbered lines and its label")
    a = ap.parse_args()
    rows = []
    for row in PAGES:
        name, repo, path, site, enc, url, _spec = row
        if a.show and name != a.show:
            continue
        fname, text, label, commit = build_one(row)
        path = _path(repo, path)
        if a.show:
            heads = {h["text"]: h["level"] for h in label["headings"]}
            for i, ln in enumerate(text.split("\n")):
                print(f"{i:4} {heads.get(ln.strip(), ' ')} {ln[:110]}")
            print({k: v for k, v in label.items() if k not in ("headings", "notes")})
            return 0
        write_page(name, fname, text, enc, label)
        rows.append(f"| {fname} | {site} | {repo} · {path} · {commit[:12]} | {LICENCES[repo]} | "
                    f"{url or f'https://github.com/{repo}/blob/{commit}/{path}'} |")
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
