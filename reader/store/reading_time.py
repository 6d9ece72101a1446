"""Time spent reading, per document and per day, with how many sittings it took. Only what
reader.store.sittings counted is stored; nothing of it leaves the machine."""

from __future__ import annotations

from reader.store.base import StoreBase


class ReadingTimeMixin(StoreBase):
    """add_reading_time() and time_read()."""

    def add_reading_time(self, doc_id: int, day: str, seconds: float, sittings: int) -> None:
        """Add seconds and sittings to what the document has for day (YYYY-MM-DD)."""
        with self._write() as conn:
            conn.execute(
                "INSERT INTO reading_time (doc_id, day, seconds, sittings) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (doc_id, day) DO UPDATE SET seconds = seconds + excluded.seconds, "
                "sittings = sittings + excluded.sittings",
                (doc_id, day, max(0.0, seconds), max(0, sittings)),
            )

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
