"""The article's closing words over its end mark: a post's last short paragraphs (a word of
advice, a question to the readers), set in a chatty way (…哦～, …吧💬) that the tests of a
sentence miss, standing between the last paragraph and - END - or the editor's credit."""

from __future__ import annotations

from reader.document import rx
from reader.document.bylines.credits import standalone_credit
from reader.document.scraped.patterns import (
    SENTENCE_END,
    is_chrome,
    is_hard_stop,
    is_meta,
    strip_closers,
)
from reader.document.scraped.text_records import SHORT_LINE_COST

_CLOSING_LINES = 3  # short paragraphs a post may close on over its end mark
_WORDS_MIN = 12  # characters: a sentence of a few clauses, not a button or a tag
# What a chatty sentence ends on: a wave dash, a tilde, a laugh, after it an emoji or two.
_CHATTY_END = rx.compile(r"[～~〜]+$|[哦啦呀吧哈呢嘛]$")
_EMOJI_TAIL = rx.compile(r"[\U0001F300-\U0001FAFF\u2600-\u27BF\ufe0f\u200d\s]+$")
_CLAUSE = frozenset("，,？?！!；;")
# 往期推荐，点击蓝字关注我们吧, 记得星标、转发、点个在看哦: the platform's promotion, not the writer's
# closing words (现在看到的…: 在看 inside another word).
_PROMOTION = rx.compile(r"关注|關注|往期|推荐|推薦|点击|點擊|蓝字|藍字|星标|星標|转发|轉發|(?<![现現正都还還也实實])在看")


def _closing_sentence(line: str) -> bool:
    """最后提醒大家，…不要随意采摘花草哦～ or 你还知道哪些…？欢迎留言💬: clauses, ended as talk ends."""
    if len(line) < _WORDS_MIN or _CLAUSE.isdisjoint(line) or is_chrome(line) or is_meta(line):
        return False
    if _PROMOTION.search(line):
        return False
    bare = strip_closers(_EMOJI_TAIL.sub("", line))
    if len(bare) < len(line.rstrip()):
        return True  # …欢迎在评论区分享💬: the emoji ends the sentence as a full stop would
    return bool(bare) and (bare[-1] in SENTENCE_END or _CHATTY_END.search(bare) is not None)


def with_closing_words(lines: list[str], scores: list[int], end: int) -> int:
    """Take the short closing paragraphs under the text when an end mark, a box's head, the
    editor's credit or the platform's buttons stand right under them: they close the article."""
    k = end
    while k < min(len(lines), end + _CLOSING_LINES) and scores[k] == SHORT_LINE_COST and _closing_sentence(lines[k]):
        k += 1
    if k == end or k < len(lines) and not _stops(lines[k]):
        return end
    return k


# A post platform's lines under the text (WeChat's): its link, its box of other posts, its notices.
_PLATFORM_TAIL = rx.compile(r"阅读原文|喜欢此内容的人还喜欢|预览时标签不可点|微信扫一扫|点击上方")


def _stops(line: str) -> bool:
    """- END -, 编辑：小宝, 分享 在看 点赞, 阅读原文: what closes the article, never its words."""
    return is_hard_stop(line) or standalone_credit(line) is not None or is_chrome(line) or _PLATFORM_TAIL.match(line) is not None
