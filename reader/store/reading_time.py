"""Time spent reading, per document and per day, with how many sittings it took. Only what
reader.store.sittings counted is stored; nothing of it leaves the machine."""

from __future__ import annotations

from reader.store.base import StoreBase


class ReadingTimeMixin(StoreBase):
    """add_reading_time(), time_read() and last_read_at()."""

    def add_reading_time(
        self, doc_id: int, day: str, seconds: float, sittings: int, last_at: float | None = None
    ) -> None:
        """Add seconds and sittings to what the document has for day (YYYY-MM-DD); last_at: the
        moment (epoch seconds) the counted reading ended."""
        with self._write() as conn:
            conn.execute(
                "INSERT INTO reading_time (doc_id, day, seconds, sittings, last_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (doc_id, day) DO UPDATE SET "
                "seconds = seconds + excluded.seconds, sittings = sittings + excluded.sittings, "
                "last_at = max(coalesce(last_at, excluded.last_at), "
                "coalesce(excluded.last_at, last_at))",
                (doc_id, day, max(0.0, seconds), max(0, sittings), last_at),
            )

    def last_read_at(self, doc_id: int) -> float | None:
        """When the document was last read (epoch seconds), None when never or not known."""
        with self._reading() as conn:
            row = conn.execute(
                "SELECT max(last_at) FROM reading_time WHERE doc_id = ?", (doc_id,)
            ).fetchone()
        return None if row[0] is None else float(row[0])

    def time_read(self, doc_id: int) -> tuple[float, int]:
        """(seconds, sittings) spent on the document so far, every day together."""
        with self._reading() as conn:
            row = conn.execute(
                "SELECT coalesce(SUM(seconds), 0), coalesce(SUM(sittings), 0) "
                "FROM reading_time WHERE doc_id = ?",
                (doc_id,),
            ).fetchone()
        return float(row[0]), int(row[1])

    def reading_days(self, doc_id: int) -> list[tuple[str, float, int]]:
        """(day, seconds, sittings) for each day the document was read, oldest first."""
        with self._reading() as conn:
            rows = conn.execute(
                "SELECT day, seconds, sittings FROM reading_time WHERE doc_id = ? ORDER BY day",
                (doc_id,),
            ).fetchall()
        return [(str(day), float(seconds), int(sittings)) for day, seconds, sittings in rows]
