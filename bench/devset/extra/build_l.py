"""Part L: real pages, chrome and all, of sites new to the set -> scraped text + hand labels.

Sources (bare git snapshots under /work/.mirror, read with `git show HEAD:PATH`), pages the earlier parts
left out or did not reach:
  immortal-autumn/Chinese-Web-Content-Extraction-Dataset  original/ (a provincial government's notice, a
                              Discuz forum archiving an academic paper, a 2005 forum post of a talk)
  opendatalab/magic-html      benchmark/data/article (a cnblogs post) and benchmark/data/forum (a Ruby China
                              topic, a 知乎 question page)
  adbar/trafilatura           tests/eval (a 半月谈 feature)
  adbar/htmldate              tests/test_set (Taiwan news pages of 2020: 新浪網 Taiwan, 上報, 自由時報, 經濟日報; Big5
                              out) and tests/eval (a 搜狐号 post)
None of the reserved pages is read (build.py's MH_RESERVED). The Taiwan pages are 2020 stories, none of them
among the pages reserved for judging the importer; trafilatura's 新华网 page is left out, as it may be one of
those. Each page is rendered by ../render.py (browser "select all, copy":
chrome kept) and written in its source's encoding family (UTF-8, GBK where the source was GB2312/GBK, Big5 (cp950)
for the Taiwan pages).
Labels were written by reading the rendered text, with the dataset's own ground truth (cleaned/ text,
base.json content) to find the body's edges; sub-heads are the page's own <h1>-<h6> or bold-only short
paragraphs inside the body ("auto", levels by tag, lifted so the top is 1) unless listed by line.
0-based line numbers of the rendered text.  `python build_l.py --show NAME` prints a page's numbered lines
with its marked heads (level, or b+numbering for bold-only lines).
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]
import render  # noqa: E402
from build_d import _label, _suffix, decode, git, keep_encodable, write_page  # noqa: E402
from build_h import MARK, _bold_only, numbering_level  # noqa: E402

IA = "immortal-autumn/Chinese-Web-Content-Extraction-Dataset"
MH = "opendatalab/magic-html"
TR = "adbar/trafilatura"
HD = "adbar/htmldate"
LICENCES = {IA: "none stated in repo; article text (c) the publisher",
            TR: "Apache-2.0 (repo); article text (c) the publisher",
            HD: "Apache-2.0 (repo); article text (c) the publisher",
            MH: "Apache-2.0 (repo); article text (c) the publisher"}
MHA = "benchmark/data/article/htmls/"
MHF = "benchmark/data/forum/htmls/"

# name, repo, path, site, output encoding, url, spec (0-based line numbers; headings: list or "auto")
PAGES: list[tuple[str, str, str, str, str, str, dict[str, Any]]] = [
    ("l_jlgov_1", IA, "original/e8847578-12f0-44cb-bdb7-4eec53c18ed1.html", "jl.gov.cn", "utf-8",
     "",
     dict(title=[13, 14, 15, 16], first=18, last=23, byline=24, headings=[],
          dateline=(8, "2022-01-28", None, []),
          notes="吉林省 government notice on the province's open-government platform: the document's data table "
                "(索引号, 分类, 发文机关, 成文日期, 标题, 发文字号, 发布日期) printed twice above the text; the headline "
                "set over four lines by <br> (the title is their join); the 吉政明电 number line above the text is "
                "not body; 一、/二、/三、 are run-in paragraphs, not heads; the signer (吉林省人民政府) is the "
                "byline as in part J's notices, the date under it closes the page; 扫一扫 / pdf下载 word下载 follow.")),
    ("l_pku_1", IA, "original/77fa9435-93a8-401b-a264-a3f5909d5ea7.html", "pku.edu.cn", "gbk", "",
     dict(title=2, first=5, last=48, byline=4,
          headings=[(12, 2), (13, 2), (14, 1), (15, 2), (19, 2), (24, 2), (30, 1), (31, 2), (34, 2), (42, 2),
                    (46, 2)],
          dateline=(1, "2003-05-29T09:07", None, []),
          notes="A sociology paper posted to a Discuz forum (三校社会学论坛, bbs.sachina.pku.edu.cn), archive view, "
                "GBK: breadcrumb, then the post's date and poster (高山流水), the headline printed twice and the "
                "authors' line (the byline); plain-text heads 数据分析结果 / 讨论 (level 1) with numbered sub-heads "
                "1.…4. (level 2), two of them ending (略) ahead of the first level-1 head; the author's unit and "
                "the reprint source after the text are not body; Discuz footer.")),
    ("l_netsh_1", IA, "original/9b1e5dcb-3a68-408d-80c4-6878fade378b.html", "netsh.com", "gbk", "",
     dict(title=0, first=2, last=12, headings=[], dateline=(13, "2005-08-12T16:12", None, ["大卫"]),
          notes="乐趣园 (netsh.com) forum post, 2005, GBK: the post's title, a [ 回复本贴 ] tool row, eleven "
                "paragraphs of a talk, then '本贴由大卫于2005年8月12日16:12:21在〖…〗发表' (the dateline), the "
                "forum's 郑重声明 rules (site chrome, not the article's disclaimer), the reply tree and a form.")),
    ("l_cnblogs_1", MH, MHA + "66211fc426fc70162d7560b0ebb6497e0cc76a3218f087612a0f92640af93746.html", "cnblogs.com",
     "utf-8", "https://www.cnblogs.com/good-looking-hk/p/18182241",
     dict(title=17, first=18, last=345, headings="auto", dateline=(355, "2024-05-09T14:45", None, ["好看的hk"]),
          notes="博客园 (cnblogs) post: blog menu and counters above the headline; <h2> sections 一、…五、 with "
                "<h3> 1、2、3、 sub-heads over long bash scripts (one line each); the last section is one "
                "sentence; a follow-the-account prompt, tags, the author box and 'posted @ 2024-05-09 14:45 …' "
                "(the dateline) follow, then the blog's side columns (calendar, archives, rankings).")),
    ("l_rubychina_1", MH, MHF + "6897d6ef37e9d5306649c363dc4b5bc774c7011603ac1e1082681aec2c2bd6b5.html",
     "ruby-china.org", "utf-8", "https://ruby-china.org/topics/43661",
     dict(title=9, first=11, last=12, headings=[],
          notes="Ruby China topic: the headline twice (header and topic), a meta line with relative times only "
                "(no dateline), a one-paragraph post quoting a blog (its closing quotation mark on a line of its "
                "own is the post's last line), then ten replies with user names and relative times, the "
                "poster's profile and the community footer.")),
    ("l_zhihu_1", MH, MHF + "a4c329f2524d1262dff5ed35a267a1c6ac25d7fd2b775ce2a7a59d762251a089.html", "zhihu.com", "utf-8",
     "https://www.zhihu.com/question/651439951/answer/3452833521",
     dict(title=4, first=19, last=31, headings=[], dateline=(32, "2024-04-03T09:55", None, ["等风"]),
          notes="知乎 question page opened on one answer: the question's headline twice (header and question), "
                "its topics and description, counters, then the answer's author box (等风, 2023 年度新知答主, "
                "161 人赞同) and the answer (an image caption inside it; 其二，…/第三，… open run-in "
                "paragraphs, not heads), '发布于 2024-04-03 09:55・IP 属地重庆' (the dateline), then 更多回答 with "
                "two more answers and the author column.")),
    ("l_banyuetan_1", TR, "tests/eval/banyuetan.org.1000200033136171577956287380194268_1.html", "banyuetan.org",
     "utf-8", "http://www.banyuetan.org/jmcs/detail/20200102/1000200033136171577956287380194268_1.html",
     dict(title=40, first=45, last=63, byline=44, headings="auto", dateline=(41, "2020-01-02T17:11", None, []),
          notes="半月谈网 feature (trafilatura's evaluation page): the date, '来源：半月谈网' and 分享到： on lines of "
                "their own under the headline; the bold reporter line 半月谈记者 史卫燕 (the byline) above the "
                "lead; a photo caption (…李尕 摄) after the lead; three bold sub-heads “数字”赋能农业 / 刷新治理 / "
                "发现社会; 责任编辑：孔德明 after the text, then 热门推荐, 要闻top10 and the magazine's links.")),
    ("l_sinatw_1", HD, "tests/test_set/1500260110.html", "sina.com.tw", "cp950",
     "https://news.sina.com.tw/article/20200121/34046328.html",
     dict(title=19, first=22, last=26, byline=27, headings=[], dateline=(20, "2020-01-21T11:12", "北京新浪網", []),
          notes="新浪網 Taiwan (news.sina.com.tw) sports story carried from 北京新浪網, Big5: breadcrumb, the "
                "headline, '北京新浪網 (2020-01-21 11:12)' (the dateline), five full-width-indented paragraphs, "
                "the writer's credit （羅森） (the byline), 關鍵字, 上一則 / 下一則 and two headline lists "
                "(one repeating this headline).")),
    ("l_upmedia_1", HD, "tests/test_set/1546021647.html", "upmedia.mg", "cp950",
     "https://www.upmedia.mg/news_info.php?SerialNo=83141",
     dict(title=27, first=32, last=39, byline="上報快訊／范姜佳鈺", headings=[],
          dateline=(30, "2020-03-12T20:19", "上報", ["范姜佳鈺"]),
          notes="上報 (Up Media, Taiwan) news page, Big5: a ticker of seven 最新消息 headlines above the story; the "
                "reporter inside the date line ('上報快訊／范姜佳鈺 2020年03月12日 20:19:00': the byline and the "
                "dateline); eight paragraphs, then a bold 【熱門點閱】 promotion and its link, 關鍵字, 編輯部推薦 "
                "and the site's columns.")),
    ("l_ltn_1", HD, "tests/test_set/1564888577.html", "ltn.com.tw", "cp950",
     "https://ec.ltn.com.tw/article/breakingnews/3119452",
     dict(title=44, first=47, last=53, byline="記者巫其倫", headings=[], dateline=(45, "2020-04-01T10:29", None, []),
          notes="自由時報 finance (自由財經) page, Big5: section menu with English names, this headline in a "
                "carousel above the breadcrumb; a photo caption repeating the lead's first sentence between the "
                "date and the lead; the lead opens with the inline credit 〔記者巫其倫／台北報導〕 (the byline); "
                "an app promotion, 相關新聞, follow boxes and exchange-rate tables follow.")),
    ("l_udn_1", HD, "tests/test_set/1728970162.html", "udn.com", "cp950",
     "https://money.udn.com/money/story/5603/4909425",
     dict(title=112, first=122, last=131, byline="記者林宸誼／即時報導", headings=[],
          dateline=(118, "2020-10-04T15:05", "聯合報", ["林宸誼"]),
          notes="經濟日報 (money.udn.com) story, Big5: 110 lines of menus and tickers; an <h1> of another story "
                "(經濟周報：…) above this story's <h2> headline; share buttons and A- A+ between headline and "
                "'2020-10-04 15:05聯合報 記者林宸誼／即時報導' (dateline with the reporter: the byline); a photo "
                "caption (…圖／騰訊科技) and share-widget words (facebook, 推薦) inside the text; the tag "
                "美國商務部 after it, then related and popular lists.")),
    ("l_sohu_1", HD, "tests/eval/sohu.com-Likeqiang.html", "sohu.com", "utf-8",
     "https://www.sohu.com/a/733320600_429139",
     dict(title=13, first=17, last=22, disclaimer=24, headings=[],
          dateline=(14, "2023-11-02T20:13", "搜狐政务", []),
          notes="搜狐号 post (htmldate's evaluation page; sohu.com is a site the set has, from pages of 2008-2012): "
                "the date line with its source and '发布于：北京市' under the headline; the post repeats the "
                "headline as its first line (not body); six paragraphs; an empty '责任编辑：' (no byline); "
                "'平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台…' is the disclaimer; reading counters and "
                "recommendations follow.")),
]


def marked(html: str) -> tuple[list[str], dict[int, int]]:
    """The rendered lines and, per heading line, its code: h1..h6 -> 1..6, bold-only -> 10 + numbering."""
    root = render.parse(html)
    lines = render.render_tree(root).splitlines()
    for el in root.iter("h1", "h2", "h3", "h4", "h5", "h6"):
        if not el.text_content().strip() or render._hidden(el):
            continue
        el.text = MARK + chr(0xE100 + int(el.tag[1])) + (el.text or "")
    for el in root.iter("p", "div"):
        if not el.xpath(".//p|.//div") and _bold_only(el):
            el.text = MARK + chr(0xE100 + 10 + numbering_level(re.sub(r"\s+", "", el.text_content()))) + (el.text or "")
    out: dict[int, int] = {}
    tagged = render.render_tree(root).splitlines()
    if len(tagged) != len(lines):  # a mark made a line of its own: fall back to no marks
        return lines, out
    for i, x in enumerate(tagged):
        m = re.search(MARK + "(.)", x)
        if m:
            out[i] = ord(m.group(1)) - 0xE100
    return lines, out


def _source(repo: str, path: str) -> str:
    return decode(git(repo, "show", f"HEAD:{path}"))


def _auto_heads(lines: list[str], marks: dict[int, int], spec: dict[str, Any]) -> list[Any]:
    """The marked lines inside the body, less the ones the hand check dropped, as (line, level)."""
    drop = set(spec.get("drop", []))
    inside = [(i, v) for i, v in sorted(marks.items()) if spec["first"] < i <= spec["last"] and i not in drop]
    tags = [v for _, v in inside if v < 10]
    low = min(tags) if tags else 1
    out = []
    for i, v in inside:
        out.append((i, v - low + 1 if v < 10 else max(1, v - 10)))
    return out


def build_one(spec_row: tuple[str, str, str, str, str, str, dict[str, Any]]) -> tuple[str, str, dict[str, Any], str]:
    name, repo, path, site, enc, _url, spec = spec_row
    lines, marks = marked(_source(repo, path))
    text, dropped = keep_encodable("\n".join(lines) + "\n", enc)
    lines = text.split("\n")
    spec = dict(spec)
    title_lines = spec["title"] if isinstance(spec["title"], list) else [spec["title"]]
    spec["title"] = title_lines[0]
    if spec.get("headings") == "auto":
        spec["headings"] = _auto_heads(lines, marks, spec)
    commit = git(repo, "rev-parse", "HEAD").decode().strip()
    fname = name + _suffix(enc) + ".txt"
    label = _label(lines, spec, fname=fname, site=site, source=f"{repo} {path} @{commit}", dropped=dropped)
    label["title"] = "".join(lines[n].strip() for n in title_lines)  # a headline may run over several lines
    return fname, text, label, commit


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", help="print one page's numbered lines, its marked heads and its label")
    ap.add_argument("--raw", nargs=2, metavar=("REPO", "PATH"), help="print any page's numbered lines")
    a = ap.parse_args()
    if a.raw:
        lines, marks = marked(_source(*a.raw))
        for i, ln in enumerate(lines):
            print(f"{i:4} {marks.get(i, ''):>2} {ln[:110]}")
        return 0
    rows = []
    for row in PAGES:
        name, repo, path, site, enc, url, spec = row
        if a.show and name != a.show:
            continue
        fname, text, label, commit = build_one(row)
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
