"""What the builders of the sets of real saved pages (freshset2, freshset3, devset/blogs) share:
a label's hand check applied, and the set written (pages/, labels/, the SOURCES rows printed)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

Built = tuple[str, str, dict[str, Any] | None, str, list[str], tuple[int, ...]]


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
