"""What closes a Taiwanese or Hong Kong portal's article: prompts, box heads, 看更多, calls to follow."""

from __future__ import annotations

import pytest

from reader.document.hanzi.script import probe
from reader.document.scraped.news_tails import closes_news_article
from reader.document.scraped.patterns import is_hard_stop
from tests.document.scraped.test_text_rules import body_text, doc

NAV = "首頁 | 政治 | 社會 | 國際 | 財經"
TW_PARA = "市府今天上午召開記者會說明新制內容，預計下個月起分三階段上路，民眾可上網查詢相關資訊。"
LAST = "市府強調，新制上路初期將以勸導為主，並視執行狀況滾動調整相關措施。"
TEXT = [NAV, "某市新制下月上路　分三階段實施", "2031-04-02 09:10", TW_PARA, TW_PARA, TW_PARA, LAST]


@pytest.mark.parametrize(
    "line",
    [
        "喜歡這篇文章嗎？快分享吧",
        "喜歡這篇文章嗎?歡迎加LINE追蹤更多文章！",
        "看過這篇的人也看過...",
        "看了本文的人還看了",
        "你可能感興趣",
        "您可能也會喜歡的文章",
        "編輯部推薦",
        "小編精選",
        "今日熱門新聞",
        "熱門影音",
        "看更多",
        "往下看更多文章",
        "一起加入某某報Telegram，新聞不漏接！",
        "新聞送上來！快加入某某電子報APP、LINE好友",
        "訂閱某某新聞YouTube頻道",
        "你怎麼看？",
        "對此您怎麼看",
        "【某報徵稿】",
        "歡迎各界投書，來稿請寄至編輯部信箱",
        "某某新聞著作權聲明：非法抄襲本網站請注意，本站所有內容皆由自家編輯撰寫，轉載須經同意並註明出處與作者。",
    ],
)
def test_a_portals_tail_line_closes_the_article(line: str) -> None:
    assert closes_news_article(probe(line))
    assert is_hard_stop(probe(line))


@pytest.mark.parametrize(
    "line",
    [
        TW_PARA,
        "他說，希望更多年輕人加入志工團隊，一起守護社區。",  # a clause with a full stop
        "熱門景點週末湧入大批遊客",  # a headline that opens with 熱門
        "看更多的書，才能走得更遠",  # a sentence, not the link
        "我們喜歡這篇小說的結局",
        "你怎麼看待這次的新制？專家說法不一。",  # a question of the text
        "他依法取得著作權後，才把作品授權給出版社。",
        "一、下载App并注册账号",  # a tutorial's step, not the paper's call
        "二、关注公众号并绑定手机",
        "Online 課程如何加入Line群組",  # Line a word of its own, never inside Online
        "本案中，原告是涉案作品的著作权所有人，但被告认为其早已放弃权利",  # the law's word
    ],
)
def test_the_texts_own_lines_close_nothing(line: str) -> None:
    assert not closes_news_article(probe(line))


# The site's statement under the boxes: without the rule the text ran on down to it.
DISCLAIMER = "免責聲明：本網站文章內容只代表發文者個人意見，並非本網站之立場，讀者應自行判斷內容之真實性。"


def test_the_text_ends_above_the_prompt_and_the_readers_also_box() -> None:
    d = doc(*TEXT, "喜歡這篇文章嗎？歡迎加LINE追蹤更多文章！", "粉絲專頁", "某某更多文章", "看過這篇的人也看過...",
            DISCLAIMER)
    assert body_text(d).endswith(LAST)


def test_the_text_ends_above_the_call_to_follow_the_paper() -> None:
    d = doc(*TEXT, "新聞送上來！快加入某某電子報APP、LINE好友", "iOS Android APP下載", "加入好友", DISCLAIMER)
    assert body_text(d).endswith(LAST)


def test_the_text_ends_above_the_desks_picks() -> None:
    d = doc(*TEXT, "編輯部推薦", "《某某論壇》油價走勢：產油國調整政策　市場觀望", "某校明年起擴大招生名額", DISCLAIMER)
    assert body_text(d).endswith(LAST)


def test_the_text_ends_above_the_link_to_more_stories() -> None:
    d = doc(*TEXT, "看更多", "某地下週起調整公車路線", DISCLAIMER)
    assert body_text(d).endswith(LAST)


def test_the_text_ends_above_the_comments_question_and_the_call_for_contributions() -> None:
    promo = "另外一起來看看某某網的本週主打星「主持人-某某」，想知道這位主持人各種豐富的主持經歷嗎？"
    assert body_text(doc(*TEXT, "你怎麼看？", promo, DISCLAIMER)).endswith(LAST)
    call = "某報歡迎各界投書，來稿請寄至editor@example.com，並請附上真實姓名、聯絡方式與職業身分簡介。"
    assert body_text(doc(*TEXT, "【某報徵稿】", call, "關於我們 | 聯絡我們")).endswith(LAST)


def test_the_text_ends_above_the_sites_claim_on_its_texts() -> None:
    claim = "某某新聞著作權聲明：非法抄襲本網站請注意，本站所有內容皆由自家編輯撰寫。"
    assert body_text(doc(*TEXT, claim, "分類：新聞, 社會", "關於我們 | 聯絡我們")).endswith(LAST)


@pytest.mark.parametrize("line", ["◆ 追蹤更多某台影音及圖文新聞：", "按讚加入某台粉絲團", "【更多精彩新聞，都在《某某》粉絲團】",
                                  "更多文章，都在【某某論壇】", "討論區", "討論規範", "留言規則"])
def test_a_call_to_follow_more_stories_or_the_comments_box_closes_the_article(line: str) -> None:
    assert closes_news_article(probe(line))


def test_discussion_alone_heads_a_papers_part_and_closes_nothing() -> None:
    assert not closes_news_article(probe("討論")) and not closes_news_article(probe("讨论"))


def test_the_text_ends_above_the_follow_calls_and_their_numbered_channels() -> None:
    d = doc(*TEXT, "◆ 追蹤更多某台影音及圖文新聞：", "1.用Plurk追蹤某台影音及圖文新聞：追蹤",
            "2.用Twitter追蹤某台影音及圖文新聞：追蹤", "新聞來源：", "按讚加入某台粉絲團", "友善列印", "延伸新聞")
    assert body_text(d).endswith(LAST)



@pytest.mark.parametrize("line", ["更多新聞都在講同一件事：物價又漲了。", "關注更多的是民生新聞", "更多報導都在說明年的選舉",
                                  "追蹤更多的是地方新聞"])
def test_a_body_line_about_more_news_closes_nothing(line: str) -> None:
    """A sentence ended, no channel after 都在, a 的 in the clause: the text's own lines."""
    assert not closes_news_article(probe(line))
    assert body_text(doc(*TEXT[:4], line, TW_PARA, LAST, "按讚加入某台粉絲團")).endswith(LAST)


@pytest.mark.parametrize("line", ["更多精彩新聞，都在某某粉絲團", "更多文章，都在某某專欄", "更多新聞都在某某新聞網"])
def test_more_stories_at_a_named_channel_close_the_article(line: str) -> None:
    assert closes_news_article(probe(line))
