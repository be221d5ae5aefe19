"""Outcome polarity of events ("a productive call" vs "failed to reach agreement") and negated statements.

An outcome is about an event noun (call, meeting, talks, summit, order) and carries +1 when the
event happened or went well and -1 when it failed, was called off or ended. A negated statement
("was not planning to provide") keeps the stems of the words it negates, so that the affirmative
version in another source ("was planning to provide") can be found and set against it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.models import Outcome, Statement

EVENTS = {
    "call": "call",
    "calls": "call",
    "phone call": "call",
    "conversation": "call",
    "phone conversation": "call",
    "meeting": "meeting",
    "meet": "meeting",
    "meetings": "meeting",
    "sit down": "meeting",
    "sit-down": "meeting",
    "face-to-face": "meeting",
    "in-person meeting": "meeting",
    "talks": "talks",
    "negotiations": "talks",
    "discussions": "talks",
    "summit": "summit",
    "visit": "visit",
    "exchange": "exchange",
    "swap": "exchange",
    "ceasefire": "ceasefire",
    "truce": "ceasefire",
    "deal": "deal",
    "vote": "vote",
    "order": "order",
    "evacuation order": "order",
    "warning": "warning",
    "alert": "warning",
    "operation": "operation",
    "inquiry": "inquiry",
    "investigation": "inquiry",
    "probe": "inquiry",
    "review": "inquiry",
    "service": "service",
    "services": "service",
    "line": "service",
    "trains": "service",
    "traffic": "service",
    "search": "search",
    "rescue": "search",
    "launch": "launch",
    "flight": "flight",
    "flights": "flight",
}
POSITIVE = (
    r"productive|constructive|successful|fruitful|positive|cordial|went well|made progress|"
    r"reached (?:an? |the )?(?:agreement|deal|understanding)|agreed|breakthrough|went ahead|took place|"
    r"was held|were held|resumed|remains in (?:place|force|effect)|remained in (?:place|force|effect)|"
    r"still in (?:place|force|effect)|was extended|were extended|proceeded|was completed|were completed|"
    r"ordered|opened|launched|set up|restored|reopened|running again"
)
NEGATIVE = (
    r"failed to (?:reach|agree|produce|make|yield|deliver)|ruled out|remains? closed|stayed closed|"
    r"failure|collapsed|broke down|stalled|postponed|"
    r"canceled|cancelled|called off|shelved|scrapped|suspended|delayed|put off|no agreement|no deal|"
    r"without (?:an? |any )?(?:agreement|deal|breakthrough|progress)|ended without|disagreed|unproductive|"
    r"fell apart|fell through|off the table|no plans|not necessary|no need|lifted|rescinded|halted|abandoned|"
    r"did not take place|didn't take place|never took place|was not held|were not held|ended in deadlock|"
    r"deadlocked|went nowhere|produced nothing|yielded nothing"
)
_CUE = re.compile(rf"\b(?:(?P<pos>{POSITIVE})|(?P<neg>{NEGATIVE}))\b", re.I)
_EVENT = re.compile(r"\b(?:" + "|".join(re.escape(e) for e in sorted(EVENTS, key=len, reverse=True)) + r")\b", re.I)
_FLIP = re.compile(r"\b(?:not|n't|never|no longer|hardly)\s+(?:\w+\s+)?\Z", re.I)

NEGATION = re.compile(
    r"(?:\b(?P<aux>(?:was|were|is|are|am|has|have|had|did|does|do|will|would|could|should|can|may|might|must)"
    r"\s+)?\b|(?<=\w)(?=n['’]t))"
    r"(?P<cue>not|never|n['’]t|no longer)\s+(?P<tail>(?:\w+\s+){0,2}\w+(?:\s+(?:to|on|with)\s+\w+)?)|"
    r"\b(?P<verbneg>refused|refuses|declined|declines|ruled out|rules out|denied|denies|rejected|rejects)\s+"
    r"(?P<tail2>to\s+\w+(?:\s+\w+)?)|"
    r"\b(?P<noneg>made no|has no|had no|gave no|offered no)\s+(?P<tail3>\w+)|"
    # a subject that leaves no one out: "no one", "none", "no group", "no militant group", "no other country"
    r"\b(?P<nosubject>no one|no-one|nobody|none|no\s+(?:[a-z]+\s+)?"
    r"(?:group|organi[sz]ation|outfit|faction|party|person|individual|official|country|government))\s+"
    r"(?:has|have|had|was|were|is|did)\s+(?:yet\s+)?(?P<tail4>\w+(?:\s+\w+)?)",
    re.I,
)
_AUX = {
    "was",
    "were",
    "is",
    "are",
    "am",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "did",
    "does",
    "do",
    "will",
    "would",
    "could",
    "should",
    "can",
    "may",
    "might",
    "must",
    "to",
    "yet",
    "also",
    "even",
    "ever",
    "currently",
    "immediately",
    "on",
    "with",
    "so",
    "the",
    "a",
    "an",
    "any",
    "at",
    "all",
}


@dataclass(frozen=True)
class OutcomeHit:
    start: int
    end: int
    outcome: Outcome


@dataclass(frozen=True)
class StatementHit:
    start: int
    end: int
    statement: Statement


def extract_outcomes(text: str) -> list[OutcomeHit]:
    """Polarity cues tied to the nearest event noun in the sentence."""
    events = [(m.start(), m.end(), EVENTS[m.group(0).lower()]) for m in _EVENT.finditer(text)]
    hits: list[OutcomeHit] = []
    for cue in _CUE.finditer(text):
        if not events:
            break
        polarity = 1 if cue.group("pos") else -1
        if _FLIP.search(text[max(0, cue.start() - 20) : cue.start()]):
            polarity = -polarity
        nearest = min(events, key=lambda e: min(abs(e[0] - cue.end()), abs(cue.start() - e[1])))
        start, end = min(cue.start(), nearest[0]), max(cue.end(), nearest[1])
        if end - start > 80:  # the event is too far away to be what the cue is about
            start, end = cue.start(), cue.end()
        hits.append(OutcomeHit(start, end, Outcome(event=nearest[2], polarity=polarity, cue=cue.group(0).lower())))
    return hits


def extract_statement(text: str) -> StatementHit:
    """The sentence as a statement: negated when a negation cue governs a verb, with the stems it negates."""
    for match in NEGATION.finditer(text):
        if _not_a_denial(text, match):
            continue
        tail = match.group("tail") or match.group("tail2") or match.group("tail3") or match.group("tail4") or ""
        words = [word for word in re.findall(r"[A-Za-z]+", tail) if word.lower() not in _AUX]
        stems = [stem(word) for word in words]
        if not stems:
            continue
        start = match.start("aux") if match.group("aux") else match.start()
        if (match.group("cue") or "").lower().startswith("n") and start > 0 and text[start - 1].isalnum():
            start = text.rfind(" ", 0, start) + 1  # "isn't planning": the span starts at "isn't"
        return StatementHit(
            start,
            match.end(),
            Statement(
                predicate=" ".join(stems),
                words=" ".join(words).lower(),
                negated=True,
                cue=(
                    match.group("cue") or match.group("verbneg") or match.group("noneg") or match.group("nosubject")
                ).lower(),
            ),
        )
    return StatementHit(0, len(text), Statement(predicate="", negated=False))


# A "not" that sets one word against another ("destroyed, not damaged", "rather than"), a guess ("maybe he is not"),
# or a denial bounded in time ("no one has been rescued since Monday") denies nothing another account can affirm.
_CONTRAST_BEFORE = re.compile(r"(?:,|\brather than|\band)\s*\Z", re.I)
_HEDGE_BEFORE = re.compile(r"\b(?:maybe|perhaps|possibly|whether|if)\b[^,;:.]{0,30}\Z", re.I)
_SINCE_AFTER = re.compile(r"\A[^,;:.]{0,60}\bsince\b", re.I)
# Nor does a "not" that only says which people are meant ("those Canadians who did not vote Liberal"): the sentence
# tells something else of them. A clause set off by commas tells a fact of its own ("the man, who was not armed").
_WHO_BEFORE = re.compile(r"(?<!,)\s(?:who|whom)\s+(?:\w+\s+){0,2}\Z")  # not "the man, who was not armed"
# Nor does "never" of what happened before ("the Dreamliner, which had never crashed before", "never before seen"):
# the event told now is another. "Had not been warned before" stays a denial: its "before" is the event's.
_BEFORE_NOW = re.compile(
    r"\s+(?:before\b|(?:(?:been|ever)\s+)?\w+\s+(?:before|previously|until\s+(?:now|then))(?=\s*(?:[,.;:!?)\u2014]|\Z)))",
    re.I,
)


def _not_a_denial(text: str, match: re.Match[str]) -> bool:
    if not match.group("cue"):
        return False
    before, after = text[: match.start("cue")], text[match.end() :]
    return bool(
        _CONTRAST_BEFORE.search(before)
        or _HEDGE_BEFORE.search(before)
        or _WHO_BEFORE.search(before)
        or _SINCE_AFTER.match(after)
        or (match.group("cue").lower() == "never" and _BEFORE_NOW.match(text, match.end("cue")) is not None)
    )


def stem(word: str) -> str:
    """A crude stem, enough to meet 'planning' with 'plans' and 'provided' with 'provide'."""
    word = word.lower()
    for suffix in ("ing", "ed", "es", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    if len(word) > 3 and word[-1] == word[-2]:  # planning -> plann -> plan
        word = word[:-1]
    return word
