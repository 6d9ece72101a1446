"""Dump every page the importer is measured on into one folder, to check that a change of speed
changes no result: run it before and after, then `diff -r BEFORE AFTER`.

    PYTHONPATH=. .venv/bin/python bench/dump_all.py /tmp/before
    … the change …
    PYTHONPATH=. .venv/bin/python bench/dump_all.py /tmp/after && diff -r /tmp/before /tmp/after

The pages: the development set, the fresh sets, the shared corpus (when present), the long
bench article, the bundled article and the saved portal page, each `reader dump`'s JSON in a
file named by a hash of its path, so that no test set's page is named (the fresh sets are test
sets: this compares their dumps and never shows one).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
import time
from pathlib import Path

import corpus

from reader.document import DocumentError, load
from reader.document.dump import dump_dict

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared" / "corpus"


def pages(folder: Path) -> list[Path]:
    """Every page file of the labelled sets, the shared corpus and the bench's own articles."""
    found: list[Path] = []
    for home in sorted([*HERE.glob("devset/**/pages"), *HERE.glob("freshset*/pages")]):
        found += sorted(p for p in home.rglob("*") if p.is_file())
    if SHARED.is_dir():
        found += sorted(p for p in SHARED.iterdir() if p.is_file() and p.suffix in (".txt", ".md"))
    page = corpus.ROOT / "tests" / "document" / "web" / "web_pages"
    found += sorted(page.glob("*.html"))[:1] if page.is_dir() else []
    return [*found, corpus.write_long_article(folder), corpus.SEED]


def _where(path: Path) -> str:
    """The page's path in the checkout (or the shared corpus's name for it)."""
    return str(path.relative_to(HERE.parent)) if path.is_relative_to(HERE.parent) else f"shared/{path.name}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="the folder to write the dumps to")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="reader-dump-all-") as folder:
        files = pages(Path(folder))
        for path in files:
            # Named by where the page is in the checkout: two checkouts' dumps compare.
            where = "long-article" if path.parent == Path(folder) else _where(path)
            name = hashlib.sha1(where.encode()).hexdigest()[:16]
            try:
                dumped = dump_dict(load(path))
                dumped["source"]["path"] = name
                text = json.dumps(dumped, ensure_ascii=False, indent=2) + "\n"
            except DocumentError as error:
                text = f"DocumentError: {error}\n".replace(str(path), name)
            (args.out / name).write_text(text, encoding="utf-8")
    print(f"{len(files)} pages dumped to {args.out} in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
