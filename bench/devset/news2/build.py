"""Build the mainland news batch of the development set: city-paper and portal pages as the sites served them.

    .venv/bin/python bench/devset/news2/build.py               # writes pages/, labels/, the SOURCES rows
    .venv/bin/python bench/devset/news2/build.py --show NAME   # one page's numbered lines and its label

Made the way ../twhk/build.py makes its pages (set_writer, ../render.py, the development set's own
labeller ../build.py's build_label): a news page with the site's own navigation, related and
most-read lists and footer, rendered to the text a browser's select-all-and-copy gives, labelled
from the rendered text of the article's own content element (an XPath per site, below), then
hand-checked (handcheck.json).

Sources (bare git snapshots under /work/.mirror, read with `git show COMMIT:PATH`):
  disinfoRG/ArticleParser  tests/parser/snapshots/: the one snapshot of a mainland site that no set
                           uses (文汇报 whb.cn, a Shanghai city paper); its other mainland snapshots
                           are of sites the sets have (guancha.cn, news.163.com, toutiao.com,
                           people.com.cn)
What else was searched, and why it gave nothing: SOURCES.md.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent / "freshset"))
import set_writer  # noqa: E402
from crawl_sources import AP, AP_COMMIT, LICENCE, snapshot, with_urls  # noqa: E402
from label import _devset_build, render  # noqa: E402
from set_writer import Built, labelled, mirrored_pages  # noqa: E402

DEV = sys.modules.get("devset_build") or _devset_build()
HANDCHECK: dict[str, dict[str, Any]] = json.loads((HERE / "handcheck.json").read_text("utf-8"))


# site: (repository, commit, the article's content element, [paths])
SITES: dict[str, tuple[str, str, str, list[str]]] = {
    "whb.cn": (AP, AP_COMMIT, "//div[@class='content_info']", snapshot("000732")),
}  # fmt: skip


def source_pages() -> list[dict[str, Any]]:
    """The pages, each with its URL (crawl_sources.with_urls)."""
    return with_urls(mirrored_pages(SITES, "cn", dev=DEV, render=render, licences={}, licence=LICENCE))


def build(page: dict[str, Any]) -> Built:
    return labelled(page, page["site"], HANDCHECK, dev=DEV, render=render)


if __name__ == "__main__":
    sys.exit(set_writer.main(HERE, __doc__, source_pages, build))
