"""Named actors (people, organisations, places) and their aliases within and across sources.

"Secretary of State Marco Rubio", "Rubio" and "the top U.S. diplomat" are one actor: full names
are learnt from every source first, then surnames and role descriptions resolve to them.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

TITLE_WORDS = {
    "president",
    "vice",
    "secretary",
    "state",
    "general",
    "foreign",
    "minister",
    "prime",
    "deputy",
    "defense",
    "defence",
    "chancellor",
    "senator",
    "sen.",
    "rep.",
    "representative",
    "ambassador",
    "governor",
    "gov.",
    "mayor",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "commander",
    "colonel",
    "col.",
    "lt.",
    "captain",
    "capt.",
    "chief",
    "director",
    "head",
    "pope",
    "king",
    "queen",
    "prince",
    "mr.",
    "mrs.",
    "ms.",
    "dr.",
    "gen.",
    "leader",
    "speaker",
    "officer",
    "emergency",
    "interior",
    "regional",
    "ukrainian",
    "russian",
    "american",
    "dutch",
    "british",
    "french",
    "german",
    "u.s.",
    "us",
    "nato",
    "nato's",
    "former",
    "top",
    "senior",
    "of",
    "the",
    "for",
    "army",
    "military",
    "lieutenant",
    "major",
    "admiral",
    "police",
    "fire",
    "services",
    "service",
    "ministry",
    "agency",
    "authority",
    "official",
    "officials",
    "meteorological",
    "weather",
    "national",
    "council",
    "mr",
    "mrs",
    "ms",
    "dr",
    "anchor",
    "correspondent",
    "reporter",
    "host",
    "staff",
}
PERSON_TITLES = {
    "president",
    "secretary",
    "minister",
    "chancellor",
    "senator",
    "sen.",
    "rep.",
    "ambassador",
    "governor",
    "gov.",
    "mayor",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "commander",
    "colonel",
    "col.",
    "captain",
    "capt.",
    "chief",
    "director",
    "head",
    "pope",
    "king",
    "queen",
    "prince",
    "mr.",
    "mrs.",
    "ms.",
    "dr.",
    "gen.",
    "general",
    "leader",
    "speaker",
    "officer",
    "lieutenant",
    "major",
    "admiral",
    "mr",
    "mrs",
    "ms",
    "dr",
    "anchor",
    "correspondent",
    "reporter",
    "host",
    "deputy",
    "official",
}
SENTENCE_STARTERS = {
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "But",
    "And",
    "Yet",
    "For",
    "As",
    "After",
    "Before",
    "By",
    "While",
    "With",
    "It",
    "He",
    "She",
    "They",
    "We",
    "I",
    "This",
    "That",
    "These",
    "Those",
    "There",
    "Meanwhile",
    "Still",
    "However",
    "According",
    "Officials",
    "Some",
    "Now",
    "Just",
    "Despite",
    "Since",
    "Asked",
    "When",
    "If",
    "Our",
    "His",
    "Her",
    "Their",
    "Its",
    "No",
    "Not",
    "So",
    "Then",
    "Earlier",
    "Later",
    "Also",
    "Both",
    "Good",
    "Dana",
    "Sources",
    "All",
    "Even",
    "Over",
    "Under",
    "Until",
    "Once",
    "From",
    "Yes",
    "Here",
    "What",
    "Why",
    "How",
    "Who",
    "Where",
    "Hours",
    "Days",
    "Residents",
    "Rescuers",
    "Among",
    "Local",
}
NOT_ACTORS = {
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
}
DEMONYMS = {
    "russian": "Russia",
    "ukrainian": "Ukraine",
    "american": "United States",
    "u.s.": "United States",
    "us": "United States",
    "british": "United Kingdom",
    "dutch": "Netherlands",
    "european": "Europe",
}
# Names of one country: its name, abbreviations and demonyms ("U.K." is named wherever "British" is).
COUNTRY_NAMES = [
    {"u.k", "u.k.", "uk", "united kingdom", "britain", "great britain", "british", "england", "english", "briton"},
    {"u.s", "u.s.", "us", "usa", "united states", "america", "american", "americans"},
    {"russia", "russian", "russians", "russian federation"},
    {"ukraine", "ukrainian", "ukrainians"},
    {"france", "french"},
    {"germany", "german", "germans"},
    {"china", "chinese"},
    {"japan", "japanese"},
    {"canada", "canadian", "canadians"},
    {"australia", "australian", "australians"},
    {"mexico", "mexican"},
    {"poland", "polish"},
    {"syria", "syrian"},
    {"israel", "israeli"},
    {"iran", "iranian"},
    {"india", "indian"},
    {"netherlands", "dutch", "holland"},
    {"italy", "italian"},
    {"spain", "spanish"},
    {"turkey", "turkish"},
    {"hungary", "hungarian"},
    {"belarus", "belarusian"},
    {"georgia", "georgian"},
    {"ireland", "irish"},
    {"scotland", "scottish", "scot"},
    {"wales", "welsh"},
    {"new zealand", "new zealander"},
]
_COUNTRY_OF = {name: frozenset(group) for group in COUNTRY_NAMES for name in group}


def name_variants(name: str) -> frozenset[str]:
    """A name lower-cased, with the other names of the same country when it is one."""
    lowered = name.lower().strip(" .")
    return _COUNTRY_OF.get(lowered, _COUNTRY_OF.get(lowered + ".", frozenset())) | {lowered}


# Role descriptions and the title words of the office they describe.
ROLE_SYNONYMS = {
    "nato chief": "nato secretary general",
    "alliance chief": "nato secretary general",
    "head of nato": "nato secretary general",
    "nato's secretary general": "nato secretary general",
    "top u.s. diplomat": "secretary of state",
    "top us diplomat": "secretary of state",
    "america's top diplomat": "secretary of state",
    "kremlin's top diplomat": "russian foreign minister",
    "russia's foreign minister": "russian foreign minister",
    "russia's top diplomat": "russian foreign minister",
    "ukraine's president": "ukrainian president",
    "ukrainian leader": "ukrainian president",
    "russian leader": "russian president",
    "kremlin leader": "russian president",
    "the president": "president",
    "the governor": "governor",
    "the mayor": "mayor",
}
_CAP = r"[A-Z][\w'’.\-]*"
_MENTION = re.compile(rf"{_CAP}(?:(?:\s+(?:of|de|van|al|bin|von|der|the)\s+|\s+|-){_CAP})*")
_PRONOUNS = {"he", "she", "him", "her", "his"}


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    name: str  # the name part without titles: "Marco Rubio", "NATO", "Kyiv"
    title: str  # lower-cased title words before the name: "secretary of state"


def find_mentions(text: str) -> list[Mention]:
    """Capitalised name sequences, split into title and name."""
    mentions: list[Mention] = []
    for match in _MENTION.finditer(text):
        raw = match.group(0).rstrip(".")
        tokens = raw.split()
        start = match.start()
        while tokens and (tokens[0] in SENTENCE_STARTERS or tokens[0] in NOT_ACTORS) and _sentence_initial(text, start):
            start += len(tokens[0]) + 1
            tokens = tokens[1:]
        tokens = [t for t in tokens if t not in NOT_ACTORS]
        possessive = [i for i, t in enumerate(tokens[:-1]) if t.endswith(("'s", "’s"))]
        if possessive:  # "Ukraine's Volodymyr Zelenskyy": the name is what follows the possessive
            tokens = tokens[possessive[-1] + 1 :]
        if not tokens:
            continue
        title_tokens: list[str] = []
        while len(tokens) > 1 and tokens[0].lower().rstrip(",") in TITLE_WORDS:
            title_tokens.append(tokens.pop(0).lower())
        last_title = max((i for i, t in enumerate(tokens[:-1]) if t.lower() in PERSON_TITLES), default=-1)
        if 0 <= last_title < len(tokens) - 1:  # "Transport Minister Adela Brannock": the name follows the office
            title_tokens.extend(t.lower() for t in tokens[: last_title + 1])
            tokens = tokens[last_title + 1 :]
        name = _strip_possessive(" ".join(tokens))
        if not name or (name.isupper() and len(name) > 12):  # transcript labels, not names
            continue
        if name.lower() in TITLE_WORDS and not title_tokens:
            continue
        mentions.append(Mention(start, match.end(), text[start : match.end()], name, " ".join(title_tokens)))
    return mentions


def _sentence_initial(text: str, start: int) -> bool:
    """Whether only quotes, brackets and spaces stand between `start` and the end of the last sentence."""
    before = start
    while before > 0 and text[before - 1] in " \"“‘'(":
        before -= 1
    return before == 0 or text[before - 1] in ".!?:;\n—–-"


def _strip_possessive(name: str) -> str:
    return re.sub(r"['’]s?$", "", name).strip(" ,")


@dataclass
class ActorIndex:
    """Canonical names, learnt from every mention in every source."""

    full_names: set[str] = field(default_factory=set)
    people: set[str] = field(default_factory=set)
    by_surname: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    by_title: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    by_first_word: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    @classmethod
    def build(cls, mentions: Iterable[Mention]) -> ActorIndex:
        index = cls()
        for mention in mentions:
            tokens = mention.name.split()
            if len(tokens) >= 2 and all(t[:1].isupper() for t in tokens) and not mention.name.isupper():
                index.full_names.add(mention.name)
                index.by_surname[tokens[-1]].add(mention.name)
                index.by_first_word[tokens[0]].add(mention.name)
                if mention.title and set(mention.title.split()) & PERSON_TITLES:
                    index.by_title[_title_key(mention.title)].add(mention.name)
                    index.people.add(mention.name)
        return index

    def canonical(self, mention: Mention) -> str:
        """The full name a mention refers to, or its own name when none is known."""
        name = mention.name
        if name in self.full_names:
            return name
        if name.lower() in DEMONYMS:
            return DEMONYMS[name.lower()]
        candidates = self.by_surname.get(name.split()[-1], set())
        if len(candidates) == 1:
            return next(iter(candidates))
        if " " not in name:  # "Granmoor" for "Granmoor Rail", when no person has that surname
            organisations = {n for n in self.by_first_word.get(name, set()) if n not in self.people}
            if len(organisations) == 1 and not candidates:
                return next(iter(organisations))
        return name

    def resolve_role(self, phrase: str) -> str | None:
        """A person for a role description ("the NATO chief"), when exactly one person holds that title."""
        key = phrase.lower().strip()
        key = re.sub(r"^(?:the|a|an)\s+", "", key)
        title = ROLE_SYNONYMS.get(key) or ROLE_SYNONYMS.get("the " + key) or key
        people = self.by_title.get(_title_key(title), set())
        return next(iter(people)) if len(people) == 1 else None

    def actors_in(self, text: str) -> tuple[str, ...]:
        """Canonical actors mentioned in a piece of text, sorted."""
        found = {self.canonical(m) for m in find_mentions(text)}
        lowered = text.lower()
        for phrase in ROLE_SYNONYMS:
            if phrase in lowered and not phrase.startswith("the "):
                person = self.resolve_role(phrase)
                if person:
                    found.add(person)
        return tuple(sorted(found))


def _title_key(title: str) -> str:
    words = [w.strip(".,'’").removesuffix("'s").removesuffix("’s") for w in title.lower().split()]
    return " ".join(sorted(w for w in words if w not in {"of", "the", "for", "former", "top"}))


def is_pronoun(text: str) -> bool:
    return text.lower() in _PRONOUNS
