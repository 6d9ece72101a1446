"""Build the second Taiwan / Hong Kong news batch of the development set: 2010-2014 news pages as
the sites served them, saved by a news-diff crawler's tests.

    .venv/bin/python bench/devset/twhk2/build.py               # writes pages/, labels/, the SOURCES rows
    .venv/bin/python bench/devset/twhk2/build.py --show NAME   # one page's numbered lines and its label

Made the way ../twhk/build.py makes its pages (set_writer, ../render.py, the development set's own
labeller ../build.py's build_label): every page is a news page with the site's own navigation,
most-read and related lists, keyword boxes and footer, rendered to the text a browser's
select-all-and-copy gives, and labelled from the rendered text of the article's own content element
(an XPath per site, below), then hand-checked (handcheck.json). A page served in Big5 is written as
Big5 bytes (`*_big5.txt`), as a reader saving it would keep it.

Source (a bare git snapshot under /work/.mirror, read with `git show COMMIT:PATH`):
  yookoala/newsdiffHK  tests/models/Crawler/*/data/: g0v NewsDiff's crawler tests (BSD, the README),
                       the article pages its parsers were tested on, saved 2014-12 (with a parse
                       result in JSON beside each): Taiwanese papers, agencies, TV and web news
                       (蘋果日報, 中廣, 中央社, 華視, 民視, 自由時報, 新頭殼, NOWnews, 公視, TVBS, 聯合報) and
                       Hong Kong outlets (熱血時報, 星島, 無綫 TVB, 文匯報).
Not used: its Chinatimes, Ettoday, SETNews and StormMediaGroup pages (fresh set 4's sites), its TTV
page (a listing: the story's text is not in it), the listing pages, one 星島 page and two 中央社
pages (three of a site are enough), and any source reserved for judging.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent / "freshset"))
import set_writer  # noqa: E402
from label import _devset_build, render  # noqa: E402
from set_writer import Built, git, labelled, mirrored_pages  # noqa: E402

DEV = sys.modules.get("devset_build") or _devset_build()
HANDCHECK: dict[str, dict[str, Any]] = json.loads((HERE / "handcheck.json").read_text("utf-8"))
ND = "yookoala/newsdiffHK"
ND_COMMIT = "1ffebbcdedb1563ab5de3848e7ee2844920f59e0"
LICENCE = "BSD (the repo's README: 以上程式碼以 BSD License 公開, the crawler's code); article text (c) its publisher"


def saved(outlet: str, *names: str) -> list[str]:
    return [f"tests/models/Crawler/{outlet}/data/{n}.html" for n in names]


# site: (repository, commit, the article's content element, [paths])
SITES: dict[str, tuple[str, str, str, list[str]]] = {
    "appledaily.com.tw": (ND, ND_COMMIT, "//div[@class='articulum']", saved("Appledaily", "523056")),
    "bcc.com.tw": (ND, ND_COMMIT, "//div[@id='some-class-name']", saved("BCC", "2470299")),
    "cna.com.tw": (ND, ND_COMMIT, "//div[@id='ctl00_ctl00_cph_container_cph_primary_View2014_PnlCont']",
                   saved("CNA", "201308130021-1", "201412120137-1")),
    "cts.com.tw": (ND, ND_COMMIT, "//div[@id='article']", saved("CTS", "201411111536296")),
    "ftv.com.tw": (ND, ND_COMMIT, "//span[@id='newscontent']", saved("FTV", "2014C01L08M1")),
    "ltn.com.tw": (ND, ND_COMMIT, "//div[@id='newstext']", saved("Libertytimes", "1180585", "20130813t3")),
    "newtalk.tw": (ND, ND_COMMIT, "//div[@class='news_ctxt_area_word']", saved("Newtalk", "52850")),
    "nownews.com": (ND, ND_COMMIT, "//div[@class='story_content']", saved("Nownews", "1529819")),
    "pts.org.tw": (ND, ND_COMMIT, "/html/body/table[2]/tr/td/table/tr[2]/td/table/tr/td/table/tr[1]/td/table/tr[1]"
                   "/td[1]/table/tr/td/table/tr[2]/table/table[2]", saved("PTS", "285779", "285812")),
    "tvbs.com.tw": (ND, ND_COMMIT, "//div[@id='news_contents']", saved("TVBS", "556732")),
    "udn.com": (ND, ND_COMMIT, "/html/body/table/tbody/tr/td[1]/table[2]/tbody/tr/td[3]/table/tbody/tr/td/table"
                "/tbody/tr[4]/td/table[2]", saved("UDN", "9127738")),
    "passiontimes.hk": (ND, ND_COMMIT, "//div[@class='articleContent']", saved("PassionTimes", "19750", "3008", "4591")),
    "stheadline.com": (ND, ND_COMMIT, "/html/body/table/tr/td[1]/table[2]/tr[2]/td[2]/table/tr[4]",
                       saved("SingTao", "20141217a163245", "20141217b152123", "20141218h134447")),
    "tvb.com": (ND, ND_COMMIT, "//div[@id='c1_afterplayer']", saved("TVB", "5484d9766db28c6e54000000")),
    "wenweipo.com": (ND, ND_COMMIT, "//table[2]/tr[2]/td[@align='left']", saved("WenWeiPo", "AZ1404020003", "HP1007200001")),
}  # fmt: skip


def _readme_urls() -> dict[str, str]:
    """Each saved page's URL, as its folder's README gives it (- `NAME.html` / From: URL)."""
    urls: dict[str, str] = {}
    for outlet in {p.split("/")[3] for *_, paths in SITES.values() for p in paths}:
        folder = f"tests/models/Crawler/{outlet}/data"
        text = git(ND, "show", f"{ND_COMMIT}:{folder}/README.md").decode("utf-8")
        for name, url in re.findall(r"`([^`]+\.html)`\s*\n\s*From\s*:\s*(\S+)", text):
            urls[f"{folder}/{name}"] = url
    return urls


def source_pages() -> list[dict[str, Any]]:
    """The pages, each with the URL its README gives; a Big5 page's key marked _big5."""
    pages = mirrored_pages(SITES, "tw2", dev=DEV, render=render, licences={}, licence=LICENCE)
    urls = _readme_urls()
    for page in pages:
        page["url"] = urls.get(page["path"]) or page["url"]
        if page["enc"].startswith("big5"):
            page["key"] += "_big5"
    return pages


def build(page: dict[str, Any]) -> Built:
    return labelled(page, page["site"], HANDCHECK, dev=DEV, render=render)


def big5_bytes() -> None:
    """The pages served in Big5 written back as Big5 bytes (cp950, else Big5-HKSCS)."""
    for path in (HERE / "pages").glob("*_big5.txt"):
        text = path.read_text("utf-8")
        try:
            data = text.encode("cp950")
        except UnicodeEncodeError:
            data = text.encode("big5hkscs")
        path.write_bytes(data)


if __name__ == "__main__":
    code = set_writer.main(HERE, __doc__, source_pages, build)
    if "--show" not in sys.argv:
        big5_bytes()
    sys.exit(code)
