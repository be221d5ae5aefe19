"""Names across sources: one person's name spelled two ways, or one person given two kinds of one office.

These are facts no typed field holds, found among the named actors of every source rather than in aligned
groups: "Delphine Ardrey" and "Delhpine Ardrey" cannot both be right, nor can "Police Chief Lena Ortiz" and
"Fire Chief Lena Ortiz".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from itertools import pairwise
from typing import TypeVar

from rapidfuzz import fuzz

from factcheck.compare import finding_claim, finding_id, given_names_alike
from factcheck.extract.lexicon import NOT_PERSON_WORDS, OFFICE_WORDS, is_broad_place, is_known_place, unaccented
from factcheck.models import Claim, FieldName, Finding, Verdict


def name_findings(claims: Sequence[Claim]) -> list[Finding]:
    """Spelling and office conflicts among the named actors of `claims`; their ages, where given, help tell whether
    two names are one person's."""
    named = [c for c in claims if c.entity is not None]
    return [*spelling_findings(named, ages_by_name(claims)), *title_findings(named)]


def ages_by_name(claims: Sequence[Claim]) -> dict[str, set[float]]:
    """The ages the claims give each named person, by the name lower-cased ("carlos ruiz": {24.0})."""
    ages: dict[str, set[float]] = {}
    for claim in claims:
        quantity = claim.quantity
        if quantity is None or quantity.lower is None or quantity.lower != quantity.upper:
            continue
        if quantity.counted and quantity.counted.startswith("age of "):
            ages.setdefault(quantity.counted.removeprefix("age of "), set()).add(quantity.lower)
    return ages


MENTIONS_SHOWN = 3  # the uses of a name or title in one source that a finding shows as evidence

# Title words that qualify an office without naming another one: "former", "acting", "county", "department".
_TITLE_QUALIFIERS = frozenset(
    {"former", "top", "senior", "acting", "interim", "incoming", "outgoing", "then", "of", "the", "for", "deputy"}
    | {"national", "federal", "regional", "provincial", "county", "city", "municipal", "district", "state"}
    | {"department", "office", "bureau", "agency", "authority", "council", "ministry", "service", "services"}
)
_TITLE_ABBREVIATIONS = {
    "gov.": "governor",
    "lt.": "lieutenant",
    "cdr.": "commander",
    "cmdr.": "commander",
    "sen.": "senator",
    "rep.": "representative",
    "gen.": "general",
    "capt.": "captain",
    "col.": "colonel",
    "sgt.": "sergeant",
    "maj.": "major",
    "cpl.": "corporal",
    "supt.": "superintendent",
    "prof.": "professor",
    "rev.": "reverend",
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
}


# Ranks and offices of two words, each another rank than either word alone: a lieutenant commander is no
# lieutenant, a vice president no president.
COMPOUND_RANKS = frozenset(
    {("lieutenant", w) for w in ("commander", "colonel", "general", "governor", "commissioner", "admiral")}
    | {("vice", w) for w in ("admiral", "president", "chancellor", "chairman", "chair", "marshal", "premier")}
    | {("major", "general"), ("brigadier", "general"), ("rear", "admiral"), ("staff", "sergeant")}
    | {("master", "sergeant"), ("sergeant", "major"), ("lance", "corporal"), ("field", "marshal")}
)


def office_of(title: str) -> frozenset[str]:
    """The words of a title that name the office itself: 'LA Fire Chief' -> {fire, chief}; a compound rank is
    one more member: 'Lt Commander' -> {lieutenant, commander, lieutenant commander}."""
    words = [  # an abbreviation with its full stop or without ("Lt." or "Lt", "Dr." or "Dr")
        _TITLE_ABBREVIATIONS.get(w, _TITLE_ABBREVIATIONS.get(f"{w}.", w)).rstrip(".")
        for w in title.lower().replace("-", " ").split()
    ]
    compounds = {f"{a} {b}" for a, b in pairwise(words) if (a, b) in COMPOUND_RANKS}
    return frozenset({w for w in words if w in OFFICE_WORDS and w not in _TITLE_QUALIFIERS} | compounds)


def _offices_clash(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two kinds of one office ("police chief", "fire chief"), or a compound rank and a word of it ("lieutenant
    commander", "lieutenant"); a rank and a post ("general", "junta chief") are not."""
    if not a & b:
        return False
    if {w for w in a if " " in w} != {w for w in b if " " in w}:
        return True
    return not (a <= b or b <= a)


def title_findings(claims: Sequence[Claim]) -> list[Finding]:
    """One person given two different offices across sources ("police chief" and "fire chief").

    A title that only leaves words out ("Chief" for "Police Chief", "Governor" for "Texas Governor") is not a
    conflict, unless what it leaves out makes another rank ("Lieutenant" for "Lieutenant Commander"); nor are two
    titles with no word in common (a rank and a post can both be true): only two
    kinds of one office.
    """
    offices: dict[str, dict[str, list[tuple[frozenset[str], Claim]]]] = {}
    for claim in claims:
        name = claim.entity
        if name is None or not looks_like_person(name):
            continue
        office = office_of(claim.title or "")
        if office:
            uses = offices.setdefault(name, {}).setdefault(claim.source, [])
            if len(uses) < MENTIONS_SHOWN:
                uses.append((office, claim))
    findings = []
    for name, by_source in sorted(offices.items()):
        held = sorted({office for uses in by_source.values() for office, _ in uses}, key=sorted)
        # the offices that clash, not one that only leaves a word out ("LAFD Chief" beside "Fire Chief")
        clashing = [office for office in held if any(_offices_clash(office, other) for other in held)]
        if not clashing:
            continue
        members = [use for uses in by_source.values() for use in uses]
        written = {office: claim.title or "" for office, claim in reversed(sorted(members, key=_place))}
        findings.append(
            _name_finding(
                members,
                held,
                clash=_offices_clash,
                reason=f"{name}'s title given as " + " vs ".join(written[office] for office in clashing[:3]),
                confidence=0.6,
                value=lambda office, claim: f"{claim.title} {claim.entity}",
                id_suffix="-title",
            )
        )
    return findings


def spelling_findings(claims: Sequence[Claim], ages: Mapping[str, set[float]] | None = None) -> list[Finding]:
    """Names that differ in one word by a spelling ("Delphine Ardrey" and "Delhpine Ardrey") across sources.

    A given name that only looks like another name ("Lauren", "Laurent") is one person's when both hold the same
    office ("Interior Minister") or are given the same age (`ages`, by name lower-cased). A source's first few uses
    of each spelling are the evidence; two spellings of one name cannot both be right.
    """
    ages = ages or {}
    first: dict[str, dict[str, list[Claim]]] = {}
    offices: dict[str, set[frozenset[str]]] = {}
    things: set[str] = set()
    for claim in claims:
        name = claim.entity
        if name is not None and _told_as_a_thing(claim):
            things.add(name)
        if name is not None and looks_like_person(name) and _written_in_full(claim, name):
            uses = first.setdefault(name, {}).setdefault(claim.source, [])
            if len(uses) < MENTIONS_SHOWN:
                uses.append(claim)
            office = office_of(claim.title or "")
            if office:
                offices.setdefault(name, set()).add(office)
    joined: dict[str, str] = {name: name for name in first}

    def root(name: str) -> str:
        while joined[name] != name:
            name = joined[name]
        return name

    for a, b in _one_word_apart(sorted(first)):
        if _name_words(a) == _name_words(b):
            continue  # "José López", "Jose Lopez": one spelling, written with and without its accents
        one_office = offices.get(a, set()) & offices.get(b, set())
        one_age = ages.get(a.lower(), set()) & ages.get(b.lower(), set())  # "Ana Ruiz, 24", "Ana Luiz, 24"
        apart = not set(first[a]) & set(first[b])  # no article names both: "Sgt. John Gates ... and Sgt. John Yates"
        variant = _given_name_variant(a, b) or (apart and _family_name_variant(a, b))
        # one age is weaker evidence than one office: twins named side by side share theirs
        if _misspelt(a, b) or (one_office and variant) or (one_age and apart and variant):
            joined[root(b)] = root(a)
    families: dict[str, list[str]] = {}
    for name in sorted(first):
        families.setdefault(root(name), []).append(name)
    findings = []
    for family in families.values():
        members = [(n, claim) for n in family for uses in first[n].values() for claim in uses]
        if len(family) < 2 or len({claim.source for _, claim in members}) < 2:
            continue
        if any(name in things or is_known_place(name) for name in family):
            continue  # a place's or a day's name in two spellings: "Castilla-La Mancha", "Castile-La Mancha"
        counts = {name: len(first[name]) for name in family}
        shown = sorted(family, key=lambda n: (-counts[n], n))
        findings.append(
            _name_finding(
                members,
                family,
                clash=lambda a, b: a != b,
                reason="name spelled "
                + " vs ".join(f"{n} ({counts[n]} sources)" if counts[n] > 1 else n for n in shown[:3]),
                confidence=0.7,
                value=lambda name, claim: name,
            )
        )
    return findings


# Words that are never right before a person's name: "the Mauni Amavasya", "during Mauni Amavasya" name a day; and
# what may follow a name so told that is still a person's: "during Ana Ruiz's funeral", "the Ana Ruiz fund".
_BEFORE_A_THING = re.compile(r"\b(?:the|during)\s+[\"'‘“]?\Z", re.I)
_AFTER_A_PERSONS = re.compile(r"\A(?:['’]s?\b|\s+[a-z])")


def _told_as_a_thing(claim: Claim) -> bool:
    """Whether a claim's name follows a word no person's name follows, and no possessive or noun after it says it
    names a person's thing: a day's, a place's or a thing's name, whose spellings are transliterations, not errors
    ("during the Mauni Amavasya." and "on Mouni Amavasya")."""
    start, end = claim.in_sentence
    text = claim.sentence.text
    return _BEFORE_A_THING.search(text[max(0, start - 12) : start]) is not None and not _AFTER_A_PERSONS.match(
        text[end : end + 3]
    )


def _written_in_full(claim: Claim, name: str) -> bool:
    """Whether a claim's words spell its whole name: a family name told alone ("Hernandez's body") is resolved to
    a full name the story gives elsewhere, and says nothing of how this source spells it."""
    written = re.sub(r"['’]s\b|[^\w\s'’-]", " ", claim.span.text)  # "Ana Ruiz’s" spells "Ana Ruiz"
    return set(_name_words(name)) <= {word.strip("'’") for word in _name_words(written)}  # "Carlos Gutierres'"


def _one_word_apart(names: list[str]) -> list[tuple[str, str]]:
    """The pairs of names of as many words that are equal but for one word: blocked by the words they share, so
    a story's hundreds of names are not compared each with each."""
    buckets: dict[tuple[int, int, tuple[str, ...]], list[str]] = {}
    for name in names:
        words = name.lower().split()
        for position in range(len(words)):
            buckets.setdefault((len(words), position, tuple(words[:position] + words[position + 1 :])), []).append(name)
    return sorted({(a, b) for bucket in buckets.values() for i, a in enumerate(bucket) for b in bucket[i + 1 :]})


def spelling_variants(a: str, b: str) -> bool:
    """Two people's names of as many words, equal but for one word that is spelt differently ("Hallek", "Hallec").

    Places and organisations are left out ("Cedar Fire", "World Health Organisation"): their names have
    plurals, national spellings and transliterations that are not errors. So are endings that make another
    word of the same name ("Asia", "Asian") and a word cut off where a text ends.
    """
    return looks_like_person(a) and looks_like_person(b) and _misspelt(a, b)


def _misspelt(a: str, b: str) -> bool:
    wa, wb = _name_words(a), _name_words(b)  # "López" for "Lopez" is no error
    if len(wa) != len(wb):
        return False
    differing = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
    if len(differing) != 1:
        return False
    x, y = sorted(differing[0], key=len)
    if y.startswith(x):  # "Karll" for "Karl" is a doubled letter; "Alana", "Asian" or "Angelesfor" are other words
        return len(y) == len(x) + 1 and y[-1] == y[-2]
    return len(x) >= 4 and len(y) >= 5 and x[0] == y[0] and fuzz.ratio(x, y) >= 75


def _given_name_variant(a: str, b: str) -> bool:
    """One family name, and given names one letter apart at the end or alike by spelling ("Lauren", "Laurent")."""
    (*given_a, family_a), (*given_b, family_b) = _name_words(a), _name_words(b)
    if family_a != family_b or len(given_a) != len(given_b) or given_a == given_b:
        return False
    x, y = sorted((" ".join(given_a), " ".join(given_b)), key=len)
    return (y.startswith(x) and len(y) == len(x) + 1) or given_names_alike(x, y)


def _family_name_variant(a: str, b: str) -> bool:
    """One given name, and family names of one length a letter apart anywhere ("Clive Kundar", "Clive Sundar"):
    alone, two people's names may be that close; holding one office, they are one person's."""
    (*given_a, family_a), (*given_b, family_b) = _name_words(a), _name_words(b)
    if given_a != given_b or len(family_a) != len(family_b) or len(family_a) < 5:
        return False
    return sum(x != y for x, y in zip(family_a, family_b, strict=True)) == 1


# A word of a person's name: "Ardrey", "O'Neill", and hyphenated given names as romanised ("Suk-yin", "Jong-un")
# or joined ("Jean-Luc").
_PERSON_WORD = re.compile(r"[A-Z][a-z]+(?:['’][A-Z]?[a-z]+|-[A-Za-z][a-z]+)?")
# A hyphenated word that is an adjective, not a name: "Indian-controlled", "Texas-based", "Paris-born".
_ADJECTIVE_COMPOUND = re.compile(r"\A[A-Z][a-z]+-(?:[a-z]+ed|born|run|led|held|made)\Z")


def looks_like_person(name: str) -> bool:
    """Two or three capitalised words, none of them a word that names a place, an organisation, an office or what
    an office is for ("the Commissioner of Railway Safety")."""
    words = name.split()
    return (
        2 <= len(words) <= 3
        and all(_PERSON_WORD.fullmatch(unaccented(w)) and not _ADJECTIVE_COMPOUND.match(w) for w in words)
        and not any(
            w.lower() in NOT_PERSON_WORDS or w.lower() in _WHAT_OFFICES_ARE_FOR or w.lower().endswith(_ABSTRACT_ENDINGS)
            for w in words
        )
        and not is_broad_place(name)
    )


def _name_words(name: str) -> list[str]:
    """A name's words as compared, lower case and without accents: "José López" is ["jose", "lopez"]."""
    return unaccented(name).lower().split()


# Endings of abstract nouns, which name companies and bodies, never people: "Red Electricity", "Civil Aviation"
# (not "-ity" or "-ment" alone, which end "Verity" and "Clement").
_ABSTRACT_ENDINGS = ("icity", "ality", "ation", "ition", "ution")

# What offices are for, in their names: "Railway Safety", "Homeland Security", "Foreign Affairs".
_WHAT_OFFICES_ARE_FOR = frozenset(
    {"safety", "security", "railway", "railways", "transport", "health", "defence", "defense", "affairs"}
    | {"management", "relief", "rescue", "response", "disaster", "emergency"}
)


Key = TypeVar("Key")


def _place(member: tuple[object, Claim]) -> tuple[str, int]:
    return member[1].source, member[1].span.start


def _name_finding(
    members: list[tuple[Key, Claim]],
    values: list[Key],
    *,
    clash: Callable[[Key, Key], bool],
    reason: str,
    confidence: float,
    value: Callable[[Key, Claim], str],
    id_suffix: str = "",
) -> Finding:
    """A contradiction over one claim per source and value: clusters by value, conflicts where values clash."""
    members = sorted(members, key=_place)
    cluster = {key: k for k, key in enumerate(values)}
    conflicts = tuple(
        (i, j)
        for i in range(len(members))
        for j in range(i + 1, len(members))
        if members[i][1].source != members[j][1].source and clash(members[i][0], members[j][0])
    )
    return Finding(
        id=finding_id(FieldName.ENTITY, [claim for _, claim in members]) + id_suffix,
        verdict=Verdict.CONTRADICTION,
        field=FieldName.ENTITY,
        confidence=confidence,
        reason=reason,
        claims=tuple(
            finding_claim(claim, cluster[key]).model_copy(update={"value": value(key, claim)}) for key, claim in members
        ),
        conflicts=conflicts,
    )
