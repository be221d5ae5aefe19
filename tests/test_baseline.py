"""Baselines and inline `<!-- factcheck: ignore -->` comments: what they suppress, what they leave, what they warn."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from builders import HashingEmbedder
from click.testing import CliRunner, Result

from factcheck.align import SentenceEmbedder
from factcheck.baseline import Baseline, BaselineEntry, baseline_from_report, load_baseline, render_baseline
from factcheck.cli import main
from factcheck.config import Settings
from factcheck.errors import InputError
from factcheck.ingest import source_from_bytes
from factcheck.models import FieldName, Finding, FindingClaim, Report, Source, Verdict
from factcheck.pipeline import check_sources, load_sources
from factcheck.rules import fingerprint
from factcheck.segment import split_sentences
from factcheck.suppress import apply_suppressions, ignore_comments, suppress_baselined, suppress_inline

SOURCES = Path(__file__).parent.parent / "sources" / "rutte-washington"

DRAFT = """\
---
outlet: Draft desk
date: 2025-10-22
title: Rutte meets Trump as Kyiv counts its dead
---

NATO Secretary General Mark Rutte met President Donald Trump at the White House at 4 p.m. local time on Wednesday.

A Russian drone attack on Kyiv killed at least six people and injured 25 in the capital, city officials said.

"He's the only one who can get this done," Zelenskyy said of Trump.

Secretary of State Marco Rubio spoke with Russian Foreign Minister Sergey Lavrov on Tuesday.
"""
NEW_CONTRADICTION = "\nThe shutdown of the U.S. government entered its 30th day.\n"
KYIV = "A Russian drone attack on Kyiv"
RUBIO = "Secretary of State Marco Rubio"


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    for key in Settings.model_fields:
        monkeypatch.delenv(f"FACTCHECK_{key.upper()}", raising=False)
    return CliRunner()


@pytest.fixture
def model(monkeypatch: pytest.MonkeyPatch, embedder: SentenceEmbedder) -> SentenceEmbedder:
    """check builds its embedder in factcheck.pipeline: hand it the session's model instead of a new one."""
    monkeypatch.setattr("factcheck.pipeline.SentenceEmbedder", lambda model=None, **options: embedder)
    return embedder


def draft_source(text: str, name: str = "draft.md") -> Source:
    return source_from_bytes(text.encode("utf-8"), name)


def finding_at(draft: Source, words: str, verdict: Verdict, field: FieldName, *, occurrence: int = 0) -> Finding:
    """A finding about `words` in the draft (the occurrence-th time they appear), with one source claim."""
    start = -1
    for _ in range(occurrence + 1):
        start = draft.text.index(words, start + 1)
    line = draft.text.count("\n", 0, start) + 1
    claims = [
        FindingClaim(
            source=draft.path,
            text=words,
            start=start,
            end=start + len(words),
            line=line,
            value=words,
            sentence=words,
            cluster=0,
        )
    ]
    if verdict is not Verdict.UNSUPPORTED:
        claims.append(
            FindingClaim(
                source="source.md",
                text="other",
                start=0,
                end=5,
                line=1,
                value="other",
                sentence="other",
                cluster=1 if verdict is Verdict.CONTRADICTED else 0,
            )
        )
    return Finding(
        id=f"{field.value}-{start}",
        verdict=verdict,
        field=field,
        confidence=0.8,
        reason=f"about {words}",
        claims=tuple(claims),
        conflicts=((0, 1),) if verdict is Verdict.CONTRADICTED else (),
    )


def report_of(draft: Source, *findings: Finding) -> Report:
    return Report(command="check", draft=draft.path, sources=(), findings=findings)


def lines_with(warnings: tuple[str, ...], fragment: str) -> list[str]:
    return [warning for warning in warnings if fragment in warning]


def cli_check(runner: CliRunner, draft: Path, *options: str) -> Result:
    return runner.invoke(main, ["check", str(draft), "--against", *sorted(map(str, SOURCES.glob("*.md"))), *options])


# --- inline comments -------------------------------------------------------------------------------------------


def test_comment_paragraphs_make_no_sentences() -> None:
    draft = draft_source(
        "<!-- factcheck: ignore contradicted-date -->\n\n"
        "<!-- factcheck: ignore -->\nSix people were killed on Monday.\n\n<!-- 25 injured, 2025-10-21 -->\n"
    )
    sentences = split_sentences(draft)
    assert [s.text for s in sentences] == ["Six people were killed on Monday."]


def test_bare_comment_suppresses_every_rule_in_its_paragraph_only() -> None:
    draft = draft_source(
        f"Intro.\n\n<!-- factcheck: ignore -->\n{KYIV} injured 25.\nOn Tuesday.\n\n{RUBIO} on Tuesday.\n"
    )
    quantity = finding_at(draft, "25", Verdict.CONTRADICTED, FieldName.QUANTITY)
    date_inside = finding_at(draft, "Tuesday", Verdict.UNSUPPORTED, FieldName.DATE)
    date_outside = finding_at(draft, "Tuesday", Verdict.CONTRADICTED, FieldName.DATE, occurrence=1)
    report = suppress_inline(report_of(draft, quantity, date_inside, date_outside), draft)
    assert report.findings == (date_outside,)
    suppressed = lines_with(report.warnings, "suppressed by the comment at draft.md:3")
    assert len(suppressed) == 2
    assert any("contradicted-quantity at draft.md:4 “25”" in line for line in suppressed)
    assert any("unsupported-claim at draft.md:5" in line for line in suppressed)
    assert not lines_with(report.warnings, "unused")


def test_named_rule_suppresses_only_that_rule() -> None:
    text = f"<!-- factcheck: ignore contradicted-date -->\n\n{KYIV} injured 25 on Tuesday.\n"
    draft = draft_source(text)
    quantity = finding_at(draft, "25", Verdict.CONTRADICTED, FieldName.QUANTITY)
    date = finding_at(draft, "Tuesday", Verdict.CONTRADICTED, FieldName.DATE)
    report = suppress_inline(report_of(draft, quantity, date), draft)
    assert report.findings == (quantity,)
    assert lines_with(report.warnings, "contradicted-date at draft.md:3 “Tuesday”")


def test_several_rules_and_stacked_comments() -> None:
    draft = draft_source(
        "<!-- factcheck: ignore contradicted-date, contradicted-time -->\n"
        "<!-- factcheck: ignore contradicted-quantity -->\n"
        f"{KYIV} at 4 p.m. injured 25 on Tuesday.\n"
    )
    findings = [
        finding_at(draft, "25", Verdict.CONTRADICTED, FieldName.QUANTITY),
        finding_at(draft, "Tuesday", Verdict.CONTRADICTED, FieldName.DATE),
        finding_at(draft, "4 p.m.", Verdict.CONTRADICTED, FieldName.TIME),
    ]
    report = suppress_inline(report_of(draft, *findings), draft)
    assert report.findings == ()
    assert not lines_with(report.warnings, "unused")


def test_supported_findings_are_left_alone_and_an_unused_comment_is_reported() -> None:
    draft = draft_source(f"<!-- factcheck: ignore -->\n{KYIV} injured 25.\n\n<!-- factcheck: ignore -->\n")
    supported = finding_at(draft, "25", Verdict.SUPPORTED, FieldName.QUANTITY)
    report = suppress_inline(report_of(draft, supported), draft)
    assert report.findings == (supported,)
    assert report.warnings == (
        "draft.md:1: unused suppression: this factcheck: ignore suppressed nothing",
        "draft.md:4: unused suppression: this factcheck: ignore suppressed nothing",
    )


def test_unknown_rule_id_and_directive_are_warned_about() -> None:
    draft = draft_source(
        "<!-- factcheck: ignore contradicted-dat -->\nOn Tuesday.\n\n<!-- factcheck: skip -->\nOn Monday.\n"
    )
    warnings: list[str] = []
    [comment] = ignore_comments(draft, warnings)
    assert comment.rules == frozenset({"contradicted-dat"})
    assert any("draft.md:1: unknown rule id 'contradicted-dat'" in w for w in warnings)
    assert any("draft.md:4: unknown factcheck directive 'skip'" in w for w in warnings)


def test_comments_in_front_matter_and_mid_line_are_not_directives() -> None:
    draft = source_from_bytes(
        b"---\ntitle: <!-- factcheck: ignore -->\n---\n\nSee <!-- factcheck: ignore --> this.\n", "d.md"
    )
    assert ignore_comments(draft) == []


# --- baselines -------------------------------------------------------------------------------------------------


def test_baseline_round_trip_and_suppression(tmp_path: Path) -> None:
    draft = draft_source(f"{KYIV} injured 25.\n\n{RUBIO} on Tuesday.\n\nSupported 6.\n")
    quantity = finding_at(draft, "25", Verdict.CONTRADICTED, FieldName.QUANTITY)
    date = finding_at(draft, "Tuesday", Verdict.UNSUPPORTED, FieldName.DATE)
    supported = finding_at(draft, "6", Verdict.SUPPORTED, FieldName.QUANTITY)
    baseline = baseline_from_report(report_of(draft, quantity, date, supported))
    assert [(e.rule, e.text) for e in baseline.findings] == [
        ("contradicted-quantity", "25"),
        ("unsupported-claim", "Tuesday"),
    ]
    path = tmp_path / "baseline.json"
    path.write_text(render_baseline(baseline), encoding="utf-8")
    assert json.loads(path.read_text(encoding="utf-8"))["version"] == 1
    assert load_baseline(path) == baseline

    new = finding_at(draft, "Rubio", Verdict.CONTRADICTED, FieldName.ATTRIBUTION)
    report = suppress_baselined(report_of(draft, quantity, new, supported), baseline, name=str(path))
    assert report.findings == (new, supported)
    assert len(lines_with(report.warnings, "suppressed by baseline: contradicted-quantity at draft.md:1")) == 1
    [unused] = lines_with(report.warnings, "unused baseline entry")
    assert unused.startswith(f"{path}: unused baseline entry {fingerprint(date)[:12]} (unsupported-claim")


def test_apply_suppressions_takes_comments_first() -> None:
    draft = draft_source(f"<!-- factcheck: ignore -->\n{KYIV} injured 25.\n")
    quantity = finding_at(draft, "25", Verdict.CONTRADICTED, FieldName.QUANTITY)
    baseline = baseline_from_report(report_of(draft, quantity))
    report = apply_suppressions(report_of(draft, quantity), draft, baseline)
    assert report.findings == ()
    assert lines_with(report.warnings, "suppressed by the comment")
    assert lines_with(report.warnings, "unused baseline entry")  # the comment got there first


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "does not exist"),
        ("{not json", "is not valid JSON"),
        ("[1, 2]", "is not a factcheck baseline"),
        ('{"version": 2, "findings": []}', "has version 2; this factcheck reads version 1"),
        ('{"version": 1, "findings": [{"rule": "x"}]}', "is malformed: findings.0.fingerprint"),
    ],
)
def test_bad_baselines_are_input_errors(tmp_path: Path, content: str | None, message: str) -> None:
    path = tmp_path / "baseline.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        load_baseline(path)


def test_bad_baseline_exits_2_before_any_work(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "baseline.json").write_text('{"version": 99}', encoding="utf-8")
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    result = runner.invoke(
        main,
        ["check", str(draft), "--against", str(tmp_path / "gone.md"), "--baseline", str(tmp_path / "baseline.json")],
    )
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("factcheck: error: baseline") and "version 99" in line


def test_baseline_from_the_config_file_is_relative_to_it(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "factcheck.toml").write_text('baseline = "missing-baseline.json"\n', encoding="utf-8")
    (tmp_path / "drafts").mkdir()
    draft = tmp_path / "drafts" / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    result = runner.invoke(main, ["check", str(draft), "--against", str(tmp_path / "gone.md")])
    assert result.exit_code == 2, result.output
    assert f"baseline {tmp_path / 'missing-baseline.json'} does not exist" in result.stderr


@pytest.mark.parametrize(
    ("outputs", "message"),
    [
        (["-o", "sarf:out.sarif"], "unknown format 'sarf'"),
        (["-o", "json:-", "-o", "text:-"], "stdout (-) is named twice"),
        (["-o", "a.json", "-o", "json:a.json"], "a.json is named twice"),
    ],
)
def test_bad_outputs_exit_2(runner: CliRunner, tmp_path: Path, outputs: list[str], message: str) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    result = runner.invoke(main, ["check", str(draft), "--against", str(tmp_path / "gone.md"), *outputs])
    assert result.exit_code == 2, result.output
    assert message in result.stderr


# --- with the model ------------------------------------------------------------------------------------------


def failing(document: dict[str, object]) -> list[tuple[str, str]]:
    findings = document["findings"]
    assert isinstance(findings, list)
    return sorted((f["field"], f["verdict"]) for f in findings if f["verdict"] != "supported")


@pytest.mark.slow
def test_baseline_round_trip_with_the_cli(runner: CliRunner, model: SentenceEmbedder, tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    baseline = tmp_path / "baseline.json"

    written = cli_check(runner, draft, "--write-baseline", str(baseline), "-o", "json:-")
    assert written.exit_code == 0, written.output
    assert f"wrote 3 findings to {baseline}" in written.stderr
    entries = json.loads(baseline.read_text(encoding="utf-8"))["findings"]
    assert sorted(e["rule"] for e in entries) == [
        "contradicted-attribution",
        "contradicted-date",
        "contradicted-quantity",
    ]
    assert {e["text"] for e in entries} == {"25", "on Tuesday", "He's the only one who can get this done"}

    again = cli_check(runner, draft, "--baseline", str(baseline), "-o", "json:-", "-o", f"text:{tmp_path / 'r.txt'}")
    assert again.exit_code == 0, again.output
    document = json.loads(again.stdout)  # -o json:- puts the JSON report on stdout beside the file
    assert failing(document) == []
    assert len(lines_with(tuple(document["warnings"]), "suppressed by baseline")) == 3
    assert "suppressed by baseline: contradicted-date" in again.stderr
    assert "unused" not in again.stderr
    assert "Contradicted by a source" not in (tmp_path / "r.txt").read_text(encoding="utf-8")

    draft.write_text(DRAFT + NEW_CONTRADICTION, encoding="utf-8")
    worse = cli_check(runner, draft, "--baseline", str(baseline), "--format", "json")
    assert worse.exit_code == 1, worse.output
    new = [f for f in json.loads(worse.stdout)["findings"] if f["verdict"] == "contradicted"]
    assert [(f["field"], f["claims"][0]["text"]) for f in new] == [("quantity", "30th day")]


@pytest.mark.slow
def test_fingerprints_survive_line_shifts(runner: CliRunner, model: SentenceEmbedder, tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    baseline = tmp_path / "baseline.json"
    assert cli_check(runner, draft, "--write-baseline", str(baseline)).exit_code == 0
    shifted = DRAFT.replace("---\n\n", "---\n\n\n\nEditor's note: this draft is under review.\n\n\n", 1)
    draft.write_text(shifted, encoding="utf-8")
    result = cli_check(runner, draft, "--baseline", str(baseline), "--format", "json")
    assert result.exit_code == 0, result.output
    assert failing(json.loads(result.stdout)) == []
    suppressed = [line for line in result.stderr.splitlines() if "suppressed by baseline" in line]
    assert len(suppressed) == 3, result.stderr
    for line, warning in zip((14, 16, 18), suppressed, strict=True):  # five lines further down than in DRAFT
        assert f"{draft}:{line} " in warning, warning
    assert "unused" not in result.stderr


@pytest.mark.slow
def test_inline_ignore_with_the_cli(runner: CliRunner, model: SentenceEmbedder, tmp_path: Path) -> None:
    text = DRAFT.replace(KYIV, f"<!-- factcheck: ignore contradicted-quantity -->\n{KYIV}").replace(
        RUBIO, f"<!-- factcheck: ignore contradicted-quantity -->\n\n{RUBIO}"
    )
    draft = tmp_path / "draft.md"
    draft.write_text(text, encoding="utf-8")
    result = cli_check(runner, draft, "--format", "json")
    assert result.exit_code == 1, result.output  # the date and the attribution still fail
    document = json.loads(result.stdout)
    assert failing(document) == [("attribution", "contradicted"), ("date", "contradicted")]
    assert any(f["field"] == "quantity" and f["verdict"] == "supported" for f in document["findings"])
    assert "suppressed by the comment at" in result.stderr and "contradicted-quantity" in result.stderr
    rubio_line = text.splitlines().index("<!-- factcheck: ignore contradicted-quantity -->", 10) + 1
    assert f"{draft}:{rubio_line}: unused suppression" in result.stderr
    sentences = [c["sentence"] for f in document["findings"] for c in f["claims"] if c["source"] == str(draft)]
    assert sentences and not any("<!--" in sentence for sentence in sentences)


@pytest.mark.slow
def test_report_shows_no_baselined_finding_as_a_failure(model: SentenceEmbedder, tmp_path: Path) -> None:
    sources = load_sources(sorted(SOURCES.glob("*.md")))
    draft = draft_source(DRAFT)
    report = check_sources(draft, sources, embedder=model)
    accepted = Baseline(
        findings=tuple(
            BaselineEntry(fingerprint=e.fingerprint, rule=e.rule, field=e.field, reason=e.reason)
            for e in baseline_from_report(report).findings
            if e.field is FieldName.DATE
        )
    )
    judged = apply_suppressions(report, draft, accepted)
    assert Settings().exit_code(judged) == 1
    assert [f.field for f in judged.findings if f.verdict is Verdict.CONTRADICTED] == [
        FieldName.QUANTITY,
        FieldName.ATTRIBUTION,
    ]


def test_the_library_judges_a_draft_as_the_command_does(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Inline suppressions, the baseline and --min-confidence apply in factcheck.check() as in `factcheck check`."""
    import factcheck
    from factcheck.report.json import render_json

    monkeypatch.setattr("factcheck.pipeline.SentenceEmbedder", lambda model=None, **options: HashingEmbedder())
    draft = tmp_path / "draft.md"
    draft.write_text(
        "---\ndate: 2025-10-22\n---\n\n<!-- factcheck: ignore -->\nEleven people were killed in Kyiv on Monday.\n\n"
        "Forty people were injured in Kyiv on Monday.\n\nThe talks were held in Geneva on Tuesday.\n",
        encoding="utf-8",
    )
    sources = [str(p) for p in sorted(SOURCES.glob("*.md"))]
    baseline = tmp_path / "baseline.json"
    runner = CliRunner()
    assert (
        runner.invoke(main, ["check", str(draft), "--against", *sources, "--write-baseline", str(baseline)]).exit_code
        == 0
    )
    (tmp_path / "later.md").write_text(
        draft.read_text(encoding="utf-8") + "\nNine drones were shot down.\n", encoding="utf-8"
    )
    options = ["--baseline", str(baseline), "--min-confidence", "0.5", "--format", "json", "-q"]
    command = runner.invoke(main, ["check", str(tmp_path / "later.md"), "--against", *sources, *options])
    library = factcheck.check(
        tmp_path / "later.md",
        sources,
        embedder=HashingEmbedder(),
        min_confidence=0.5,
        baseline=load_baseline(baseline),
        baseline_name=str(baseline),
    )
    assert command.stdout == render_json(library)
    judged = {f.claims[0].text for f in library.findings if f.confidence >= 0.5}
    assert {f.claims[0].text for f in library.findings} == judged, "nothing under --min-confidence"
    assert not any("Eleven" in text for text in judged), "the inline comment holds in the library"
