"""The evaluation harness: gold items matched to findings, and the counts behind precision and recall."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from factcheck.align import SentenceEmbedder
from factcheck.errors import InputError
from factcheck.evaluate import UNLINKED, evaluate_story, score
from factcheck.gold import GoldSpan, load_gold, locate
from factcheck.models import FieldName, Finding, FindingClaim, Report, SourceSummary, Verdict

ROOT = Path(__file__).parent.parent
A_TEXT = (
    "---\noutlet: Meridian Wire\ndate: 2025-10-22\n---\n\n"
    "A Russian strike on Kyiv on Monday killed six people and injured 18, officials said. "
    "Across Ukraine, 11 people were killed overnight.\n"
)
B_TEXT = (
    "---\noutlet: Kyiv Morning Post\ndate: 2025-10-22\n---\n\n"
    "Six people were killed and 17 wounded when a missile hit a Kyiv apartment block on Monday.\n"
)
GOLD: dict[str, Any] = {
    "story": "tiny-strike",
    "items": [
        {
            "id": "injured",
            "field": "quantity",
            "verdict": "contradiction",
            "spans": [{"source": "a.md", "text": "injured 18"}, {"source": "b.md", "text": "17 wounded"}],
        },
        {
            "id": "killed",
            "field": "quantity",
            "verdict": "agreement",
            "spans": [{"source": "a.md", "text": "killed six people"}, {"source": "b.md", "text": "Six people"}],
        },
        {
            "id": "scope",
            "field": "quantity",
            "verdict": "lookalike",
            "note": "11 across Ukraine vs six in Kyiv: different scopes",
            "spans": [{"source": "a.md", "text": "11 people"}, {"source": "b.md", "text": "Six people"}],
        },
    ],
}


@pytest.fixture
def story(tmp_path: Path) -> Path:
    folder = tmp_path / "tiny-strike"
    folder.mkdir()
    (folder / "a.md").write_text(A_TEXT, encoding="utf-8")
    (folder / "b.md").write_text(B_TEXT, encoding="utf-8")
    return folder


def write_gold(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "gold.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


def claim_at(story: Path, name: str, text: str, cluster: int) -> FindingClaim:
    """A finding claim exactly over `text` in the file `name`, as compare would report it."""
    content = (story / name).read_text(encoding="utf-8")
    start = content.index(text)
    return FindingClaim(
        source=str(story / name),
        text=text,
        start=start,
        end=start + len(text),
        line=content[:start].count("\n") + 1,
        value=text,
        sentence=text,
        cluster=cluster,
    )


def finding(
    fid: str, verdict: Verdict, claims: tuple[FindingClaim, ...], conflicts: tuple[tuple[int, int], ...] = ()
) -> Finding:
    return Finding(
        id=fid,
        verdict=verdict,
        field=FieldName.QUANTITY,
        confidence=0.8,
        reason=f"reason of {fid}",
        claims=claims,
        conflicts=conflicts,
    )


def hand_made_report(story: Path) -> Report:
    """Gets the contradiction and the agreement right, and wrongly flags the scope look-alike."""
    injured = finding(
        "f-injured",
        Verdict.CONTRADICTION,
        (claim_at(story, "a.md", "18", 0), claim_at(story, "b.md", "17 wounded", 1)),
        conflicts=((0, 1),),
    )
    killed = finding(
        "f-killed",
        Verdict.AGREEMENT,
        (claim_at(story, "a.md", "six people", 0), claim_at(story, "b.md", "Six people were killed", 0)),
    )
    scope = finding(
        "f-scope",
        Verdict.CONTRADICTION,
        (claim_at(story, "a.md", "11 people were killed", 0), claim_at(story, "b.md", "Six", 1)),
        conflicts=((0, 1),),
    )
    lonely = finding("f-unique", Verdict.UNIQUE, (claim_at(story, "a.md", "Monday", 0),))
    sources = tuple(
        SourceSummary(path=str(story / n), outlet=None, title=None, published=None, date_origin="unknown", claims=1)
        for n in ("a.md", "b.md")
    )
    return Report(sources=sources, findings=(injured, killed, scope, lonely))


def test_score_counts_found_predicted_and_false_contradictions(story: Path, tmp_path: Path) -> None:
    gold = load_gold(write_gold(tmp_path, GOLD))
    result = score(hand_made_report(story), gold, story)

    judged = {item.id: (item.predicted, item.finding, item.correct) for item in result.items}
    assert judged == {
        "injured": ("contradiction", "f-injured", True),
        "killed": ("agreement", "f-killed", True),
        "scope": ("contradiction", "f-scope", False),
    }
    overall = result.overall
    assert (overall.gold_contradictions, overall.found) == (1, 1)
    assert (overall.predicted, overall.predicted_correct) == (2, 1)
    assert (overall.gold_agreements, overall.agreements_found, overall.lookalikes) == (1, 1, 1)
    assert overall.false_contradictions == 1
    assert (overall.precision, overall.recall, overall.agreement_accuracy) == (0.5, 1.0, 1.0)
    assert overall.f1 == pytest.approx(2 / 3)
    assert result.unmatched_contradictions == ["quantity: reason of f-scope"]
    assert [f.field for f in result.fields] == [FieldName.QUANTITY]


def test_gold_pair_no_finding_links_is_unlinked(story: Path, tmp_path: Path) -> None:
    gold = load_gold(write_gold(tmp_path, GOLD))
    empty = hand_made_report(story).model_copy(update={"findings": ()})
    result = score(empty, gold, story)
    assert {item.predicted for item in result.items} == {UNLINKED}
    assert (result.overall.found, result.overall.predicted) == (0, 0)
    assert result.overall.recall == 0.0 and result.overall.precision is None
    assert [item.correct for item in result.items] == [False, False, True]  # a look-alike left alone is right


def test_locate_finds_the_nth_occurrence(story: Path) -> None:
    start, end = locate(story, GoldSpan(source="a.md", text="killed", occurrence=2))
    assert A_TEXT[start:end] == "killed"
    assert start == A_TEXT.index("killed", A_TEXT.index("killed") + 1)


def test_span_text_not_in_the_file_is_an_input_error(story: Path, tmp_path: Path) -> None:
    data = {
        **GOLD,
        "items": [
            {
                **GOLD["items"][0],
                "spans": [{"source": "a.md", "text": "19 injured"}, {"source": "b.md", "text": "17 wounded"}],
            }
        ],
    }
    gold = load_gold(write_gold(tmp_path, data))
    with pytest.raises(InputError, match="19 injured"):
        score(hand_made_report(story), gold, story)
    with pytest.raises(InputError, match="not in"):
        locate(story, gold.items[0].spans[0])


def test_span_in_a_file_outside_the_story_is_an_input_error(story: Path, tmp_path: Path) -> None:
    data = {
        **GOLD,
        "items": [
            {**GOLD["items"][0], "spans": [{"source": "c.md", "text": "18"}, {"source": "b.md", "text": "17 wounded"}]}
        ],
    }
    with pytest.raises(InputError, match=r"c\.md"):
        score(hand_made_report(story), load_gold(write_gold(tmp_path, data)), story)


def test_duplicate_ids_are_an_input_error(tmp_path: Path) -> None:
    data = {**GOLD, "items": [GOLD["items"][0], GOLD["items"][0]]}
    with pytest.raises(InputError, match="duplicate"):
        load_gold(write_gold(tmp_path, data))


def test_both_spans_in_one_source_is_an_input_error(tmp_path: Path) -> None:
    item = {**GOLD["items"][0], "spans": [{"source": "a.md", "text": "18"}, {"source": "a.md", "text": "six"}]}
    with pytest.raises(InputError, match="both spans"):
        load_gold(write_gold(tmp_path, {**GOLD, "items": [item]}))


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("story: x\nitems: [\n", "not valid YAML"),
        ("story: x\n", "invalid"),
        ("story: x\nitems:\n  - id: a\n    field: colour\n    verdict: contradiction\n    spans: []\n", "invalid"),
    ],
)
def test_malformed_gold_files_are_input_errors(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "gold.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        load_gold(path)


def test_missing_gold_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read"):
        load_gold(tmp_path / "nope.yaml")


STORIES = sorted(p.name for p in (ROOT / "sources").iterdir() if p.is_dir() and any(p.glob("*.md")))


@pytest.mark.slow
@pytest.mark.parametrize("name", STORIES)
def test_real_story_is_evaluated_end_to_end(name: str, embedder: SentenceEmbedder) -> None:
    """Structure only: every gold item is judged and every score is a fraction. The model's score is not tested."""
    gold = load_gold(ROOT / "claims" / f"{name}.yaml")
    result = evaluate_story(ROOT / "sources" / name, gold, embedder=embedder)

    assert result.story == gold.story
    assert [item.id for item in result.items] == [item.id for item in gold.items]
    assert {item.predicted for item in result.items} <= {
        "contradiction",
        "update",
        "agreement",
        "not_comparable",
        UNLINKED,
    }
    for row in [*result.fields, result.overall]:
        for value in (row.precision, row.recall, row.f1, row.agreement_accuracy):
            assert value is None or 0.0 <= value <= 1.0
        assert row.found <= row.gold_contradictions
        assert row.predicted_correct <= row.predicted
    assert result.overall.gold_contradictions == sum(item.verdict.value == "contradiction" for item in gold.items)
