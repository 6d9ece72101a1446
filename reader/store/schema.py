"""The schema as a list of migrations; migration i upgrades version i to i + 1."""

from __future__ import annotations

import sqlite3

from reader.store.db import Migration, run_script

# Version 1: documents known by the sha256 of their text, the paths they were opened
# from (recents, and finding a re-scraped file), and one table for all annotations.
_V1 = """
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE,
    title TEXT,
    position INTEGER CHECK (position IS NULL OR position >= 0),
    created TEXT NOT NULL,
    opened_at TEXT NOT NULL
);

CREATE TABLE document_paths (
    path TEXT PRIMARY KEY,
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    opened_at TEXT NOT NULL
);
CREATE INDEX document_paths_doc ON document_paths(doc_id);
CREATE INDEX document_paths_opened ON document_paths(opened_at);

-- AUTOINCREMENT: a deleted note's id is never reused, so undo can put it back as it was.
CREATE TABLE annotations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid TEXT NOT NULL UNIQUE,
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('bookmark', 'note')),
    exact TEXT NOT NULL,
    prefix TEXT NOT NULL DEFAULT '',
    suffix TEXT NOT NULL DEFAULT '',
    pos_start INTEGER NOT NULL CHECK (pos_start >= 0),
    pos_end INTEGER NOT NULL CHECK (pos_end >= pos_start),
    body TEXT NOT NULL DEFAULT '',
    color TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    orphaned INTEGER NOT NULL DEFAULT 0 CHECK (orphaned IN (0, 1))
);
CREATE INDEX annotations_doc ON annotations(doc_id, kind, pos_start);

-- Trigram tokens find Chinese words, which have no spaces between them.
CREATE VIRTUAL TABLE annotations_fts USING fts5(
    exact, body, content='annotations', content_rowid='id', tokenize='trigram'
);
CREATE TRIGGER annotations_fts_insert AFTER INSERT ON annotations BEGIN
    INSERT INTO annotations_fts(rowid, exact, body) VALUES (new.id, new.exact, new.body);
END;
CREATE TRIGGER annotations_fts_delete AFTER DELETE ON annotations BEGIN
    INSERT INTO annotations_fts(annotations_fts, rowid, exact, body)
        VALUES ('delete', old.id, old.exact, old.body);
END;
CREATE TRIGGER annotations_fts_update AFTER UPDATE OF exact, body ON annotations BEGIN
    INSERT INTO annotations_fts(annotations_fts, rowid, exact, body)
        VALUES ('delete', old.id, old.exact, old.body);
    INSERT INTO annotations_fts(rowid, exact, body) VALUES (new.id, new.exact, new.body);
END;
"""


def _migration_1(conn: sqlite3.Connection) -> None:
    run_script(conn, _V1)


# Version 2: a fuzzily re-anchored annotation keeps the user's quote beside the passage found.
_V2 = """
ALTER TABLE annotations ADD COLUMN fuzzy INTEGER NOT NULL DEFAULT 0 CHECK (fuzzy IN (0, 1));
ALTER TABLE annotations ADD COLUMN original_exact TEXT NOT NULL DEFAULT '';
ALTER TABLE annotations ADD COLUMN original_prefix TEXT NOT NULL DEFAULT '';
ALTER TABLE annotations ADD COLUMN original_suffix TEXT NOT NULL DEFAULT '';
"""


def _migration_2(conn: sqlite3.Connection) -> None:
    run_script(conn, _V2)


# Version 3: the hash of the text the document's anchors were last resolved against, so
# re-anchoring an unchanged text does nothing. NULL: resolve them again at the next open.
_V3 = """
ALTER TABLE documents ADD COLUMN anchored_sha256 TEXT;
"""


def _migration_3(conn: sqlite3.Connection) -> None:
    run_script(conn, _V3)


# Version 4: a counter of changes to annotations, and the count the JSON export beside the
# backups was written at, with that file's identity (rotation.py), so the export at exit is
# skipped when it already holds every note. Any row written, even unchanged, counts: a
# needless export costs a few milliseconds, a missed one could lose a note. Documents (paths,
# titles, reading positions) are not counted: the export exists to save notes, and putting
# it back matches documents by sha256, then by path, so a stale path or title loses none.
# exported_version starts NULL: the first exit after the upgrade exports.
_V4 = """
CREATE TABLE export_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    annotations_version INTEGER NOT NULL,
    exported_version INTEGER,
    export_file TEXT
);
INSERT INTO export_state (id, annotations_version) VALUES (1, 1);
CREATE TRIGGER annotations_version_insert AFTER INSERT ON annotations BEGIN
    UPDATE export_state SET annotations_version = annotations_version + 1 WHERE id = 1;
END;
CREATE TRIGGER annotations_version_update AFTER UPDATE ON annotations BEGIN
    UPDATE export_state SET annotations_version = annotations_version + 1 WHERE id = 1;
END;
CREATE TRIGGER annotations_version_delete AFTER DELETE ON annotations BEGIN
    UPDATE export_state SET annotations_version = annotations_version + 1 WHERE id = 1;
END;
"""


def _migration_4(conn: sqlite3.Connection) -> None:
    run_script(conn, _V4)


# Version 5: the reader's corrections to a document's structure (reader.document.corrections),
# applied in seq order at every opening, and the encoding the reader chose for its file (NULL:
# detected). Corrections count as changes for the export at exit, as annotations do.
_V5 = """
CREATE TABLE corrections (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    action TEXT NOT NULL,
    text TEXT NOT NULL,
    level INTEGER NOT NULL DEFAULT 0,
    before TEXT NOT NULL DEFAULT '',
    line INTEGER NOT NULL DEFAULT -1,
    created TEXT NOT NULL
);
CREATE INDEX corrections_doc ON corrections(doc_id, id);
ALTER TABLE documents ADD COLUMN encoding TEXT;
CREATE TRIGGER corrections_version_insert AFTER INSERT ON corrections BEGIN
    UPDATE export_state SET annotations_version = annotations_version + 1 WHERE id = 1;
END;
CREATE TRIGGER corrections_version_delete AFTER DELETE ON corrections BEGIN
    UPDATE export_state SET annotations_version = annotations_version + 1 WHERE id = 1;
END;
CREATE TRIGGER documents_encoding_version AFTER UPDATE OF encoding ON documents BEGIN
    UPDATE export_state SET annotations_version = annotations_version + 1 WHERE id = 1;
END;
"""


def _migration_5(conn: sqlite3.Connection) -> None:
    run_script(conn, _V5)


# Version 6: the library. What it shows of a document without opening its file (site, date
# of publication, length of the text); whether the reader removed it from the library (its
# notes stay, and stay in the exports: opening the file again brings it back); and the time
# spent reading it, per day, with the sittings it took (reader.store.reading_time).
_V6 = """
ALTER TABLE documents ADD COLUMN site TEXT;
ALTER TABLE documents ADD COLUMN published TEXT;
ALTER TABLE documents ADD COLUMN length INTEGER CHECK (length IS NULL OR length >= 0);
ALTER TABLE documents ADD COLUMN removed INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0, 1));
CREATE TABLE reading_time (
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    day TEXT NOT NULL,
    seconds REAL NOT NULL DEFAULT 0 CHECK (seconds >= 0),
    sittings INTEGER NOT NULL DEFAULT 0 CHECK (sittings >= 0),
    PRIMARY KEY (doc_id, day)
) WITHOUT ROWID;
"""


def _migration_6(conn: sqlite3.Connection) -> None:
    run_script(conn, _V6)


# Version 7: the hashes a document's text had before its file was re-scraped, so that a
# reader://open link made on an older text still finds its document (and the passage, by the
# quote the link carries). The text the notes were last anchored to is one such.
_V7 = """
CREATE TABLE document_hashes (
    sha256 TEXT PRIMARY KEY,
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX document_hashes_doc ON document_hashes(doc_id);
INSERT OR IGNORE INTO document_hashes (sha256, doc_id)
    SELECT anchored_sha256, id FROM documents
    WHERE anchored_sha256 IS NOT NULL AND anchored_sha256 != sha256;
"""


def _migration_7(conn: sqlite3.Connection) -> None:
    run_script(conn, _V7)


# Version 8: when the reader last read each document, so that reading it again within ten
# minutes, after a restart or another document, goes on with the same sitting.
_V8 = """
ALTER TABLE reading_time ADD COLUMN last_at REAL;
"""


def _migration_8(conn: sqlite3.Connection) -> None:
    run_script(conn, _V8)


# Version 9: the encoding the reader chose belongs to a file, not to the document's text (two
# files in different encodings decode to the same text, the same document): one row per path,
# with the hash of the file's bytes when it was chosen (a moved file keeps its choice). A
# choice of version 5 is moved to the document's path when it had just one; a document opened
# from several paths can't say which file it was for, so its choice is dropped, not applied to
# the others. documents.encoding stays, unused, for older Readers.
_V9 = """
CREATE TABLE file_encodings (
    path TEXT PRIMARY KEY,
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    raw_sha256 TEXT NOT NULL DEFAULT '',
    encoding TEXT NOT NULL
);
CREATE INDEX file_encodings_doc ON file_encodings(doc_id);
CREATE INDEX file_encodings_raw ON file_encodings(raw_sha256);
INSERT INTO file_encodings (path, doc_id, encoding)
    SELECT MIN(p.path), d.id, d.encoding FROM documents AS d
    JOIN document_paths AS p ON p.doc_id = d.id
    WHERE d.encoding IS NOT NULL GROUP BY d.id HAVING COUNT(p.path) = 1;
UPDATE documents SET encoding = NULL WHERE encoding IS NOT NULL;
CREATE TRIGGER file_encodings_version_insert AFTER INSERT ON file_encodings BEGIN
    UPDATE export_state SET annotations_version = annotations_version + 1 WHERE id = 1;
END;
CREATE TRIGGER file_encodings_version_update AFTER UPDATE ON file_encodings BEGIN
    UPDATE export_state SET annotations_version = annotations_version + 1 WHERE id = 1;
END;
CREATE TRIGGER file_encodings_version_delete AFTER DELETE ON file_encodings BEGIN
    UPDATE export_state SET annotations_version = annotations_version + 1 WHERE id = 1;
END;
"""


def _migration_9(conn: sqlite3.Connection) -> None:
    run_script(conn, _V9)


MIGRATIONS: list[Migration] = [
    _migration_1, _migration_2, _migration_3, _migration_4, _migration_5, _migration_6,
    _migration_7, _migration_8, _migration_9,
]
SCHEMA_VERSION = len(MIGRATIONS)
