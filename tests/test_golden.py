"""Golden end-to-end cases: small stories under tests/cases/<name>/ with the findings they must produce.

Each folder holds two or three articles and an expected.yaml:

    findings:              # each must be found: a finding of this verdict and field over both spans
      - verdict: contradiction
        field: quantity
        spans: [{source: a.md, text: "18 injured"}, {source: b.md, text: "17 wounded"}]
    must_not_contradict:   # pairs of spans that no finding may set against each other
      - [{source: a.md, text: "in Kyiv"}, {source: b.md, text: "across Ukraine"}]

A contradiction must list the pair among its conflicts; an agreement must put both claims in one value cluster.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from factcheck.align import SentenceEmbedder
from factcheck.models import Finding, FindingClaim, Report
from factcheck.pipeline import compare_sources, load_sources

CASES_DIR = Path(__file__).parent / "cases"
CASES = sorted(p for p in CASES_DIR.iterdir() if p.is_dir())

Located = tuple[str, int, int]  # source path, start, end


def locate(case: Path, span: dict[str, str]) -> Located:
    path = case / span["source"]
    start = path.read_text(encoding="utf-8").find(span["text"])
    assert start >= 0, f"expected.yaml names {span['text']!r}, which is not in {path}"
    return str(path), start, start + len(span["text"])


def claims_over(finding: Finding, where: Located) -> list[int]:
    source, start, end = where
    return [k for k, c in enumerate(finding.claims) if c.source == source and c.start < end and start < c.end]


def pairs_over(finding: Finding, left: Located, right: Located) -> list[tuple[int, int]]:
    return [(i, j) for i in claims_over(finding, left) for j in claims_over(finding, right)]


def holds(finding: Finding, verdict: str, i: int, j: int) -> bool:
    if verdict == "contradiction":
        return (min(i, j), max(i, j)) in finding.conflicts
    if verdict == "agreement":
        return finding.claims[i].cluster == finding.claims[j].cluster
    return True


def show(claim: FindingClaim) -> str:
    return f"{Path(claim.source).name}: {claim.text!r} = {claim.value}"


def describe(report: Report) -> str:
    """The findings, for the failure message: what was found instead."""
    return "\n".join(
        f"  {f.verdict.value} [{f.field.value}] {f.reason} :: " + " | ".join(show(c) for c in f.claims)
        for f in report.findings
        if f.verdict.value != "unique"
    )


@pytest.fixture(scope="module")
def reports(embedder: SentenceEmbedder) -> dict[str, Report]:
    """Every case compared once, shared by the tests of this module."""
    found = {}
    for case in CASES:
        paths = [str(p) for p in sorted(case.glob("*.md"))]
        found[case.name] = compare_sources(load_sources(paths), embedder=embedder)
    return found


def expectations(case: Path) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((case / "expected.yaml").read_text(encoding="utf-8"))
    return data


def test_cases_are_well_formed() -> None:
    assert len(CASES) >= 4
    for case in CASES:
        expected = expectations(case)
        assert 2 <= len(list(case.glob("*.md"))) <= 3, case.name
        for item in expected["findings"]:
            assert item["verdict"] in {"contradiction", "agreement", "not_comparable"}
            assert len(item["spans"]) == 2
            for span in item["spans"]:
                locate(case, span)
        for pair in expected.get("must_not_contradict") or []:
            for span in pair:
                locate(case, span)


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_expected_findings_are_present(case: Path, reports: dict[str, Report]) -> None:
    report = reports[case.name]
    for item in expectations(case)["findings"]:
        left, right = (locate(case, span) for span in item["spans"])
        matching = [
            f
            for f in report.findings
            if f.verdict.value == item["verdict"]
            and f.field.value == item["field"]
            and any(holds(f, item["verdict"], i, j) for i, j in pairs_over(f, left, right))
        ]
        wanted = " / ".join(repr(span["text"]) for span in item["spans"])
        assert matching, f"no {item['verdict']} on {item['field']} over {wanted}; found:\n{describe(report)}"


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_lookalikes_are_not_contradictions(case: Path, reports: dict[str, Report]) -> None:
    report = reports[case.name]
    for pair in expectations(case).get("must_not_contradict") or []:
        left, right = (locate(case, span) for span in pair)
        flagged = [
            f for f in report.findings if any(holds(f, "contradiction", i, j) for i, j in pairs_over(f, left, right))
        ]
        wanted = " / ".join(repr(span["text"]) for span in pair)
        assert not flagged, f"{wanted} reported as a contradiction:\n{describe(report)}"


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_every_span_points_at_its_text(case: Path, reports: dict[str, Report]) -> None:
    for finding in reports[case.name].findings:
        for claim in finding.claims:
            assert Path(claim.source).read_text(encoding="utf-8")[claim.start : claim.end] == claim.text
