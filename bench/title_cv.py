"""Does the headline model generalize better trained on more sites? Cross-validate it by site.

    .venv/bin/python bench/title_cv.py                    # tune-only model against CV over all sites
    .venv/bin/python bench/title_cv.py --folds 10 --splits 3 --l2 1e-3 3e-3
    .venv/bin/python bench/title_cv.py --picks-only       # the model's picks, no import

Two ways of scoring every labelled page with a model that never saw its site:
(a) as the held-out line has been scored: tune pages by a model of the other tune folds, held-out
    pages by the model trained on every tune page (the rules' tune sites only train it);
(b) cross-validation over all sites, tune and held-out alike: each fold's pages scored by a model
    trained on every page of the other folds' sites.
Each prints the picks right (pages whose headline is among the candidates) and, unless
--picks-only, the importer's whole score line (title, body start, …) with those models. Only
aggregates are printed: no held-out page is shown.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from importer_score import FOLDERS, Tally, labelled_pages, score
from title_train import FOLDS, L2, Page, fold_of, is_tune_site, load_pages, picks_right, train

from reader.document import DocumentError, load
from reader.document.dump import dump_dict
from reader.document.headlines.title_model import TitleModel, use_model

Chooser = Callable[[str], TitleModel]  # the model that scores a site's pages


def tune_only(pages: list[Page], folds: int, salt: str, l2: float) -> Chooser:
    """(a): tune pages by the other tune folds' model, held-out pages by all tune pages'."""
    tune = [p for p in pages if is_tune_site(p.site)]
    by_fold = {f: train([p for p in tune if fold_of(p.site, folds, salt) != f], l2)
               for f in range(folds)}
    every_tune = train(tune, l2)
    return lambda site: by_fold[fold_of(site, folds, salt)] if is_tune_site(site) else every_tune


def all_sites(pages: list[Page], folds: int, salt: str, l2: float) -> Chooser:
    """(b): every page by the model of all the other folds' pages, tune and held-out."""
    by_fold = {f: train([p for p in pages if fold_of(p.site, folds, salt) != f], l2)
               for f in range(folds)}
    return lambda site: by_fold[fold_of(site, folds, salt)]


def picks(pages: list[Page], choose: Chooser) -> dict[str, tuple[int, int]]:
    """Picks right and pages, tune and held-out."""
    out = {}
    for group, tune in (("tune", True), ("held-out", False)):
        some = [p for p in pages if is_tune_site(p.site) == tune]
        out[group] = (sum(picks_right(choose(p.site), p) for p in some), len(some))
    return out


def end_to_end(choose: Chooser) -> dict[str, Tally]:
    """The importer's score of every labelled page, each imported with its site's model."""
    tallies = {"tune": Tally(), "held-out": Tally()}
    for path, label in labelled_pages(FOLDERS):
        site = label.get("site") or path.name
        tally = tallies["tune" if is_tune_site(site) else "held-out"]
        tally.files += 1
        use_model(choose(site))
        try:
            d = dump_dict(load(path))
        except (DocumentError, OSError):
            tally.failed += 1
            continue
        score(label, d, tally)
    use_model(None)
    return tallies


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folds", type=int, default=FOLDS)
    ap.add_argument("--splits", type=int, default=1, help="site splits into folds (salts)")
    ap.add_argument("--l2", type=float, nargs="+", default=[L2])
    ap.add_argument("--picks-only", action="store_true", help="skip the import of every page")
    ap.add_argument("--only", choices=("a", "b"), help="one of the two schemes")
    a = ap.parse_args()
    pages = load_pages()
    schemes = {"a": ("(a) tune sites only", tune_only), "b": ("(b) all sites, CV", all_sites)}
    for l2 in a.l2:
        for key, (name, make) in schemes.items():
            if a.only and key != a.only:
                continue
            total = {"tune": [0, 0], "held-out": [0, 0]}
            for split in range(a.splits):
                salt = "" if split == 0 else f"split{split}:"
                choose = make(pages, a.folds, salt, l2)
                for group, (right, n) in picks(pages, choose).items():
                    total[group][0] += right
                    total[group][1] += n
                if not a.picks_only:
                    for group, tally in end_to_end(choose).items():
                        print(f"  {name}, L2 {l2:g}, {a.folds} folds, split {split}: title "
                              f"{tally.counts.get('title', 0)}/{tally.titled}; "
                              + tally.line(f"{group} sites"))
            line = ", ".join(f"{g} {r}/{n} = {100 * r / max(1, n):.1f}%" for g, (r, n) in total.items())
            both = sum(r for r, _ in total.values()), sum(n for _, n in total.values())
            print(f"{name}, L2 {l2:g}, {a.folds} folds x {a.splits} splits: picks right {line}; "
                  f"all {both[0]}/{both[1]} = {100 * both[0] / max(1, both[1]):.1f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
