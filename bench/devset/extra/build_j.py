"""Part J: pages from sites new to the set -> scraped text + labels from the sources' own fields.

Source (bare git snapshot under /work/.mirror, read with `git show COMMIT:PATH`):
  kong0107/ey-gazette-data   the Executive Yuan Gazette (行政院公報, gazette.nat.gov.tw) as the
                             gazette's own open-data XML: one <Record> per notice, with its issuing
                             agency (PubGov), title (Title), date (Date_Created, ROC calendar), signer
                             (Officer_name) and the notice as the gazette web page's HTML (HTMLContent)

Each notice's HTMLContent (the inner block of the gazette's page, kept as it is: the agency and date
line, the document number, 主旨/依據/公告事項 and the signer) is set in a page shell of ours modelled on
the gazette's site (a nav bar, a breadcrumb, the headline, a line or table of the notice's data, a font
size and print row, a related box and the footer) in one of three layouts, taken in turn, and rendered
by ../render.py to the text a browser's select-all-and-copy gives. Notices are picked one per issuing
agency (all under one site, gazette.nat.gov.tw: one host, one page form): the first
notice of the agency, walking the issues in order from a start issue, that is an order or a notice
(not a service by publication, which lists private persons, nor one giving a date of birth) whose signer line ends it (no attached
regulation text after it) and whose text is 300 to 6000 characters long.

Labels come from the record's fields, never from reading the rendered text: the title is Title; the
dateline is the shell's data line (its date is Date_Created); the byline is the signer line (Officer_name,
as the notice prints it); the body runs from the first line after the document-number line (字第…號) to
the last line before the signer; no headings (the notices' 一、/（一） items are list items, not marked as
heads); no disclaimer. HANDCHECK below fixes what a hand check found wrong.
Usage: python build_j.py            (writes pages/j_*.txt, labels/j_*.json, prints SOURCES rows)
       python build_j.py --show NAME (prints one page's numbered lines and its label)
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
MIRROR = Path("/work/.mirror")
sys.path[:0] = [str(HERE), str(HERE.parent)]
import render  # noqa: E402

GAZ = "kong0107/ey-gazette-data"
LICENCES = {GAZ: "Open Government Data License, version 1.0 (Taiwan; stated in the repo's README)"}
# (start issue folder, number of notices wanted): the issues are walked from here on.
WALKS: list[tuple[str, int]] = [("103/103-06-03", 10), ("100/100-03-01", 6)]
# agency short name (PubGov) -> a file-name slug
SLUG = {"內政部": "moi", "法務部": "moj", "財政部": "mof", "金管會": "fsc", "教育部": "moe", "文化部": "moc",
        "通訊傳播委員會": "ncc", "交通部": "motc", "工程會": "pcc", "環保署": "epa", "農委會": "coa",
        "衛生福利部": "mohw", "勞動部": "mol", "經濟部": "moea", "外交部": "mofa", "國防部": "mnd",
        "行政院": "ey", "僑委會": "ocac", "原民會": "cip", "客委會": "hakka", "主計總處": "dgbas",
        "人事行政總處": "dgpa", "國科會": "nsc", "科技部": "most", "衛生署": "doh", "勞委會": "cla",
        "中央銀行": "cbc", "公平會": "ftc", "陸委會": "mac", "蒙藏會": "mtac", "退輔會": "vac",
        "體委會": "sac", "文建會": "cca", "研考會": "rdec", "經建會": "cepd", "國發會": "ndc",
        "海巡署": "cga", "原能會": "aec", "故宮": "npm", "中選會": "cec", "青輔會": "nyc", "新聞局": "gio",
        "消保會": "cpc", "國家發展委員會": "ndc", "飛安會": "asc", "大陸委員會": "mac"}
SKIP_STYLES = ("公示送達",)
MAX_PAGES = 16

# Corrections from the hand check (name -> fields replaced in the generated label).
HANDCHECK: dict[str, dict[str, Any]] = {}
# Every notice's label was read against its rendered page: title line, data line, the body's first line (right
# after the document-number line) and last line (right before the signer), and the signer line.
HAND_CHECKED = frozenset({"j_gaz_cbc_1", "j_gaz_cec_1", "j_gaz_cla_1", "j_gaz_coa_1", "j_gaz_epa_1", "j_gaz_fsc_1",
                          "j_gaz_moea_1", "j_gaz_mof_1", "j_gaz_mofa_1", "j_gaz_mohw_1", "j_gaz_moi_1", "j_gaz_mol_1",
                          "j_gaz_motc_1", "j_gaz_ncc_1", "j_gaz_pcc_1", "j_gaz_sac_1"})

NAV = "行政院公報資訊網 | 首頁 | 本期公報 | 歷期公報 | 公報查詢 | 訂閱服務 | 開放資料 | English"
FOOT = ("<div>行政院公報編印中心　地址：臺北市中正區忠孝東路一段1號　電話：(02)3356-6500</div>"
        "<div>隱私權保護政策 | 資訊安全政策 | 政府網站資料開放宣告 | 意見信箱</div>"
        "<div>本網站建議使用IE 8.0以上版本瀏覽器，最佳瀏覽解析度為1024×768</div>")


def git(*args: str) -> bytes:
    d = MIRROR / GAZ.replace("/", "+") / "repo"
    return subprocess.run(["git", "--git-dir", str(d), *args], capture_output=True, check=True).stdout


def field_of(rec: str, key: str) -> str:
    m = re.search(rf"<{key}><!\[CDATA\[(.*?)\]\]></{key}>", rec, re.S)
    return m.group(1).replace("\r\n", "\n") if m else ""


def iso_date(roc: str) -> str | None:
    m = re.search(r"(\d{2,3})年(\d{1,2})月(\d{1,2})日", roc)
    return f"{int(m.group(1)) + 1911:04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}" if m else None


def nz(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def shell(layout: int, rec: dict[str, str], content: str) -> tuple[str, str]:
    """The page's HTML and its data line (the dateline)."""
    title, gov, date, no = rec["Title"], rec["PubGovName"], rec["Date_Created"], rec["GazetteId"]
    chap = rec["Chapter"] or "綜合篇"
    style = rec["Doc_Style_LName"]
    if layout == 0:
        info = f"發布日期：{date}　發布機關：{gov}　類別：{style}"
        meta = f"<div class='info'>{info}</div>"
    elif layout == 1:
        info = f"{date}　{gov}　{no}"
        meta = f"<div class='info'>{info}</div><div>【字級：小 中 大】　列印　|　回上頁</div>"
    else:
        info = f"發文日期\t{date}"
        meta = (f"<table><tr><td>發文機關</td><td>{gov}</td></tr><tr><td>發文日期</td><td>{date}</td></tr>"
                f"<tr><td>發文字號</td><td>{no}</td></tr><tr><td>類別</td><td>{style}</td></tr></table>")
    crumb = f"您的位置：首頁 > 公報查詢 > {chap} > {style}"
    related = ("<div><h3>相關資訊</h3><ul><li>本則公報PDF下載</li><li>本期公報目錄</li>"
               f"<li>{gov}其他公報</li></ul></div>")
    head = f"<h1>{title}</h1>{meta}" if layout != 1 else f"{meta.split('<div>【')[0]}<h1>{title}</h1><div>【字級：小 中 大】　列印　|　回上頁</div>"
    html = (f"<html><body><div class='nav'>{NAV}</div><div class='crumb'>{crumb}</div>"
            f"<div class='main'>{head}<div id='article'>{content}</div>"
            f"<div class='share'>分享：Facebook | Line | Twitter | 友善列印</div></div>"
            f"{related}<div class='foot'>{FOOT}</div></body></html>")
    return html, info


def records(start: str) -> Any:
    names = [p for p in git("ls-tree", "-r", "--name-only", "HEAD").decode().splitlines() if p.endswith(".xml")]
    names = sorted(names)
    i = next(k for k, p in enumerate(names) if p.startswith(start))
    for path in names[i:]:
        try:
            xml = git("show", f"HEAD:{path}").decode("utf-8")
        except subprocess.CalledProcessError:
            continue  # a blob the snapshot left out (its largest files)
        for rec in re.findall(r"<Record>(.*?)</Record>", xml, re.S):
            yield path, {k: field_of(rec, k) for k in ("MetaId", "PubGov", "PubGovName", "Title", "Date_Created",
                                                       "GazetteId", "Officer_name", "Doc_Style_LName",
                                                       "Doc_Style_SName", "Chapter", "HTMLContent",
                                                       "GazetteHTML")}


def signer_index(lines: list[str], officer: str) -> int | None:
    want = nz(officer)
    hits = [i for i, ln in enumerate(lines) if want and nz(ln) == want]
    return hits[-1] if len(hits) == 1 else None


def usable(rec: dict[str, str]) -> list[str] | None:
    """The notice's rendered lines when it is one the part takes, else None."""
    if any(s in rec["Doc_Style_SName"] + rec["Doc_Style_LName"] + rec["Title"] for s in SKIP_STYLES):
        return None
    if "出生" in rec["HTMLContent"]:  # a person's date of birth: not wanted in the set
        return None
    if rec["PubGov"] not in SLUG or not rec["HTMLContent"] or not iso_date(rec["Date_Created"]):
        return None
    lines = render.render(f"<html><body>{rec['HTMLContent']}</body></html>").splitlines()
    k = signer_index(lines, rec["Officer_name"])
    if k is None or not any(re.search(r"字第.{3,20}號", ln) for ln in lines[:3]):
        return None
    after = [ln for ln in lines[k + 1:] if not re.search(r"請參見PDF|^Top$", ln.strip())]
    size = len("".join(lines))
    return lines if not after and 300 <= size <= 6000 and k > 3 else None


def label(name: str, rec: dict[str, str], lines: list[str], info: str, source: str) -> dict[str, Any]:
    ti = next(i for i, ln in enumerate(lines) if nz(ln) == nz(rec["Title"]))
    num = next(i for i in range(ti, len(lines)) if nz(lines[i]) == nz(rec["GazetteId"]))  # the notice's own line
    sig = next(i for i in range(num, len(lines)) if nz(lines[i]) == nz(rec["Officer_name"]))
    body = [i for i in range(num + 1, sig) if lines[i].strip()]
    return {
        "file": "", "site": "gazette.nat.gov.tw", "source": source, "title": rec["Title"],
        "subtitle": None, "headings": [], "byline": lines[sig].strip(), "disclaimer": None,
        "body_first": lines[body[0]].strip()[:15], "body_last": lines[body[-1]].strip()[:15],
        "dateline": {"text": info.replace("\t", " "), "published": iso_date(rec["Date_Created"]),
                     "publisher": rec["PubGovName"], "authors": []},
        "confidence": "medium",
        "notes": "generated from the gazette record's fields by build_j.py (title: Title; byline: the signer "
                 "line, Officer_name; body: after the document-number line to before the signer); page shell of "
                 "ours",
    }


def keep_encodable(text: str, enc: str) -> tuple[str, int]:
    if enc == "utf-8":
        return text, 0
    kept = [ch for ch in text if _encodes(ch, enc)]
    return "".join(kept), len(text) - len(kept)


def _encodes(ch: str, enc: str) -> bool:
    try:
        ch.encode(enc)
    except UnicodeEncodeError:
        return False
    return True


def pick() -> list[tuple[str, dict[str, str]]]:
    out: list[tuple[str, dict[str, str]]] = []
    seen: set[str] = set()
    for start, want in WALKS:
        got = 0
        for path, rec in records(start):
            if rec["PubGov"] in seen or usable(rec) is None:
                continue
            seen.add(rec["PubGov"])
            out.append((path, rec))
            got += 1
            if got == want or len(out) == MAX_PAGES:
                break
    return out


def build() -> list[tuple[str, str, dict[str, Any], str, str, str]]:
    commit = git("rev-parse", "HEAD").decode().strip()
    built = []
    for n, (path, rec) in enumerate(pick()):
        name = f"j_gaz_{SLUG[rec['PubGov']]}_1"
        enc = "cp950" if n % 2 else "utf-8"
        html, info = shell(n % 3, rec, rec["HTMLContent"])
        text, dropped = keep_encodable(render.render(html).rstrip("\n") + "\n", enc)
        source = f"{GAZ} {path}#MetaId={rec['MetaId']} @{commit}"
        lab = label(name, rec, text.splitlines(), info, source)
        fname = name + ("_big5" if enc == "cp950" else "") + ".txt"
        lab["file"] = fname
        if dropped:
            lab["notes"] += f"; {dropped} characters outside Big5 dropped"
        lab.update(HANDCHECK.get(name, {}))
        if name in HAND_CHECKED:
            lab["confidence"] = "high"
            lab["notes"] += "; hand-checked against the rendered text"
        url = rec["GazetteHTML"] or "–"
        built.append((fname, text, lab, enc, f"{path} (MetaId {rec['MetaId']})", url))
    return built


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", help="print one page's numbered lines")
    a = ap.parse_args()
    commit = git("rev-parse", "HEAD").decode().strip()
    rows = []
    for fname, text, lab, enc, where, url in build():
        if a.show:
            if fname.startswith(a.show):
                for i, ln in enumerate(text.splitlines()):
                    print(f"{i:4} {ln[:110]}")
                print(json.dumps(lab, ensure_ascii=False, indent=1))
            continue
        (HERE / "pages" / fname).write_bytes(text.encode(enc))
        (HERE / "labels" / (fname[:-4] + ".json")).write_text(
            json.dumps(lab, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        rows.append(f"| {fname} | {lab['site']} | {GAZ} · {where} · {commit[:12]} | {LICENCES[GAZ]} | {url} |")
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
