"""The real-news harness: manifests checked by hash, gold by offsets and span hashes, scores per fact."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
import yaml
from builders import HashingEmbedder
from click.testing import CliRunner

from factcheck.cli import main
from factcheck.errors import InputError
from factcheck.models import FieldName, Finding, FindingClaim, Report, Verdict
from factcheck.realnews import (
    RealVerdict,
    discover_real_stories,
    evaluate_real_story,
    evaluate_realnews,
    read_manifest,
    read_story_sources,
    render_real_table,
    score_real,
)

# Our own writing, in the shape real pages come in: no front matter, a dated URL, a dateline without a year.
TEXTS = {
    "wire-early": "ORLOVA, June 3 - Floods killed 12 people in the valley, officials said. Five people are missing.\n",
    "paper-late": "The toll from the valley floods has risen to 20, officials said. Seven people were missing.\n",
    "radio": "Floods killed 14 people in the valley on Tuesday, the mayor said. Five people are missing.\n",
}


def span(slug: str, words: str) -> dict[str, Any]:
    text = TEXTS[slug]
    start = text.index(words)
    return {"source": slug, "start": start, "end": start + len(words), "sha1": hashlib.sha1(words.encode()).hexdigest()}


def item(ident: str, fact: str, verdict: str, a: tuple[str, str], b: tuple[str, str]) -> dict[str, Any]:
    return {"id": ident, "fact": fact, "field": "quantity", "verdict": verdict, "spans": [span(*a), span(*b)]}


GOLD = {
    "story": "valley-floods",
    "items": [
        item("toll-early-radio", "toll", "contradiction", ("wire-early", "12 people"), ("radio", "14 people")),
        item("toll-update", "toll-update", "update", ("wire-early", "12 people"), ("paper-late", "20")),
        item("missing-early-radio", "missing", "agreement", ("wire-early", "Five people"), ("radio", "Five people")),
        item("missing-late", "missing-later", "update", ("radio", "Five people"), ("paper-late", "Seven people")),
    ],
}


def write_set(root: Path, *, texts: dict[str, str] = TEXTS) -> tuple[Path, Path, Path]:
    sources, claims, folder = root / "sources", root / "claims", root / "texts"
    (sources / "valley-floods").mkdir(parents=True)
    claims.mkdir()
    (folder / "valley-floods").mkdir(parents=True)
    rows = ["slug\turl\tdate\toutlet\tsha256\tquery"]
    for slug, text in TEXTS.items():
        digest = hashlib.sha256(text.encode()).hexdigest()
        rows.append(f"{slug}\thttps://news.example/2025/06/03/{slug}\t2025-06-03\t{slug.title()}\t{digest}\tfloods")
    for slug, text in texts.items():
        (folder / "valley-floods" / f"{slug}.txt").write_text(text, encoding="utf-8", newline="")
    (sources / "valley-floods" / "articles.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    (claims / "valley-floods.yaml").write_text(yaml.safe_dump(GOLD, sort_keys=False), encoding="utf-8")
    return sources, claims, folder


def claim(source: str, words: str, cluster: int) -> FindingClaim:
    start = TEXTS[source].index(words)
    return FindingClaim(
        source=f"valley-floods/{source}.txt",
        text=words,
        start=start,
        end=start + len(words),
        line=1,
        value=words,
        sentence=words,
        cluster=cluster,
    )


def report(*findings: Finding) -> Report:
    return Report(sources=(), findings=findings)


def finding(
    fid: str, verdict: Verdict, claims: tuple[FindingClaim, ...], conflicts: tuple[tuple[int, int], ...]
) -> Finding:
    return Finding(
        id=fid,
        verdict=verdict,
        field=FieldName.QUANTITY,
        confidence=0.8,
        reason=fid,
        claims=claims,
        conflicts=conflicts,
    )


def test_manifest_rows_become_articles(tmp_path: Path) -> None:
    sources, _, _ = write_set(tmp_path)
    articles = read_manifest(sources / "valley-floods" / "articles.tsv")
    assert [a.slug for a in articles] == ["wire-early", "paper-late", "radio"]
    assert articles[0].published is not None and articles[0].published.isoformat() == "2025-06-03"


def test_unknown_date_in_the_manifest_is_none(tmp_path: Path) -> None:
    sources, _, _ = write_set(tmp_path)
    path = sources / "valley-floods" / "articles.tsv"
    path.write_text(path.read_text().replace("\t2025-06-03\t", "\tunknown\t", 1))
    assert read_manifest(path)[0].published is None


def test_scores_are_per_fact_and_lookalikes_flagged_count_as_false(tmp_path: Path) -> None:
    sources, claims, texts = write_set(tmp_path)
    [story] = discover_real_stories(sources, claims, texts)
    toll = finding(
        "toll",
        Verdict.CONTRADICTION,
        (claim("wire-early", "12 people", 0), claim("paper-late", "20", 1), claim("radio", "14 people", 2)),
        ((0, 1), (0, 2)),
    )
    missing = finding(
        "missing",
        Verdict.AGREEMENT,
        (claim("wire-early", "Five people", 0), claim("radio", "Five people", 0)),
        (),
    )
    result = score_real(report(toll, missing), story, read_story_sources(story))
    predicted = {i.id: i.predicted for i in result.items}
    assert predicted == {
        "toll-early-radio": "contradiction",
        "toll-update": "contradiction",
        "missing-early-radio": "agreement",
        "missing-late": "unlinked",
    }
    assert result.recall == 1.0
    assert result.kind(RealVerdict.UPDATE).facts == 2
    assert result.kind(RealVerdict.UPDATE).flagged == 0.5  # one of two update facts flagged
    assert result.false_rate == pytest.approx(1 / 3)  # three non-contradiction facts, one flagged
    assert result.kind(RealVerdict.AGREEMENT).rate == 1.0
    assert result.unexplained == []


def test_a_text_that_differs_from_the_manifest_is_refused(tmp_path: Path) -> None:
    changed = dict(TEXTS, radio=TEXTS["radio"].replace("14", "15"))
    sources, claims, texts = write_set(tmp_path, texts=changed)
    [story] = discover_real_stories(sources, claims, texts)
    with pytest.raises(InputError, match="sha256"):
        read_story_sources(story)


def test_a_story_without_its_texts_is_reported_not_scored(tmp_path: Path) -> None:
    sources, claims, texts = write_set(tmp_path, texts={"radio": TEXTS["radio"]})
    [result] = evaluate_realnews(sources, claims, texts, embedder=HashingEmbedder())
    assert not result.scored
    assert result.missing == ["wire-early", "paper-late"]
    assert "texts missing (2 of 3)" in render_real_table([result])


def test_a_gold_span_over_other_words_is_an_error(tmp_path: Path) -> None:
    sources, claims, texts = write_set(tmp_path)
    gold = yaml.safe_load((claims / "valley-floods.yaml").read_text())
    gold["items"][0]["spans"][0]["start"] += 1
    (claims / "valley-floods.yaml").write_text(yaml.safe_dump(gold))
    with pytest.raises(InputError, match="not the annotated one"):
        evaluate_realnews(sources, claims, texts, embedder=HashingEmbedder())


def test_the_whole_run_scores_the_story_and_reads_dates(tmp_path: Path) -> None:
    sources, claims, texts = write_set(tmp_path)
    [result] = evaluate_realnews(sources, claims, texts, embedder=HashingEmbedder())
    assert result.scored and len(result.items) == 4
    assert result.dates_known == 3
    assert (result.dates_found, result.dates_right) == (3, 3)  # each text's date read from its URL
    table = render_real_table([result])
    assert table.splitlines()[1].startswith("valley-floods")


def test_cli_needs_the_texts_folder(tmp_path: Path) -> None:
    outcome = CliRunner().invoke(main, ["eval", "--realnews"])
    assert outcome.exit_code == 2
    assert "--texts" in outcome.stderr


def test_cli_scores_as_json(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sources, claims, texts = write_set(tmp_path)
    monkeypatch.setattr("factcheck.align.SentenceEmbedder", lambda *a, **k: HashingEmbedder())
    outcome = CliRunner().invoke(
        main,
        [
            "eval",
            "--realnews",
            "--texts",
            str(texts),
            "--sources",
            str(sources),
            "--claims",
            str(claims),
            "--format",
            "json",
        ],
    )
    assert outcome.exit_code == 0, outcome.stderr
    document = yaml.safe_load(outcome.stdout)
    [story] = document["stories"]
    assert story["status"] == "scored"
    assert set(story["kinds"]) == {v.value for v in RealVerdict}


def test_explanations_name_what_decided_each_pair_and_list_only_the_wrong_ones(tmp_path: Path) -> None:
    from factcheck.realnews import explain_real_story, judged_right

    sources, claims, texts = write_set(tmp_path)
    [story] = discover_real_stories(sources, claims, texts)
    every = explain_real_story(story, embedder=HashingEmbedder(), every=True)
    assert [e.result.id for e in every] == [item["id"] for item in GOLD["items"]]
    toll = next(e for e in every if e.result.id == "toll-early-radio")
    assert toll.spans == ("12 people", "14 people")
    assert [(r.left, r.right, r.compatible, r.relation) for r in toll.readings] == [
        ("12 killed", "14 killed", True, "conflict")
    ]
    wrong = explain_real_story(story, embedder=HashingEmbedder())
    assert [e.result.id for e in wrong] == [e.result.id for e in every if not judged_right(e.result)]
    scored = evaluate_real_story(story, embedder=HashingEmbedder())
    assert [e.result for e in every] == scored.items  # what eval predicts, pair by pair
    assert all((e.reason is None) == (e.result.finding is None) for e in every)


def test_a_story_without_its_texts_is_not_explained(tmp_path: Path) -> None:
    from factcheck.realnews import explain_real_story

    sources, claims, texts = write_set(tmp_path)
    (texts / "valley-floods" / "radio.txt").unlink()
    [story] = discover_real_stories(sources, claims, texts)
    with pytest.raises(InputError, match="1 of its texts are not in"):
        explain_real_story(story, embedder=HashingEmbedder())


@pytest.mark.parametrize(
    ("gold", "predicted", "right"),
    [
        (RealVerdict.CONTRADICTION, "contradiction", True),
        (RealVerdict.CONTRADICTION, "unlinked", False),
        (RealVerdict.UPDATE, "agreement", False),
        (RealVerdict.UPDATE, "update", True),
        (RealVerdict.SCOPE, "not_comparable", True),
        (RealVerdict.FORECAST, "contradiction", False),
    ],
)
def test_a_pair_is_judged_right_when_the_report_says_what_its_verdict_asks(
    gold: RealVerdict, predicted: str, right: bool
) -> None:
    from factcheck.realnews import RealItemResult, judged_right

    result = RealItemResult(id="x", fact="f", field=FieldName.QUANTITY, gold=gold, predicted=predicted)
    assert judged_right(result) is right


@pytest.mark.parametrize("folder", ["", "heldout"], ids=["development", "held-out"])
def test_the_committed_gold_names_only_articles_its_manifests_list(folder: str, tmp_path: Path) -> None:
    root = Path(__file__).resolve().parent.parent
    stories = discover_real_stories(root / "sources" / "real" / folder, root / "claims" / "real" / folder, tmp_path)
    assert stories
    for story in stories:
        assert story.gold.items, story.name
        assert len({item.id for item in story.gold.items}) == len(story.gold.items), story.name
