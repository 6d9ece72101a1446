"""Mark labels as hand-checked: python hc.py NAME "note" [NAME "note" ...] (adds to handcheck.json)."""
import json
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    p = Path(__file__).resolve().parent / "handcheck.json"
    d = json.loads(p.read_text(encoding="utf-8"))
    if len(argv) % 2:
        print("usage: hc.py NAME NOTE [NAME NOTE ...]", file=sys.stderr)
        return 2
    for name, note in zip(argv[::2], argv[1::2], strict=True):
        e = d.setdefault(name, {})
        e["confidence"] = "high"
        e["notes"] = "hand-checked against the rendered text: " + note
    p.write_text(json.dumps(d, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
