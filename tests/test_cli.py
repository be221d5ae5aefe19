"""The command line: exit codes (0 clean, 1 contradictions, 2 usage or input error), stdout vs stderr, JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from builders import HashingEmbedder, WriteArticle
from click.testing import CliRunner, Result

from factcheck.align import SentenceEmbedder
from factcheck.cli import main
from factcheck.models import SCHEMA_VERSION

CONTRADICTING = (
    "At least six people were killed and 18 injured in Kyiv on Monday, officials said.",
    "Six people were killed and 17 injured in Kyiv on Monday, officials said.",
)
AGREEING = (
    "At least six people were killed in Kyiv on Monday, officials said.",
    "Six people were killed in Kyiv on Monday, officials said.",
)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def model(monkeypatch: pytest.MonkeyPatch, embedder: SentenceEmbedder) -> SentenceEmbedder:
    """Hand compare the session's model instead of loading a new one for every invocation."""
    monkeypatch.setattr("factcheck.pipeline.SentenceEmbedder", lambda model=None, **options: embedder)
    return embedder


def articles(write_article: WriteArticle, bodies: tuple[str, str]) -> list[str]:
    return [str(write_article(name, body)) for name, body in zip(("a.md", "b.md"), bodies, strict=True)]


def assert_usage_error(result: Result) -> None:
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("factcheck: error:"), result.stderr


def test_help(runner: CliRunner) -> None:
    result = runner.invoke(main, ["--help"])
    assert result.exit_code == 0
    assert "compare" in result.stdout and "eval" in result.stdout


def test_compare_help_documents_exit_codes(runner: CliRunner) -> None:
    result = runner.invoke(main, ["compare", "--help"])
    assert result.exit_code == 0
    assert "--fail-on" in result.stdout and "Exit codes" in result.stdout


def test_compare_needs_two_sources(runner: CliRunner, write_article: WriteArticle) -> None:
    result = runner.invoke(main, ["compare", str(write_article("a.md", CONTRADICTING[0]))])
    assert_usage_error(result)
    assert "at least two sources" in result.stderr


def test_compare_missing_file(runner: CliRunner, write_article: WriteArticle, tmp_path: Path) -> None:
    result = runner.invoke(main, ["compare", str(write_article("a.md", AGREEING[0])), str(tmp_path / "gone.md")])
    assert_usage_error(result)
    assert "gone.md does not exist" in result.stderr


@pytest.mark.parametrize("value", ["bogus", "1.5", "-0.1"])
def test_compare_bad_fail_on(runner: CliRunner, write_article: WriteArticle, value: str) -> None:
    paths = articles(write_article, AGREEING)
    result = runner.invoke(main, ["compare", *paths, "--fail-on", value])
    assert_usage_error(result)
    assert "--fail-on" in result.stderr


def test_compare_date_for_a_file_that_is_not_a_source(runner: CliRunner, write_article: WriteArticle) -> None:
    paths = articles(write_article, AGREEING)
    result = runner.invoke(main, ["compare", *paths, "--date", "other.md=2025-10-22"])
    assert_usage_error(result)
    assert "other.md" in result.stderr


def test_compare_malformed_date_option(runner: CliRunner, write_article: WriteArticle) -> None:
    paths = articles(write_article, AGREEING)
    result = runner.invoke(main, ["compare", *paths, "--date", f"{paths[0]}=22/10/2025"])
    assert_usage_error(result)


@pytest.mark.slow
def test_compare_contradiction_exits_1_with_json(
    runner: CliRunner, write_article: WriteArticle, model: SentenceEmbedder
) -> None:
    paths = articles(write_article, CONTRADICTING)
    result = runner.invoke(main, ["compare", *paths, "--format", "json"])
    assert result.exit_code == 1, result.output

    document = json.loads(result.stdout)
    assert document["schema_version"] == SCHEMA_VERSION
    assert document["summary"]["contradiction"] >= 1
    quantity = [f for f in document["findings"] if f["verdict"] == "contradiction" and f["field"] == "quantity"]
    assert len(quantity) == 1, document["findings"]
    [finding] = quantity
    assert {claim["source"] for claim in finding["claims"]} == set(paths)
    assert finding["conflicts"] == [[0, 1]]
    for claim in finding["claims"]:
        assert {"source", "text", "start", "end", "line", "value", "cluster"} <= set(claim)
        assert Path(claim["source"]).read_text(encoding="utf-8")[claim["start"] : claim["end"]] == claim["text"]
    assert sorted(claim["value"] for claim in finding["claims"]) == ["17 injured", "18 injured"]


@pytest.mark.slow
def test_compare_fail_on_never_exits_0(runner: CliRunner, write_article: WriteArticle, model: SentenceEmbedder) -> None:
    result = runner.invoke(main, ["compare", *articles(write_article, CONTRADICTING), "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    assert "Contradictions" in result.stdout


@pytest.mark.slow
def test_compare_fail_on_threshold_above_every_confidence_exits_0(
    runner: CliRunner, write_article: WriteArticle, model: SentenceEmbedder
) -> None:
    result = runner.invoke(main, ["compare", *articles(write_article, CONTRADICTING), "--fail-on", "1"])
    assert result.exit_code == 0, result.output


@pytest.mark.slow
def test_compare_output_file(
    runner: CliRunner, write_article: WriteArticle, model: SentenceEmbedder, tmp_path: Path
) -> None:
    out = tmp_path / "out.json"
    result = runner.invoke(
        main, ["compare", *articles(write_article, CONTRADICTING), "--format", "json", "-o", str(out)]
    )
    assert result.exit_code == 1, result.output
    assert result.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["schema_version"] == SCHEMA_VERSION
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out.json")] == []  # no temporary file left


@pytest.mark.slow
def test_compare_agreeing_articles_exit_0(
    runner: CliRunner, write_article: WriteArticle, model: SentenceEmbedder
) -> None:
    result = runner.invoke(main, ["compare", *articles(write_article, AGREEING), "--format", "json"])
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["summary"]["contradiction"] == 0
    assert any(f["verdict"] == "agreement" and f["field"] == "quantity" for f in document["findings"])


@pytest.mark.slow
def test_compare_warns_on_stderr_about_unknown_dates(
    runner: CliRunner, write_article: WriteArticle, model: SentenceEmbedder
) -> None:
    paths = [str(write_article(n, body, date=None)) for n, body in zip(("a.md", "b.md"), AGREEING, strict=True)]
    result = runner.invoke(main, ["compare", *paths, "--date", f"{paths[0]}=2025-10-22"])
    assert result.exit_code == 0, result.output
    assert "warning" in result.stderr and "b.md" in result.stderr and "a.md" not in result.stderr
    assert "warning" not in result.stdout.split("\n")[0]


def test_eval_bad_gold_file(runner: CliRunner, tmp_path: Path, write_article: WriteArticle) -> None:
    articles(write_article, AGREEING)
    gold = tmp_path / "gold.yaml"
    gold.write_text("story: x\nitems: [\n", encoding="utf-8")
    result = runner.invoke(main, ["eval", str(tmp_path), str(gold)])
    assert_usage_error(result)
    assert "not valid YAML" in result.stderr


def test_eval_needs_both_story_and_gold(runner: CliRunner, tmp_path: Path) -> None:
    assert_usage_error(runner.invoke(main, ["eval", str(tmp_path)]))


def test_a_report_written_to_a_file_says_where(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("factcheck.pipeline.SentenceEmbedder", lambda model=None, **options: HashingEmbedder())
    a, b = tmp_path / "a.md", tmp_path / "b.md"
    a.write_text("Six people were killed and 18 injured in Kyiv on Monday.\n", encoding="utf-8")
    b.write_text("Six people were killed and 17 injured in Kyiv on Monday.\n", encoding="utf-8")
    out = tmp_path / "report.json"
    result = CliRunner().invoke(main, ["compare", str(a), str(b), "-o", str(out), "-o", "markdown:-"])
    assert result.stderr.splitlines()[-1] == f"factcheck: wrote the json report to {out}"
    assert out.exists() and result.stdout.startswith("#")
    quiet = CliRunner().invoke(main, ["compare", str(a), str(b), "-o", str(out), "-q"])
    assert quiet.stderr == "" and quiet.exit_code == result.exit_code
