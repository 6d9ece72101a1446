"""What the learned gate on key figures' subjects looks at: general traits of a subject and of
where it stands, none a word of any article (the few characters below are Chinese grammar's
function words, common verbs and noun endings).

All is read from the figure's block within a bounded distance of it (`WINDOW` characters
either side, `NEAR` for whether the subject is said again), so the gate keeps figure finding
linear in the text.
"""

from __future__ import annotations

import re

from reader.document.key_figures.figure_words import CHANGE_END, MEASURE, T2S
from reader.document.model import FigureKind

WINDOW = 40  # the labeller's window: characters read either side of a figure
NEAR = 1500  # characters either side in which a subject said again is looked for
FEATURES = (
    "bias",
    "length",  # characters / 10, at most 2
    "short",  # at most 2 characters
    "long",  # 9 characters or more
    "first_latin", "first_digit", "first_punct",  # the first character's class (CJK: none)
    "last_latin", "last_digit", "last_punct",  # the last character's class
    "starts_function",  # 的, 和, 将, 可… first
    "ends_function",  # … last
    "ends_verb",  # a common verb's character last (来, 有, 做…), not a change
    "ends_change",  # a change kept in it (…增长, …下降)
    "ends_noun",  # a common noun ending (率, 额, 量, 数, 人…)
    "inner_de",  # 的 inside
    "inner_digit",  # a digit inside
    "inner_verbs",  # common verbs' characters inside (改, 造, 走, 访, 拟…) / 2, at most 1
    "before_near",  # found before the figure, at most 4 characters from it
    "before_far",  # found before the figure, further
    "after",  # found after the figure (the noun it counts)
    "elsewhere",  # found on neither side as written (a 分别 pairing, a chained change)
    "distance",  # characters between the subject and the figure / 10, at most 3
    "between_measure",  # a measuring verb between them
    "between_punct",  # punctuation between them
    "between_figure",  # another number between them
    "clause_start",  # the subject begins its clause (punctuation or the block's start before it)
    "after_function",  # a function word's character just before the subject (的, 在, 对…)
    "adjoining",  # nothing between the subject and the figure
    "cut_after",  # found after the figure, and the text goes on with a CJK character
    "paired",  # 分别 / 依次 in the clause before the figure
    "clause_length",  # the figure's clause / 30, at most 3
    "money", "percent", "count", "duration",  # the figure's kind (area and other: none)
    "repeated",  # the subject is said again near the figure
)
_PUNCT = re.compile(r"[\W_]")
_CJK = re.compile(r"[\u3400-\u9fff]")
_LATIN = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ]")
_DIGIT = re.compile(r"[0-9０-９]")
_BREAK = re.compile(r"[，。；：！？、,;:!?\n（）()《》“”\"]")
_FUNCTION = frozenset("的了在是为与和及并或对把被从到由以于也都就还又而将可能等其该这那个")
_VERB = frozenset("来去有做用让使要说看得给想会能作打开做拿买卖建推出进")
# Characters common verbs are made of: a subject holding them is often a clause (项目拟耗资).
_VERB_INSIDE = frozenset("拟预告改造走访排居位开发设建获荣引推带使让做作打买卖签署举办查抓破")
_NOUN = frozenset("率额量数值价费款入出人员者业品物区市省县国所司厂局院校户家位资金本利税")
_PAIRS = re.compile("分别|依次")


def _char_class(ch: str) -> str:
    if _DIGIT.match(ch):
        return "digit"
    if _LATIN.match(ch):
        return "latin"
    return "cjk" if _CJK.match(ch) else "punct" if _PUNCT.match(ch) else "other"


def subject_features(
    text: str, block: tuple[int, int], span: tuple[int, int], subject: str, kind: FigureKind
) -> list[float]:
    """The gate's features (in FEATURES' order) for subject, given to the figure text[span] of
    the block text[block[0]:block[1]]."""
    start, end = span
    before = text[max(block[0], start - WINDOW - 2) : start]
    after = text[end : min(block[1], end + WINDOW)]
    core = CHANGE_END.sub("", subject.translate(T2S)) or subject
    f = dict.fromkeys(FEATURES, 0.0)
    f["bias"] = 1.0
    _shape(f, subject)
    _place(f, before.translate(T2S), after.translate(T2S), core)
    head = _BREAK.split(before)[-1]
    f["paired"] = float(bool(_PAIRS.search(head)))
    f["clause_length"] = min(3.0, (len(head) + len(_BREAK.split(after)[0])) / 30)
    for name in ("money", "percent", "count", "duration"):
        f[name] = float(kind.value == name)
    near = text[max(block[0], start - NEAR) : min(block[1], end + NEAR)]
    f["repeated"] = float(near.count(subject) >= 2 or near.count(core) >= 2)
    return [f[name] for name in FEATURES]


def _shape(f: dict[str, float], subject: str) -> None:
    """The subject's own traits: length, its ends' classes, what kind of word ends it."""
    f["length"] = min(2.0, len(subject) / 10)
    f["short"] = float(len(subject) <= 2)
    f["long"] = float(len(subject) >= 9)
    first, last = _char_class(subject[0]), _char_class(subject[-1])
    for name in ("latin", "digit", "punct"):
        f[f"first_{name}"] = float(first == name)
        f[f"last_{name}"] = float(last == name)
    simple = subject.translate(T2S)
    changed = bool(CHANGE_END.search(simple))
    f["starts_function"] = float(simple[0] in _FUNCTION)
    f["ends_function"] = float(simple[-1] in _FUNCTION)
    f["ends_verb"] = float(simple[-1] in _VERB and not changed)
    f["ends_change"] = float(changed)
    f["ends_noun"] = float(simple[-1] in _NOUN)
    f["inner_de"] = float("的" in simple[1:-1])
    f["inner_digit"] = float(bool(_DIGIT.search(subject)))
    f["inner_verbs"] = min(1.0, sum(ch in _VERB_INSIDE for ch in simple) / 2)


def _place(f: dict[str, float], before: str, after: str, core: str) -> None:
    """Where the subject stands: before the figure (how far, across what), after it, or neither."""
    at = before.rfind(core)
    if at >= 0:
        between = before[at + len(core) :]
        f["before_near" if len(between) <= 4 else "before_far"] = 1.0
        f["distance"] = min(3.0, len(between) / 10)
        f["between_measure"] = float(bool(MEASURE.search(between)))
        f["between_punct"] = float(bool(_PUNCT.search(between)))
        f["between_figure"] = float(bool(_DIGIT.search(between)))
        f["clause_start"] = float(at == 0 or bool(_BREAK.match(before[at - 1])))
        f["after_function"] = float(at > 0 and before[at - 1] in _FUNCTION)
        f["adjoining"] = float(not between)
        return
    at = after.find(core)
    if at >= 0:
        f["after"] = 1.0
        f["distance"] = min(3.0, at / 10)
        f["between_figure"] = float(bool(_DIGIT.search(after[:at])))
        rest = after[at + len(core) : at + len(core) + 1]
        f["cut_after"] = float(bool(rest) and bool(_CJK.match(rest)))
        return
    f["elsewhere"] = 1.0
