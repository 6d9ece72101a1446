"""Score the saved-web-page importer on the development set's original HTML pages.

    .venv/bin/python bench/html_score.py [-v]

Each labelled page of bench/devset whose source is an HTML page in a mirrored repository
(its label's "source": repository, path @commit) is read from the mirror (`git show`) and
opened as a saved page would be; the dump is scored against the page's labels with
importer_score.py's checks (title, headings, byline, disclaimer, body start and end), and
its body by line: recall (the labelled body's lines found in the article) and precision (the
article's lines that are in the labelled body). The labelled body is the rendered page's
lines from body_first to body_last (bench/devset/pages), its headings left out as the
article's are. Immortal-autumn's pages are wrapped in a <text …> element of the data set's own:
it is cut off, as it is no part of the page.

The body is scored twice. *Exact*: a line counts when the other side has the same line, the
labelled headings and ours left out of both sides. *Matched* (bench/line_match.py): headings on
both sides (the labelled body's lines from first to last, the article's text but its title and
subtitle: which line is a heading is the headings' score, not the body's), and a line counts
when the other side has it whole, or split or joined (a table row's cells, a <br>), or with a
character or two set otherwise (a zero-width joiner, a rare character one renderer lost).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path
from typing import Any

from importer_score import FOLDERS, Tally, _body_lines, is_tune_site, labelled_pages, score
from line_match import as_labelled, clean, matched
from title_train import norm

from reader.document import DocumentError, load_bytes
from reader.document.dump import dump_dict
from reader.document.encoding import decode

MIRRORS = Path("/work/.mirror")


def _git_dir(repo: str) -> Path:
    """A mirror's git directory (a few mirrors are a work tree with its .git inside)."""
    where = MIRRORS / repo.replace("/", "+") / "repo"
    return where / ".git" if (where / ".git").is_dir() else where


def page_html(label: dict[str, Any]) -> bytes | None:
    """The original page of a label, from its mirrored repository; None when not an HTML
    page or not mirrored here."""
    found = _html_source(label)
    if found is None:
        return None
    repo, path, commit = found
    git = _git_dir(repo)
    if not git.is_dir():
        return None
    shown = subprocess.run(["git", f"--git-dir={git}", "show", f"{commit}:{path}"],
                           capture_output=True, check=False)  # fmt: skip
    if shown.returncode != 0:
        return None
    data = shown.stdout
    if data.lstrip().startswith(b"<text "):  # the data set's wrapper
        data = data[max(0, data.lower().find(b"<html")) :]
    return data


def _html_source(label: dict[str, Any]) -> tuple[str, str, str] | None:
    """(repository, path, commit) of a label whose source is an HTML page, else None."""
    source = label.get("source") or ""
    try:
        repo, rest = source.split(" ", 1)
        path, commit = rest.rsplit(" @", 1)
    except ValueError:
        return None
    return (repo, path, commit) if path.endswith((".html", ".htm")) else None


def missing_mirrors(labels: list[dict[str, Any]]) -> list[str]:
    """The repositories the labels' HTML pages come from that have no mirror here (or not
    the commit a label names): scoring without them would score fewer pages, silently."""
    missing: set[str] = set()
    for label in labels:
        found = _html_source(label)
        if found is None:
            continue
        repo, _path, commit = found
        git = _git_dir(repo)
        if repo in missing:
            continue
        if not git.is_dir() or subprocess.run(
                ["git", f"--git-dir={git}", "cat-file", "-e", f"{commit}^{{commit}}"],
                capture_output=True, check=False).returncode != 0:  # fmt: skip
            missing.add(repo)
    return sorted(missing)


def labelled_body(page: Path, label: dict[str, Any], heads_too: bool = False) -> list[str]:
    text, _encoding = decode(page.read_bytes())  # some pages are GBK or Big5
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    first, last = norm(label.get("body_first")), norm(label.get("body_last"))
    start = next((i for i, ln in enumerate(lines) if norm(ln).startswith(first)), None)
    if start is None or not first:
        return []
    end = next((i for i in range(start, len(lines)) if norm(lines[i]).startswith(last)), start)
    heads = set() if heads_too else {norm(h["text"]) for h in label.get("headings", [])}
    return [norm(ln) for ln in lines[start : end + 1] if norm(ln) and norm(ln) not in heads]


def article_lines(d: dict[str, Any]) -> list[str]:
    """The article's lines, its headings among them, but not its title and subtitle."""
    titles = {norm(d.get("title")), norm(d.get("subtitle"))}
    return [n for n in map(norm, d["text"].split("\n")) if n and n not in titles]


def counts(truth: list[str], ours: list[str]) -> tuple[int, int, int, int]:
    """Wanted, found, got and right lines by line_match (format characters aside)."""
    truth, ours = [clean(ln) for ln in truth], [clean(ln) for ln in ours]
    found, right = matched(truth, ours), matched(ours, truth)
    return len(truth), sum(found), len(ours), sum(right)


def _dump(data: bytes, page: Path, as_text: bool) -> dict[str, Any]:
    """The page opened as a saved page, or its rendered text through the text importer."""
    if not as_text:
        d = dump_dict(load_bytes(data, f"/saved/{page.stem}.html", "html"))
        return {**d, "text": as_labelled(d["text"])}
    from reader.document.scraped.text_importer import import_text
    from reader.document.web.web_page import page_lines, page_text

    html, encoding = page_text(data)
    d = dump_dict(import_text("\n".join(page_lines(html).lines), "/saved/p.txt", encoding))
    return {**d, "text": as_labelled(d["text"])}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="what each page got wrong")
    ap.add_argument("--all", action="store_true", help="with -v: the held-out sites too")
    ap.add_argument("--as-text", action="store_true",
                    help="the page's rendered text through the text importer instead (a baseline)")
    a = ap.parse_args()
    tallies = {"tune sites": Tally(), "held-out sites": Tally(), "saved pages": Tally()}
    lines = {name: [0, 0, 0, 0] for name in tallies}  # wanted, found, got, right: exact
    fair = {name: [0, 0, 0, 0] for name in tallies}  # … and matched
    labelled = labelled_pages(FOLDERS)
    if missing := missing_mirrors([label for _page, label in labelled]):
        print("the pages' repositories are not all mirrored under /work/.mirror; fetch:",
              file=sys.stderr)  # fmt: skip
        for repo in missing:
            print(f"github:{repo}", file=sys.stderr)
        return 1
    for page, label in labelled:
        data = page_html(label)
        if data is None:
            continue
        in_tune = is_tune_site(label.get("site") or page.name)
        mine = [tallies["tune sites" if in_tune else "held-out sites"], tallies["saved pages"]]
        for tally in mine:
            tally.files += 1
        try:
            d = _dump(data, page, a.as_text)
        except DocumentError as e:
            for tally in mine:
                tally.failed += 1
            print(f"FAIL {page.name}: {e}")
            continue
        for tally in mine:
            wrong = score(label, d, tally)
        truth = set(labelled_body(page, label))
        ours = [norm(ln) for ln in _body_lines(d)]
        exact = (len(truth), len(truth & set(ours)), len(ours), sum(ln in truth for ln in ours))
        near = counts(labelled_body(page, label, heads_too=True), article_lines(d))
        for name in ("tune sites" if in_tune else "held-out sites", "saved pages"):
            lines[name] = [x + y for x, y in zip(lines[name], exact, strict=True)]
            fair[name] = [x + y for x, y in zip(fair[name], near, strict=True)]
        if a.verbose and wrong and (in_tune or a.all):  # develop on the tune sites only
            print(f"{page.name}: " + "; ".join(wrong))
    for name, tally in tallies.items():
        print(tally.line(name))
    _report({"exact": lines, "matched": fair})
    return 0


def _report(tables: dict[str, dict[str, list[int]]]) -> None:
    for how, table in tables.items():
        for name, (wanted, found, got, right) in table.items():
            if wanted and got:
                print(f"{name}, body by line ({how}): recall {100 * found / wanted:.1f}%, "
                      f"precision {100 * right / got:.1f}%")  # fmt: skip


if __name__ == "__main__":
    sys.exit(main())
