"""Direct quotes with their speakers, and who a sentence's facts are attributed to.

Quotes are found per paragraph, since one quote often spans several sentences; the speaker is
taken from the frame around it ("...," Rutte said / Rutte told reporters: "..." / "...," he added),
a pronoun falling back on the last named speaker, and from transcript labels ("MARK RUTTE (on tape):").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from rapidfuzz import fuzz

from factcheck.extract.actors import ActorIndex, Mention, could_be_person, find_mentions, parts_of_speech
from factcheck.extract.lexicon import OFFICE_WORDS, PERSON_OFFICES, is_known_place
from factcheck.extract.quantities import person_noun
from factcheck.models import Attribution

SPEECH_VERBS = (
    r"said|says|say|told|tells|added|adds|insisted|insists|stated|declared|wrote|writes|remarked|explained|"
    r"noted|warned|argued|asked|replied|posted|tweeted|recalled|stressed|continued|announced|confirmed|"
    r"reported|claimed|claims|acknowledged|admitted|conceded|vowed|pledged|promised|urged|described|"
    r"described it|called it|told reporters|went on"
)
_TITLE_WORD = "|".join(sorted((re.escape(w) for w in OFFICE_WORDS if w[:1].isalpha()), key=len, reverse=True))
_WHO_BODY = (
    # a title in lower case after the place or body it serves, before a name: "said Dialassagou mayor Hamidou
    # Tembely", "said Kerr County fire chief Anna Kovacs"
    rf"(?:[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){{0,2}}\s+(?:(?:{_TITLE_WORD})\s+){{1,3}}"
    r"[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){1,3}"
    r"|(?:[A-Z][\w'’.\-]*(?:\s+(?:of\s+)?[A-Z][\w'’.\-]*){0,5})"
    r"|(?i:an?|the|one|another|two|three)\s+(?:[\w.'’\-]+\s+){0,5}?(?:official|officials|spokesperson|spokesman|"
    r"spokeswoman|diplomat|source|sources|aide|adviser|advisor|minister|governor|mayor|commander|chief|"
    r"president|secretary|leader|ministry|agency|police|army|military|witness|resident|statement|office|"
    r"department|sheriff|authorities|government|council|commission|spokespeople)"
    # a title in lower case before a name, as news writes it after the verb: "said fire chief Anna Kovacs"
    rf"|(?:(?:{_TITLE_WORD})\s+){{1,3}}[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){{1,3}}"
    r"|he|she|they|He|She|They"
    r"|[A-Z][\w'’.\-]*(?:\s+[\w'’.\-]+){0,6}?\s+[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,2})"
)
_WHO = rf"(?P<who>{_WHO_BODY})"
_AFTER_QUOTE = re.compile(
    rf"\A[,.!?]?\s*(?:{_WHO}\s+(?P<verb>{SPEECH_VERBS})\b|(?P<verb2>{SPEECH_VERBS})\s+(?P<who2>{_WHO_BODY}))"
)
# People named bare after a quote, a plural kind of person or a body that speaks: '"No one was hurt," police
# said', '"...," witnesses told AFP', '"...," local officials said'.
_BARE_AFTER_QUOTE = re.compile(
    rf"\A[,.!?]?\s*(?P<who>(?:[A-Za-z][\w'’\-]*\s+){{0,2}}?[a-z]+)\s+(?P<verb>{SPEECH_VERBS})\b"
)
# A person named after the verb, with the kind of person they are in lower case before: '," said resident Maria
# Santos', '," said local farmer Ana Ruiz'.
_KIND_AFTER_QUOTE = re.compile(
    rf"\A[,.!?]?\s*(?P<verb>{SPEECH_VERBS})\s+(?:[a-z][\w'’-]*\s+)?(?P<kind>[a-z][\w'’-]*)\s+"
    r"(?P<who>[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){1,3})"
)
_POSSESSIVE = re.compile(r"['’]s?\b")
_BODIES = frozenset({"police", "authorities", "sources"})
_BEFORE_QUOTE = re.compile(
    rf"(?:[Aa]ccording to\s+(?P<acc>[^,“\"]{{2,60}})"
    rf"|{_WHO}\s+(?:(?:also|then|later|has|had)\s+)?(?P<verb>{SPEECH_VERBS})\b)"
    r"(?P<rest>[^“\"”.!?]{0,90})[:,]?\s*(?:that\s+)?\Z"
)
_QUOTE = re.compile(r"“(?P<curly>[^“”]+)”|\"(?P<straight>[^\"]+)\"")
_LABEL = re.compile(
    r"\A(?P<name>[A-Z][A-Z.'’\- ]{1,40}?)(?:,\s*(?P<role>[A-Z][A-Z.'’\- ,]{1,60}?))?"
    r"(?:\s*\((?P<note>[^)]{1,30})\))?:\s+"
)
JOURNALIST_ROLES = ("ANCHOR", "CORRESPONDENT", "REPORTER", "HOST", "PRESENTER", "EDITOR")
OUTLET_WORDS = re.compile(
    r"\b(?:News|Times|Post|Journal|TV|Television|Radio|Agency|Wire|Press|Herald|Ledger|Daily|Network|Telegraph|"
    r"Guardian|CNN|BBC|Reuters|AP|AFP|Bloomberg|NBC|CBS|ABC|Axios|Politico|Interfax|TASS|Ukrinform|"
    # news agencies of the world, by the names news credits them with
    r"Xinhua|Kyodo|Yonhap|ANI|PTI|IANS|UNI|ANSA|EFE|dpa|DPA|Anadolu|Bernama|Antara|WAFA|IRNA|KCNA|RIA|Novosti|"
    r"Agerpres|PAP|CTK|MTI|APA|KUNA|SPA|WAM|QNA|MENA|APS|NAN|KNA|PNA|VNA|UPI|CBC|NHK|DW|RFI|"
    r"Sky News|Al Jazeera|France 24|Euronews)\b"
)
_OUTLET_AFTER_VERB = re.compile(
    r"\A\s*(?P<outlet>(?:[A-Z][\w'’.\-]*\s?){1,5}|state (?:television|media|TV|radio|broadcaster))"
)
_SENTENCE_ATTRIBUTION = re.compile(
    rf"(?:[Aa]ccording to\s+(?P<acc>[^,.;]{{2,70}})|{_WHO}\s+(?P<verb>{SPEECH_VERBS}|reported|announced)\b"
    r"(?P<rest>\s+(?:[A-Z][\w'’.\-]*\s?){1,5})?)"
)
_PRONOUN = re.compile(r"\A(?:he|she|they)\Z", re.I)


@dataclass(frozen=True)
class QuoteHit:
    start: int
    end: int
    text: str
    attribution: Attribution


@dataclass
class SpeakerMemory:
    """The last named person in a source, for "he said" and continuation quotes."""

    last: str | None = None

    def note(self, sentences: Iterable[str], index: ActorIndex) -> None:
        """Remember the person a "he said" after `sentences` most likely is: the first person named in the last of
        them that names one, the sentence's subject as a rule ("Carney vowed to stand firm against President Donald
        Trump. '...,' he said": Carney, not Trump)."""
        for sentence in sentences:
            named = [
                (mention.start, person)
                for mention in find_mentions(sentence)
                if (
                    person := _person(index.canonical(mention), index, self.last, _described_subject(sentence, mention))
                )
                is not _NOBODY
                and not _names_a_thing(sentence, mention.end)
            ]
            role = None if named else _opening_role(sentence)
            if role is not None:
                # "The CM further stated that ... . '...,' he said": the one chief minister, else no one known
                self.last = index.resolve_role(role)
                continue
            if named and not _PRONOUN_SUBJECT.match(sentence):  # "She spoke after a call with Brandt": still her
                after_opening = _opening_phrase_end(sentence)
                self.last = next(
                    (name for at, name in named if _subject_after(sentence, after_opening, at)), named[0][1]
                )


_NOBODY = "\0"  # a name that is no person's

# A sentence that opens on "The" and up to three words: "The CM further stated", "The police chief said".
_ROLE_OPENING = re.compile(r"\s*[\"“‘']?(?P<words>The(?:\s+[\w.'’-]+){1,3})")
_ABBREVIATED_OFFICES = frozenset({"cm", "pm", "mp", "dgp", "dm", "ceo"})  # "The CM further stated"


def _opening_role(sentence: str) -> str | None:
    """The role a sentence opens on, ending on a person's office or kind and followed by a word in lower case ("The
    fire chief said", "The CM further stated"); None for "The fire destroyed" or "The police said"."""
    found = _ROLE_OPENING.match(sentence)
    if found is None:
        return None
    words = [*found.group("words").split(), *sentence[found.end() :].split(maxsplit=1)[:1]]
    for size in range(min(len(words) - 1, 4), 1, -1):
        last = words[size - 1].lower()
        office = last in PERSON_OFFICES or last in _ABBREVIATED_OFFICES or person_noun(last) == last
        if office and words[size][:1].islower():
            return " ".join(words[:size])
    return None


def _person(name: str, index: ActorIndex, last: str | None, subject: bool = False) -> str | None:
    """The person a name is; None for a family name alone that several people of the story bear ("Yoon" for
    Yoon Suk Yeol and Yoon Kap-keun: a later "he said" is then no one known), though not two spellings of one
    person's name ("Greg Abbott", "Gregg Abbott": the one last named, if either was); `_NOBODY` for a name that is
    no person's. A full name that opens its sentence (`subject`) is a person's though no title marks it: "Mirwaiz
    Umar Farooq, a key cleric, condemned what he described as ..."."""
    if name in index.people:
        return name
    if subject and 2 <= len(name.split()) <= 4 and could_be_person(name.split()) and not is_known_place(name):
        return name
    if " " in name or is_known_place(name):
        return _NOBODY
    # the family name last ("Greg Abbott") or first ("Yoon Suk Yeol")
    # each looked up in the people, not the people read whole: a source's claims depend only on what it looked up
    candidates = {*index.by_surname.get(name, ()), *index.by_first_word.get(name, ())}
    bearers = sorted(n for n in candidates if n in index.people)
    if not bearers:
        return _NOBODY
    given = [" ".join(w for w in bearer.lower().split() if w != name.lower()) for bearer in bearers]
    one = all(g[:1] == given[0][:1] and fuzz.ratio(g, given[0]) >= 75 for g in given)
    if not one:
        return None
    return last if last in bearers else bearers[0]


_OPENING = re.compile(
    r"\s*[\"“‘']?(?:After|Before|During|While|When|Following|With|Alongside|Beside|Besides|Unlike|Like|Despite"
    r"|At|In|On|Asked|Speaking|Meeting|Addressing|Standing|Flanked|Joined|Responding|Referring)\b[^,;]{0,120},"
)


_PRONOUN_SUBJECT = re.compile(r"\s*(?:He|She|They)\b")
_TITLE_WORDS_ONLY = re.compile(r"\s*(?:[A-Z][\w.'’-]*\s+)*\Z")


def _described_subject(sentence: str, mention: Mention) -> bool:
    """Whether a mention opens its sentence and an aside after it says what kind of person it names ("Mirwaiz Umar
    Farooq, a key resistance politician, condemned ..."); not a body's name ("Harlow Relief Watch condemned")."""
    if sentence[: mention.start].strip(" \t\n\"“‘'"):
        return False
    aside = _ASIDE_AFTER.match(sentence, mention.end)
    return aside is not None and any(person_noun(word) for word in aside.group("words").split())


_ASIDE_AFTER = re.compile(r",\s+(?:an?|the|[A-Z][\w'’-]*['’]s)\s+(?P<words>[^,;.()]{1,80})")


def _subject_after(sentence: str, opening_end: int, at: int) -> bool:
    """Whether a person named at `at` opens the clause after a sentence's opening phrase, past title words only
    ("After meeting X, Foreign Minister Dario Okafor told"); not one named further on ("On Tuesday Governor Tomas
    Brandt, who toured the city with Mayor Ilse Varga, promised aid": Brandt)."""
    return opening_end > 0 and at >= opening_end and _TITLE_WORDS_ONLY.match(sentence[opening_end:at]) is not None


def _opening_phrase_end(sentence: str) -> int:
    """Where a sentence's opening phrase ends ("After meeting Prime Minister Tessa Marsh in Tessaly, Okafor
    said"): the person it names is not the sentence's subject. 0 where it opens on its subject."""
    found = _OPENING.match(sentence)
    return found.end() if found else 0


_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")
_WHEN_WORDS = frozenset({"today", "yesterday", "tomorrow", "tonight", "earlier", "later", "now", "then", "also"})


def _names_a_thing(sentence: str, end: int) -> bool:
    """Whether a name is a word of a thing's name, not a person spoken of: "the Trump administration", "the Carney
    government" (a noun, and no verb, after it)."""
    after = _WORD_AFTER.match(sentence, end)
    if after is None or after.group(1) in _WHEN_WORDS:  # "Senator Paul Ruiz today announced"
        return False
    parts = parts_of_speech(after.group(1))
    return "NOUN" in parts and not parts & {"VERB", "AUX"}


def extract_quotes(
    paragraph: str,
    offset: int,
    sentence_starts: list[int],
    index: ActorIndex,
    memory: SpeakerMemory,
    *,
    min_words: int = 3,
) -> list[QuoteHit]:
    """Direct quotes in one paragraph, one hit per quoted sentence of at least `min_words` words.

    Offsets are into the whole text; `sentence_starts` (absolute) bound the frame searched for a speaker.
    """
    label = _transcript_quote(paragraph, offset, index, memory)
    if label is not None:
        return [h for h in _quoted_sentences(label) if len(h.text.split()) >= min_words]
    hits: list[QuoteHit] = []
    previous_end = 0
    last_attribution: Attribution | None = None
    for match in _QUOTE.finditer(paragraph):
        started = bisect_right(sentence_starts, offset + match.start())  # the sentences begun by the quote's start
        frame_start = max(previous_end, sentence_starts[started - 1] - offset if started else previous_end)
        before = paragraph[frame_start : match.start()]
        speaking = memory.last
        memory.note(_sentences_of(paragraph, offset, sentence_starts, previous_end, match.start()), index)
        if memory.last != speaking:  # someone else is named between: a quote with no frame is not the last one's
            last_attribution = None
        after = paragraph[match.end() : match.end() + 160]
        attribution = _speaker(before, after, index, memory) or last_attribution
        previous_end = match.end()
        if attribution is not None and attribution.speaker is not None and attribution.speaker in index.people:
            memory.last = attribution.speaker
        last_attribution = attribution
        whole = QuoteHit(
            offset + match.start() + 1,
            offset + match.end() - 1,
            paragraph[match.start() + 1 : match.end() - 1],
            attribution or Attribution(speaker=None),
        )
        hits.extend(h for h in _quoted_sentences(whole) if len(h.text.split()) >= min_words)
    memory.note(_sentences_of(paragraph, offset, sentence_starts, previous_end, len(paragraph)), index)
    return hits


def _sentences_of(paragraph: str, offset: int, sentence_starts: list[int], start: int, end: int) -> list[str]:
    """The stretch `start`-`end` of a paragraph (at `offset` in the text) cut where the text's sentences begin."""
    first, last = bisect_right(sentence_starts, offset + start), bisect_left(sentence_starts, offset + end)
    cuts = [start, *(at - offset for at in sentence_starts[first:last]), end]
    return [paragraph[a:b] for a, b in pairwise(cuts)]


_QUOTED_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+|\Z)")


def _quoted_sentences(hit: QuoteHit) -> list[QuoteHit]:
    """A quote of several sentences as one hit per sentence, so each can be aligned on its own."""
    pieces: list[QuoteHit] = []
    for match in _QUOTED_SENTENCE.finditer(hit.text):
        raw = match.group(0)
        stripped = raw.strip().rstrip(",;:")
        if not stripped:
            continue
        start = hit.start + match.start() + (len(raw) - len(raw.lstrip()))
        pieces.append(QuoteHit(start, start + len(stripped), stripped, hit.attribution))
    return pieces


def _speaker(before: str, after: str, index: ActorIndex, memory: SpeakerMemory) -> Attribution | None:
    found = _AFTER_QUOTE.match(after)
    if found:
        who = found.group("who") or found.group("who2")
        verb = found.group("verb") or found.group("verb2")
        rest = after[found.end() :]
        return _attribution(who, verb, rest, index, memory)
    kind = _KIND_AFTER_QUOTE.match(after)
    if kind and person_noun(kind.group("kind")) is not None and not _POSSESSIVE.search(kind.group("who")):
        # '," said resident Maria Santos, 45.'; not '," said victim Ana Ruiz's sister': the sister spoke
        return _attribution(kind.group("who"), kind.group("verb"), after[kind.end() :], index, memory)
    bare = _BARE_AFTER_QUOTE.match(after)
    if bare and _speaks_for_many(bare.group("who")) and _bare_words(bare.group("who")):
        return _attribution(bare.group("who"), bare.group("verb"), after[bare.end() :], index, memory)
    found = _BEFORE_QUOTE.search(before)
    if found:
        if found.group("acc"):
            return _attribution(found.group("acc"), "according to", "", index, memory)
        return _attribution(found.group("who"), found.group("verb"), found.group("rest") or "", index, memory)
    return _colon_frame(before, index)


_NOT_OF_A_SPEAKER = frozenset(
    [
        "and",
        "as",
        "but",
        "or",
        "so",
        "then",
        "while",
        "when",
        "after",
        "before",
        "because",
        "since",
        "if",
        "though",
        "on",
        "in",
        "at",
        "by",
        "for",
        "with",
        "from",
        "to",
        "of",
        "that",
        "which",
        "who",
    ]
)


def _bare_words(who: str) -> bool:
    """Whether bare words can name who spoke: in lower case, as after a quote's comma ('," local officials said'),
    not a new sentence's subject ('." Local officials said the cost ...'), and no clause's joint ("and the
    volunteers", "as lawmakers", "on Monday police")."""
    return who[:1].islower() and not any(word.lower() in _NOT_OF_A_SPEAKER for word in who.split())


def _speaks_for_many(who: str) -> bool:
    """Whether words end on a body that speaks ("police") or on people of a kind, in the plural ("witnesses")."""
    head = who.split()[-1].lower()
    return head in _BODIES or (head.endswith("s") and person_noun(head) is not None)


def _colon_frame(before: str, index: ActorIndex) -> Attribution | None:
    """'Trump defended the stance to reporters: "..."': a quote after a colon belongs to the clause's subject."""
    if not before.rstrip().endswith(":"):
        return None
    people = [index.canonical(m) for m in find_mentions(before) if index.canonical(m) in index.people]
    if not people:
        return None
    return Attribution(speaker=people[0], speaker_text=people[0], verb="said")


def _attribution(who: str, verb: str, rest: str, index: ActorIndex, memory: SpeakerMemory) -> Attribution:
    who = _within_sentence(who.strip())
    outlet = _outlet(verb, rest)
    if verb == "according to" and OUTLET_WORDS.search(who):
        return Attribution(speaker=None, speaker_text=who, verb=verb, outlet=who)
    return Attribution(
        speaker=resolve_speaker(who, index, memory), speaker_text=who, verb=verb.split()[0], outlet=outlet
    )


# A full stop and a capital after a word of three letters or more: where a speaker's words may end a sentence and
# the next begin ('," said Kovacs. Rescuers pulled ...').
_SENTENCE_END = re.compile(r"(?P<word>[A-Za-z]*[a-z]{3})\.\s+(?=[A-Z])")
# Abbreviations of titles beyond those the lexicon of offices gives, which a name goes on after.
_TITLE_ABBREVIATIONS = frozenset({"brig", "lieut", "asst", "atty", "msgr", "insp", "cmdr", "comdr", "supt", "capt"})


def _within_sentence(who: str) -> str:
    """The words naming a speaker up to the end of their sentence: "Kovacs" of "Kovacs. Rescuers", but the whole of
    "Brig. Gen. Pat Ryder" and "Capt. Ines Moller"."""
    for end in _SENTENCE_END.finditer(who):
        word = end.group("word").lower()
        if word not in _TITLE_ABBREVIATIONS and f"{word}." not in OFFICE_WORDS:
            return who[: end.end("word")]
    return who


def resolve_speaker(who: str, index: ActorIndex, memory: SpeakerMemory) -> str | None:
    """A canonical speaker for the words that name one: a name, a role, a pronoun, a description."""
    if _PRONOUN.match(who):
        return memory.last
    mentions = [m for m in find_mentions(who) if m.name.lower() not in {"u.s", "u.s.", "us"}]
    people = [m for m in mentions if len(m.name.split()) >= 1 and m.name[:1].isupper()]
    role = index.resolve_role(who)
    if role:
        return role
    if people and not re.match(r"^(?:an?|the|one|another|two|three)\s", who, re.I):
        return index.canonical(people[-1])
    return without_article(who.lower())


def without_article(who: str) -> str:
    """A description without the article before it: 'a senior U.S. official' -> 'senior U.S. official'."""
    return re.sub(r"^(?:an?|the|one)\s+", "", who, flags=re.I).strip()


def _outlet(verb: str, rest: str) -> str | None:
    if verb.split()[0] not in {"told", "tells"}:
        return None
    found = _OUTLET_AFTER_VERB.match(rest)
    if not found:
        return None
    outlet = found.group("outlet").strip()
    if outlet.startswith("state ") or OUTLET_WORDS.search(outlet):
        return outlet.rstrip(",.")
    return None


_BRACKET_LABEL = re.compile(
    r"\A\[(?P<name>[A-Z][A-Z.'’\- ]{1,40}?)(?:,\s*(?P<note>ON TAPE|VOICE[- ]OVER|VO|SOT|ON CAMERA))?\]\s*"
)


def _bracket_quote(paragraph: str, offset: int, index: ActorIndex, memory: SpeakerMemory) -> QuoteHit | None:
    """Transcripts that tag a clip: `[MARLOW, ON TAPE] "words"` quotes MARLOW."""
    label = _BRACKET_LABEL.match(paragraph)
    if not label or not label.group("note"):
        return None
    mentions = find_mentions(label.group("name").title())
    speaker = index.canonical(mentions[0]) if mentions else label.group("name").title()
    memory.last = speaker
    body = paragraph[label.end() :].strip()
    start = offset + paragraph.index(body, label.end())
    stripped = body.strip('“”"')
    start += body.index(stripped) if stripped else 0
    return QuoteHit(
        start,
        start + len(stripped),
        stripped,
        Attribution(speaker=speaker, speaker_text=label.group("name"), verb="said"),
    )


def _transcript_quote(paragraph: str, offset: int, index: ActorIndex, memory: SpeakerMemory) -> QuoteHit | None:
    """Broadcast transcripts: `NAME, ROLE (on tape): words` quotes NAME unless NAME is a journalist."""
    bracketed = _bracket_quote(paragraph, offset, index, memory)
    if bracketed is not None:
        return bracketed
    label = _LABEL.match(paragraph)
    if not label or not label.group("name").strip().isupper():
        return None
    role = (label.group("role") or "").upper()
    if any(word in role for word in JOURNALIST_ROLES) or (not role and not label.group("note")):
        return None
    name = label.group("name").strip().title()
    speaker = index.canonical(find_mentions(name)[0]) if find_mentions(name) else name
    memory.last = speaker
    body = paragraph[label.end() :].strip()
    start = offset + paragraph.index(body, label.end())
    return QuoteHit(
        start,
        start + len(body),
        body.strip('“”"'),
        Attribution(speaker=speaker, speaker_text=label.group("name").strip(), verb="said"),
    )


def sentence_attribution(sentence: str, index: ActorIndex, memory: SpeakerMemory) -> Attribution | None:
    """Who a sentence's facts are credited to: "According to Fox News, ..." or "officials said ...".

    Only a named actor or a recognisable role counts; anything vaguer is left out, since a wrong
    speaker shown beside a fact misleads more than none.
    """
    found = _attribution_phrase(sentence)
    if not found:
        return None
    according, who, verb, rest = found
    if according:
        who = _credited(according)
        if who is None:
            return None
        if OUTLET_WORDS.search(who):
            return Attribution(speaker=None, speaker_text=who, verb="according to", outlet=who)
        return Attribution(speaker=resolve_speaker(who, index, memory), speaker_text=who, verb="according to")
    who = _credited(who or "")
    if who is None or _PRONOUN.match(who):
        return None
    attribution = _attribution(who, verb or "", rest or "", index, memory)
    if attribution.outlet:
        attribution = attribution.model_copy(update={"outlet": _credited(attribution.outlet)})
    return attribution


@lru_cache(maxsize=8192)  # a sentence repeated in a long source is searched once
def _attribution_phrase(sentence: str) -> tuple[str | None, str | None, str | None, str | None] | None:
    """The sentence's attribution phrase: (who "according to" names, or who, the verb and what follows it)."""
    found = _SENTENCE_ATTRIBUTION.search(sentence)
    if not found:
        return None
    return found.group("acc"), found.group("who"), found.group("verb"), found.group("rest")


_ROLE = re.compile(
    r"\b(?:officials?|spokes(?:person|man|woman)|ministry|ministers?|agency|police|army|military|governor|mayor|"
    r"president|secretary|authorities|government|service|department|council|office|commission|chief|director)\b",
    re.I,
)


def _credited(text: str) -> str | None:
    """The actor in an attribution phrase, cut before a possessive's object ("the Agency's bulletin")."""
    text = re.split(r"['’]s\b", text.strip(), maxsplit=1)[0].strip(" ,.")
    words = text.split()
    if not words or len(words) > 8 or not re.search(r"[A-Za-z]{2}", text):
        return None
    named = any(w[:1].isupper() for w in words[1:]) or (words[0][:1].isupper() and words[0].lower() not in _ARTICLES)
    return text if named or _ROLE.fullmatch(words[-1]) else None


_ARTICLES = {"the", "a", "an", "some", "one", "two", "three"}
