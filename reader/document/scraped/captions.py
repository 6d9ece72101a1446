"""Photo captions in either script, known by their credit: a line that names who took the
picture or where it came from (…。圖／某某社, （取自某某臉書）, （記者某某／攝影）, 图：某某) or that
says it shows a picture (圖為…, 圖說：…). A caption is the photo's words, never the headline."""

from __future__ import annotations

from reader.document import rx

# The credit in brackets at the end: （某某攝）, （記者某某／攝影）, （圖／某某提供）, （资料照片）,
# （取自某某臉書）, （圖片來源：某某）. Not a headline's bare mark (图), (组图), (附图), (视频).
_BRACKET_CREDIT = rx.compile(
    r"[（(]\s*(?:"
    r"(?:取自|翻攝自?|翻摄自?|圖片來源|图片来源|圖源|图源|照片來源|照片来源)[^（）()]{0,30}"
    r"|(?:圖|图|照片|相片)\s*[／/：:][^（）()]{1,30}"
    r"|[^（）()]{0,30}?(?:攝影?|摄影?|供圖|供图|提供|截圖|截图|資料照片?|资料照片?|資料圖片?|资料图片?"
    r"|檔案照片?|档案照片?|示意圖|示意图|圖片|图片|照片|相片)"
    r")\s*[)）]$"
)
# The credit at the end after the caption's last words: …提供設備。 圖／某某, …。图：某某, 攝影／某某
# (never starting inside a run of spaces: a long run is read once, not once per space).
_TAIL_CREDIT = rx.compile(
    r"(?!(?<=\s)\s)(?:^|[\s。！？!?”」』）)])\s*(?:圖|图|攝影|摄影|照片|相片|圖片|图片)\s*[／/：:]\s*[^\s，。,／/]{2,16}$"
    r"|[\s。！？!?”」』）)](?:資料照片?|资料照片?|資料圖片?|资料图片?|檔案照片?|档案照片?)[。.]?$"
    r"|[。！？!?]\s*[（(][^（）()]{1,8}(?:社|通訊社|通讯社)[)）]$"  # …已大致完成。（中央社）: an agency's photo
)
# How a caption opens: 圖為…, 图为…, 圖說：…, 图：… (not 图/文 某某, the writer's credit).
_CAPTION_OPEN = rx.compile(r"^(?:圖為|图为|(?:圖說|图说|圖片說明|图片说明|圖|图)\s*[：:]|▲)")

# …已墜入空頭。路透, …和占士法蘭高。美聯社, …上午赴立法院備詢。記者王小明／攝影: the wire agency or the
# photographer after the caption's last sentence.
_WIRE_TAIL = rx.compile(
    r"[。！？!?]\s*(?:路透社?|美[联聯]社|法新社|[欧歐]新社|新[华華]社|中新社|中央社|共同社|[韩韓][联聯]社|彭博社?"
    r"|[达達]志影像|[视視][觉覺]中[国國]|AP|AFP|Reuters|EPA|Getty Images"
    r"|(?:[记記]者)?[^\W\d_A-Za-z]{2,4}\s?[／/]\s?(?:[摄攝]影?|翻[摄攝]))$"  # …。記者王小明／攝影
)
_WIRE_TAIL_MAX = 12  # characters after the caption's last stop

_CAPTION_MIN = 6  # characters: （圖／某某） alone is a credit line, caught elsewhere


def is_photo_caption(line: str) -> bool:
    """Does the line read as a photo's caption or its credit, in simplified or traditional script?"""
    line = line.strip()
    if len(line) < _CAPTION_MIN:
        return False
    # A character test first spares most lines the patterns: a bracketed credit closes the line,
    # a credit at its end names a picture (圖／, 攝影／, 資料照片) or its opening does.
    if line[-1] in ")）" and (_BRACKET_CREDIT.search(line) or _TAIL_CREDIT.search(line)):
        return True  # （某某攝）, …。（某新社）
    stop = max(line.rfind("。"), line.rfind("！"), line.rfind("？"), line.rfind("!"), line.rfind("?"))
    if stop > 0 and len(line) - stop <= _WIRE_TAIL_MAX and _WIRE_TAIL.search(line, stop):
        return True  # …已墜入空頭。路透
    return bool(_CAPTION_OPEN.match(line)) or not _PICTURE_WORDS.isdisjoint(line[-_CREDIT_TAIL:]) and _TAIL_CREDIT.search(line) is not None


_PICTURE_WORDS = frozenset("圖图攝摄照相片資资檔档")
_CREDIT_TAIL = 24  # characters at the line's end where _TAIL_CREDIT's picture word stands (圖／ and 16 more)
