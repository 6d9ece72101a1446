"""More tune material for the saved-page importer: pages of public extraction test sets that
the development set does not use, scored by line against each set's own ground truth.

    .venv/bin/python bench/html_extra.py [-v] [--only PREFIX]

The pages (read from the mirrors under /work/.mirror with `git show`):

- opendatalab/magic-html, benchmark/data/article: the Chinese pages (≥ 100 汉字 of ground
  truth) that bench/devset does not use and that are not among the pages reserved for the
  team's final judgement (RESERVED, never opened); the truth is base.json's "content";
- immortal-autumn/Chinese-Web-Content-Extraction-Dataset: the original/ pages bench/devset
  does not use, the truth is cleaned/ (forum threads are left out: no one article);
- flairNLP/fundus, tests/resources/parser/test_data: the Chinese pages (a 人民网 article), the
  truth is the test's body paragraphs (its summary and sections).

A page whose site is one of the development set's held-out sites is skipped (unopened), so
that the held-out score of bench/html_score.py stays a score on unseen sites: what is here is
tune material, to be looked at in detail. A line of the page (laid out as the importer lays it
out, web_page.page_lines) is body when it is one of the ground truth's lines or, from 8
characters on, part of one; recall is the share of body lines in the article, precision the
share of the article's lines (headings included, the title and subtitle not) that are body. Neither set's truth holds the headline: the
title is shown with -v, not scored.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

from importer_score import FOLDERS, is_tune_site, labelled_pages
from title_train import norm

from reader.document import DocumentError, load_bytes
from reader.document.dump import dump_dict
from reader.document.web.web_page import page_lines, page_text

MIRRORS = Path("/work/.mirror")
MAGIC = "opendatalab/magic-html"
MAGIC_DIR = "benchmark/data/article"
AUTUMN = "immortal-autumn/Chinese-Web-Content-Extraction-Dataset"
FUNDUS = "flairNLP/fundus"
FUNDUS_PAGES = (("tests/resources/parser/test_data/cn/People_2024_04_24.html.gz",
                 "tests/resources/parser/test_data/cn/People.json"),)  # fmt: skip
RESERVED = ("4e55eac4", "14b709df", "1e20e027", "9c642bd5", "97a2a581", "a28ede74", "ea5bdb58",
            "665b6857", "2dd9425b", "42076fe0", "e7518002")  # fmt: skip
MATCHED = 0.2  # of the truth's lines found among the page's, or the page is not scored
SHORT = 8  # a shorter page line is body only when it is a whole line of the truth
_HAN = re.compile(r"[\u4e00-\u9fff]")
_KANA = re.compile(r"[\u3040-\u30ff]{3}")  # Japanese: Reader reads Chinese


def _git(repo: str, path: str) -> bytes:
    git = MIRRORS / repo.replace("/", "+") / "repo"
    shown = subprocess.run(["git", f"--git-dir={git}", "show", f"HEAD:{path}"],
                           capture_output=True, check=True)  # fmt: skip
    return shown.stdout


def _devset() -> tuple[set[str], set[str]]:
    """The sources the development set uses, and its held-out sites."""
    used, held_out = set(), set()
    for _page, label in labelled_pages(FOLDERS):
        used.add((label.get("source") or "").split(" @")[0])
        site = label.get("site") or ""
        if site and not is_tune_site(site):
            held_out.add(site)
    return used, held_out


def _held_out(url: str, held_out: set[str]) -> bool:
    host = urlsplit(url).hostname or ""
    if host.endswith("weixin.qq.com"):
        return True  # the development set tells WeChat accounts apart, a URL does not
    return any(host == site or host.endswith("." + site) for site in held_out if "/" not in site)


_URL = re.compile(rb'<text id="([^"]+)"|(?:canonical|og:url)["\'][^>]*?(https?://[^"\'>]+)')


def _address(data: bytes) -> str:
    """The page's URL: the data set's wrapper names it, else the page's canonical link."""
    found = _URL.search(data[:65536])
    return (found.group(1) or found.group(2)).decode("ascii", "replace") if found else ""


def pages(only: str = "") -> Iterator[tuple[str, bytes, str]]:
    """(name, page, ground truth) of each page of the extra material."""
    used, held_out = _devset()
    base = json.loads(_git(MAGIC, f"{MAGIC_DIR}/base.json"))
    for key, entry in sorted(base.items()):
        path = f"{MAGIC_DIR}/htmls/{key}.html"
        if (key.startswith(RESERVED) or f"{MAGIC} {path}" in used or not key.startswith(only)
                or len(_HAN.findall(entry["content"])) < 100 or _KANA.search(entry["content"])
                or _held_out(entry["url"], held_out)):  # fmt: skip
            continue
        yield f"magic-html {key[:8]}", _git(MAGIC, path), entry["content"]
    listing = subprocess.run(["git", f"--git-dir={MIRRORS / AUTUMN.replace('/', '+')}/repo",
                              "ls-tree", "--name-only", "HEAD", "original/"],
                             capture_output=True, text=True, check=True).stdout.split()  # fmt: skip
    for path in listing:
        key = Path(path).stem
        if f"{AUTUMN} {path}" in used or not key.startswith(only):
            continue
        data = _git(AUTUMN, path)
        address = _address(data)
        if "bbs" in address or _held_out(address, held_out):
            continue
        if data.lstrip().startswith(b"<text "):  # the data set's wrapper
            data = data[max(0, data.lower().find(b"<html")) :]
        truth, _enc = page_text(_git(AUTUMN, f"cleaned/{key}.txt"))
        yield f"autumn {key[:8]}", data, truth
    yield from _fundus(only, held_out)


def _fundus(only: str, held_out: set[str]) -> Iterator[tuple[str, bytes, str]]:
    """fundus's Chinese test pages: the page (gzipped) and its body's paragraphs."""
    for path, truth_path in FUNDUS_PAGES:
        key = Path(path).name
        data = gzip.decompress(_git(FUNDUS, path))
        if not key.startswith(only) or _held_out(_address(data), held_out):
            continue
        body = next(iter(json.loads(_git(FUNDUS, truth_path)).values()))["body"]
        paragraphs = [*body["summary"], *(p for section in body["sections"]
                                          for p in [*section["headline"], *section["paragraphs"]])]  # fmt: skip
        yield f"fundus {key}", data, "\n".join(paragraphs)


def body_lines(lines: list[str], truth: str) -> set[str]:
    """The page's lines (normalized) that are the ground truth's body."""
    wanted = [norm(ln) for ln in truth.splitlines() if norm(ln)]
    whole, joined = set(wanted), "\n".join(wanted)
    return {n for n in map(norm, lines) if n in whole or (len(n) >= SHORT and n in joined)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="each page's scores")
    ap.add_argument("--only", default="", help="the pages whose key begins so")
    a = ap.parse_args()
    wanted = found = got = right = files = 0
    unmatched: list[str] = []
    for name, data, truth in pages(a.only):
        files += 1
        try:
            d = dump_dict(load_bytes(data, "/saved/page.html", "html"))
        except DocumentError as e:
            print(f"FAIL {name}: {e}")
            continue
        lines = page_lines(page_text(data)[0]).lines
        heads = {norm(d.get("title")), norm(d.get("subtitle"))}
        body = body_lines(lines, truth) - heads
        if len(body) < MATCHED * len(truth.splitlines()):
            unmatched.append(name)  # the truth is not made of the page's lines
            continue
        ours = [n for n in map(norm, d["text"].split("\n")) if n and n not in heads]
        page = (len(body), len(body & set(ours)), len(ours), sum(ln in body for ln in ours))
        wanted, found, got, right = (x + y for x, y in zip((wanted, found, got, right), page,
                                                           strict=True))  # fmt: skip
        if a.verbose:
            print(f"{name}: recall {page[1]}/{page[0]}, precision {page[3]}/{page[2]}, title "
                  f"{d.get('title')!r}")  # fmt: skip
    files -= len(unmatched)
    print(f"extra pages: {files} (and {len(unmatched)} whose truth does not match the page's "
          f"lines: {', '.join(unmatched)}); body by line: "
          f"recall {100 * found / max(wanted, 1):.1f}%, precision {100 * right / max(got, 1):.1f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
