"""Aligned groups -> findings: field-by-field comparison with a plain reason for every verdict.

Each pair of claims in a group is related as agree, conflict or not comparable; claims that agree
form value clusters, and a group with a conflicting pair is a contradiction. A false contradiction
costs an editor more than a missed one, so every rule that can explain a difference away (a later
update, another time zone, a forecast against an outcome) is applied before a conflict is called.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from lemminflect import getAllLemmas
from rapidfuzz import fuzz

from factcheck.align import (
    EVENT_WORDS,
    TALLIES,
    casualty_of,
    clause,
    clause_readings,
    compatible,
    counts_damage,
    counts_people,
    date_clause,
    dated_events,
    dated_words,
    is_distance,
    local_words,
    magnitudes_apart,
    names_in_clause,
    one_reading,
    one_record,
    quote_similarity,
    record_since,
    tells_incident_happening,
    word_stems,
)
from factcheck.extract.actors import name_variants, numbered_form
from factcheck.extract.attributions import without_article
from factcheck.extract.dates import (
    PARTS_OF_DAY,
    WEEKDAY_NAME,
    WEEKDAYS,
    extract_dates,
    named_day,
    opens_timeline_entry,
    stated,
)
from factcheck.extract.numbers import find_numbers
from factcheck.extract.polarity import stem
from factcheck.extract.quantities import (
    CASUALTIES,
    CONDITION_COUNTS,
    HANDED_OVER,
    IDENTIFIED,
    PART_OF,
    PROPERTY,
    UNIT_FACTORS,
    WITHOUT_POWER,
    WITHOUT_WATER,
    QuantityHit,
    extract_quantities,
    is_origin_word,
    person_noun,
)
from factcheck.extract.zones import utc_offset, with_countries
from factcheck.models import (
    Attribution,
    Claim,
    ClaimGroup,
    DateValue,
    FieldName,
    Finding,
    FindingClaim,
    Quantity,
    Source,
    Span,
    Statement,
    TimeValue,
    Verdict,
    clock,
    day_in_words,
)

# Counts that only grow as a story develops: a later, larger figure is an update.
RISING_COUNTS = frozenset(
    {"killed", "injured", "rescued", "evacuated", "displaced", "arrested", "hospitalised", "affected"}
    | {"suspect"}  # the suspects held or charged: an investigation adds to them
    | {IDENTIFIED, HANDED_OVER}  # the dead identified as DNA results come in, and given to their families
)
# Damage counted as assessors go through an area: the structures, buildings and homes destroyed or damaged.
RISING_DAMAGE = frozenset(
    {"structure", "building", "home"}
    | {f"{fate} {thing}" for fate in ("damaged", "damaged or destroyed") for thing in PROPERTY}
)
# Wording that says a figure replaces an earlier one: "the toll has risen to 20", "now stands at", "up from 12".
UPDATE_WORDING = re.compile(
    r"\b(?:(?:has|have|had)\s+(?:now\s+)?(?:risen|climbed|increased|grown|jumped|soared|reached|surged|mounted)"
    r"|(?:rose|climbed|increased|jumped|soared|surged|mounted|grew)\s+(?:to|past|above|beyond)"
    r"|now\s+(?:stands|stood|at|totals?)|up\s+from|(?:is|was|now|stands|stood|been|gone)\s+up\s+to|(?:latest|updated|new|revised|rising|climbing|mounting)\s+"
    r"(?:death\s+)?(?:toll|figures?|count|tally)|toll\s+(?:rose|climbed|has\s+risen|jumped|now)"
    r"|(?:risen|climbed|increased)\s+to)\b",
    re.I,
)
# Counts that move both ways over time: people are found, or found dead; fires start and are put out, aftershocks
# go on ("two fires", "five fires burning", "20 fires since Tuesday").
MOVING_COUNTS = frozenset(
    {"missing", "trapped", "sheltered", "fire", "wildfire", "blaze", "aftershock", "tremor", "landslide"}
    | {"mudslide", "avalanche"}
    | {"explosion", "blast"}
    | CONDITION_COUNTS  # patients recover or die
    | {f"threatened {thing}" for thing in PROPERTY}  # a fire's path widens and narrows
    | {WITHOUT_POWER, WITHOUT_WATER}  # outages spread and crews restore supply
)
# Measures that grow as a disaster goes on: the area burned, the share of a fire contained.
RISING_MEASURES = frozenset({"area burned", "containment", "turnout"})  # turnout rises through election day
RUNNING = RISING_COUNTS | RISING_DAMAGE | MOVING_COUNTS | RISING_MEASURES  # figures that change as the story goes on
# "Around 6:20" is a clock time rounded to the reporter's finest step, five minutes: it stands for 6:17:30 to
# 6:22:30, so it agrees with 6:21 and not with "around 6:30". "Shortly before 6" is the hour before it.
APPROXIMATE_MINUTES = 2.5
SHORTLY_MINUTES = 60  # "shortly before midnight" may be 11:20 p.m.: within the hour, not the half hour
_SIDE = re.compile(r"\A(?:shortly|just|soon) (?P<side>after|before)\b", re.I)
UNIT_TOLERANCE = 0.02  # converted units agree within rounding: 295 km/h and 183 mph
FORECAST = re.compile(
    r"\b(?:expected|expects?|forecast|predicted|projected|could|may|might|likely|set for|scheduled|due(?! to)|"
    r"planned|was to|were to|warned|will|would|probabilit(?:y|ies)|chances?|likelihood)\b"
    # what a warning said might come, right before the figure: "issued alerts for 4-meter waves", "warnings for
    # potential waves up to 4 metres"
    r"|\b(?:alerts?\s+(?:for|of)|warnings?\s+(?:for|of)|potential|possible)\s+(?:[\w-]+\s+){0,3}\Z",
    re.I,
)
# After a figure, words that make it a forecast: "gusts of 100 mph are expected".
FORECAST_AFTER = re.compile(
    r"\W*(?:\([^()]{1,20}\)\s*)?(?:(?!and\b|but\b|while\b)\w+\s+){0,3}?"
    r"(?:(?:are|is|were|was)\s+(?:expected|forecast|predicted|projected|likely|possible)"
    r"|(?:initially\s+)?feared(?!\s+(?:more|further|other)\b))\b",
    re.I,
)
# Nouns that name people without saying which: a count of them may be of everyone the figure counts.
ANY_PEOPLE = frozenset({"person", "individual", "victim", "casualty", "human", "soul"})


ARROW = " \u2192 "


class Relation(str, Enum):
    AGREE = "agree"
    CONFLICT = "conflict"
    UPDATE = "update"  # the second claim's figure is a later report of the first's
    NOT_COMPARABLE = "not_comparable"


@dataclass(frozen=True)
class PairVerdict:
    relation: Relation
    field: FieldName
    reason: str
    certainty: float
    later: int = 0  # for an update: 1 when the second claim of the pair is the later report, -1 when the first is
    basis: str = ""  # for an update: what says which is later ("by date", "by wording")


def compare_groups(groups: Sequence[ClaimGroup], unique: Sequence[Claim], sources: Sequence[Source]) -> list[Finding]:
    """One finding per group and one per unique claim, in a stable order."""
    by_path = {s.path: s for s in with_countries(sources)}  # local times read on the clock of the story's country
    findings = [compare_group(group, by_path) for group in groups]
    findings = [f for f in findings if not _covered_by_quote(f, findings)]
    findings.extend(unique_findings(unique))
    return sorted(findings, key=finding_order)


# Fields whose bare value (a day, a clock time) several sources may give without one claim being aligned to another.
_SHARED_VALUE_FIELDS = (FieldName.DATE, FieldName.TIME)


def unique_findings(claims: Sequence[Claim]) -> list[Finding]:
    """A finding for each claim no other source aligns with; but a day or a time that several sources give is one
    finding they agree on (one claim of each), not several that each say only one source states it."""
    shared: dict[tuple[FieldName, str], list[Claim]] = {}
    for claim in sorted(claims, key=lambda c: (c.source, c.span.start)):
        if claim.field in _SHARED_VALUE_FIELDS:
            shared.setdefault((claim.field, claim.value), []).append(claim)
    findings = []
    stated: set[str] = set()
    for (field, value), giving in shared.items():
        first: dict[str, Claim] = {}
        for claim in giving:
            first.setdefault(claim.source, claim)  # each source's first, by offset
        members = tuple(first.values())
        if len(members) > 1:
            stated.update(c.id for c in giving)
            findings.append(
                Finding(
                    id=finding_id(field, members),
                    verdict=Verdict.AGREEMENT,
                    field=field,
                    confidence=0.5,
                    reason=f"{len(members)} sources give {value}",
                    claims=tuple(finding_claim(c, 0) for c in members),
                    conflicts=(),
                )
            )
    findings.extend(_unique_finding(claim) for claim in claims if claim.id not in stated)
    return findings


def _covered_by_quote(finding: Finding, findings: Sequence[Finding]) -> bool:
    """A negation inside quotes already reported as a quote conflict is the same discrepancy, once."""
    if finding.field is not FieldName.NEGATION or finding.verdict is not Verdict.CONTRADICTION:
        return False
    quoted = [
        c
        for f in findings
        if f.field in (FieldName.QUOTE, FieldName.ATTRIBUTION) and f.verdict is Verdict.CONTRADICTION
        for c in f.claims
    ]
    return all(
        any(q.source == c.source and q.start < c.end and c.start < q.end for q in quoted) for c in finding.claims
    )


def finding_order(finding: Finding) -> tuple[int, str, int, str]:
    """Contradictions first, then updates, not comparable, agreements and unique; by source and offset within."""
    rank = {
        Verdict.CONTRADICTION: 0,
        Verdict.UPDATE: 1,
        Verdict.NOT_COMPARABLE: 2,
        Verdict.AGREEMENT: 3,
        Verdict.UNIQUE: 4,
    }
    first = finding.claims[0]
    return rank[finding.verdict], first.source, first.start, finding.id


def compare_group(group: ClaimGroup, sources: dict[str, Source]) -> Finding:
    claims = group.claims
    relations: dict[tuple[int, int], PairVerdict] = {}
    for i in range(len(claims)):
        for j in range(i + 1, len(claims)):
            if claims[i].source == claims[j].source:  # a source repeating its own figure: one value, once
                relations[(i, j)] = PairVerdict(Relation.AGREE, group.field, "repeated by its source", 1.0)
            else:
                relations[(i, j)] = relate(claims[i], claims[j], sources)
    clusters = _clusters(claims, relations)
    conflicts = sorted(pair for pair, v in relations.items() if v.relation is Relation.CONFLICT)
    updates = sorted(
        (i, j) if v.later > 0 else (j, i) for (i, j), v in relations.items() if v.relation is Relation.UPDATE
    )
    chain: list[str] = []
    if conflicts:
        verdict = Verdict.CONTRADICTION
        deciding = [relations[p] for p in conflicts]
    elif updates:
        verdict = Verdict.UPDATE
        deciding = [v for v in relations.values() if v.relation is Relation.UPDATE]
    elif any(v.relation is Relation.NOT_COMPARABLE for v in relations.values()):
        verdict = Verdict.NOT_COMPARABLE
        deciding = [v for v in relations.values() if v.relation is Relation.NOT_COMPARABLE]
    else:
        verdict = Verdict.AGREEMENT
        deciding = list(relations.values())
    field = deciding[0].field
    certainty = min(v.certainty for v in deciding)
    confidence = round(max(0.0, min(1.0, group.similarity * 0.4 + certainty * 0.6)), 3)
    if conflicts:
        reason = _cluster_reason(field, claims, clusters, conflicts)
    elif verdict is Verdict.UPDATE:
        chain = _update_chain(field, claims, clusters, updates)
        bases = sorted({v.basis for v in deciding if v.basis})
        reason = f"updated: {ARROW.join(chain)} ({', '.join(bases)})"
    elif verdict is Verdict.NOT_COMPARABLE and len(claims) > 2:
        pairs = sorted(p for p, v in relations.items() if v.relation is Relation.NOT_COMPARABLE)
        why = _reason([PairVerdict(v.relation, v.field, v.reason.rsplit(": ", 1)[-1], v.certainty) for v in deciding])
        reason = f"{_cluster_reason(field, claims, clusters, pairs)}: {why}"
    elif verdict is Verdict.AGREEMENT and len(claims) > 2:
        reason = f"{len({c.source for c in claims})} sources agree: {_shown_value(field, claims)}"
    else:
        reason = _reason(deciding)
    negated = next((c.statement for c in claims if c.statement is not None and c.statement.negated), None)
    return Finding(
        id=finding_id(field, claims),
        verdict=verdict,
        field=field,
        confidence=confidence,
        reason=reason,
        claims=tuple(finding_claim(c, clusters[k], negated=negated) for k, c in enumerate(claims)),
        conflicts=tuple(conflicts),
        updates=tuple(updates) if verdict is Verdict.UPDATE else (),
        chain=tuple(chain),
    )


def _update_chain(
    field: FieldName, claims: Sequence[Claim], clusters: list[int], updates: list[tuple[int, int]]
) -> list[str]:
    """The values of the clusters an update joins, earliest first: '12 killed', '20 killed', '27 killed'.

    Every update puts its earlier value before its later one; values no update orders (reports of unknown date)
    come lowest first, as a running count grows. Where reports order each other both ways, the lowest value left
    goes next.
    """
    members: dict[int, list[Claim]] = {clusters[k]: [] for pair in updates for k in pair}
    for claim, cluster in zip(claims, clusters, strict=True):
        if cluster in members:
            members[cluster].append(claim)
    before: dict[int, set[int]] = {c: set() for c in members}
    for earlier, later in updates:
        if clusters[earlier] != clusters[later]:
            before[clusters[later]].add(clusters[earlier])
    low = {c: min(map(_low_bound, claimed)) for c, claimed in members.items()}
    ordered: list[int] = []
    left = set(members)
    while left:
        ready = [c for c in left if not before[c] & left] or list(left)
        chosen = min(ready, key=lambda c: (low[c], c))
        ordered.append(chosen)
        left.remove(chosen)
    return [_shown_value(field, members[c]) for c in ordered]


def _low_bound(claim: Claim) -> float:
    """The least value a claim allows, for ordering values no report orders; a claim of no figure sorts first."""
    quantity = claim.quantity
    return quantity.lower if quantity is not None and quantity.lower is not None else -math.inf


def _cluster_reason(
    field: FieldName, claims: Sequence[Claim], clusters: list[int], conflicts: list[tuple[int, int]]
) -> str:
    """'18 injured vs 17 injured'; with several sources, the value each cluster holds and how many say it."""
    involved = sorted({clusters[k] for pair in conflicts for k in pair})
    members = {c: [claims[k] for k in range(len(claims)) if clusters[k] == c] for c in involved}
    giving = {c: len({m.source for m in members[c]}) for c in involved}  # a source repeating itself counts once
    ranked = sorted(involved, key=lambda c: (-giving[c], c))
    parts = []
    for cluster in ranked[:3]:
        count = giving[cluster]
        parts.append(_shown_value(field, members[cluster]) + (f" ({count} sources)" if count > 1 else ""))
    joined = " vs ".join(parts) + (" vs ..." if len(ranked) > 3 else "")
    if field is FieldName.ATTRIBUTION:
        return f"the same quote attributed to {joined}"
    if field is FieldName.QUOTE:
        speaker = next((c.quote.speaker for c in claims if c.quote is not None and c.quote.speaker), "the speaker")
        return f"{speaker} quoted differently: {joined}"
    return joined


def _reason(deciding: list[PairVerdict]) -> str:
    """The deciding pair's reason; when several pairs decide, the distinct ones, most common first."""
    reasons: dict[str, int] = {}
    for verdict in deciding:
        reasons[verdict.reason] = reasons.get(verdict.reason, 0) + 1
    ranked = sorted(reasons, key=lambda r: -reasons[r])
    return ranked[0] if len(ranked) == 1 else "; ".join(ranked[:3]) + ("; ..." if len(ranked) > 3 else "")


def _shown_value(field: FieldName, members: Sequence[Claim]) -> str:
    """The value a cluster stands for: its most common one, the most precise first on ties."""
    if field is FieldName.ATTRIBUTION:
        values = [c.quote.speaker or "unknown" for c in members if c.quote is not None]
    elif field is FieldName.QUOTE:
        values = [f"\u201c{c.quote.text}\u201d" for c in members if c.quote is not None]
    else:
        values = [_as_shown(c) for c in sorted(members, key=_vagueness)]
    counts: dict[str, int] = {}
    for value in values:
        counts[value] = counts.get(value, 0) + 1
    return max(counts, key=lambda v: (counts[v], -values.index(v))) if values else "?"


def _as_shown(claim: Claim) -> str:
    """A claim's value as a reason shows it; a record's year with its record: "deadliest attack since 2000"."""
    record = record_since(claim)
    if record is not None and claim.date is not None:
        return f"{record} {claim.date.expression}"
    return claim.value


def _clusters(claims: Sequence[Claim], relations: dict[tuple[int, int], PairVerdict]) -> list[int]:
    """Value clusters: each claim joins a cluster it agrees with entirely, most precise claims first; of several, the
    one nearest the figure it states ("at least six" beside "six" and "seven": the six; "more than 730" beside 732
    and 3,900: the 732), then the largest, then the first.

    Agreement is not transitive ("more than a dozen" fits both 17 and 18), so clusters are built
    from claims that all agree with each other rather than by chaining.
    """

    def agree(i: int, j: int) -> bool:
        return relations[(min(i, j), max(i, j))].relation is Relation.AGREE

    order = sorted(range(len(claims)), key=lambda k: (_vagueness(claims[k]), k))
    members: list[list[int]] = []
    for k in order:
        homes = [m for m in members if all(agree(k, other) for other in m)]
        home = min(homes, key=lambda m: (_distance(claims[k], [claims[x] for x in m]), -len(m)), default=None)
        if home is None:
            members.append([k])
        else:
            home.append(k)
    cluster_of = {k: n for n, m in enumerate(sorted(members, key=min)) for k in m}
    return [cluster_of[k] for k in range(len(claims))]


def _distance(claim: Claim, members: Sequence[Claim]) -> float:
    """How far the bounds a figure states lie from the nearest bound of a cluster's figures; 0 for other fields."""
    if claim.quantity is None:
        return 0.0
    stated = [b for b in _bounds(claim.quantity) if math.isfinite(b)]
    values = [b for m in members if m.quantity is not None for b in _bounds(m.quantity) if math.isfinite(b)]
    return min((abs(s - v) for s in stated for v in values), default=0.0)


def _vagueness(claim: Claim) -> float:
    if claim.quantity is None:
        return 0.0
    low, high = _bounds(claim.quantity)
    return math.inf if math.isinf(high - low) else high - low


def relate(a: Claim, b: Claim, sources: dict[str, Source]) -> PairVerdict:
    """How two aligned claims stand to each other on their field."""
    if a.quantity is not None and b.quantity is not None:
        return _relate_quantities(a, b, sources)
    if a.date is not None and b.date is not None:
        return _relate_dates(a, b)
    if a.time is not None and b.time is not None:
        return _relate_times(a, b, sources)
    if a.quote is not None and b.quote is not None:
        return _relate_quotes(a, b)
    if a.outcome is not None and b.outcome is not None:
        return _relate_outcomes(a, b)
    if a.statement is not None and b.statement is not None:
        return _relate_statements(a, b)
    return PairVerdict(Relation.NOT_COMPARABLE, a.field, "different kinds of claim", 0.5)


# A measure said of some of an area: "between 5 and 10 inches of rain fell in parts of Kerr and Bandera counties",
# "up to a foot of snow in places".
_IN_PARTS = re.compile(
    r"\A[^.;:]{0,80}?\b(?:in|across|over)\s+(?:some\s+)?(?:parts|areas|places|spots|pockets|portions)\b"
    r"|\A[^.;:]{0,80}?\b(?:locally|in\s+some\s+(?:areas|places|spots))\b",
    re.I,
)


def _read_in_parts(claim: Claim) -> bool:
    """A measure (not a count) its clause says was read in parts of an area: one place's reading, not the area's."""
    quantity = claim.quantity
    if quantity is None or quantity.unit == "count":
        return False
    return bool(_IN_PARTS.match(claim.sentence.text[claim.in_sentence[1] :]))


def _forecast_differs(a: Claim, b: Claim) -> bool:
    return _is_forecast(a) != _is_forecast(b)


def _is_forecast(claim: Claim) -> bool:
    """A figure the clause around it predicts or expects, before it ("could reach 5 metres") or after it ("are
    expected")."""
    return _forecast_at(claim.sentence.text, *claim.in_sentence)


@lru_cache(maxsize=65536)  # asked for every pair a claim is related in
def _forecast_at(text: str, start: int, end: int) -> bool:
    clause = re.split(r"[,;:—–]", text[:start][-70:])[-1]
    after = re.split(r"[,;:—–]", text[end:][:40])[0]
    return bool(FORECAST.search(clause) or FORECAST_AFTER.match(after))


def _relate_quantities(a: Claim, b: Claim, sources: dict[str, Source]) -> PairVerdict:
    qa, qb = a.quantity, b.quantity
    assert qa is not None and qb is not None
    field = FieldName.QUANTITY
    shown = f"{qa.describe()} vs {qb.describe()}"
    if _people_kind(a) != _people_kind(b):
        return PairVerdict(Relation.NOT_COMPARABLE, field, f"{shown}: different groups counted", 0.5)
    if _forecast_differs(a, b):
        return PairVerdict(Relation.NOT_COMPARABLE, field, f"{shown}: a forecast against a reported figure", 0.6)
    if _read_in_parts(a) or _read_in_parts(b):
        return PairVerdict(
            Relation.NOT_COMPARABLE, field, f"{shown}: a reading in parts of an area, not of all of it", 0.6
        )
    if _is_rate(a) != _is_rate(b):
        return PairVerdict(Relation.NOT_COMPARABLE, field, f"{shown}: a usual rate against a count", 0.6)
    part_of = _part_of_a_whole(a, b)
    if part_of:
        return PairVerdict(Relation.NOT_COMPARABLE, field, f"{shown}: {part_of}", 0.6)
    periods = _period(a), _period(b)
    if None not in periods and periods[0] != periods[1]:
        return PairVerdict(Relation.NOT_COMPARABLE, field, f"{shown}: counted over different periods", 0.6)
    if qa.unit == "ordinal":
        return _relate_day_counts(a, b, sources, shown)
    consistent = (
        intervals_overlap(qa, qb)
        or rounded_alike(qa, qb)
        or ((_exchanged(a) or _exchanged(b)) and _within_exchange(qa, qb))
    )
    # ranges that meet around other values, neither an outlet's own conversion
    estimates = consistent and _different_estimates(qa, qb) and not (_exchanged(a) or _exchanged(b))
    if consistent and not estimates:
        # "at least 38 killed" on Sunday and "has climbed to 45" on Monday agree, and the second is the later toll
        update = _update_explains(a, b, sources) if not math.isclose(_middle(qa), _middle(qb)) else None
        if update:
            later, basis, why = update
            earlier_figure, later_figure = (qa, qb) if later == 1 else (qb, qa)
            if _raised_bound(earlier_figure, later_figure):
                return PairVerdict(Relation.UPDATE, field, f"{shown}: {why}", 0.7, later=later, basis=basis)
        return PairVerdict(Relation.AGREE, field, f"{shown}: consistent", 0.9)
    if _wind_readings(a, b):
        return PairVerdict(
            Relation.NOT_COMPARABLE,
            field,
            f"{shown}: readings of the wind, of moments or places the sentences do not make one",
            0.6,
        )
    if _readings_at_other_places(a, b):
        return PairVerdict(
            Relation.NOT_COMPARABLE, field, f"{shown}: readings at places the sentences do not make one", 0.6
        )
    if is_distance(qa.counted) and (_under_way(a) or _under_way(b)):
        return PairVerdict(
            Relation.NOT_COMPARABLE, field, f"{shown}: where a storm was at one hour and at another", 0.6
        )
    if qa.unit == "km/h" and qa.counted != "wind speed" and (_moving_on(a) or _moving_on(b)):
        return PairVerdict(
            Relation.NOT_COMPARABLE, field, f"{shown}: how fast a storm moved at one hour and at another", 0.6
        )
    if _pressure_readings(a, b):
        return PairVerdict(
            Relation.NOT_COMPARABLE, field, f"{shown}: readings of a storm's pressure, of moments not made one", 0.6
        )
    if _part_of_unscoped_whole(a, b):
        return PairVerdict(
            Relation.NOT_COMPARABLE,
            field,
            f"{shown}: one figure is for one part (a place, those aboard, those on the ground), the other's scope "
            "is not stated",
            0.6,
        )
    if _ages_of_people_not_named(a, b):
        return PairVerdict(
            Relation.NOT_COMPARABLE, field, f"{shown}: ages of people no one names, perhaps of two people", 0.6
        )
    early = _early_figure_order(a, b)
    if early:
        return PairVerdict(
            Relation.UPDATE, field, f"{shown}: an early figure, then another", 0.6, later=early, basis="by wording"
        )
    anchor = _one_release(a, b, sources)
    if anchor is not None:
        return PairVerdict(
            Relation.CONFLICT, field, f"{shown}: both given with {anchor}, so from one release of the figures", 0.7
        )
    update = _update_explains(a, b, sources)
    if update:
        later, basis, why = update
        return PairVerdict(Relation.UPDATE, field, f"{shown}: {why}", 0.7, later=later, basis=basis)
    if (_running(qa) or _moving(a) or _moving(b) or _tally_so_far(a) or _tally_so_far(b)) and _undated(a, b, sources):
        return PairVerdict(
            Relation.NOT_COMPARABLE, field, f"{shown}: a running figure, and a report's date is unknown", 0.6
        )
    if estimates:
        return PairVerdict(Relation.CONFLICT, field, f"{shown}: two estimates that differ", 0.5)
    certainty = 0.6 if qa.approximate or qb.approximate else 0.9
    return PairVerdict(Relation.CONFLICT, field, shown, certainty)


def _raised_bound(earlier: Quantity, later: Quantity) -> bool:
    """Whether a later figure raises an earlier one that was open above: "at least 38", then 45; not "as many as
    50", then 30, which the bound allows but does not rise from."""
    return (
        earlier.upper is None and earlier.lower is not None and later.lower is not None and later.lower > earlier.lower
    )


def _whole_of(claim: Claim) -> float | None:
    """The whole a figure is given as a part of ("seven of the eight towers": 8), else None."""
    start, end = claim.in_sentence
    return _whole_in(claim.sentence.text[start:end])


@lru_cache(maxsize=4096)  # asked of both figures of every pair of counts compared
def _whole_in(words: str) -> float | None:
    found = PART_OF.search(words)  # the wording extraction reads a part by
    numbers = find_numbers(found.group("total")) if found else []
    return numbers[0].lower if len(numbers) == 1 else None


def _part_of_a_whole(a: Claim, b: Claim) -> str | None:
    """Why two counts of one thing are not one figure when one is told as a part of a whole ("seven of the eight
    towers" burned, "four out of the seven blocks" searched): a part is the set its verb makes, which only a part of
    the same whole may state; a count told on its own may be the whole or a set another verb makes ("the estate's
    eight towers", "four blocks were under control")."""
    whole_a, whole_b = _whole_of(a), _whole_of(b)
    if whole_a == whole_b:
        return None
    if whole_a is not None and whole_b is not None:
        return "parts of different wholes"
    if not _verbs_around(a).isdisjoint(_verbs_around(b)):
        return None  # "nine of its 14 cars derailed" and "eleven carriages derailed": one set, by its verb
    return "one is told as a part of a whole, the other on its own"


def _verbs_around(claim: Claim) -> frozenset[str]:
    """The verbs of a claim's clause outside its own words, by lemma, where a word can only be a verb there: an
    inflected form that is no noun, or one ending -ed or -ing ("derailed", "engulfed", "consisting")."""
    start, end = claim.in_sentence
    text = claim.sentence.text
    words = re.findall(r"[A-Za-z]+", clause(claim).replace(text[start:end], " "))
    verbs: set[str] = set()
    for word in (w.lower() for w in words):
        readings = getAllLemmas(word)
        lemmas = set(readings.get("VERB", ()))
        if lemmas and word not in lemmas and (word.endswith(("ed", "ing")) or "NOUN" not in readings):
            verbs |= lemmas
    return frozenset(verbs)


_PERIOD = re.compile(
    r"\b(?:over|in|during|within|for)\s+(?:the\s+)?(?P<which>last|past|previous|preceding|first|next)?\s*"
    r"(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+"
    r"(?P<unit>hours?|days?|weeks?|months?)\b",
    re.I,
)


# What makes two readings of the wind one moment, said of the figure's own phrase: a storm's sustained winds (its
# intensity, as forecasters give it: "maximum sustained winds of 295 km/h", not "gusts of 190 mph" beside them),
# its strongest ("peak gusts of", "maximum winds of"), or at its landfall ("made landfall with winds of 150 mph",
# "150 mph at landfall"; not "two days after landfall").
_WIND_PHRASE = r"(?:\s+sustained)?\s+(?:wind\s+speeds?|winds?|gusts?)\b[^,;:.\d]{0,30}\Z"
_WIND_MOMENTS = {
    "sustained": re.compile(r"\bsustained\s+(?:wind\s+speeds?|winds?)\b[^,;:.\d]{0,30}\Z", re.I),
    "strongest": re.compile(rf"\b(?:peak|maximum|max|strongest|highest){_WIND_PHRASE}", re.I),
    "landfall": re.compile(r"\b(?:at|upon|on|making|made)\s+landfall(?:\s+with)?\b[^,;:.\d]{0,40}\Z", re.I),
}
_LANDFALL_AFTER = re.compile(r"\A[^,;:.]{0,25}?\b(?:at|upon|on|as it made|when it made)\s+landfall\b", re.I)


def _wind_readings(a: Claim, b: Claim) -> bool:
    """Two differing speeds of the wind, unless both are a storm's sustained winds, its strongest or at its
    landfall: gusts rise and fall by the hour and from place to place ("gusts of around 60 mph" in the morning,
    "35-50 mph" overnight a week later)."""
    if not _of_the_wind(a) or not _of_the_wind(b):
        return False
    if _under_way(a) or _under_way(b):
        return True  # "the eye was located 145 miles southwest of Kingston, packing winds of 175 mph": that hour's
    return not _wind_moments(a) & _wind_moments(b)


# What the sea, the rain or the snow did where it was measured: each place has its own reading.
PLACE_READINGS = frozenset({"wave height", "storm surge", "rainfall", "snowfall"})
_WAVES = re.compile(r"\b(?:waves?|tsunami|surges?|swells?)\b", re.I)


def _readings_at_other_places(a: Claim, b: Claim) -> bool:
    """Two readings of the sea, the rain or the snow whose clauses each name places, none in common: "waves hit 2.5
    feet in San Francisco" and "Midway atoll indicated 1.8 meter waves" are two places' waves, as are two gauges'
    rain. A reading whose clause names no place may be of the place named before ("fell on the city")."""
    if not (_a_place_reading(a) and _a_place_reading(b)):
        return False
    names_a, names_b = names_in_clause(a), names_in_clause(b)
    return bool(names_a) and bool(names_b) and not names_a & names_b


def _a_place_reading(claim: Claim) -> bool:
    counted = claim.quantity.counted if claim.quantity is not None else None
    return counted in PLACE_READINGS or (counted == "height" and bool(_WAVES.search(clause(claim, min_words=10))))


def _wind_moments(claim: Claim) -> frozenset[str]:
    """Which of one storm's moments the figure's own phrase says its wind speed is of."""
    start, end = claim.in_sentence
    before, after = claim.sentence.text[:start], claim.sentence.text[end:]
    moments = {name for name, pattern in _WIND_MOMENTS.items() if pattern.search(before)}
    if _LANDFALL_AFTER.match(after):
        moments.add("landfall")
    return frozenset(moments)


def _under_way(claim: Claim) -> bool:
    """Whether a claim's sentence tells a storm where it is or where it heads, and not its landfall or its peak:
    what it gives of the storm is that hour's ("the eye was located 20 miles south-southwest of Montego Bay",
    "as it edges closer to Jamaica", "was moving northeast at 14 mph"; not "made landfall near Dunmore, moving
    northwest at 10 mph")."""
    text = claim.sentence.text
    return bool(_STORM_UNDER_WAY.search(text) or _MOVING_ON.search(text)) and not _LANDFALL_OR_PEAK.search(text)


# A storm told where it is or where it heads.
_STORM_UNDER_WAY = re.compile(
    r"\b(?:(?:eye|cent(?:er|re))\b[^.;,]{0,40}?|(?:storm|hurricane|typhoon|cyclone|it)\s+|"
    r"(?:Hurricane|Typhoon|Cyclone|Storm)\s+[A-Z][a-z]+\s+)(?:was|is)\s+(?:now\s+)?(?:located|centered|centred|positioned)\b"
    r"|\b(?:edg|churn|crawl)(?:es|ed|ing)\s+(?:closer|toward|towards)\b"
    r"|\bas\s+it\s+(?:approache[sd]|neare[sd]|nears|edge[sd])\b",
    re.I,
)
_LANDFALL_OR_PEAK = re.compile(r"\b(?:landfall|ashore|peak|peaked)\b", re.I)
# Something moving on a compass heading at a speed: a storm's track, read at that hour ("its center is moving
# north-northeast at 9 mph", "was moving northeast at 14 mph").
_MOVING_ON = re.compile(
    r"\b(?:mov|head|track|drift|crawl|travel|traval)(?:e|es|ed|ing|s|led|ling)?\s+(?:due\s+)?"
    r"(?:north|south|east|west)[a-z-]*\s+at\b",
    re.I,
)


def _moving_on(claim: Claim) -> bool:
    return bool(_MOVING_ON.search(claim.sentence.text))


def _pressure_readings(a: Claim, b: Claim) -> bool:
    """Two differing central pressures of a storm, unless both are its lowest or at its landfall: a storm deepens
    and fills by the hour ("899 millibars" at its peak, "952 millibars" as it reached Cuba a day later). Only where
    both sentences speak of pressure: "a 50 MB file" is no storm's."""
    assert a.quantity is not None and b.quantity is not None
    if a.quantity.counted != "pressure" or b.quantity.counted != "pressure":
        return False
    if not (_PRESSURE.search(a.sentence.text) and _PRESSURE.search(b.sentence.text)):
        return False
    return not _pressure_moments(a) & _pressure_moments(b)


def _pressure_moments(claim: Claim) -> frozenset[str]:
    text = claim.sentence.text
    moments = {"lowest"} if _LOWEST_PRESSURE.search(text) else set()
    if _TELLS_LANDFALL.search(text) and not _under_way(claim):
        moments.add("landfall")
    return frozenset(moments)


_PRESSURE = re.compile(r"\bpressure\b", re.I)
_LOWEST_PRESSURE = re.compile(
    r"\b(?:lowest|minimum)\b[^.;]{0,40}\bpressure\b[^.;]{0,40}\b(?:on record|ever|recorded)\b"
    r"|\b(?:lowest|record)\s+(?:central\s+)?pressure\b|\bat\s+its\s+(?:peak|strongest)\b|\bpeak\s+intensity\b",
    re.I,
)
_TELLS_LANDFALL = re.compile(
    r"\b(?:landfall|came\s+ashore|moved\s+ashore|slammed\s+into|struck|smashed\s+into|barrel(?:l)?ed\s+into)\b", re.I
)


def _of_the_wind(claim: Claim) -> bool:
    """A speed of the wind: "gusts of 60 mph", or "speeds of up to 60mph" in a clause about winds."""
    quantity = claim.quantity
    assert quantity is not None
    if quantity.counted == "wind speed":
        return True
    return quantity.counted == "speed" and bool(re.search(r"\b(?:winds?|gusts?)\b", clause(claim, min_words=10), re.I))


_RATE = re.compile(
    r"\A[^.;,]{0,40}?\b(?:(?:each|every|per)\s+(?:day|night|week|month|year|season|summer|winter)"
    r"|a\s+(?:day|night|week|month|year)\b(?!\s+(?:after|before|later|earlier|ago|on|since))"
    r"|daily|weekly|monthly|annually|yearly|on\s+(?:a\s+)?(?:typical|normal|average|busy)\s+day)\b",
    re.I,
)


def _is_rate(claim: Claim) -> bool:
    """A usual amount per day or year ("hundreds of tourists each day"), not a count of what happened."""
    after = claim.sentence.text[claim.span.end - claim.sentence.start :]
    return bool(_RATE.match(after))


def _period(claim: Claim) -> tuple[str, str, str] | None:
    """The stretch of time a count is totalled over, when its sentence says: "over the last three days"; the first
    24 hours of a disaster are not the last 24."""
    found = _PERIOD.search(claim.sentence.text)
    if not found:
        return None
    which = (found.group("which") or "").lower()
    start = "first" if which in ("first", "next") else "last"
    return start, found.group("n").lower(), found.group("unit").lower().rstrip("s")


def _part_of_unscoped_whole(a: Claim, b: Claim) -> bool:
    """A smaller count of people (or of what was destroyed) for a named place (or those aboard, or on the ground)
    and a larger one with no scope may be a part and its whole, not an earlier and a later toll."""
    qa, qb = a.quantity, b.quantity
    assert qa is not None and qb is not None
    if (qa.scope is None) == (qb.scope is None) or not (counts_people(qa) or counts_damage(a) or counts_damage(b)):
        return False
    placed, unplaced = (qa, qb) if qa.scope is not None else (qb, qa)
    return _bounds(placed)[1] < _bounds(unplaced)[0]


# A sum given again in another currency, in brackets or after "or": "€88 million ($102 million)", "or about £76m".
_EXCHANGED_BEFORE = re.compile(
    r"[$€£]\s?\d[\d.,]*(?:\s*(?:million|billion|bn|m)\b)?\s*(?:\(|\[|;|,\s*or|\bor)\s*"
    r"(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+)?(?:US)?\Z",
    re.I,
)
EXCHANGE_TOLERANCE = 0.05  # outlets convert at the day's rate and round: £76 million and £77 million are one sum


def _exchanged(claim: Claim) -> bool:
    """Whether a sum is another sum converted by the outlet, not a figure of its own."""
    before = claim.sentence.text[: claim.span.start - claim.sentence.start]
    return claim.quantity is not None and claim.quantity.counted == "money" and bool(_EXCHANGED_BEFORE.search(before))


def _within_exchange(qa: Quantity, qb: Quantity) -> bool:
    low_a, high_a = _bounds(qa)
    low_b, high_b = _bounds(qb)
    return low_a <= high_b * (1 + EXCHANGE_TOLERANCE) and low_b <= high_a * (1 + EXCHANGE_TOLERANCE)


def _people_kind(claim: Claim) -> str | None:
    """Which people a figure counts, where its words say ("50 Buddhist monks", "26 tourists", "six children"): a
    part of a toll, set apart from the whole; None for a count of anyone ("26 people", "the victims"), and for a
    count that is not of what befell people ("four thieves", "three gunmen": the noun is what it counts)."""
    quantity = claim.quantity
    if quantity is None or casualty_of(quantity.counted) not in CASUALTIES:
        return None
    return _people_named(claim.span.text)


_SPAN_WORD = re.compile(r"[A-Za-z]+")


# Auxiliaries: a word before a verb, not part of what it says ("was planning to provide").
_AUXILIARIES = {"was", "were", "is", "are", "has", "have", "had", "did", "does", "will", "would", "could", "can"}
# Closed-class words that end the phrase after a number: auxiliaries and modals, and "same" ("the same 26").
_ENDS_A_NOUN_PHRASE = frozenset(
    _AUXILIARIES | {"having", "be", "been", "being", "shall", "should", "may", "might", "must", "do", "same"}
)


@lru_cache(maxsize=16384)
def _people_named(text: str) -> str | None:
    """The noun for the people a figure counts, from the words after its number: "26 innocent civilians" counts
    civilians, "five medical students" students; a word or two may describe them before the noun."""
    numbers = find_numbers(text)
    after = re.split(r"[,;:.()]", text[numbers[0].end :] if numbers else text, maxsplit=1)[0]
    words = _SPAN_WORD.findall(after)
    if len(words) > 1 and words[0].lower() in ("were", "are") and person_noun(words[1]) is not None:
        words = words[1:]  # "40 were adults": what some of a toll were
    kind, origin = None, None
    for index, word in enumerate(words[:4]):
        if word.lower() in _ENDS_A_NOUN_PHRASE:  # "2,376 have been injured": a verb, not the haves
            break
        if is_origin_word(word) and index + 1 < len(words) and person_noun(words[index + 1]) is not None:
            origin = word.lower()
            continue
        noun = person_noun(word)
        if noun is None and (kind is not None or index >= 2):
            break
        kind = noun or kind
    if kind is None:
        return None
    if origin is not None:  # "two foreign tourists", "25 Indian tourists": some of the tourists
        return f"{origin} {kind}"
    return None if kind in ANY_PEOPLE else kind


# Units no outlet converts a figure into: "83-year-old" and ", 82" are two ages, not one rounded two ways.
_NEVER_CONVERTED = frozenset({"count", "ordinal", "magnitude", "rank", "years"})


# Hedges that put a figure in the middle of its range: "about 700", "roughly 750", "some 40".
_HEDGES_AROUND = frozenset(
    {"about", "around", "approximately", "roughly", "some", "estimated", "an estimated", "an approximate"}
)


def _different_estimates(qa: Quantity, qb: Quantity) -> bool:
    """Two figures hedged around a value (or one of them round and bare: "hosting 700 campers"), in one unit as
    written, around different values neither of which is the other rounded: "about 700 children" and "about 750
    children" are two sources' estimates that differ, though their ranges overlap; "about 14,000 acres" is "an
    estimated 14,117 acres" rounded, and "800 campers" is "about 750" rounded."""
    if not (_hedged_or_round(qa) and _hedged_or_round(qb)) or not (
        qa.qualifier in _HEDGES_AROUND or qb.qualifier in _HEDGES_AROUND
    ):
        return False
    if qa.unit != qb.unit or _written_unit(qa) != _written_unit(qb):
        return False
    if qa.lower is None or qa.upper is None or qb.lower is None or qb.upper is None:
        return False
    a, b = (qa.lower + qa.upper) / 2, (qb.lower + qb.upper) / 2
    return not (_rounds_to(a, b) or _rounds_to(b, a))


def _hedged_or_round(quantity: Quantity) -> bool:
    """A figure hedged around a value ("about 750"), or a bare count written as a whole number of 100 or more that
    ends in two zeros ("hosting 700 campers"; not "1.44 million", "2 hours" or "14,600 hectares"): both are
    someone's estimate to the last digit they give."""
    if quantity.qualifier in _HEDGES_AROUND:
        return True
    digits = quantity.written.replace(",", "")
    return (
        quantity.qualifier is None
        and quantity.unit == "count"
        and quantity.lower == quantity.upper
        and digits.isdigit()
        and int(digits) >= 100
        and digits.endswith("00")
    )


def _rounds_to(value: float, rounded: float) -> bool:
    """Whether `value` rounded at the last significant digit of `rounded` is `rounded` (14,117 to 14,000)."""
    unit = _last_digit(rounded)
    return math.isclose(math.floor(value / unit + 0.5) * unit, rounded, rel_tol=1e-9, abs_tol=1e-9)


def _last_digit(number: float) -> float:
    """The place of a figure's last significant digit: 100 for 700, 10 for 750, 0.1 for 3.1."""
    text = f"{abs(number):.6f}".rstrip("0").rstrip(".")
    if "." in text:
        return 10.0 ** -len(text.partition(".")[2])
    return 10.0 ** (len(text) - len(text.rstrip("0"))) if text != "0" else 1.0


def intervals_overlap(qa: Quantity, qb: Quantity) -> bool:
    """Whether two quantities can both be true.

    Figures converted from another unit were rounded by someone: each may stand for anything within half a unit
    of its last significant digit ("three miles" is 2.5 to 3.5 miles, so it matches "5 km"), and at least 2 %.
    """
    converted = _written_unit(qa) != _written_unit(qb) and qa.unit not in _NEVER_CONVERTED
    low_a, high_a = _bounds(qa, rounding=converted)
    low_b, high_b = _bounds(qb, rounding=converted)
    tolerance = UNIT_TOLERANCE if converted else 1e-9

    def below(low: float, high: float, strict: bool) -> bool:
        limit = high * (1 + tolerance)
        return low < limit - 2e-9 * abs(high) if strict else low <= limit

    return below(low_a, high_b, _above(qa) and _short_of(qb)) and below(low_b, high_a, _above(qb) and _short_of(qa))


def rounded_alike(qa: Quantity, qb: Quantity) -> bool:
    """Whether one exact figure is the other written to fewer decimals: "43.7 per cent" and "43.69 per cent", a
    "7.7" quake and a "7.72" one, "18%" and "18.1%". The rounder figure must have decimals of its own or be a share:
    "2 million" is no rounding of "2.4 million"."""
    if qa.approximate or qb.approximate or _written_unit(qa) != _written_unit(qb):
        return False
    stated = _stated_decimals(qa), _stated_decimals(qb)
    if stated[0] is None or stated[1] is None or stated[0][1] == stated[1][1]:
        return False
    (rough, places, rough_q), (fine, _, fine_q) = sorted(((*stated[0], qa), (*stated[1], qb)), key=lambda s: s[1])
    if places == 0 and qa.unit != "%":
        return False
    if not rough or not fine or rough_q.lower is None or fine_q.lower is None:
        return False
    same_scale = math.isclose(rough_q.lower / rough, fine_q.lower / fine, rel_tol=1e-9)
    half = 0.5 * 10**-places  # rounding half up: 6.5 is 7, so "6%" stands for 5.5 to just under 6.5
    return same_scale and rough - half - 1e-9 <= fine < rough + half - 1e-9


_WRITTEN_NUMBER = re.compile(r"\d+(?:,\d{3})*(?:\.(\d+))?")


def _stated_decimals(q: Quantity) -> tuple[float, int] | None:
    """An exact figure's number as written, and how many decimals it gives."""
    if q.lower is None or q.lower != q.upper:
        return None
    found = _WRITTEN_NUMBER.search(q.written)
    if found is None:
        return None
    return float(found.group(0).replace(",", "")), len(found.group(1) or "")


# Qualifiers that leave the figure itself out: "more than 150" and "nearly 150" cannot both be true. Against a
# figure with no qualifier they stay inclusive: "a 140-carat diamond" may be a rounded "over 140 carats".
_STRICTLY_ABOVE = frozenset(
    {"more than", "over", "upwards of", "in excess of", "exceeding", "above", "just over"}
    | {"exceed", "exceeds", "exceeded", "surpass", "surpasses", "surpassed", "top", "tops", "topped"}
    | {"passed", "passes", "crossed", "crosses"}
)
_STRICTLY_BELOW = frozenset({"fewer than", "less than", "under", "below", "nearly", "almost", "just under"})


def _above(q: Quantity) -> bool:
    return q.qualifier in _STRICTLY_ABOVE


def _short_of(q: Quantity) -> bool:
    return q.qualifier in _STRICTLY_BELOW


_WRITTEN_UNIT = re.compile(r"[A-Za-z/%$€£]+[A-Za-z/ ]*$")


def _written_unit(q: Quantity) -> str | float:
    """The unit the figure was written in: its factor to the canonical unit where it is one ("acre" and "acres"
    are one unit, so neither is a conversion of the other), else the words as written."""
    found = _WRITTEN_UNIT.search(q.written.replace("-", " "))
    written = found.group(0).strip().lower() if found else ""
    words = written.split()
    for start in range(len(words)):  # past a figure in words: "eight kilometres"
        known = UNIT_FACTORS.get(" ".join(words[start:]))
        if known is not None:
            return known[1]
    return written


def _rounding(q: Quantity) -> float:
    """Half a unit of the last significant digit of the figure as written, relative to it (at most 17 %)."""
    numbers = re.findall(r"\d[\d,]*(?:\.\d+)?", q.written)
    if not numbers:  # a number in words ("three-mile") is as round as its digits would be
        words = find_numbers(q.written.replace("-", " "))
        numbers = [str(int(words[0].lower))] if words and words[0].lower == int(words[0].lower) else []
    if not numbers:
        return 0.0
    digits = numbers[0].replace(",", "")
    value = float(digits)
    if value == 0:
        return 0.0
    decimals = len(digits.split(".")[1]) if "." in digits else -(len(digits) - len(digits.rstrip("0")))
    half_unit: float = 0.5 * 10.0**-decimals
    return min(half_unit / value, 0.17)


def _bounds(q: Quantity, *, rounding: bool = False) -> tuple[float, float]:
    low = q.lower if q.lower is not None else -math.inf
    high = q.upper if q.upper is not None else math.inf
    if rounding and low == high and not q.approximate:
        spread = abs(low) * _rounding(q)
        return low - spread, high + spread
    return low, high


def _middle(q: Quantity) -> float:
    """Where a figure stands, to tell which of two is higher: the middle of a range or estimate ("about 750" is
    750, above a bare 700), the floor of one open above ("at least 24")."""
    low, high = _bounds(q)
    return low if math.isinf(high) or math.isinf(low) else (low + high) / 2


def _update_explains(a: Claim, b: Claim, sources: dict[str, Source]) -> tuple[int, str, str] | None:
    """News tolls move as a story develops: a later report with a larger count is an update, not a conflict.

    Which figure is later comes from the days they were given (see `_moment_order`), else from the wording of one
    of them ("the toll has risen to 20", "up from 12"). Returns (1 when b is the later, -1 when a is; the basis;
    the reason).
    """
    qa, qb = a.quantity, b.quantity
    assert qa is not None and qb is not None
    order, basis = _moment_order(a, b, sources), "by date"
    if order == 0:
        order, basis = _wording_order(a, b), "by wording"
    if order == 0 and _rose_twice_in_a_day(a, b, sources):
        # both say the toll rose that day ("has increased to 3,145", "rose to 3,085"): it rose to the lower first
        low_a, low_b = _bounds(qa)[0], _bounds(qb)[0]
        order, basis = (-1 if low_b > low_a else 1 if low_a > low_b else 0), "by wording"
    if order == 0 and _doubled_in_a_day(a, b, sources):
        # "one person was killed" and "at least 24 were killed" the same day: the first hours' toll, then a later one
        order, basis = (-1 if _middle(qa) < _middle(qb) else 1), "by size"
    if order == 0 or _said_final(a if order < 0 else b):
        return None  # a figure that said it was final leaves nothing to update: a later one differs from it
    earlier, later = (qa, qb) if order < 0 else (qb, qa)
    if _moving(a) or _moving(b):
        return -order, basis, "the figure changed between reports published at different times"
    kind = casualty_of(qa.counted)
    rising = kind in RISING_COUNTS | RISING_DAMAGE | RISING_MEASURES or _tally_so_far(a) or _tally_so_far(b)
    if rising and _middle(later) >= _middle(earlier):
        what = "toll" if kind in RISING_COUNTS else "figure"
        return -order, basis, f"the later report has the higher {what}, an update"
    return None


# A count its own clause says is missing ("five campers are still missing") or under evacuation orders ("30,000
# people were under evacuation orders"): people are found, orders are issued and lifted, so it moves both ways.
_MISSING_AFTER = re.compile(
    r"\A(?:(?!\band\b|\bor\b)[^,;:.()\d]){0,40}?\b(?:missing|unaccounted for|evacuat\w*|under evacuation)", re.I
)


# The same, said before the count: "among the missing were 27 girls", "many are unaccounted for, including 23 girls".
_MISSING_BEFORE = re.compile(
    r"\b(?:missing|unaccounted\s+for)\b[^.;:()]{0,40}\Z"
    # what an evacuation order covers, lifted or widened by the hour: "under evacuation advisories in more than 220
    # municipalities", "evacuation directives were issued for 172,503 people"; not what came before or after it
    r"|\bevacuation\s+(?:advisor(?:y|ies)|orders?|directives?|warnings?|notices?)\s+"
    r"(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:(?:issued|extended|in\s+place|in\s+effect)\s+)?"
    r"(?:in|for|to|across|covering)\s+(?:more\s+than\s+|over\s+|about\s+|some\s+|nearly\s+|at\s+least\s+)?\Z",
    re.I,
)
# A count its clause says was sent to the scene ("the state has deployed more than 1,300 personnel"): crews are
# sent and stood down as the response goes on.
_DEPLOYED_BEFORE = re.compile(
    r"\b(?:deployed|deploying|dispatched|dispatching|mobili[sz]ed|mobili[sz]ing|sent\s+in|has\s+sent|have\s+sent)\b"
    r"[^,;:.()]{0,60}\Z",
    re.I,
)

# The same, said after the count: "700 firefighters, backed by 14 aircraft, were battling the flames", "750
# firefighters and 16 aircraft are now deployed".
_DEPLOYED_AFTER = re.compile(
    # the counted people or craft themselves, past an aside on them or another count joined by "and"
    r"\A\s+(?:[\w-]+\s+){0,2}?[\w-]+(?:,[^,;:.()]{1,40},)?(?:\s+and\s+\d[\d,]*\s+(?:[\w-]+\s+){0,2}?[\w-]+)?\s+"
    r"(?:are|were|is|was|have\s+been|had\s+been)\s+(?:(?:now|still|currently)\s+)?"
    r"(?:deployed|battling|fighting|tackling|on\s+the\s+ground|at\s+the\s+scene)\b",
    re.I,
)


# The smallest figure that marks one release of a toll: two reports giving the same 1,644 dead are quoting one
# release; two giving the same 12 may merely agree on a count that stood still.
RELEASE_ANCHOR_MIN = 100


def _one_release(a: Claim, b: Claim, sources: dict[str, Source]) -> str | None:
    """The figure that shows two differing counts of a toll come from one release, when one does: each sentence
    gives, beside its count, the same exact figure of another part of the toll ("has risen to 1,000, with 1,670
    people injured" and "has surged to 694, with 1,670 individuals reported injured"). A release gives its dead,
    injured and missing together, and the next one moves them all; two reports dated to different days are left to
    the dates, since a part of the toll can stand still between releases."""
    qa, qb = a.quantity, b.quantity
    assert qa is not None and qb is not None
    kind = casualty_of(qa.counted)
    if kind not in CASUALTIES or kind != casualty_of(qb.counted) or _moment_order(a, b, sources) != 0:
        return None
    beside_a, beside_b = _figures_beside(a), _figures_beside(b)
    for counted, value in beside_a & beside_b:
        if casualty_of(counted) != kind:
            return f"{value:,} {counted}"
    return None


def _figures_beside(claim: Claim) -> frozenset[tuple[str, int]]:
    """The other parts of a toll its sentence gives beside a claim's count, as (what is counted, figure): exact
    figures, large enough to mark a release (`RELEASE_ANCHOR_MIN`)."""
    start, end = claim.in_sentence
    figures: set[tuple[str, int]] = set()
    for hit in _sentence_quantities(claim.sentence.text):
        counted, figure = hit.quantity.counted, _exact_count(hit.quantity)
        if counted is None or figure is None or not (hit.end <= start or hit.start >= end):
            continue
        if casualty_of(counted) in CASUALTIES and figure >= RELEASE_ANCHOR_MIN:
            figures.add((counted, figure))
    return frozenset(figures)


def _exact_count(quantity: Quantity) -> int | None:
    """The figure of a count stated exactly ("1,670", not "about 1,670" or "at least 1,670"), else None."""
    exact = quantity.unit == "count" and not quantity.approximate and quantity.qualifier is None
    if not exact or quantity.lower is None or quantity.lower != quantity.upper or not quantity.lower.is_integer():
        return None
    return int(quantity.lower)


@lru_cache(maxsize=4096)  # asked of both sentences of every pair of differing counts
def _sentence_quantities(text: str) -> tuple[QuantityHit, ...]:
    return tuple(extract_quantities(text))


def _moving(claim: Claim) -> bool:
    """A count of the missing, the evacuated or those deployed, whatever noun it counts, changes both ways over
    time."""
    quantity = claim.quantity
    if quantity is None or quantity.unit != "count":
        return False
    if casualty_of(quantity.counted) in ("killed", "injured"):
        return False  # the dead or hurt, whoever else the clause says is missing: "Over 170 missing, 109 dead"
    start, end = claim.in_sentence
    after = claim.sentence.text[end:]
    before = claim.sentence.text[:start]
    return (
        casualty_of(quantity.counted) in MOVING_COUNTS
        or _a_tally(quantity)
        or bool(_MISSING_AFTER.match(after))
        or bool(_MISSING_BEFORE.search(before))
        or bool(_DEPLOYED_BEFORE.search(before))
        or bool(_DEPLOYED_AFTER.match(after))
        # any other count its clause tells as how things still stand, or as changed to ("now down to 21")
        or (
            casualty_of(quantity.counted) not in RUNNING
            and (bool(_STILL_AFTER.match(after)) or bool(_CHANGED_TO.search(before)))
        )
    )


# A count its clause tells as how things still stand: "Twenty-five communities are still marooned", "more than 30
# communities remain cut off"; a reading at that moment.
_STILL_AFTER = re.compile(
    r"\A(?:(?!\band\b|\bor\b)[^,;:.()\d]){0,40}?(?<!\bof\s)(?<!\bhuman\s)(?<!\bmortal\s)(?<!\btheir\s)"
    r"\b(?:still|remains?|remained)\b"
    # not a circumstance of another moment: "were still on board when the fire broke out"
    r"(?![^,;:.()]*\b(?:when|as|while|before|after)\b)",
    re.I,
)
# A count its sentence tells as changed to: "the Bloc now down to 21", "brings the Liberals to 170 seats", "has been
# reduced to seven seats", "fell to 143"; not a maximum ("up to 5 metres").
_CHANGED_TO = re.compile(
    r"(?:\b(?:fell|falls|fallen|falling|dropped|drops|rose|rises|risen|rising|climbed|climbs|grew|grows|grown"
    r"|jumped|increased|increases|decreased|decreases|slipped|slips|dipped|dips|reduced|lowered|raised|cut)\b"
    r"(?:\s+(?!to\b)[\w\'\u2019-]+){0,3}?\s+"
    r"|\b(?:now|back)\s+(?:up|down)\s+|\bdown\s+)to\s+\Z",
    re.I,
)


# A figure given as the last word on it: "the final death toll of 260", "the final tally stands at 1,411".
_FINAL = re.compile(r"\bfinal\s+(?:death\s+|casualty\s+)?(?:toll|count|tally|figure|number)\b", re.I)


def _said_final(claim: Claim) -> bool:
    """A figure its clause gives as final, not one said not to be ("not the final count", "the final toll was not
    yet known")."""
    words = clause(claim, min_words=12)
    return bool(_FINAL.search(words)) and not _NOT_FINAL.search(words)


_NOT_FINAL = re.compile(r"\b(?:not|no|yet|until|before|expected|could|may|might|will|would)\b", re.I)


# A tally its clause says is of the story so far: "32 DNA samples have been matched till now", "so far, 253 victims
# were identified". Whatever it counts, it grows as the days go on.
_SO_FAR = re.compile(r"\b(?:so\s+far|thus\s+far|to\s+date|till\s+now|until\s+now|up\s+to\s+now|as\s+of\s+now)\b", re.I)


def _tally_so_far(claim: Claim) -> bool:
    """A count its sentence opens, or its clause says, is of the story so far (see `_SO_FAR`)."""
    if claim.quantity is None or claim.quantity.unit != "count":
        return False  # an age, a height, a length: "had so far reached 625 feet" is one reading
    opening = _SO_FAR.match(claim.sentence.text.lstrip(" \"“‘'("))  # "So far, 253 victims were identified"
    return bool(opening or _SO_FAR.search(clause(claim)))


def _running(quantity: Quantity) -> bool:
    """A figure that changes as the story goes on, so reports at different moments differ."""
    return casualty_of(quantity.counted) in RUNNING or _a_tally(quantity)


def _a_tally(quantity: Quantity) -> bool:
    """An election's seats, votes or shares of the vote, which move as the count goes on and recounts revise it, in
    a story that gives them to several names (`Quantity.holder` set): not a stadium's seats or one vote in
    parliament."""
    return quantity.counted in TALLIES and quantity.holder is not None


def _undated(a: Claim, b: Claim, sources: dict[str, Source]) -> bool:
    """Whether the day one of the two figures was given is unknown (its sentence names none and its report has no
    date, or it is an entry of a timeline) and no bound on it (`_moment_bounds`) says which came first.

    A draft (check) is not among the sources: it is being written now, after all of them.

    News tolls move by the hour: a false contradiction costs an editor more than a missed one, so two
    figures of a running count are not set against each other when their order cannot be known.
    """
    if a.source not in sources or b.source not in sources:
        return False
    unknown = _moment(a, sources) is None or _moment(b, sources) is None
    return unknown and _bounded_order(a, b, sources) == 0


def _moment_order(a: Claim, b: Claim, sources: dict[str, Source]) -> int:
    """-1 when a's figure was given first, 1 when b's was, 0 when unknown or the same day. A figure was given on
    the day its sentence says ("officials said on Tuesday"), else when its report was published; a figure of an
    undated report, no earlier than the last day that report says anything was said on."""
    if _read_on(a) is None and _read_on(b) is None and not _in_timeline(a) and not _in_timeline(b):
        order = _publication_order(sources.get(a.source), sources.get(b.source))
    else:
        day_a, day_b = _moment(a, sources), _moment(b, sources)
        order = 0 if day_a is None or day_b is None or day_a == day_b else -1 if day_a < day_b else 1
    return order or _bounded_order(a, b, sources)


def _bounded_order(a: Claim, b: Claim, sources: dict[str, Source]) -> int:
    """-1 when a's figure was given before any day b's can have been, 1 the other way round, else 0."""
    (first_a, last_a), (first_b, last_b) = _moment_bounds(a, sources), _moment_bounds(b, sources)
    if last_a is not None and first_b is not None and last_a < first_b:
        return -1
    if last_b is not None and first_a is not None and last_b < first_a:
        return 1
    return 0


def _moment_bounds(claim: Claim, sources: dict[str, Source]) -> tuple[dt.date | None, dt.date | None]:
    """The first and last day a figure can have been given (None: unbounded)."""
    day = _moment(claim, sources)
    if day is not None:
        return day, day
    source = sources.get(claim.source)
    if source is None:
        return None, None
    return (None, source.published) if _in_timeline(claim) else (source.not_before, None)


def _moment(claim: Claim, sources: dict[str, Source]) -> dt.date | None:
    """The day a figure was given: as its sentence says, else its report's publication date; unknown for an entry
    of a timeline, a reading at its own moment."""
    if (day := _read_on(claim)) is not None:
        return day
    source = sources.get(claim.source)
    return source.published if source is not None and not _in_timeline(claim) else None


def _in_timeline(claim: Claim) -> bool:
    """Whether the claim's sentence is an entry of a timeline, which tells what was so at the moment it opens on."""
    return opens_timeline_entry(claim.sentence.text)


def _read_on(claim: Claim) -> dt.date | None:
    return claim.quantity.as_of if claim.quantity is not None else None


# Kinds of person too common in a story to tell one unnamed person from another: "a 70-year-old man", "a 19-year-old".
_ANYONE = frozenset({"man", "woman", "person", "people", "boy", "girl", "child", "adult", "resident", "victim"})
_WORD = re.compile(r"[A-Za-z]+")


def _ages_of_people_not_named(a: Claim, b: Claim) -> bool:
    """Two ages of people no one names, whose words share no particular kind of person and no name: "the youngest
    of the men charged, at 19" and "a 70-year-old woman" are two people's ages, where "the 42-year-old suspect" and
    "a 41-year-old suspect", or "a 26-year-old Nepal national" and "a 27-year-old student from Nepal", may be
    one's."""
    if a.quantity is None or b.quantity is None or not (a.quantity.counted == b.quantity.counted == "age"):
        return False
    told_a, told_b = _told_of_near(a), _told_of_near(b)
    if (told_a & _MALE and told_b & _FEMALE) or (told_a & _FEMALE and told_b & _MALE):
        return True  # "a 70-year-old woman" and "a 19-year-old man"
    return not (told_a & told_b) - _GENDERED - _ANYONE


# Words for a man or a woman, which tell two unnamed people apart; and one name for those who attacked.
_MALE = frozenset({"man", "boy", "father", "son", "husband", "brother", "grandfather", "he", "his", "him"})
_FEMALE = frozenset({"woman", "girl", "mother", "daughter", "wife", "sister", "grandmother", "she", "her"})
_GENDERED = _MALE | _FEMALE
_ATTACKERS = frozenset({"gunman", "shooter", "attacker", "assailant", "suspect", "perpetrator", "killer", "bomber"})


def _told_of_near(claim: Claim) -> frozenset[str]:
    """The kinds of person ("suspect", "pilot", "woman"; a gunman, a shooter and an attacker are one) and the
    names ("nepal") the words right around a figure tell of, not a day's or a month's."""
    start, end = claim.in_sentence
    text = claim.sentence.text[max(0, start - 40) : end + 40]
    told = set()
    for found in _WORD.finditer(text):
        word = found.group(0)
        lower = word.lower()
        kind = "attacker" if lower.rstrip("s") in _ATTACKERS else person_noun(word)
        if kind is not None or lower in _GENDERED:
            told.add(kind or lower)
        elif word[0].isupper() and found.start() > 0 and not getAllLemmas(lower) and lower not in _IN_THE_CALENDAR:
            told.add(lower)  # a name, not a word of English that opens a sentence, nor a day or a month
    return frozenset(told)


_IN_THE_CALENDAR = frozenset(WEEKDAYS) | {month.lower() for month in calendar.month_name[1:]}


# Words that give a figure as an early one, to be revised: "a preliminary magnitude of 7.4", "initially put at 20",
# "an initial estimate of 300" (not "provisional", which an agency may call its figures for good).
_PRELIMINARY_BEFORE = re.compile(
    r"\b(?:(?:preliminary|initial)\s+(?:magnitude|estimates?|figures?|counts?|toll|tally|readings?|measurements?"
    r"|assessments?|data|reports?|results|numbers?)\s+(?:of|at|was|as|put\s+at)"
    r"|initially\s+(?:measured|put|reported|estimated|given|recorded|listed|rated|registered|set)\s+(?:at|as))\s+"
    r"(?:(?:about|around|some|nearly|at\s+least|magnitude)\s+)?\Z",
    re.I,
)


def _early_figure_order(a: Claim, b: Claim) -> int:
    """1 when only a's figure is told as an early one ("a preliminary magnitude of 7.4"), so b is the later; -1
    when only b's is; else 0."""
    early_a, early_b = _told_early(a), _told_early(b)
    if early_a == early_b:
        return 0
    return 1 if early_a else -1


def _told_early(claim: Claim) -> bool:
    start, _ = claim.in_sentence
    return _PRELIMINARY_BEFORE.search(claim.sentence.text, max(0, start - 50), start) is not None


def _wording_order(a: Claim, b: Claim) -> int:
    """-1 when only b's wording says its figure is a newer one (so a is earlier), 1 when only a's does, else 0."""
    newer_a, newer_b = _says_updated(a), _says_updated(b)
    if newer_a == newer_b:
        return 0
    return -1 if newer_b else 1


def _rose_twice_in_a_day(a: Claim, b: Claim, sources: dict[str, Source]) -> bool:
    """Two figures of a toll given on one known day, each worded as a rise: the toll rose to one, then the other."""
    assert a.quantity is not None
    return (
        _one_known_day(a, b, sources)
        and casualty_of(a.quantity.counted) in RISING_COUNTS
        and _says_updated(a)
        and _says_updated(b)
    )


def _one_known_day(a: Claim, b: Claim, sources: dict[str, Source]) -> bool:
    """Whether two figures were given on one day, and that day is known."""
    day = _moment(a, sources)
    return day is not None and day == _moment(b, sources)


TOLL_DOUBLING = 2.0  # how many times a toll told the same day must be another to be read as its later count


def _doubled_in_a_day(a: Claim, b: Claim, sources: dict[str, Source]) -> bool:
    """Two tolls of people (`_BREAKING_TOLLS`) given on one known day, one at least `TOLL_DOUBLING` times the other and
    beyond its bounds: a toll rises by the hour as a story breaks ("1 tourist killed" in the first report, "at least
    24 killed" that evening), and two accounts of one moment differ by less."""
    qa, qb = a.quantity, b.quantity
    assert qa is not None and qb is not None
    if casualty_of(qa.counted) not in _BREAKING_TOLLS or not _one_known_day(a, b, sources):
        return False
    if intervals_overlap(qa, qb):
        return False  # "more than 3,000" and "more than 10,000": bounds that both may meet
    low, high = sorted((_middle(qa), _middle(qb)))
    return low > 0 and high >= TOLL_DOUBLING * low


# The counts of people that climb by the hour as a story breaks (not suspects or the identified, counted slowly).
_BREAKING_TOLLS = frozenset({"killed", "injured", "rescued", "evacuated", "displaced", "hospitalised"})


def _says_updated(claim: Claim) -> bool:
    """Whether the words before the figure say it replaces an earlier one ("has risen to", "up from")."""
    before = claim.sentence.text[: claim.span.end - claim.sentence.start]
    return bool(UPDATE_WORDING.search(before[-90:]))


def _publication_order(a: Source | None, b: Source | None) -> int:
    """-1 when a was published first, 1 when b was, 0 when unknown or the same moment."""
    if a is None or b is None or a.published is None or b.published is None:
        return 0
    if a.published != b.published:
        return -1 if a.published < b.published else 1
    if a.published_time is None or b.published_time is None or a.published_time == b.published_time:
        return 0
    return -1 if a.published_time < b.published_time else 1


def _relate_day_counts(a: Claim, b: Claim, sources: dict[str, Source], shown: str) -> PairVerdict:
    qa, qb = a.quantity, b.quantity
    assert qa is not None and qb is not None and qa.lower is not None and qb.lower is not None
    sa, sb = sources.get(a.source), sources.get(b.source)
    days_apart = (sb.published - sa.published).days if sa and sb and sa.published and sb.published else 0
    if qb.lower - qa.lower == days_apart * {"day": 1, "week": 1 / 7, "month": 1 / 30}.get(
        qa.counted.split()[0] if qa.counted else "day", 1
    ):
        note = "consistent" if days_apart == 0 else f"consistent: the reports are {abs(days_apart)} day(s) apart"
        return PairVerdict(Relation.AGREE, FieldName.QUANTITY, f"{shown}: {note}", 0.9)
    return PairVerdict(Relation.CONFLICT, FieldName.QUANTITY, shown, 0.85)


def _same_days_in_turn(a: str, b: str) -> bool:
    """Whether two sentences name the same days, two or more, by month and day and in the same order, and neither
    sets one day against another ("on June 12, not June 13 as first reported")."""
    days = _days_in_turn(a)
    return len(days) > 1 and days == _days_in_turn(b) and not (_CORRECTS.search(a) or _CORRECTS.search(b))


_CORRECTS = re.compile(r"\b(?:not|rather than|instead of|as first reported|as earlier reported)\b", re.I)


@lru_cache(maxsize=4096)  # asked of both sentences of every pair of differing days
def _days_in_turn(text: str) -> tuple[tuple[int, int], ...]:
    """The days a sentence names by their month and day, as (month, day), in the order it names them."""
    hits = sorted(extract_dates(text, None), key=lambda hit: hit.start)
    named = (named_day(hit.date.expression) for hit in hits)
    return tuple((day["month"], day["day"]) for day in named if {"month", "day"} <= day.keys())


def _relate_dates(a: Claim, b: Claim) -> PairVerdict:
    da, db = a.date, b.date
    assert da is not None and db is not None
    shown = f"{da.describe()} vs {db.describe()}"
    if da.first is None or db.first is None or da.last is None or db.last is None:
        partly = _relate_what_is_stated(da, db, shown)
        if partly is None:
            return PairVerdict(Relation.NOT_COMPARABLE, FieldName.DATE, f"{shown}: a date could not be resolved", 0.5)
        if partly.relation is Relation.CONFLICT and (_night_then_next_day(a, b) or _night_then_next_day(b, a)):
            return PairVerdict(Relation.AGREE, FieldName.DATE, f"{shown}: a night runs into the next day", 0.5)
        if partly.relation is Relation.CONFLICT:
            return _explained_date_conflict(a, b, shown) or _other_happenings(a, b, FieldName.DATE, shown) or partly
        return _apart_in_the_day(a, b, shown) or partly
    if da.first <= _into_next_day(b, db.last, a) and db.first <= _into_next_day(a, da.last, b):
        apart = _apart_in_the_day(a, b, shown)
        if apart is not None:
            return apart
        same = da.expression.lower() == db.expression.lower()
        note = "the same day" if da.granularity == db.granularity == "day" else "consistent"
        said = (
            f"both \u201c{da.expression}\u201d"
            if same
            else f"\u201c{da.expression}\u201d and \u201c{db.expression}\u201d"
        )
        return PairVerdict(Relation.AGREE, FieldName.DATE, f"{said}: {note} ({_day(da.first, da.last)})", 0.9)
    certainty = 0.8 if da.relative or db.relative else 0.9
    return (
        _explained_date_conflict(a, b, shown)
        or _other_happenings(a, b, FieldName.DATE, shown)
        or PairVerdict(Relation.CONFLICT, FieldName.DATE, shown, certainty)
    )


def _into_next_day(claim: Claim, last: dt.date, other: Claim) -> dt.date:
    """The last day a date claim may mean: a night runs into the small hours of the next day ("late on Monday
    night" may be "shortly after midnight on Tuesday"), against a day told with no part of it or its early hours;
    not "Tuesday night" or "Tuesday evening"."""
    return last + dt.timedelta(days=1) if _runs_into(claim, other) else last


def _runs_into(night: Claim, other: Claim) -> bool:
    """Whether `night` names a night, and `other` no part of a day or the small hours only."""
    part, other_part = part_of_day(night), part_of_day(other)
    return part is not None and part[1] > 24 * 60 and (other_part is None or other_part[1] <= _SMALL_HOURS_END)


_SMALL_HOURS_END = 10 * 60  # "early Tuesday" (to 10 a.m.) may be the end of Monday night


def _night_then_next_day(night: Claim, other: Claim) -> bool:
    """Whether `night` names a night of a weekday and `other` the next weekday ("late Monday night" and "on
    Tuesday"), neither placed in the calendar."""
    assert night.date is not None and other.date is not None
    day, next_day = stated(night.date).get("weekday"), stated(other.date).get("weekday")
    return _runs_into(night, other) and day is not None and next_day == (day + 1) % 7


def _apart_in_the_day(a: Claim, b: Claim, shown: str) -> PairVerdict | None:
    """A conflict where the incident is told happening on one day at parts of it that do not meet ("struck on Friday
    morning" and "struck on Friday afternoon", "late Sunday night" and "Sunday morning"), unless that is explained
    as for two days. Other things of that day are not the incident's moment ("the operator said on Monday
    afternoon")."""
    part_a, part_b = part_of_day(a), part_of_day(b)
    if part_a is None or part_b is None or (part_a[0] < part_b[1] and part_b[0] < part_a[1]):
        return None
    first_a, first_b = (a.date.first if a.date else None), (b.date.first if b.date else None)
    if first_a is not None and first_b is not None and first_a != first_b:
        return None  # a night and the next morning: no one day's parts
    if not (tells_incident_happening(a) and tells_incident_happening(b)):
        return None
    shown = f"{shown}: different parts of the day"
    return _explained_date_conflict(a, b, shown) or PairVerdict(Relation.CONFLICT, FieldName.DATE, shown, 0.6)


_PARTS = r"morning|midday|afternoon|evening|night"
# The part of a day a date names (`PARTS_OF_DAY`): "Friday morning", "late Sunday night", "on Friday (Mar 28)
# afternoon"; and "early" or "late" before a weekday.
_DAY_PART = re.compile(
    rf"\b(?P<part>(?:early|late|mid)[- ](?:morning|afternoon|evening|night)|{_PARTS}|overnight)\b", re.I
)
_DAY_PART_AFTER = re.compile(rf"\A(?:\s*\([^()]{{1,20}}\))?\s+(?P<part>{_PARTS})\b", re.I)
_EARLY_OR_LATE = re.compile(rf"\b(?P<when>early|late)\s+(?:on\s+)?{WEEKDAY_NAME}\b", re.I)
_EARLY_OR_LATE_HOURS = {"early": (0, 10 * 60), "late": (17 * 60, 30 * 60)}


def part_of_day(claim: Claim) -> tuple[int, int] | None:
    """The minutes of its day (past midnight into the next morning for the night) a date claim names, or those
    "early" and "late" before a weekday mean; None where it names none."""
    assert claim.date is not None
    expression = claim.date.expression
    named = _DAY_PART.search(expression) or _DAY_PART_AFTER.match(claim.sentence.text[claim.in_sentence[1] :])
    if named is not None:
        start, until = PARTS_OF_DAY[" ".join(named.group("part").lower().replace("-", " ").split())]
        return start, until if until > start else until + 24 * 60
    early_or_late = _EARLY_OR_LATE.search(expression)
    return _EARLY_OR_LATE_HOURS[early_or_late.group("when").lower()] if early_or_late else None


def _explained_date_conflict(a: Claim, b: Claim, shown: str) -> PairVerdict | None:
    """Two different days that need not contradict: a plan and what happened, a state that lasts, or two days
    each account gives."""
    if _same_days_in_turn(a.sentence.text, b.sentence.text):
        # "one recorder was recovered on June 13 and the other on June 16" in both: two things, each dated alike
        return PairVerdict(Relation.NOT_COMPARABLE, FieldName.DATE, f"{shown}: each account gives both days", 0.6)
    if _forecast_differs(a, b):
        return PairVerdict(Relation.NOT_COMPARABLE, FieldName.DATE, f"{shown}: a plan against what happened", 0.6)
    if one_record(a, b):
        return None  # "the deadliest attack since 2000" and "since 2019": one record, two years
    if _ongoing(a) or _ongoing(b):
        return PairVerdict(Relation.NOT_COMPARABLE, FieldName.DATE, f"{shown}: a state that lasts several days", 0.6)
    return None


def _other_happenings(a: Claim, b: Claim, field: FieldName, shown: str) -> PairVerdict | None:
    """Two days or clock times of a story that need not be one fact told two ways: a story has many moments (the
    day bodies were found, a warning was lifted, a curfew began), and only two that date one happening can
    contradict: both date one kind of event (an arrest, a hearing, a warning; for days, the incident only where
    both tell it happening, as a story's days are all days of its incident), both state one reading, one record's
    years, or the words they date are mostly the same. Two days that share no event but the story's incident are
    two of its many days ("crews gained ground on Wednesday", "the fire broke out Tuesday"), whatever their words."""
    shared = dated_events(a) & dated_events(b)
    if shared - {"incident"} or (shared and field is FieldName.TIME):
        return None
    if _of_two_quakes(a, b):
        return PairVerdict(Relation.NOT_COMPARABLE, field, f"{shown}: moments of two quakes", 0.5)
    if one_record(a, b) or (tells_incident_happening(a) and tells_incident_happening(b)):
        return None
    if shared:
        return PairVerdict(Relation.NOT_COMPARABLE, field, f"{shown}: two days of the incident", 0.5)
    words_a, words_b = dated_words(a), dated_words(b)
    if one_reading(a, b) or _dated_alike(a, b, words_a, words_b):
        return None
    if _DEPARTURE.search(words_a) and _DEPARTURE.search(words_b):
        return None
    return PairVerdict(Relation.NOT_COMPARABLE, field, f"{shown}: moments of different happenings", 0.5)


def _of_two_quakes(a: Claim, b: Claim) -> bool:
    """Whether the clauses two days or times date give magnitudes a whole unit apart: "the quake, of a preliminary
    magnitude of 7.6, hit on Monday" and "a 5.4-magnitude earthquake hit the region on Saturday" are two quakes."""
    magnitudes_a = [(lo, hi or lo) for unit, lo, hi in clause_readings(a) if unit == "magnitude" and lo is not None]
    magnitudes_b = [(lo, hi or lo) for unit, lo, hi in clause_readings(b) if unit == "magnitude" and lo is not None]
    return bool(magnitudes_a and magnitudes_b) and all(
        magnitudes_apart(*x, *y) for x in magnitudes_a for y in magnitudes_b
    )


DATED_ALIKE = 0.5  # the least share of words two dated clauses have in common to be told of one happening
# A departure the words a date or time dates tell: "left the port of Chandpur at 5:40 a.m.", "set off at 6:10",
# "departed from Ahmedabad at 1:38 PM" (what departed is for alignment to tell: a rescue boat's or the ferry's).
_DEPARTURE = re.compile(  # the words of a craft's leaving (`align.EVENT_WORDS`): "departed", "took off", "set sail"
    r"\b(?:" + "|".join(re.escape(w) for w in sorted(EVENT_WORDS["departure"], key=len, reverse=True)) + r")\b", re.I
)


def _dated_alike(a: Claim, b: Claim, words_a: str, words_b: str) -> bool:
    """Whether the words two dates or times date (`dated_words`) are mostly the same ("the company was founded on
    12 March"): the Jaccard index of their stems, the dates or times themselves left out."""
    wa, wb = _undated_stems(a, words_a), _undated_stems(b, words_b)
    return bool(wa and wb) and len(wa & wb) / len(wa | wb) >= DATED_ALIKE


def _undated_stems(claim: Claim, words: str) -> frozenset[str]:
    start, end = claim.in_sentence
    return word_stems(words.replace(claim.sentence.text[start:end], " "))


def _relate_what_is_stated(da: DateValue, db: DateValue, shown: str) -> PairVerdict | None:
    """A date that could not be placed in the calendar still names a weekday or a day of a month: "on Sunday" and
    "Saturday 25 October" cannot both date one event, whatever week the first meant."""
    sa, sb = stated(da), stated(db)
    shared = sorted(sa.keys() & sb.keys())
    if not shared:
        return None
    if any(sa[key] != sb[key] for key in shared):
        return PairVerdict(Relation.CONFLICT, FieldName.DATE, f"{shown}: different days", 0.6)
    return PairVerdict(Relation.AGREE, FieldName.DATE, f"{shown}: the same {' and '.join(shared)}", 0.6)


ONGOING = re.compile(
    r"\b(?:stayed|remained|remains|remain|still|continued|continues|kept|closed|shut|open|reopened|"
    r"struggling|searching|through|until|as of)\b"
    # the moment a running figure was read: "24 dead by Sunday evening", "which on Sunday stood at 105,000"
    r"|\bby\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tonight|this\s+(?:morning|afternoon|evening))\b"
    r"|\bst(?:ood|ands?|anding)\s+at\s+(?:(?:about|around|some|nearly|over|more\s+than|at\s+least)\s+)?\d"
    # a warning or order in force, not one put in place: "no red flag warnings are in effect on Friday"
    r"|\b(?:is|are|was|were|be|been|remains?|remained|stay(?:s|ed)?)\s+(?:still\s+)?in\s+(?:effect|place|force)\b",
    re.I,
)


def _ongoing(claim: Claim) -> bool:
    """Dates of states ("stayed closed on Monday") do not exclude other days the way events do; a state told in a
    clause of its own ("appeared before a magistrate on Saturday as the inquiry continued") is not the date's."""
    start, _ = claim.in_sentence
    return bool(ONGOING.search(date_clause(claim)) or _SINCE_BEFORE.search(claim.sentence.text, 0, start))


# A day a state has held since: "closed since Monday", "missing since early Tuesday"; not the day of what "since"
# names first ("since the passage of the storm on Oct. 28, there have been doubts": the passage's day).
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:[\w.,-]+\s+){0,2}\Z", re.I)


def _day(first: dt.date, last: dt.date) -> str:
    return day_in_words(first) if first == last else f"{first} to {last}"


def _relate_times(a: Claim, b: Claim, sources: dict[str, Source]) -> PairVerdict:
    ta, tb = a.time, b.time
    assert ta is not None and tb is not None
    shown = f"{ta.expression} vs {tb.expression}"
    window_a, window_b = time_window(ta), time_window(tb)
    if not _same_zone(ta.zone, tb.zone):
        shift_a, shift_b = _utc_offset(a, sources), _utc_offset(b, sources)
        if shift_a is None or shift_b is None:
            return PairVerdict(Relation.NOT_COMPARABLE, FieldName.TIME, f"{shown}: different time zones", 0.5)
        window_a = (window_a[0] - shift_a, window_a[1] - shift_a)  # both on universal time
        window_b = (window_b[0] - shift_b, window_b[1] - shift_b)
        shown = f"{shown} (on universal time, {clock(window_a[0])} vs {clock(window_b[0])})"
    if _windows_meet(window_a, window_b):
        return PairVerdict(Relation.AGREE, FieldName.TIME, f"{shown}: the same time", 0.9)
    if _forecast_differs(a, b) and _later_than_planned(a, b):
        return PairVerdict(Relation.NOT_COMPARABLE, FieldName.TIME, f"{shown}: started later than scheduled", 0.6)
    return _other_happenings(a, b, FieldName.TIME, shown) or PairVerdict(
        Relation.CONFLICT, FieldName.TIME, shown, 0.7 if ta.approximate or tb.approximate else 0.85
    )


def time_window(time: TimeValue) -> tuple[float, float]:
    """The minutes since midnight a stated time stands for: itself; "around 6:20", what rounds to it; "shortly
    after 3 a.m.", the hour after it."""
    at = float(time.minutes)
    if time.until is not None:  # "between 9:30 and 9:40", across midnight too ("from 11 p.m. to 1 a.m.")
        return (at, float(time.until) + (24 * 60 if time.until < time.minutes else 0))
    if not time.approximate:
        return (at, at)
    side = _SIDE.match(time.expression)
    if side is None:
        return (at - APPROXIMATE_MINUTES, at + APPROXIMATE_MINUTES)
    return (at, at + SHORTLY_MINUTES) if side.group("side").lower() == "after" else (at - SHORTLY_MINUTES, at)


def _utc_offset(claim: Claim, sources: dict[str, Source]) -> int | None:
    """How far the clock of a claim's time is from universal time, on the day its report was published."""
    assert claim.time is not None
    if claim.time.utc_offset is not None:
        return claim.time.utc_offset  # "1:39 PM local time (08:09 UTC)"
    source = sources.get(claim.source)
    if source is None:
        return utc_offset(claim.time.zone, claim.sentence.text, None)
    return utc_offset(claim.time.zone, claim.sentence.text, source.published, source.country)


def _windows_meet(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Whether two spans of the clock overlap, across midnight too ("shortly before midnight", "00:10")."""
    day = 24 * 60
    return any(a[0] <= b[1] + shift and b[0] + shift <= a[1] for shift in (-day, 0, day))


def _later_than_planned(a: Claim, b: Claim) -> bool:
    """Events run late, not early: an actual time after the scheduled one explains the difference."""
    planned, actual = (a, b) if _is_forecast(a) else (b, a)
    assert planned.time is not None and actual.time is not None
    return actual.time.minutes > planned.time.minutes


def _same_zone(a: str | None, b: str | None) -> bool:
    """Whether two clock times are read on one clock: the same zone, or a time with none and one in a named local
    zone ("1:14 a.m." and "11:41 PM CDT" in a Texas story: news names the zone of where things happen), never
    one against universal time ("12:20 PM local time" and "06:20 UTC"), which meet only once both are put on
    universal time (`zones.utc_offset`)."""
    ka, kb = _zone_key(a), _zone_key(b)
    return ka == kb or ((a is None and kb not in ("local", "utc")) or (b is None and ka not in ("local", "utc")))


def _zone_key(zone: str | None) -> str:
    if zone is None or zone.lower() in {"local", "local time"}:
        return "local"
    return "utc" if zone.lower() in {"gmt", "utc", "z"} else zone.lower()


# A quotation shorter than this many words may be a stock phrase two people use alike.
STOCK_PHRASE_WORDS = 6


def _relate_quotes(a: Claim, b: Claim) -> PairVerdict:
    qa, qb = a.quote, b.quote
    assert qa is not None and qb is not None
    similar = quote_similarity(qa.text, qb.text)
    speakers_known = _named(qa.speaker) and _named(qb.speaker)
    differs = _wording_differs(qa.text, qb.text)
    two_speakers = speakers_known and not _one_speaker(qa.speaker or "", qb.speaker or "")
    if two_speakers and min(len(qa.text.split()), len(qb.text.split())) < STOCK_PHRASE_WORDS:
        # "a cowardly attack on tourists": words two people may both use, no sign either was misquoted
        return PairVerdict(Relation.NOT_COMPARABLE, FieldName.QUOTE, "a short phrase two speakers both used", 0.5)
    if two_speakers and similar >= 0.85 and not differs:
        return PairVerdict(
            Relation.CONFLICT, FieldName.ATTRIBUTION, f"the same quote attributed to {qa.speaker} vs {qb.speaker}", 0.85
        )
    if two_speakers and differs:  # "We're not going to hide" is not "We're not going to stop today"
        return PairVerdict(Relation.NOT_COMPARABLE, FieldName.QUOTE, "two speakers' own words, alike in part", 0.5)
    if similar >= 0.9 and not differs:
        who = f" from {qa.speaker}" if qa.speaker and qa.speaker == qb.speaker else ""
        return PairVerdict(Relation.AGREE, FieldName.QUOTE, f"the same quote{who}", 0.9)
    if speakers_known and qa.speaker == qb.speaker and differs:
        return PairVerdict(
            Relation.CONFLICT,
            FieldName.QUOTE,
            f"{qa.speaker} quoted differently: \u201c{qa.text}\u201d vs \u201c{qb.text}\u201d",
            0.7,
        )
    return PairVerdict(Relation.NOT_COMPARABLE, FieldName.QUOTE, "similar quotes, speakers not both known", 0.5)


def _one_speaker(a: str, b: str) -> bool:
    """One person named two ways: a family name alone ("Abbott") or the first name alone ("Yogi" of "Yogi
    Adityanath", as many people are called) beside the full name, or one family name with given names a spelling
    apart ("Greg"/"Gregg Abbott", which the name findings report on their own)."""
    wa, wb = a.lower().split(), b.lower().split()
    if wa == wb:
        return True
    if wa and wb and min(len(wa), len(wb)) == 1 and wa[0] == wb[0]:
        return True
    if not wa or not wb or wa[-1] != wb[-1]:
        return False
    if len(wa) == 1 or len(wb) == 1:
        return True
    return given_names_alike(" ".join(wa[:-1]), " ".join(wb[:-1]))


def given_names_alike(a: str, b: str) -> bool:
    """Two given names a spelling apart, lower-cased: they start alike and read alike ("greg", "gregg")."""
    return a[:1] == b[:1] and fuzz.ratio(a, b) >= 75


def _named(speaker: str | None) -> bool:
    return bool(speaker) and speaker[:1].isupper()  # type: ignore[index]


@lru_cache(maxsize=65536)  # wire quotes recur across many sources
def _wording_differs(a: str, b: str) -> bool:
    """Materially different: each side has words the other lacks (spelling variants aside), not a trimmed quote;
    or one denies what the other says ("we can rebuild" and "we can't rebuild", "legal" and "illegal")."""
    plain_a, plain_b = _plain_words(a), _plain_words(b)
    short, long = sorted((plain_a, plain_b), key=len)
    if _contains(long, short):  # one trimmed from the other: "..., and not before" cut off
        return False
    wa, wb = {w for w in plain_a if _carries(w)}, {w for w in plain_b if _carries(w)}
    if bool(wa & _NEGATIONS) != bool(wb & _NEGATIONS):
        return True
    only_a = [w for w in wa if not any(fuzz.ratio(w, x) >= 85 for x in wb)]
    only_b = [w for w in wb if not any(fuzz.ratio(w, x) >= 85 for x in wa)]
    return _opposite(only_a, only_b) or (bool(only_a) and bool(only_b))


def _plain_words(text: str) -> list[str]:
    plain = _CONTRACTION.sub(lambda m: _CONTRACTED[m.group(0)], text.lower().replace("’", "'"))
    return re.findall(r"[a-z0-9']+", plain)


def _contains(words: list[str], part: list[str]) -> bool:
    """Whether `part` runs word for word somewhere in `words`."""
    return any(words[k : k + len(part)] == part for k in range(len(words) - len(part) + 1))


def _carries(word: str) -> bool:
    """A word that carries what a quote says: not the small words transcripts drop or add ("so that" and "so",
    "I've" and "I have"); negations and numbers always do."""
    return (len(word) > 2 or word == "no" or word.isdigit()) and word not in _QUOTE_FILLER


def _opposite(only_a: list[str], only_b: list[str]) -> bool:
    """A word on one side that is the other's with a negating prefix ("legal", "illegal"; "able", "unable")."""
    return any(y == p + x or x == p + y for x in only_a for y in only_b for p in ("il", "im", "in", "ir", "un", "dis"))


_NEGATIONS = frozenset({"not", "no", "never", "nor", "cannot"})
_CONTRACTED = {"can't": "cannot", "won't": "will not", "n't": " not", "'ve": " have", "'re": " are", "'ll": " will",
               "'m": " am", "'d": " would"}  # fmt: skip
_CONTRACTION = re.compile("|".join(re.escape(c) for c in _CONTRACTED))
# Articles, forms of "be", "have" and "do", joining words and object pronouns a transcript drops, adds or spells out
# without changing a quote.
_QUOTE_FILLER = frozenset(
    {"the", "that", "this", "and", "have", "has", "had", "are", "was", "were", "been", "being", "will", "would"}
    | {"does", "did", "just", "then", "there", "also", "very", "really", "which", "who"}
    | {"them", "him", "her", "its", "it"}  # "melting them down", "melting down the jewelry"
)


def _relate_outcomes(a: Claim, b: Claim) -> PairVerdict:
    oa, ob = a.outcome, b.outcome
    assert oa is not None and ob is not None
    shown = f"{oa.event}: \u201c{oa.cue}\u201d vs \u201c{ob.cue}\u201d"
    if oa.polarity == ob.polarity:
        return PairVerdict(Relation.AGREE, FieldName.OUTCOME, f"{shown}: the same outcome", 0.8)
    return PairVerdict(Relation.CONFLICT, FieldName.OUTCOME, shown, 0.75)


def _relate_statements(a: Claim, b: Claim) -> PairVerdict:
    sa, sb = a.statement, b.statement
    assert sa is not None and sb is not None
    if sa.negated and sb.negated:
        return PairVerdict(Relation.AGREE, FieldName.NEGATION, f"both negate \u201c{sa.predicate}\u201d", 0.7)
    if sa.negated == sb.negated:
        return PairVerdict(Relation.AGREE, FieldName.NEGATION, "both affirm what another account denies", 0.7)
    negated, affirming = (a, b) if sa.negated else (b, a)
    if _quoted(negated):
        return PairVerdict(Relation.NOT_COMPARABLE, FieldName.NEGATION, "a denial in someone's quoted words", 0.5)
    if _named_in_passing(affirming, negated.statement):
        return PairVerdict(
            Relation.NOT_COMPARABLE, FieldName.NEGATION, "the other account names it without affirming it", 0.5
        )
    if _expected(negated):
        return PairVerdict(Relation.NOT_COMPARABLE, FieldName.NEGATION, "what someone expects, not what happened", 0.5)
    return PairVerdict(
        Relation.CONFLICT,
        FieldName.NEGATION,
        f"one source negates what the other affirms: \u201c{negated.span.text}\u201d",
        0.6,
    )


def _named_in_passing(claim: Claim, negated: Statement | None) -> bool:
    """Whether the sentence of an affirming claim names what the other account denies only as what is wanting,
    needed or done without: "two shy of the 172 needed for a majority", "eliminating the need for DNA testing"."""
    head = negated.predicate.split()[0] if negated is not None and negated.predicate else ""
    text = claim.sentence.text
    uses = [word for word in _AFFIRMED.finditer(text) if stem(word.group(0)) == head]
    return bool(uses) and all(_WANTING_BEFORE.search(text, max(0, use.start() - 40), use.start()) for use in uses)


# Words before a noun or verb that say it is wanting, needed or done without, not that it is so.
_WANTING_BEFORE = re.compile(
    r"\b(?:without|eliminat\w*|avoid\w*|prevent\w*|(?:short|shy)\s+of|lack(?:s|ed|ing)?(?:\s+of)?|instead\s+of"
    r"|rather\s+than|(?:needed|required|necessary|enough|sufficient)\s+(?:for|to))"
    r"(?:\s+(?:the|a|an|any|its|their))?(?:\s+[\w'’-]+)?\s+\Z",
    re.I,
)


def _quoted(claim: Claim) -> bool:
    """Whether a claim's words are inside a quotation in its sentence: a survivor's "He wasn't a Muslim" is their
    account, compared as a quote, not a denial of what another account says."""
    before = claim.sentence.text[: claim.in_sentence[0]]
    return before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1


def _expected(claim: Claim) -> bool:
    """Whether a denial is of what someone expects or believes will happen ("believe it will not spread", "does not
    expect good news"): a forecast, not an account of what happened."""
    start, end = claim.in_sentence
    return bool(FORECAST.search(claim.sentence.text[max(0, start - 40) : end]))


def finding_claim(claim: Claim, cluster: int, *, negated: Statement | None = None) -> FindingClaim:
    span = claim.span
    if claim.statement is not None and not claim.statement.negated and negated is not None:
        span = _affirmed_span(claim, negated) or span
    attribution = None
    if claim.attribution is not None and (claim.attribution.speaker or claim.attribution.outlet):
        attribution = _speaker_as_written(claim.attribution)
        if claim.attribution.outlet and claim.attribution.outlet != claim.attribution.speaker:
            attribution = f"{attribution} via {claim.attribution.outlet}".strip()
    return claim_at(span, value=claim.value, sentence=claim.sentence.text, cluster=cluster, attribution=attribution)


def claim_at(span: Span, *, value: str, sentence: str, cluster: int, attribution: str | None = None) -> FindingClaim:
    """A finding's claim at `span`: where it is, what it says, and which value cluster it falls in."""
    return FindingClaim(
        source=span.source,
        text=span.text,
        start=span.start,
        end=span.end,
        line=span.line,
        column=span.column,
        end_line=span.end_line or span.line,
        end_column=span.end_column or span.column + len(span.text),
        value=value,
        sentence=sentence,
        cluster=cluster,
        attribution=attribution,
    )


_AFFIRMED = re.compile(r"[A-Za-z][\w'’-]*")


def _speaker_as_written(attribution: Attribution) -> str:
    """Who said it, as a report shows it: a name as resolved ('Marco Rubio'), a description as the article wrote it
    ('Kalesian air force', 'senior U.S. official'), though it is matched lower-cased."""
    speaker, written = attribution.speaker or "", attribution.speaker_text
    if written and speaker and speaker == speaker.lower():
        shown = without_article(" ".join(written.split())).strip(" ,")
        if shown.lower() == speaker:
            return shown
    return speaker


def _affirmed_span(claim: Claim, negated: Statement) -> Span | None:
    """In the sentence that affirms, the words the other source negates: 'was planning to provide'."""
    head = negated.predicate.split()[0] if negated.predicate else ""
    words = list(_AFFIRMED.finditer(claim.sentence.text))
    for index, word in enumerate(words):
        if stem(word.group(0)) != head:
            continue
        first = words[index - 1] if index and words[index - 1].group(0).lower() in _AUXILIARIES else word
        last = words[min(index + 2, len(words) - 1)]
        return _sub_span(claim.sentence, first.start(), last.end())
    return None


def _sub_span(sentence: Span, start: int, end: int) -> Span:
    """The part of a sentence between two offsets into its text, with true lines and columns."""
    before = sentence.text[:start]
    line = sentence.line + before.count("\n")
    column = (start - before.rfind("\n")) if "\n" in before else sentence.column + start
    inside = sentence.text[start:end]
    end_line = line + inside.count("\n")
    end_column = (len(inside) - inside.rfind("\n")) if "\n" in inside else column + len(inside)
    return Span(
        source=sentence.source,
        start=sentence.start + start,
        end=sentence.start + end,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
        text=inside,
    )


def _single_claim_finding(claim: Claim, verdict: Verdict, confidence: float, reason: str) -> Finding:
    """A finding about one claim that nothing else speaks to."""
    return Finding(
        id=finding_id(claim.field, (claim,)),
        verdict=verdict,
        field=claim.field,
        confidence=confidence,
        reason=reason,
        claims=(finding_claim(claim, 0),),
        conflicts=(),
    )


def _unique_finding(claim: Claim) -> Finding:
    return _single_claim_finding(claim, Verdict.UNIQUE, 0.5, f"only {claim.source} states {claim.value}")


def finding_id(field: FieldName, claims: Sequence[Claim]) -> str:
    """Stable across runs and source order: a hash of the field and the sorted claim locations."""
    key = "|".join(sorted(f"{c.source}:{c.span.start}:{c.span.end}" for c in claims))
    digest = hashlib.sha1(f"{field.value}|{key}".encode("utf-8", errors="surrogateescape"))  # paths need not be UTF-8
    return f"{field.value}-{digest.hexdigest()[:10]}"


def check_findings(
    draft: str, claims: Sequence[Claim], groups: Sequence[ClaimGroup], sources: Sequence[Source]
) -> list[Finding]:
    """One finding per checkable claim of the draft: contradicted, supported or unsupported by the sources."""
    by_path = {s.path: s for s in with_countries(sources)}
    group_of = {claim.id: group for group in groups for claim in group.claims}
    elsewhere = [c for c in claims if c.source != draft]
    named = _names_in(elsewhere, sources)
    findings = []
    for claim in claims:
        if claim.source != draft or not _draft_checkable(claim):
            continue
        if claim.entity is not None:
            if not _named_by_sources(claim, named):
                findings.append(_unnamed_entity(claim))
            continue
        group = group_of.get(claim.id)
        evidence = [c for c in group.claims if c.source != draft] if group else []
        findings.append(_check_claim(claim, evidence, group.similarity if group else 0.0, by_path, elsewhere))
    return sorted(findings, key=check_order)


def check_order(finding: Finding) -> tuple[int, int, str]:
    """Contradicted, then unsupported, then supported; within each, in the order of the draft."""
    return (CHECK_ORDER[finding.verdict], finding.claims[0].start, finding.id)


def _passages_stating(claim: Claim, elsewhere: Sequence[Claim], sources: dict[str, Source]) -> dict[str, Claim]:
    """For each source, its first claim about the same kind of thing as the draft's `claim` (words near it in
    common) that gives the draft's value.

    A source that says "$1.5bn profit" in one place and "$5bn of sales" in another does not contradict a
    draft's "sales of $5bn": the alignment picked the wrong passage.
    """
    near = local_words(claim)
    found: dict[str, Claim] = {}
    for other in elsewhere:
        if (
            other.source not in found
            and other.field is claim.field
            and compatible(claim, other)
            and bool(near & local_words(other))
            and _same_value(claim, other, sources)
        ):
            found[other.source] = other
    return found


_UNPAIRED = "stated in a passage the alignment did not pair"


def _support_from_passages(
    claim: Claim, stating: dict[str, Claim], agreeing: set[str]
) -> list[tuple[Claim, PairVerdict]]:
    """Support the alignment missed: each source (beyond the `agreeing` ones) that states the draft's day or time
    in a passage about the same kind of thing ("sales of $5bn in 2023" and "a steep drop in vaccine sales in
    2023"). A figure or a statement found so only bars a contradiction: a word in common is too loose a match to
    back "sales of $10bn" with another company's "sales cross $10bn", or "not guilty to manslaughter" with
    "pleaded not guilty to murder"."""
    if claim.date is None and claim.time is None:
        return []
    return [
        (passage, PairVerdict(Relation.AGREE, claim.field, f"{claim.value} vs {passage.value}: {_UNPAIRED}", 0.6))
        for source, passage in sorted(stating.items())
        if source not in agreeing and _states(passage, claim)
    ]


def _same_value(claim: Claim, other: Claim, sources: dict[str, Source]) -> bool:
    """The same figure (whether either is a forecast), or values that agree."""
    if claim.quantity is not None and other.quantity is not None:
        return intervals_overlap(claim.quantity, other.quantity)
    return relate(claim, other, sources).relation is Relation.AGREE


def _names_in(claims: Sequence[Claim], sources: Sequence[Source]) -> set[str]:
    """Every name the sources use, lower-cased: canonical names, their words, and each source's capitalised words."""
    names = {c.entity.lower() for c in claims if c.entity}
    names |= {word.lower() for c in claims if c.entity for word in c.entity.split()}
    for source in sources:
        names |= {w.lower().rstrip(".") for w in re.findall(r"[A-Z][\w'’.\-]*", source.text)}
    return names | {n.rstrip(".") for n in names}


def _named_by_sources(claim: Claim, names: set[str]) -> bool:
    """A draft's name is backed when the sources use it, or its canonical form, or its family name."""
    assert claim.entity is not None
    written = re.sub(r"['’]s?$", "", claim.span.text)
    forms = name_variants(claim.entity) | name_variants(written) | {claim.entity.split()[-1].lower()}
    return bool(forms & names) or _numbered_variant(claim.entity.lower(), names)


def _numbered_variant(name: str, names: set[str]) -> bool:
    """ "COVID-19" where the sources say "COVID": a name with a number after a hyphen is backed by the bare name when
    the sources give that name with no other number ("SARS-CoV-4" is not backed by "SARS-CoV-2")."""
    bare = numbered_form(name)
    if bare is None or bare not in names:
        return False
    return not any(other.startswith(f"{bare}-") and other != name for other in names)


def _unnamed_entity(claim: Claim) -> Finding:
    return _single_claim_finding(claim, Verdict.UNSUPPORTED, 0.6, f"no source names {claim.entity}")


CHECK_ORDER = {Verdict.CONTRADICTED: 0, Verdict.UNSUPPORTED: 1, Verdict.SUPPORTED: 2}


def _draft_checkable(claim: Claim) -> bool:
    if claim.statement is not None:
        return claim.statement.negated
    if claim.quantity is not None:
        return claim.quantity.counted is not None
    return True


def _check_claim(
    claim: Claim, evidence: list[Claim], similarity: float, sources: dict[str, Source], elsewhere: Sequence[Claim]
) -> Finding:
    relations = [(other, relate(claim, other, sources)) for other in evidence]
    conflicts = [(o, v) for o, v in relations if v.relation is Relation.CONFLICT]
    timed = claim.date is not None or claim.time is not None
    stating = _passages_stating(claim, elsewhere, sources) if conflicts or timed else {}
    conflicting = [(o, v) for o, v in conflicts if o.source not in stating]
    agreeing = [(o, v) for o, v in relations if v.relation is Relation.AGREE and _states(o, claim)]
    agreeing += _support_from_passages(claim, stating, {o.source for o, _ in agreeing})
    # When the sources disagree among themselves, the draft sides with some of them: the majority decides,
    # and a tie goes to the draft (a false alarm costs an editor more than a missed one). Support is a source
    # stating the draft's value: "at least 10" is consistent with "14 killed", but does not state it.
    if conflicting and len(conflicting) > len(agreeing):
        verdict, deciding = Verdict.CONTRADICTED, conflicting
    elif agreeing:
        verdict, deciding = Verdict.SUPPORTED, agreeing
    else:
        verdict, deciding = Verdict.UNSUPPORTED, [(o, v) for o, v in relations]
    field = deciding[0][1].field if deciding else claim.field
    if deciding:
        certainty = min(v.certainty for _, v in deciding)
        confidence = round(max(0.0, min(1.0, similarity * 0.4 + certainty * 0.6)), 3)
        reason = _check_reason(verdict, claim, deciding, relations)
    else:
        confidence, reason = 0.5, f"no source states {claim.value}"
    shown = [claim] + [o for o, _ in deciding]
    negated = claim.statement if claim.statement is not None and claim.statement.negated else None
    negated = negated or next((o.statement for o in shown if o.statement is not None and o.statement.negated), None)
    return Finding(
        id=finding_id(field, (claim,)),
        verdict=verdict,
        field=field,
        confidence=confidence,
        reason=reason,
        claims=tuple(
            finding_claim(c, 0 if k == 0 or verdict is Verdict.SUPPORTED else 1, negated=negated)
            for k, c in enumerate(shown)
        ),
        conflicts=tuple((0, k) for k in range(1, len(shown))) if verdict is Verdict.CONTRADICTED else (),
    )


def _states(source: Claim, draft: Claim) -> bool:
    """Whether a source claim that agrees with the draft's states its value, rather than only bounding it."""
    theirs, mine = source.quantity, draft.quantity
    if theirs is None or mine is None or not only_bounds(theirs):
        return True
    return (theirs.lower, theirs.upper) == (mine.lower, mine.upper)  # the same bound: "at least 10" for "at least 10"


def only_bounds(quantity: Quantity) -> bool:
    """A figure given as a bound alone ("at least 10", "more than 40", "up to 5 metres"): many values fit it."""
    return quantity.upper is None or (quantity.lower == 0 and quantity.qualifier is not None)


def _check_reason(
    verdict: Verdict,
    claim: Claim,
    deciding: list[tuple[Claim, PairVerdict]],
    others: list[tuple[Claim, PairVerdict]],
) -> str:
    if verdict is Verdict.CONTRADICTED:
        field = deciding[0][1].field
        theirs = ", ".join(sorted({_shown_value(field, [o]) for o, _ in deciding}))
        mine = _shown_value(field, [claim])
        if field is FieldName.ATTRIBUTION:
            return f"the draft attributes the quote to {mine}; the sources to {theirs}"
        return f"the draft says {mine}; the sources say {theirs}"
    if verdict is Verdict.SUPPORTED:
        names = sorted({o.source for o, _ in deciding})
        disputed = sorted({o.source for o, v in others if v.relation is Relation.CONFLICT})
        note = f" (disputed by {', '.join(disputed)})" if disputed else ""
        return f"{claim.value}: stated by {', '.join(names)}{note}"
    return f"no source states {claim.value}: " + deciding[0][1].reason
