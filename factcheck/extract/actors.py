"""Named actors (people, organisations, places) and their aliases within and across sources.

"Secretary of State Marco Rubio", "Rubio" and "the top U.S. diplomat" are one actor: full names
are learnt from every source first, then surnames and role descriptions resolve to them.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from lemminflect import getAllLemmas

from factcheck.extract.lexicon import (
    KINSHIP_WORDS,
    NOT_PERSON_WORDS,
    OFFICE_WORDS,
    PERSON_OFFICES,
    ROLE_WORDS,
    SEATS_OF_GOVERNMENT,
    country_named,
    demonyms,
    is_known_place,
    place_forms,
)
from factcheck.wordnet import person_nouns

TITLE_WORDS = OFFICE_WORDS | KINSHIP_WORDS
PERSON_TITLES = PERSON_OFFICES
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
    # prepositions made of participles, a closed class: "Following the attack", "Including two children"
    "Following",
    "Including",
    "Regarding",
    "Concerning",
    "Considering",
    "Excluding",
    "Barring",
    "Pending",
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
    # indefinite pronouns, a closed class: "Nobody had been threatened", "Several were arrested"
    "Nobody",
    "Everybody",
    "Somebody",
    "Anybody",
    "Everyone",
    "Someone",
    "Anyone",
    "None",
    "Nothing",
    "Everything",
    "Something",
    "Anything",
    "Each",
    "Every",
    "Many",
    "Several",
    "Few",
    "Most",
    "Neither",
    "Either",
    "Another",
    "Others",
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
    # clock and time-zone abbreviations: "1:30 PM", "09:30 GMT"
    "AM",
    "PM",
    "A.M.",
    "P.M.",
    "GMT",
    "UTC",
    "EST",
    "EDT",
    "CST",
    "CDT",
    "MST",
    "MDT",
    "PST",
    "PDT",
    "BST",
    "CET",
    "CEST",
    "IST",
}


def name_variants(name: str) -> frozenset[str]:
    """A name lower-cased, with the other names of the same country when it is one."""
    return place_forms(name)


def numbered_form(name: str) -> str | None:
    """The bare name of a name with a number after a hyphen ("covid-19" -> "covid"), else None."""
    bare, hyphen, number = name.lower().rpartition("-")
    return bare if hyphen and bare and number.isdigit() else None


def _is_title_word(token: str) -> bool:
    """An office or rank, a demonym ("Ukrainian President"), or an abbreviation with or without its full stop
    ("Lt.", "Lt", British style)."""
    word = token.lower().rstrip(",")
    return (
        word in TITLE_WORDS
        or word in demonyms()
        or word.removesuffix("'s").removesuffix("’s") in TITLE_WORDS
        or (word.isalpha() and f"{word}." in TITLE_WORDS)
    )


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


@lru_cache(maxsize=8192)  # each sentence is asked for its names several times: for the index, actors, entities
def find_mentions(text: str) -> tuple[Mention, ...]:
    """Capitalised name sequences, split into title and name."""
    mentions: list[Mention] = []
    for match in _MENTION.finditer(text):
        raw = match.group(0).rstrip(".")
        tokens = raw.split()
        start = match.start()
        while tokens and _not_a_name_here(tokens, text, match) and _sentence_initial(text, start):
            start += len(tokens[0]) + 1
            tokens = tokens[1:]
        tokens = [t for t in tokens if t not in NOT_ACTORS]
        possessive = [i for i, t in enumerate(tokens[:-1]) if t.endswith(("'s", "’s"))]
        if possessive:  # "Ukraine's Volodymyr Zelenskyy": the name is what follows the possessive
            tokens = tokens[possessive[-1] + 1 :]
        if not tokens:
            continue
        title_tokens: list[str] = []
        while len(tokens) > 1 and _is_title_word(tokens[0]):
            title_tokens.append(tokens.pop(0).lower())
        if _kind_of_person_before_name(tokens) and _sentence_initial(text, start):
            title_tokens.append(tokens.pop(0).lower())  # "Survivor Rahima Begum said": who she is, then her name
        if not title_tokens and len(tokens) >= 2:  # "Cebu governor Pamela Baricuatro": an office in lower case
            title_tokens.extend(_lower_case_office_before(text, start))
        last_title = max((i for i, t in enumerate(tokens[:-1]) if t.lower() in PERSON_TITLES), default=-1)
        if 0 <= last_title < len(tokens) - 1:  # "Transport Minister Adela Brannock": the name follows the office
            title_tokens.extend(t.lower() for t in tokens[: last_title + 1])
            tokens = tokens[last_title + 1 :]
        end = match.end()
        if _place_then_demonym(tokens, text, end):  # "the Moscow Russian embassy": the name is Moscow's
            end = start + len(text[start:end].rpartition(tokens.pop())[0].rstrip())
        of = tokens.index("of") if "of" in tokens else -1
        if of in (2, 3) and could_be_person(tokens[:of]):  # "Sarah Marsh of Alabama": a person and where from
            cut = re.search(r"\s+of\s", text[start:end])
            if cut is not None:
                tokens, end = tokens[:of], start + cut.start()
        name = _strip_possessive(" ".join(tokens))
        if not name or (name.isupper() and len(name) > 12):  # transcript labels, not names
            continue
        if name.lower() in TITLE_WORDS and not title_tokens:
            continue
        mentions.append(Mention(start, end, text[start:end], name, " ".join(title_tokens)))
    return tuple(mentions)


_LONG_WORD = re.compile(r"[^\W\d_][\w’'-]{3,}")


def names_learnt_from(text: str) -> tuple[Mention, ...]:
    """The mentions a sentence teaches the index of full names: none from a headline in title case ("Tragedy
    Strikes Altadena", "Pakistan Retaliates"), whose capitals join words that are no one's name."""
    words = _LONG_WORD.findall(text)
    capitalised = sum(w[0].isupper() for w in words)
    if len(words) >= 2 and capitalised >= 0.8 * len(words) and not text.rstrip().endswith((".", "!", "?", ":")):
        return ()
    return find_mentions(text)


_LOWER_WORD_AFTER = re.compile(r"\s+(?P<word>[a-z]+)\b")


def _place_then_demonym(tokens: list[str], text: str, end: int) -> bool:
    """A known place's name and then a demonym that qualifies the noun after them ("the London Russian embassy",
    "the Hong Kong Chinese community"): two words, not one name. Not before a word that can be a verb or an
    adverb ("Georgia French said", "the Hong Kong Chinese were")."""
    if len(tokens) < 2 or tokens[-1].lower() not in demonyms() or not is_known_place(" ".join(tokens[:-1])):
        return False
    after = _LOWER_WORD_AFTER.match(text, end)
    return after is not None and _only_a_noun(after.group("word"))


@lru_cache(maxsize=8192)  # asked of the words around each name: a story's words recur
def parts_of_speech(word: str) -> frozenset[str]:
    """The parts of speech a word, in lower case, may be ("NOUN", "VERB", "ADJ", ...), by its lemmas."""
    return frozenset(getAllLemmas(word))


def _only_a_noun(word: str) -> bool:
    parts = parts_of_speech(word)
    return "NOUN" in parts and not parts & {"VERB", "AUX", "ADV"}


_LOWER_WORDS_BEFORE = re.compile(r"(?<![\w'’-])(?P<words>(?:[a-z][a-z-]*\s+){1,3})\Z")


def _lower_case_office_before(text: str, start: int) -> list[str]:
    """The words of an office written in lower case right before a name, as news writes it after the place or body
    it serves: "governor" of "Cebu governor Pamela Baricuatro", "fire chief" of "said fire chief Anna Kovacs"."""
    found = _LOWER_WORDS_BEFORE.search(text, max(0, start - 40), start)
    if found is None:
        return []
    words = found.group("words").split()
    while words and words[0] not in PERSON_TITLES:
        words = words[1:]
    return words if words and words[-1] in PERSON_TITLES and all(w in TITLE_WORDS for w in words) else []


def _kind_of_person_before_name(tokens: list[str]) -> bool:
    """Whether the first of three or more capitalised words is a noun for a kind of person and no adjective
    ("Survivor", "Witness", not "Catholic"), before words that may be a person's name and no body's ("Rahima
    Begum", not "Media Group"). A given name that is also such a noun is misread so ("Hunter Stuart Biden")."""
    first = tokens[0].lower()
    readings = getAllLemmas(first)
    return (
        len(tokens) > 2
        and first in person_nouns()
        and "ADJ" not in readings
        and could_be_person(tokens[1:])
        and not any(t.lower() in _BODY_WORDS for t in tokens[1:])
    )


# Words of bodies' names besides those `NOT_PERSON_WORDS` gives ("Group", "Party", "Services"): "Guardian Media
# Group", "Baker Hughes Co", "Muslim Brotherhood Youth".
_BODY_WORDS = frozenset({"co", "corp", "brotherhood", "youth", "media"})


def could_be_person(words: list[str]) -> bool:
    """Capitalised words none of which names a place, an organisation or an office: "Sarah Marsh", not "Bank"."""
    return all(w[:1].isupper() and w[1:].islower() and w.lower() not in NOT_PERSON_WORDS for w in words)


def _not_a_name_here(tokens: list[str], text: str, match: re.Match[str]) -> bool:
    """Whether the first of `tokens`, opening a sentence, is a word that opens sentences rather than a name."""
    return tokens[0] in SENTENCE_STARTERS or tokens[0] in NOT_ACTORS or _opens_with_participle(tokens, text, match)


def _opens_with_participle(tokens: list[str], text: str, match: re.Match[str]) -> bool:
    """A capitalised first word that is a verb's -ing or -ed form and no noun ("Using two grinders", "Crested at 29
    feet", "Speaking to reporters", "Armed police", "Condemning Pakistan"), not a name. Before another capitalised
    word that is a common noun or adjective it is a name's own ("United States", "Downing Street", "Bowling Green");
    an -ing word alone is a surname ("Manning said", "Manning, 34,", "Manning resigned") unless a phrase's first
    word or a noun that is no verb follows ("Using two", "Chilling details")."""
    if not _is_participle(tokens[0]):
        return False
    if len(tokens) > 1:  # "Criticizing Okafor", not "Downing Street" or "United States": a word of a name's own
        second = tokens[1].lower()
        return tokens[0].endswith("ing") and not (_a_noun_or_adjective(second) or second in NOT_PERSON_WORDS)
    after = _LOWER_WORD_AFTER.match(text, match.end())
    word = after.group("word") if after else None
    if tokens[0].endswith("ed"):  # "Armed police", "Crested at": few surnames end so; none before its verb
        return word is None or not _only_a_verb(word)
    # "Using two grinders", "Seeing images", not "Manning, 34,", "Manning also said", "Manning and Okafor"
    return word is not None and (word in _OPENS_A_PHRASE or _only_a_noun_or_adjective(word))


def _a_noun_or_adjective(word: str) -> bool:
    return bool(parts_of_speech(word) & {"NOUN", "ADJ"})


def _only_a_noun_or_adjective(word: str) -> bool:
    """A noun or adjective that is no verb: "Seeing debris", not "Manning resigned" or "Manning hopes"."""
    return _a_noun_or_adjective(word) and not parts_of_speech(word) & {"VERB", "AUX"}


# What follows a participle that opens a sentence ("Using two grinders", "Crested at 29 feet", "Speaking to
# reporters"), never a surname's verb or its comma ("Manning said", "Manning, 34,", "Manning also said").
_OPENS_A_PHRASE = frozenset(
    {"to", "at", "in", "on", "by", "with", "from", "for", "about", "into", "through", "after", "before", "during"}
    | {"the", "a", "an", "his", "her", "their", "its", "our", "this", "that", "these", "those", "up", "out", "off"}
    | {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "some", "more"}
)


@lru_cache(maxsize=4096)
def _is_participle(token: str) -> bool:
    word = token.lower()
    if not word.endswith(("ing", "ed")) or len(word) < 5:
        return False
    lemmas = getAllLemmas(word)
    verbs = lemmas.get("VERB", ())
    return "NOUN" not in lemmas and "PROPN" not in lemmas and any(v != word and word.startswith(v[:-1]) for v in verbs)


def _only_a_verb(word: str) -> bool:
    parts = parts_of_speech(word)
    return bool(parts & {"VERB", "AUX"}) and "NOUN" not in parts


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
    titles: dict[str, frozenset[str]] = field(default_factory=dict)  # each titled person's title words

    @classmethod
    def build(cls, mentions: Iterable[Mention]) -> ActorIndex:
        index = cls()
        for mention in mentions:
            tokens = mention.name.split()
            if len(tokens) >= 2 and all(t[:1].isupper() for t in tokens) and not mention.name.isupper():
                index.full_names.add(mention.name)
                if not any(t.lower() in NOT_PERSON_WORDS for t in tokens):  # "Red Cross Committee Myanmar": no one
                    index.by_surname[tokens[-1]].add(mention.name)
                index.by_first_word[tokens[0]].add(mention.name)
                if mention.title and set(mention.title.split()) & PERSON_TITLES:
                    index.by_title[_title_key(mention.title)].add(mention.name)
                    index.titles[mention.name] = index.titles.get(mention.name, frozenset()) | set(
                        _title_key(mention.title).split()
                    )
                    index.people.add(mention.name)
        return index

    def canonical(self, mention: Mention) -> str:
        """The full name a mention refers to, or its own name when none is known."""
        name = mention.name
        if name in self.full_names:
            return name
        if name.lower() in demonyms():
            return demonyms()[name.lower()]
        candidates = self.by_surname.get(name.split()[-1], set())
        if " " not in name and is_known_place(name):
            # "Thailand" alone is the country, not "Neighboring Thailand"; "Duarte" (a province too) is still
            # "Mayor Ines Duarte" where a titled person of that name is the only one
            people = {n for n in candidates if n in self.people}
            return next(iter(people)) if len(people) == 1 else name
        if len(candidates) == 1:
            return next(iter(candidates))
        if " " not in name:  # "Granmoor" for "Granmoor Rail", when no person has that surname
            organisations = {n for n in self.by_first_word.get(name, set()) if n not in self.people}
            if len(organisations) == 1 and not candidates:
                return next(iter(organisations))
        return name

    def resolve_role(self, phrase: str) -> str | None:
        """A person for a role description ("the NATO chief", "Russia's top diplomat"), when exactly one fits.

        The role names an office ("top diplomat": a foreign minister or secretary of state) and may name who it
        serves (a country, its demonym, its seat of government, an organisation). People whose title is that
        office for that country or organisation come first, then people whose title names no country.
        """
        key = re.sub(r"^(?:the|a|an)\s+", "", phrase.lower().strip())
        key = re.sub(r"\b(?:top|senior)\s+", "", key)
        exact = self.by_title.get(_title_key(key), set())
        if len(exact) == 1:
            return next(iter(exact))
        role = next((r for r in sorted(ROLE_WORDS, key=len, reverse=True) if re.search(rf"\b{r}$", key)), None)
        if role is None:
            return None
        qualifier = key[: key.rindex(role)].strip(" ,")
        qualifier = re.sub(r"(?:['’]s|\bof)$", "", qualifier).strip()
        if not qualifier:
            return None  # a bare "chief" or "head" is no role description: "shot in the head", "chief executive"
        offices = [set(_title_key(o).split()) for o in ROLE_WORDS[role]]
        holders = {p: t for p, t in self.titles.items() if any(o <= t for o in offices)}
        forms = _serving(qualifier)
        named = [p for p, t in holders.items() if t & forms]
        if len(named) == 1:
            return named[0]
        countryless = [p for p, t in holders.items() if not any(_serving(w) - {w} for w in t)]
        if not named and _is_country(qualifier) and len(countryless) == 1:
            return countryless[0]
        return None

    def actors_in(self, text: str) -> tuple[str, ...]:
        """Canonical actors mentioned in a piece of text, sorted."""
        found = {self.canonical(m) for m in find_mentions(text)}
        if self.titles:
            for match in _ROLE_PHRASE.finditer(text):
                person = self.resolve_role(match.group(0))
                if person:
                    found.add(person)
        return tuple(sorted(found))


# What one source's extraction read of the index, so that a stored story knows when a source's claims would come
# out differently under a grown index: (part, key), with key None where the whole part was read.
IndexRead = tuple[str, str | None]
_INDEX_PARTS = ("full_names", "people", "by_surname", "by_title", "by_first_word", "titles")


class _Noting:
    """What a set or dict part of the index notes of reads: each key tested or looked up, and a read of the whole
    when it is iterated or measured."""

    _reads: set[IndexRead]
    _part: str

    def _note(self, key: object) -> None:
        self._reads.add((self._part, None if key is None else str(key)))

    def __contains__(self, key: object) -> bool:
        self._note(key)
        return super().__contains__(key)  # type: ignore[misc, no-any-return]

    def __iter__(self) -> Iterator[str]:
        self._note(None)
        return super().__iter__()  # type: ignore[misc, no-any-return]

    def __len__(self) -> int:
        self._note(None)
        return super().__len__()  # type: ignore[misc, no-any-return]


class _ReadSet(_Noting, set[str]):
    def __init__(self, items: Iterable[str], reads: set[IndexRead], part: str) -> None:
        super().__init__(items)
        self._reads, self._part = reads, part


class _ReadMap(_Noting, dict[str, Any]):
    def __init__(self, items: dict[str, Any], reads: set[IndexRead], part: str) -> None:
        super().__init__(items)
        self._reads, self._part = reads, part

    def get(self, key: str, default: Any = None) -> Any:
        self._note(key)
        return super().get(key, default)

    def __getitem__(self, key: str) -> Any:
        self._note(key)
        return super().__getitem__(key)

    def items(self) -> Any:
        self._note(None)
        return super().items()

    def keys(self) -> Any:
        self._note(None)
        return super().keys()

    def values(self) -> Any:
        self._note(None)
        return super().values()


def recording_index(index: ActorIndex) -> tuple[ActorIndex, set[IndexRead]]:
    """A copy of `index` that notes every part and key read from it, and the set it notes them in.

    Extraction reads the index only through its parts; what a source's extraction read, looked up again in a
    later index (`index_reads_digest`), says whether that source's claims would come out the same.
    """
    reads: set[IndexRead] = set()
    parts: dict[str, Any] = {}
    for part in _INDEX_PARTS:
        value = getattr(index, part)
        parts[part] = _ReadSet(value, reads, part) if isinstance(value, set) else _ReadMap(dict(value), reads, part)
    return ActorIndex(**parts), reads


def index_reads_digest(index: ActorIndex, reads: Iterable[IndexRead]) -> str:
    """A hash of what `reads` find in `index`: equal for two indexes that answer every one of those reads alike."""
    answers = []
    for part, key in sorted(reads, key=lambda r: (r[0], r[1] or "")):
        value = getattr(index, part)
        if key is None:
            answer: object = (
                sorted(value) if isinstance(value, set) else sorted((k, _plain(v)) for k, v in value.items())
            )
        elif isinstance(value, set):
            answer = key in value
        else:
            answer = _plain(value.get(key))
        answers.append([part, key, answer])
    return hashlib.sha256(json.dumps(answers, ensure_ascii=False).encode()).hexdigest()


def _plain(value: object) -> object:
    return sorted(value) if isinstance(value, (set, frozenset)) else value


_ROLE_PHRASE = re.compile(
    r"(?:\b[\w.]+(?:['’]s)?\s+)?(?:top\s+|chief\s+)?\b(?:"
    + "|".join(sorted((re.escape(r) for r in ROLE_WORDS), key=len, reverse=True))
    + r")\b",
    re.I,
)


def _serving(qualifier: str) -> frozenset[str]:
    """The words a title may use for whom an office serves: a country's forms, or the qualifier itself."""
    lowered = qualifier.lower().strip(" .")
    seat = SEATS_OF_GOVERNMENT.get(lowered)
    return place_forms(seat) if seat else place_forms(lowered)


def _is_country(qualifier: str) -> bool:
    lowered = qualifier.lower().strip(" .")
    return lowered in SEATS_OF_GOVERNMENT or country_named(lowered) is not None


def _title_key(title: str) -> str:
    words = [w.strip(".,'’").removesuffix("'s").removesuffix("’s") for w in title.lower().split()]
    return " ".join(sorted(w for w in words if w not in {"of", "the", "for", "former", "top"}))


def is_pronoun(text: str) -> bool:
    return text.lower() in _PRONOUNS
