"""`record` behaves as @dataclass(frozen=True) does, for the records Reader defines."""

from __future__ import annotations

import dataclasses
from dataclasses import FrozenInstanceError, dataclass, field

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.frozen_record import record


class _Base:
    """A plain base with a property, as the store's _Anchored is."""

    start: int
    end: int

    @property
    def length(self) -> int:
        return self.end - self.start


@record
class Fast(_Base):
    """A record."""

    start: int
    end: int
    text: str
    score: float = 0.0
    tags: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Slow(_Base):
    """The same as a plain frozen dataclass."""

    start: int
    end: int
    text: str
    score: float = 0.0
    tags: list[str] = field(default_factory=list)


@record
class OwnInit:
    """A record that sets its fields itself, as Block does."""

    a: int
    b: str = "b"

    def __init__(self, a: int, b: str = "b") -> None:
        self.__dict__.update(a=a * 2, b=b)


_values = st.tuples(
    st.integers(), st.integers(), st.text(max_size=5), st.floats(allow_nan=True), st.booleans()
)


@given(_values, _values)
def test_equality_hash_and_repr_match_dataclass(one: tuple, other: tuple) -> None:  # type: ignore[type-arg]
    def both(v: tuple) -> tuple[Fast, Slow]:  # type: ignore[type-arg]
        start, end, text, score, tagged = v
        tags = ["x"] if tagged else []
        return Fast(start, end, text, score, tags), Slow(start, end, text, score=score, tags=tags)

    (fast_a, slow_a), (fast_b, slow_b) = both(one), both(other)
    assert (fast_a == fast_b) == (slow_a == slow_b)
    assert (fast_a != fast_b) == (slow_a != slow_b)
    # the same values (a NaN among them) are equal, as they are in a tuple
    assert fast_a == dataclasses.replace(fast_a) and slow_a == dataclasses.replace(slow_a)
    assert repr(fast_a).replace("Fast(", "Slow(") == repr(slow_a)
    if not fast_a.tags:
        fast_a = dataclasses.replace(fast_a, tags=())  # type: ignore[arg-type]
        slow_a = dataclasses.replace(slow_a, tags=())  # type: ignore[arg-type]
        assert hash(fast_a) == hash(slow_a)
    assert dataclasses.astuple(fast_a) == dataclasses.astuple(slow_a)


def test_defaults_factories_and_arguments_are_checked_as_dataclass_does() -> None:
    one, two = Fast(1, 3, "t"), Fast(1, 3, "t")
    assert one.score == 0.0 and one.tags == [] and one.tags is not two.tags
    assert Fast(1, 2, "t", tags=["a"]).tags == ["a"]
    assert Fast(start=1, end=4, text="t").length == 3  # the base's property
    for wrong in (
        lambda: Fast(1, 2),  # type: ignore[call-arg]
        lambda: Fast(1, 2, "t", 0.5, [], "extra"),  # type: ignore[call-arg]
        lambda: Fast(1, 2, "t", start=1),  # type: ignore[misc]
        lambda: Fast(1, 2, "t", colour="red"),  # type: ignore[call-arg]
    ):
        with pytest.raises(TypeError):
            wrong()
    assert Fast(1, 2, "t") != Slow(1, 2, "t")  # another class: never equal


def test_frozen_and_usable_with_the_dataclasses_functions() -> None:
    item = Fast(1, 2, "t")
    with pytest.raises(FrozenInstanceError):
        item.text = "u"  # type: ignore[misc]
    with pytest.raises(FrozenInstanceError):
        del item.text  # type: ignore[misc]
    assert dataclasses.is_dataclass(item)
    assert [f.name for f in dataclasses.fields(item)] == ["start", "end", "text", "score", "tags"]
    assert dataclasses.replace(item, text="u") == Fast(1, 2, "u")
    assert dataclasses.asdict(item) == {"start": 1, "end": 2, "text": "t", "score": 0.0, "tags": []}
    assert Fast.__match_args__ == ("start", "end", "text", "score", "tags")
    key = Fast(1, 2, "t", tags=())  # type: ignore[arg-type]
    assert {key: 1}[Fast(1, 2, "t", tags=())] == 1  # type: ignore[arg-type]
    for unhashable in (item, Slow(1, 2, "t")):  # a list inside: neither can be hashed
        with pytest.raises(TypeError):
            hash(unhashable)


def test_a_class_with_its_own_init_keeps_it() -> None:
    assert OwnInit(2).a == 4 and OwnInit(2) == OwnInit(2) and repr(OwnInit(1)) == "OwnInit(a=2, b='b')"
    with pytest.raises(FrozenInstanceError):
        OwnInit(1).a = 3  # type: ignore[misc]


def test_what_dataclass_would_honour_and_records_lack_is_refused() -> None:
    with pytest.raises(TypeError):

        @record
        class WithPostInit:
            a: int

            def __post_init__(self) -> None:
                pass

    with pytest.raises(TypeError):

        @record
        class NotCompared:
            a: int
            b: int = field(default=0, compare=False)

    with pytest.raises(TypeError):

        @record
        class Keyword:
            a: int = field(kw_only=True)

    with pytest.raises(TypeError):

        @record
        class WithInitVar:
            a: int
            b: dataclasses.InitVar[int]


def test_a_class_keeps_its_own_repr_and_gets_a_docstring_without_inspect() -> None:
    @record
    class Shown:
        a: int

        def __repr__(self) -> str:
            return "shown"

    @record
    class Plain:
        a: int
        b: str = ""

    assert repr(Shown(1)) == "shown"
    assert Plain.__doc__ == "Plain(a, b)" and Plain(1) == Plain(1, "")
    assert hash(Shown(1)) == hash((1,)) and hash(Plain(1)) == hash((1, ""))
