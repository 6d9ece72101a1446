"""Full-text search over the quotes and bodies of notes in every document."""

from __future__ import annotations

import sqlite3
from typing import Any

from reader.document.hanzi.script_search import fold, folds, simplified_with_traditional
from reader.store.records import Note, NoteHit, columns, row_to_annotation

TRIGRAM = 3  # the FTS5 trigram tokenizer can't match anything shorter
SNIPPET_BEFORE = 20
SNIPPET_AFTER = 60

_DOCUMENT_COLUMNS = (
    "(SELECT p.path FROM document_paths AS p WHERE p.doc_id = a.doc_id "
    "ORDER BY p.opened_at DESC LIMIT 1), d.title"
)


def search_notes(conn: sqlite3.Connection, query: str, limit: int) -> list[NoteHit]:
    """Notes containing every word of query in their quote or body, best first; a Chinese
    word matches in either script (黨旗 finds 党旗)."""
    words = query.split()
    if not words:
        return []
    select = (
        f"SELECT {columns('a')}, {_DOCUMENT_COLUMNS} FROM annotations AS a "
        "JOIN documents AS d ON d.id = a.doc_id "
    )
    if any(folds(word) or _traditional_of(word) for word in words):
        rows = _scan(conn, select, words, limit, folded=True)  # either script
    elif all(len(word) >= TRIGRAM for word in words):
        # Each word a quoted phrase: with trigrams that is a substring match, CJK included.
        match = " AND ".join('"' + word.replace('"', '""') + '"' for word in words)
        rows = conn.execute(
            select + "JOIN annotations_fts AS f ON f.rowid = a.id "
            "WHERE annotations_fts MATCH ? AND a.kind = 'note' ORDER BY f.rank LIMIT ?",
            (match, limit),
        ).fetchall()
    else:  # one- and two-character words (most Chinese words): too short for trigrams
        rows = _scan(conn, select, words, limit, folded=False)
    hits = []
    for row in rows:
        note = row_to_annotation(row[:-2])
        assert isinstance(note, Note)
        hits.append(NoteHit(note, row[-2], row[-1], snippet(note, words[0])))
    return hits


def _traditional_of(word: str) -> bool:
    """Whether word holds a character written otherwise in traditional script (its notes may
    be in either)."""
    return not simplified_with_traditional().isdisjoint(word)


def _scan(
    conn: sqlite3.Connection, select: str, words: list[str], limit: int, *, folded: bool
) -> list[Any]:
    """Every note scanned for every word in its quote or body; folded: both folded to
    simplified, one character for one, so that a word matches in either script."""
    if folded:
        conn.create_function("reader_fold", 1, fold, deterministic=True)
    shown = "reader_fold({})" if folded else "{}"
    quote, body = shown.format("a.exact"), shown.format("a.body")
    condition = " AND ".join(
        f"({quote} LIKE ? ESCAPE '\\' OR {body} LIKE ? ESCAPE '\\')" for _ in words
    )
    params: list[object] = []
    for word in words:
        pattern = "%" + _escape_like(fold(word) if folded else word) + "%"
        params += [pattern, pattern]
    return conn.execute(
        select + f"WHERE a.kind = 'note' AND {condition} ORDER BY a.updated DESC LIMIT ?",
        (*params, limit),
    ).fetchall()


def snippet(note: Note, word: str) -> str:
    """The part of the body, else of the quote, around the first occurrence of word (in
    either script: folding keeps every character's place)."""
    for text in (note.body, note.exact):
        at = fold(text.casefold()).find(fold(word.casefold()))
        if at != -1:
            start = max(0, at - SNIPPET_BEFORE)
            end = at + len(word) + SNIPPET_AFTER
            head = "…" if start > 0 else ""
            tail = "…" if end < len(text) else ""
            return head + " ".join(text[start:end].split()) + tail
    return " ".join((note.body or note.exact)[: SNIPPET_BEFORE + SNIPPET_AFTER].split())


def _escape_like(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
