"""Saved pages' titles on more pages of tune sites: the Hong Kong fire archive's saved pages.

    .venv/bin/python bench/html_titles.py [-v] [--pages N]

reidlai/Hong-Kong-Fire-Documentary keeps each outlet's saved article pages with the title its
scraper read (content/news/<outlet>/archive/<page>/index.html and metadata.json). The pages
bench/devset does not use, of the outlets whose site is a tune site of the development set or
none of its sites (never a held-out site's, by the page's URL), are opened as saved pages and
their title (with the subtitle) compared with the archive's, letters and digits only. A page
saved as an error or a challenge (403, Cloudflare's check: little Chinese text) is skipped;
some were saved behind a consent box, an outlet's title is in the other script, a few pages
hold two versions (a merge's conflict marks): the figure is a floor, to compare runs with,
and -v lists the misses to look at. The first N pages of each outlet (by path) are read.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys

from html_extra import MIRRORS, _devset, _held_out
from title_train import norm

from reader.document import DocumentError, load_bytes
from reader.document.dump import dump_dict

ARCHIVE = "reidlai/Hong-Kong-Fire-Documentary"
COMMIT = "09dfd96482e79134ce9868dfb37be1e560be11ec"  # the commit bench/devset's pages are of
SAVED_HAN = 200  # fewer 汉字 in the saved page: an error or a challenge was saved, no article
_HAN = re.compile(r"[\u4e00-\u9fff]")
_NOT_WORD = re.compile(r"[\W_]+")
_PAGE = re.compile(r"content/news/[^/]+/archive/[^/]+/index\.html")


def _git(*args: str) -> bytes:
    git = MIRRORS / ARCHIVE.replace("/", "+") / "repo"
    return subprocess.run(["git", "-c", "core.quotepath=off", f"--git-dir={git}", *args],
                          capture_output=True, check=True).stdout  # fmt: skip


def pages(per_outlet: int) -> list[tuple[str, str, str]]:
    """(outlet, page path, the archive's title) of the pages to score."""
    used, held_out = _devset()
    listing = _git("ls-tree", "-r", "--name-only", COMMIT).decode().splitlines()
    chosen: dict[str, list[tuple[str, str, str]]] = {}
    for path in sorted(p for p in listing if _PAGE.fullmatch(p)):
        outlet = path.split("/")[2]
        if len(chosen.get(outlet, [])) >= per_outlet or f"{ARCHIVE} {path}" in used:
            continue
        try:
            meta = json.loads(_git("show", f"{COMMIT}:{path[: -len('index.html')]}metadata.json"))
        except (subprocess.CalledProcessError, ValueError):
            continue
        title, url = meta.get("title") or "", meta.get("url") or ""
        if len(_HAN.findall(title)) < 4 or _held_out(url, held_out):
            continue  # an English outlet's page, or a held-out site's
        chosen.setdefault(outlet, []).append((outlet, path, title))
    return [page for group in chosen.values() for page in group]


def _key(text: str | None) -> str:
    return _NOT_WORD.sub("", norm(text or ""))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="list the misses")
    ap.add_argument("--pages", type=int, default=30, help="pages of each outlet (default 30)")
    a = ap.parse_args()
    right: dict[str, list[int]] = {}
    for outlet, path, want in pages(a.pages):
        data = _git("show", f"{COMMIT}:{path}")
        if len(_HAN.findall(data.decode("utf-8", "replace"))) < SAVED_HAN:
            continue  # saved as an error or a challenge page (403, Cloudflare's check)
        try:
            d = dump_dict(load_bytes(data, "/saved/p.html", "html"))
        except DocumentError:
            d = {}
        got = (d.get("title") or "") + (d.get("subtitle") or "")
        ok = _key(want) in (_key(got), _key(d.get("title")))
        tally = right.setdefault(outlet, [0, 0])
        tally[0] += ok
        tally[1] += 1
        if a.verbose and not ok:
            print(f"{outlet}: {d.get('title')!r} want {want!r}")
    total = [sum(t[0] for t in right.values()), sum(t[1] for t in right.values())]
    print(f"archive titles: {total[0]}/{total[1]} right; "
          + ", ".join(f"{outlet} {r}/{n}" for outlet, (r, n) in sorted(right.items())))  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
