"""Following a reader://open link: the file of the document it names, found by the sha256 of
its text among the documents the store knows."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from reader.document.passage_link import LinkError, PassageLink, parse_link

if TYPE_CHECKING:
    from reader.store import Store


def link_target(store: Store | None, url: str) -> tuple[str, PassageLink]:
    """(the file to open, the passage) for url; LinkError says in one line why there is none."""
    link = parse_link(url)
    if store is None:
        raise LinkError("the link can't be followed: notes and bookmarks are off")
    known = store.document_with_text(link.sha256)
    if known is None:
        raise LinkError(
            f"the document of this link ({link.sha256[:12]}…) is not in your library: open "
            "its file in Reader once, or its text has changed since the link was made"
        )
    _doc_id, title, paths = known
    for path in paths:
        if os.path.isfile(path):
            return path, link
    name = f"«{title}»" if title else "this link's document"
    if not paths:
        raise LinkError(f"the file of {name} is not known: open it in Reader once")
    raise LinkError(
        f"the file of {name} is missing: {paths[0]} (if it moved: reader library locate "
        f"{paths[0]} NEW-PATH)"
    )
