"""Build the title batch of the development set: real article pages of many sites, labelled with their title only.

    .venv/bin/python bench/devset/titles/build.py            # writes pages/, labels/, SOURCES.md's table
    .venv/bin/python bench/devset/titles/build.py --show N   # one page's first lines and its title

What the headline model (bench/title_train.py) learns from is which line of a page is its title, and it
learns that better from many sites than from many pages of a few. This batch gives it more sites:
real saved article pages (personal blogs' post pages as their Hexo / Hugo / Jekyll themes wrote them
and their authors committed them to GitHub Pages repositories; news, government and portal pages of
the public extraction data sets not yet used), at most three pages a site, rendered by ../render.py
(the text a browser's select-all-copy gives, chrome kept) and labelled from the markup only where two
sources agree: the page's <h1> (or its theme's post-title element) and the <title>'s part before a
separator (| - _ — · », the site's name after it) or og:title (a <title> that is the <h1> alone may be
a site's name in its header). A page where they do not agree, whose title is not a
line of the rendered text, or that is not a Chinese article (under 200 CJK characters) is dropped.

Only the title is labelled (title, site, source; "fields": ["title"]): the other fields of the
development set's labels are left out, so the folder is NOT one of importer_score.py's default folders
(a missing byline or body edge would count as wrong there); title_train.py reads it as training pages.
No site or repository is one of the other development batches', the fresh test sets' (their
SOURCES.md were read for repository and site names only) or the reserved sources'.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import lxml.etree

HERE = Path(__file__).resolve().parent
BENCH = HERE.parent.parent
sys.path[:0] = [str(BENCH / "freshset"), str(HERE.parent)]
import render  # noqa: E402
from label import _devset_build  # noqa: E402

DEV = sys.modules.get("devset_build") or _devset_build()
MIRROR = Path("/work/.mirror")
PER_SITE = 3
MIN_CJK = 200
PROSE_CJK = 40  # a paragraph of prose has this many CJK characters on one line
# What the other sets name (their SOURCES.md tables): these sites and repositories are not used.
SOURCE_FILES = [f for f in (*sorted(BENCH.glob("devset/SOURCES.md")), *sorted(BENCH.glob("devset/*/SOURCES.md")),
                             *sorted(BENCH.glob("freshset*/SOURCES.md"))) if f.parent != HERE]
SEPARATORS = "|｜-_—–·»:：/"
# A path segment of a listing, an asset or a site's own page, not a post.
NOT_POST = re.compile(r"(^|/)(page|tags?|categor(y|ies)|archives?|about|search|links?|friends?|assets|lib|js|css|"
                      r"vendor|node_modules|plugins?|static|404|series|authors?|comments?|resume|gallery|"
                      r"photos?|music|books?|movies?|hello-world|resume\w*|r)(/|$|\.html)", re.I)
# Post-title elements of blog themes and news pages besides <h1>: a heading, block or cell whose class
# or id names a title (post-title, article-title, artibodyTitle, newsTitle, title…).
TITLE_XPATH = ("//h1 | //*[self::h2 or self::h3 or self::h4 or self::div or self::span or self::td or self::p or "
               "self::strong or self::b or self::font][contains(translate(concat(@class, ' ', @id), "
               "'TITLE', 'title'), 'title')]")
DATASETS = {  # repository: licence; the test pages of extractors and their data sets
    "opendatalab/magic-html": "Apache-2.0 (repo); content (c) publisher",
    "immortal-autumn/Chinese-Web-Content-Extraction-Dataset": "MIT (repo); content (c) publisher",
    "ccprocessor/llm-webkit-mirror": "none stated in repo; article text (c) the publisher",
    "yookoala/newsdiffHK": "none stated in repo; content (c) publisher",
    "adbar/trafilatura": "Apache-2.0 (repo); content (c) publisher",
    "adbar/htmldate": "Apache-2.0 (repo); content (c) publisher",
    "goose3/goose3": "Apache-2.0 (repo); content (c) publisher",
    "AndyTheFactory/newspaper4k": "MIT (repo); content (c) publisher",
    "postlight/parser": "none stated at the repo's root; content (c) publisher",
    "Gerapy/GerapyAutoExtractor": "Apache-2.0 (repo); content (c) publisher",
    "mozilla/readability": "Apache-2.0 (repo); content (c) publisher",
}
# One outlet under two domains: the development set has it under the second.
ALIASES = {"news.cn": "xinhuanet.com"}
# Never opened: the pages reserved for the team's own judgement (and magic-html's, by name prefix).
RESERVED_PATHS = ("test/test-pages/pixnet/",)
BLOG_LICENCE = "none stated in repo; post text (c) its author"


def git_dir(repo: str) -> str:
    where = MIRROR / repo.replace("/", "+", 1) / "repo"
    return str(where / ".git") if (where / ".git").is_dir() else str(where)


def git(repo: str, *args: str) -> bytes:
    return subprocess.run(["git", "--git-dir", git_dir(repo), *args], capture_output=True, check=True).stdout


def used_elsewhere() -> tuple[set[str], set[str], set[tuple[str, str]]]:
    """The sites, the fresh sets' repositories and the (repository, path) files the other sets use."""
    sites: set[str] = set()
    repos: set[str] = set()
    files: set[tuple[str, str]] = set()
    for f in SOURCE_FILES:
        for line in f.read_text(encoding="utf-8").splitlines():
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if not line.startswith("| ") or len(cells) < 3 or cells[0] in ("file", "---") or "/" not in cells[2]:
                continue
            sites.add(cells[1].lower())
            parts = [p.strip() for p in cells[2].split(" · ")]
            repo = parts[0].split()[0].lower()
            sites.add(repo)
            if "freshset" in str(f):
                repos.add(repo)
            if len(parts) > 1:
                files.add((repo, parts[1]))
    return sites, repos, files


def _text(el: Any) -> str:
    return re.sub(r"\s+", " ", el.text_content()).strip()


def agreed_title(root: Any) -> str | None:
    """The <h1> (or post-title element) that the <title> begins with (then a separator or its end),
    or that og:title is; None when no such pair."""
    title = " ".join(_text(t) for t in root.xpath("//head/title")[:1])
    og = [re.sub(r"\s+", " ", v).strip() for v in root.xpath('//meta[@property="og:title"]/@content')]
    for el in root.xpath(TITLE_XPATH):
        h = _text(el)
        if len(DEV.nz(h)) < 2 or DEV.cjk(h) < 1:
            continue
        rest = title[len(h):].lstrip() if title.startswith(h) else None
        # A <title> that is the <h1> alone may be the site's name in its header: og:title must agree then.
        if (rest and rest[0] in SEPARATORS) or any(DEV.nz(o) == DEV.nz(h) for o in og):
            return h
    return None


def _commit(repo: str) -> str:
    return git(repo, "rev-parse", "HEAD").decode().strip()


def _files(repo: str) -> list[str]:
    return [n for n in git(repo, "ls-tree", "-r", "--name-only", "HEAD").decode("utf-8", "replace").splitlines()
            if n.lower().endswith((".html", ".htm"))]


def _by_hash(paths: list[str]) -> list[str]:
    """A fixed order that spreads over a site's years and sections."""
    return sorted(paths, key=lambda p: hashlib.sha1(p.encode()).hexdigest())


def blog_site(repo: str) -> str:
    try:
        cname = git(repo, "show", "HEAD:CNAME").decode().strip().split()[0].lower()
        return re.sub(r"^(https?://)?(www\.)?|/$", "", cname)
    except (subprocess.CalledProcessError, IndexError):
        return repo.split("/")[1].lower()


def blog_repos(exclude: set[str]) -> list[str]:
    out = []
    for d in sorted(MIRROR.iterdir()):
        repo = d.name.replace("+", "/", 1)
        if (".github.io" in repo.lower() or ".github.com" in repo.lower()) and repo.lower() not in exclude:
            out.append(repo)
    return out


def candidates(sites_used: set[str], repos_used: set[str], files_used: set[tuple[str, str]]) -> Iterator[dict[str, Any]]:
    """Every page to try: (repository, commit, path, site, licence), post pages of blogs first."""
    for repo in blog_repos(repos_used | sites_used):
        site = blog_site(repo)
        if site in sites_used:
            continue
        commit = _commit(repo)
        for path in _by_hash([p for p in _files(repo) if "/" in p and not NOT_POST.search(p)])[:60]:
            yield dict(repo=repo, commit=commit, path=path, site=site, licence=BLOG_LICENCE, url=None)
    for repo, licence in DATASETS.items():
        commit = _commit(repo)
        for path in _by_hash(_files(repo)):
            stem = Path(path).stem
            if (repo.lower(), path) in files_used or stem.startswith(DEV.MH_RESERVED) or path.startswith(RESERVED_PATHS) \
                    or ("/article/" not in path and repo == "opendatalab/magic-html"):
                continue
            yield dict(repo=repo, commit=commit, path=path, site=None, licence=licence, url=None)


def _html(page: dict[str, Any]) -> str:
    raw = git(page["repo"], "show", f"{page['commit']}:{page['path']}")
    m = re.match(rb'\s*<text id="([^"]*)"[^>]*?encoding="([^"]*)"[^>]*>', raw)  # immortal-autumn's wrapper
    if m:
        page["url"] = m.group(1).decode("latin-1")
        return DEV.decode(raw[m.end():], m.group(2).decode())[0]
    return DEV.decode(raw, None)[0]


def _chinese(html: str, lines: list[str]) -> bool:
    """A Chinese article: 200 CJK characters, no kana, a charset GB18030 or Big5 or UTF-8 read right
    (Shift_JIS or EUC-KR decoded as GB18030 would look Chinese)."""
    declared = DEV.sniff_charset(html.encode("utf-8", "replace"))
    if declared and not DEV.norm_enc(declared) and declared not in ("utf8", "utf-8"):
        return False
    return DEV.cjk("".join(lines)) >= MIN_CJK and len(DEV.KANA_RE.findall("".join(lines))) <= 10


def labelled(page: dict[str, Any], sites_used: set[str]) -> tuple[str, list[str]] | str:
    """(title, rendered lines) of a page, or why it is dropped."""
    return _labelled_html(page, _html(page), sites_used)


def _labelled_html(page: dict[str, Any], html: str, sites_used: set[str]) -> tuple[str, list[str]] | str:
    try:
        root = render.parse(html)
    except lxml.etree.ParserError:  # an empty document
        return "empty document"
    page["url"] = page["url"] or DEV.find_url(html)
    if page["site"] is None:
        page["site"] = DEV.site_of(page, root).removeprefix("www.")
    page["site"] = ALIASES.get(page["site"], page["site"])
    if page["site"] in sites_used or page["site"] == "unknown":
        return "site used elsewhere or unknown"
    lines = render.render_tree(root).splitlines()
    if not _chinese(html, lines):
        return "not a Chinese article"
    return _title_of(root, lines)


def _title_of(root: Any, lines: list[str]) -> tuple[str, list[str]] | str:
    """(title, lines) when the markup agrees on a title that is a line of the text with prose under it."""
    title = agreed_title(root)
    if title is None:
        return "no <h1> that <title> or og:title agrees with"
    at = [i for i, ln in enumerate(lines) if DEV.nz(ln) == DEV.nz(title)]
    if not at:
        return "title not a line of the rendered text"
    if not any(DEV.cjk(ln) >= PROSE_CJK for ln in lines[at[0] + 1:]):
        return "no paragraph under the title: an album, a list or a site page, not an article"
    return title, lines


def build(show: str | None) -> int:
    sites_used, repos_used, files_used = used_elsewhere()
    kept: dict[str, int] = {}
    rows, dropped = [], 0
    if not show:
        for folder in ("pages", "labels"):
            (HERE / folder).mkdir(exist_ok=True)
            for old in (HERE / folder).glob("*"):
                old.unlink()
    for page in candidates(sites_used, repos_used, files_used):
        if page["site"] is not None and kept.get(page["site"], 0) >= PER_SITE:
            continue
        got = labelled(page, sites_used)
        if isinstance(got, str) or kept.get(page["site"], 0) >= PER_SITE:
            dropped += 1
            continue
        title, lines = got
        kept[page["site"]] = kept.get(page["site"], 0) + 1
        key = hashlib.sha1(f"{page['repo']}:{page['path']}".encode()).hexdigest()[:8]
        name = f"{DEV.slug(page['site'])}_{key}"
        if show:
            if show in (name, "all"):
                print(f"== {name} {page['repo']} {page['path']}\n{title}\n" + "\n".join(lines[:60]))
            continue
        label = {"file": f"{name}.txt", "site": page["site"], "source": f"{page['repo']} {page['path']} @{page['commit']}",
                 "title": title, "fields": ["title"], "confidence": "medium",
                 "notes": "auto: title only, where the page's <h1> and its <title> (or og:title) agree"}
        (HERE / "pages" / f"{name}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (HERE / "labels" / f"{name}.json").write_text(json.dumps(label, ensure_ascii=False, indent=1) + "\n",
                                                      encoding="utf-8")
        rows.append(f"| {name}.txt | {page['site']} | {page['repo']} · {page['path']} · {page['commit'][:12]} | "
                    f"{page['licence']} | {page['url'] or '(not given)'} |")
    if not show:
        print("\n".join(rows))
        print(f"{len(rows)} pages, {len(kept)} sites; {dropped} candidates dropped")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", help="print one page's first lines and its title (all: every page's)")
    return build(ap.parse_args().show)


if __name__ == "__main__":
    sys.exit(main())
