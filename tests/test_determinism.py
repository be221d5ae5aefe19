"""Determinism: the same inputs and options give byte-identical JSON and SARIF, run after run, whatever order the
sources are given in and whatever the interpreter's string hashing (PYTHONHASHSEED) is."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.align import SentenceEmbedder
from factcheck.cli import main

ROOT = Path(__file__).parent.parent
STORY = ROOT / "sources" / "harbor-strike"
TESTS = Path(__file__).parent


@pytest.fixture
def model(monkeypatch: pytest.MonkeyPatch, embedder: SentenceEmbedder) -> SentenceEmbedder:
    """The session's model for every command, instead of loading a new one for every invocation."""
    monkeypatch.setattr("factcheck.pipeline.SentenceEmbedder", lambda model=None, **options: embedder)
    monkeypatch.setattr("factcheck.align.SentenceEmbedder", lambda model=None, **options: embedder)
    return embedder


@pytest.fixture
def story(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Three accounts of one story, copied beside the test and named relative to it, as a user would."""
    names = ["meridian-wire.md", "meridian-wire-update.md", "northern-courier.md"]
    for name in names:
        shutil.copy(STORY / name, tmp_path / name)
    monkeypatch.chdir(tmp_path)
    return names


def reports(runner: CliRunner, argv: list[str]) -> tuple[bytes, bytes]:
    """The JSON and SARIF reports of one run, as bytes, written with -o as CI would."""
    for name in ("r.json", "r.sarif"):
        Path(name).unlink(missing_ok=True)
    result = runner.invoke(main, [*argv, "-o", "json:r.json", "-o", "sarif:r.sarif"])
    assert result.exit_code in (0, 1), result.output
    return Path("r.json").read_bytes(), Path("r.sarif").read_bytes()


@pytest.mark.slow
def test_compare_is_byte_identical_across_runs_and_source_orders(story: list[str], model: SentenceEmbedder) -> None:
    runner = CliRunner()
    first = reports(runner, ["compare", *story])
    assert first == reports(runner, ["compare", *story])
    assert first == reports(runner, ["compare", *reversed(story)])
    assert first == reports(runner, ["compare", story[1], story[2], story[0]])
    assert b'"contradiction"' in first[0]  # a report with something in it


@pytest.mark.slow
def test_check_is_byte_identical_across_runs_and_source_orders(story: list[str], model: SentenceEmbedder) -> None:
    runner = CliRunner()
    draft, *sources = story
    first = reports(runner, ["check", draft, "--against", *sources])
    assert first == reports(runner, ["check", draft, "--against", *sources])
    assert first == reports(runner, ["check", draft, "--against", *reversed(sources)])
    assert first == reports(runner, ["check", draft, "--against", sources[1], "--against", sources[0]])


# Renders every example story's compare and check reports in a fresh interpreter, with the hashing embedder, and
# prints a digest of them: a set or dict iterated in hash order anywhere on the way would change it.
RENDER_ALL = """
import glob, hashlib, sys
sys.path.insert(0, {tests!r})
from builders import HashingEmbedder
from factcheck.pipeline import check, compare
from factcheck.report import render

digest = hashlib.sha256()
paths = sorted(glob.glob({story!r} + "/*.md"))
for report in (compare(paths, embedder=HashingEmbedder()), check(paths[0], paths[1:], embedder=HashingEmbedder())):
    for fmt in ("json", "sarif"):
        digest.update(render(report, fmt).encode())
print(digest.hexdigest())
"""


def test_reports_do_not_depend_on_string_hashing() -> None:
    program = RENDER_ALL.format(tests=str(TESTS), story=str(STORY))
    digests = set()
    for seed in ("0", "1", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        result = subprocess.run(
            [sys.executable, "-c", program], capture_output=True, text=True, env=env, timeout=120, check=False
        )
        assert result.returncode == 0, result.stderr
        digests.add(result.stdout.strip())
    assert len(digests) == 1, digests
    assert len(hashlib.sha256().hexdigest()) == len(digests.pop())
