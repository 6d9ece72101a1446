"""Build the Taiwan / Hong Kong news batch of the development set: news pages as the sites served them.

    .venv/bin/python bench/devset/twhk/build.py               # writes pages/, labels/, the SOURCES rows
    .venv/bin/python bench/devset/twhk/build.py --show NAME   # one page's numbered lines and its label

Made the way ../../freshset4/build.py makes its pages (set_writer, ../render.py, the development
set's own labeller ../build.py's build_label): every page is a news or news-repost page with the
site's own navigation, share bars, related and most-read lists and footer, rendered to the text a
browser's select-all-and-copy gives, and labelled from the rendered text of the article's own
content element (an XPath per site, below), then hand-checked (handcheck.json).

Sources (bare git snapshots under /work/.mirror, read with `git show COMMIT:PATH`):
  disinfoRG/ArticleParser  tests/parser/snapshots/: the snapshots whose site is none of fresh set 4's
                           (its SOURCES.md names them) - Taiwanese papers and agencies (upmedia, ltn,
                           cna, udn: sites the set has, other sections and years), a Taiwanese
                           viral-news site (teepr), news-repost sites (read01, xuehua.tw, pplomo,
                           readthis.one, qiqis.net) and a Malaysian Chinese paper (chinapress)
  reidlai/Hong-Kong-Fire-Documentary  人民網大灣區 (peoples-daily-gba): the one outlet of the archive
                           that neither fresh set 4 nor ../extra uses and that is a Chinese article
                           page (polyu's is English, nestx's a script shell); three pages, the
                           first three article pages by the SHA-1 of their paths
Not used: the snapshots of fresh set 4's sites, forums (PTT, Dcard), listing pages (bomb01, coco01),
an empty page (kknews), Apple Daily (rendered by script), taiwan.cn (fresh set 2), the sources reserved for judging.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent / "freshset"))
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
LICENCES = {"people.cn": HK_LICENCE}


# site: (repository, commit, the article's content element, [paths])
SITES: dict[str, tuple[str, str, str, list[str]]] = {
    "upmedia.mg": (AP, AP_COMMIT, "//div[@class='editor']", snapshot("000730")),
    "ltn.com.tw": (AP, AP_COMMIT, "//div[@itemprop='articleBody']", snapshot("000106")),
    "cna.com.tw": (AP, AP_COMMIT, "//div[@class='paragraph']", snapshot("000107")),
    "udn.com": (AP, AP_COMMIT, "//section[contains(@class, 'article-content__editor')]", snapshot("000105")),
    "teepr.com": (AP, AP_COMMIT, "//div[contains(@class, 'post-single-content')]", snapshot("001666")),
    "read01.com": (AP, AP_COMMIT, "//div[@id='imedia-article']", snapshot("000122")),
    "xuehua.tw": (AP, AP_COMMIT, "/html/body/div[1]/div[2]/div/div[1]/div[4]/div[2]", snapshot("000789")),
    "pplomo.com": (AP, AP_COMMIT, "//div[@id='article_content']", snapshot("000752")),
    "readthis.one": (AP, AP_COMMIT, "//div[@id='detailMain']", snapshot("000116")),
    "qiqis.net": (AP, AP_COMMIT, "//div[contains(@class, 'entry-content')]", snapshot("011252")),
    "my-love.org": (AP, AP_COMMIT, "//div[contains(@class, 'entry-content')]", snapshot("011248")),
    "chinapress.com.my": (AP, AP_COMMIT, "//div[contains(@class, 'entry-content')]", snapshot("011249")),
    "people.cn": (HK, HK_COMMIT, "//div[contains(@class, 'rm_txt_con')]", archived(
        "peoples-daily-gba", "香港大埔火灾救援持续-特区政府希望内地提供协助",
        "为表达对大埔宏福苑火灾罹难者的沉重哀悼11月29日至12月1日香港特区所有政府建筑物及设施的国旗及区旗下半旗志哀",
        "全力以赴灭火-万众一心救灾香港大埔火灾救援现场直击")),
}  # fmt: skip


def source_pages() -> list[dict[str, Any]]:
    """The pages, each with its URL (crawl_sources.with_urls)."""
    return with_urls(mirrored_pages(SITES, "tw", dev=DEV, render=render, licences=LICENCES, licence=LICENCE))


def build(page: dict[str, Any]) -> Built:
    return labelled(page, page["site"], HANDCHECK, dev=DEV, render=render)


if __name__ == "__main__":
    sys.exit(set_writer.main(HERE, __doc__, source_pages, build))
