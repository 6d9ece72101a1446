"""The units a key figure is written with: kinds by unit, magnitudes (万, 亿), 个 with its
measure words, in either script (億元, 萬人), as the pattern pieces figures.py composes."""

from __future__ import annotations

import re

from reader.document.model import FigureKind

# Units as written after a number, each optionally scaled by 万/亿/千 (3.3亿吨, 1.8万名, 万亿元).
BASE_UNITS: dict[FigureKind, tuple[str, ...]] = {
    FigureKind.MONEY: ("美元", "港元", "欧元", "日元", "英镑", "元", "人民币", "港币", "美金", "块钱", "块"),
    FigureKind.PERCENT: ("个百分点", "个基点", "%", "％", "‰", "成"),  # 个基点: basis points
    FigureKind.DURATION: ("个多月", "个半月", "个月", "个工作日", "个工作天", "个半小时", "个多小时", "个小时",
                          "个钟头", "个星期", "小时", "分钟", "周年", "年", "天", "日", "晚", "毫秒", "秒", "周"),
    FigureKind.COUNT: (
        "人次", "人", "户", "名", "家", "座", "所", "项", "条", "件", "起", "辆", "台", "套", "只",
        "倍", "批", "处", "标准箱", "间", "艘", "架", "位", "例", "株", "粒", "种", "列", "份", "部",
        "次", "支", "本", "篇", "头", "册", "页", "袋", "箱", "瓶", "盒", "张", "颗", "枚", "棵", "双", "章",
        "根", "口", "道", "对", "组", "层", "具", "宗", "幢", "伙",
    ),
    FigureKind.AREA: ("平方公里", "平方千米", "平方米", "平米", "公顷", "英亩", "亩"),
    FigureKind.OTHER: (
        "公克", "毫克", "千瓦时", "兆瓦时", "千瓦", "兆瓦", "吉瓦时", "吉瓦", "GWh", "MWh", "kWh", "GW", "MW", "立方千米", "立方米", "公里", "千米", "厘米", "毫米", "公分", "毫升", "米", "斤", "总吨", "吨", "千克", "公斤", "岁", "℃", "点",
    ),
}
MAGNITUDES = ("万亿", "千亿", "百亿", "千万", "百万", "亿", "万", "千")  # 3 千万: not 3 千
# Traditional forms, so Big5 articles (億元, 萬人, 個) are read the same way.
TRADITIONAL = str.maketrans("億萬個項條輛臺隻處歲噸畝時鐘點歐區縣鎮鄉國門標準間戶冊張組層幣夥週",
                             "亿万个项条辆台只处岁吨亩时钟点欧区县镇乡国门标准间户册张组层币伙周")
_SIMPLIFIED_TO_CLASS = {s: f"[{s}{t}]" for t, s in zip("億萬個項條輛臺隻處歲噸畝時鐘點歐區縣鎮鄉國門標準戶冊間張組層幣夥週",
                                                        "亿万个项条辆台只处岁吨亩时钟点欧区县镇乡国门标准户册间张组层币伙周",
                                                        strict=True)}


def _either_script(text: str) -> str:
    return "".join(_SIMPLIFIED_TO_CLASS.get(ch, re.escape(ch)) for ch in text)


def alternation(words: list[str]) -> str:
    return "|".join(_either_script(w) for w in sorted(words, key=len, reverse=True))


UNIT_KIND: dict[str, FigureKind] = {u: k for k, units in BASE_UNITS.items() for u in units}
# 个 counts only with a measure word or alone: 16个区 but 303个 (not 303个区 of 区级), 28个 (not
# 28个省 of 省份, 5个区 of 区域, 12个县 of 县市).
_GE = _either_script("个") + "(?:(?:" + alternation(
    ["区", "县", "市", "省", "镇", "乡", "村", "街道", "社区", "国家", "城市", "部门", "项目"]
) + ")(?![级属内級屬份域庄镇鎮场場民落街县縣市乡鄉村区區群]))?"
UNIT_PATTERN = (
    f"(?:(?:(?:{alternation(list(MAGNITUDES))})(?:余|多|餘)?)?(?:{alternation(list(UNIT_KIND))})"
    f"|(?:{alternation(list(MAGNITUDES))})[个個]|{alternation(list(MAGNITUDES))}|{_GE})"
)
PER = "(?:[/／](?:平方米|平米|吨|人|股|桶|公斤|千克|克|年|月|天|日|小时))?"  # 2.8万元/平方米
