"""Part B: Hong Kong / Taiwan / Party-media news pages (archived HTML) -> scraped text + hand labels.

Source: reidlai/Hong-Kong-Fire-Documentary, content/news/<outlet>/archive/*/index.html (pages archived
by the project's scrapers, Nov-Dec 2025).  Each page is rendered by ../render.py (browser
"select all, copy": chrome kept), written as Big5 (cp950) for HK/TW outlets, UTF-8 for people.cn.
Labels were written by reading the rendered text: the numbers below are 1-based line numbers of the
rendered text (title, first/last body paragraph, byline, dateline, headings).
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]  # ../render.py renders every part alike
from render import render  # noqa: E402

REPO = "reidlai/Hong-Kong-Fire-Documentary"
GIT = Path("/work/.mirror/reidlai+Hong-Kong-Fire-Documentary/repo")
LICENCE = "repo licence in LICENSE.md (project's own terms); article text (c) the publisher"

PATHS = {'hk_infogovhk_1': 'content/news/hkgov Press Release/html/20251127_0321_CHI_政府各部門全力應對大埔五級火警.html', 'hk_infogovhk_2': 'content/news/hkgov Press Release/html/20251129_2325_CHI_全港哀悼大埔火災罹難者_政府應急支援不停歇.html', 'hk_infogovhk_3': 'content/news/hkgov Press Release/html/20251128_2000_CHI_財政司司長召開統籌會議加強協調對受大埔火災影響居民的金融服務.html', 'hk_rthk_1': 'content/news/rthk/archive/宏福苑五級火黃偉綸不排除重建-視乎樓宇情況不宜揣測/index.html', 'hk_rthk_2': 'content/news/rthk/archive/宏福苑五級火上周因火警影響停課學校明日逐步復課/index.html', 'hk_mingpao_1': 'content/news/mingpao/archive/大埔-宏福苑-五級火曾任-宏福苑-法團顧問-胡健民2021年10月辭任-無參與維修工程招標-1632/index.html', 'hk_mingpao_2': 'content/news/mingpao/archive/金管局籲銀行對大火災民靈活提供支援-2033/index.html', 'hk_hk01_1': 'content/news/hk01/archive/宏福苑大火災廉署就貪污再拘3承建商負責人-3人早前已被警拘捕/index.html', 'tw_tvbs_1': 'content/news/tvbs/archive/香港大火大埔宏福苑五級火民政處急開3庇護點-安置上百居民/index.html', 'tw_tvbs_2': 'content/news/tvbs/archive/mama陰間使者太敏感-kpop獵魔女團saja-boys演出沒了/index.html', 'hk_hkej_1': 'content/news/hkej/archive/宏福苑五級火丨幻彩詠香江即日起暫停-直至另行通知/index.html', 'hk_oncc_1': 'content/news/oriental-daily/archive/宏福苑奪命火-增至146人死亡-逾40人仍失聯/index.html', 'hk_tkww_1': 'content/news/takungpao/archive/依法追究起火責任-研金屬棚架取代竹棚-1/index.html', 'hk_stheadline_1': 'content/news/singtao/archive/大埔宏福苑五級火約50戶災民入住房協策誠軒-凌嘉勤視察確保支援到位/index.html', 'hk_icable_1': 'content/news/i-cable/archive/大埔宏福苑五級火早上續有市民到公園獻花悼念/index.html', 'cn_people_gba_1': 'content/news/peoples-daily-gba/archive/香港特区政府30日下午介绍大埔宏福苑火灾搜救安置等最新情况香港警方介绍目前火灾已造成146人遇难/index.html'}

# name, outlet dir, archive slug, site, encoding, url, spec
PAGES = [
    ("hk_infogovhk_1", "hkgov Press Release", "政府各部門全力應對大埔五級火警", "info.gov.hk", "cp950",
     "https://www.info.gov.hk/gia/general/202511/27/P2025112700063.htm",
     dict(title=4, first=6, last=23, dateline=(25, "2025-11-27", "香港特別行政區政府新聞公報"),
          notes="Government press release: title, row of ＊, indented paragraphs, '完', then date/time lines "
                "(dateline after the body). First line is an archiver banner ('Source: … | Time: …').")),
    ("hk_infogovhk_2", "hkgov Press Release", "全港哀悼大埔火災罹難者-政府應急支援不停歇", "info.gov.hk", "cp950",
     "https://www.info.gov.hk/gia/general/202511/29/P2025112900858.htm",
     dict(title=4, first=6, last=27, dateline=(29, "2025-11-29", "香港特別行政區政府新聞公報"),
          notes="Government press release; a few paragraphs lack the usual full-width indent.")),
    ("hk_infogovhk_3", "hkgov Press Release", "財政司司長召開統籌會議加強協調對受大埔火災影響居民的金融服務支援",
     "info.gov.hk", "cp950", "https://www.info.gov.hk/gia/general/202511/28/P2025112800758.htm",
     dict(title=4, first=6, last=17, dateline=(19, "2025-11-28", "香港特別行政區政府新聞公報"),
          notes="Government press release with an unnumbered list of instructions (lines 8-13) inside the body.")),
    ("hk_rthk_1", "rthk", None, "rthk.hk", "cp950", None,
     dict(match="黃偉綸不排除重建", title=35, first=41, last=42, dateline=(36, "2025-11-30", "香港電台"),
          notes="RTHK news page: long chrome (menus, weather) above; a topic box and a long list of other "
                "headlines with times follow the two body paragraphs.")),
    ("hk_rthk_2", "rthk", None, "rthk.hk", "cp950", None,
     dict(match="上周因火警影響停課學校明日逐步復課", title=35, first=38, last=39,
          dateline=(36, "2025-11-30", "香港電台"),
          notes="Both body paragraphs start with the same words (lead then full text).")),
    ("hk_mingpao_1", "mingpao", None, "mingpao.com", "cp950", None,
     dict(match="胡健民", title=56, first=58, last=58, dateline=(55, "2025-11-28", "明報"),
          notes="Single-paragraph body; photo caption '圖1之1 - (資料圖片)' between title and body; a video "
                "player's text follows. Headline ends with the time '(16:32)'.")),
    ("hk_mingpao_2", "mingpao", None, "mingpao.com", "cp950", None,
     dict(match="金管局籲銀行對大火災民靈活提供支援", title=52, first=57, last=64, dateline=(54, "2025-11-27", "明報"),
          notes="Finance channel; tag line and '文章日期' between title and body; video-player text inside the body.")),
    ("hk_hk01_1", "hk01", None, "hk01.com", "cp950", None,
     dict(match="廉署就貪污再拘3承建商負責人", title=155, first=165, last=171, byline=156,
          dateline=(157, "2025-11-29", "香港01"),
          notes="byline '撰文：凌逸德'; photo captions and '+6'/'+13' gallery counters inside the body; "
                "cookie-consent text earlier in the page.")),
    ("tw_tvbs_1", "tvbs", None, "tvbs.com.tw", "cp950", None,
     dict(match="民政處急開3庇護點", title=220, first=228, last=232, byline=221,
          dateline=(222, "2025-11-26", "TVBS新聞網"),
          notes="Taiwan site. Reprint note '【本文獲「星島頭條網」授權轉載】' after the body is not labelled as a "
                "disclaimer (it is a credit), nor as body.")),
    ("tw_tvbs_2", "tvbs", None, "tvbs.com.tw", "cp950", None,
     dict(match="陰間使者太敏感", title=230, first=238, last=243, byline=231, headings=[241],
          dateline=(232, "2025-11-29", "TVBS新聞網"),
          notes="Taiwan site. One in-body subheading; an in-body promo line '更多新聞：…' and photo captions.")),
    ("hk_hkej_1", "hkej", None, "hkej.com", "cp950", None,
     dict(match="幻彩詠香江", title=31, first=32, last=32, dateline=(30, "2025-11-27", "信報"),
          notes="Single-paragraph body; dateline line above the headline.")),
    ("hk_oncc_1", "oriental-daily", None, "on.cc", "cp950", None,
     dict(match="增至146人死亡", title=31, first=39, last=46, dateline=(34, "2025-11-30", "東網"),
          notes="Video-player text between body paragraphs; photo captions (…攝) follow the body. "
                "Audit: body ends at the 執法部門 paragraph; the first (…攝) caption is not body.")),
    ("hk_tkww_1", "takungpao", None, "tkww.hk", "cp950", None,
     dict(match="依法追究起火責任", title=2, first=5, last=10, byline="記者陸九如", headings=[9],
          dateline=(3, "2025-11-28", "大公報"),
          notes="E-paper page; caption line before the body; reporter credit is inline at the start of the "
                "first paragraph (【大公報訊】記者陸九如報道：…); one in-body subheading.")),
    ("hk_stheadline_1", "singtao", None, "stheadline.com", "cp950", None,
     dict(match="約50戶災民入住房協", title=153, first=158, last=159, dateline=(156, "2025-11-29", "星島頭條"),
          notes="App-download prompts right after the body.")),
    ("hk_icable_1", "i-cable", None, "i-cable.com", "cp950", None,
     dict(match="早上續有市民到公園獻花", title=11, first=40, last=41, dateline=(13, "2025-12-01", "有線新聞"),
          notes="~25 lines of video-player UI text between dateline and body.")),
    ("cn_people_gba_1", "peoples-daily-gba", None, "people.cn", "utf-8", None,
     dict(match="香港特区政府介绍火灾搜救安置等最新进展", title=118, first=122, last=122, byline=123,
          dateline=(119, "2025-11-30", "新华社"),
          notes="Party-media page (人民网 大湾区频道), simplified Chinese, kept UTF-8. Editor credit "
                "'(责编：…)' after the body taken as byline. Single long body paragraph.")),
]


def git(*args: str) -> bytes:
    return subprocess.run(["git", "-C", str(GIT), *args], capture_output=True, check=True).stdout


def clip(s: str, n: int = 15) -> str:
    return s.strip(" \u3000\t")[:n]


def _to_cp950(text: str) -> tuple[str, int]:
    """Drop the characters cp950 cannot encode; return the text and how many were dropped."""
    out = []
    dropped = 0
    for ch in text:
        try:
            ch.encode("cp950")
            out.append(ch)
        except UnicodeEncodeError:
            dropped += 1
    return "".join(out), dropped


def _page_url(path: str, url: str | None) -> str | None:
    if url:
        return url
    meta = path.rsplit("/", 1)[0] + "/metadata.json"
    try:
        found = json.loads(git("show", f"HEAD:{meta}")).get("url")
    except (subprocess.CalledProcessError, ValueError):
        return None
    return str(found) if found else None


def _label(lines: list[str], spec: dict[str, Any], *, fname: str, site: str, source: str,
           dropped: int) -> dict[str, Any]:
    def line(n: int) -> str:
        return lines[n - 1]

    dl = spec.get("dateline")
    by = spec.get("byline")
    return {
        "file": fname,
        "site": site,
        "source": source,
        "title": line(spec["title"]).strip(),
        "subtitle": None,
        "headings": [{"text": line(h).strip(), "level": 1, "sub": None} for h in spec.get("headings", [])],
        "byline": (line(by).strip().strip("()（）") if isinstance(by, int) else by),
        "disclaimer": None,
        "body_first": clip(line(spec["first"])),
        "body_last": clip(line(spec["last"])),
        "dateline": ({"text": line(dl[0]).strip(), "published": dl[1], "publisher": dl[2], "authors": []}
                     if dl else None),
        "confidence": "medium",
        "notes": spec.get("notes", "") + (f" {dropped} characters not in cp950 dropped." if dropped else ""),
    }


def build_b(rows: list[dict[str, Any]]) -> None:
    commit = git("rev-parse", "HEAD").decode().strip()
    for name, _outlet, _slug, site, enc, given_url, spec in PAGES:
        path = PATHS[name]
        html = git("show", f"HEAD:{path}").decode("utf-8", "replace")
        text = render(html)
        dropped = 0
        if enc == "cp950":
            text, dropped = _to_cp950(text)
        lines = text.split("\n")
        fname = name + ("_big5.txt" if enc == "cp950" else ".txt")
        (HERE / "pages" / fname).write_bytes(text.encode(enc))
        url = _page_url(path, given_url)
        label = _label(lines, spec, fname=fname, site=site, source=f"{REPO} {path} @{commit}", dropped=dropped)
        (HERE / "labels" / (name + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1) + "\n",
                                                        encoding="utf-8")
        rows.append({"file": fname, "site": site, "repo": REPO, "path": path, "commit": commit,
                     "licence": LICENCE, "url": url or ""})
