#!/usr/bin/env python3
"""Build bench/devset/md2: Markdown by Chinese authors from repositories no other set uses.

    .venv/bin/python bench/devset/md2/build.py              # writes pages/, labels/, the SOURCES table
    .venv/bin/python bench/devset/md2/build.py --show NAME  # one page's numbered lines and its label

Each file is copied byte for byte from a snapshot under /work/.mirror (`fetch github:OWNER/NAME`);
labels are drafted from the markup by ../extra/mdlabel.py and every one is then read against the page
and corrected in handcheck.json (its `audit` says what and why).
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
MIRROR = Path("/work/.mirror")
sys.path.insert(0, str(HERE.parent / "extra"))
from mdlabel import _front_matter, _Scanner, parse, strip_inline  # noqa: E402

# (repository, path, licence)
SOURCES: list[tuple[str, str, str]] = [
    ("ymcui/Chinese-LLaMA-Alpaca", "README.md", "Apache-2.0 (LICENSE.md)"),
    ("ymcui/Chinese-BERT-wwm", "README.md", "Apache-2.0"),
    ("THUDM/ChatGLM-6B", "README.md", "Apache-2.0 (code; the model weights have their own)"),
    ("THUDM/ChatGLM-6B", "ptuning/README.md", "Apache-2.0 (code; the model weights have their own)"),
    ("twtrubiks/docker-tutorial", "docker-env-tutorial/README.md", "MIT"),
    ("twtrubiks/docker-tutorial", "docker-compose-override/README.md", "MIT"),
    ("doggy8088/Learn-Git-in-30-days", "zh-tw/05.md", "none stated"),
    ("doggy8088/Learn-Git-in-30-days", "zh-cn/12.md", "none stated"),
    ("justjavac/free-programming-books-zh_CN", "what-non-programming-books-should-programmers-read.md",
     "GPL-3.0"),
    ("LC044/WeChatMsg", "readme.md", "none stated (no LICENSE file)"),
    ("alist-org/alist", "README_cn.md", "AGPL-3.0"),
    ("ChatGPTNextWeb/NextChat", "README_CN.md", "MIT"),
    ("ChatGPTNextWeb/NextChat", "docs/faq-cn.md", "MIT"),
    ("dunwu/nginx-tutorial", "docs/nginx-introduction.md", "CC BY-SA 4.0"),
    ("lib-pku/libpku", "README.md", "none stated"),
    ("hexojs/site", "source/zh-cn/docs/writing.md", "MIT"),
    ("hexojs/site", "source/zh-cn/docs/front-matter.md", "MIT"),
    ("vitejs/docs-cn", "guide/philosophy.md", "CC BY-NC-SA 4.0"),
    ("521xueweihan/HelloGitHub", "content/HelloGitHub99.md", "none stated"),
    ("SwiftOldDriver/iOS-Weekly", "Reports/2026/#378-2026.08.31.md", "Apache-2.0"),
    ("ruanyf/es6tutorial", "docs/let.md", "CC BY-NC 4.0 (README)"),
    ("ruanyf/es6tutorial", "docs/intro.md", "CC BY-NC 4.0 (README)"),
    ("hollischuang/toBeTopJavaer", "docs/basics/java-basic/boxing-unboxing.md", "none stated"),
    ("apachecn/ailearning", "docs/ml/1.md", "CC BY-NC-SA 4.0"),
    ("huihut/interview", "STL/README.md", "CC BY-NC-SA 4.0"),
    ("qianguyihao/Web", "11-Node.js/WebSocket.md", "CC BY-NC-SA 4.0 (LICENSE.md)"),
    ("jobbole/awesome-python-cn", "README.md", "CC BY 4.0"),
    ("1c7/chinese-independent-developer", "pages/README-Game.md", "none stated"),
    ("hiyouga/LLaMA-Factory", "README_zh.md", "Apache-2.0"),
    ("hiyouga/LLaMA-Factory", "examples/README_zh.md", "Apache-2.0"),
]


def git_dir(repo: str) -> Path:
    d = MIRROR / repo.replace("/", "+") / "repo"
    return d / ".git" if (d / ".git").is_dir() else d


def git(repo: str, *args: str) -> bytes:
    return subprocess.run(["git", "-C", str(git_dir(repo)), *args], capture_output=True, check=True).stdout


def slug(repo: str) -> str:
    return repo.replace("/", "-").lower().replace(".", "-").replace("_", "-")


def names() -> list[tuple[str, str, str, str]]:
    counters: dict[str, int] = {}
    out = []
    for repo, path, licence in SOURCES:
        s = slug(repo)
        counters[s] = counters.get(s, 0) + 1
        out.append((f"md2_{s}_{counters[s]}.md", repo, path, licence))
    return out


def heads_of(text: str, fix: dict[str, Any]) -> tuple[str | None, list[dict[str, Any]]]:
    """(title, headings): the title is the first H1, else the front matter's title (or what
    handcheck says); a heading's level is its depth under the shallowest heading left."""
    lines = text.replace("\r\n", "\n").split("\n")
    fm_title, start = _front_matter(lines)
    sc = _Scanner()
    for k in range(start, len(lines)):
        sc.line(k, lines[k])
    heads = [(d, strip_inline(t)) for d, t, _ in sc.heads]
    h1 = [h for h in heads if h[0] == 1]
    if "title" in fix:
        title = fix["title"]
        if fix.get("title_is_heading"):
            heads = [h for h in heads if h[1] != title]
    elif h1:
        title = h1[0][1]
        heads.remove(h1[0])
    else:
        title = fm_title
    heads = [(d, t) for d, t in heads if t not in fix.get("not_headings", [])]
    heads = [(d, t) for d, t in fix.get("html_headings", [])] + heads
    top = min((d for d, _ in heads), default=1)
    return title, [{"text": t, "level": d - top + 1, "sub": None} for d, t in heads]


def build(handcheck: dict[str, dict[str, Any]]) -> list[str]:
    rows = []
    for name, repo, path, licence in names():
        commit = git(repo, "rev-parse", "HEAD").decode().strip()
        raw = git(repo, "show", f"HEAD:{path}")
        (HERE / "pages" / name).write_bytes(raw)
        text = raw.decode("utf-8")
        p = parse(text)
        fix = handcheck.get(name, {})
        title, heads = heads_of(text, fix)
        label: dict[str, Any] = {
            "file": name, "site": f"github.com/{repo}", "source": f"{repo} {path} @{commit}",
            "title": title, "subtitle": None, "headings": heads, "byline": None,
            "disclaimer": None, "body_first": p["body_first"], "body_last": p["body_last"],
            "dateline": None, "confidence": "high", "notes": "",
        }
        label.update({k: v for k, v in fix.items() if k in label and k not in ("title", "headings")})
        if "audit" in fix:
            label["notes"] = fix["audit"]
        (HERE / "labels" / (name[:-3] + ".json")).write_text(
            json.dumps(label, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        url = f"https://github.com/{repo}/blob/{commit}/{path}".replace("#", "%23")
        rows.append(f"| {name} | {repo} · {path} · {commit[:12]} | {licence} | {url} |")
    return rows


def show(name: str) -> None:
    text = (HERE / "pages" / name).read_text(encoding="utf-8")
    for i, line in enumerate(text.splitlines()):
        print(f"{i:4} {line}")
    print(json.dumps(json.loads((HERE / "labels" / (name[:-3] + ".json")).read_text("utf-8")),
                     ensure_ascii=False, indent=1))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show")
    a = ap.parse_args()
    if a.show:
        show(a.show)
        return 0
    hc_path = HERE / "handcheck.json"
    handcheck = json.loads(hc_path.read_text("utf-8")) if hc_path.exists() else {}
    rows = build(handcheck)
    print("| file | repository · path · commit | licence | URL |\n|---|---|---|---|")
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
