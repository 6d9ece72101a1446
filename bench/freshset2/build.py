"""Build the second fresh test set: real saved pages (their own chrome) of sites no other set has.

    .venv/bin/python bench/freshset2/build.py               # writes pages/, labels/, the SOURCES rows
    .venv/bin/python bench/freshset2/build.py --show NAME   # one page's numbered lines and its label

Every page is a real page as a public repository saved it (its navigation, sidebars and footer
kept), rendered by ../devset/render.py to the text a browser's select-all-and-copy gives, and
labelled by the development set's own rules (../devset/build.py's build_label, loaded as
../freshset/label.py loads it): the body is the source's ground-truth article text aligned with
the rendered lines; the title is og:title / <h1> / <title> matched above the body; headings are
the page's <h2>-<h6> and bold-only short paragraphs inside the body; byline, disclaimer and
dateline by the same rules. HANDCHECK (handcheck.json) holds what the hand check corrected; a
page listed there is `high` confidence.

Sources (bare git snapshots under /work/.mirror, read with `git show COMMIT:PATH`): see SOURCES
below and SOURCES.md. No page of the development set's or the first fresh set's sources, and
none of the reserved pages, is used.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "freshset"))
import set_writer  # noqa: E402
from label import _devset_build, render  # noqa: E402
from set_writer import Built, labelled  # noqa: E402

DEV = sys.modules.get("devset_build") or _devset_build()
MIRROR = Path("/work/.mirror")
HANDCHECK: dict[str, dict[str, Any]] = json.loads((HERE / "handcheck.json").read_text("utf-8"))

# (repository, saved page, its ground-truth text, licence, site when the page's links mislead)
REORX = "reorx/readability"
REORX_LICENCE = "MIT (repo LICENSE); article text (c) its publisher"
SOURCES: list[tuple[str, str, str, str, str | None]] = [
    *((REORX, f"test/cases/{n}.html", f"test/cases/{n}.txt", REORX_LICENCE, site)
      for n, site in (("china30s", None), ("guokr", None), ("techreviewchina", "techreviewchina.com"),
                      ("yeeyan", None), ("yyyyiiii.blogspot", None))),
]  # fmt: skip


# Pages kept inside a JSON data file (repository, commit, path, the list's indexes, the XPath of the
# article's own container, whose rendered text is the ground truth, licence, site). disinfoRG's
# scraper committed snapshot files of the pages it fetched (a JSON list of 中国台湾网 pages, a JSON-lines
# file of 全国台联 pages); its HEAD no longer has them.
ZERO = "disinfoRG/ZeroScraper"
ZERO_LICENCE = "none stated in repo; article text (c) its publisher"
JSON_SOURCES: list[tuple[str, str, str, tuple[int, ...], str, str, str]] = [
    (ZERO, "bc3011365b05439878a722a27ad0ab4d02f8ea44", "Data/ArticleSnapshot/N1.json", (2, 6, 20),
     "//div[@id='contentArea']", ZERO_LICENCE, "taiwan.cn"),
    (ZERO, "c7e4d92f47ec3a653887eda8f9225619a0cb4730", "Data/article_snapshot.jl", (13, 15, 16),
     "//div[contains(@class, 'TRS_Editor')]", ZERO_LICENCE, "tailian.org.cn"),
]  # fmt: skip


def git(repo: str, *args: str) -> bytes:
    where = MIRROR / repo.replace("/", "+") / "repo"
    return subprocess.run(["git", "--git-dir", str(where), *args], capture_output=True, check=True).stdout


def head(repo: str) -> str:
    return git(repo, "rev-parse", "HEAD").decode().strip()


def source_pages() -> list[dict[str, Any]]:
    out = []
    for repo, path, gt_path, licence, site in SOURCES:
        commit = head(repo)
        raw = git(repo, "show", f"{commit}:{path}")
        html, enc = DEV.decode(raw, None)
        gt = git(repo, "show", f"{commit}:{gt_path}").decode("utf-8", "replace")
        out.append(dict(src="f2", key=hashlib.sha1(raw).hexdigest()[:8], url=DEV.find_url(html), html=html,
                        enc=enc, gt=gt, gt_author=None, gt_date=None, gt_title=None,
                        source=f"{repo} {path} @{commit}", licence=licence, repo=repo, path=path,
                        commit=commit, site=site))  # fmt: skip
    for repo, commit, path, picks, xpath, licence, site in JSON_SOURCES:
        raw = git(repo, "show", f"{commit}:{path}").decode("utf-8")
        items = json.loads(raw) if path.endswith(".json") else [json.loads(ln) for ln in raw.splitlines() if ln]
        for k in picks:
            html = items[k]["raw_body"]
            root = render.parse(html)
            gt = "".join(render.render_tree(el) for el in root.xpath(xpath))
            out.append(dict(src="f2", key=hashlib.sha1(html.encode()).hexdigest()[:8], url=items[k].get("url") or items[k]["article_id"].rsplit("/", 1)[0],
                            html=html, enc="utf-8", gt=gt, gt_author=None, gt_date=None,
                            gt_title=items[k].get("title"), source=f"{repo} {path}[{k}] @{commit}", licence=licence,
                            repo=repo, path=f"{path}[{k}]", commit=commit, site=site))  # fmt: skip
    return out


def build(page: dict[str, Any]) -> Built:
    return labelled(page, page["site"] or DEV.site_of(page, render.parse(page["html"])), HANDCHECK, dev=DEV, render=render)


if __name__ == "__main__":
    sys.exit(set_writer.main(HERE, __doc__, source_pages, build))
