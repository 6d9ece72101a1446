"""Lines that open as a sentence goes on from the one above (比如…, 然后…, 接下来…, 因为…): the next
step of a thought told in short lines, never a section's head, however short or unpunctuated."""

from __future__ import annotations

from reader.document import rx

# An example, the next step, a concession or a cause: words that tie a line to what came before.
# 但 only with what it turns to (但我, 但是): 但丁 is a name; 接下来的… may name a part (接下来的路).
_GOES_ON = rx.compile(
    r"(?:比如|例如|譬如|比方说|举个例子|举例来说|然后|接着|接下来(?!的)|至少|当然|但[我你他她它这那是]|可是"
    r"|因为|所以|于是|还有|乃至|甚至|并且|而且|解释一下)"
)
_QUESTION_ENDS = ("？", "?")


def goes_on(line: str) -> bool:
    """Does the line open with a word tying it to the sentence above? A question may still head
    a section (所以，谁该负责？), so questions are left to the question rules."""
    return _GOES_ON.match(line) is not None and not line.rstrip().endswith(_QUESTION_ENDS)
