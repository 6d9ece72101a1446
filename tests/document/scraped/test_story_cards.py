"""A list of other stories set as cards under a short article (made-up page): each card's
headline, summary and stamp on lines of their own. The summaries are long and whole, yet the
article is the short text under the headline."""

from __future__ import annotations

from reader.document import BlockKind, Document, load_bytes
from reader.document.scraped.story_cards import card_lines

TITLE = "市長視察防汛工程　要求汛期前全數完工"
P1 = "市長今天上午視察城西排水工程，聽取工務局簡報後表示，汛期將至，各項防汛工程必須在五月底前全數完工。"
P2 = "工務局長說明，目前工程進度已達八成，抽水站新增的兩部機組下週試車，雨水下水道清淤也已完成九成。"
CARDS = [
    "議會審查防汛預算　議員要求加強監督",
    "市議會今天審查年度防汛預算，多位議員要求市府定期公布工程進度，並針對過去淹水熱點提出具體改善方案，以免預算執行落後。",
    "2024-04-10 09:34",
    "氣象署：今年梅雨季雨量可能偏多",
    "氣象署今天表示，根據最新的長期預報，今年梅雨季的降雨量可能比往年偏多，提醒各地方政府及早完成防汛整備工作，民眾也應多加留意。",
    "2024-04-10 01:12",
    "颱風季將至　消防局加強救災演練",
    "消防局今天在河濱公園舉行救災演練，模擬強降雨造成低窪地區淹水的情境，動員橡皮艇與大型抽水機，測試各單位的應變與協調能力。",
    "2024-04-09 23:38",
    "城東雨水下水道工程延宕　居民陳情",
    "城東地區雨水下水道工程因管線遷移問題延宕，附近居民擔心汛期來臨時再度淹水，今天到市府陳情，要求市府說明工程進度與因應措施。",
    "2024-04-09 20:05",
]


def doc(*lines: str) -> Document:
    return load_bytes("\n".join(lines).encode("utf-8"), "a.txt", "text")


def test_the_article_is_not_the_cards_of_other_stories_under_it() -> None:
    d = doc("即時 要聞", TITLE, "2024-04-10 10:20 記者王小明／台北即時報導", P1, P2, "行政院 防汛", *CARDS)
    paragraphs = [d.block_text(b) for b in d.blocks if b.kind is BlockKind.PARAGRAPH]
    assert d.title == TITLE
    assert paragraphs == [P1, P2]


def test_cards_are_found_by_their_stamps_at_one_step() -> None:
    lines = ["相關新聞", *CARDS]
    assert card_lines(lines) == list(range(1, 13))
    # Two stamps, or stamps at no one step, make no list.
    assert card_lines(lines[:7]) == []
    assert card_lines(["2024-04-10 09:34", "正文", "2024-04-10 01:12", "正文", "正文", "正文", "2024-04-09 23:38"]) == []
