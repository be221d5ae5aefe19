"""Sentences -> claims: one claim per typed fact, atomic where a sentence carries several.

Actors are learnt from every source before any claim is made, so aliases resolve across sources
("Rubio" in one article is "Marco Rubio" from another).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from factcheck.extract.actors import ActorIndex, Mention, find_mentions, names_learnt_from
from factcheck.extract.attributions import SpeakerMemory, extract_quotes, sentence_attribution
from factcheck.extract.dates import DateHit, TimeHit, day_spans, extract_times, read_dates, reading_day
from factcheck.extract.lexicon import INCIDENT_NOUN
from factcheck.extract.polarity import OutcomeHit, StatementHit, extract_outcomes, extract_statement, stem
from factcheck.extract.quantities import (
    CASUALTIES,
    INCIDENT_MEASURES,
    QuantityHit,
    extract_quantities,
    named_incidents,
    person_in,
    person_introduced,
    scope_of_the_toll,
    scope_restated,
    sets_its_own_frame,
)
from factcheck.ingest import is_stamp_line, opening_dateline_end
from factcheck.models import Attribution, Claim, FieldName, Quantity, Quote, Sentence, Source, Span
from factcheck.segment import captions, mask_urls, paragraphs

STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "if",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "from",
        "by",
        "with",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "not",
        "no",
        "nor",
        "so",
        "than",
        "that",
        "this",
        "these",
        "those",
        "it",
        "its",
        "he",
        "she",
        "they",
        "them",
        "his",
        "her",
        "their",
        "we",
        "our",
        "you",
        "your",
        "i",
        "me",
        "my",
        "who",
        "whom",
        "which",
        "what",
        "when",
        "where",
        "why",
        "how",
        "all",
        "any",
        "both",
        "each",
        "few",
        "more",
        "most",
        "other",
        "some",
        "such",
        "only",
        "own",
        "same",
        "too",
        "very",
        "can",
        "will",
        "just",
        "should",
        "would",
        "could",
        "may",
        "might",
        "must",
        "said",
        "says",
        "told",
        "also",
        "after",
        "before",
        "over",
        "under",
        "again",
        "further",
        "then",
        "once",
        "here",
        "there",
        "about",
        "against",
        "between",
        "into",
        "through",
        "during",
        "above",
        "below",
        "up",
        "down",
        "out",
        "off",
        "while",
        "since",
        "until",
        "because",
        "per",
        "now",
        "new",
        "one",
        "two",
        "three",
    ]
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]+")


@dataclass(frozen=True)
class SourceText:
    """A source with its sentences, ready for extraction."""

    source: Source
    sentences: Sequence[Sentence]


def build_actor_index(texts: Sequence[SourceText]) -> ActorIndex:
    """Learn full names and titles from every sentence of every source."""
    return ActorIndex.build(m for t in texts for s in t.sentences for m in names_learnt_from(s.text))


def date_by_reports(sources: Sequence[Source], claims: Sequence[Claim]) -> list[Source]:
    """Give each source with no date of its own the last day the sentences of its claims say something was said or
    reported on ("fire officials said on January 31", "the toll rose to 20 on April 8"): it was published no
    earlier (`Source.not_before`). A day without a year is placed by the story's month, as the source's other
    days are (`ingest.date_by_story`); a weekday in such a source names no day, so it bounds nothing."""
    undated = {s.path: s for s in sources if s.published is None}
    days: dict[str, dt.date] = {}
    for path, text in {(c.source, c.sentence.text) for c in claims if c.source in undated}:
        day = reading_day(text, None, undated[path].story_month)
        if day is not None and (path not in days or day > days[path]):
            days[path] = day
    return [s.model_copy(update={"not_before": days[s.path]}) if s.path in days else s for s in sources]


def extract_claims(item: SourceText, index: ActorIndex) -> list[Claim]:
    """Every claim of one source, in text order."""
    source = item.source
    lines = line_starts(source.text)
    memory = SpeakerMemory()
    claims: list[Claim] = []
    sentences = list(item.sentences)
    starts = [s.start for s in sentences]
    contexts = _Contexts(source, lines, index)
    captioned = captions(sentences, source.text)
    for p_start, p_end in paragraphs(source):
        paragraph = source.text[p_start:p_end]
        quote_hits = extract_quotes(mask_urls(paragraph), p_start, starts, index, memory)
        for hit in quote_hits:
            context = contexts.at(*_enclosing(sentences, starts, hit.start, hit.end))
            claims.append(
                _claim(
                    source,
                    lines,
                    FieldName.QUOTE,
                    hit.start,
                    hit.end,
                    context,
                    quote=Quote(text=_normalise_quote(hit.text), speaker=hit.attribution.speaker),
                    attribution=hit.attribution,
                )
            )
        for sentence in sentences[bisect_left(starts, p_start) : bisect_left(starts, p_end)]:
            if sentence.start not in captioned:  # a photo's caption tells what the photo shows
                claims.extend(_sentence_claims(source, lines, sentence, index, memory, contexts))
    incidents = _article_incidents(sentences)
    claims = _under_incident_headings(claims, sentences, source.text)
    claims = _carry_incident(claims, sentences, starts, several=len(incidents) > 1)
    claims = _restated_scopes(claims, sentences, starts)
    claims = _breakdown_scopes(claims, sentences, starts)
    claims = _of_the_one_incident(claims, incidents, headed=_heading_incidents(sentences, source.text))
    claims = _name_described_ages(claims, sentences, starts)
    return sorted(claims, key=lambda c: (c.span.start, c.span.end, c.field.value))


@dataclass(frozen=True)
class _Context:
    """The sentence (or quote frame) around claims, and what is derived from it: once, not once per claim,
    since one long sentence can hold thousands of claims."""

    span: Span
    actors: tuple[str, ...]
    people: tuple[str, ...]
    keywords: tuple[str, ...]


# A sentence whose subject points back at the incident before it: "It is 27% contained", "The fire has burned".
_INCIDENT_ANAPHOR = re.compile(
    rf"\A\W*(?:It|The (?P<noun>(?i:{INCIDENT_NOUN})))\s+(?:is|was|has|had|remains|remained|now|stands|stood|grew"
    r"|spread|burned|burnt|covers|covered|reached|killed|destroyed|damaged|jumped|rose|also|currently|already)\b"
)


def _carry_incident(
    claims: list[Claim], sentences: Sequence[Sentence], starts: Sequence[int], *, several: bool
) -> list[Claim]:
    """A figure with no scope in a sentence that opens on "It" or "The fire" is of the one incident the sentence
    before names: "The Eaton fire has burnt through 14,000 acres. It is 27% contained." In an article that names
    several incidents, "The fire" is the fire named last, however far back, unless a sentence about several
    comes between."""
    last = _last_named_by_kind(sentences) if several else []
    carried = []
    for claim in claims:
        quantity = claim.quantity
        opening = _INCIDENT_ANAPHOR.match(claim.sentence.text)
        if quantity is not None and quantity.scope is None and opening:
            noun, index = opening.group("noun"), bisect_left(starts, claim.sentence.start)
            named = last[index - 1].get(_incident_kind(noun), frozenset()) if last and noun and index else frozenset()
            if not named:
                before = _neighbour(claim, sentences, starts, -1)
                named = named_incidents(before.text) if before is not None else frozenset()
            if len(named) == 1:
                claim = claim.model_copy(update={"quantity": quantity.model_copy(update={"scope": next(iter(named))})})
        carried.append(claim)
    return carried


# Words for one kind of incident: "the fire" may be "the Eaton Fire", "the Eaton wildfire" or "the blaze".
_INCIDENT_KINDS = {
    **dict.fromkeys(("fire", "wildfire", "blaze", "bushfire", "inferno"), "fire"),
    **dict.fromkeys(("quake", "earthquake", "tremor"), "quake"),
    **dict.fromkeys(("flood", "floods", "flooding"), "flood"),
    **dict.fromkeys(("storm", "hurricane", "typhoon", "cyclone"), "storm"),
}


def _incident_kind(noun: str) -> str:
    noun = noun.lower()
    return _INCIDENT_KINDS.get(noun, noun)


def _last_named_by_kind(sentences: Sequence[Sentence]) -> list[dict[str, frozenset[str]]]:
    """For each sentence, by kind of incident, the incidents of that kind named last, up to and including it (with
    "the": "the Eaton Fire"); a sentence about several of a kind ("the fires", "the Eaton and Palisades fires")
    names none that later "the fire" could be."""
    current: dict[str, frozenset[str]] = {}
    found: list[dict[str, frozenset[str]]] = []
    for sentence in sentences:
        named: dict[str, set[str]] = {}
        for name in _incidents_with_the(sentence.text):
            named.setdefault(_incident_kind(name.split()[-1]), set()).add(name)
        for match in _PLURAL_INCIDENT.finditer(sentence.text):
            named[_incident_kind(match.group(0).rstrip("s"))] = set()
        if named:
            current = {**current, **{kind: frozenset(names) for kind, names in named.items()}}
        found.append(current)
    return found


def _under_incident_headings(claims: list[Claim], sentences: Sequence[Sentence], text: str) -> list[Claim]:
    """A figure with no scope under a heading that is one incident's name ("Eaton fire" on a line of its own, then
    "- Damage: 6,782 structures destroyed") is that incident's, down to the next heading, in an article whose
    headings name two incidents or more: one incident's heading is the article's subject, not a part of it. A
    sentence that speaks of several incidents or names another is left as it is."""
    headed: dict[int, str] = {}
    incident: str | None = None
    for sentence in sentences:
        if _is_heading(sentence, text):
            incident = _heading_incident(sentence.text)
        elif incident is not None:
            headed[sentence.start] = incident
    if len({_incident_key(name) for name in headed.values()}) < 2:
        return claims
    placed = []
    for claim in claims:
        quantity = claim.quantity
        scope = headed.get(claim.sentence.start)
        if (
            quantity is not None
            and quantity.scope is None
            and scope is not None
            and not _PLURAL_INCIDENT.search(claim.sentence.text)
            and _names_no_other(claim.sentence.text, scope)
        ):
            claim = claim.model_copy(update={"quantity": quantity.model_copy(update={"scope": scope})})
        placed.append(claim)
    return placed


_HEADING_WORDS = 8  # a line longer than this is a sentence, not a heading
# What a line of a list or a fact box opens or runs on with: a bullet, a figure, a label and its text ("- Damage:
# 6,782 structures destroyed", "Containment: 27%").
_LIST_LINE = re.compile(r"\A\s*[-•*–—]|\d|:\s*\S")


def _is_heading(sentence: Sentence, text: str) -> bool:
    """A short line of its own that does not end as a sentence does, nor is an item of a list or a fact box:
    "Eaton fire", "Evacuations and Death Toll"."""
    words = sentence.text.split()
    if not 0 < len(words) <= _HEADING_WORDS or re.search(r"[.!?;,\"”’)]\s*\Z", sentence.text):
        return False
    if _LIST_LINE.search(sentence.text):
        return False
    line_end = text.find("\n", sentence.end)
    alone_before = not text[text.rfind("\n", 0, sentence.start) + 1 : sentence.start].strip()
    return alone_before and not text[sentence.end : line_end if line_end >= 0 else len(text)].strip()


def _heading_incident(heading: str) -> str | None:
    """The incident a heading is the name of ("Eaton fire", "The Palisades Fire:"), else None."""
    named = named_incidents(heading)
    if len(named) != 1:
        return None
    [name] = named
    bare = re.sub(r"\A\W*(?:the\s+)?|\W*\Z", "", heading, flags=re.I)
    return name if bare.lower() == name.lower() else None


def _restated_scopes(claims: list[Claim], sentences: Sequence[Sentence], starts: Sequence[int]) -> list[Claim]:
    """Counts whose next sentence says where they apply are of that place, whatever their own sentence named: "The
    toll has risen to 1,000 in Myanmar. These numbers are just for the Mandalay region." """
    restated: list[Claim] = []
    for claim in claims:
        quantity = claim.quantity
        if quantity is not None and quantity.unit == "count":
            after = _neighbour(claim, sentences, starts, 1)
            place = scope_restated(after.text) if after is not None else None
            if place is not None and not place.startswith("wide:"):
                claim = claim.model_copy(update={"quantity": quantity.model_copy(update={"scope": place})})
        restated.append(claim)
    return restated


def _breakdown_scopes(claims: list[Claim], sentences: Sequence[Sentence], starts: Sequence[int]) -> list[Claim]:
    """A count of one kind of people among a toll's ("killed adult") with no place of its own is of the toll's
    place: the place named with the toll before it in its clause ("Among the dead in Kerr County were 28
    children"), else the one place of the tolls its sentence gives before it ("Sixty-eight died in Kerr County
    alone, 40 were adults"), else, where its sentence gives no such toll and sets no frame of its own ("Across the
    country, ..."), the one place of those the sentence before gives ("Of the fatalities so far, 68 have occurred in
    Kerr County. The dead include 40 adults and 28 children."); a toll smaller than the part is not its whole."""
    tolls: dict[int, list[_Toll]] = {}
    for claim in claims:
        quantity = claim.quantity
        if quantity is not None and quantity.unit == "count" and quantity.counted in CASUALTIES:
            tolls.setdefault(claim.sentence.start, []).append(
                _Toll(claim.span.start, quantity.counted, quantity.scope, quantity.lower)
            )
    placed = []
    for claim in claims:
        quantity, outcome = claim.quantity, _casualty_of_a_part(claim.quantity)
        if quantity is not None and outcome is not None:
            place = _place_of_the_whole(claim, outcome, tolls, _neighbour(claim, sentences, starts, -1))
            if place is not None and not place.startswith("wide:"):
                claim = claim.model_copy(update={"quantity": quantity.model_copy(update={"scope": place})})
        placed.append(claim)
    return placed


class _Toll(NamedTuple):
    """A toll a sentence gives: where its figure starts, what it counts, its place and its lowest value."""

    start: int
    counted: str | None
    scope: str | None
    lower: float | None


def _place_of_the_whole(
    claim: Claim, outcome: str, tolls: dict[int, list[_Toll]], before: Sentence | None
) -> str | None:
    """The place of the toll a part of it (`claim`) belongs to, by `_breakdown_scopes`'s reading, else None."""
    sentence, quantity = claim.sentence, claim.quantity
    assert quantity is not None
    named = scope_of_the_toll(sentence.text[: claim.span.start - sentence.start], outcome)
    if named is not None:
        return named
    own = [toll for toll in tolls.get(sentence.start, ()) if toll.counted == outcome]
    if own:
        wholes = [toll for toll in own if toll.start < claim.span.start]
    elif before is not None and not sets_its_own_frame(sentence.text):
        wholes = [toll for toll in tolls.get(before.start, ()) if toll.counted == outcome]
    else:
        wholes = []
    places = {toll.scope for toll in wholes}
    if len(places) != 1 or any(toll.lower is None or toll.lower < (quantity.lower or 0) for toll in wholes):
        return None
    return next(iter(places))


def _casualty_of_a_part(quantity: Quantity | None) -> str | None:
    """What befell the people a count with no place counts, where they are a kind of them ("killed adult")."""
    if quantity is None or quantity.unit != "count" or quantity.scope is not None or not quantity.counted:
        return None
    outcome, _, kind = quantity.counted.partition(" ")
    return outcome if outcome in CASUALTIES and kind else None


_INCIDENT_NAME_END = re.compile(rf"\s+(?i:{INCIDENT_NOUN})\Z")  # "the Eaton Fire" and "the Eaton wildfire" are one
_PLURAL_INCIDENT = re.compile(r"\b(?:fires|wildfires|blazes|floods|storms|quakes|earthquakes)\b", re.I)


def _of_the_one_incident(claims: list[Claim], incidents: Sequence[str], *, headed: frozenset[str]) -> list[Claim]:
    """A measure of an incident with no incident named beside it ("it has burned more than 11,800 acres") is of the
    one incident its article names, where it names only one; an article that names several leaves it unplaced,
    as does a sentence that speaks of several ("the fires have burned 40,000 acres") or names another ("the larger
    Palisades Fire, which burned 23,448 acres"). So is a clock time whose sentence names no incident and tells of no
    other ("By 12:23 p.m. the fire had burned 200 acres"; not "a second fire broke out at 6:18 p.m."), unless a
    heading names another (`headed`). `incidents` are those the article names (`_article_incidents`)."""
    if len(incidents) != 1:
        return claims
    [incident] = incidents
    times_too = headed <= {_incident_key(incident)}
    placed = []
    for claim in claims:
        quantity, time, text = claim.quantity, claim.time, claim.sentence.text
        if quantity is not None and quantity.scope is None and quantity.counted in INCIDENT_MEASURES:
            if not _PLURAL_INCIDENT.search(text) and _names_no_other(text, incident):
                claim = claim.model_copy(update={"quantity": quantity.model_copy(update={"scope": incident})})
        elif (
            time is not None
            and times_too
            and not (_PLURAL_INCIDENT.search(text) or named_incidents(text) or _ANOTHER_INCIDENT.search(text))
        ):
            claim = claim.model_copy(update={"time": time.model_copy(update={"incident": incident})})
        placed.append(claim)
    return placed


# An incident told as another than the one named: "a second fire broke out", "another blaze", "a new fire".
_ANOTHER_INCIDENT = re.compile(
    rf"\b(?:another|(?:a|the)\s+(?:second|third|fourth|new|separate|different|other))\s+(?:\w+\s+)?(?i:{INCIDENT_NOUN})",
    re.I,
)


def _heading_incidents(sentences: Sequence[Sentence], text: str) -> frozenset[str]:
    """The incidents an article's headings are the names of, as compared."""
    named = (_heading_incident(s.text) for s in sentences if _is_heading(s, text))
    return frozenset(_incident_key(name) for name in named if name is not None)


def _names_no_other(text: str, incident: str) -> bool:
    """Whether a sentence names no incident but `incident` ("the larger Palisades Fire, which burned 23,448 acres"
    names another)."""
    own = _incident_key(incident)
    return all(_incident_key(name) == own for name in named_incidents(text))


def _article_incidents(sentences: Sequence[Sentence]) -> list[str]:
    """The incidents an article names with "the", each once ("the Eaton Fire" and "the Eaton wildfire" are one)."""
    incidents: dict[str, str] = {}
    for sentence in sentences:
        for name in _incidents_with_the(sentence.text):
            incidents.setdefault(_incident_key(name), name)
    return list(incidents.values())


def _incident_key(name: str) -> str:
    """An incident's name as compared: "the Eaton Fire" and "the Eaton wildfire" are one."""
    return _INCIDENT_NAME_END.sub("", name).lower()


@lru_cache(maxsize=4096)
def _incidents_with_the(text: str) -> tuple[str, ...]:
    """The incidents a sentence names with "the" ("the Hurst fire"): an agency ("according to Cal Fire") takes
    none."""
    named = named_incidents(text)
    return tuple(sorted(name for name in named if re.search(rf"\bthe\s+{re.escape(name)}\b", text, re.I)))


_OPENS_ON_SOMEONE = re.compile(r"\A\W*An?\s+\Z")


def _name_described_ages(claims: list[Claim], sentences: Sequence[Sentence], starts: Sequence[int]) -> list[Claim]:
    """An article that opens a sentence on someone unnamed ("An 83-year-old grandfather was found ...") and names
    one person in the next ("... including Rodney Nickerson, who ...") gives that person's age."""
    ages_by_sentence = Counter(
        c.sentence.start for c in claims if c.quantity is not None and c.quantity.unit == "years"
    )
    named = []
    for claim in claims:
        quantity = claim.quantity
        if quantity is not None and quantity.counted == "age" and ages_by_sentence[claim.sentence.start] == 1:
            person = _named_next(claim, sentences, starts) or _named_before(claim, sentences, starts)
            if person is not None:
                claim = claim.model_copy(
                    update={"quantity": quantity.model_copy(update={"counted": f"age of {person}"})}
                )
        named.append(claim)
    return named


def _named_next(claim: Claim, sentences: Sequence[Sentence], starts: Sequence[int]) -> str | None:
    """The one person the sentence after a claim names, when the claim's sentence opens on "A" or "An" before it."""
    if not _OPENS_ON_SOMEONE.match(claim.sentence.text[: claim.span.start - claim.sentence.start]):
        return None
    after = _neighbour(claim, sentences, starts, 1)
    return person_in(after.text) if after is not None else None


# A sentence that opens on "The" and an age calls back someone introduced before: "The 40-year-old said ...".
_OPENS_ON_THE = re.compile(r"\A\W*The\s+\Z")


def _named_before(claim: Claim, sentences: Sequence[Sentence], starts: Sequence[int]) -> str | None:
    """The one person the nearest of the two sentences before a claim that introduces anyone introduces, when the
    claim's sentence opens on "The" before it ("A resident surnamed Okafor told reporters ... His family escaped.
    The 40-year-old said ...")."""
    if not _OPENS_ON_THE.match(claim.sentence.text[: claim.span.start - claim.sentence.start]):
        return None
    for step in (-1, -2):
        before = _neighbour(claim, sentences, starts, step)
        person = person_introduced(before.text) if before is not None else None
        if person is not None:
            return person
    return None


def _neighbour(claim: Claim, sentences: Sequence[Sentence], starts: Sequence[int], step: int) -> Sentence | None:
    """The sentence `step` sentences after (or, negative, before) the claim's own, if the source has one."""
    index = bisect_left(starts, claim.sentence.start) + step
    return sentences[index] if 0 <= index < len(sentences) else None


class _Contexts:
    """The contexts of one source, each built once."""

    def __init__(self, source: Source, lines: list[int], index: ActorIndex) -> None:
        self.source, self.lines, self.index = source, lines, index
        self._built: dict[tuple[int, int], _Context] = {}
        self._derived: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {}

    def at(self, start: int, end: int) -> _Context:
        if (start, end) not in self._built:
            span = span_at(self.source, self.lines, start, end)
            self._built[(start, end)] = _Context(span, *self._derived_from(span.text))
        return self._built[(start, end)]

    def _derived_from(self, text: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
        """Actors, people and keywords of a text: a sentence repeated in the source is read once."""
        if text not in self._derived:
            actors = self.index.actors_in(text)
            people = tuple(a for a in actors if a in self.index.people)
            self._derived[text] = (actors, people, keywords(text))
        return self._derived[text]


@dataclass(frozen=True)
class _Found:
    """What one sentence's text holds, in offsets within it: the same for every sentence with that text."""

    dates: tuple[DateHit, ...]
    times: tuple[TimeHit, ...]
    quantities: tuple[QuantityHit, ...]
    outcomes: tuple[OutcomeHit, ...]
    mentions: tuple[Mention, ...]
    statement: StatementHit
    read_on: dt.date | None  # the day the sentence says its figures were given


@lru_cache(maxsize=8192)  # a sentence repeated (a live blog's standing lines, wire copy quoted again) is read once
def _found_in(text: str, published: dt.date | None, story_month: dt.date | None) -> _Found:
    found_dates, read_on = read_dates(text, published, story_month)
    dates, times = tuple(found_dates), tuple(extract_times(text))
    return _Found(
        dates=dates,
        times=times,
        quantities=_quantities(text, dates, times, published or story_month, read_on),
        outcomes=tuple(extract_outcomes(text)),
        mentions=find_mentions(text),
        statement=extract_statement(text),
        read_on=read_on,
    )


def _quantities(
    text: str,
    dates: Sequence[DateHit],
    times: Sequence[TimeHit],
    written: dt.date | None,
    read_on: dt.date | None,
) -> tuple[QuantityHit, ...]:
    """The sentence's quantities, outside the spans its dates and times take, less a past event's figures (by the
    day the article was `written`: its date, else its story's month), none where it sets one figure at several
    sources' values; each with the day the sentence says they were given."""
    if _several_estimates(text):
        return ()
    taken = [(d.start, d.end) for d in dates] + [(t.start, t.end) for t in times] + day_spans(text)
    hits = [
        h
        for h in extract_quantities(text, skip=taken)
        if not _of_a_past_event(text, h.start, h.end, written)
        and not _an_increment(text, h)
        and not _of_an_unrelated_incident(text, h.start)
    ]
    if read_on is None:
        return tuple(hits)
    return tuple(QuantityHit(h.start, h.end, h.quantity.model_copy(update={"as_of": read_on})) for h in hits)


# What a count rose by, not what it is: "the toll has risen to five, after two passengers died".
_INCREMENT = re.compile(
    r"\b(?:risen|rose|climbed|increased|jumped|grown|grew)\s+to\s+[^.;:]{1,60}?\b(?:after|as|when)\s+"
    r"(?:another\s+|a\s+further\s+|the\s+deaths?\s+of\s+)?\Z",
    re.I,
)
# The step by which a count rose, told as such: "the death toll grew by eight from Saturday to Sunday".
_RISEN_BY = re.compile(
    r"\b(?:rise|risen|rose|rising|climb|climbed|climbing|increased?|increasing|jumped|grown|grew|growing|went\s+up)"
    r"\s+by\s+(?:another\s+|a\s+further\s+|at\s+least\s+|about\s+|nearly\s+|more\s+than\s+)?\Z",
    re.I,
)
# The dead a search added to a toll: "four more bodies were found", "another two deaths", "three additional victims".
_DEATHS = r"(?:bodies|deaths|fatalities|victims|casualties)\b"
_MORE_DEATHS = re.compile(rf"(?:\A|\s)(?:more|additional|further|new)\s+(?:[a-z]+\s+)?{_DEATHS}", re.I)
_ANOTHER = re.compile(r"\b(?:another|a\s+further)\s+\Z", re.I)
_DEATHS_IN = re.compile(rf"\s(?:[a-z]+\s+)?{_DEATHS}", re.I)
# A figure that then brings a toll to a new total: "the discovery of four bodies raised the death toll to 21".
_BRINGING_TO = re.compile(
    r"\A[^.;:]{0,100}?\b(?:rais(?:ed|ing|es?)|bring(?:s|ing)?|brought|push(?:ed|es|ing)?|tak(?:es|ing)|took)\s+"
    r"(?:the|its|their)\s+(?:[\w-]+\s+){0,2}(?:toll|tally|total|count)\b[^.;:\d]{0,40}?\bto\s+(?:at\s+least\s+)?\d",
    re.I,
)


# One figure put at a value by someone: "one source put the death toll at 20", "another placed it at 24".
_PUT_AT = re.compile(
    r"\b(?:put|puts|placed|places|pegged|pegs|estimated|estimates)\s+(?:the\s+(?:\w+\s+){0,2}?"
    r"(?:toll|number|figure|count|total|tally)|it|them)\s+at\s+(?:about\s+|around\s+|nearly\s+|some\s+)?\d",
    re.I,
)


def _several_estimates(text: str) -> bool:
    """Whether a sentence sets one figure at several values by several sources ("One security source put the death
    toll at 20; the second put it at 24 and the third at 26"): it reports their disagreement, and none of the
    values is its own."""
    return len(_PUT_AT.findall(text)) >= 2


def _an_increment(text: str, hit: QuantityHit) -> bool:
    """Whether a figure is the step by which a count rose: told after its new total, before the total it brought
    the count to, after "rose by" ("the death toll grew by eight"), or as the dead found since the last count."""
    # the words before a figure are searched only as far back as a match can reach: a sentence of thousands of
    # figures would otherwise be read whole for each
    if _INCREMENT.search(text, max(0, hit.start - 120), hit.start) is not None:
        return True
    if hit.quantity.unit == "count" and _RISEN_BY.search(text, max(0, hit.start - 40), hit.start) is not None:
        return True  # but a price that "increased by 40 percent" is a measure of the change itself
    told, after = text[hit.start : hit.end], text[hit.end : hit.end + 40]
    if _BRINGING_TO.match(text[hit.end : hit.end + 200]):
        return True
    return bool(_MORE_DEATHS.search(told) or _MORE_DEATHS.match(after)) or (
        bool(_DEATHS_IN.search(told)) and bool(_ANOTHER.search(text, max(0, hit.start - 40), hit.start))
    )


# An incident the sentence sets apart from the story's: "reported a separate theft of gold specimens valued at
# $70,000", "an unrelated shooting in which two died".
_UNRELATED = (
    r"(?:separate|unrelated)\s+(?:[\w'’-]+\s+){0,2}?"
    rf"(?:(?i:{INCIDENT_NOUN})|theft|heist|robbery|burglary|raid|stabbing|kidnapping|incident|case)s?\b"
)
_UNRELATED_INCIDENT = re.compile(rf"(?<!\bnot\s)\b(?:a|an|the)\s+{_UNRELATED}[^.;:,]*\Z", re.I)
# ... or a sentence's opening phrase that names it, and the clause after: "In an unrelated shooting, two died".
_UNRELATED_OPENING = re.compile(rf"\A\W*(?:In|At|During)\s+(?:a|an)\s+{_UNRELATED}[^,.;:]{{0,60}},[^.;:]*\Z", re.I)


def _of_an_unrelated_incident(text: str, start: int) -> bool:
    """Whether a figure is told in the clause of an incident its sentence calls separate or unrelated (not one that
    calls the story's own incident so: "the shooting, a separate incident from the riot, left 7 dead")."""
    return (
        _UNRELATED_INCIDENT.search(text, max(0, start - 150), start) is not None
        or _UNRELATED_OPENING.match(text, 0, start) is not None
    )


# An earlier event named by its year, then a clause about it: "the collision of 2011, in which seven people died",
# "the 2004 tsunami, which killed 230,000", "since 2000, when 35 were killed".
_PAST_EVENT = re.compile(
    r"\b(?P<year>1[5-9]\d\d|20\d\d)\b[^.;:\d]{0,40}?\b(?:in which|which|that|when|where)\b[^.;:]*\Z"
    # a sentence that opens on the year or a day of it: "In 1987, 10 campers from another camp drowned", "On October
    # 7, 2023, a 6.3-magnitude earthquake struck"
    r"|\A\W*(?:back\s+)?(?:in|on)\s+(?:(?:early|late|mid-?)\s*)?"
    r"(?:[A-Z][a-z]+\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?,?\s+)?"
    r"(?P<opening>1[5-9]\d\d|20\d\d)\s*,[^;:]*\Z"
    # a year its clause gives the event just before the figure: "struck Paktika in June 2022 with a magnitude of 5.9"
    r"|\bin\s+(?:[A-Z][a-z]+\s+)?(?P<close>1[5-9]\d\d|20\d\d)\b[^.;:,\d]{0,30}\Z"
    # an event an aside dates to its year, and the clause on it after: "Hurricane Charlie, which struck in 1951, was
    # blamed for 154 deaths"
    # (a one-off event, told in the past: not "The war, which began in 2023, has killed 150,000")
    r"|,\s*(?:which|that)\s+(?:(?:was|were)\s+)?(?:struck|hit|slammed|swept|ravaged|made\s+landfall|occurred|happened"
    r"|erupted|crashed|sank|collapsed|exploded)\s+(?:[a-z]+\s+){0,3}?in\s+(?:[A-Z][a-z]+\s+)?"
    r"(?P<aside>1[5-9]\d\d|20\d\d)\s*,(?![^.;:]*\b(?:has|have|is|are|remains?|continues?)\b)[^.;:]*\Z",
    re.I,
)


# A figure of an event its own clause dates to a year: "a magnitude 8 quake east of Mandalay in May 1912".
_YEAR_AFTER = re.compile(
    r"[^.;:()\d]{0,60}?\b(?:in|of)\s+(?:(?:early|late|mid-?)\s*)?"
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?"
    r"(?P<year>1[5-9]\d\d|20\d\d)\b"
)


def _of_a_past_event(text: str, start: int, end: int, written: dt.date | None) -> bool:
    """Whether a figure is told of an event of an earlier year than the article's (`written`: its date, else its
    story's month): before it ("the 2011 collision, in which seven people died"), or in its own clause after it,
    two years back or more (an article of early January tells of last December without calling it the past)."""
    if written is None:
        return False
    found = _PAST_EVENT.search(text, 0, start)
    if found is not None and found.group("close"):  # as after the figure: last December may be the story's
        return int(found.group("close")) < written.year - 1
    if found is not None and int(found.group("year") or found.group("opening") or found.group("aside")) < written.year:
        return True
    after = _YEAR_AFTER.match(text, end)
    return after is not None and int(after.group("year")) < written.year - 1


# A text that stops in mid-sentence (a page's excerpt cut at its length) with at most a word after a figure: what
# the figure counts, or its scale, may be what was cut ("including US$10 mi", "burned more than 12,000 ").
_CUT_OFF_TAIL = re.compile(r"[\d.,]*[ \t]+(?:[A-Za-z]{1,4})?\s*\Z")  # not a fact box's "Containment: 11%"
_ENDS_A_SENTENCE = re.compile(r"[.!?\"”’')\]]\s*\Z")


_FIGURE = re.compile(r"\S*\d[\d.,]*")


def _cut_off_after(text: str, start: int) -> bool:
    """Whether the figure starting at `start` is among the last words of a text cut off in mid-sentence."""
    if len(text) - start >= 40:
        return False  # most figures: the text goes on
    tail = text[start:]
    figure = _FIGURE.match(tail)
    return not _ENDS_A_SENTENCE.search(tail) and bool(_CUT_OFF_TAIL.match(tail, figure.end() if figure else 0))


def _sentence_claims(
    source: Source, lines: list[int], sentence: Sentence, index: ActorIndex, memory: SpeakerMemory, contexts: _Contexts
) -> list[Claim]:
    if is_stamp_line(sentence.text):
        return []
    text = mask_urls(sentence.text)  # offsets are unchanged: spans still slice the original text
    base = sentence.start
    context = contexts.at(sentence.start, sentence.end)
    attribution = sentence_attribution(text, index, memory)
    claims: list[Claim] = []
    found = _found_in(text, source.published, source.story_month)
    dateline_end = max(source.dateline_end - base, opening_dateline_end(text) if found.dates else 0)
    dates = [d for d in found.dates if d.start >= dateline_end]
    times = found.times
    for d in dates:
        claims.append(
            _claim(
                source,
                lines,
                FieldName.DATE,
                base + d.start,
                base + d.end,
                context,
                date=d.date,
                attribution=attribution,
            )
        )
    for t in times:
        if t.conversion:
            continue
        claims.append(
            _claim(
                source,
                lines,
                FieldName.TIME,
                base + t.start,
                base + t.end,
                context,
                time=t.time,
                attribution=attribution,
            )
        )
    if len(dates) == len(found.dates):
        quantities = found.quantities
    else:
        quantities = _quantities(text, dates, times, source.published, found.read_on)
    for q in quantities:
        if _cut_off_after(source.text, base + q.start):
            continue
        claims.append(
            _claim(
                source,
                lines,
                FieldName.QUANTITY,
                base + q.start,
                base + q.end,
                context,
                quantity=q.quantity,
                attribution=attribution,
            )
        )
    for o in found.outcomes:
        claims.append(
            _claim(
                source,
                lines,
                FieldName.OUTCOME,
                base + o.start,
                base + o.end,
                context,
                outcome=o.outcome,
                attribution=attribution,
            )
        )
    for mention in found.mentions:
        if not _is_name(mention.text, mention.start, source.text):
            continue
        claims.append(
            _claim(
                source,
                lines,
                FieldName.ENTITY,
                base + mention.start,
                base + mention.end,
                context,
                entity=index.canonical(mention),
                title=mention.title or None,
                attribution=attribution,
            )
        )
    statement = found.statement
    claims.append(
        _claim(
            source,
            lines,
            FieldName.NEGATION,
            base + statement.start,
            base + statement.end,
            context,
            statement=statement.statement,
            attribution=attribution,
        )
    )
    return claims


def _claim(
    source: Source,
    lines: list[int],
    field: FieldName,
    start: int,
    end: int,
    context: _Context,
    attribution: Attribution | None = None,
    **value: object,
) -> Claim:
    return Claim.model_construct(  # every value below is already of its field's type: no checks to repeat
        id=f"{source.path}#{field.value}@{start}-{end}",
        source=source.path,
        field=field,
        span=span_at(source, lines, start, end),
        sentence=context.span,
        actors=context.actors,
        people=context.people,
        keywords=context.keywords,
        attribution=attribution,
        **value,  # type: ignore[arg-type]
    )


def _is_name(written: str, start: int, whole: str) -> bool:
    """A lone capitalised word opening a sentence ("Editor's note") is a name only if the source also
    capitalises it mid-sentence, or if it is an acronym."""
    words = written.split()
    if start > 0 or len(words) > 1:
        return True
    word = re.sub(r"['’]s?$", "", words[0]).rstrip(".")
    if word.isupper() or "." in word:
        return True
    return _mid_sentence(word, whole)


@lru_cache(maxsize=1024)  # asked for each sentence a word opens; the answer is the source's, once per word
def _mid_sentence(word: str, whole: str) -> bool:
    """Whether `whole` has `word` after a lower-case word, a comma or a semicolon."""
    return re.search(rf"[a-z,;]\s+{re.escape(word)}\b", whole) is not None


def keywords(text: str) -> tuple[str, ...]:
    """Content-word stems of a text, sorted and unique."""
    return tuple(sorted({stem(w) for w in _WORD.findall(text) if w.lower() not in STOPWORDS and len(w) > 2}))


def _normalise_quote(text: str) -> str:
    return " ".join(text.replace("’", "'").replace("‘", "'").split())


def _enclosing(sentences: list[Sentence], starts: list[int], start: int, end: int) -> tuple[int, int]:
    """The offsets of the sentences a quote runs through, widened to the quote itself."""
    if not sentences:
        return start, end
    first = max(bisect.bisect_right(starts, start) - 1, 0)
    last = max(bisect.bisect_right(starts, max(end - 1, start)) - 1, first)
    return min(sentences[first].start, start), max(sentences[last].end, end)


def line_starts(text: str) -> list[int]:
    """The offset where each line of `text` starts, for `span_at`."""
    return [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]


def span_at(source: Source, lines: list[int], start: int, end: int) -> Span:
    """The span of `source` from `start` to `end`, with its lines and columns (`lines` from `line_starts`)."""
    line = bisect.bisect_right(lines, start)
    end_line = bisect.bisect_right(lines, max(end - 1, start))
    # Built from offsets this module computed: pydantic's checks would cost a good part of a long source's time.
    return Span.model_construct(
        source=source.path,
        start=start,
        end=end,
        line=line,
        column=start - lines[line - 1] + 1,
        end_line=end_line,
        end_column=end - lines[end_line - 1] + 1,
        text=source.text[start:end],
    )
