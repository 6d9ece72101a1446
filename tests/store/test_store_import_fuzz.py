"""Whatever JSON is imported, the store either adds valid annotations or raises StoreError."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.store import Store, StoreError

TEXT = "任何导入的文件都不能让程序崩溃，也不能留下半个导入。" * 3

_json = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 10**12) | st.floats() | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=12,
)

_quote = st.fixed_dictionaries(
    {
        "type": st.just("TextQuoteSelector"),
        "exact": st.text(alphabet=TEXT, min_size=1, max_size=12),
    },
    optional={"prefix": st.text(alphabet=TEXT, max_size=40), "suffix": st.text(max_size=40)},
)
_position = st.fixed_dictionaries(
    {
        "type": st.just("TextPositionSelector"),
        "start": st.integers(-3, 200),
        "end": st.integers(-3, 200),
    }
)
_selector = st.one_of(_quote, _quote, _position, _json)

# Mostly well-formed W3C annotations, each field sometimes replaced by junk.
_annotation = st.fixed_dictionaries(
    {
        "type": st.sampled_from(["Annotation", ["Annotation"], "Annotation", "Other"]),
        "target": st.one_of(
            st.fixed_dictionaries({"selector": st.lists(_selector, min_size=1, max_size=3)}),
            st.fixed_dictionaries({"selector": _quote}),
            _json,
        ),
    },
    optional={
        "id": st.one_of(st.text(min_size=1, max_size=12), _json),
        "motivation": st.one_of(st.sampled_from(["commenting", "bookmarking", "x"]), _json),
        "body": st.one_of(
            st.fixed_dictionaries({"type": st.just("TextualBody"), "value": st.text(max_size=20)}),
            _json,
        ),
        "created": st.one_of(st.just("2024-05-01T10:00:00Z"), _json),
        "color": st.one_of(st.just("#ffeb3b"), _json),
    },
)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.one_of(st.lists(_annotation, max_size=4), _json))
def test_import_never_crashes_and_is_all_or_nothing(store: Store, doc_id: int, data: Any) -> None:
    before = store.export_json(doc_id, "a" * 64)
    try:
        report = store.import_json(doc_id, data, TEXT)
    except StoreError:
        assert store.export_json(doc_id, "a" * 64) == before  # nothing added
        return
    after = store.notes(doc_id) + store.bookmarks(doc_id)
    assert len(after) == len(before) + report.added
    for item in after:
        assert 0 <= item.start <= item.end
        if not item.orphaned:
            assert TEXT[item.start : item.end] == item.exact
