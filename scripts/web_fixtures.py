"""Make tests/document/web/web_pages/: real saved pages with their hand labels, for the importer's tests.

    .venv/bin/python scripts/web_fixtures.py

Each page is a development-set page from a *tune* site (bench/devset; its original HTML read
from the mirrored repository its label names, as bench/html_score.py reads it), copied as it
is, with the label's headline, headings and body edges (hand-checked labels only). Three are
made from one the way a reader's browser makes them: a Big5 page (a Hong Kong page saved in
Big5, characters Big5 lacks as &#…; references, its <meta charset> saying big5) and two
single-file MHTML archives, one UTF-8 and one GBK, saved by headless Chromium
(scripts/save_mhtml.py). Pages of held-out sites are never copied: they stay only scored.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "bench"), str(ROOT)]

from html_score import page_html  # noqa: E402
from importer_score import FOLDERS, is_tune_site, labelled_pages  # noqa: E402

OUT = ROOT / "tests" / "document" / "web" / "web_pages"
AS_IS = (
    "ia_miit_36efbc69", "ia_tywbw_c4d032a1", "mh_39_d997d758", "mh_gmw_acce09a6",
    "mh_ifeng_8f8e788c", "mh_sina_3ef3b4e6", "mh_southcn_39ab22e7", "mh_china_5da9b27b",
    "cn_zjfish_1", "cn_bbc_1", "ia_myrice_455de1c0_gbk", "ia_chinapub_c38e2b2d",
)  # fmt: skip
BIG5 = "hk_icable_2_big5"
MHTML = {"cn_39net_1": "utf-8", "ia_people_b26fbb82_gbk": "gbk"}
_META_CHARSET = re.compile(rb"""(<meta[^>]+charset\s*=\s*["']?\s*)([\w.:-]+)""", re.IGNORECASE)


def as_big5(data: bytes) -> bytes:
    """A UTF-8 page as a browser saves it in Big5."""
    text = data.decode("utf-8")
    big5 = text.encode("big5", "xmlcharrefreplace")
    return _META_CHARSET.sub(rb"\1big5", big5)


def label_of(label: dict[str, Any], name: str, kind: str) -> dict[str, Any]:
    return {
        "file": name, "kind": kind, "site": label["site"], "source": label["source"],
        "title": label["title"], "headings": [h["text"] for h in label.get("headings") or []],
        "body_first": label["body_first"], "body_last": label["body_last"],
    }  # fmt: skip


def main() -> int:
    OUT.mkdir(exist_ok=True)
    labels = []
    for page, label in labelled_pages(FOLDERS):
        stem = page.stem
        wanted = stem in AS_IS or stem == BIG5 or stem in MHTML
        if not wanted:
            continue
        assert is_tune_site(label["site"]) and label.get("confidence") == "high", stem
        data = page_html(label)
        assert data is not None, stem
        if stem in MHTML:
            name, kind = f"{stem}.mhtml", "browser MHTML"
            with tempfile.TemporaryDirectory() as tmp:
                source = Path(tmp) / "page.html"
                source.write_bytes(data)
                subprocess.run([sys.executable, str(ROOT / "scripts" / "save_mhtml.py"),
                                str(source), str(OUT / name), "--charset", MHTML[stem],
                                "--url-path", f"/{stem}.html"], check=True)  # fmt: skip
        elif stem == BIG5:
            name, kind = f"{stem}.html", "Big5 page"
            (OUT / name).write_bytes(as_big5(data))
        else:
            name, kind = f"{stem}.html", "page"
            (OUT / name).write_bytes(data)
        labels.append(label_of(label, name, kind))
    (OUT / "labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")  # fmt: skip
    print(f"{len(labels)} pages in {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
