"""The SummEdits harness: the loader's errors, the decision rules, and the arithmetic of balanced accuracy.

The benchmark data is not ours and not here: every test writes its own tiny JSONL.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from factcheck.align import SentenceEmbedder
from factcheck.errors import InputError
from factcheck.models import FieldName, Finding, Report, Verdict
from factcheck.summedits import (
    DECISION_RULES,
    UNTYPED,
    PairPrediction,
    any_contradicted,
    any_flagged,
    confidently_contradicted,
    contradicted_or_new_negation,
    decision_rule,
    evaluate_summedits,
    load_summedits,
    render_rule_comparison,
    render_summedits,
    score_predictions,
    summedits_json,
)

DOC = (
    "Maria Lopez, the mayor of Springfield, said on Tuesday that the city will hire 40 new teachers this year. "
    "The plan will cost $3 million, Lopez told reporters at city hall. "
    "Council member Tom Becker said the council would vote on the plan next month."
)


def row(rid: str, summary: str, label: int, edit_types: list[str] | None = None, **extra: Any) -> dict[str, Any]:
    return {"id": rid, "doc": DOC, "summary": summary, "label": label, "edit_types": edit_types or [], **extra}


def write_jsonl(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "pairs.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_loader_reads_rows_and_keeps_extra_fields(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path, [json.dumps(row("a", "Fine.", 1, origin="test")), "", json.dumps(row("b", "x", 0))])
    rows = load_summedits(path)
    assert [(r.id, r.label, r.edit_types) for r in rows] == [("a", 1, ()), ("b", 0, ())]
    assert rows[0].model_extra == {"origin": "test"}


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        ([json.dumps(row("a", "Fine.", 1)), '{"id": "b", "doc": '], r"line 2: invalid JSON"),
        ([json.dumps({"id": "a", "doc": DOC, "label": 1})], r"line 1: missing field 'summary'"),
        ([json.dumps(row("a", "Fine.", 2))], r"line 1: field 'label': .*0 \(inconsistent\) or 1"),
        ([json.dumps(row("a", "   ", 1))], r"line 1: field 'summary': .*blank"),
        (["[1, 2]"], r"line 1: expected a JSON object, got list"),
        ([json.dumps(row("a", "x", 1)), json.dumps(row("a", "y", 0))], r"id 'a' appears twice"),
        (["", "  "], r"holds no rows"),
    ],
)
def test_loader_errors_name_the_line_and_field(tmp_path: Path, lines: list[str], message: str) -> None:
    with pytest.raises(InputError, match=message):
        load_summedits(write_jsonl(tmp_path, lines))


def test_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist"):
        load_summedits(tmp_path / "nope.jsonl")


def test_unknown_rule_lists_the_rules() -> None:
    with pytest.raises(InputError, match="choose one of any_contradicted"):
        decision_rule("majority_vote")
    assert decision_rule("any_flagged") is any_flagged


def prediction(pid: str, label: int, predicted: int, *edit_types: str, seconds: float = 1.0) -> PairPrediction:
    return PairPrediction(id=pid, label=label, predicted=predicted, edit_types=edit_types, seconds=seconds)


def test_balanced_accuracy_and_edit_type_rows() -> None:
    """4 inconsistent pairs, 3 found; 2 consistent pairs, 1 flagged: BA = (3/4 + 1/2) / 2."""
    predictions = [
        prediction("e1", 0, 0, "entity_modification"),
        prediction("e2", 0, 0, "entity_modification", "antonym_swap"),
        prediction("e3", 0, 1, "antonym_swap"),
        prediction("u1", 0, 0),
        prediction("c1", 1, 1, seconds=2.0),
        prediction("c2", 1, 0, "entity_modification", seconds=3.0),  # consistent despite an edit: not in the rows
    ]
    result = score_predictions(predictions, rule="test")

    assert (result.n, result.inconsistent, result.consistent) == (6, 4, 2)
    assert result.recall == 0.75
    assert result.specificity == 0.5
    assert result.balanced_accuracy == 0.625
    rows = {r.edit_type: (r.pairs, r.detected, r.recall) for r in result.edit_types}
    assert rows == {"entity_modification": (2, 2, 1.0), "antonym_swap": (2, 1, 0.5), UNTYPED: (1, 1, 1.0)}
    assert [r.edit_type for r in result.edit_types] == ["entity_modification", "antonym_swap", UNTYPED]
    assert (result.seconds_total, result.seconds_mean) == (9.0, 1.5)
    assert [p.correct for p in result.predictions] == [True, True, False, True, True, False]


def test_a_score_per_domain_when_rows_name_one() -> None:
    predictions = [
        PairPrediction(id="p1", label=0, predicted=0, domain="podcast"),
        PairPrediction(id="p2", label=1, predicted=0, domain="podcast"),
        PairPrediction(id="n1", label=0, predicted=0, domain="news"),
        PairPrediction(id="n2", label=1, predicted=1, domain="news"),
    ]
    result = score_predictions(predictions, rule="test")
    rows = {d.domain: (d.pairs, d.recall, d.specificity, d.balanced_accuracy) for d in result.domains}
    assert rows == {"news": (2, 1.0, 1.0, 1.0), "podcast": (2, 1.0, 0.0, 0.5)}
    assert [d.domain for d in result.domains] == ["news", "podcast"]
    assert "podcast" in render_summedits(result)
    assert score_predictions([prediction("e1", 0, 0)], rule="test").domains == ()


def test_balanced_accuracy_is_none_without_one_class() -> None:
    result = score_predictions([prediction("e1", 0, 0, "antonym_swap")], rule="test")
    assert (result.recall, result.specificity, result.balanced_accuracy) == (1.0, None, None)
    assert "balanced accuracy -" in render_summedits(result)


def test_render_shows_every_row_and_the_time() -> None:
    result = score_predictions([prediction("e1", 0, 0, "antonym_swap"), prediction("c1", 1, 0)], rule="rule_x")
    text = render_summedits(result)
    assert "rule rule_x" in text
    assert "balanced accuracy 50.0  recall 100.0  specificity 0.0" in text
    assert "antonym_swap" in text and "consistent" in text
    assert "seconds per pair: mean 1.00, total 2.0" in text
    assert "rule_x" in render_rule_comparison([result])
    assert json.loads(summedits_json(result))["balanced_accuracy"] == 0.5


def finding(fid: str, verdict: Verdict, field: FieldName, confidence: float) -> Finding:
    return Finding(id=fid, verdict=verdict, field=field, confidence=confidence, reason=f"reason {fid}", claims=())


def test_decision_rules_pick_their_findings() -> None:
    report = Report(
        command="check",
        sources=(),
        findings=(
            finding("weak", Verdict.CONTRADICTED, FieldName.QUANTITY, 0.65),
            finding("strong", Verdict.CONTRADICTED, FieldName.QUANTITY, 0.85),
            finding("not", Verdict.UNSUPPORTED, FieldName.NEGATION, 0.5),
            finding("year", Verdict.UNSUPPORTED, FieldName.DATE, 0.5),
            finding("ok", Verdict.SUPPORTED, FieldName.QUANTITY, 0.9),
        ),
    )

    def ids(findings: list[Finding]) -> list[str]:
        return [f.id for f in findings]

    assert ids(any_contradicted(report)) == ["weak", "strong"]
    assert ids(confidently_contradicted(report)) == ["strong"]
    assert ids(any_flagged(report)) == ["weak", "strong", "not", "year"]
    assert ids(contradicted_or_new_negation(report)) == ["weak", "strong", "not"]
    assert all(rule.__doc__ for rule in DECISION_RULES.values())


@pytest.mark.slow
def test_three_pairs_end_to_end(tmp_path: Path, embedder: SentenceEmbedder) -> None:
    """Structure only: every pair gets a prediction and every figure is a fraction. The score is not tested."""
    path = write_jsonl(
        tmp_path,
        [
            json.dumps(row("same", "Springfield will hire 40 new teachers this year, mayor Maria Lopez said.", 1)),
            json.dumps(
                row("number", "Springfield will hire 75 new teachers this year, mayor Maria Lopez said.", 0, ["x"])
            ),
            json.dumps(
                row(
                    "name",
                    "Springfield will hire 40 new teachers this year, mayor Tom Becker said.",
                    0,
                    ["entity_modification"],
                )
            ),
        ],
    )
    result = evaluate_summedits(load_summedits(path), embedder=embedder)

    assert (result.n, result.inconsistent, result.consistent) == (3, 2, 1)
    assert [p.id for p in result.predictions] == ["same", "number", "name"]
    assert all(p.predicted in (0, 1) and p.seconds > 0 for p in result.predictions)
    assert all(bool(p.reasons) == (p.predicted == 0) for p in result.predictions)
    for value in (result.balanced_accuracy, result.recall, result.specificity):
        assert value is not None and 0.0 <= value <= 1.0
    assert {r.edit_type: r.pairs for r in result.edit_types} == {"entity_modification": 1, "x": 1}
    assert result.seconds_total > 0
