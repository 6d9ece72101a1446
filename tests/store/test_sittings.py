"""Reading time counted with a fake clock: only while active, a minute at most after the
article last moved, sittings apart after ten minutes away, days split at midnight."""

from __future__ import annotations

from datetime import datetime

from reader.store.sittings import IDLE_S, SITTING_GAP_S, ReadingClock, local_day


class FakeClock:
    def __init__(self, start: float) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def wait(self, seconds: float) -> None:
        self.now += seconds


NOON = datetime(2026, 12, 6, 12, 0).timestamp()


def _reading(clock: FakeClock, doc_id: int = 1) -> ReadingClock:
    reading = ReadingClock(clock)
    reading.open(doc_id)
    reading.set_active(True)
    return reading


def test_time_counts_while_the_article_moves() -> None:
    clock = FakeClock(NOON)
    reading = _reading(clock)
    for _ in range(10):  # a scroll every 30 s for five minutes
        clock.wait(30)
        reading.moved()
    assert reading.take() == [(1, "2026-12-06", 300.0, 1)]
    assert reading.take() == []  # handed over once


def test_a_window_left_open_counts_one_minute() -> None:
    clock = FakeClock(NOON)
    reading = _reading(clock)
    clock.wait(3600)
    assert reading.take() == [(1, "2026-12-06", IDLE_S, 1)]
    clock.wait(3600)
    assert reading.take() == []


def test_an_inactive_window_counts_nothing_and_coming_back_is_a_sign_of_reading() -> None:
    clock = FakeClock(NOON)
    reading = _reading(clock)
    clock.wait(20)
    reading.set_active(False)
    for _ in range(5):  # scrolling a window in the background is not reading it
        clock.wait(10)
        reading.moved()
    clock.wait(100)
    reading.set_active(True)
    clock.wait(45)
    assert reading.take() == [(1, "2026-12-06", 65.0, 1)]  # 20 s, then 45 s, one sitting


def test_ten_minutes_away_starts_another_sitting() -> None:
    clock = FakeClock(NOON)
    reading = _reading(clock)
    clock.wait(30)
    reading.moved()
    clock.wait(SITTING_GAP_S + IDLE_S + 1)  # 60 s counted, then away for over ten minutes
    reading.moved()
    clock.wait(30)
    reading.moved()
    clock.wait(5 * 60)  # a five-minute pause: the same sitting
    reading.moved()
    clock.wait(10)
    assert reading.take() == [(1, "2026-12-06", 30 + 60 + 30 + 60 + 10, 2)]


def test_no_document_or_another_document() -> None:
    clock = FakeClock(NOON)
    reading = _reading(clock)
    clock.wait(10)
    reading.open(None)  # the library page: nothing is being read
    clock.wait(50)
    reading.moved()
    clock.wait(10)
    reading.open(2)
    clock.wait(40)
    assert sorted(reading.take()) == [(1, "2026-12-06", 10.0, 1), (2, "2026-12-06", 40.0, 1)]
    assert reading.doc_id == 2


def test_reading_over_midnight_counts_on_both_days() -> None:
    clock = FakeClock(datetime(2026, 12, 6, 23, 59, 30).timestamp())
    reading = _reading(clock)
    clock.wait(50)
    taken = sorted(reading.take())
    assert [(day, round(s)) for _doc, day, s, _n in taken] == [("2026-12-06", 30), ("2026-12-07", 20)]
    assert sum(n for *_rest, n in taken) == 1
    assert local_day(clock.now) == "2026-12-07"


def test_the_clock_going_back_counts_nothing() -> None:
    clock = FakeClock(NOON)
    reading = _reading(clock)
    clock.wait(-3600)  # the system clock set back an hour
    reading.moved()
    clock.wait(10)
    assert reading.take() == [(1, "2026-12-06", 10.0, 1)]  # the step back counts nothing


def test_coming_back_to_a_document_within_ten_minutes_goes_on_with_its_sitting() -> None:
    clock = FakeClock(NOON)
    reading = _reading(clock)
    clock.wait(30)
    reading.open(2)  # a look at another document
    clock.wait(30)
    reading.open(1)  # back to the first, a minute after leaving it
    clock.wait(30)
    assert sorted(reading.take()) == [(1, "2026-12-06", 60.0, 1), (2, "2026-12-06", 30.0, 1)]
    assert reading.last_end(1) == NOON + 90


def test_a_sitting_goes_on_over_a_restart_when_the_last_reading_was_recent() -> None:
    clock = FakeClock(NOON)
    again = ReadingClock(clock)  # a new run of the program
    again.open(1, last_read=NOON - 120)  # read two minutes ago, before the restart
    again.set_active(True)
    clock.wait(30)
    assert again.take() == [(1, "2026-12-06", 30.0, 0)]
    later = ReadingClock(clock)
    later.open(1, last_read=NOON - SITTING_GAP_S - 1)  # read longer ago: a new sitting
    later.set_active(True)
    clock.wait(30)
    assert later.take() == [(1, "2026-12-06", 30.0, 1)]
