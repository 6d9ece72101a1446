"""What the builders of the sets of real saved pages (freshset2, freshset3, devset/blogs) share:
the pages read from the mirrored repositories, each page rendered and labelled, a label's hand
check applied, and the set written (pages/, labels/, the SOURCES rows printed)."""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

MIRROR = Path("/work/.mirror")

Built = tuple[str, str, dict[str, Any] | None, str, list[str], tuple[int, ...]]


def git(repo: str, *args: str) -> bytes:
    """git ARGS in the mirrored snapshot of repo (a bare repository, or a work tree's .git)."""
    where = MIRROR / repo.replace("/", "+") / "repo"
    if (where / ".git").is_dir():
        where = where / ".git"
    return subprocess.run(["git", "--git-dir", str(where), *args], capture_output=True, check=True).stdout


def mirrored_pages(sites: dict[str, tuple[str, str, str, list[str]]], src: str, *, dev: Any, render: Any,
                   licences: dict[str, str], licence: str) -> list[dict[str, Any]]:
    """Every page of sites {site: (repo, commit, xpath of the post's content, paths)}, its body's
    ground truth the rendered text of the content element."""
    out = []
    for site, (repo, commit, xpath, paths) in sites.items():
        for path in paths:
            raw = git(repo, "show", f"{commit}:{path}")
            html, enc = dev.decode(raw, None)
            els = render.parse(html).xpath(xpath)
            assert els, (repo, path, xpath)
            gt = "".join(render.render_tree(el) for el in els)
            out.append(dict(src=src, key=hashlib.sha1(raw).hexdigest()[:8], url=dev.find_url(html), html=html,
                            enc=enc, gt=gt, gt_author=None, gt_date=None, gt_title=None, xpath=xpath,
                            source=f"{repo} {path} @{commit}", licence=licences.get(site, licence), repo=repo,
                            path=path, commit=commit, site=site))  # fmt: skip
    return out


def labelled(page: dict[str, Any], site: str, handcheck: dict[str, dict[str, Any]], *, dev: Any, render: Any,
             marked: Callable[[Any], Any] = lambda root: root,
             refine: Callable[[dict[str, Any], tuple[int, ...], list[str], dict[str, Any]], None] | None = None,
             ) -> Built:
    """(name, rendered text, label or None, why not, lines, (title, first, last) line numbers):
    the page rendered, labelled by the development set's rules on marked(root) (the tree the
    heads are read from), refine(label, lines at, lines, hand check) and the hand check applied."""
    root = render.parse(page["html"])
    name = f"{dev.slug(site)}_{page['key']}"
    text = render.render_tree(root)
    lines = text.splitlines()
    hc = handcheck.get(name) or {}
    label, why = dev.build_label(page, lines, marked(root), hc, fname=f"{name}.txt")
    if hc.get("drop"):
        return name, text, None, "hand-check: " + hc["drop"], lines, ()
    if label is None:
        return name, text, None, why, lines, ()
    at = label.pop("_lines")
    if refine is not None:
        refine(label, at, lines, hc)
    hand_checked(label, site, hc, text, dev.nz)
    return name, text, label, "", lines, at


def hand_checked(label: dict[str, Any], site: str, hc: dict[str, Any], text: str, nz: Callable[[str], str]) -> None:
    """The label with its site, and the hand check's corrections (then it is of high confidence);
    its title must be a line of the page."""
    label["site"] = site
    if hc:
        label.update({k: v for k, v in hc.items() if k not in ("drop", "audit")})
        label["confidence"] = "high"
        label["notes"] += "; hand-checked: " + hc.get("audit", "")
    assert nz(label["title"]) in nz(text), (label.get("file"), label["title"])


def write_set(here: Path, pages: Iterable[dict[str, Any]], build: Callable[[dict[str, Any]], Built],
              show: str | None) -> int:
    """Write each page and its label under here (or, with show, print one page's numbered lines,
    or every page's for "all"); print the SOURCES rows and the pages dropped."""
    for folder in ("pages", "labels"):
        (here / folder).mkdir(exist_ok=True)
        for old in (here / folder).glob("*") if not show else ():
            old.unlink()
    rows, dropped = [], []
    for page in pages:
        name, text, label, why, lines, at = build(page)
        if show:
            if show in (name, "all"):
                print(f"=================== {name} {page['repo']} {page['path']}")
                for i, ln in enumerate(lines):
                    mark = dict(zip(at, "TFL", strict=False)).get(i, " ")
                    print(f"{i:4}{mark} {ln[:110]}")
                print(json.dumps(label, ensure_ascii=False, indent=1), why)
            continue
        if label is None:
            dropped.append(f"- {name} ({page['repo']} · {page['path']}): {why}")
            continue
        (here / "pages" / f"{name}.txt").write_text(text, encoding="utf-8")
        (here / "labels" / f"{name}.json").write_text(json.dumps(label, ensure_ascii=False, indent=1) + "\n",
                                                      encoding="utf-8")  # fmt: skip
        url = page["url"] or "(not given)"
        rows.append(f"| {name}.txt | {label['site']} | {page['repo']} · {page['path']} · {page['commit'][:12]} | "
                    f"{page['licence']} | {url} |")  # fmt: skip
    if not show:
        print("\n".join(rows))
        print(f"{len(rows)} pages, {len({r.split(' | ')[1] for r in rows})} sites; dropped {len(dropped)}")
        print("\n".join(dropped))
    return 0


def main(here: Path, doc: str, pages: Callable[[], Iterable[dict[str, Any]]], build: Callable[[dict[str, Any]], Built]) -> int:
    """A builder's command line: write the set under here, or --show one page (doc: its docstring)."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("--show", help="print one page's numbered lines and its label (all: every page's)")
    show = ap.parse_args().show
    return write_set(here, pages(), build, show)
