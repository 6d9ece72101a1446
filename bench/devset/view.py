"""Print a page next to its label, for hand-checking:  python view.py NAME [NAME...]"""
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def nz(s: str | None) -> str:
    return "".join((s or "").split())


def find(lines: list[str], s: str | None, start: int = 0) -> int:
    for i in range(start, len(lines)):
        if s and nz(lines[i]).startswith(nz(s)):
            return i
    return -1


def show(name: str) -> None:
    lab: dict[str, Any] = json.loads((HERE / "labels" / f"{name}.json").read_text(encoding="utf-8"))
    raw = (HERE / "pages" / lab["file"]).read_bytes()
    text = raw.decode("gb18030") if lab["file"].endswith("_gbk.txt") else raw.decode("utf-8")
    lines = text.splitlines()
    t = find(lines, lab["title"])
    f = find(lines, lab["body_first"], max(t, 0))
    last = find(lines, lab["body_last"], max(f, 0))
    print(f"=== {name}  site={lab['site']} conf={lab['confidence']} lines={len(lines)}")
    hs = {nz(h["text"]): h["level"] for h in lab["headings"]}
    rows = (set(range(max(0, t - 3), t + 4)) | set(range(max(0, f - 2), f + 3))
            | set(range(max(0, last - 2), last + 10)))
    for i in sorted(rows):
        if 0 <= i < len(lines):
            m = "T" if i == t else "F" if i == f else "L" if i == last else ("H" if nz(lines[i]) in hs else " ")
            print(f"{i:4d}{m} {lines[i][:100]}")
    print("  headings:", [(h["text"][:25], h["level"]) for h in lab["headings"]])
    print("  byline:", lab["byline"], "| disclaimer:", lab["disclaimer"], "| sub:", lab["subtitle"])
    print("  dateline:", lab["dateline"])


if __name__ == "__main__":
    for arg in sys.argv[1:]:
        show(arg)
