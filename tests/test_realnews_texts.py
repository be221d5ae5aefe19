"""scripts/realnews_texts.py: the texts folder rebuilt from saved search answers, every text checked by sha256."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from types import ModuleType

import pytest
from builders import load_script

# Our own writing; the second excerpt of one url is the one a later crawl of the page gave.
WIRE = "VALDRA, May 2 - Floods killed 12 people, officials said.\u00a0\n"
PAPER = "The toll has risen to 20.\n"


@pytest.fixture(scope="module")
def script() -> ModuleType:
    return load_script("realnews_texts")


def manifest(folder: Path, rows: list[tuple[str, str, str]]) -> Path:
    sources = folder / "sources"
    (sources / "floods").mkdir(parents=True)
    lines = ["slug\turl\tdate\toutlet\tsha256\tquery"]
    lines += [
        f"{slug}\t{url}\tunknown\tOutlet\t{hashlib.sha256(text.encode()).hexdigest()}\tq" for slug, url, text in rows
    ]
    (sources / "floods" / "articles.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return sources


def test_each_row_takes_the_excerpt_of_its_url_with_its_sha256(script: ModuleType, tmp_path: Path) -> None:
    sources = manifest(tmp_path, [("wire", "https://w.example/a", WIRE), ("paper", "https://p.example/b", PAPER)])
    answers = tmp_path / "answers"
    answers.mkdir()
    results = [
        {"url": "https://w.example/a", "excerpt": WIRE.replace("\u00a0", " ")},  # looks the same, is not
        {"url": "https://w.example/a", "excerpt": WIRE},
        {"url": "https://w.example/a", "excerpt": WIRE + "More."},
        {"url": "https://other.example/", "excerpt": "Unrelated."},
    ]
    (answers / "q1.json").write_text(json.dumps({"query": "q", "results": results}), encoding="utf-8")
    (answers / "paper.json").write_text(json.dumps({"url": "https://p.example/b", "excerpt": PAPER}), encoding="utf-8")
    (answers / "cut.json").write_text('{"results": [{"url": "https://p.ex', encoding="utf-8")  # a cut-off save
    (answers / "odd.json").write_text(json.dumps({"results": None, "url": 3}), encoding="utf-8")
    outcome = script.rebuild(answers, tmp_path / "texts", sources)
    assert outcome == {"ok": ["floods/wire", "floods/paper"], "no answer": [], "mismatch": []}
    assert (tmp_path / "texts" / "floods" / "wire.txt").read_bytes() == WIRE.encode()
    assert (tmp_path / "texts" / "floods" / "paper.txt").read_bytes() == PAPER.encode()


def test_rows_without_their_excerpt_are_named_and_nothing_wrong_is_written(
    script: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sources = manifest(tmp_path, [("wire", "https://w.example/a", WIRE), ("paper", "https://p.example/b", PAPER)])
    answers = tmp_path / "answers"
    answers.mkdir()
    (answers / "a.json").write_text(
        json.dumps([{"url": "https://w.example/a", "excerpt": "Edited."}]), encoding="utf-8"
    )
    code = script.main([str(answers), str(tmp_path / "texts"), "--sources", str(sources)])
    assert code == 1
    out = capsys.readouterr().out
    assert "mismatch: floods/wire" in out and "no answer: floods/paper" in out
    assert not (tmp_path / "texts" / "floods").exists()
