"""Build the third fresh test set: real blog pages as their sites published them, of sites no other set has.

    .venv/bin/python bench/freshset3/build.py               # writes pages/, labels/, the SOURCES rows
    .venv/bin/python bench/freshset3/build.py --show NAME   # one page's numbered lines and its label

Every page is a post page that a Chinese author's static site generator (Hexo, Hugo, blogdown)
wrote and the author committed to a GitHub Pages repository: the page as the site served it, with
its own navigation, sidebars, table of contents, licence box, previous/next links, comments block
and footer. It is rendered by ../devset/render.py to the text a browser's select-all-and-copy
gives, and labelled by the development set's own rules (../devset/build.py's build_label, loaded
as ../freshset/label.py loads it): the ground truth of the body is the rendered text of the post's
own content element (an XPath per site, below), aligned with the page's lines; the title is
og:title / <h1> / <title> matched above the body; headings are the page's <h2>-<h6> and bold-only
short paragraphs inside the body; byline, disclaimer and dateline by the same rules.
HANDCHECK (handcheck.json) holds what the hand check corrected; every page was hand-checked.

Sources (bare git snapshots under /work/.mirror, read with `git show COMMIT:PATH`): see SOURCES
below and SOURCES.md. No repository or site of the development set, the first two fresh sets,
or the reserved sources is used.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "freshset"))
import set_writer  # noqa: E402
from label import _devset_build, render  # noqa: E402
from set_writer import Built, labelled, mirrored_pages  # noqa: E402

DEV = sys.modules.get("devset_build") or _devset_build()
HANDCHECK: dict[str, dict[str, Any]] = json.loads((HERE / "handcheck.json").read_text("utf-8"))
LICENCE = "none stated in repo; post text (c) its author"
LICENCES = {"gitaeron.github.io": "repo LICENSE.md: content CC BY-NC 4.0; reposted text (c) its author"}

# The post's own content: NexT's post-body, Hugo themes' post-content, and so on (the header with
# the title and the post's date line is left out where the element holds it).
POST_BODY = "//div[contains(concat(' ', normalize-space(@class), ' '), ' post-body ')]"
POST_CONTENT = "//div[contains(concat(' ', normalize-space(@class), ' '), ' post-content ')]"

# site: (repository, commit, the content element's XPath, [post paths])
SITES: dict[str, tuple[str, str, str, list[str]]] = {
    "madlogos.github.io": ("madlogos/madlogos.github.io", "2121ee749e8895ba7af4d7057ed9279cd5dd8b44", POST_CONTENT,
                           ["post/covid19-zero-policy-restructure/index.html",
                            "post/defensive-assassin/index.html",
                            "post/non-standard-medical-insurance-dilemma/index.html"]),
    "viva-rev2.github.io": ("viva-rev2/viva-rev2.github.io", "288ecf3a41605d80d43c404983b5b751ce42f86d", POST_BODY,
                            ["posts/375266ca/index.html", "posts/dc2446f1/index.html", "posts/33c3b1ce/index.html"]),
    "lewangdev.github.io": ("lewangdev/lewangdev.github.io", "5eb941a3fb028c8775caa936455815a954e0f1d9", POST_CONTENT,
                            ["posts/2017-12-31-year-end-reviews-of-2017/index.html",
                             "posts/2023-08-17-comments-on-x-about-my-startup-ideas/index.html",
                             "posts/2022-05-16-cndevnet-intro/index.html"]),
    "yarving.github.io": ("yarving/yarving.github.io", "0b0df88b25d8ae7682e173dbe801d4e6b49556e1", POST_BODY,
                          ["2018/09/18/jiucaideziwoxiuyang/index.html", "2018/06/13/meister-task/index.html",
                           "2018/10/19/daily-sharing-3/index.html"]),
    "guanmengjia.com": ("ink-yanshuo/ink-yanshuo.github.io", "2586c97407f0ee71b8a3cb3a2892e2e6874f5ccd", POST_CONTENT,
                        ["2021/07/18/20210718-dushubiji/index.html", "2020/08/01/20200801-dushubiji/index.html",
                         "2022/03/06/20220306-eryuewenxin/index.html"]),
    "horacehou0822.github.io": ("HoraceHou0822/HoraceHou0822.github.io", "c6c2efe5065d273e99659dd3644b3ab9f8102bf5",
                                "//article[@id='article-container']", ["p/51673/index.html", "p/14183/index.html"]),
    "ydche3.github.io": ("ElkBugling/ydche3.github.io", "095138c32ea2e17a4e8a1967f8aba2a88a84a8db", POST_CONTENT,
                         ["post/gnews.usage.is.value/index.html"]),
    "bigshans.github.io": ("bigshans/bigshans.github.io", "a7883dcf0d4b0a7247d3bc08c510ea6e12219c77", POST_CONTENT,
                           ["post/why-choose-linux-desktop/index.html", "post/for-recent-things/index.html",
                            "post/chun-qiu-zuozhuan-zhu-1/index.html"]),
    "humoonruc.github.io": ("Humoonruc/hugo-website", "bf3b6e4fda23d6e1427b856f62b581ebb449ae7d",
                            "//article/*[not(self::header or self::footer)]",
                            ["blog/involution/index.html", "blog/geopolitical-three-kingdoms-8/index.html",
                             "blog/19-21/index.html"]),
    "luowei.github.io": ("luowei/luowei.github.io", "0514de53b216ccf173dfe5d95f62ef80b441e0f6",
                         "(//article)[1]//section[contains(@class, 'article-markdown')]",
                         ["posts/20141015-it_s_a_waste_of_time_do_effortlessly/index.html",
                          "posts/20180727-work_sumary/index.html"]),
    "imwcf.com": ("imwcf/imwcf.github.io", "514d1b5fbce7d9a1e3eea066b91ec9b311c7e66e", POST_BODY,
                  ["post/ys1.html", "post/ystp.html"]),
    "felixxiong.github.io": ("FelixXiong/felixxiong.github.io", "918ec3c975e0ed725e5ec072a2ba3954e3c71e0c", POST_BODY,
                             ["2019/03/30/Hello-dribbble-CH/index.html"]),
    "ahaiya.xyz": ("Hchen-dl/Hchen-dl.github.io", "d5df5eec093af9c316a6cef3440ab1bc96fe972c", POST_BODY,
                   ["2020/02/07/essay/index.html"]),
    "archylau.github.io": ("ArchyLau/ArchyLau.github.io", "3efc49f673694429d2bb0a283b87117e759c6bb4", POST_BODY,
                           ["caprice/index.html"]),
    "code.idea4j.com": ("beijinguang/beijinguang.github.io", "487f7d02e18dee967c8d47e85c2050a401dd08ce",
                        "//div[contains(@class, 'article-entry')]",
                        ["2026/08/16/2026-claude-text-watermark/index.html",
                         "2026/08/15/2026-macos-screen-sharing-cve-2026-65400/index.html",
                         "2026/03/31/2026-axios-npm-supply-chain/index.html"]),
    "tellmewhoami.github.io": ("tellmewhoami/tellmewhoami.github.io", "85176e6edfa26ffbac11b3fa2e5609f67a06ec65",
                               "//article", ["2026/03/01/HistoryStudy20260301-5/index.html",
                                             "2026/03/01/HistoryStudy20260301-2/index.html"]),
    "gitaeron.github.io": ("gitaeron/gitaeron.github.io", "e99e52684e169809aba158316764c0542df1dc9e",
                           "//article//div[@class='content']/*[not(self::h1 or self::nav or @class='meta')]",
                           ["public/article/2023/august/start-a-business-1/index.html",
                            "public/article/2023/july/seo-tutorial-chapter2/index.html"]),
    "axfinn.github.io": ("axfinn/axfinn.github.io", "7f8556c6a69b6cdaf95c19c4184ee42a3bae8f16", POST_CONTENT,
                         ["blog/2026-03/daily-tech-2026-03-17/index.html", "blog/2026-03/daily-news-2026-03-16/index.html"]),
}  # fmt: skip


def source_pages() -> list[dict[str, Any]]:
    return mirrored_pages(SITES, "f3", dev=DEV, render=render, licences=LICENCES, licence=LICENCE)


def build(page: dict[str, Any]) -> Built:
    return labelled(page, page["site"], HANDCHECK, dev=DEV, render=render)


if __name__ == "__main__":
    sys.exit(set_writer.main(HERE, __doc__, source_pages, build))
