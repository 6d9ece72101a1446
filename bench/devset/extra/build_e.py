"""Part E: 10 more HK/TW news pages from the fire archive, rendered and hand-labelled like part D.

Same pipeline as build_d.py (../render.py, Big5 output for HK/TW pages); 0-based line numbers of the
rendered text.  Headings may carry a second line as `sub`: (line, level, sub_line).
`python build_e.py --show NAME` prints a page's numbered lines.
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

PAGES: list[tuple[str, str, str, str, dict[str, Any]]] = [
    ("hk_dotdotnews_2", "dotdotnews/archive/內地跨境向大埔宏福苑援助基金匯款指南附詳細流程", "dotdotnews.com", "cp950",
     dict(title=122, first=130, last=153, headings=[132, 134, 136, 145, 147, 149],
          dateline=(124, "2025-11-29T12:23", None, []),
          notes="點新聞 how-to article, Big5: headline printed twice; font-size buttons under the date line; "
                "bold-only step heads ('步驟一：' … '步驟五：') and a 'Q&A' head; the Q&A list ends the body; "
                "tag line and share row follow.")),
    ("hk_tvb_1", "tvb/archive/一文看清大埔宏福苑3億元工程時間軸本台資料搜集持續更新-宏福苑五級火-2025-11-27", "tvb.com", "cp950",
     dict(title=27, first=32, last=72, headings=[37, 40, 45, 47, 54, 62, 65, 67, 71],
          dateline=(29, "2025-11-27T16:00", None, []),
          notes="TVB News timeline, Big5: headline twice; each timeline entry opens with a '⬤ date title' line "
                "(the '⬤' is outside Big5 and dropped, leaving a leading space) labelled as level-1 heads; "
                "related-story links (lines 34-36, 39, 53, 58, 61) sit inside the body.")),
    ("hk_tvb_2", "tvb/archive/中國紅十字會等機構捐款協助應急救援-宏福苑五級火-2025-11-27", "tvb.com", "cp950",
     dict(title=27, first=32, last=35, dateline=(29, "2025-11-27T11:21", None, []),
          notes="TVB News short report, Big5: headline twice; '已複製連結' above the four-paragraph body; a tag "
                "line and '相關新聞' list follow.")),
    ("hk_oncc_2", "oriental-daily/archive/37歲消防員何偉豪殉職-女朋友及友好發貼文悼念", "on.cc", "cp950",
     dict(title=30, first=40, last=44, dateline=(33, "2025-11-27", "東網", []),
          notes="on.cc page, Big5: view counter, date and '更新/建立' times under the headline; a photo caption "
                "and '1/3' before the body; an '其他熱爆話題：' promo line inside it; two captions after.")),
    ("hk_rthk_3", "rthk/archive/因應大埔宏福苑火警-當局開放兩個社區會堂作臨時庇護中心", "rthk.hk", "cp950",
     dict(title=34, first=38, last=40, dateline=(35, "2025-11-26T17:51", "香港電台", []),
          notes="RTHK news page, Big5: photo caption ('…（鍾家銘攝）') between the share tools and the "
                "three-paragraph body; a list of later headlines with times follows.")),
    ("hk_stheadline_2", "singtao/archive/大埔宏福苑五級火前保安主管火警鐘長關-曾向管理公司反映無果", "stheadline.com", "cp950",
     dict(title=152, first=157, last=164, headings=[158, 161],
          dateline=(154, "2025-11-29T05:54", "星島頭條", []),
          notes="星島頭條 page, Big5: ~150 lines of menus above; '更新時間' and '發佈時間' lines; two <h2> "
                "sub-heads; a '+1' gallery counter inside the body; app-download prompts after it.")),
    ("tw_tvbs_3", "tvbs/archive/cnn直擊災民庇護所家園變灰燼-災民走一步算一步", "tvbs.com.tw", "cp950",
     dict(title=227, first=234, last=239, byline="記者 蔡欣妤 / 責任編輯 新聞中心 報導",
          dateline=(229, "2025-11-28T16:37", "TVBS新聞網", ["蔡欣妤"]),
          notes="TVBS (Taiwan) page, Big5: reporter/editor credit under the headline (byline); the lead "
                "paragraph is printed twice (summary box, then body); LINE and insurance promos after the body.")),
    ("hk_icable_2", "i-cable/archive/大埔宏福苑五級火受影響學校逐步復課-騰出課時跟進學生情緒", "i-cable.com", "cp950",
     dict(title=10, first=41, last=44, dateline=(12, "2025-12-01", "有線新聞", []),
          notes="i-CABLE news page, Big5: share widgets and ~25 lines of video-player text between the date "
                "and the body; first paragraph opens with '【有線新聞】'; tag lines follow.")),
    ("hk_881903_3", "commercial-radio/archive/勞工處明起巡查全港樓宇維修地盤-檢查棚網阻燃性等防火設施", "881903.com", "cp950",
     dict(title=26, first=30, last=33, dateline=(27, "2025-11-27T18:56", None, []),
          notes="Commercial Radio news page, Big5: '來源：政府新聞處' line above the body; '下一篇新聞' and a "
                "more-news list follow.")),
    ("hk_mingpao_3", "mingpao/archive/11印傭19菲傭失聯-當局洽領事館協助", "mingpao.com", "cp950",
     dict(title=56, first=57, last=61, headings=[(59, 1, 60)], dateline=(54, "2025-11-29", "明報", []),
          notes="明報 daily-news page, Big5: date line above the headline; body opens with '【明報專訊】'; a "
                "two-line crosshead (two <h2>: '工傷權益會：' / '正跟進外傭3死1傷3失聯') labelled as heading + "
                "sub; '日報新聞-相關報道' list follows.")),
]


def _heads(lines: list[str], spec: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for h in spec.get("headings", []):
        n, level, sub = (h, 1, None) if isinstance(h, int) else h
        out.append({"text": lines[n].strip(" \u3000\t"), "level": level,
                    "sub": lines[sub].strip(" \u3000\t") if sub is not None else None})
    return out


def build_e(rows: list[dict[str, Any]]) -> None:
    for name, sub, site, enc, spec in PAGES:
        path = HKP + sub + "/index.html"
        commit = git(HK, "rev-parse", "HEAD").decode().strip()
        text, dropped = keep_encodable(_rendered(HK, "HEAD", path), enc)
        lines = text.split("\n")
        fname = name + _suffix(enc) + ".txt"
        plain = {k: v for k, v in spec.items() if k != "headings"}
        label = _label(lines, plain, fname=fname, site=site, source=f"{HK} {path} @{commit}", dropped=dropped)
        label["headings"] = _heads(lines, spec)
        write_page(name, fname, text, enc, label)
        rows.append({"file": fname, "site": site, "repo": HK, "path": path, "commit": commit,
                     "licence": LICENCES[HK], "url": _page_url(HK, path, "")})


def main() -> int:
    ap = argparse.ArgumentParser(description="show one part-E page's numbered rendered lines")
    ap.add_argument("--show", required=True, help="page name")
    a = ap.parse_args()
    for name, sub, _site, enc, spec in PAGES:
        if name == a.show:
            text, _ = keep_encodable(_rendered(HK, "HEAD", HKP + sub + "/index.html"), enc)
            print_numbered(text, spec)
            return 0
    print("no such page", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
