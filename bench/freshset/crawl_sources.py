"""Where the Taiwanese and Hong Kong pages of fresh set 4 and of devset/twhk come from: the
crawler snapshots disinfoRG/ArticleParser committed as its tests, and the Hong Kong fire
archive's outlets; their paths, licences and the URLs the snapshots' list gives."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from set_writer import git

AP = "disinfoRG/ArticleParser"
AP_COMMIT = "7bff6068b69868d9ce3928ce76b1c6164b04e98b"
HK = "reidlai/Hong-Kong-Fire-Documentary"
HK_COMMIT = "09dfd96482e79134ce9868dfb37be1e560be11ec"
LICENCE = "MIT (repo LICENSE.md, the parser's code); article text (c) its publisher"
HK_LICENCE = "repo licence in LICENSE.md (project's own terms); article text (c) the publisher"


def snapshot(n: str) -> list[str]:
    return [f"tests/parser/snapshots/snapshot{n}.html"]


def archived(outlet: str, *titles: str) -> list[str]:
    return [f"content/news/{outlet}/archive/{t}/index.html" for t in titles]


def with_urls(pages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The pages, each without a canonical link given the URL ArticleParser's list gives its
    snapshot, or the one the fire archive's metadata.json gives."""
    listed = csv.DictReader(io.StringIO(git(AP, "show", f"{AP_COMMIT}:tests/parser/snapshots/snapshots.csv").decode()))
    urls = {f"tests/parser/snapshots/{row['filename']}": row["url"] for row in listed}
    for page in pages:
        page["url"] = page["url"] or urls.get(page["path"], "")
        if not page["url"] and page["repo"] == HK:
            meta = git(HK, "show", f"{HK_COMMIT}:{page['path'].replace('index.html', 'metadata.json')}")
            page["url"] = json.loads(meta).get("url", "")
    return pages
