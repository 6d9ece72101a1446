"""Build the third Taiwan news batch of the development set: 2005-2014 pages of Taiwanese papers,
the news agency, TV and web news as the sites served them, saved by two crawlers' tests.

    .venv/bin/python bench/devset/tw3/build.py               # writes pages/, labels/, the SOURCES rows
    .venv/bin/python bench/devset/tw3/build.py --show NAME   # one page's numbered lines and its label

Made the way ../twhk2/build.py makes its pages (set_writer, ../render.py, the development set's own
labeller ../build.py's build_label): every page is a news page with the site's own navigation,
most-read and related lists, keyword boxes and footer, rendered to the text a browser's
select-all-and-copy gives, and labelled from the rendered text of the article's own content element
(an XPath per site, below), then hand-checked (handcheck.json). A page served in Big5 is written as
Big5 bytes (`*_big5.txt`), as a reader saving it would keep it.

Sources (bare git snapshots under /work/.mirror, read with `git show COMMIT:PATH`):
  lulalala/taiwanese_news_parser  spec/taiwanese_news_parser/parser/*.html: a g0v news parser's
                       test pages (MIT), saved 2013-2014: 蘋果日報 (one of 2005), 中國時報 / 中時電子報
                       (news, star, money), 中央社, 華視, ETtoday, 自由時報 (the 2013 Big5 paper, the 2014
                       site, a special's pages), NOWnews, TVBS, 聯合報 (two Big5 pages).
  yookoala/newsdiffHK  tests/models/Crawler/*/data/: g0v NewsDiff's crawler tests (BSD), the four
                       article pages ../twhk2 left out (中時, ETtoday, 三立, 風傳媒, saved 2014-12).
Not used: the sources reserved for judging, their forks or copies, any file of another set.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent / "freshset"))
import set_writer  # noqa: E402
from label import _devset_build, render  # noqa: E402
from set_writer import Built, git, labelled  # noqa: E402

DEV = sys.modules.get("devset_build") or _devset_build()
HANDCHECK: dict[str, dict[str, Any]] = json.loads((HERE / "handcheck.json").read_text("utf-8"))
TNP = "lulalala/taiwanese_news_parser"
TNP_COMMIT = "fccbc791113af1ef1351498674a460a102501cda"
TNP_LICENCE = "MIT (the repo's LICENSE.txt, the parser's code); article text (c) its publisher"
ND = "yookoala/newsdiffHK"
ND_COMMIT = "1ffebbcdedb1563ab5de3848e7ee2844920f59e0"
ND_LICENCE = "BSD (the repo's README: 以上程式碼以 BSD License 公開, the crawler's code); article text (c) its publisher"


def spec(*names: str) -> list[str]:
    return [f"spec/taiwanese_news_parser/parser/{n}.html" for n in names]


def crawler(outlet: str, name: str) -> list[str]:
    return [f"tests/models/Crawler/{outlet}/data/{name}.html"]


# (site, repository, commit, the article's content element, [paths])
SITES: list[tuple[str, str, str, str, list[str]]] = [
    ("appledaily.com.tw", TNP, TNP_COMMIT, "//div[@class='articulum']", spec("apple_daily_s1", "apple_daily_s2", "apple_daily_s3")),
    ("chinatimes.com", TNP, TNP_COMMIT, "(//article[p])[1]", spec("china_times_s1", "china_times_s3", "china_times_s4", "china_times_s5")),
    ("chinatimes.com", TNP, TNP_COMMIT, "//*[@id='zoom-area']", spec("china_times_money_s1")),
    ("chinatimes.com", ND, ND_COMMIT, "(//article[p])[1]", crawler("Chinatimes", "260115")),
    ("cna.com.tw", TNP, TNP_COMMIT, "(//div[contains(@class,'news_content')]//div[contains(@class,'box_2')])[1]",
     spec("cna_s1", "cna_s2")),
    ("cts.com.tw", TNP, TNP_COMMIT, "//*[@id='ctscontent']", spec("cts_s1", "cts_s2")),
    ("ettoday.net", TNP, TNP_COMMIT, "//*[@itemprop='articleBody']", spec("ettoday_s1", "ettoday_s2")),
    ("ettoday.net", ND, ND_COMMIT, "//*[@itemprop='articleBody']", crawler("Ettoday", "436375")),
    ("ltn.com.tw", TNP, TNP_COMMIT, "//*[@id='newsContent']", spec("liberty_times_big5_s1")),
    ("ltn.com.tw", TNP, TNP_COMMIT, "//*[@id='newstext']", spec("liberty_times_news_s1", "liberty_times_news_s3")),
    ("ltn.com.tw", TNP, TNP_COMMIT, "//div[@class='content']", spec("liberty_times_s2")),
    ("nownews.com", TNP, TNP_COMMIT, "//*[@itemprop='articleBody']", spec("now_news_s1", "now_news_s2")),
    ("tvbs.com.tw", TNP, TNP_COMMIT, "//article//div[contains(@class,'content')]", spec("tvbs_s1", "tvbs_s2")),
    ("udn.com", TNP, TNP_COMMIT, "//*[@id='story']", spec("udn_s1", "udn_s2")),
    ("setn.com", ND, ND_COMMIT, "//div[@id='Content1']", crawler("SETNews", "45500")),
    ("storm.mg", ND, ND_COMMIT, "//div[contains(@class,'innerNewsContentBlk')]", crawler("StormMediaGroup", "048c71d1")),
]  # fmt: skip

# The URL of the pages whose HTML names none (the parser's spec gives it).
URLS = {
    "spec/taiwanese_news_parser/parser/china_times_money_s1.html":
        "http://money.chinatimes.com/news/news-content.aspx?id=20140405000233&cid=1206",
    "spec/taiwanese_news_parser/parser/liberty_times_s2.html":
        "http://iservice.ltn.com.tw/2014/specials/nonukes/news.php?rno=1&no=998521&type=l",
}  # fmt: skip


def mixed_big5(raw: bytes) -> str:
    """A Big5 page with a few UTF-8 words in it (a template's 討論): each run of bytes between
    ASCII bytes no Big5 character holds (space, quotes, <, >) read as Big5, else as UTF-8."""
    out = []
    for part in re.split(rb"([\x00-\x3f]+)", raw):
        try:
            out.append(part.decode("cp950"))
        except UnicodeDecodeError:
            out.append(part.decode("utf-8"))
    return "".join(out)


def decoded(raw: bytes) -> tuple[str, str]:
    """The page's text and encoding: as declared, or a Big5 page with UTF-8 words in it."""
    head = raw[:2000].decode("ascii", "replace").lower()
    if re.search(r"charset=[\"']?big5", head):
        try:
            return raw.decode("cp950"), "big5"
        except UnicodeDecodeError:
            return mixed_big5(raw), "big5"
    return DEV.decode(raw, None)


def source_pages() -> list[dict[str, Any]]:
    """The pages, each with its URL; a Big5 page's key marked _big5."""
    out = []
    for site, repo, commit, xpath, paths in SITES:
        licence = TNP_LICENCE if repo == TNP else ND_LICENCE
        for path in paths:
            raw = git(repo, "show", f"{commit}:{path}")
            html, enc = decoded(raw)
            els = render.parse(html).xpath(xpath)
            assert els, (repo, path, xpath)
            gt = "".join(render.render_tree(el) for el in els)
            key = hashlib.sha1(raw).hexdigest()[:8] + ("_big5" if enc.startswith("big5") else "")
            url = URLS.get(path) or DEV.find_url(html).replace("&amp;", "&")
            out.append(dict(src="tw3", key=key, url=url, html=html, enc=enc, gt=gt, gt_author=None, gt_date=None,
                            gt_title=None, xpath=xpath, source=f"{repo} {path} @{commit}", licence=licence,
                            repo=repo, path=path, commit=commit, site=site))  # fmt: skip
    return out


def build(page: dict[str, Any]) -> Built:
    return labelled(page, page["site"], HANDCHECK, dev=DEV, render=render)


def big5_bytes() -> None:
    """The pages served in Big5 written back as Big5 bytes (cp950, else Big5-HKSCS); the footer's
    © (an HTML entity, no Big5 character) written (c)."""
    for path in (HERE / "pages").glob("*_big5.txt"):
        text = path.read_text("utf-8").replace("©", "(c)")
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
