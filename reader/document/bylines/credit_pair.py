"""The byline when the page credits its reporter under the headline and its editor under the text.

記者王小明／台北報導 on a line of its own under the headline, （編輯：李小華） closing the text: the
editor's credit won the byline and the reporter's line was shown nowhere (the date line's authors
named the reporter, its text did not hold the line). Both are the article's credits, as the
shared corpus labels them (the reporter's line under the headline, or the editor's at the end):
the byline is the two together, the reporter's first.
"""

from __future__ import annotations

from reader.document.bylines.credits import is_editor_credit
from reader.document.hanzi.script import probe


def with_reporter(byline: str | None, reporter: str | None, credit_line: int | None) -> str | None:
    """byline, the reporter's credit line under the headline before it when byline is the
    editor's credit; the reporter's credit alone when there is no byline."""
    if byline is None or reporter is None:
        return byline or reporter
    if credit_line is None or not is_editor_credit(byline) or is_editor_credit(reporter):
        return byline  # the reporter named in the date line: shown there
    if probe(reporter) in probe(byline) or probe(byline) in probe(reporter):
        return byline
    return f"{reporter} {byline}"
