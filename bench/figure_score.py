"""Score the key figures' subjects against hand labels (bench/devset/figure_subjects.txt).

    .venv/bin/python bench/figure_score.py        # the three numbers and the edge check
    .venv/bin/python bench/figure_score.py -v     # and every wrong or missing subject

- **subject precision**: of the figures shown with a subject, the share whose subject is one
  the labels accept (a figure labelled unsure accepts no subject as well);
- **coverage**: of the figures whose labels name a subject (not unsure), the share shown with
  an acceptable one;
- **figure recall**: of the labelled key figures, the share found (a found figure overlaps it);
- **not figures found**: labelled dates, decades… that are listed as figures;
- **function-word edges**: subjects, on every page of the development set and the shared
  corpus, that begin or end with a function word or a light verb (the issue's 来, 可能, 将, 和,
  实现…); the list is this script's, not the labeller's.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from reader.document import DocumentError, load
from reader.document.key_figures.figures import document_figures
from reader.document.model import Document, Figure

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
LABELS = ROOT / "bench" / "devset" / "figure_subjects.txt"
# Two held-out sets of held-out sites: each scored blind once (the numbers in their titles
# below), then looked at to fix what generalises; a third would be needed for a blind score now.
HELD_OUT = ROOT / "bench" / "devset" / "figure_subjects_heldout.txt"
BLIND = ROOT / "bench" / "devset" / "figure_subjects_blind.txt"
BLIND_2 = ROOT / "bench" / "devset" / "figure_subjects_blind2.txt"
BLIND_3 = ROOT / "bench" / "devset" / "figure_subjects_blind3.txt"
BLIND_4 = ROOT / "bench" / "devset" / "figure_subjects_blind4.txt"
BLIND_5 = ROOT / "bench" / "devset" / "figure_subjects_blind5.txt"
BLIND_6 = ROOT / "bench" / "devset" / "figure_subjects_blind6.txt"
BLIND_7 = ROOT / "bench" / "devset" / "figure_subjects_blind7.txt"
BLIND_8 = ROOT / "bench" / "devset" / "figure_subjects_blind8.txt"
BLIND_9 = ROOT / "bench" / "devset" / "figure_subjects_blind9.txt"
BLIND_10 = ROOT / "bench" / "devset" / "figure_subjects_blind10.txt"
BLIND_11 = ROOT / "bench" / "devset" / "figure_subjects_blind11.txt"
BLIND_12 = ROOT / "bench" / "devset" / "figure_subjects_blind12.txt"
BLIND_13 = ROOT / "bench" / "devset" / "figure_subjects_blind13.txt"
BLIND_14 = ROOT / "bench" / "devset" / "figure_subjects_blind14.txt"
BLIND_15 = ROOT / "bench" / "devset" / "figure_subjects_blind15.txt"
BLIND_16 = ROOT / "bench" / "devset" / "figure_subjects_blind16.txt"
BLIND_17 = ROOT / "bench" / "devset" / "figure_subjects_blind17.txt"
BLIND_18 = ROOT / "bench" / "devset" / "figure_subjects_blind18.txt"
BLIND_19 = ROOT / "bench" / "devset" / "figure_subjects_blind19.txt"
BLIND_20 = ROOT / "bench" / "devset" / "figure_subjects_blind20.txt"
BLIND_21 = ROOT / "bench" / "devset" / "figure_subjects_blind21.txt"
BLIND_22 = ROOT / "bench" / "devset" / "figure_subjects_blind22.txt"
BLIND_23 = ROOT / "bench" / "devset" / "figure_subjects_blind23.txt"
BLIND_24 = ROOT / "bench" / "devset" / "figure_subjects_blind24.txt"
BLIND_25 = ROOT / "bench" / "devset" / "figure_subjects_blind25.txt"
BLIND_26 = ROOT / "bench" / "devset" / "figure_subjects_blind26.txt"
BLIND_27 = ROOT / "bench" / "devset" / "figure_subjects_blind27.txt"
BLIND_28 = ROOT / "bench" / "devset" / "figure_subjects_blind28.txt"
BLIND_29 = ROOT / "bench" / "devset" / "figure_subjects_blind29.txt"
BLIND_30 = ROOT / "bench" / "devset" / "figure_subjects_blind30.txt"
BLIND_31 = ROOT / "bench" / "devset" / "figure_subjects_blind31.txt"
BLIND_32 = ROOT / "bench" / "devset" / "figure_subjects_blind32.txt"
BLIND_33 = ROOT / "bench" / "devset" / "figure_subjects_blind33.txt"
PAGES = (ROOT / "bench" / "devset" / "pages", ROOT / "bench" / "devset" / "extra" / "pages",
         SHARED / "corpus")
_LINE = re.compile(r"^(?P<left>[^\[\t]*)\[(?P<figure>[^\]]+)\](?P<right>[^\t]*)\t(?P<subjects>.*)$")
_BAD_START = ("的", "了", "在", "是", "为", "与", "和", "及", "并", "或", "对", "把", "被", "从", "到",
              "由", "以", "于", "也", "都", "就", "还", "又", "而", "向", "给", "让", "使", "比", "将",
              "可能", "来", "实现", "达到", "达", "约", "共", "近", "超过", "有", "其", "该", "这", "那",
              "用", "如果", "但", "却", "已", "仅", "增长", "下降", "减少", "增加", "提高")
_BAD_END = ("的", "了", "在", "是", "为", "与", "和", "及", "并", "或", "对", "把", "被", "从", "到",
            "由", "以", "于", "也", "都", "就", "还", "又", "而", "向", "给", "让", "使", "将",
            "可能", "来", "实现", "达到", "达", "约", "共", "近", "超过", "有", "分别", "已", "仅", "至",
            "等", "里", "后", "前", "用", "低于", "高于", "不")


_NOUN_START = ("并发", "用户", "在校", "在建", "在岸", "在职", "在读", "在编", "在岗", "在线", "在售", "在途",
               "在册", "在押")  # 在校生, 在建项目: nouns
_NOUN_END = ("费用", "作用", "信用")


@dataclass
class Label:
    """One labelled figure: where it is, and what may be said of it."""

    start: int
    end: int
    text: str
    subjects: tuple[str, ...]
    unsure: bool
    figure: bool  # False: a date, a decade… that is not a key figure


@dataclass
class Tally:
    shown: int = 0  # figures found with a subject
    right: int = 0  # … an acceptable one
    sure: int = 0  # labelled figures that have a subject
    covered: int = 0  # … found with an acceptable one
    figures: int = 0  # labelled key figures
    found: int = 0  # … found
    not_figures: int = 0  # labelled non-figures
    false_found: int = 0  # … found as figures
    wrong: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)

    def add(self, label: Label, figure: Figure | None, doc: Document, name: str) -> None:
        if not label.figure:
            self.not_figures += 1
            if figure is not None:
                self.false_found += 1
                self.wrong.append(f"{name}: {label.text} is not a key figure")
            return
        self.figures += 1
        self.sure += not label.unsure
        if figure is None:
            self.wrong.append(f"{name}: {label.text} not found")
            return
        self.found += 1
        subject = (figure.label or "").replace(" ", "")
        if not subject:
            if not label.unsure and label.subjects:
                self.missed.append(f"{name}: {label.text} → none (wanted {label.subjects[0]})")
            return
        self.shown += 1
        if subject in label.subjects:
            self.right += 1
            self.covered += not label.unsure
        else:
            context = doc.text[max(0, label.start - 24) : label.end + 8].replace("\n", "⏎")
            wanted = " / ".join(label.subjects) or "none"
            self.wrong.append(f"{name}: {label.text} → {subject!r} (wanted {wanted}) …{context}…")


def read_labels(path: Path = LABELS) -> dict[str, list[tuple[str, str, str, str]]]:
    """Article path → (left, figure, right, subjects) lines."""
    articles: dict[str, list[tuple[str, str, str, str]]] = {}
    current: list[tuple[str, str, str, str]] = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        if raw.startswith("== "):
            current = articles.setdefault(raw[3:].strip(), [])
            continue
        match = _LINE.match(raw)
        if match is None:
            raise SystemExit(f"{path.name}: cannot read {raw!r}")
        current.append((match["left"], match["figure"], match["right"], match["subjects"]))
    return articles


def place(doc: Document, lines: list[tuple[str, str, str, str]], name: str) -> list[Label]:
    labels: list[Label] = []
    for left, figure, right, subjects in lines:
        pattern = left + figure + right
        positions = [m.start() for m in re.finditer(re.escape(pattern), doc.text)]
        if not positions:  # the importer now leaves its line out of the article
            print(f"(not in the article's text any more: {name}: {pattern})", file=sys.stderr)
            continue
        unsure = subjects.startswith("?")
        is_figure = subjects.strip() != "-"
        names = tuple(s.strip() for s in subjects.lstrip("?").split(" / ") if s.strip())
        names = names if is_figure else ()
        for pos in positions:
            start = pos + len(left)
            labels.append(Label(start, start + len(figure), figure, names, unsure, is_figure))
    return labels


def resolve(name: str) -> Path:
    return SHARED / name.removeprefix("shared/") if name.startswith("shared/") else ROOT / name


def score(verbose: bool, labels: Path = LABELS) -> Tally:
    """Every labelled article's figures against its labels."""
    tally = Tally()
    for name, lines in read_labels(labels).items():
        path = resolve(name)
        if not path.exists():
            print(f"(skipped, not here: {name})", file=sys.stderr)
            continue
        doc = load(str(path))
        found = list(document_figures(doc))
        for label in place(doc, lines, name):
            match = next((f for f in found if f.start < label.end and label.start < f.end), None)
            if match is not None:
                found.remove(match)
            tally.add(label, match, doc, Path(name).name)
    if verbose:
        print("\n".join(tally.wrong))
    return tally


def bad_edges(verbose: bool) -> tuple[int, int]:
    """(subjects shown on every page, those with a function word at an end)."""
    shown = bad = 0
    for folder in PAGES:
        for path in sorted(folder.glob("*")) if folder.is_dir() else ():
            if path.suffix not in (".txt", ".md", ".html") or path.name == "SOURCES.md":
                continue
            try:
                doc = load(str(path))
            except DocumentError:
                continue
            for figure in document_figures(doc):
                subject = figure.label or ""
                if not subject:
                    continue
                shown += 1
                if bad_edge(subject):
                    bad += 1
                    if verbose:
                        print(f"edge: {path.name}: {doc.text[figure.start:figure.end]} → {subject}")
    return shown, bad


def bad_edge(subject: str) -> bool:
    """subject begins or ends with a function word (nouns such as 占比, 费用, 用户 aside)."""
    starts = subject.startswith(_BAD_START) and not subject.startswith(_NOUN_START)
    ends = subject.endswith(_BAD_END) and not subject.endswith(_NOUN_END)
    return starts or ends or (subject.endswith("比") and not subject.endswith("占比"))


def _report(title: str, t: Tally) -> None:
    print(title)
    print(f"  subject precision   {_percent(t.right, t.shown)}   target ≥ 95%")
    print(f"  coverage            {_percent(t.covered, t.sure)}   target ≥ 70%")
    print(f"  figure recall       {_percent(t.found, t.figures)}   target ≥ 95%")
    print(f"  not figures found   {t.false_found} of {t.not_figures} dates, decades…")


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}% ({part}/{whole})" if whole else "  n/a"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="list what went wrong")
    ap.add_argument("--missed", action="store_true", help="list the figures left without subject")
    ap.add_argument("--held-out", action="store_true",
                    help="with -v: the held-out set's mistakes too (look, then do not tune on them)")
    ap.add_argument("--set", action="append", type=Path, metavar="LABELS",
                    help="score only these label files (a new set's blind score), -v lists all")
    a = ap.parse_args()
    if a.set:
        for path in a.set:
            _report(str(path), score(a.verbose, path))
        return
    shown, bad = bad_edges(a.verbose)
    sets = (("development set", LABELS), ("held out A (blind: 72.2%, 38.7%, 90.2%)", HELD_OUT),
            ("held out B (blind: 60.0%, 50.0%, 94.6%)", BLIND), ("held out C (blind: 35.3%, 23.8%, 100%)", BLIND_2), ("held out D (blind: 56.2%, 24.1%, 98.1%)", BLIND_3),
            ("held out E (blind: 75.0%, 40.0%, 90.5%)", BLIND_4), ("held out F (blind: 66.7%, 50.0%, 100%)", BLIND_5),
            ("held out G (blind: 84.6%, 68.8%, 100%)", BLIND_6),
            ("held out H (blind: 84.8%, 37.5%, 93.1%)", BLIND_7),
            ("held out I (blind: 91.4%, 64.1%, 96.1%)", BLIND_8),
            ("held out J (blind: 66.7%, 29.4%, 82.1%)", BLIND_9),
            ("held out K (blind: 62.5%, 27.8%, 63.6%)", BLIND_10),
            ("held out L (blind: 92.3%, 70.6%, 100%; 5 of 6 dates found)", BLIND_11),
            ("held out M (blind: 70.0%, 47.0%, 100%)", BLIND_12),
            ("held out N (blind: 76.9%, 43.8%, 99.0%)", BLIND_13),
            ("held out O (blind: 80.8%, 65.6%, 99.0%)", BLIND_14),
            ("held out P (blind: 80.0%, 47.8%, 88.5%)", BLIND_15),
            ("held out Q (blind: 71.1%, 50.0%, 95.5%)", BLIND_16),
            ("held out R (blind: 51.1%, 47.4%, 100%)", BLIND_17),
            ("held out S (blind: 75.0%, 47.4%, 98.7%)", BLIND_18),
            ("held out T (blind: 62.5%, 23.1%, 95.2%)", BLIND_19),
            ("held out U (blind: 75.0%, 22.5%, 100%)", BLIND_20),
            ("held out V (blind: 79.3%, 56.5%, 100%)", BLIND_21),
            ("held out W (blind: 94.0%, 68.8%, 100%)", BLIND_22),
            ("held out X (blind: 82.6%, 51.4%, 90.5%)", BLIND_23),
            ("held out Y (blind: 81.6%, 53.7%, 82.4%)", BLIND_24),
            ("held out Z (blind: 75.8%, 42.2%, 79.4%; 2 of 18 non-figures found)", BLIND_25),
            ("held out AA (blind: 93.2%, 58.3%, 86.9%; 0 of 6 non-figures found)", BLIND_26),
            ("held out AB (blind: 80.4%, 38.1%, 94.3%; 0 of 17 non-figures found)", BLIND_27),
            ("held out AC (blind: 57.7%, 32.4%, 77.4%; 0 of 25 non-figures found)", BLIND_28),
            ("held out AD (blind: 80.0%, 53.2%, 87.1%; 0 of 9 non-figures found)", BLIND_29),
            ("held out AE (blind: 75.0%, 39.5%, 68.3%; 0 of 17 non-figures found)", BLIND_30),
            ("held out AF (blind: 72.0%, 57.3%, 96.2%; 0 of 22 non-figures found)", BLIND_31),
            ("held out AG (blind: 73.3%, 57.7%, 94.7%; 0 of 37 non-figures found)", BLIND_32),
            ("held out AH (blind: 72.2%, 46.4%, 96.4%; 5 of 48 non-figures found)", BLIND_33))
    held = Tally()
    for title, path in sets:
        t = score(a.verbose and (a.held_out or path == LABELS), path)
        if a.missed:
            print("\n".join(t.missed))
        _report(f"{title} ({path.name})", t)
        if path != LABELS:
            for name in ("shown", "right", "sure", "covered", "figures", "found", "not_figures",
                         "false_found"):
                setattr(held, name, getattr(held, name) + getattr(t, name))
    _report("all held-out sets together", held)
    print(f"function-word edges {bad} of {shown} subjects on every page")


if __name__ == "__main__":
    main()
