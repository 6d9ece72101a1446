"""Part F: Chinese article pages from sites not yet in the set, rendered and hand-labelled like parts D/E.

Sources (bare git snapshots under /work/.mirror, read with `git show HEAD:PATH`):
  reidlai/Hong-Kong-Fire-Documentary  HK outlets not used before (巴士的報 Bastille Post, 法庭線 The Witness,
                                      晴報 Sky Post), written as Big5 (cp950)
  opendatalab/magic-html              benchmark article pages from 财经网 (finance digest), 理论中国 (a Party
                                      think-tank report with 第N章 / 一、 numbering) and CSDN, UTF-8
Same pipeline as build_d.py (../render.py); 0-based line numbers of the rendered text.  Headings may carry a
second line as `sub`: (line, level, sub_line).  `python build_f.py --show NAME` prints a page's numbered lines.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from build_d import (  # noqa: E402
    HK,
    HKP,
    LICENCES,
    _label,
    _page_url,
    _rendered,
    _suffix,
    git,
    keep_encodable,
    print_numbered,
    write_page,
)
from build_e import _heads  # noqa: E402

MH = "opendatalab/magic-html"
MHP = "benchmark/data/article/htmls/"
LIC = dict(LICENCES)
LIC[MH] = "Apache-2.0 (repo); article text (c) the publisher"
BP = HKP + "bastille-post/archive/"
WT = HKP + "the-witness/archive/"

_TC_HEADS: list[Any] = [(57, 1, None), (67, 1, None), (71, 2, None), (98, 2, None), (113, 1, None), (118, 2, None), (131, 2, None), (145, 2, None), (154, 2, None),
                        (175, 2, None), (192, 2, None), (208, 1, None), (213, 2, None), (228, 2, None), (243, 2, None), (256, 2, None), (273, 2, None), (286, 1, None),
                        (292, 2, None), (307, 2, None), (320, 2, None), (333, 2, None), (349, 2, None), (363, 2, None), (378, 1, None), (387, 1, None)]

# name, repo, path, site, output encoding, url, spec (0-based line numbers)
PAGES: list[tuple[str, str, str, str, str, str, dict[str, Any]]] = [
    ("hk_bastillepost_1", HK, BP + "gd為大埔火災捐款100萬-bnd宣佈不參與mama次日演出/index.html", "bastillepost.com", "cp950", "",
     dict(title=147, first=153, last=187, dateline=(148, "2025-11-29T16:15", None, []),
          notes="巴士的報 entertainment story, Big5: the archive left git conflict-marker lines (<<<<<<< HEAD / "
                "======= / >>>>>>> upstream/main) all through the page; photo-gallery captions ('…IG圖片', "
                "'…官方圖片') repeated several times between the body paragraphs; '往下看更多文章' then a second, "
                "unrelated story follows the body.")),
    ("hk_bastillepost_2", HK, BP + "一文睇宏福苑受影響居民如何申請應急錢生津慰問金/index.html", "bastillepost.com", "cp950", "",
     dict(title=148, first=155, last=191, byline="Sebastian", disclaimer=201,
          dateline=(149, "2025-11-29T23:53", None, ["Sebastian"]),
          notes="巴士的報 blog post (博客文章), Big5: conflict-marker lines from the archive; blogger name above "
                "and below the post; Q&A paragraphs ('問：…' / '答：…') are body, not heads; "
                "'** 博客文章文責自負,不代表本公司立場 **' after the post is the disclaimer.")),
    ("hk_bastillepost_3", HK, BP + "同心救災何永賢各區共275個過渡性房屋單位已投入服務-宏福苑居民可免費入住/index.html",
     "bastillepost.com", "cp950", "",
     dict(title=147, first=153, last=226, dateline=(148, "2025-11-29T18:05", None, []),
          notes="巴士的報 news story, Big5 (the archived page under this folder carries a different headline than "
                "the folder name); conflict-marker lines; gallery captions ending '巴士的報記者攝' repeated between "
                "the paragraphs; '往下看更多文章' follows the body.")),
    ("hk_bastillepost_4", HK, BP + "同心救災張敬軒低調行善助災民-歌迷會速援宏福苑受災歌迷/index.html", "bastillepost.com", "cp950", "",
     dict(title=147, first=153, last=164, dateline=(148, "2025-11-29T10:22", None, []),
          notes="巴士的報 entertainment story, Big5: two body paragraphs separated by gallery captions "
                "('受災歌迷收親筆信感動落淚。', '網民大讚。' are captions, repeated); conflict-marker lines.")),
    ("hk_bastillepost_5", HK, BP + "同心救災房委會放寬大埔宏福苑按揭貸款規定-業主可延期還款-即時生效減供樓負擔/index.html",
     "bastillepost.com", "cp950", "",
     dict(title=147, first=153, last=163, dateline=(148, "2025-11-29T10:30", None, []),
          notes="巴士的報 news story, Big5: a photo caption ('房委會。巴士的報記者攝') after the lead; "
                "conflict-marker lines; '往下看更多文章' after the body.")),
    ("hk_thewitness_1", HK, WT + "大埔宏福苑五級火-終審法院翌日審案前為事件默哀/index.html", "thewitnesshk.com", "cp950", "",
     dict(title=248, first=253, last=260, headings=[254, 258], dateline=(246, "2025-11-28T12:26", None, []),
          notes="法庭線 The Witness court-news page, Big5: ~240 lines of menus; date and time on two lines above "
                "the headline; two <h2> sub-heads; a photo caption and the case number 'FACC2/2025' after the "
                "body, then '相關報道：' links and a tag line.")),
    ("hk_thewitness_2", HK, WT + "大埔宏福苑五級火多人死傷-司法機構律政司等網站轉黑白致哀/index.html", "thewitnesshk.com", "cp950", "",
     dict(title=248, first=253, last=272, headings=[258, 264, 268, 271],
          dateline=(246, "2025-11-27T20:50", None, []),
          notes="法庭線 The Witness page, Big5: four <h2> sub-heads; dated photo captions ('2025 年 11 月 27 日，"
                "…') inside and after the body.")),
    ("hk_thewitness_3", HK, WT + "宏福苑五級火-33億維修費惹爭議-承辦商宏業建築曾遭其他屋苑業主入稟控造價過高/index.html",
     "thewitnesshk.com", "cp950", "",
     dict(title=248, first=253, last=278, headings=[256, 259, 263, 268, 272, 276],
          dateline=(246, "2025-11-28T20:08", None, []),
          notes="法庭線 The Witness page, Big5: six <h2> sub-heads; one photo caption inside the body; the case "
                "number 'LDBM189/2012' and '相關報道：' follow.")),
    ("hk_thewitness_4", HK, WT + "宏福苑五級火-兩部門守則指棚網應具阻燃性-業界指非強制要求僅查證書/index.html",
     "thewitnesshk.com", "cp950", "",
     dict(title=248, first=253, last=308,
          headings=[(255, 1, 256), (263, 1, 264), 273, (279, 1, 280), (284, 1, 285), (288, 1, 289), (296, 1, 297),
                    301, 304],
          dateline=(246, "2025-11-28T18:52", None, []),
          notes="法庭線 The Witness page, Big5: nine <h2> sub-heads, most split over two lines by <br> (labelled "
                "heading + sub); a photo caption inside the body; quoted code clauses as short body lines.")),
    ("hk_thewitness_5", HK, WT + "宏福苑五級火-勞工處證書顯示棚網阻燃符標準-曾巡16次就高處工作提3檢控/index.html",
     "thewitnesshk.com", "cp950", "",
     dict(title=247, first=249, last=276, headings=[252, (258, 1, 259), 263, 267, (272, 1, 273)],
          dateline=(245, "2025-11-27T21:00", None, []),
          notes="法庭線 The Witness page, Big5: an '編按：' editor's note is the third body paragraph; five <h2> "
                "sub-heads (two split by <br>); a photo caption after the body.")),
    ("hk_skypost_1", HK, HKP + "skypost/archive/大埔宏福苑五級火37歲消防員何偉豪殉職-拍拖10年傳原定下月結婚-女友發文道別你係我嘅驕傲/index.html",
     "skypost.hk", "cp950", "",
     dict(title=46, first=49, last=58, dateline=(48, "2025-11-28", None, []),
          notes="晴報 Sky Post page, Big5: a section tag line ('健康') between headline and date; a '同場加映：' "
                "promo link inside the body; gallery counters (+7, +6) between paragraphs; tag list after.")),
    ("cn_caijing_1", MH, MHP + "6558a82cd7af98f97783a125f84d6aefccd7ab723f58c5f4ee58c2e11523ac29.html", "caijing.com.cn",
     "utf-8", "http://economy.caijing.com.cn/20240520/5012641.shtml",
     dict(title=28, first=33, last=33, byline="编辑：文静", dateline=(30, "2024-05-20T09:47", "北京商报", []),
          notes="财经网 macro-channel digest reprinting a 北京商报 item: one-paragraph body opening with "
                "'北京商报讯（记者 …）'; '(编辑：文静)' right after it; keyword, share and related-reading lists follow.")),
    ("cn_theorychina_1", MH, MHP + "b931df70657ce14d1f0c763407b325356a972d9befa68455afe9520c8bea0aab.html",
     "theorychina.org.cn", "utf-8", "https://www.theorychina.org.cn/c/2024-05-05/1499615.shtml",
     dict(title=27, first=58, last=425, headings=_TC_HEADS, dateline=(28, "2024-05-05", None, []),
          notes="理论中国 page carrying a Party think-tank report in full: the report's own title and a 目 录 table "
                "of contents (repeating every head) sit between the page headline and the 导 言; heads are "
                "导 言 / 第N章 (level 1) with 一、二、… sections (level 2), then 结 语 and 编写说明与致谢; the numbered "
                "endnotes [1]…[35] close the text (body_last = the last endnote); 上一篇/下一篇 links follow.")),
    ("cn_csdn_1", MH, MHP + "d231b17088855d546e63d626119f38fcb324a015767a0a3f002e068fd584c393.html", "csdn.net",
     "utf-8", "https://blog.csdn.net/weixin_54697010/article/details/138497415",
     dict(title=20, first=29, last=57, disclaimer=26,
          dateline=(22, "2024-05-06T15:47", None, ["A-肖老师-树谷学院"]),
          notes="CSDN blog post: '最新推荐文章于…' line, then the author/date line, counters and tags; the "
                "'版权声明：本文为博主原创文章…' declaration above the body is the disclaimer; no sub-heads (the "
                "numbered points are run-in paragraphs); a contact line '教程交流：…' and skill-tree box follow.")),
]


def build_f(rows: list[dict[str, Any]]) -> None:
    for name, repo, path, site, enc, url, spec in PAGES:
        commit = git(repo, "rev-parse", "HEAD").decode().strip()
        text, dropped = keep_encodable(_rendered(repo, "HEAD", path), enc)
        lines = text.split("\n")
        fname = name + _suffix(enc) + ".txt"
        plain = {k: v for k, v in spec.items() if k != "headings"}
        label = _label(lines, plain, fname=fname, site=site, source=f"{repo} {path} @{commit}", dropped=dropped)
        label["headings"] = [{"text": h["text"].strip(), "level": h["level"], "sub": h["sub"] and h["sub"].strip()}
                             for h in _heads(lines, spec)]
        label["body_first"] = lines[spec["first"]].strip()[:15]  # also drops the em-space (U+2003) indents
        label["body_last"] = lines[spec["last"]].strip()[:15]
        write_page(name, fname, text, enc, label)
        rows.append({"file": fname, "site": site, "repo": repo, "path": path, "commit": commit,
                     "licence": LIC[repo], "url": _page_url(repo, path, url)})


def main() -> int:
    ap = argparse.ArgumentParser(description="show one part-F page's numbered rendered lines")
    ap.add_argument("--show", required=True, help="page name")
    a = ap.parse_args()
    for name, repo, path, _site, enc, _url, spec in PAGES:
        if name == a.show:
            text, _ = keep_encodable(_rendered(repo, "HEAD", path), enc)
            print_numbered(text, spec)
            return 0
    print("no such page", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
