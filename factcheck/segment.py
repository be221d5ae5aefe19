"""Source -> sentences with character offsets into the original text.

Paragraphs are split on blank lines first, so headlines, captions and credits never run into
the prose; pysbd then splits each paragraph (it handles "U.S.", "Oct. 22" and "4 p.m." well).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from lemminflect import getAllLemmas

from factcheck.ingest import MONTHS
from factcheck.models import Sentence, Source

PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\r?\n")
_MARKDOWN_PREFIX = re.compile(r"^(?:#{1,6}[ \t]+|[>*+-][ \t]+|\d+\.[ \t]+)")
# An HTML comment (`<!-- factcheck: ignore -->`, editors' notes) is never prose: one that opens a paragraph is cut off.
_LEADING_COMMENT = re.compile(r"<!--.*?-->\s*", re.S)


@lru_cache(maxsize=1)
def _segmenter():  # type: ignore[no-untyped-def]
    """pysbd's English segmenter, with its abbreviation search narrowed to the abbreviations a text can hold."""
    import pysbd

    segmenter = pysbd.Segmenter(language="en", clean=False)
    segmenter.language_module = _narrowed_english()
    return segmenter


# Characters that lower() or a case-blind regular expression can turn into an ASCII letter ("K", the Kelvin sign;
# "ſ", a long s): a text that holds one is searched the way pysbd searches it.
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")
_WORD_START = re.compile(r"(?:^|\s|\r|\n)")


def _narrowed_english() -> Any:
    """pysbd's English, whose abbreviation search skips the abbreviations that cannot match the text.

    pysbd tries each of its ~190 abbreviations on every line of text with a regular expression that needs the
    abbreviation at the start of a word. Only those found at the start of some word can match, and the text's
    changes during the search (a full stop turned into a marker) never make a new one match, so trying only those
    gives pysbd's own answer (tests/test_segment.py holds the two to each other) at a fraction of the cost.
    """
    from types import SimpleNamespace

    from pysbd.lang.english import English

    known = English.Abbreviation
    lengths = sorted({len(a.strip()) for a in known.ABBREVIATIONS})
    plain = {a for a in known.ABBREVIATIONS if re.fullmatch(r"[a-z]+", a.strip())}

    class NarrowedReplacer(English.AbbreviationReplacer):  # type: ignore[misc, name-defined]
        def search_for_abbreviations_in_string(self, text: str) -> str:
            if _FOLDS_TO_ASCII.search(text):
                return super().search_for_abbreviations_in_string(text)  # type: ignore[no-any-return]
            lowered = text.lower()
            heads = {lowered[m.end() : m.end() + n] for m in _WORD_START.finditer(text) for n in lengths}
            language: Any = self.lang  # type: ignore[has-type]
            self.lang = SimpleNamespace(
                Abbreviation=SimpleNamespace(
                    ABBREVIATIONS=[a for a in known.ABBREVIATIONS if a not in plain or a.strip() in heads],
                    PREPOSITIVE_ABBREVIATIONS=known.PREPOSITIVE_ABBREVIATIONS,
                    NUMBER_ABBREVIATIONS=known.NUMBER_ABBREVIATIONS,
                )
            )
            try:
                return super().search_for_abbreviations_in_string(text)  # type: ignore[no-any-return]
            finally:
                self.lang = language

    class NarrowedEnglish(English):  # type: ignore[misc]
        AbbreviationReplacer = NarrowedReplacer

    return NarrowedEnglish


# Paragraphs that are page furniture, not reporting: captions, credits, share prompts, embedded posts.
BOILERPLATE = re.compile(
    r"\A(?:(?:photo|image|picture|caption|file photo|video|watch|listen|credit|advertisement|related|read more|"
    r"sign up|subscribe|share this|follow us)\b[:\s]|\(?(?:reporting|additional reporting|editing|writing|"
    r"compiled) by\b|story continues below|send this page to someone|this story has been (?:updated|corrected)\b)"
    r"|pic\.twitter\.com/|\A(?:\[|\()?(?:photo|image)s?:",
    re.I,
)


def paragraphs(source: Source) -> list[tuple[int, int]]:
    """(start, end) of each non-empty paragraph of the body that is reporting, not page furniture."""
    text = source.text
    spans: list[tuple[int, int]] = []
    cursor = source.body_start
    for brk in PARAGRAPH_BREAK.finditer(text, source.body_start):
        spans.append((cursor, brk.start()))
        cursor = brk.end()
    spans.append((cursor, len(text)))
    trimmed = [t for s, e in spans if (t := _trim(text, s, e))]
    fenced = _code_blocks(text)
    return [
        (s, e) for s, e in trimmed if not BOILERPLATE.search(text[s:e]) and not any(fs <= s < fe for fs, fe in fenced)
    ]


_FENCE = re.compile(r"^[ \t]*(```|~~~)[^\n]*\n.*?^[ \t]*\1[ \t]*$", re.M | re.S)


def _code_blocks(text: str) -> list[tuple[int, int]]:
    """Fenced code blocks in Markdown: their text is not prose and makes no claims."""
    return [(m.start(), m.end()) for m in _FENCE.finditer(text)]


_URL = re.compile(r"\[(?=[^\[\]\n]*\]\([^)\s]+\))|\bhttps?://\S+|\bwww\.\S+|\]\([^)\s]+\)")


def mask_urls(text: str) -> str:
    """URLs and Markdown link syntax blanked out, same length, so their digits are never read as facts and a link's
    words read as words: "[the fire service](https://…)" becomes " the fire service" and spaces."""
    return _URL.sub(lambda m: " " * len(m.group(0)), text)


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while comment := _LEADING_COMMENT.match(text, start, end):
        start = comment.end()
    prefix = _MARKDOWN_PREFIX.match(text[start:end])
    if prefix:
        start += prefix.end()
    return (start, end) if start < end else None


def split_sentences(source: Source) -> list[Sentence]:
    """All sentences of the body, in order, each with offsets that point at its text."""
    sentences: list[Sentence] = []
    for start, end in paragraphs(source):
        for s_start, s_end in _split_paragraph(source.text, start, end):
            sentences.append(
                Sentence(
                    source=source.path, index=len(sentences), start=s_start, end=s_end, text=source.text[s_start:s_end]
                )
            )
    return sentences


# A photo's credit: in brackets at the end of its caption ("(Dar Yasin/AP)", "(Photo: Reuters)", "(AFP)"), or
# a line of its own ("Photo credit Mario Tama/Getty Images", "(Photo by Eric Vryn/Getty Images)").
_AGENCY = r"(?:AP|AFP|Reuters|REUTERS|Xinhua|Anadolu|EPA|Getty Images|Bloomberg|Shutterstock|PTI|ANI|IANS)"
_CREDIT_WORDS = rf"(?:[Pp]hoto|[Pp]hotograph(?:er)?|[Ii]mage|[Ff]ile|[Pp]icture|[Cc]redit|{_AGENCY})"
_PHOTOGRAPHER = r"(?:[a-z]\s?/\s?[A-Z]|\b(?:[Pp]hoto|[Pp]hotograph(?:er)?|[Ii]mage|[Pp]icture)\b)"  # "Dar Yasin/AP"
_CREDIT_TAIL = re.compile(rf"\((?=[^()]{{0,80}}(?:{_PHOTOGRAPHER}|\b{_CREDIT_WORDS}\b))[^()]{{1,80}}\)[\s.]*\Z")
_PHOTO_CREDIT_ALONE = re.compile(rf"\A\s*\((?=[^()]{{0,80}}{_PHOTOGRAPHER})[^()]{{1,80}}\)[\s.]*\Z")
# ... or a photographer's credit that opens the caption ("Alberto Saiz/AP Residents look at cars ...").
_CREDIT_HEAD = re.compile(rf"\A\W*(?:[A-Z][\w.'\u2019-]*\s+){{0,3}}[A-Z][\w.'\u2019-]*\s?/\s?{_AGENCY}\b")
_CREDIT_ONLY = re.compile(
    r"\A\(?\s*(?:(?:photo|image|picture)\s+(?:credit|by)|photo:|image:|credit:)[^()]{0,100}\)?[\s.]*\Z", re.I
)


_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY = r"(?i:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?i:day|nesday|rsday|urday)?\.?"
# A wire photo's caption, credit or none: it tells in the present what the photo shows and ends on the place and day
# it was taken, with no "on" before the day ("Police officers stop a car ... near Pahalgam in south Kashmir's
# Anantnag district, April 22, 2025.", "... in Muan, South Korea, Monday, Dec. 30, 2024."), or opens on them in
# capitals ("KERRVILLE, TEXAS - JULY 04: Trees emerge ..."). A holiday, a zone or a body's initials before the
# day are no place ("on Independence Day, July 4, 2025").
_PHOTO_PLACE_DAY = re.compile(
    rf"(?<![\w'’.-])(?!{_WEEKDAY}\W)(?![A-Z]{{2,}}\b)(?!(?:Day|Eve)\b)"
    rf"(?:[A-Z][\w'’.-]+|district|province|county|region|state|city|area)\s*,?\s+(?:{_WEEKDAY},?\s+)?"
    rf"(?i:{_MONTH})\.?\s+\d{{1,2}},\s+\d{{4}}"
    r"\.?\s*\Z"
)
_PHOTO_HEAD = re.compile(rf"\A[A-Z][A-Z .'’-]+,\s*[A-Z][A-Z .'’-]+\s+[-–—]\s+(?i:{_MONTH})\.?\s+\d{{1,2}}\s*:")
_TOKEN = re.compile(r"[A-Za-z]+|\d[\d,.]*")


def _photo_caption(sentence: Sentence, text: str) -> bool:
    """A wire photo's caption by its place and day (`_PHOTO_HEAD`, `_PHOTO_PLACE_DAY`); one that ends on them must be
    a line of its own and tell in the present what the photo shows: no verb in the past ("Gunmen killed 26 tourists
    near Pahalgam, April 22, 2025." reports)."""
    if _PHOTO_HEAD.match(sentence.text):
        return True
    if not _PHOTO_PLACE_DAY.search(sentence.text) or not _a_line_of_its_own(sentence, text):
        return False
    tokens = _TOKEN.findall(sentence.text)
    return not any(
        _told_in_the_past(word, following) for word, following in zip(tokens, [*tokens[1:], ""], strict=True)
    )


def _a_line_of_its_own(sentence: Sentence, text: str) -> bool:
    """Whether a sentence is all of its line, but for a wire's credit after it ("Reuters", "REUTERS/Stringer")."""
    line_start = text.rfind("\n", 0, sentence.start) + 1
    line_end = text.find("\n", sentence.end)
    rest = text[sentence.end : None if line_end < 0 else line_end].strip()
    return not text[line_start : sentence.start].strip() and (not rest or bool(_WIRE_CREDIT.fullmatch(rest)))


_WIRE_CREDIT = re.compile(rf"\(?{_AGENCY}(?:\s+Photo)?(?:\s?/\s?[\w .'\u2019-]{{1,40}})?\)?\.?")  # "AP Photo/Ana Ruiz"


def _told_in_the_past(word: str, following: str) -> bool:
    """A verb in the past, not a participle that describes the noun after it ("a suspected militant attack",
    "damaged cars")."""
    lower = word.lower()
    if lower in ("was", "were", "had"):
        return True
    forms = getAllLemmas(lower)
    if "VERB" not in forms or "ADJ" in forms or "NOUN" in forms or not lower.endswith(("ed", "en", "ew", "ght", "ld")):
        return False
    after = getAllLemmas(following.lower())
    return "NOUN" not in after and "ADJ" not in after


def captions(sentences: list[Sentence], text: str) -> frozenset[int]:
    """The starts of the sentences that caption a photo, not report: those that end on a credit or open on a
    photographer's, or end or open on a wire photo's place and day (`text` is their source's), those a photo's
    credit line follows (not a wire's: "(AFP)" may close the last paragraph), credit lines themselves, and any
    sentence that repeats one of them without its credit."""
    found: set[int] = set()
    for k, sentence in enumerate(sentences):
        if _CREDIT_ONLY.match(sentence.text) or _PHOTO_CREDIT_ALONE.match(sentence.text):
            found.add(sentence.start)
            if k > 0 and sentences[k - 1].end >= sentence.start - 2:  # the caption the credit line ends
                found.add(sentences[k - 1].start)
        elif _credited(sentence.text) or _photo_caption(sentence, text):
            found.add(sentence.start)
    if not found:
        return frozenset()
    captioned = {_uncredited(s.text) for s in sentences if s.start in found}
    return frozenset(found | {s.start for s in sentences if _uncredited(s.text) in captioned})


def _credited(text: str) -> bool:
    return bool(_CREDIT_TAIL.search(text) or _CREDIT_HEAD.match(text))


def _uncredited(text: str) -> str:
    return " ".join(_CREDIT_TAIL.sub("", text).split())


def _segments(text: str) -> list[str]:
    """What pysbd's segment(text) returns (each sentence with the spaces after it), without its cost.

    pysbd finds each sentence in the text with a regular expression built from the sentence, compiled anew every
    time; a literal search that takes the same matches (the first one ending past the last sentence) is a good
    part of a compare's time cheaper. tests/test_segment.py holds it to pysbd's own answer.
    """
    segmenter = _segmenter()
    if not text:
        return []
    pieces: list[str] = []
    reached = 0
    for sentence in segmenter.processor(text).process():
        if not sentence:
            return segmenter.segment(text)  # type: ignore[no-any-return]  # an empty match: leave it to pysbd
        position = 0
        while (found := text.find(sentence, position)) >= 0:
            end = found + len(sentence)
            while end < len(text) and text[end].isspace():
                end += 1
            if end > reached:
                pieces.append(text[found:end])
                reached = end
                break
            position = end
    return pieces


# Control characters, which pysbd mistakes for list numbering ("\x1f0" is no number int() reads) and chokes on.
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


# pysbd's time grows with the square of a paragraph's length: a longer one is split in pieces of about this size,
# at a full stop where there is one. News paragraphs are far shorter, so this changes nothing for them.
SEGMENTER_REACH = 10_000


def _chunks(paragraph: str) -> list[str]:
    """The paragraph in pieces of at most SEGMENTER_REACH characters, cut after a full stop or at a space."""
    pieces: list[str] = []
    start = 0
    while len(paragraph) - start > SEGMENTER_REACH:
        limit = start + SEGMENTER_REACH
        stop = paragraph.rfind(". ", start, limit)
        cut = stop + 2 if stop > start else max(paragraph.rfind(" ", start, limit) + 1, start + 1)
        cut = cut if cut > start + 1 else limit
        pieces.append(paragraph[start:cut])
        start = cut
    pieces.append(paragraph[start:])
    return pieces


@lru_cache(maxsize=4096)  # a paragraph repeated (wire copy, a live blog's standing lines) is split once
def _paragraph_segments(paragraph: str) -> tuple[str, ...]:
    try:
        return tuple(segment for chunk in _chunks(paragraph) for segment in _segments(chunk))
    except Exception:  # a heuristic splitter that fails on odd text must not take the run down: one sentence it is
        return (paragraph,)


def _split_paragraph(text: str, start: int, end: int) -> list[tuple[int, int]]:
    # Spaces in place of control characters keep every offset; sentences are still sliced from the original text.
    paragraph = _CONTROL_CHARACTERS.sub(" ", text[start:end])
    pieces: list[tuple[int, int]] = []
    cursor = 0
    segments = _paragraph_segments(paragraph)
    for piece in segments:
        stripped = piece.strip()
        if not stripped:
            continue
        found = paragraph.find(stripped, cursor)
        if found < 0:  # pysbd changed the text; fall back to one sentence for the rest
            pieces.append((start + cursor, end))
            return [p for p in pieces if p[0] < p[1]]
        if pieces and _CLOCK_END.search(text, pieces[-1][0], pieces[-1][1]) and _CLOCK_GOES_ON.match(stripped):
            pieces[-1] = (pieces[-1][0], start + found + len(stripped))  # "until 10 a.m. Monday." is one sentence
        else:
            pieces.append((start + found, start + found + len(stripped)))
        cursor = found + len(stripped)
    return pieces


# A clock time ends a sentence only if what follows does not go on telling when: "until 10 a.m. Monday",
# "at 6:30 p.m. Jan. 7", "by 5 p.m. on Friday", and the clock's zone: "at 1:25 p.m. HST, triggering",
# "at about 3:25 p.m. Alaska time", are each one sentence.
_CLOCK_END = re.compile(r"\b[ap]\.m\.\Z", re.I)
_CLOCK_GOES_ON = re.compile(
    r"\A(?:[a-z]|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
    r"|[A-Z]{2,5}(?=[,.;)]|\s+(?:on|in|Mon|Tue|Wed|Thu|Fri|Sat|Sun|\(|[a-z]+ing\b))|[A-Z]{2,5}\Z"
    r"|(?:[A-Z][a-z]+|[A-Z]{2,3})\s+time\b"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d)"
)
