"""Blocked alignment against brute force: the candidate pairs hold every pair `compatible` accepts, so the groups
are exactly those of scoring every pair of claims."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import combinations
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pytest
from builders import HashingEmbedder, make_claim
from hypothesis import given
from hypothesis import strategies as st

from factcheck.align import _PairScorer, align, candidate_pairs, compatible, infer_scopes, pair_score
from factcheck.ingest import read_source
from factcheck.models import Claim, DateValue, FieldName, Outcome, Quantity, Quote, Statement, TimeValue
from factcheck.pipeline import claims_of, load_sources

if TYPE_CHECKING:
    from factcheck.align import SentenceEmbedder

STORIES = sorted(p for p in Path("sources").iterdir() if p.is_dir() and any(p.glob("*.md")))
ALIGNED_FIELDS = [f for f in FieldName if f not in (FieldName.ATTRIBUTION, FieldName.ENTITY, FieldName.WORDING)]


def compatible_pairs(claims: list[Claim]) -> set[tuple[int, int]]:
    """What brute force scores: every pair of claims from different sources that `compatible` accepts."""
    return {
        (i, j)
        for i, j in combinations(range(len(claims)), 2)
        if claims[i].source != claims[j].source and compatible(claims[i], claims[j])
    }


def assert_candidates_cover(claims: list[Claim]) -> None:
    claims = infer_scopes(claims)
    for field in ALIGNED_FIELDS:
        members = [c for c in claims if c.field is field]
        candidates = candidate_pairs(field, members)
        assert all(i < j for i, j in candidates)
        missing = compatible_pairs(members) - candidates
        assert not missing, f"{field.value}: {[(members[i].id, members[j].id) for i, j in sorted(missing)][:3]}"


@pytest.mark.parametrize("story", STORIES, ids=lambda p: p.name)
def test_blocked_alignment_equals_brute_force_on_the_example_stories(story: Path) -> None:
    claims = claims_of(load_sources(sorted(story.glob("*.md"))))
    assert_candidates_cover(claims)
    embedder = HashingEmbedder()
    assert align(claims, embedder) == align(claims, embedder, exhaustive=True)


def every_account() -> list[Path]:
    return sorted(Path("sources").glob("*/*.md"))


def test_blocked_alignment_equals_brute_force_on_mixed_stories(tmp_path: Path) -> None:
    """All 21 accounts of the four stories shuffled into eight articles: many near-misses across stories."""
    paragraphs = [p for path in every_account() for p in path.read_text(encoding="utf-8").split("\n\n")[1:]]
    paths = []
    for n in range(8):
        path = tmp_path / f"mixed-{n}.md"
        path.write_text("\n\n".join(paragraphs[n::8]) + "\n", encoding="utf-8")
        paths.append(path)
    claims = claims_of([read_source(p) for p in paths])
    assert_candidates_cover(claims)
    embedder = HashingEmbedder()
    blocked = align(claims, embedder)
    assert blocked == align(claims, embedder, exhaustive=True)
    assert blocked.groups


def test_blocking_scores_far_fewer_pairs_than_brute_force() -> None:
    claims = infer_scopes(claims_of(load_sources(every_account())))
    for field in (FieldName.NEGATION, FieldName.QUANTITY, FieldName.QUOTE):
        members = [c for c in claims if c.field is field]
        every = len(members) * (len(members) - 1) // 2
        assert len(candidate_pairs(field, members)) < every / 4, field


class Remembered:
    """The model's vectors, each text encoded once: both alignments see the same numbers."""

    def __init__(self, model: SentenceEmbedder) -> None:
        self.model = model
        self.vectors: dict[str, np.ndarray] = {}

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        new = [t for t in texts if t not in self.vectors]
        self.vectors.update(zip(new, self.model.encode(new), strict=True))
        return np.array([self.vectors[t] for t in texts], dtype=np.float32).reshape(len(texts), -1)


@pytest.mark.slow
def test_blocked_alignment_equals_brute_force_with_the_model(embedder: SentenceEmbedder) -> None:
    remembered = Remembered(embedder)
    for story in STORIES:
        claims = claims_of(load_sources(sorted(story.glob("*.md"))))
        assert align(claims, remembered) == align(claims, remembered, exhaustive=True), story.name


# Synthetic claims from small vocabularies, so that keys collide, scopes and people overlap, and quotes nearly match.
SOURCES = ("a.md", "b.md", "c.md", "d.md")
WORDS = ("Kyiv", "drones", "killed", "meeting", "call", "provide", "missiles", "Trump", "Rutte", "talks", "plans")
PEOPLE = ("Trump", "Rutte", "Putin", "Zelenskyy")
QUOTES = (
    "We are in it to get the war over",
    "we are in it to get this war over",
    "I have total confidence in President Trump",
    "total confidence in the president",
    "No plans to meet",
    "no plans",
    "",
)


@st.composite
def claims(draw: st.DrawFn) -> Claim:
    field = draw(st.sampled_from(ALIGNED_FIELDS))
    sentence = " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=8)))
    first = sentence.split()[0]
    value: dict[str, object]
    if field is FieldName.QUANTITY:
        value = {
            "quantity": Quantity(
                lower=1,
                upper=draw(st.sampled_from([1, 2, None])),
                unit=draw(st.sampled_from(["count", "km"])),
                written="1",
                counted=draw(st.sampled_from(["killed", "injured", "drone", None])),
                scope=draw(st.sampled_from([None, "Kyiv", "Kharkiv", "wide:Ukraine"])),
            )
        }
    elif field is FieldName.DATE:
        value = {"date": DateValue(first=None, last=None, expression=first)}
    elif field is FieldName.TIME:
        value = {"time": TimeValue(minutes=draw(st.integers(0, 1439)), expression=first)}
    elif field is FieldName.QUOTE:
        value = {"quote": Quote(text=draw(st.sampled_from(QUOTES)), speaker=draw(st.sampled_from([None, *PEOPLE])))}
    elif field is FieldName.OUTCOME:
        event = draw(st.sampled_from(["call", "meeting", "summit"]))
        value = {"outcome": Outcome(event=event, polarity=draw(st.sampled_from([1, -1])), cue=first)}
    else:
        predicate = draw(st.sampled_from(["provide missiles", "meet Putin", "be ready", "have plans", "call", ""]))
        value = {"statement": Statement(predicate=predicate, negated=draw(st.booleans()))}
    claim = make_claim(draw(st.sampled_from(SOURCES)), sentence, first, field, **value)
    people = tuple(draw(st.lists(st.sampled_from(PEOPLE), max_size=3, unique=True)))
    extra = tuple(draw(st.lists(st.sampled_from(["provide", "meet", "call", "plans", "be"]), max_size=3)))
    return claim.model_copy(
        update={"people": people, "actors": (*people, "Ukraine"), "keywords": claim.keywords + extra}
    )


@given(st.lists(claims(), max_size=40))
def test_blocked_alignment_equals_brute_force_on_synthetic_claims(generated: list[Claim]) -> None:
    assert_candidates_cover(generated)
    embedder = HashingEmbedder(dimensions=32)
    assert align(generated, embedder) == align(generated, embedder, exhaustive=True)


@pytest.mark.parametrize("field", ALIGNED_FIELDS)
def test_a_source_that_repeats_itself_adds_pairs_linearly(field: FieldName) -> None:
    """A live blog that states one figure, quote or date 400 times, beside one short article: the candidates are
    its 400 claims against the article's, never its claims against each other (80,000 pairs)."""
    story = Path("sources/rutte-washington")
    one = claims_of(load_sources([story / "meridian-wire.md"]))
    other = claims_of(load_sources([story / "channel9.md"]))
    mine = [c for c in one if c.field is field][:1]
    theirs = [c for c in other if c.field is field]
    if not mine or not theirs:
        pytest.skip(f"no {field.value} claim in both articles")
    repeated = [mine[0].model_copy(update={"id": f"{mine[0].id}#{k}"}) for k in range(400)]
    claims = repeated + theirs
    pairs = candidate_pairs(field, claims)
    assert all(claims[i].source != claims[j].source for i, j in pairs)
    assert len(pairs) <= len(repeated) * len(theirs)
    assert_candidates_cover(claims)


@pytest.mark.parametrize("story", STORIES, ids=lambda p: p.name)
def test_scoring_pairs_by_index_gives_pair_score_itself(story: Path) -> None:
    """What the scorer works out once per claim and once per pair of sets adds up to `pair_score`, to the bit."""
    claims = infer_scopes(claims_of(load_sources(sorted(story.glob("*.md")))))
    rng = np.random.default_rng(7)
    for field in ALIGNED_FIELDS:
        members = [c for c in claims if c.field is field]
        scorer = _PairScorer(field, members)
        for i, j in combinations(range(len(members)), 2):
            semantic = float(rng.uniform(-0.2, 1.0))
            assert scorer.score(i, j, semantic) == pair_score(members[i], members[j], semantic), (field, i, j)
