"""Rules: a stable id and help text for every kind of finding check can fail on, and finding fingerprints.

Rule ids appear in SARIF, GitHub annotations, baselines and inline suppressions
(`<!-- factcheck: ignore contradicted-quantity -->`), so they never change once published.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from factcheck.models import FieldName, Finding, Verdict


@dataclass(frozen=True)
class Rule:
    id: str
    name: str
    short: str
    help: str


RULES: dict[str, Rule] = {
    rule.id: rule
    for rule in (
        Rule(
            "contradicted-quantity",
            "ContradictedQuantity",
            "A number in the draft conflicts with a source",
            "A count or measure in the draft (casualties, money, speed, distance) conflicts with the value a source "
            "gives for the same thing. Check the figure, its qualifier ('at least') and its unit.",
        ),
        Rule(
            "contradicted-date",
            "ContradictedDate",
            "A date in the draft conflicts with a source",
            "The draft dates an event differently from a source. Relative dates ('on Monday') are resolved "
            "against each article's own publication date.",
        ),
        Rule(
            "contradicted-time",
            "ContradictedTime",
            "A clock time in the draft conflicts with a source",
            "The draft gives a different clock time for an event than a source, in the same time zone.",
        ),
        Rule(
            "contradicted-attribution",
            "ContradictedAttribution",
            "A quote is attributed to someone else",
            "The draft attributes a direct quote to a different speaker than the sources do.",
        ),
        Rule(
            "contradicted-quote",
            "ContradictedQuote",
            "A quote's wording differs from the sources",
            "The draft quotes the same speaker with materially different words than the sources.",
        ),
        Rule(
            "contradicted-outcome",
            "ContradictedOutcome",
            "The outcome of an event conflicts with a source",
            "The draft and a source disagree on how an event turned out ('a productive call' vs 'failed to "
            "reach agreement', 'resumed' vs 'suspended').",
        ),
        Rule(
            "contradicted-negation",
            "ContradictedNegation",
            "The draft negates what a source affirms, or the reverse",
            "One side says something happened or is the case; the other says it did not or is not.",
        ),
        Rule(
            "contradicted-entity",
            "ContradictedName",
            "A person's name or office differs between accounts",
            "Two accounts spell one person's name differently ('Delphine Ardrey', 'Delhpine Ardrey'), or give one "
            "person two kinds of one office ('police chief', 'fire chief'): at most one of them is right.",
        ),
        Rule(
            "contradicted-wording",
            "ContradictedWording",
            "A word of the draft changes what its source sentence says",
            "Where the closest source sentence has one word, the draft has its opposite ('convicted' for "
            "'acquitted', 'fell' for 'rose', antonyms from Open English WordNet), or another name, office or thing "
            "of the same kind ('Foreign Minister' for 'Prime Minister', one company for its rival, 'green' for "
            "'yellow').",
        ),
        Rule(
            "unsupported-claim",
            "UnsupportedClaim",
            "No source states this claim",
            "No source states a checkable claim of the draft. It may be new reporting, or it may be wrong.",
        ),
    )
}


def rule_for(finding: Finding) -> Rule | None:
    """The rule a check finding breaks; None for a supported claim or a compare finding that breaks none."""
    if finding.verdict in (Verdict.CONTRADICTED, Verdict.CONTRADICTION):
        return RULES[f"contradicted-{finding.field.value}"]
    if finding.verdict is Verdict.UNSUPPORTED:
        return RULES["unsupported-claim"]
    return None


def fingerprint(finding: Finding) -> str:
    """Stable across runs, line shifts and source order: the rule, the field, the normalised claim texts (for
    check, the draft's only) and the sentence of the first claim (two 'on Monday' claims differ by sentence)."""
    rule = rule_for(finding)
    # A check finding is about the draft's claim: editing a source must not bring an accepted finding back.
    own = finding.claims[:1] if finding.verdict in (Verdict.CONTRADICTED, Verdict.UNSUPPORTED) else finding.claims
    texts = sorted({_normalise(claim.text) for claim in own})
    context = _normalise(finding.claims[0].sentence) if finding.claims else ""
    key = "|".join([rule.id if rule else finding.verdict.value, finding.field.value, context, *texts])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def _normalise(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower().replace("’", "'")).split())


__all__ = ["RULES", "FieldName", "Rule", "fingerprint", "rule_for"]
