"""The lines of the date block under (or over) a headline and the text they make: a label on a
line of its own with its value on the next (来源： over 某某晚报, 作者： over 王小五), an outlet
named alone beside the date."""

from __future__ import annotations

from reader.document import rx
from reader.document.bylines.credit_forms import POST_CREDIT
from reader.document.bylines.credits import is_person_credit, standalone_credit
from reader.document.bylines.dateline import (
    bare_dateline,
    credit_in_dateline,
    is_dateline_line,
    is_outlet_beside,
    is_outlet_name,
)
from reader.document.hanzi.script import probe
from reader.document.headlines.headline_shape import is_source_credit
from reader.document.scraped.form_lines import is_document_number, is_number_field
from reader.document.scraped.patterns import is_dateline

# 2024-03-08 10:21 over 来源: over 中国青年报, 作者： over 王小五: the value on a line of its own,
# under its label (a link the scraper set apart), the label alone or at the date line's end.
_LABEL = rx.compile(
    r"(?:^|\s)(来\s*源|作\s*者|记\s*者|责任编辑|编\s*辑|发文机关|發文機關|发布机关|發布機關|发布机构|發布機構|发文字号|發文字號)\s*[:：]\s*$"
)
_VALUE = rx.compile(r"[^\W\d_][^\W_]{1,15}")


def _is_value(line: str) -> bool:
    """A label's value alone on its line: a name, or a document's number (国办发〔2024〕12号)."""
    return _VALUE.fullmatch(line.strip()) is not None or is_document_number(line)
_OUTLET_REACH = 2  # lines from a date line: 来自北京 may stand between


def _label(line: str) -> str | None:
    """The label closing the line, as the page writes it (來源 on a traditional page: read as a
    probe, one for one)."""
    label = _LABEL.search(probe(line))
    return line[label.start(1) : label.end(1)].replace(" ", "") if label else None


def _labelled(lines: list[str], i: int, block: set[int] | tuple[int, ...] | list[int]) -> str | None:
    """The label over line i (both in the block), when line i is its value alone."""
    if i - 1 not in block or not _is_value(lines[i]):
        return None
    return _label(lines[i - 1])


def source_apart(lines: list[str], between: list[int], dated: tuple[int, ...]) -> tuple[int, ...]:
    """The labels' lines (when not date lines already) and their values', in the date block;
    or an outlet's name alone beside it (2024年03月11日 08:32 / 来自北京 / 新京报)."""
    found: list[int] = []
    for i in between:
        label = _label(lines[i])
        if label is None or i + 1 not in between or not _is_value(lines[i + 1]):
            continue
        if i in dated or i - 1 in dated or i - 1 in found:
            found += [i, i + 1]
        if label == "来源":
            return tuple(found)
    if not dated:
        return tuple(found)
    beside = [i for i in between if i not in dated and min(abs(i - d) for d in dated) <= _OUTLET_REACH]
    return (*found, *next(((i,) for i in beside if is_outlet_beside(lines[i].strip(), [lines[d] for d in dated])), ()))


def dateline_credit(lines: list[str], shown: list[str], dateline_lines: tuple[int, ...]) -> str | None:
    """The credit the date lines give (作者： over 王小五 read as 作者：王小五)."""
    for i in dateline_lines:
        label = _labelled(lines, i, dateline_lines)
        if label:
            written = _labelled(shown, i, dateline_lines) or label  # 記者 on a traditional page
            credit = credit_in_dateline(f"{label}：{lines[i].strip()}", f"{written}：{shown[i].strip()}")
        else:
            credit = credit_in_dateline(lines[i], shown[i])
        if credit:
            return credit
    return None


def _said(piece: str, pieces: list[str]) -> bool:
    """2024-03-06 18:45·央视新闻 after 2024-03-06 18:45 and 来源：央视新闻: said already."""
    said = " ".join(pieces)
    return bool(said) and all(word in said for word in _WORDS_APART.split(piece) if word)


_WORDS_APART = rx.compile(r"[\s·|｜]+")


def dateline_text(shown: list[str], dateline_lines: tuple[int, ...], dropped: str | None) -> str | None:
    """The date lines' text; with the source credit cut from the headline's end, when they
    name no source themselves."""
    pieces: list[str] = []
    for i in dateline_lines:
        line = shown[i]
        if label := _labelled(shown, i, dateline_lines):
            pieces.append(f"{label}：{line.strip()}")  # the value under its label
            continue
        if i + 1 in dateline_lines and (ending := _LABEL.search(probe(line))) and _is_value(shown[i + 1]):
            line = line[: ending.start()]  # the label, read with its value on the next line
        if is_outlet_name(probe(line.strip())) and "来源" not in probe(" ".join(pieces)):
            label = "來源" if any(probe(shown[k]) != shown[k] for k in dateline_lines) else "来源"  # the page's script
            pieces.append(f"{label}：{line.strip()}")  # the outlet named alone beside the date
        elif (bare := bare_dateline(line)) and not _said(bare, pieces):
            pieces.append(bare)
    text = " · ".join(pieces)
    if dropped and is_source_credit(dropped) and "来源" not in text:
        text = " · ".join(filter(None, (text, dropped.strip(" （）()【】[]"))))
    elif dropped and is_dateline(dropped) and not any(is_dateline(shown[i]) for i in dateline_lines):
        text = " · ".join(filter(None, (bare_dateline(dropped), text)))  # 标题 2024-05-10 10:20: its date
    return None if _credit_only(text) else text or None


def _credit_only(text: str) -> bool:
    """作者：王芳 (its reading time cut: 作者：王芳 | 阅读 3 分钟): a writer's credit, the byline's,
    dating nothing. A paper's reporters (本报记者 王小明) stay its date line, as papers print them."""
    credit = standalone_credit(text) if text else None
    return credit is not None and credit.strip() == text.strip() and is_person_credit(credit) and not (
        is_dateline(text) or _REPORTER_WORDS.search(probe(text)))


_REPORTER_WORDS = rx.compile(r"记者|通讯员|实习生")


# 发布于：北京市, 发布于上海, IP属地：广东: where a post was sent from, set beside its date.
_POST_PLACE = rx.compile(r"^(?:发布于|發佈於|发布地|IP\s*属地|IP\s*屬地)\s*[:：]?\s*[^\W\d_]{2,8}$")


def is_post_place(line: str) -> bool:
    return _POST_PLACE.match(line.strip()) is not None


def fields_over(lines: list[str], top: int) -> tuple[int, tuple[int, ...]]:
    """来源： over 城市观察者 right over the line `top`: the block's new top and the fields' lines."""
    fields: list[int] = []
    while top >= 2 and _label(lines[top - 2]) and _VALUE.fullmatch(lines[top - 1].strip()):  # noqa: PLR2004
        fields[:0] = [top - 2, top - 1]
        top -= 2
    return top, tuple(fields)


# 发文机关： over 国务院办公厅 in a government page's table of fields over the headline: the
# document's issuing organ, its publisher.
_ISSUER = rx.compile(r"^(?:发文机关|發文機關|发布机关|發布機關|发布机构|發布機構)\s*[:：]\s*(?P<name>[^\W\d_][^\s:：]{1,19})?$")
_TABLE_REACH = 16  # lines over the date: 索引号, 主题分类, 发文机关, 成文日期, 标题, 发文字号 and their values


def issuer_over(lines: list[str], dated: int) -> tuple[int, ...]:
    """The issuing organ's label and name in the table of fields over the date line, and the
    document's number (发文字号：…) among them: what a citation of the notice gives."""
    found: tuple[int, ...] = ()
    for i in range(max(0, dated - _TABLE_REACH), dated):
        issuer = _ISSUER.match(lines[i].strip())
        if not found and issuer and issuer.group("name"):
            found = (i,)  # 发文机关：某市人民政府办公室 on one line
        elif not found and issuer and _VALUE.fullmatch(lines[i + 1].strip()):
            found = (i, i + 1)
    for i in range(max(0, dated - _TABLE_REACH), dated):
        if is_number_field(lines[i]):
            return (*found, i)
        if _label(lines[i]) in ("发文字号", "發文字號") and is_document_number(lines[i + 1]):
            return (*found, i, i + 1)  # 发文字号： over 国办发〔2024〕12号
    return found


_POST_LINE_ABOVE = 3  # lines over the headline where a post's credit line may stand (收录于合集 between)


def post_line_over(lines: list[str], title: int, dated: tuple[int, ...]) -> tuple[int, ...]:
    """原创 王小五 某某观察 2024-05-12 08:00 over the headline: the post's date line (its writer,
    its account and its date) rather than a bare date under the headline naming neither."""
    if not dated or any(not _BARE_DATE.fullmatch(lines[i].strip()) for i in dated):
        return dated
    over = next((i for i in range(title - 1, max(-1, title - 1 - _POST_LINE_ABOVE), -1)
                 if POST_CREDIT.match(lines[i]) and is_dateline_line(lines[i])), None)
    return dated if over is None else (over,)


_BARE_DATE = rx.compile(r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?")
