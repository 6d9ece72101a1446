"""The Store: documents, reading positions, bookmarks and notes in one SQLite file.

Store is its parts put together, each a mixin over the connection of base.py: documents.py
(which document, where the reader was), annotations.py (notes, highlights, bookmarks and
their anchors), transfer.py (exports, imports, backups). Opening with recovery is start.py's,
the daily backups rotation.py's: they use the store, and it never calls back into them.
"""

from __future__ import annotations

from reader.store.annotations import AnnotationsMixin
from reader.store.corrections import CorrectionsMixin
from reader.store.documents import DocumentsMixin
from reader.store.file_encodings import FileEncodingsMixin
from reader.store.library import LibraryMixin
from reader.store.reading_time import ReadingTimeMixin
from reader.store.transfer import TransferMixin


class Store(
    DocumentsMixin, AnnotationsMixin, CorrectionsMixin, FileEncodingsMixin, LibraryMixin,
    ReadingTimeMixin, TransferMixin,
):
    """User data of all documents; each method is one transaction, safe across threads.

    Store.open(data_dir) opens it; start.open_with_recovery(data_dir) when a damaged
    database must be recovered rather than reported.
    """
