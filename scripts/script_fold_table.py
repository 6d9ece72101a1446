"""Write reader/document/hanzi/script_fold.json: every CJK character that OpenCC's t2s, hk2s or
tw2s makes another single character, with that character (find matches either script).

Run again after an OpenCC upgrade: .venv/bin/python scripts/script_fold_table.py
"""

from __future__ import annotations

import json
from pathlib import Path

from opencc import OpenCC

_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x2FA1F))
OUT = Path(__file__).resolve().parent.parent / "reader" / "document" / "hanzi" / "script_fold.json"


def main() -> None:
    chars = [chr(c) for first, last in _RANGES for c in range(first, last + 1)]
    pairs: dict[str, str] = {}
    for config in ("hk2s", "tw2s", "t2s"):  # the last one's choice wins
        alone = OpenCC(config).convert("\n".join(chars)).split("\n")
        assert len(alone) == len(chars)
        pairs.update((c, a) for c, a in zip(chars, alone, strict=True) if len(a) == 1 and a != c)
    keys = "".join(sorted(pairs))
    OUT.write_text(
        json.dumps({"from": keys, "to": "".join(pairs[k] for k in keys)}, ensure_ascii=False)
        + "\n",
        encoding="utf-8",
    )
    print(f"{OUT}: {len(keys)} characters")


if __name__ == "__main__":
    main()
