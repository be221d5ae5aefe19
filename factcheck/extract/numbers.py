"""Numbers as news writes them: digits, number words, scale words, vague multitudes."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    "dozen": 12,
    # South Asian English: "3 lakh pilgrims" are 300,000, "Rs 10 crore" 100 million rupees
    "lakh": 100_000,
    "lakhs": 100_000,
    "crore": 10_000_000,
    "crores": 10_000_000,
}
SHORT_SCALES = {
    "k": 1_000,
    "m": 1_000_000,
    "mn": 1_000_000,
    "bn": 1_000_000_000,
    "b": 1_000_000_000,
    "tn": 1_000_000_000_000,
}
# Vague multitudes, as intervals: "dozens" of people is at least 24 and fewer than a hundred.
VAGUE = {
    "a dozen": (12.0, 12.0),
    "dozens": (24.0, 99.0),
    "scores": (40.0, 99.0),
    "hundreds": (200.0, 999.0),
    "thousands": (2_000.0, 9_999.0),
    "tens of thousands": (20_000.0, 99_999.0),
    "hundreds of thousands": (200_000.0, 999_999.0),
    "millions": (2_000_000.0, 9_999_999.0),
}
ORDINAL_WORDS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
}

_WORD = "|".join(sorted([*UNITS, *TENS], key=len, reverse=True))
_SCALE = "|".join(SCALES)
_WORD_NUMBER = (
    rf"(?:(?:{_WORD})(?:[ -](?:{_WORD}))?(?:[ -](?:{_SCALE}))?(?:[ -](?:and[ -])?(?:{_WORD})(?:[ -](?:{_WORD}))?)?"
    rf"|a[ -](?:hundred|thousand|million|billion))"
)
# Thousands grouped by commas (or lakhs, in South Asian English: "3,00,000"), or by spaces as some outlets write
# them ("500 000"); a year or a longer run of digits after a space is another number ("on May 5 2025"). One or two
# digits after a comma are decimals, as outlets that write a decimal comma give them ("a 7,7 magnitude quake").
_DIGITS = r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|" + (
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3}(?!\d))+|\d+,\d{1,2}(?![\d,])|\d+(?:\.\d+)?"
)
_DECIMAL_COMMA = re.compile(r"\A\d+,\d{1,2}\Z")
NUMBER_PATTERN = (
    rf"(?P<vague>hundreds of thousands|tens of thousands|a dozen|dozens|scores|hundreds|thousands|millions)"
    rf"|(?P<digits>{_DIGITS})(?:[ \u00a0]?(?P<scale>{_SCALE}|bn|mn|tn)\b|(?P<short>[kmb])\b)?"
    rf"|(?P<words>{_WORD_NUMBER})(?:[ -](?P<wscale>{_SCALE}))?"
)
# A number ends at a non-word character, or where a unit is written straight after it ("97km/h", "60mph").
NUMBER = re.compile(rf"(?<![\w.,])(?:{NUMBER_PATTERN})(?:(?![\w])|(?=(?:km/h|km|mm|cm|mph|kph|kg|ft|m|l)\b))", re.I)

ORDINAL = re.compile(
    rf"\b(?P<digits>\d{{1,3}})(?:st|nd|rd|th)\b"
    rf"|\b(?:(?P<tens>{'|'.join(TENS)})[ -])?(?P<word>{'|'.join(ORDINAL_WORDS)})\b",
    re.I,
)


@dataclass(frozen=True)
class NumberMatch:
    """A number found in text: its offsets, its interval and whether it was a vague word."""

    start: int
    end: int
    lower: float
    upper: float
    vague: bool
    text: str
    suffix: str | None = None  # an attached k, m or b: a scale for money, a unit otherwise


_SHORT_SCALE_END = re.compile(r"\d\s?(?P<short>bn|mn|tn)\Z", re.I)


def scale_word(written: str) -> str | None:
    """The scale word a number as written ends on ("million" in "10 million", "lakh" in "5 lakh", "bn" in "3bn"),
    else None."""
    short = _SHORT_SCALE_END.search(written)
    if short:
        return short.group("short").lower()
    last = written.lower().replace("-", " ").split()[-1:]
    return last[0] if last and last[0] in SCALES else None


def scale_of(word: str) -> float:
    """What a scale word from `scale_word` multiplies by."""
    return float(SCALES.get(word) or SHORT_SCALES[word])


def find_numbers(text: str) -> list[NumberMatch]:
    """Every number expression in `text`, left to right."""
    found: list[NumberMatch] = []
    for match in NUMBER.finditer(text):
        value = _value(match)
        if value is None:
            continue
        lower, upper, vague = value
        if not (math.isfinite(lower) and math.isfinite(upper)):  # 400 digits overflow a float: no checkable figure
            continue
        suffix = match.group("short")
        found.append(
            NumberMatch(
                match.start(), match.end(), lower, upper, vague, match.group(0), suffix.lower() if suffix else None
            )
        )
    return found


def _value(match: re.Match[str]) -> tuple[float, float, bool] | None:
    if match.group("vague"):
        low, high = VAGUE[match.group("vague").lower()]
        return low, high, match.group("vague").lower() != "a dozen"
    if match.group("digits"):
        digits = match.group("digits")
        if _DECIMAL_COMMA.match(digits):
            digits = digits.replace(",", ".")
        number = float(re.sub(r"[,\s]", "", digits))
        scale = match.group("scale")
        if scale:
            number *= SCALES.get(scale.lower()) or SHORT_SCALES[scale.lower()]
        return number, number, False
    words = match.group("words")
    if words:
        parsed = words_to_number(words)
        if parsed is None:
            return None
        if match.group("wscale"):
            parsed *= SCALES[match.group("wscale").lower()]
        return parsed, parsed, False
    return None


def words_to_number(words: str) -> float | None:
    """'twenty-one' -> 21, 'a hundred' -> 100, 'three hundred and five' -> 305."""
    total = 0.0
    current = 0.0
    seen = False
    for token in re.split(r"[ -]+", words.lower()):
        if token in ("and", ""):
            continue
        if token == "a":
            current = 1
            seen = True
        elif token in UNITS:
            current += UNITS[token]
            seen = True
        elif token in TENS:
            current += TENS[token]
            seen = True
        elif token == "hundred":
            current = (current or 1) * 100
        elif token in SCALES:
            total += (current or 1) * SCALES[token]
            current = 0
        else:
            return None
    return total + current if seen else None


def ordinal_value(match: re.Match[str]) -> int:
    if match.group("digits"):
        return int(match.group("digits"))
    value = ORDINAL_WORDS[match.group("word").lower()]
    if match.group("tens"):
        value += TENS[match.group("tens").lower()]
    return value
