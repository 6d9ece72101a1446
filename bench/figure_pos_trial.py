"""The part-of-speech trial of issue 14: would jieba's posseg make the key figures' subjects
more precise? Each subject the rules give is checked against jieba's words for its clause, and
dropped (no subject) when it fails; the scores of bench/figure_score.py are printed per rule.

    pip install jieba==0.42.1            # not one of Reader's dependencies: see bench/README.md
    .venv/bin/python bench/figure_pos_trial.py

Rules: *edge* — the subject starts and ends where jieba's words do (零部|件 fails); *pos* — its
first word is no preposition, conjunction, particle, adverb or pronoun, and its last no such
word, numeral, measure word, locality word or verb other than a change (增长, 下降…).
"""

from __future__ import annotations

import dataclasses
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import figure_score as score  # noqa: E402

from reader.document.model import Document, Figure  # noqa: E402

_CHANGES = ("增长", "增加", "下降", "减少", "提高", "提升", "降低", "上涨", "下跌", "上升", "回落")
_SETS = (("dev", score.LABELS), ("A", score.HELD_OUT), ("B", score.BLIND), ("C", score.BLIND_2),
         ("D", score.BLIND_3), ("E", score.BLIND_4), ("F", score.BLIND_5), ("G", score.BLIND_6),
         ("H", score.BLIND_7), ("I", score.BLIND_8), ("J", score.BLIND_9), ("K", score.BLIND_10),
         ("L", score.BLIND_11))


def _words(text: str) -> list[tuple[int, int, str, str]]:
    from jieba import posseg  # type: ignore[import-not-found]

    out, at = [], 0
    for pair in posseg.lcut(text):
        out.append((at, at + len(pair.word), pair.word, pair.flag))
        at += len(pair.word)
    return out


def _keeps(doc: Document, figure: Figure, rule: str) -> bool:
    subject = figure.label or ""
    base = max(0, figure.start - 45)
    text = doc.text[base : figure.end + 20]
    at = text.rfind(subject, 0, figure.start - base)
    if at < 0:
        return True  # not as written (a change joined to it): left as it is
    a, b = at, at + len(subject)
    words = _words(text)
    inside = [w for w in words if w[0] < b and w[1] > a]
    if "edge" in rule and (a not in {w[0] for w in words} or b not in {w[1] for w in words}):
        return False
    if "pos" in rule and inside:
        first, last = inside[0], inside[-1]
        if first[3][:1] in "pcudr" and first[3] != "rz":
            return False
        verb = last[3][:1] == "v" and not subject.endswith(_CHANGES)
        if last[3][:1] in "pcudmqf" or verb:
            return False
    return True


def _run(rule: str, found: Callable[[Document], tuple[Figure, ...]]) -> list[str]:
    def checked(doc: Document) -> tuple[Figure, ...]:
        return tuple(f if not f.label or _keeps(doc, f, rule) else dataclasses.replace(f, label=None)
                     for f in found(doc))

    score.document_figures = checked
    rows = []
    held = [0, 0, 0, 0]
    for title, path in _SETS:
        t = score.score(False, path)
        rows.append(f"{title} {t.right}/{t.shown}")
        if title != "dev":
            held = [held[0] + t.right, held[1] + t.shown, held[2] + t.covered, held[3] + t.sure]
    score.document_figures = found
    rows.append(f"held out: precision {100 * held[0] / held[1]:.1f}%, "
                f"coverage {100 * held[2] / held[3]:.1f}%")
    return rows


def main() -> None:
    started = time.perf_counter()
    import jieba  # type: ignore[import-not-found]

    jieba.setLogLevel(60)
    jieba.initialize()
    _words("加载")
    print(f"jieba and posseg loaded in {time.perf_counter() - started:.1f} s")
    found = score.document_figures
    for rule in ("none", "edge", "pos", "edge+pos"):
        print(f"{rule:9} " + " | ".join(_run(rule, found)))


if __name__ == "__main__":
    main()
