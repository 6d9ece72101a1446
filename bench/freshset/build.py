"""Build the fresh test set: pages of sites the development set never had, and their labels.

    .venv/bin/python bench/freshset/build.py            # writes pages/, labels/; prints SOURCES rows
    .venv/bin/python bench/freshset/build.py --show NAME # one page's numbered lines and its label

Sources (bare git snapshots under /work/.mirror, read with `git show COMMIT:PATH`):

- Terminus2049/Terminus2049.github.io: features and WeChat posts re-posted as Markdown, from
  outlets the development set does not have (its posts there are never taken again); up to three
  posts an outlet, the first by date. Each post's Markdown becomes HTML (python-markdown), the
  archivist's preface left out (build_h.strip_preface), and is set in a shell of shells.py chosen
  by the outlet's kind (WeChat account, city paper, finance site, magazine).
- kong0107/cons.judicial: judgments of Taiwan's Constitutional Court (憲法法庭) as its open data
  (case number, title, date, 主文 and 理由 paragraphs); the 理由's own section heads (壹、… and
  一、… lines without end punctuation) are <h2>/<h3>; 主文 and 理由 are <h2>; set in the court_tw
  shell and written as Big5 (cp950).
- LawRefBook/Laws: rules of a ministry the development set does not have, in the gov shell.
- Markdown by Chinese authors from repositories the development set does not use: copied
  byte for byte, labelled by bench/devset/extra/mdlabel.py.

Labels follow the development set's rules (label.py). HANDCHECK (handcheck.json) holds what the
hand check corrected, applied over the generated label; a page listed there is `high` confidence.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import markdown
from label import DEVSET, HERE, build_h, label_page
from shells import SHELLS, Article

sys.path.insert(0, str(DEVSET / "extra"))
from mdlabel import parse as md_parse  # noqa: E402
from sources import JUDICIAL, JUDICIAL_NUMBERS, LAW, MARKDOWN, MOJ, MOJ_LAWS, TERM, TERM_POSTS  # noqa: E402

MIRROR = Path("/work/.mirror")
HANDCHECK: dict[str, dict[str, Any]] = json.loads((HERE / "handcheck.json").read_text("utf-8"))


def git(repo: str, *args: str) -> bytes:
    where = MIRROR / repo.replace("/", "+") / "repo"
    return subprocess.run(["git", "--git-dir", str(where), *args], capture_output=True, check=True).stdout


def head(repo: str) -> str:
    return git(repo, "rev-parse", "HEAD").decode().strip()


def term_page(name: str, path: str, outlet: str, shell: str, others: tuple[str, ...]) -> tuple[str, dict]:
    md = git(TERM, "show", f"HEAD:{path}").decode("utf-8").replace("\r\n", "\n")
    fm, body = build_h.front_matter(md)
    title = post_headline(fm.get("title", ""), outlet)
    stamp = re.match(r"(\d{4}-\d\d-\d\d)\s+(\d\d:\d\d)?", fm.get("date", "")) or re.search(
        r"(\d{4}-\d\d-\d\d)()", path)
    assert stamp, path
    date, time = stamp.group(1), stamp.group(2) or "08:00"
    html_body = markdown.markdown(build_h.strip_preface(body), extensions=["tables"])
    art = Article(title, outlet, date, time, html_body, others)
    html, info = SHELLS[shell](art)
    lines, label = label_page(html, title, info, f"{date}T{time}", outlet)
    return "\n".join(lines) + "\n", label


def post_headline(title: str, outlet: str) -> str:
    """The archived title without the archivist's marks: a zero-width space, 【转载】, the outlet's
    name before a bar, a short tag after one (as build_h.article drops it) when shorter than
    the headline before it (抗疫时评 | 请为…正名 is a kicker and its headline)."""
    title = re.sub(r"[\u200b\ufeff]", "", title).strip()
    title = re.sub(r"^【转载】", "", title)
    title = re.sub(rf"^{re.escape(outlet)}\s*[|｜丨]\s*", "", title)
    tag = re.search(r"\s*[|｜丨]\s*([^|｜丨]{1,12})$", title)
    return title[: tag.start()] if tag and len(tag.group(1)) < tag.start() else title


def post_title(path: str) -> str:
    fm, _ = build_h.front_matter(git(TERM, "show", f"HEAD:{path}").decode("utf-8"))
    return fm.get("title", "").strip()


_HEAD_TW = re.compile(r"^(?:([壹貳參肆伍陸柒捌玖拾]+)、|([一二三四五六七八九十]+)、|([（(][一二三四五六七八九十]+[)）]))")


def judicial_heads(reasons: list[str]) -> list[tuple[str, int]]:
    """The 理由's own section heads: a numbered paragraph (壹、 > 一、 > （一）) under 90 characters
    that does not end a sentence; 主文 and 理由 are the level above them."""
    heads = []
    for p in reasons:
        m = _HEAD_TW.match(p)
        if m and len(p) < 90 and p.rstrip()[-1] not in "。；：:":
            heads.append((p, 2 + [g is not None for g in m.groups()].index(True)))
    return heads


def judicial_page(path: str, others: tuple[str, ...]) -> tuple[str, dict]:
    data = json.loads(encodable(git(JUDICIAL, "show", f"HEAD:{path}").decode("utf-8"), "cp950"))
    title = f"{data['判決字號']}【{data['標題']}】"
    heads = dict(judicial_heads(data["理由"]))
    parts = ["<h2>主文</h2>", *(f"<p>{p}</p>" for p in data["主文"]), "<h2>理由</h2>"]
    parts += [f"<h{heads[p] + 1}>{p}</h{heads[p] + 1}>" if p in heads else f"<p>{p}</p>" for p in data["理由"]]
    if data.get("主筆大法官記載"):
        parts.append(f"<p>{data['主筆大法官記載']}</p>")
    art = Article(title, "憲法法庭", data["判決日期"], "", "".join(parts), others)
    html, info = SHELLS["court_tw"](art)
    given = [("主文", 1), ("理由", 1), *((p, lv) for p, lv in heads.items())]
    lines, label = label_page(html, title, info, data["判決日期"], "憲法法庭", heads=given)
    return "\n".join(lines) + "\n", label


_LEVEL_TW = {"編": 1, "章": 2, "節": 3, "款": 4}


def law_parts(items: list[dict[str, str]]) -> tuple[list[tuple[str, int]], str]:
    """A law's heads (編 > 章 > 節 > 款, lifted so the top is 1) and its HTML: heads as <h2>…,
    each article a paragraph led by its number, its items on lines of their own."""
    units = [re.match(r"第\s*\S+\s*([編章節款])", item["編章節"]) for item in items if "編章節" in item]
    top = min((_LEVEL_TW[u.group(1)] for u in units if u), default=1)
    heads, parts = [], []
    for item in items:
        if "編章節" in item:
            head = item["編章節"].strip()
            unit = re.match(r"第\s*\S+\s*([編章節款])", head)
            heads.append((head, _LEVEL_TW[unit.group(1)] - top + 1 if unit else 1))
            parts.append(f"<h{heads[-1][1] + 1}>{head}</h{heads[-1][1] + 1}>")
        else:
            text = item.get("條文內容", "").replace("\r\n", "<br>")
            parts.append(f"<p>{item.get('條號', '')}　{text}</p>")
    return heads, "".join(parts)


def moj_page(path: str, others: tuple[str, ...]) -> tuple[str, dict]:
    """A law of Taiwan's law database: its 編/章/節 heads and its articles."""
    data = json.loads(encodable(git(MOJ, "show", f"HEAD:{path}").decode("utf-8"), "cp950"))
    heads, body = law_parts(data["法規內容"])
    stamp = data["最新異動日期"]
    date = f"{stamp[:4]}-{stamp[4:6]}-{stamp[6:]}"
    art = Article(data["法規名稱"], "全國法規資料庫", date, "", body, others)
    html, info = SHELLS["lawdb_tw"](art)
    lines, label = label_page(html, data["法規名稱"], info, date, "全國法規資料庫", heads=heads)
    return "\n".join(lines) + "\n", label


def law_page(path: str, outlet: str, others: tuple[str, ...]) -> tuple[str, dict]:
    title, md = build_h.article("", LAW_REPO, path)
    date = re.search(r"\((\d{4}-\d{2}-\d{2})\)\.md$", path)
    assert date, path
    art = Article(title, outlet, date.group(1), "", markdown.markdown(md, extensions=["tables"]), others)
    html, info = SHELLS["gov"](art)
    lines, label = label_page(html, title, info, date.group(1), outlet)
    return "\n".join(lines) + "\n", label


def markdown_label(raw: bytes) -> dict[str, Any]:
    p = md_parse(raw.decode("utf-8"))
    return {"title": p["title"], "subtitle": None, "headings": p["headings"], "byline": None,
            "disclaimer": None, "body_first": p["body_first"], "body_last": p["body_last"],
            "dateline": None}  # fmt: skip


def encodable(text: str, enc: str) -> str:
    return text if enc == "utf-8" else text.encode(enc, "ignore").decode(enc)


def pages() -> list[dict[str, Any]]:
    """Every page: name, site, repo, path, commit, encoding, text (or raw bytes) and label."""
    out: list[dict[str, Any]] = []
    titles = tuple(post_title(p) for _n, p, *_rest in TERM_POSTS)
    for k, (name, path, site, outlet, shell) in enumerate(TERM_POSTS):
        others = tuple(t for t in titles[k + 1 :] + titles[:k] if t)[:10]
        text, label = term_page(name, path, outlet, shell, others)
        out.append(dict(name=name, site=site, repo=TERM, path=path, enc="utf-8", text=text, label=label))
    for i, number in enumerate(JUDICIAL_NUMBERS, 1):
        name, path = f"tw_judicial_{i}", f"docket/111/憲判/{number}.json"
        others = ("111年憲判字第5號【公職人員財產申報案】", "111年憲判字第8號【子女會面交往案】",
                  "111年憲判字第13號【健保資料庫案】")  # fmt: skip
        text, label = judicial_page(path, others)
        out.append(dict(name=name, site="cons.judicial.gov.tw", repo=JUDICIAL, path=path, enc="cp950",
                        text=text, label=label))  # fmt: skip
    for i, pcode in enumerate(MOJ_LAWS, 1):
        path = f"FalVMingLing/{pcode}.json"
        text, label = moj_page(path, ("行政程序法", "中央法規標準法", "公務員服務法"))
        out.append(dict(name=f"tw_lawdb_{i}", site="law.moj.gov.tw", repo=MOJ, path=path, enc="cp950",
                        text=text, label=label))  # fmt: skip
    for name, path, site, outlet in LAW:
        text, label = law_page(path, outlet, ("关于加强安全防范工作的通知", "年度工作要点", "政策问答"))
        out.append(dict(name=name, site=site, repo=LAW_REPO, path=path, enc="utf-8", text=text,
                        label=label))  # fmt: skip
    for name, repo, path in MARKDOWN:
        raw = git(repo, "show", f"HEAD:{path}")
        out.append(dict(name=name, site=f"github.com/{repo}", repo=repo, path=path, enc="md", raw=raw,
                        label=markdown_label(raw)))  # fmt: skip
    return out


LAW_REPO = "LawRefBook/Laws"


def finish(page: dict[str, Any]) -> tuple[str, bytes, dict[str, Any]]:
    """(file name, bytes, label) with the hand check applied."""
    enc = page["enc"]
    suffix = {"utf-8": ".txt", "cp950": "_big5.txt", "md": ".md"}[enc]
    fname = page["name"] + suffix
    data = page["raw"] if enc == "md" else page["text"].encode(enc)
    repo = page["repo"]
    commit = head(repo)
    label = {"file": fname, "site": page["site"], "source": f"{repo} {page['path']} @{commit}",
             **page["label"], "confidence": "medium",
             "notes": "generated by bench/freshset/build.py from the source's own markup"}  # fmt: skip
    fix = HANDCHECK.get(page["name"])
    if fix:
        label.update({k: v for k, v in fix.items() if k != "audit"})
        label["confidence"] = "high"
        label["notes"] += "; hand-checked: " + fix.get("audit", "")
    page["commit"] = commit
    return fname, data, label


def source_row(page: dict[str, Any], fname: str) -> str:
    repo, path, commit = page["repo"], page["path"], page["commit"]
    url = f"https://github.com/{repo}/blob/{commit}/{path}"
    return f"| {fname} | {page['site']} | {repo} · {path} · {commit[:12]} | {LICENCES[repo]} | {url} |"


LICENCES = {
    TERM: "MIT (repo LICENSE, the Jekyll theme); article text (c) the original outlet",
    JUDICIAL: "Unlicense (repo); judgments are public documents (Taiwan Copyright Act art. 9)",
    MOJ: "none stated in repo; laws are not protected (Taiwan Copyright Act art. 9)",
    LAW_REPO: "none stated in repo; laws, regulations and official documents are not protected "
    "(PRC Copyright Law art. 5)",
    **{repo: licence for repo, licence in (
        ("CyC2018/CS-Notes", "none stated (README: 本仓库的内容不是将网上的资料随意拼凑而来…)"),
        ("jackfrued/Python-100-Days", "none stated"),
        ("labuladong/fucking-algorithm", "none stated (README: 转载请注明出处)"),
        ("youngyangyang04/leetcode-master", "none stated"))},
}  # fmt: skip


def show(page: dict[str, Any]) -> None:
    _fname, data, label = finish(page)
    text = data.decode("cp950" if page["enc"] == "cp950" else "utf-8")
    heads = {h["text"] for h in label["headings"]}
    for i, ln in enumerate(text.splitlines()):
        print(f"{i:4} {'H' if ln.strip() in heads else ' '} {ln[:100]}")
    print(json.dumps(label, ensure_ascii=False, indent=1))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", help="print one page's numbered lines and its label")
    a = ap.parse_args()
    rows = []
    for folder in ("pages", "labels"):
        (HERE / folder).mkdir(exist_ok=True)
    for page in pages():
        if a.show:
            if page["name"] == a.show:
                show(page)
            continue
        fname, data, label = finish(page)
        (HERE / "pages" / fname).write_bytes(data)
        stem = fname.rsplit(".", 1)[0]
        (HERE / "labels" / f"{stem}.json").write_text(
            json.dumps(label, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        rows.append(source_row(page, fname))
    if not a.show:
        print("\n".join(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
