"""Build the fourth fresh test set: Taiwan and Hong Kong news pages as the sites served them, of sites no other set has.

    .venv/bin/python bench/freshset4/build.py               # writes pages/, labels/, the SOURCES rows
    .venv/bin/python bench/freshset4/build.py --show NAME   # one page's numbered lines and its label

Every page is a news article page as a crawler fetched it, with the site's own navigation,
sidebars, share bars, related-story lists and footer: Taiwanese portals, papers and magazines
that disinfoRG/ArticleParser (the 0archive project's parser of Taiwanese news and content
farms) committed as its test snapshots, and two Hong Kong outlets (a paper's lifestyle site and
a court-news site) of the Hong Kong fire archive that no other set uses. It is rendered by
../devset/render.py to the text a browser's select-all-and-copy gives, and labelled by the
development set's own rules (../devset/build.py's build_label, loaded as ../freshset/label.py
loads it): the ground truth of the body is the rendered text of the article's own content
element (an XPath per site, below), aligned with the page's lines; the title is og:title /
<h1> / <title> matched above the body; headings are the page's <h2>-<h6> and bold-only short
paragraphs inside the body; byline, disclaimer and dateline by the same rules.
HANDCHECK (handcheck.json) holds what the hand check corrected; every page was hand-checked.

Sources (bare git snapshots under /work/.mirror, read with `git show COMMIT:PATH`): see SITES
below and SOURCES.md. No site of the development set or of the other fresh sets, and none of
the sources reserved for judging (DEVELOPERS.md), is used.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "freshset"))
import set_writer  # noqa: E402
from crawl_sources import (  # noqa: E402
    AP,
    AP_COMMIT,
    HK,
    HK_COMMIT,
    HK_LICENCE,
    LICENCE,
    archived,
    snapshot,
    with_urls,
)
from label import _devset_build, render  # noqa: E402
from set_writer import Built, labelled, mirrored_pages  # noqa: E402

DEV = sys.modules.get("devset_build") or _devset_build()
HANDCHECK: dict[str, dict[str, Any]] = json.loads((HERE / "handcheck.json").read_text("utf-8"))
LICENCES = {"bastillepost.com": HK_LICENCE, "skypost.hk": HK_LICENCE, "thewitnesshk.com": HK_LICENCE}


# site: (repository, commit, the article's content element, [paths])
SITES: dict[str, tuple[str, str, str, list[str]]] = {
    "chinatimes.com": (AP, AP_COMMIT, "//div[@class='article-body']/p", snapshot("000100")),
    "ettoday.net": (AP, AP_COMMIT, "//div[@itemprop='articleBody']", snapshot("000102")),
    "setn.com": (AP, AP_COMMIT, "//div[@id='ckuse']", snapshot("011237")),
    "ebc.net.tw": (AP, AP_COMMIT, "//div[@class='raw-style']", snapshot("000101")),
    "mirrormedia.mg": (AP, AP_COMMIT, "//main[@class='article_main']", snapshot("011240")),
    "thenewslens.com": (AP, AP_COMMIT, "(//div[contains(@class, 'article-content')])[1]", snapshot("011242")),
    "storm.mg": (AP, AP_COMMIT, "//div[@id='CMS_wrapper']", snapshot("011241")),
    "twreporter.org": (AP, AP_COMMIT, "//div[contains(@class, 'article-page__ContentBlock')]", snapshot("011239")),
    "ctwant.com": (AP, AP_COMMIT, "//div[@class='p-article__content']", snapshot("000751")),
    "taronews.tw": (AP, AP_COMMIT, "//div[contains(@class, 'single-post-content')]", snapshot("000108")),
    "cpfcnews.tw": (AP, AP_COMMIT, "//div[@itemprop='articleBody']", snapshot("004589")),
    "anntw.com": (AP, AP_COMMIT, "//div[@class='markdown-body']", snapshot("000731")),
    "crntt.com": (AP, AP_COMMIT, "//td[@id='zoom']", snapshot("000753")),
    "skypost.hk": (HK, HK_COMMIT, "//div[contains(@class, 'article-details-content-contai')]", archived(
        "skypost", "大埔宏福苑五級火37歲消防員何偉豪殉職-拍拖10年傳原定下月結婚-女友發文道別你係我嘅驕傲",
        "大埔宏福苑五級火太太被困火場最後通話喊好大煙-頂唔順-丈夫whatsapp叫妻堅持-掩面痛哭應該救唔到",
        "大埔宏福苑五級火宏昌閣住戶憶起火一刻-疑火警鐘無響過-有人嗌但好似救唔到")),
    "bastillepost.com": (HK, HK_COMMIT, "(//div[@class='article-body'])[1]", archived(
        "bastille-post", "一文睇宏福苑受影響居民如何申請應急錢生津慰問金",
        "大埔宏福苑社區支援懶人包-暫避物資供應情緒輔導等一文睇",
        "大埔五級火調查專組召開首次會議-查火警起因及大量傷亡成因",
        "大埔五級火孫玉菡1300戶已登記一戶一社工-每戶配2至3名公務員義工")),
    "thewitnesshk.com": (HK, HK_COMMIT, "(//div[contains(@class, 'elementor-widget-theme-post-content')])[1]", archived(
        "the-witness", "大埔宏福苑五級火-終審法院翌日審案前為事件默哀",
        "大埔宏福苑五級火多人死傷-司法機構律政司等網站轉黑白致哀",
        "宏福苑五級火-33億維修費惹爭議-承辦商宏業建築曾遭其他屋苑業主入稟控造價過高",
        "宏福苑五級火-兩部門守則指棚網應具阻燃性-業界指非強制要求僅查證書",
        "宏福苑五級火-勞工處證書顯示棚網阻燃符標準-曾巡16次就高處工作提3檢控")),
}  # fmt: skip


def ours(html: str) -> str:
    """The page with its git merge conflicts resolved to our side: the fire archive committed some
    pages with the conflict markers of two saves of the same page in them (in the chrome)."""
    out, side = [], None
    for line in html.split("\n"):
        if side is None and line.startswith("<<<<<<< "):
            side = "ours"
        elif side == "ours" and line == "=======":
            side = "theirs"
        elif side == "theirs" and line.startswith(">>>>>>> "):
            side = None
        elif side != "theirs":
            out.append(line)
    return "\n".join(out)


def source_pages() -> list[dict[str, Any]]:
    """The pages (conflicts resolved, the ground truth read again), each with its URL
    (crawl_sources.with_urls)."""
    pages = mirrored_pages(SITES, "f4", dev=DEV, render=render, licences=LICENCES, licence=LICENCE)
    for page in pages:
        if "\n<<<<<<< " in page["html"]:
            page["html"] = ours(page["html"])
            els = render.parse(page["html"]).xpath(page["xpath"])
            page["gt"] = "".join(render.render_tree(el) for el in els)
    return with_urls(pages)


def build(page: dict[str, Any]) -> Built:
    return labelled(page, page["site"], HANDCHECK, dev=DEV, render=render)


if __name__ == "__main__":
    sys.exit(set_writer.main(HERE, __doc__, source_pages, build))
