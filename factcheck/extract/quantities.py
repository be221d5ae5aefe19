"""Quantities: casualty counts, counts of things, measures with units, money.

A quantity is an interval: "at least six" is [6, inf), "between 40 and 60" is [40, 60],
"about 450" is [405, 495]. Units are converted to one canonical unit per dimension so
"295 km/h" and "185 mph" land on comparable values.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from lemminflect import getAllLemmas, getInflection, getLemma

from factcheck.extract.actors import NOT_ACTORS, Mention, find_mentions
from factcheck.extract.dates import WEEKDAYS
from factcheck.extract.lexicon import (
    INCIDENT_NOUN,
    NOT_PERSON_WORDS,
    OFFICE_WORDS,
    capitals,
    demonyms,
    divisions,
    is_broad_place,
    is_known_place,
    joined_division_pattern,
)
from factcheck.extract.numbers import (
    ORDINAL_WORDS,
    SHORT_SCALES,
    TENS,
    UNITS,
    NumberMatch,
    find_numbers,
    scale_of,
    scale_word,
    words_to_number,
)
from factcheck.ingest import MONTHS
from factcheck.models import OBJECT_DIMENSIONS, Quantity
from factcheck.wordnet import person_nouns, wordnet

# Canonical unit and factor for each unit as written.
UNIT_FACTORS: dict[str, tuple[str, float]] = {
    "km/h": ("km/h", 1.0),
    "kph": ("km/h", 1.0),
    "kmh": ("km/h", 1.0),
    "kilometres per hour": ("km/h", 1.0),
    "kilometers per hour": ("km/h", 1.0),
    "mph": ("km/h", 1.609344),
    "miles per hour": ("km/h", 1.609344),
    "mile per hour": ("km/h", 1.609344),
    "knots": ("km/h", 1.852),
    "knot": ("km/h", 1.852),
    "km": ("m", 1000.0),
    "kms": ("m", 1000.0),
    "kilometres": ("m", 1000.0),
    "kilometers": ("m", 1000.0),
    "kilometre": ("m", 1000.0),
    "kilometer": ("m", 1000.0),
    "miles": ("m", 1609.344),
    "mile": ("m", 1609.344),
    "metres": ("m", 1.0),
    "meters": ("m", 1.0),
    "metre": ("m", 1.0),
    "meter": ("m", 1.0),
    "m": ("m", 1.0),
    "feet": ("m", 0.3048),
    "foot": ("m", 0.3048),
    "ft": ("m", 0.3048),
    "centimetres": ("m", 0.01),
    "centimeters": ("m", 0.01),
    "cm": ("m", 0.01),
    "millimetres": ("m", 0.001),
    "millimeters": ("m", 0.001),
    "mm": ("m", 0.001),
    "inches": ("m", 0.0254),
    "inch": ("m", 0.0254),
    "in.": ("m", 0.0254),
    "kilograms": ("kg", 1.0),
    "kilogrammes": ("kg", 1.0),
    "kg": ("kg", 1.0),
    "tonnes": ("kg", 1000.0),
    "tons": ("kg", 907.18474),
    "lb": ("kg", 0.45359237),
    "lbs": ("kg", 0.45359237),
    "litres": ("l", 1.0),
    "liters": ("l", 1.0),
    "litre": ("l", 1.0),
    "liter": ("l", 1.0),
    "gallons": ("l", 3.785411784),
    "gallon": ("l", 3.785411784),
    "cubic metres": ("l", 1000.0),
    "cubic meters": ("l", 1000.0),
    "barrels": ("l", 158.987294928),
    "miles an hour": ("km/h", 1.609344),
    "kilometres an hour": ("km/h", 1.0),
    "kilometers an hour": ("km/h", 1.0),
    "km an hour": ("km/h", 1.0),
    "km per hour": ("km/h", 1.0),
    "kilometre per hour": ("km/h", 1.0),
    "kilometer per hour": ("km/h", 1.0),
    "km/hr": ("km/h", 1.0),
    "hectares": ("ha", 1.0),
    "hectare": ("ha", 1.0),  # "a 500-hectare blaze"
    # areas in squares of lengths: "12.9 thousand square meters", "140,000 square feet", "20 sq km"
    "square kilometres": ("ha", 100.0),
    "square kilometers": ("ha", 100.0),
    "square kilometre": ("ha", 100.0),
    "square kilometer": ("ha", 100.0),
    "sq km": ("ha", 100.0),
    "km²": ("ha", 100.0),
    "square miles": ("ha", 258.9988110336),
    "square mile": ("ha", 258.9988110336),
    "sq miles": ("ha", 258.9988110336),
    "sq mi": ("ha", 258.9988110336),
    "square metres": ("ha", 0.0001),
    "square meters": ("ha", 0.0001),
    "square metre": ("ha", 0.0001),
    "square meter": ("ha", 0.0001),
    "sq m": ("ha", 0.0001),
    "m²": ("ha", 0.0001),
    "square feet": ("ha", 0.09290304 / 10_000),  # not the singular before a noun: `_SIZE_OF_A_THING`
    "square foot": ("ha", 0.09290304 / 10_000),
    "sq ft": ("ha", 0.09290304 / 10_000),
    "acres": ("ha", 0.40468564),
    "acre": ("ha", 0.40468564),
    "percent": ("%", 1.0),
    "per cent": ("%", 1.0),
    "%": ("%", 1.0),
    "dollars": ("USD", 1.0),
    "euros": ("EUR", 1.0),
    "pounds sterling": ("GBP", 1.0),
}
CURRENCY_SIGNS = {
    "$": "USD",
    "us$": "USD",
    "€": "EUR",
    "£": "GBP",
    # the signs of other currencies, and the dollars a letter before "$" names
    "a$": "AUD",
    "c$": "CAD",
    "hk$": "HKD",
    "nz$": "NZD",
    "s$": "SGD",
    "r$": "BRL",
    "nt$": "TWD",
    "mx$": "MXN",
    "₹": "INR",
    "rs": "rupees",  # South Asia writes every rupee so: India's, Pakistan's, Nepal's, Sri Lanka's
    "rs.": "rupees",
    "¥": "yen or yuan",  # Japan's and China's
    "₩": "KRW",
    "₽": "RUB",
    "₺": "TRY",
    "₦": "NGN",
    "₱": "PHP",
    "₫": "VND",
    "₪": "ILS",
    "฿": "THB",
    "₴": "UAH",
    "৳": "BDT",
    "₸": "KZT",
    "₵": "GHS",
}

# How long something took, in seconds: "lasted four minutes", "a seven-minute heist". Months and years have no
# one length, and a bare "three days" may say when rather than how long, so only these units after these cues.
DURATION_SECONDS = {"second": 1.0, "minute": 60.0, "hour": 3600.0, "day": 86400.0, "week": 604800.0}
_DURATION_UNIT = r"(?P<unit>seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)"
_DURATION_AFTER = re.compile(r"\A[ \u00a0]" + _DURATION_UNIT + r"\b", re.I)
_DURATION_COMPOUND = re.compile(r"\A-" + _DURATION_UNIT + r"\s+(?!old\b)[a-z]", re.I)
# The smaller unit that goes on from a duration: "three minutes and 58 seconds", "two hours, 15 minutes".
_DURATION_MORE = re.compile(
    r"(?:,?\s+and|,)?\s+(?P<count>\d{1,2}|[a-z]+(?:-[a-z]+)?)\s+"
    + _DURATION_UNIT.replace("?P<unit>", "?P<more>")
    + r"\b",
    re.I,
)
_DURATION_CUE = re.compile(
    r"\b(?:(?:lasted|lasting|lasts|took|taking|takes|take|spent|spending)(?:\s+(?:only|just|barely|a mere|mere))?"
    r"|(?:in|within)\s+(?:only|just|barely|a mere|mere|under|less than|about|around|roughly|some|nearly|almost))"
    r"(?:\s+(?:about|around|roughly|some|nearly|almost|under|over|less than|more than|at least|at most|no more than))?"
    r"\s+\Z",
    re.I,
)

_UNIT_AFTER = re.compile(
    r"\A[ \u00a0-]?(?P<unit>"
    + "|".join(re.escape(u) for u in sorted(UNIT_FACTORS, key=len, reverse=True))
    + r")(?![\w])",
    re.I,
)
_OF_BEFORE_UNIT = re.compile(r"\s+of(?=\s)")
# A square unit in the singular after a figure greater than one is an adjective of the thing after it: "a 140,000
# square foot warehouse", "a 2,500 square metre home".
_SIZE_OF_A_THING = re.compile(r"square\s+(?:foot|metre|meter|mile|kilometre|kilometer)\Z", re.I)
_CURRENCY_BEFORE = re.compile(
    r"(?<![A-Za-z])(?P<sign>(?:US|HK|NZ|NT|MX|[ACSR])\$|\$|€|£|₹|Rs\.?|¥|₩|₽|₺|₦|₱|₫|₪|฿|₴|৳|₸|₵)\s?\Z"
    # a currency's ISO 4217 code, in capitals: "USD 5 million", "INR 3 crore"
    r"|(?<![A-Za-z])(?P<code>[A-Z]{3})\s\Z"
)


def currency_start(text: str, start: int) -> int:
    """Where a currency written right before the figure at `start` begins ("Rs 25 lakh", "USD 5 million"), else
    `start`."""
    found = _CURRENCY_BEFORE.search(text, max(0, start - 6), start)
    if found is None or (found.group("code") and found.group("code") not in currency_codes()):
        return start
    return found.start()


@lru_cache(maxsize=1)
def currency_codes() -> frozenset[str]:
    """The ISO 4217 codes of currencies (from pycountry), less those that are English words a headline's capitals
    may put before a number ("ALL 26 VICTIMS", "TOP 10") and the codes of metals, funds and tests."""
    import pycountry

    codes = {currency.alpha_3 for currency in pycountry.currencies}
    not_money = {"BOV", "CHE", "CHW", "CLF", "COU", "MXV", "USN", "UYI", "UYW", "XXX", "XTS", "XUA", "XSU", "XDR"}
    metals = {code for code in codes if code.startswith("X") and code not in {"XAF", "XOF", "XCD", "XPF", "XCG"}}
    return frozenset(c for c in codes - not_money - metals if not getAllLemmas(c.lower()))


# Words of currencies' names that, after a figure, mostly mean something else ("won", "real", a "pound" of weight),
# and the words of names that are no currency's (metals, funds).
_NOT_A_CURRENCY_AFTER = frozenset(
    {"won", "real", "mark", "pound", "sum", "colon", "dram", "sterling", "dollar", "euro", "sol"}
    | {"gold", "silver", "platinum", "palladium", "account", "involved", "purposes", "fomento", "mvdol"}
)


@lru_cache(maxsize=1)
def _currency_names() -> tuple[re.Pattern[str], dict[str, str]]:
    """Currencies by the words of their names (from pycountry), singular and plural, each word for its ISO 4217
    code where only one currency's name has it ("baht", "naira", "yuan"), else for the word itself ("rupees",
    "pesos", "dinars": which country's, the figure does not say). Dollars, euros and pounds sterling are read
    with the other units."""
    import pycountry

    countries = {country.name[:5].lower() for country in pycountry.countries}
    codes: dict[str, set[str]] = {}
    for currency in pycountry.currencies:
        words = currency.name.split()
        named = [words[-1]]  # "Indian Rupee", "Baht"
        if len(words) == 2 and "NOUN" in getAllLemmas(words[0].lower()) and not _names_a_place(words[0], countries):
            named.append(words[0])  # "Yuan Renminbi"; not "Ghana Cedi", "Argentine Peso" or "Saudi Riyal"
        for word in (w.lower() for w in named):
            lemmas = getAllLemmas(word)
            # "Convertible Mark", "Rial Omani" (but "Swiss Franc": a noun, though it opens as "France" does)
            describes = "ADJ" in lemmas or ("NOUN" not in lemmas and _names_a_place(word, countries))
            if word.isalpha() and len(word) >= 3 and word not in _NOT_A_CURRENCY_AFTER and not describes:
                codes.setdefault(word, set()).add(currency.alpha_3)
    units: dict[str, str] = {}
    for word, found in codes.items():
        unit = next(iter(found)) if len(found) == 1 else f"{word}s"
        for form in {word, *getInflection(word, "NNS")}:
            units[form] = unit
    pattern = re.compile(
        # a people's word may come between: "20 Swiss francs", "10 Philippine pesos"
        r"[ \u00a0](?-i:[A-Z][a-z]+ )?(?P<word>"
        + "|".join(sorted(map(re.escape, units), key=len, reverse=True))
        + r")\b",
        re.I,
    )
    return pattern, units


def _names_a_place(word: str, countries: set[str]) -> bool:
    """A country or a people's word ("Ghana", "Argentine", "Omani": a word that opens as a country's name does)."""
    lower = word.lower()
    return is_broad_place(word.title()) or lower in demonyms() or any(lower.startswith(c) for c in countries)


def _currency_named_after(text: str, end: int) -> tuple[str, int] | None:
    """The currency a word after a figure names ("10 lakh rupees", "500 million yen"), and where the word ends."""
    pattern, units = _currency_names()
    found = pattern.match(text, end)
    if found is None or not found.group("word").islower():
        return None  # a name in capitals ("10 Dong Nai workers", "the 2 Leone brothers") is no currency
    return units[found.group("word")], found.end()


def _currency_before(before: str, text: str, number: NumberMatch) -> tuple[str, int] | None:
    """The currency written right before a number, and where it starts in `before`. A code other than USD stands
    before a sum only where the figure looks like one (a scale word, decimals or thousands, or 100 or more):
    "COP 29", "SDG 4 targets" and "SAR 12 teams" are acronyms."""
    found = _CURRENCY_BEFORE.search(before)
    if found is None:
        return None
    if found.group("code"):
        code = found.group("code")
        if code not in currency_codes() or (code != "USD" and not _looks_like_a_sum(text, number)):
            return None
        return code, found.start()
    return CURRENCY_SIGNS[found.group("sign").lower()], found.start()


_SCALE_AFTER = re.compile(r"[ -]?(?:million|billion|trillion|crore|lakh|bn|mn|m|tn|k)\b", re.I)


def _looks_like_a_sum(text: str, number: NumberMatch) -> bool:
    return (
        bool(number.suffix)
        or number.lower >= 100
        or bool(re.search(r"[.,]\d", number.text))
        or bool(_SCALE_AFTER.match(text, number.end))
    )


# Qualifier -> how it turns a value v into an interval (lower, upper); None is unbounded.
QUALIFIERS: dict[str, tuple[float | None, float | None]] = {
    "at least": (1.0, None),
    "no fewer than": (1.0, None),
    "no less than": (1.0, None),
    "more than": (1.0, None),
    "over": (1.0, None),
    "upwards of": (1.0, None),
    "in excess of": (1.0, None),
    "exceeding": (1.0, None),
    # verbs that put a figure below the one meant: "could top 10,000", "may exceed 3,000", "surpassed 100"
    "exceed": (1.0, None),
    "exceeds": (1.0, None),
    "exceeded": (1.0, None),
    "surpass": (1.0, None),
    "surpasses": (1.0, None),
    "surpassed": (1.0, None),
    "tops": (1.0, None),
    "topped": (1.0, None),
    "passed": (1.0, None),  # "the toll has passed 1,400"
    "passes": (1.0, None),
    "crossed": (1.0, None),  # "the toll crossed 1,000"
    "crosses": (1.0, None),
    "top": (1.0, None),  # only after a modal or "to" ("could top"): "the top 10" is a rank
    "above": (1.0, None),
    "just over": (1.0, 1.1),
    "just under": (0.9, 1.0),
    "at most": (0.0, 1.0),
    "up to": (0.0, 1.0),
    "as many as": (0.0, 1.0),
    "no more than": (0.0, 1.0),
    "fewer than": (0.0, 1.0),
    "less than": (0.0, 1.0),
    "under": (0.0, 1.0),
    "below": (0.0, 1.0),
    "nearly": (0.9, 1.0),
    "almost": (0.9, 1.0),
    "close to": (0.9, 1.0),
    "about": (0.9, 1.1),
    "around": (0.9, 1.1),
    "approximately": (0.9, 1.1),
    "roughly": (0.9, 1.1),
    "some": (0.9, 1.1),
    "an estimated": (0.9, 1.1),
    "estimated": (0.9, 1.1),
    "an approximate": (0.9, 1.1),
}
# A bound said after the figure: "magnitude 7.0 or higher", "ten or more people", "50 or fewer".
_BOUND_AFTER = re.compile(
    r"\s+(?:(?P<more>or\s+(?:more|higher|greater|above|over)|and\s+(?:above|over|up))"
    r"|or\s+(?:less|fewer|lower|below|under)|and\s+(?:below|under))\b",
    re.I,
)
_RISEN_UP_TO = re.compile(
    r"\b(?:is|was|are|were|now|stands?|stood|been|gone|went|goes|rose|risen|climbed|jumped)\s+up\s+to\s*\Z", re.I
)
# Passed or crossed only by a figure its clause names: "the death toll from the quake has passed 1,400"; not "the
# eye passed 40 miles south", "the House passed 3 bills".
_PASSING = frozenset({"passed", "passes", "crossed", "crosses"})
_BY_A_FIGURE = re.compile(
    r"\b(?:tolls?|number|count|total|tally|figure|deaths?|dead|casualties|fatalities)\b[^,;:.]{0,80}\Z", re.I
)
_QUALIFIER_BEFORE = re.compile(
    r"(?<![\w'’-])(?P<q>"  # a word of its own: "stopped 12 cars" is not "topped 12"
    + "|".join(re.escape(q) for q in sorted(QUALIFIERS, key=len, reverse=True) if q != "top")
    + r"|(?:(?<=could )|(?<=may )|(?<=might )|(?<=will )|(?<=would )|(?<=\bto ))top)\s+"
    + r"(?:magnitudes?\s+)?(?:\$|€|£)?\Z",  # a scale named before its figure: "exceeding magnitude 6.0"
    re.I,
)
# A range told as the spread of several things' measures: several quakes' magnitudes ("aftershocks measuring between
# magnitudes 4.0 and 5.5"), or things in the plural that range over it ("aftershocks ranging between", "waves
# ranging from"); not estimates of one figure ("estimates ranged from").
_SPREAD_BEFORE = re.compile(
    r"\b(?:aftershocks|quakes|earthquakes|tremors|temblors)\b[^.;]{0,60}\bmagnitudes\s+\Z"
    r"|\b(?!(?:estimates|figures|forecasts|projections|predictions)\b)[a-z]{3,}s,?\s+(?:\w+\s+){0,6}?"
    r"rang(?:e|ed|ing)\s+(?:in\s+\w+\s+)?(?:from|between)\s+\Z",
    re.I,
)
# "between" before a range's first figure, past a scale named before it: "between magnitudes 4.0 and 6.7".
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:magnitudes?\s+)?\Z", re.I)
_RANGE_AFTER = re.compile(r"\A\s*(?:-|–|—|to|and|or)\s*", re.I)
# Before "12 to 20", words that make it a change from one figure to another rather than a range.
_CHANGE_BEFORE = re.compile(r"\b(?:rose|risen|rising|climbed|increased|jumped|fell|dropped|revised|up|down)\b", re.I)

# What is counted: the words that name it, mapped to one canonical name.
COUNTED_TERMS = {
    "killed": (
        "killed",
        "killing",
        "dead",
        "deceased",
        "deaths",
        "death",
        "died",
        "die",
        "dying",
        "fatalities",
        "perished",
        "lives",
        "bodies",
        "death toll",
        "toll",
    ),
    "injured": ("injured", "injuring", "injuries", "wounded", "wounding", "hurt"),
    "missing": ("missing", "unaccounted"),
    "rescued": ("rescued", "rescuing", "saved", "pulled"),
    "sheltered": ("sheltered",),  # and "in shelters": see `_IN_SHELTERS`
    "hospitalised": ("hospitalised", "hospitalized"),  # "in hospital": see `_counted`; "four hospitals" are buildings
    "evacuated": (
        "evacuated",
        "evacuate",
        "evacuees",
        "evacuating",
        "evacuation",
        "relocated",
        "forcing",
        "forced",
        "fled",
    ),
    "displaced": ("displaced", "homeless"),
    "affected": ("affected",),  # "around one million people have been affected"
    "trapped": ("trapped", "buried", "burying", "stuck"),
    "arrested": ("arrested", "detained", "arrests"),
}
_COUNTED_LOOKUP = {word: name for name, words in COUNTED_TERMS.items() for word in words}
# Terms that tell what befell people only with one of these words after them: "pulled alive from the rubble".
_NEEDS_AFTER = {
    "pulled": frozenset({"alive", "out", "from", "free", "to", "clear", "ashore", "aboard", "onto", "into"}),
}
CASUALTIES = frozenset({"killed", "injured", "missing"})  # what befalls people in a disaster's toll
PEOPLE_NOUNS = {
    "remain",
    "remained",
    "still",
    "feared",
    "people",
    "persons",
    "person",
    "individuals",
    "individual",
    "tourists",
    "tourist",
    "victims",
    "civilians",
    "civilian",
    "residents",
    "others",
    "other",  # "41 other people are still missing"
    "more",
    "children",
    "adults",
    "soldiers",
    "troops",
    "workers",
    "passengers",
    "villagers",
    "men",
    "women",
    "of",
    "them",
    "including",
    "another",
    "were",
    "was",
    "have",
    "had",
    "been",
    "are",
    "is",
    "reportedly",
    "reported",
    "shot",
    "confirmed",
    "later",
    "also",
    "being",
    "known",  # "161 people are known missing", "believed dead", "presumed dead", "now missing"
    "believed",
    "presumed",
    "thought",
    "now",
}
_STOP_NOUNS = {
    "of",
    "the",
    "a",
    "an",
    "and",
    "or",
    "in",
    "on",
    "at",
    "to",
    "for",
    "from",
    "by",
    "with",
    "as",
    "that",
    "this",
    "who",
    "which",
    "than",
    "more",
    "per",
    "its",
    "their",
    "his",
    "her",
    "was",
    "were",
    "is",
    "are",
    "had",
    "has",
    "have",
    "be",
    "been",
    "it",
    "they",
    "he",
    "she",
}
# The compass points between the eight winds, as (first, second, third): "west-southwest", "north-northeast".
_HALF_WINDS = [
    (a, b, c)
    for b in ("north", "south")
    for c in ("east", "west")
    for a in (b, c)  # "north-northeast", "east-northeast"
]
_STORM_NOUNS = frozenset({"storm", "hurricane", "typhoon", "cyclone"})
MEASURE_WORDS = {
    "%": {
        "containment": "containment",
        "contained": "containment",
        "containing": "containment",
        "turnout": "turnout",
        # "51.2% of the vote" is a share of the vote (not "with 95% of the vote counted": how much was counted)
        "vote": "share of vote",
        "votes": "share of vote",
        "ballots": "share of vote",
    },
    "ha": {
        "burned": "area burned",
        "burnt": "area burned",
        "scorched": "area burned",
        "consumed": "area burned",
        "charred": "area burned",
        "blackened": "area burned",
        "fire": "area burned",
        "blaze": "area burned",
    },
    "magnitude": {
        "earthquake": "earthquake magnitude",
        "quake": "earthquake magnitude",
        "temblor": "earthquake magnitude",
        "aftershock": "aftershock magnitude",
        "aftershocks": "aftershock magnitude",
        "tremor": "aftershock magnitude",
        "tremors": "aftershock magnitude",
        "second": "aftershock magnitude",  # "the first quake was 7.7 and the second was 6.6"
    },
    "km/h": {
        "limit": "speed limit",
        "limited": "speed limit",  # "a stretch limited to 80 km/h"
        "limits": "speed limit",
        "restriction": "speed limit",
        "restricted": "speed limit",
        "wind": "wind speed",
        "winds": "wind speed",
        "gusts": "wind speed",
        "gust": "wind speed",
        "sustained": "wind speed",
        "forward": "forward speed",  # how fast a storm moves, not its winds: "a forward speed of 9 mph"
        **dict.fromkeys(_STORM_NOUNS, "wind speed"),  # a storm's speed is its winds': "a 185 mph Category 5 storm"
    },
    "m": {
        "radius": "radius",
        "zone": "radius",
        "cordon": "radius",
        "exclusion": "radius",
        "surge": "storm surge",
        "rain": "rainfall",
        "rainfall": "rainfall",
        "waves": "wave height",
        "snow": "snowfall",
        "depth": "depth",
        "deep": "depth",
        "high": "height",
        "tall": "height",
        "long": "length",
        "away": "distance",
        "from": "distance",
        "north": "distance",
        "south": "distance",
        "east": "distance",
        "west": "distance",
        "northeast": "distance",
        "northwest": "distance",
        "southeast": "distance",
        "southwest": "distance",
        "north-east": "distance",  # as British English writes them
        "north-west": "distance",
        "south-east": "distance",
        "south-west": "distance",
        # the points between: "west-southwest of Guantanamo", "north-northeast of the capital"
        **{f"{a}-{b}{c}": "distance" for a, b, c in _HALF_WINDS},
        **{f"{a}-{b}-{c}": "distance" for a, b, c in _HALF_WINDS},  # as British English writes them
    },
    "USD": {
        "damage": "damage",
        "damages": "damage",
        "losses": "losses",
        "aid": "aid",
        "package": "aid",
        "cost": "cost",
        "costs": "cost",
    },
}
SCOPE_WIDE = re.compile(
    r"\b(?:nationwide|across the country|countrywide|"
    r"across (?:the )?(?P<wide>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*)|throughout (?:the )?"
    r"(?P<wide2>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*))"
)
# An office named for what it answers is no incident: "the Los Angeles County Fire Department", "Fire-Rescue",
# "the Fire Protection District", "Fire Capt.".
NOT_AN_OFFICE = (
    r"(?![\s-]+(?i:departments?|dept|services?|authorit(?:y|ies)|stations?|chiefs?|captains?|capt|marshals?"
    r"|districts?|agenc(?:y|ies)|brigades?|academ(?:y|ies)|commissions?|offices?|bureaus?|councils?|associations?"
    r"|funds?|foundations?|protection|rescue|administration|ministr(?:y|ies)|directorates?|squads?|units?"
    r"|command|battalions?|cent(?:er|re)s?|institutes?|hunters?|seasons?"  # "the National Hurricane Center"
    # a warning named for the incident it warns of is none: "the Flash Flood Warning", "a Red Flag Warning"
    r"|warnings?|watch(?:es)?|advisor(?:y|ies)|emergenc(?:y|ies))\b)"
)
_NAME_WORDS = r"[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)*"
# The kinds of place or incident several names can share: "the Palisades and Eaton fires", "Kerr and Kendall counties".
_PLACE_KINDS = (
    r"(?:fires|wildfires|blazes|counties|regions|provinces|districts|states|areas|towns|cities|villages|zones"
    r"|municipalities|parishes|prefectures|valleys|islands|countries|neighbou?rhoods|communities|suburbs|camps)"
)
SCOPE_LOCAL = re.compile(
    # a place beside another is itself: "in neighbouring Thailand", "in nearby Kendall County"
    r"\b(?:in|outside) (?:the )?(?:(?:neighbou?ring|nearby) )?(?:(?:city|capital|port|region|province|"
    # places listed before the plural noun they share are all of them: "in the Palisades and Eaton fires", "in the
    # Palisades and Eaton fire zones"
    rf"town|village|district) of )?(?P<place>{_NAME_WORDS}(?:(?:, |,? and ){_NAME_WORDS})+"
    rf"(?= (?:[a-z]+ )?{_PLACE_KINDS}\b)"
    rf"|{_NAME_WORDS})"
    # the named incident a count is of: "16 from the Eaton Fire", "deaths tied to the Palisades Fire"
    rf"|\b(?:from|of|to|by|during|for) the (?P<incident>(?:[A-Z][\w’'-]+ )+(?i:{INCIDENT_NOUN}))\b" + NOT_AN_OFFICE
)
_NOT_PLACES = {
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
_WORD_RE = re.compile(r"[A-Za-z][\w'’-]*")


@dataclass(frozen=True)
class QuantityHit:
    start: int
    end: int
    quantity: Quantity


# A telephone number is no figure: "call 830-258-1111", "(555) 010-4477", "+1 212 555 0100".
_PHONE = re.compile(r"(?<![\w-])(?:\+\d{1,3}[ .-]?)?(?:\(\d{3}\)\s?|\d{3}[ .-])\d{3}[ .-]\d{4}(?![\w-])")


def extract_quantities(text: str, *, skip: list[tuple[int, int]] = ()) -> list[QuantityHit]:  # type: ignore[assignment]
    """Quantities in one sentence; `skip` holds spans already taken by dates and times."""
    skip = [*skip, *((m.start(), m.end()) for m in _PHONE.finditer(text))]
    numbers = [n for n in find_numbers(text) if not _overlaps(n.start, n.end, skip)]
    hits: list[QuantityHit] = [
        *_ordinal_days(text, skip),
        *_the_only(text),
        *_decade_ages(text),
        *_ranks(text, skip),
        *_parts_of_a_year(text, skip),
    ]
    consumed: set[int] = set()
    for i, number in enumerate(numbers):
        if i in consumed:
            continue
        partner = _range_partner(text, number, numbers[i + 1 :])
        if partner is not None:
            consumed.add(numbers.index(partner))
        hit = _quantity_at(text, number, partner)
        if hit is None or _inside(hit, hits):
            continue
        converted = _converted(text, hit, numbers[i + 1]) if i + 1 < len(numbers) else None
        if converted is not None:
            hit = converted
            consumed.add(i + 1)
        part_of = PART_OF.match(text, number.end)
        if part_of and i + 1 < len(numbers) and numbers[i + 1].start == part_of.start("total"):
            if part_of.group("noun").lower() in PEOPLE_NOUNS or _names_people(part_of.group("noun").lower()):
                if hit.quantity.counted in _COUNTED_LOOKUP.values() and _befalling_verb(text[: hit.start]):
                    # "killing 241 of the 242 people on board": the 241 dead, of where the 242 were; the 242 read next
                    whole = _quantity_at(text, numbers[i + 1], None)
                    scope = hit.quantity.scope or (whole.quantity.scope if whole is not None else None)
                    hits.append(QuantityHit(hit.start, hit.end, hit.quantity.model_copy(update={"scope": scope})))
                elif (befell := _PART_BEFELL.match(text, number.end)) and not _ALL_BUT_BEFORE.search(text[: hit.start]):
                    # "241 of the 242 people aboard have died": the 241 dead, of where the 242 were
                    whole = _quantity_at(text, numbers[i + 1], None)
                    what = befell.group("befell") or befell.group("missing")
                    counted = "killed" if befell.group("died") else _COUNTED_LOOKUP[what.lower()]
                    scope = (whole.quantity.scope if whole is not None else None) or hit.quantity.scope
                    part = hit.quantity.model_copy(update={"counted": counted, "scope": scope})
                    hits.append(QuantityHit(hit.start, number.end, part))  # the whole is read next, not inside it
                continue  # "the remains of 55 of the 67 people killed": some of them, not a toll; the 67 is read next
            total = _quantity_at(text, numbers[i + 1], None)
            of_all = total.quantity.counted if total is not None and total.quantity.unit == "count" else None
            # the thing the whole counts, past words that describe it ("seven out of eight residential blocks")
            counted = (of_all or "").removesuffix(" in total") or _noun_key(part_of.group("noun"))
            stop = total.end if total is not None and of_all else part_of.end()
            noun = " ".join(text[number.end : stop].split())  # "seven" "out of eight residential blocks"
            part = hit.quantity.model_copy(update={"counted": counted, "noun": noun})
            hits.append(QuantityHit(hit.start, stop, part))
            consumed.add(i + 1)
            if total is not None:
                hits.append(
                    QuantityHit(
                        total.start, total.end, total.quantity.model_copy(update={"counted": f"{counted} in total"})
                    )
                )
            continue
        if (
            hits
            and (_OF_THEM.match(text, number.end) or _elliptical(text, hit, hits[-1]) or _put_at(text, hit, hits[-1]))
            and not _befallen_part(text, hit)
        ):
            hit = QuantityHit(
                hit.start, hit.end, hit.quantity.model_copy(update={"counted": hits[-1].quantity.counted})
            )
        elif hits and _changed_to(text, hit, hits[-1]):
            previous = hits[-1].quantity
            scope = hit.quantity.scope or previous.scope
            changed = hit.quantity.model_copy(update={"counted": previous.counted, "scope": scope})
            hit = QuantityHit(hit.start, hit.end, changed)
        if _uninformative(hit.quantity):
            continue
        hits.append(_travellers_aboard(text, _identified(text, hit)))
    return sorted(hits, key=lambda h: h.start)


# The people a craft carries, as a pattern: "passengers", "crew", "crew members".
_TRAVELLER = r"(?:passengers?|crew(?:\s+members?)?)"
IDENTIFIED, HANDED_OVER = "identified", "handed over"  # the dead identified, or given to their families, so far
# "The bodies of 32 passengers who were killed ..., with 242 people on board, have been identified", "14 bodies have
# already been handed over"; "authorities had identified 32 victims so far", "DNA tests matched 31 bodies".
_IDENTIFIED_AFTER = re.compile(
    r"[^.;:]{0,100}?\b(?:have|has|had|were|was)\s+(?:(?:now|so\s+far|already|also|since|successfully)\s+)?been\s+"
    r"(?P<verb>identified|matched|handed\s+over|returned\s+to\s+(?:their\s+|the\s+)?(?:famil|relatives|kin))",
    re.I,
)
_IDENTIFIED_BEFORE = re.compile(
    r"\b(?P<verb>identified|matched|handed\s+over)\s+(?:the\s+(?:bodies|remains)\s+of\s+)?"
    r"(?:(?:at\s+least|about|around|some|nearly)\s+)?\Z",
    re.I,
)
_VICTIM_WORDS = re.compile(r"\b(?:victims?|bodies|remains|dead|deceased)\b", re.I)
# The verb is another's: a figure of its own ("Of the 241 dead, 200 have been identified", "and 17 bodies have been
# identified"), some of them ("most of whom have been identified") or all of them told apart ("and they have been").
_ANOTHER_FIGURE = re.compile(
    r"\b(?:and|while|but|whereas)\s+(?:[\w'’-]+\s+){0,2}?\d|,\s*\d|\b(?:whom|which)\b|\band\s+(?:they|these|those)\b"
)


def _identified(text: str, hit: QuantityHit) -> QuantityHit:
    """The dead a sentence says were identified or handed to their families are a tally of that work, which
    grows as DNA results come in, not the toll: "32 victims identified" against "241 killed" is no conflict."""
    quantity = hit.quantity
    if (quantity.counted or "").split(" ")[0] not in ("killed", "victim"):
        return hit
    told = _IDENTIFIED_BEFORE.search(text[max(0, hit.start - 60) : hit.start]) or _identified_after(text, hit)
    if told is None:
        return hit
    counted = IDENTIFIED if told.group("verb").lower() in ("identified", "matched") else HANDED_OVER
    return QuantityHit(hit.start, hit.end, quantity.model_copy(update={"counted": counted}))


def _identified_after(text: str, hit: QuantityHit) -> re.Match[str] | None:
    """The verb after a figure of the dead that says they were identified or handed over; not another figure's verb,
    nor one where no word of the dead stands with the figure."""
    told = _IDENTIFIED_AFTER.match(text, hit.end)
    if told is None or _ANOTHER_FIGURE.search(told.group(0)):
        return None
    return told if _VICTIM_WORDS.search(text, max(0, hit.start - 20), hit.end) else None


_TRAVELLERS_COUNTED = re.compile(rf"\b{_TRAVELLER}\Z", re.I)


def _travellers_aboard(text: str, hit: QuantityHit) -> QuantityHit:
    """The dead or hurt counted as passengers or crew ("killing 14 passengers") are those aboard, whatever the
    toll on the ground."""
    quantity = hit.quantity
    if quantity.scope is not None or quantity.counted not in CASUALTIES:
        return hit
    if not _TRAVELLERS_COUNTED.search(text, hit.start, hit.end):
        return hit
    return QuantityHit(hit.start, hit.end, quantity.model_copy(update={"scope": ABOARD}))


_CONVERSION_OPEN = re.compile(r"\s*\(\s*(?:about|approximately|roughly|around|nearly|almost|some)?\s*\Z", re.I)
_CONVERSION_CLOSE = re.compile(r"\s*\)")


def _converted(text: str, hit: QuantityHit, following: NumberMatch) -> QuantityHit | None:
    """A measure with its conversion in brackets ("800 miles (1,287 kilometers) from the epicentre", "5 metres
    (16 feet)") is one figure: the hit widened over the brackets, named by the words after them when the words
    before do not name it. None when the brackets hold anything else."""
    quantity = hit.quantity
    if quantity.unit in (None, "count") or not _CONVERSION_OPEN.fullmatch(text, hit.end, following.start):
        return None
    inner = _quantity_at(text, following, None)
    closing = _CONVERSION_CLOSE.match(text, inner.end) if inner is not None else None
    if inner is None or closing is None or inner.quantity.unit != quantity.unit:
        return None
    a, b = _middle_of(quantity), _middle_of(inner.quantity)  # "about 60 miles (97 kilometers)"
    if a is None or b is None or abs(a - b) > 0.1 * max(abs(a), abs(b)):
        return None  # not the same figure in other units
    counted = quantity.counted or _counted(text, hit.start, closing.end(), quantity.unit)[0]
    update: dict[str, str | None] = {"counted": counted}
    if counted == "distance":  # of what, and from what, the words around the brackets say
        update["counted"], update["scope"] = _distance_ends(text, hit.start, closing.end())
    return QuantityHit(hit.start, closing.end(), quantity.model_copy(update=update))


def _befallen_part(text: str, hit: QuantityHit) -> bool:
    """Whether a figure's own verb before it tells what befell it: "killing 179 of them" keeps its dead."""
    return hit.quantity.counted in CASUALTIES and _befalling_verb(text[: hit.start]) is not None


def _middle_of(quantity: Quantity) -> float | None:
    """The middle of a figure's interval, or its one bound."""
    low, high = quantity.lower, quantity.upper
    return (low + high) / 2 if low is not None and high is not None else low if low is not None else high


_THE_ONLY = re.compile(r"\bthe (?:only|sole|lone) ", re.I)
_NOT_COUNTED_ALONE = frozenset(
    {"way", "thing", "time", "one", "option", "reason", "question", "answer", "hope", "place"}
)


def _the_only(text: str) -> list[QuantityHit]:
    """'The only foreign national killed' counts one foreign national."""
    hits = []
    for match in _THE_ONLY.finditer(text):
        found = list(_WORD_RE.finditer(text, match.end(), min(len(text), match.end() + 60)))[:3]
        words = [w.group(0) for w in found]
        head = next((k for k, w in enumerate(words) if not _modifies(w) or _may_be_noun(w)), None)
        if head is None or not _may_be_noun(words[head]) or find_numbers(words[head]):
            continue  # "the only two victims": a number says how many
        noun = _singular(words[head].lower())
        if noun in _NOT_COUNTED_ALONE or words[head].lower() != noun or noun in PEOPLE_NOUNS:
            continue  # "the only survivors" and "the only people" count no one in particular
        if not _names_people(noun):
            continue  # "the only tower that was spared": one of the towers, no count of them
        end = found[head].end()
        written = " ".join(text[match.start() : end].split())
        counted = _narrowing_word(found[:head], words[head]) + NOUN_SYNONYMS.get(noun, noun)
        quantity = Quantity(written=written, lower=1, upper=1, unit="count", counted=counted)
        hits.append(QuantityHit(match.start(), end, quantity))
    return hits


def _may_be_noun(word: str) -> bool:
    """A noun in the lexicon, or a word it does not know ("survivor")."""
    readings = getAllLemmas(word.lower())
    return "NOUN" in readings or (not readings and "-" not in word)


_RANK = re.compile(
    rf"\b(?P<ordinal>{'|'.join(w for w in ORDINAL_WORDS if w != 'first')}|\d{{1,2}}(?:nd|rd|th))[- ]"
    r"(?P<superlative>(?:high|low|larg|bigg|small|deadli|wors|strong|wett|hott|cold|long|tall|busi|great)est)"
    r"(?:\s+(?P<noun>[a-z]+))?",
    re.I,
)


def _ranks(text: str, skip: list[tuple[int, int]] | tuple[()]) -> list[QuantityHit]:
    """A place in a ranking: "the third-highest level", "Myanmar's second-largest city"."""
    hits = []
    for match in _RANK.finditer(text):
        if _overlaps(match.start(), match.end(), skip):
            continue
        ordinal = match.group("ordinal").lower()
        value = ORDINAL_WORDS.get(ordinal) or int(re.sub(r"\D", "", ordinal))
        noun = match.group("noun")
        what = match.group("superlative").lower() + (f" {_singular(noun.lower())}" if noun else "")
        end = match.end() if noun else match.end("superlative")
        written = " ".join(text[match.start() : end].split())
        quantity = Quantity(written=written, lower=value, upper=value, unit="rank", counted=what)
        hits.append(QuantityHit(match.start(), end, quantity))
    return hits


# Which part of a year a figure is of: "a fourth-quarter decline", "third quarter", "Q3", "the first half".
_PART_OF_YEAR = re.compile(
    r"\b(?:(?P<ordinal>first|second|third|fourth|1st|2nd|3rd|4th)[- ](?P<part>quarter|half)\b|Q(?P<q>[1-4])\b)", re.I
)


def _parts_of_a_year(text: str, skip: list[tuple[int, int]] | tuple[()]) -> list[QuantityHit]:
    """The quarter or half of a year a report is of: the third quarter is not the fourth."""
    hits = []
    for match in _PART_OF_YEAR.finditer(text):
        if _overlaps(match.start(), match.end(), skip):
            continue
        if match.group("q"):
            value, part = int(match.group("q")), "quarter"
        else:
            ordinal = match.group("ordinal").lower()
            value, part = ORDINAL_WORDS.get(ordinal) or int(re.sub(r"\D", "", ordinal)), match.group("part").lower()
        if part == "half" and value > 2:
            continue
        written = " ".join(text[match.start() : match.end()].split())
        quantity = Quantity(written=written, lower=value, upper=value, unit="rank", counted=part)
        hits.append(QuantityHit(match.start(), match.end(), quantity))
    return hits


def _modifies(word: str) -> bool:
    """A word that can stand before a noun it describes: an adjective, an adverb, a compound ("gem-set")."""
    readings = getAllLemmas(word.lower())
    return bool({"ADJ", "ADV"} & readings.keys()) or ("-" in word and not readings)


_AND_BEFORE = re.compile(r"(?:,|\band|[\u2014\u2013])\s*\Z")
_PLACE_AFTER = re.compile(
    r"\s+(?:in|from|at|across|on|as a result of|due to|because of|(?:tied|linked|related|attributed) to)\s+"
    r"(?:the\s+)?[A-Z]"
)


def _listed_after_figure(text: str, start: int) -> bool:
    """Whether `start` follows a figure of a list its clause has not yet told what befell: "10 campers and one
    counselor remain missing", "11 campers who were staying at the camp and one counselor remain missing"; not
    "five people were killed and 23 girls are missing", nor a figure after no other ("According to officials, 12
    ...")."""
    window = max(0, start - _LOOK_BEHIND)
    numbers = find_numbers(text[window:start])
    if not numbers:
        return False
    between = text[window + numbers[-1].end : start]
    return not any(w.lower() in _COUNTED_LOOKUP for w in _WORD_RE.findall(between))


def _elliptical(text: str, hit: QuantityHit, previous: QuantityHit) -> bool:
    """A bare figure after "and" that counts what the figure before it did: "nine deaths in the Palisades Fire and
    16 in the Eaton Fire"."""
    quantity = hit.quantity
    return (
        quantity.counted is None
        and quantity.unit == previous.quantity.unit == "count"
        and previous.quantity.counted is not None
        and bool(_AND_BEFORE.search(text, max(0, hit.start - _LOOK_BEHIND), hit.start))
        and bool(_PLACE_AFTER.match(text, hit.end))
    )


def _put_at(text: str, hit: QuantityHit, previous: QuantityHit) -> bool:
    """A bare figure another source put the count before it at: "Organisers said 100,000 people took part, while
    police put the figure at 25,000"."""
    quantity = hit.quantity
    return (
        quantity.counted is None
        and quantity.unit == previous.quantity.unit
        and previous.quantity.counted is not None
        and bool(_PUT_THE_FIGURE_AT.search(text, max(0, hit.start - _LOOK_BEHIND), hit.start))
    )


_PUT_THE_FIGURE_AT = re.compile(
    r"\b(?:put|puts|putting|placed|places|estimated|estimates)\s+(?:the|their|its)\s+"
    r"(?:figure|number|total|count|tally)\s+at\s+"
    r"(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|(?:well\s+)?(?:more\s+than|over)\s+|at\s+least\s+)?\Z",
    re.I,
)
_FROM_FIGURE_TO = re.compile(r"\bfrom\s+(?:about\s+|around\s+)?[\d.,]+\s*(?:%|percent|per cent)?\s+to\s*\Z", re.I)


def _changed_to(text: str, hit: QuantityHit, previous: QuantityHit) -> bool:
    """A bare measure that a figure before it in the sentence changed into: "15 percent containment on Sunday, and it
    jumped overnight from 15 to 27%" is the containment again."""
    quantity = hit.quantity
    return (
        quantity.counted is None
        and quantity.unit not in (None, "count")
        and quantity.unit == previous.quantity.unit
        and previous.quantity.counted is not None
        and bool(_FROM_FIGURE_TO.search(text, max(0, hit.start - _LOOK_BEHIND), hit.start))
    )


def _uninformative(quantity: Quantity) -> bool:
    """A bare count of nothing in particular ("the two had floated") is no checkable claim."""
    counted = quantity.counted
    if quantity.unit != "count":
        return False
    if counted is None or counted in _VERBISH_COUNTED:
        return True
    if counted in COUNTED_TERMS:
        return False
    # a verb where a noun should be: "killed" is a term of its own, "one measuring 6.4" counts nothing
    return counted.endswith("ed") or (" " not in counted and not _may_be_noun(counted)) or _a_label(quantity)


def _a_label(quantity: Quantity) -> bool:
    """A number before a capitalised singular noun names something ("2 Road", "5 Terminal"); it counts nothing:
    two or more of a thing take its plural."""
    noun = quantity.noun or ""
    if quantity.lower is None or quantity.lower < 2 or not noun[:1].isupper() or noun.isupper() or " " in noun:
        return False  # one of a thing, a lower-case noun, or an acronym before its noun ("150 DNA samples")
    word = noun.lower()
    return _singular(word) == word and (getInflection(word, tag="NNS") or [word])[0] != word


PART_OF = re.compile(
    r"\s+(?:of\s+(?:its|the|their|his|her)|out\s+of(?:\s+(?:its|the|their|his|her))?)\s+"
    r"(?:[a-z][\w-]*['’]s\s+)?"  # the owner of the whole: "seven of the train's nine carriages"
    r"(?P<total>\d[\d,]*|\w+)\s+(?P<noun>[a-z]+)",
    re.I,
)
_OF_THEM = re.compile(r"\s+of them\b", re.I)
_VERBISH_COUNTED = {
    "meet",
    "had",
    "say",
    "said",
    "get",
    "go",
    "make",
    "take",
    "see",
    "do",
    "be",
    "leader",
    "side",
    "men",
    "country",
    "nation",
    "time",
    "year",
    "month",
    "week",
    "hour",
    "minute",
}
_ORDINAL_DAY = re.compile(
    r"\b(?:(?P<ord>\d{1,4}(?:st|nd|rd|th)|(?:(?:twenty|thirty|forty|fifty)[ -])?(?:first|second|third|fourth|fifth|"
    r"sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|"
    r"eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth))\s+(?P<unit>day|week|month)|"
    r"(?P<unit2>day|week) (?P<num>\d{1,4})\b)",
    re.I,
)
_DURATION_OF = re.compile(
    r"\b(shutdown|war|strike|protest|siege|search|blockade|invasion|offensive|talks|trial|"
    r"standoff|outage|lockdown|drought|conflict)\b",
    re.I,
)


_OF_THE = re.compile(r" of (?:the |its |this )?")


def _of_the_length(text: str, end: int) -> int:
    """Length of ' of the ' (or ' of ') right after a day count, else 0."""
    found = _OF_THE.match(text, end)
    return found.end() - end if found else 0


def _ordinal_days(text: str, skip: list[tuple[int, int]] | tuple[()]) -> list[QuantityHit]:
    """'the 22nd day of the shutdown', 'day 22': how long something has lasted, as a count of days."""
    from factcheck.extract.numbers import ORDINAL, ordinal_value

    hits: list[QuantityHit] = []
    anywhere = _DURATION_OF.search(text)
    for match in _ORDINAL_DAY.finditer(text):
        if any(match.start() < end and start < match.end() for start, end in skip):
            continue
        if match.group("num"):
            value, unit = int(match.group("num")), match.group("unit2").lower()
        else:
            ordinal = ORDINAL.fullmatch(match.group("ord"))
            if ordinal is None:
                continue
            value, unit = ordinal_value(ordinal), match.group("unit").lower()
        about = _DURATION_OF.match(text, match.end() + _of_the_length(text, match.end())) or anywhere
        counted = f"{unit} of {about.group(1).lower()}" if about else unit
        quantity = Quantity(
            lower=float(value), upper=float(value), unit="ordinal", written=match.group(0), counted=counted
        )
        hits.append(QuantityHit(match.start(), match.end(), quantity))
    return hits


def _inside(hit: QuantityHit, hits: list[QuantityHit]) -> bool:
    return any(hit.start < other.end and other.start < hit.end for other in hits)


def _overlaps(start: int, end: int, spans: list[tuple[int, int]] | tuple[()]) -> bool:
    return any(start < taken_end and taken_start < end for taken_start, taken_end in spans)


def _range_partner(text: str, number: NumberMatch, rest: list[NumberMatch]) -> NumberMatch | None:
    if not rest:
        return None
    nxt = rest[0]
    between = text[number.end : nxt.start]
    unit_between = _UNIT_AFTER.match(between)
    if unit_between:
        between = between[unit_between.end() :]
    if not _RANGE_AFTER.fullmatch(between):
        return None
    joined_by_and = between.strip().lower() == "and"
    if joined_by_and and not _BETWEEN_BEFORE.search(text, max(0, number.start - 20), number.start):
        return None
    if between.strip().lower() == "to" and _CHANGE_BEFORE.search(text[max(0, number.start - 30) : number.start]):
        return None  # "rose from 12 to 20" is a change, not a range
    shared = scale_word(nxt.text) if scale_word(number.text) is None else None
    written_next = nxt.lower / scale_of(shared) if shared else nxt.lower  # "3 or 4 million": 3 or 4, in millions
    if between.strip().lower() == "or" and written_next - number.lower > max(2.0, number.lower):
        return None  # "two or three" is a range; "one or 30" is not
    return nxt if nxt.lower >= number.lower else None


_WORD_AFTER = re.compile(r"\s+(?P<word>[A-Za-z]+)")


_COUNTED_ALONE = frozenset({"people", "remain", "remained", "still", "feared"})
_THE_BEFORE = re.compile(r"\bthe\s+\Z", re.I)


def _millions_of(text: str, start: int, end: int) -> bool:
    """Whether an "m" after a figure is millions: people or property follow it, in the plural ("1.2m people", "2m
    homes"), which no length in metres describes; not a singular ("a 1.8m striker", "300m of road", "the 100m
    was won") nor a kind of person after "the" ("the 400m runners")."""
    after = _WORD_AFTER.match(text, end)
    if after is None:
        return False
    word = after.group("word").lower()
    plural = word in _COUNTED_ALONE or (word not in _STOP_NOUNS and _singular(word) != word)
    if not plural:
        return False
    if word in PEOPLE_NOUNS or _singular(word) in PROPERTY:
        return True
    return person_noun(word) is not None and not _THE_BEFORE.search(text[max(0, start - 5) : start])


def _shared_scale(number: NumberMatch, partner: NumberMatch | None) -> float:
    """The scale word a range writes once, after its second figure, that its first figure shares: "$5-10 million"
    is 5 to 10 million, "two to three thousand" 2,000 to 3,000; not "500 to 2 million", which is 500 to 2
    million."""
    if partner is None or number.suffix or scale_word(number.text) is not None:
        return 1.0  # "$5m-10 million": the first figure has its own scale
    shared = scale_word(partner.text)
    if shared is None or number.lower * scale_of(shared) >= partner.upper:  # "from $1 to $1 million": no range
        return 1.0
    return scale_of(shared)


def _quantity_at(text: str, number: NumberMatch, partner: NumberMatch | None) -> QuantityHit | None:
    end = (partner or number).end
    lower: float | None = number.lower * _shared_scale(number, partner)
    upper: float | None = (partner or number).upper
    # Only the words just before the number can qualify it; searching the whole sentence for each number of a
    # long one would take quadratic time.
    window = max(0, number.start - _LOOK_BEHIND)
    before = text[window : number.start]
    if _RATIO_BEFORE.search(before) or _RATIO_AFTER.match(text, (partner or number).end):
        return None  # "a 24/7 operation", "on 7/14", "1/3 of the residents": a ratio or a date, no count
    if _CLOCK_BEFORE.search(before) or _CLOCK_AFTER.match(text, (partner or number).end):
        return None  # "at 12:50 people fled": the hours and minutes of a clock, no count of people
    currency = _currency_before(before, text, number)
    unit: str | None = None
    factor = 1.0
    start = number.start
    if currency:
        unit, start = currency[0], window + currency[1]
        suffix = number.suffix or (partner.suffix if partner is not None else None)
        if suffix:  # "$5m", "$5-10m": millions, both
            factor = SHORT_SCALES[suffix]
    elif number.suffix == "m" and _millions_of(text, number.start, number.end):
        factor = 1_000_000.0  # "1.2m people were displaced": millions of them, not metres
    elif number.suffix == "m":
        unit = "m"
    elif number.suffix == "k":
        factor = 1_000.0
    of_unit = _OF_BEFORE_UNIT.match(text, end) if number.vague else None
    if of_unit is not None and _UNIT_AFTER.match(text[of_unit.end() : of_unit.end() + CLAUSE_REACH]):
        return None  # "hundreds of kilometres away", "thousands of dollars": a measure too vague to check
    unit_match = _UNIT_AFTER.match(text[end : end + CLAUSE_REACH])
    magnitude = None if currency or unit_match else _magnitude_end(text, number, before)
    if magnitude is not None:
        unit, end = "magnitude", max(end, magnitude)
    age = None if currency or unit_match or magnitude else _age(text, number, before)
    if age is not None:
        age_end, whose = age
        return QuantityHit(
            number.start,
            age_end,
            Quantity(
                written=" ".join(text[number.start : age_end].split()),
                lower=number.lower,
                upper=number.upper,
                unit="years",
                counted=f"age of {whose}" if whose else "age",
            ),
        )
    duration = None if currency or unit_match or magnitude is not None else _duration(text, end, before)
    added = 0.0  # seconds a smaller unit adds to a duration
    if duration is not None:
        end, seconds, added = duration
        unit, factor = "s", factor * seconds
    if unit_match and not currency and _SIZE_OF_A_THING.match(unit_match.group("unit")):
        return None  # "a 140,000 square foot warehouse": the building's floor, not an area burned or flooded
    if unit_match and not currency:
        unit, unit_factor = UNIT_FACTORS[unit_match.group("unit").lower()]
        factor *= unit_factor
        end += unit_match.end()
    elif unit_match and UNIT_FACTORS[unit_match.group("unit").lower()][0] == unit:
        end += unit_match.end()
    if (
        unit is None
        and not unit_match
        and not _is_year(number, None, partner)  # "in 2015 rand weakness hurt importers"
        and (named := _currency_named_after(text, end)) is not None
    ):
        unit, end = named  # "10 lakh rupees", "500 million yen"
    if (
        _is_year(number, unit, partner)
        or (unit is None and _RANK_BEFORE.search(before) is not None)
        or (unit is None and _ROAD_BEFORE.search(before) is not None)
        or (unit is None and _names_a_model(number, text, before))
        or _is_pronoun_one(number, text)
        or _superseded(text, number.start)
        or _inside_name(text, number.start, number.end)
    ):
        return None
    written = " ".join(text[start:end].split())
    qualifier = _QUALIFIER_BEFORE.search(before if not currency else before[: currency[1]])
    if qualifier and _RISEN_UP_TO.search(before, 0, qualifier.end()):
        qualifier = None  # "the toll was up to 24 by Sunday": it had risen to 24, no bound
    if qualifier and qualifier.group("q").lower() in _PASSING and not _BY_A_FIGURE.search(before, 0, qualifier.start()):
        qualifier = None
    approximate = number.vague
    if qualifier and partner is None:
        low_factor, high_factor = QUALIFIERS[qualifier.group("q").lower()]
        lower, upper = _apply_qualifier(number.lower, low_factor, high_factor)
        approximate = approximate or (low_factor not in (None, 1.0, 0.0) or high_factor not in (None, 1.0))
        start = min(start, window + qualifier.start())
    bound = _BOUND_AFTER.match(text, end)
    if bound and unit == "magnitude":
        return None  # "quakes of magnitude 7.0 or higher": a class of quakes, no one quake's reading
    if bound and partner is None and lower is not None and lower == upper:
        lower, upper = (lower, None) if bound.group("more") else (0.0, upper)  # "7.0 or higher", "50 or fewer"
        written = f"{written} {' '.join(bound.group(0).split())}"
        end = bound.end()
    lower, upper = (None if lower is None else lower * factor), (None if upper is None else upper * factor)
    if added and partner is None:
        lower, upper = (lower + added if lower else lower), (None if upper is None else upper + added)
    if not all(math.isfinite(bound) for bound in (lower, upper) if bound is not None):
        return None  # a conversion overflowed: no figure anyone wrote
    counted, counted_end = _counted(text, number.start, end, unit)
    if partner is not None and unit in ("magnitude", "m") and _SPREAD_BEFORE.search(before):
        counted = None  # "aftershocks ranging between magnitudes 4.0 and 6.7": several things' measures, none's own
    if unit is None and _people_besides(counted) and _others(text, number.start, end):
        return None  # "two more people were charged", "three other individuals": some more of an unstated whole
    if unit is None and counted in {"each", "rate of each"}:
        return None  # "two each in Noto and Shika": as many in every place or per person, no count of its own
    if unit is None and _besides(counted) and _OTHER_AFTER.match(text, end) and not _DAMAGE_TOLD.search(text):
        return None  # "four other parties received 2,352 votes": those besides the ones named (not "two more vases")
    first_word = _FIRST_WORD.match(text, end) if counted == "affected" else None
    if first_word is not None and not _AFFECTED_PEOPLE.match(text, end):
        counted = _noun_key(first_word.group(1))  # "500,000 customers were affected": customers
    if unit is None and counted not in _COUNTED_LOOKUP.values() and _one_of_two(text, number):
        return None  # "one pilot can be heard asking the other": one of two, no count of pilots
    if unit is None and _UNIDENTIFIED_AFTER.match(text, counted_end):
        return None  # "18 adults are pending identification": some of the dead, not a count of them
    if unit is None and counted in _SUPPLIED and _power_cut(text, start, counted_end):
        counted = WITHOUT_POWER  # "1.2 million homes lost power": an outage, no homes lost
    elif unit is None and counted in _SUPPLIED and _WATER_CUT_AFTER.match(text, counted_end):
        counted = WITHOUT_WATER  # "66,000 households left without water"
    elif unit is None and counted in PROPERTY and (fate := _property_fate(text, start, counted_end)):
        counted = f"{fate} {counted}"  # "threatened 10,000 homes": in the fire's path, not lost to it
    noun = _noun_as_written(text[end:counted_end], counted) if unit is None else None
    if unit == "m" and counted in _UNPLACED_MEASURES:
        counted = _object_measured(text, number.start, end) or counted
    if counted == "length" and lower is not None and lower >= 1000:
        counted = "distance"  # kilometres with nothing said of them: how far one place is from another
    if counted and _OUT_OF.search(before):  # "23 out of the 750 girls": the 750 are all of them
        counted = f"{counted} in total"
    if (counted or unit) and _a_difference(text, before, end):  # "won by 12 votes": no count of anyone's votes
        counted = f"{DIFFERENCE_IN}{counted}" if counted else "difference"
    elif counted and counted.split()[0] not in CASUALTIES and _a_rate(before, text[counted_end : counted_end + 60]):
        counted = f"{RATE_OF}{counted}"  # "averaged $44m per company": no total (a toll a day stays a toll)
    if counted is None and unit == "ha" and _a_fires_growth(text, start):
        counted = "area burned"  # "the Eaton Fire ... has since grown to over 400 acres"
    bracketed = _incident_bracketing(text, start)
    if bracketed is not None and counted is None and unit is not None:
        counted = _measured(unit, [bracketed.split()[-1].lower()], [])  # "Palisades Fire (23,713 acres)": its area
    if counted == "distance":
        counted, scope = _distance_ends(text, start, end)
    else:
        scope = (
            bracketed
            or _incident_named_by(text, end)
            or _scope(text, end, start)
            or _incident_before(text, start)
            or (_toll_of(text, start) if (counted or "").split(" ")[0] in CASUALTIES else None)
            or _incident_measured(text, counted)
        )
    quantity = Quantity(
        written=written,
        lower=lower,
        upper=upper,
        unit=unit or "count",
        counted=counted,
        scope=scope,
        qualifier=qualifier.group("q").lower() if qualifier and partner is None else _range_word(text, number, partner),
        noun=noun,
        approximate=approximate,
    )
    return QuantityHit(start, max(end, counted_end), quantity)


_MORE_AFTER = re.compile(r"\A\s+(?:more|other|others|additional|further)\b", re.I)
_ANOTHER_BEFORE = re.compile(r"\b(?:another|a\s+further|an\s+additional)\s+\Z", re.I)


def _people_besides(counted: str | None) -> bool:
    """A count of people by what they are ("people", "individuals"), not by what befell them."""
    return _besides(counted) and (counted in _PEOPLE_WORDS or _names_people(counted or ""))


def _besides(counted: str | None) -> bool:
    """A count of people or things by what they are ("individuals", "parties"), not of what befell them: "killed
    five and injured 30 others" counts the injured."""
    return counted is not None and counted.split()[0] not in COUNTED_TERMS


_PEOPLE_WORDS = frozenset({"people", "person", "individual", "others"})
# What was destroyed besides is a count of damage: "120 homes and 300 other structures were destroyed".
_DAMAGE_TOLD = re.compile(
    r"\b(?:destroy\w*|damag\w*|collaps\w*|razed|flattened|gutted|burn(?:ed|t)|swept away)\b", re.I
)
_FIRST_WORD = re.compile(r"\s+([A-Za-z][\w'\u2019-]*)")
# Those "affected" are people at large; customers or passengers affected stay what they are.
_AFFECTED_PEOPLE = re.compile(
    r"\s+(?:people|persons|residents|individuals|inhabitants|villagers|citizens|families|households|others|have|had"
    r"|were|are|was|is|been|affected)\b",
    re.I,
)
_OTHER_AFTER = re.compile(r"\s+other\b", re.I)


def _others(text: str, start: int, end: int) -> bool:
    """Whether a figure counts more of something, or others besides: "two more people", "another 150"."""
    return bool(_MORE_AFTER.match(text[end : end + 20]) or _ANOTHER_BEFORE.search(text[max(0, start - 20) : start]))


def _noun_as_written(words: str, counted: str | None) -> str | None:
    """The counted noun as the article wrote it ('diplomats' for 'diplomat'), when it is the last word counted."""
    found = _WORD_RE.findall(words)
    if not found or counted is None:
        return None
    if counted.endswith(" condition"):
        return f"in {counted}"  # "16 in critical condition", however the article put it
    return found[-1] if counted.split() and _noun_key(found[-1]) == counted.split()[-1] else None


def _range_word(text: str, number: NumberMatch, partner: NumberMatch | None) -> str | None:
    """'between' for a range written "between 400 and 500", so it reads as written, not as '400 and 500'."""
    if partner is None or not _BETWEEN_BEFORE.search(text, max(0, number.start - 20), number.start):
        return None
    return "between"


DIFFERENCE_IN = "difference in "  # what a difference counts goes after it: "difference in votes"
_LOOK_BEHIND = 80  # characters before a number searched for its currency sign and qualifier
_OUT_OF = re.compile(r"\bout of\s+(?:the\s+|a\s+|its\s+)?(?:\w+\s+){0,1}\Z", re.I)
# A difference between two figures, not a figure: "won by 12 votes", "the toll rose by 5", "a lead of 20 points",
# "a 12-vote lead". A verb of change takes "by" at once and never in the passive ("rose by 5", not "were dropped by
# 3 helicopters"); one of winning may have its object between ("defeated Ruiz by 12 votes", "take the riding by 1
# vote"); a tally is no difference ("won by 5,210 votes to 4,898").
_DIFFERENCE_HEDGE = (
    r"(?:just |only |a mere |some |about |around |nearly |almost |roughly |(?:well )?(?:more than |over )|at least )?"
)
_PASSIVE = r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbe )(?<!\bis )(?<!\bare )(?<!\bbeing )(?<!\bget )(?<!\bgot )"
_DIFFERENCE_BEFORE = re.compile(
    r"(?:" + _PASSIVE + r"\b(?:rose|risen|rises|rising|fell|fallen|falling|increased|increases|decreased|decreases"
    r"|grew|grown|dropped|climbed|jumped|declined|swelled|shrank)\s+by"
    r"|\b(?:won|wins|winning|lost|loses|losing|leads|trails|trailed|trailing|edged|ahead|flipped)\s+by"
    # an object between, but no participle right before "by" ("lost her seat to a candidate backed by 12 unions")
    r"|\b(?:won|wins|winning|lost|loses|losing|leads|trails|trailed|trailing|edged|ahead|flipped)"
    r"(?:\s+[\w'’]+){1,6}?(?<!ed)(?<!en)(?<!\bled)\s+by"
    # not the deed and its doers: "the raid was carried out by 30 militants"
    r"|\b(?:beat|beats|beating|defeated|defeating|take|takes|took|taking|clinched|carried(?!\s+out\b))"
    r"(?:\s+[\w'’]+){1,5}?\s+by"
    r"|\bwinners?\s+by"
    r"|\b(?:difference|margin|gap|lead|increase|decrease|rise|drop|swing|gain) of)\s+[\"“]?"
    + _DIFFERENCE_HEDGE
    + r"\Z",
    re.I,
)
_SCORES = r"votes?|points?|seats?|goals?|runs?"  # what a contest is won by
_DIFFERENCE_AFTER = re.compile(
    rf"\A(?:[ -](?:{_SCORES}|percentage[ -]points?)[ -]"
    r"(?:lead|margin|gap|advantage|deficit|swing|victory|win)\b|\s+(?:votes?|points?|seats?)\s+separated\b"
    r"|[ -]votes?[ -]majority\b)",  # a winner's majority of votes: "a 8,405-vote majority"
    re.I,
)
_GAINED_BEFORE = re.compile(r"\b(?:gained|gains|gaining|lost|loses|losing)\s+" + _DIFFERENCE_HEDGE + r"\Z", re.I)
_SEATS_AFTER = re.compile(r"\A\s+(?:seats?|points?|percentage\s+points?)\b", re.I)  # "gained over 20 seats"
_TALLY_AFTER = re.compile(rf"\A\s+(?:{_SCORES})\s+to\s+\d", re.I)  # "by 7 votes to 2": a tally


RATE_OF = "rate of "  # an average or a figure per unit: "averaged $44 million per company", "1,200 flights a day"
_AVERAGE_BEFORE = re.compile(
    r"\b(?:averaged|averages|averaging|an average of|on average)\s+" + _DIFFERENCE_HEDGE + r"(?:[$€£¥₹]|US\$)?\Z", re.I
)
_PER_AFTER = re.compile(  # right after what is counted: "$44 million in losses per company", "1,200 flights a day"
    r"\A(?:\s+in\s+\w+)?\s+(?:per|each|a|an)\s+(?:company|firm|business|day|week|month|year|hour|person|household|capita|head"
    r"|resident|student|patient|flight)\b(?!\s+(?:after|before|later|earlier|ago|of)\b)",
    re.I,
)


# A clause whose subject is each or every one of something gives a figure per that thing: "each household can send
# up to two people", "every runner gets 20 minutes".
_EACH_BEFORE = re.compile(r"\b(?:each|every)\s+(?!of\b)[a-z]+\s+(?:[a-z]+\s+){0,3}(?:up\s+to\s+|at\s+most\s+)?\Z", re.I)


def _a_rate(before: str, after: str) -> bool:
    """Whether a figure is an average or a figure per unit, not a total."""
    return (
        _AVERAGE_BEFORE.search(before) is not None
        or _PER_AFTER.match(after) is not None
        or _EACH_BEFORE.search(before) is not None
    )


# A winner's majority of votes, by how many it beat the next: "a majority of almost 8,000 votes", "her majority
# fell to 6,000 votes"; a majority of seats may be the seats held ("a 53-seat majority in the Senate"), so only votes.
_MAJORITY_BEFORE = re.compile(
    r"\bmajority\s+(?:of|(?:(?:had|has|was|is)\s+)?(?:fell|fallen|rose|risen|dropped|shrank|grew|cut)\s+to)\s+"
    + _DIFFERENCE_HEDGE
    + r"\Z",
    re.I,
)
_VOTES_AFTER = re.compile(r"\A\s+votes?\b", re.I)


def _a_difference(text: str, before: str, end: int) -> bool:
    """Whether the figure ending at `end` is by how much one figure exceeds another."""
    after = text[end : end + 40]
    if _TALLY_AFTER.match(after):
        return False
    if _MAJORITY_BEFORE.search(before) and _VOTES_AFTER.match(after):
        return True
    if _GAINED_BEFORE.search(before) and _SEATS_AFTER.match(after):
        return True
    return _DIFFERENCE_BEFORE.search(before) is not None or _DIFFERENCE_AFTER.match(after) is not None


_FROM_PLACE = re.compile(
    r"\A[\w\s,]{0,30}?\b(?i:from|(?:north|south|east|west)(?:-(?:north|south))?(?:-?(?:east|west))?\s+of)\s+(?:the\s+)?"
    r"(?:(?:(?:city|capital|town|province|region|state)\s+of\s+)?(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)"
    # a capital named after the word: "north of the capital, Naypyidaw" (kept only where it is one)
    r"|capital\s*,?\s+(?P<named>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)"
    # the point a quake struck: "from the epicentre", "from the center of the magnitude 7.7 quake"
    r"|(?:(?:earth)?quake['’]s\s+)?(?P<epicentre>(?i:epicent(?:re|er)"
    r"|cent(?:re|er)\s+of\s+the\s+(?:(?:magnitude[\s-]+)?\d+(?:\.\d+)?[\s-]+(?:magnitude\s+)?)?(?:earth)?quake)\b))"
)


# Some of the dead, told apart by being not yet named: "18 adults are pending identification".
_UNIDENTIFIED_AFTER = re.compile(
    r"\W*(?:\w+\s+){0,3}?(?:also\s+)?(?:pending identification|awaiting identification|unidentified"
    r"|(?:yet|still) to be identified|not (?:yet )?(?:been )?identified)\b",
    re.I,
)


# Property a disaster destroys, damages or only threatens: counts of each are of different things.
PROPERTY = frozenset({"structure", "building", "home", "business"})
_PROPERTY_FATE = re.compile(
    r"\b(?:(?P<threatened>threaten\w*|endanger\w*|at risk|under threat|in danger|in (?:the|its) path)"
    r"|(?P<either>(?:damag|destroy)\w*\s+or\s+(?:damag|destroy)\w*)"
    r"|(?P<damaged>damag\w*)"
    r"|destroy\w*|burn\w*|razed|levell?ed|lost|gutted|flattened)\b",
    re.I,
)


# Those an outage is counted in, and the words that tell one beside them: "1.2 million homes lost power", "power
# was cut to 1.2 million households", "40,000 customers were without electricity", "plunging 300,000 people into
# darkness". A count that moves both ways as crews restore supply.
WITHOUT_POWER = "without power"
_SUPPLIED = frozenset({"home", "household", "customer", "people", "resident", "business", "property", "premise"})
# (A figure's start is before its qualifier, "about 1.2 million", so these end right at the qualifier or number.)
_OUTAGE_BEFORE = re.compile(
    r"\b(?:power|electricity|supply)\s+(?:(?:was|were|has\s+been|had\s+been|is|remains?)\s+)?"
    r"(?:cut|knocked\s+out|out|lost)\s+(?:to|for|in)\s+\Z"
    r"|\b(?:outages?|blackouts?)\s+(?:affecting|hit(?:ting)?|for|left)\s+\Z",
    re.I,
)
_OUTAGE_AFTER = re.compile(
    r"(?:(?!\b(?:and|but|while)\b)[^.;\d]){0,30}?\b(?:(?:lost|lose|losing|without|had\s+no|have\s+no|cut\s+off\s+from)\s+(?:power|electricity)"
    r"|in\s+(?:the\s+)?dark(?:ness)?|(?:power|electricity)\s+(?:cut|outages?))\b",
    re.I,
)


# Homes, customers or people a cut of water left without it: "66,000 households left without running water",
# "114,796 households remained without water", "40,000 homes had no water". A count that moves both ways too.
WITHOUT_WATER = "without water"
_WATER_CUT_AFTER = re.compile(
    r"(?:(?!\b(?:and|but|while)\b)[^.;\d]){0,30}?\b(?:lost|lose|losing|without|had\s+no|have\s+no|cut\s+off\s+from)"
    r"\s+(?:running\s+|drinking\s+|tap\s+)?water(?:\s+(?:service|supply|supplies))?\b"
    # the water itself, not a noun after it: "had no water damage", "without water meters"
    r"(?=\s*(?:[,.;:)!?]|\Z)|\s+(?:in|on|for|after|since|as|and|until|at|by|from|because|following|while|across|or)\b)",
    re.I,
)


def _power_cut(text: str, start: int, end: int) -> bool:
    """Whether the homes, customers or people a figure counts are those an outage left without power."""
    return (
        _OUTAGE_BEFORE.search(text, max(0, start - 60), start) is not None or _OUTAGE_AFTER.match(text, end) is not None
    )


def _property_fate(text: str, start: int, end: int) -> str | None:
    """What befell the property a figure counts, where it is not its loss: "threatened", "damaged" or "damaged or
    destroyed". The verb nearest before the figure says it ("endangering 13,200 structures and 10,300 homes"), or,
    with none before, the first after it ("10,000 homes are at risk"); "destroyed 6,782 structures and damaged
    773" damages only the 773."""
    before = list(_PROPERTY_FATE.finditer(text, max(0, start - 80), start))
    found = before[-1] if before else _PROPERTY_FATE.search(text, end, end + 40)
    if found is None:
        return None
    if found.group("either"):
        return "damaged or destroyed"
    return "threatened" if found.group("threatened") else "damaged" if found.group("damaged") else None


# The place a distance is of, set before it: "Kerr County, roughly 60 miles northwest of San Antonio", past an
# aside: "Bangkok, Thailand's capital, more than 800 miles".
_DISTANCE_SUBJECT = re.compile(
    r"(?:^|(?<=\s))(?:the\s+)?(?P<place>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)*)\s*,\s*"
    r"(?:(?:[A-Z][\w'\u2019-]*(?:\s+[a-z]+){1,2}|the\s+[a-z]+(?:\s+[a-z]+)?)\s*,\s*)?"
    r"(?:(?:which|that)\s+(?:is|lies|sits)\s+)?"
    r"(?:(?:about|around|roughly|some|approximately|nearly|almost|just|more than|less than|over|under)\s+)?\Z"
)
# A place read as the end of a bearing: "16 km north of Sagaing, 100 km north of ..." measures from Sagaing.
_BEARING_END = re.compile(
    r"\b(?:(?:north|south|east|west)(?:-(?:north|south))?(?:-?(?:east|west))?\s+of|from)\s+(?:the\s+)?\Z", re.I
)
# A town before the state or country it lies in: "Hunt, Texas, 80 miles northwest of San Antonio".
_TOWN_BEFORE_REGION = re.compile(r"(?:^|(?<=\s))(?P<town>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)*)\s*,\s*\Z")
_NEAR_END = re.compile(r"\bnear\s+(?:the\s+)?\Z", re.I)
_LEADING_PREPOSITION = re.compile(r"\A(?:In|At|Near)\s+(?=[A-Z])")
# The place a distance is of, right after it: "tremors more than 390 km away in Bangkok".
_AWAY_IN = re.compile(
    r"\s+away\s+in\s+(?:the\s+)?(?:(?:capital|city|town)\s+)?(?P<place>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)*)"
)
# The point a quake struck, named before a distance in its clause: the epicentre (of the quake), or an
# aftershock's.
_STRUCK_POINT = re.compile(r"\b(?:epicent(?:re|er)|(?:earth)?quakes?|aftershocks?)\b", re.I)
_STRUCK_REACH = 100  # characters before a distance searched for the point a quake struck
_STRUCK_CLAUSE_END = re.compile(r"[;:.!?]\s")
EPICENTRE = "epicentre"  # what a distance is of or from: the point a quake struck
AFTERSHOCK = "aftershock"


def _distance_ends(text: str, start: int, end: int) -> tuple[str, str | None]:
    """What the distance at start..end is of, as its counted thing ("distance of Kerr County", or "distance" where
    nothing says), and where it is measured from, as its scope: "Kerr County, 65 miles north of San Antonio"."""
    subject = _distance_subject(text, start, end)
    return (f"distance of {subject}" if subject else "distance"), _distance_from(text, end)


def _distance_subject(text: str, start: int, end: int) -> str | None:
    """What the distance at start..end is of: the place named right before it and a comma ("Kerr County, 60 miles
    north of San Antonio", "In Thailand, about 1,000 km from the epicentre", past an aside: "in Bangkok,
    Thailand's capital, 800 miles from ..."), or right after it ("390 km away in Bangkok"), else the quake's
    epicentre or an aftershock its clause names before it (`_struck_point`); None where none is. A place that ends
    an earlier distance's bearing ("16 km north of Sagaing, and 100 km ...") is not what the next one is of, nor
    one an epicentre was near ("the epicentre was near Mandalay, 16 km north of Sagaing")."""
    after = _AWAY_IN.match(text, end)
    if after is not None:
        return after.group("place")
    found = _DISTANCE_SUBJECT.search(text, max(0, start - 80), start)
    if found is not None:
        before = found.start("place")
        near_the_struck_point = (
            _NEAR_END.search(text, max(0, before - 12), before) is not None and _struck_point(text, start) is not None
        )
        place = _LEADING_PREPOSITION.sub("", found.group("place"))
        town = _TOWN_BEFORE_REGION.search(text, max(0, before - 40), before)
        if town is not None and _a_division(place):
            place, before = town.group("town"), town.start("town")  # "Hunt, Texas, 80 miles ...": Hunt's
        ends_a_bearing = _BEARING_END.search(text, max(0, before - 30), before) is not None
        if place and not (ends_a_bearing or near_the_struck_point or _NOT_NAME_START.match(place)):
            return place
    return _struck_point(text, start)


def _struck_point(text: str, start: int) -> str | None:
    """The quake's epicentre or an aftershock, whichever the clause before `start` names last ("the epicentre was
    17 km from Mandalay", "aftershocks struck 20 miles from Mandalay"); None where it names neither."""
    window = max(0, start - _STRUCK_REACH)
    breaks = list(_STRUCK_CLAUSE_END.finditer(text, window, start))
    struck = _STRUCK_POINT.findall(text, breaks[-1].end() if breaks else window, start)
    if not struck:
        return None
    return AFTERSHOCK if struck[-1].lower().startswith("aftershock") else EPICENTRE


def _distance_from(text: str, end: int) -> str | None:
    """Where a distance is measured from ("40 km from Arequipa", "65 miles north of Tarija"): distances from
    different places differ."""
    found = _FROM_PLACE.match(text[end : end + 80])
    if not found:
        return None
    if found.group("epicentre"):
        return EPICENTRE
    if found.group("named"):
        return found.group("named") if found.group("named").lower() in capitals() else None
    place = found.group("place")
    return place.rsplit("’s ", 1)[-1].rsplit("'s ", 1)[-1]


_MAGNITUDE_AFTER = re.compile(r"[ \u00a0-]?magnitude\b", re.I)
_RATIO_BEFORE = re.compile(r"\d/\Z")
_RATIO_AFTER = re.compile(r"/\d")
_CLOCK_BEFORE = re.compile(r"(?<![\d:])\d{1,2}(?::\d\d)?:\Z")  # "12:50", "12:50:30"
_CLOCK_AFTER = re.compile(r":\d\d(?!\d)")
_MAGNITUDE_BEFORE = re.compile(
    r"\b(?:magnitudes?|measuring|measured|registering|registered)(?:\s+(?:of|at))?[ \u00a0-]*(?:M\s?)?\Z"
    # a list of them: "earthquakes with magnitudes 7.7 and 6.4"
    r"|\bmagnitudes\s+(?:of\s+)?\d(?:\.\d+)?(?:\s*,\s*\d(?:\.\d+)?)*\s*(?:,|and|or)\s*\Z"
    r"|\bM\s?\Z"
    # "the magnitude of the first quake was 7.7", and after it "and the second was 6.6"
    r"|\bmagnitude\s+of\s+(?:the\s+)?(?:[a-z]+\s+)?(?:quake|earthquake|aftershock|tremor|temblor|shock)\s+(?:was|is)\s*\Z"
    r"|\bmagnitude\b(?:[^.;]|\.\d){0,80}\b(?:and|while|but)\s+(?:that\s+of\s+)?the\s+(?:first|second|third|other|latter|later|next)"
    r"(?:\s+(?:one|quake|shock))?\s+(?:was|is|at)\s*\Z",
    re.I,
)


_AGE_AFTER = re.compile(r"[ \u00a0-]years?[ \u00a0-]old\b", re.I)
_AGE_BEFORE = re.compile(r"\baged\s*\Z", re.I)
# A name of two words or more: an initial ("John F. Kennedy") or a nickname in quotes ("Richard ‘Dick’ Eastland")
# may stand inside it.
_NICKNAME = r"[‘'\"“][A-Z][\w-]*[’'\"”]\s+"
_NAME = rf"[A-Z][\w'’-]+(?:\s+(?:[A-Z]\.\s*|{_NICKNAME})?[A-Z][\w'’-]+)+"
_NAME_BEFORE = re.compile(rf"(?P<name>{_NAME})(?:\s*,|\s*\()\s*(?:aged\s+|an?\s+)?\Z")
_NICKNAMED = re.compile(
    r"(?<![\w'’-])(?P<given>[A-Z][\w'’-]+)\s+[‘'\"“](?P<nick>[A-Z][\w-]*)[’'\"”]\s+(?P<family>[A-Z][\w'’-]+)"
)


def nicknames(text: str) -> Iterator[tuple[str, str]]:
    """Each name a text tells with a nickname in quotes, as the name the nickname makes and the name itself, lower
    case: "Martin “Tiger” Bech" gives ("tiger bech", "martin bech"), so that an age of "Tiger Bech" is his."""
    for found in _NICKNAMED.finditer(text):
        family = found.group("family").lower()
        yield f"{found.group('nick').lower()} {family}", f"{found.group('given').lower()} {family}"


# A family name given after the person's age and kind, as Hong Kong and Chinese news do: "a 69-year-old woman
# surnamed Wong".
_SURNAMED_NAME = r"surnamed\s+(?P<name>[A-Z][\w'’-]+)"
_SURNAMED = re.compile(rf"\A(?:\s+[a-z][a-z-]*){{1,2}},?\s+{_SURNAMED_NAME}")
# The age of the youngest or oldest of a group: a record of the group, not one person's age ("the oldest was 97").
_EXTREME_AGE_BEFORE = re.compile(
    r"\b(?:the\s+)?(?:youngest|oldest|eldest)(?:\s+[a-z]+){0,5}\s+(?:was|is|were|being|,|at)?\s*(?:aged\s+|an?\s+)?"
    r"(?:(?:about|around|nearly|almost|some|roughly|just|only)\s+)?\Z",  # "the oldest known victim is about seventy"
    re.I,
)
_NOT_NAME_START = re.compile(r"\A(?:In|On|By|At|As|Of|For|From|Since|Until|After|Before|During|Across|Near)\b")
# A name of one word right before an age set off by a comma or in brackets: "Divyanshi (13)", "Doresha (32),",
# "Divyanshi, a 14-year-old schoolgirl"; many people are known by one name.
_ONE_NAME_BEFORE = re.compile(r"(?:\A|(?<=[\s,;:(]))(?P<name>[A-Z][a-z'’-]+)(?:\s*,|\s*\()\s*(?:aged\s+|an?\s+)?\Z")
# ... and right after "N-year-old", past a word or two of what the person is: "14-year-old Divyanshi", "18-year-old
# student Chinmayi"; not a place after a preposition ("a schoolgirl from Kannuru").
_ONE_NAME_AFTER = re.compile(
    r"\A\s+(?:(?!(?:from|in|at|of|near|to|with|and|or|the|a|an|on|by|for)\b)[a-z][a-z-]*\s+){0,2}"
    r"(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z]\b\.?){0,3})(?!\s*(?:[A-Z]|\())"  # with initials last: "Shravan K T"
)
_NAME_AFTER = re.compile(rf"\A[\w ,'’-]{{0,40}}?\b(?P<name>{_NAME})")
# A one-word name with its initials last right after the age: "22-year-old Shravan K T, a student of Ambedkar
# Medical College" is Shravan's age, not the college's.
_INITIALLED_NAME_AFTER = re.compile(r"\A\s+[A-Z][a-z'’-]+(?:\s+[A-Z]\b\.?){1,3}(?!\s*(?:[A-Z]|\())")
# A family name alone opening a clause before an age between commas: "..., Kovacs, 52, told reporters".
_FAMILY_NAME_BEFORE = re.compile(r"(?:\A|[,;:]\s+|[.!?]\s+)(?P<name>[A-Z][a-z'’-]+)\s*,\s*\Z")
# What may follow an age told after a name: "Ana Torres, 34," "Dalyce Curry, 95; Kim Winiecki, 77.", a list's "Nicole
# Ruiz, 28: a nurse who ..." and "- Kim Winiecki, 77 – Dover, Delaware" (not a clock's "10:30", nor the end of a
# tally, "... Pine Grove Hall, 2").
_AGE_CLOSE = re.compile(
    r"\A(?:\s*[,;)]|\s*:(?!\d)|\s*\.(?:\s|\Z)|\s+[–—-]\s(?!\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*,\s*\d))"
)  # a dash not before another "Name, figure": "North Carolina, 96 – South Carolina, 49" is a tally
# "Eastland was 74.", "Ortiz, who was 52 when ...": a named person's age as the whole predicate.
_NAME_WORD = r"[A-Z\u00c0-\u00de](?:[^\W\d_]|['’-])+"  # "Ruiz", "José", "McDonald", "Suazo-Sandoval"
_NAME_WAS = re.compile(
    rf"(?<![\w'’-])(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})(?P<who>,\s+who)?\s+(?:was|is)\s+(?:aged\s+)?\Z"
)
# Words that open a clause before its subject, never a name's: "When Luna Vell was 19 years old, ...".
_CLAUSE_OPENING = frozenset(
    {"when", "though", "although", "while", "because", "if", "as", "after", "before", "since", "once", "until"}
    | {"whereas", "and", "but", "so", "yet"}
)
_OF_ANOTHER_TIME = frozenset({"when", "after", "before", "since", "once", "until"})

_PRONOUNS = frozenset({"he", "she", "it", "they", "this", "that", "who", "which", "there", "here", "one"})
_WAS_CLOSE = re.compile(r"\A\s*(?:[.;]|,?\s+when\b|\Z)")
_WHO_WAS_CLOSE = re.compile(r"\A\s*(?:[.;,]|\s+when\b|\s+and\b|\Z)")  # "Brandt, who is 63, conceded"


def _age(text: str, number: NumberMatch, before: str) -> tuple[int, str | None] | None:
    """A person's age: "a 26-year-old student", "Ana Torres, 34,", "Torres (34)", "aged 83".

    Returns where the age ends and the name of whose age it is, when a name stands beside it.
    """
    if number.lower is None or number.lower != number.upper or not 0 < number.lower < 120:
        return None
    if number.lower != int(number.lower):
        return None
    if _EXTREME_AGE_BEFORE.search(before):
        return None  # "the youngest victim was one year old, the oldest 97": no one person's age
    named_before = _NAME_BEFORE.search(before)
    if named_before and (not _could_be_named(named_before.group("name")) or is_known_place(named_before.group("name"))):
        named_before = None  # "North Carolina, 96": a place's figure
    after = _AGE_AFTER.match(text, number.end)
    if after:
        if _of_a_thing(text[after.end() : after.end() + 60]):
            return None  # "a 93-year-old record"
        surnamed = _SURNAMED.match(text[after.end() : after.end() + 60])
        predicated = _subject_named(before)
        if surnamed is None and predicated is not None:
            return after.end(), _person_named(predicated)  # "Luna Vell was 49 years old and lived in Dover"
        initialled = _INITIALLED_NAME_AFTER.match(text[after.end() : after.end() + 30])
        follows = surnamed or (None if initialled else _NAME_AFTER.match(text[after.end() : after.end() + 60]))
        name = follows.group("name") if follows else (named_before.group("name") if named_before else None)
        return after.end(), _person_named(name or _one_name_before(before) or _one_name_after(text, after.end()))
    if _AGE_BEFORE.search(before):
        return number.end, _person_named(named_before.group("name") if named_before else None)
    closed = _AGE_CLOSE.match(text[number.end : number.end + 40]) is not None  # "Ana Torres, 34," ...
    if named_before and closed:
        return number.end, _person_named(named_before.group("name"))
    bracketed = _one_name_before(before) if before.rstrip().endswith("(") and _OF_PEOPLE.search(text) else None
    if bracketed and closed:
        return number.end, _person_named(bracketed)  # "Divyanshi (13), Doresha (32)"
    alone = _FAMILY_NAME_BEFORE.search(before)
    if alone and closed and _could_be_named_alone(alone.group("name")):
        return number.end, _person_named(alone.group("name"))  # "..., Kovacs, 52, told reporters"
    subject = _NAME_WAS.search(before)
    close = _WHO_WAS_CLOSE if subject and subject.group("who") else _WAS_CLOSE
    if subject and _could_be_named(subject.group("name")) and close.match(text[number.end : number.end + 12]):
        return number.end, _person_named(subject.group("name"))
    return None


_PLACE_WORD_BEFORE = re.compile(
    r"\b(?:in|at|from|near|of|to|on|across|outside|inside|into|around|throughout|within)\s+(?:the\s+)?\Z", re.I
)


# A sentence about people, where "Name (NN)" gives ages: not a scorecard's "Kohli (43) and Salt (16)".
_OF_PEOPLE = re.compile(
    r"\b(?:victims?|dead|died|killed|deceased|injured|identified|aged|survivors?|missing|names?|named|age|ages)\b", re.I
)


def _one_name_before(before: str) -> str | None:
    """A one-word name right before an age, where it may be a person's: "Divyanshi (13)", "Divyanshi, a
    14-year-old"; not a place, a day or a word of English ("Meanwhile, a 14-year-old")."""
    found = _ONE_NAME_BEFORE.search(before)
    if found is None or _PLACE_WORD_BEFORE.search(before, 0, found.start()):
        return None  # "In Velm, a 58-year-old woman": a place
    return found.group("name") if _could_be_named_alone(found.group("name")) else None


def _one_name_after(text: str, end: int) -> str | None:
    """A one-word name right after "N-year-old" and a word or two of what the person is: "18-year-old student
    Chinmayi"."""
    found = _ONE_NAME_AFTER.match(text[end : end + 60])
    if found is None or not _could_be_named_alone(found.group("name")):
        return None
    following = _WORD_RE.match(text, end + found.end("name") + 1)
    if (
        following is not None
        and "NOUN" in getAllLemmas(following.group(0).lower())
        and not following.group(0).endswith("ed")
    ):
        return None  # a word that says what the person is: "a 45-year-old Bengaluru resident", "Muslim man"
    return found.group("name").rstrip(".")


def _subject_named(before: str) -> str | None:
    """The name of the person an age told as the predicate is of, right before "was" or "is": "Luna Vell was", not
    a word that opens the clause before it ("When Luna Vell was")."""
    subject = _NAME_WAS.search(before)
    if subject is None:
        return None
    words = subject.group("name").split()
    while words and words[0].lower() in _CLAUSE_OPENING:
        if words[0].lower() in _OF_ANOTHER_TIME:
            return None  # "When Luna Vell was 19 years old, she joined": her age then, not now
        words = words[1:]
    name = " ".join(words)
    return name if words and _could_be_named(name) else None


# An age told by its decade, of the person named or meant just before: "Kovacs, who is in her late 40s,", "the
# driver, in his early 30s,", "a man in his mid-50s".
_DECADE_AGE = re.compile(
    r"(?:\bin\s+(?:his|her|their)\s+|(?<=\bwho is )in\s+|(?<=\bwho was )in\s+)"  # "who is in late 30s": no "his"
    r"(?:(?P<part>early|mid|late)[- ]?)?(?P<decade>[2-9]0)(?:'|\u2019)?s\b",
    re.I,
)
_DECADE_PARTS = {"early": (0, 3), "mid": (4, 6), "late": (7, 9), None: (0, 9)}
# Who the decade's age is of: a name right before it, across a comma and "who is/was".
_DECADE_OWNER = re.compile(rf"(?P<name>{_NAME}|[A-Z][a-z'’-]+)\s*,\s*(?:(?:who|whom)\s+(?:is|was|are|were)\s+)?\Z")


def _decade_ages(text: str) -> list[QuantityHit]:
    """'In her late 40s' is an age between 47 and 49, of the person named just before, if any."""
    hits = []
    for match in _DECADE_AGE.finditer(text):
        decade = int(match.group("decade"))
        low, high = _DECADE_PARTS[match.group("part").lower() if match.group("part") else None]
        owner = _DECADE_OWNER.search(text, max(0, match.start() - 60), match.start())
        name = owner.group("name") if owner is not None and _could_be_named_alone(owner.group("name")) else None
        quantity = Quantity(
            written=" ".join(match.group(0).split()),
            lower=decade + low,
            upper=decade + high,
            unit="years",
            counted=f"age of {_person_named(name)}" if name else "age",
            approximate=True,
        )
        hits.append(QuantityHit(match.start(), match.end(), quantity))
    return hits


def _could_be_named_alone(name: str) -> bool:
    """A name of one word or more that may be a person's (`_could_be_named`): a family name used alone after the
    first mention ("Kovacs, 52,") as much as a full one; a single word only where it is no word of English ("Now",
    "Overall" open their clause), no known place ("A man from Leeds, in his 40s,"), no day ("Mondays") and no
    word that is never an actor ("A.M.")."""
    word = name.strip()
    if not _could_be_named(word):
        return False
    return len(word.split()) > 1 or (
        not getAllLemmas(word.lower())
        and not is_known_place(word)
        and word not in NOT_ACTORS
        and not word.lower().startswith(WEEKDAYS)
    )


# The words after "N-year-old" up to the noun they lead to: "record", "stone bridge", "retired teacher".
_NOUN_PHRASE_AFTER = re.compile(r"\A\s+(?P<words>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})")
# Words that end that phrase besides prepositions, conjunctions (`FUNCTION_WORDS`) and verbs in an inflected form.
_PHRASE_ENDS = frozenset({"who", "whose", "that", "which", "have", "will"})


def _of_a_thing(after: str) -> bool:
    """Whether "N-year-old" tells the age of a thing ("a 93-year-old record", "a 100-year-old stone bridge"): the
    words after it, up to a verb, name a thing and nothing that in any sense is a kind of person ("climber" is an
    athlete too, "model" a helper)."""
    found = _NOUN_PHRASE_AFTER.match(after)
    if not found:
        return False  # "the 26-year-old said", "a 26-year-old Nepal national": a name or nothing follows
    words = []
    for word in found.group("words").split():
        if word in FUNCTION_WORDS or word in _PHRASE_ENDS or _inflected_verb(word):
            break  # "a 22-year-old fell"
        words.append(word)
    if not words or any(_may_be_a_person(w.split("-")[0]) for w in words):
        return False
    return _singular(words[-1]) in wordnet().first_kinds


def _inflected_verb(word: str) -> bool:
    """A verb in a form other than its own lemma: "fell", "crashed", "sank" (not "record" or "bridge")."""
    return any(lemma != word for lemma in getAllLemmas(word).get("VERB", ()))


def _may_be_a_person(word: str) -> bool:
    """A noun one of whose senses is a kind of person."""
    singular = _singular(word)
    return person_noun(singular) is not None or any(person_noun(k) for k in wordnet().kinds.get(singular, ()))


def person_in(text: str) -> str | None:
    """The one person a text names in full ("Rodney Nickerson"), whose age would be keyed as "age of rodney
    nickerson"; None when it names none or several, or only places."""
    mentions, people = _named_in_full(text)
    if len(people) != 1 or any(m.title or _SPEAKS.match(text, m.end) or _titled(text, m.start) for m in mentions):
        return None  # an official, or someone who speaks, is more likely the one telling of them
    return people.pop()


_SURNAMED_IN = re.compile(rf"\b{_SURNAMED_NAME}")


def person_introduced(text: str) -> str | None:
    """The one person a sentence introduces, whom a next sentence may call by an age alone ("A resident surnamed
    Okafor told reporters ... The 40-year-old said"): a family name given after "surnamed", else the one person it
    names in full; None for none or several."""
    surnamed = {m.group("name") for m in _SURNAMED_IN.finditer(text)}
    if surnamed:
        return _person_named(surnamed.pop()) if len(surnamed) == 1 else None
    people = _named_in_full(text)[1]
    return people.pop() if len(people) == 1 else None


def _named_in_full(text: str) -> tuple[list[Mention], set[str | None]]:
    """The mentions of people a text names in full (two words or more, not after a word of place), and whose names
    they are, as ages are keyed."""
    mentions = [m for m in find_mentions(text) if len(m.name.split()) >= 2 and _could_be_named(m.name)]
    people = {_person_named(m.name) for m in mentions if not _PLACE_WORD_BEFORE.search(text, 0, m.start)}
    return mentions, people


def _titled(text: str, start: int) -> bool:
    """Whether an office stands right before a name: "Paris prosecutor Laure Beccuau"."""
    words = _WORD_RE.findall(text[max(0, start - 40) : start])
    return bool(words) and words[-1].lower() in OFFICE_WORDS


_PLACE_WORD_BEFORE = re.compile(r"\b(?:in|at|near|from|to)\s+(?:the\s+)?\Z", re.I)
_SPEAKS = re.compile(r"[^.;]{0,60}?\b(?:said|says|told|tells|stated|states|recalled|added|announced|noted)\b")


def _could_be_named(name: str) -> bool:
    """A name that may be a person's, not a pronoun, a place or a body: "Eastland", not "He" or "Kerr County"."""
    words = name.split()
    return (
        _names_a_person(name)
        and words[0].lower() not in _PRONOUNS
        and not any(w.lower() in NOT_PERSON_WORDS for w in words)
        and not is_broad_place(name)
    )


def _names_a_person(name: str) -> bool:
    """Two or more capitalised words that open no phrase of place or time ("In Orange County", "On Tuesday")."""
    words = name.split()
    return not _NOT_NAME_START.match(name) and not any(w.strip(",.") in NOT_ACTORS for w in words)


_OFFICES_UNSTOPPED = frozenset(w.rstrip(".") for w in OFFICE_WORDS)  # "Lt." and "Lt" alike


_LEADING_WORDS = frozenset({"as", "in", "on", "by", "at", "of", "for", "from", "and", "the", "to", "with", "is", "was"})


def _person_named(name: str | None) -> str | None:
    """Whose age it is, lower-cased as written: "sudip neupane", or "eastland" where only a family name stands."""
    if not name:
        return None
    words = re.sub(rf"\s+{_NICKNAME}", " ", name).split()  # "Richard ‘Dick’ Eastland" is Richard Eastland
    while len(words) > 1 and words[0].lower().rstrip(".") in _OFFICES_UNSTOPPED:
        words = words[1:]  # "Firefighter Mateo Ruiz" is Mateo Ruiz
    while len(words) > 1 and words[0].lower() in _LEADING_WORDS:
        words = words[1:]  # "identified AS Divyanshi (13)": a word in capitals that opens no name
    return re.sub(r"['’]s$", "", " ".join(words)).lower()


def _magnitude_end(text: str, number: NumberMatch, before: str) -> int | None:
    """Where an earthquake magnitude ends ("7.7-magnitude", "magnitude 6.4", "measuring 7.0"), else None."""
    if number.lower is None or not 1 <= number.lower < 10 or number.lower != number.upper:
        return None
    after = _MAGNITUDE_AFTER.match(text, number.end)
    if after:
        return after.end()
    if re.match(r"\s+[a-z]+s\b", text[number.end :]):
        return None  # "registered 7 aftershocks": a count of them
    if _MAGNITUDE_BEFORE.search(before) and re.search(
        r"\b(?:quake|earthquake|aftershock|tremor|temblor|magnitude|seismic)", text, re.I
    ):
        return number.end
    return None


def _duration(text: str, end: int, before: str) -> tuple[int, float, float] | None:
    """How long something took: "lasted four minutes", "in just seven minutes", "a seven-minute heist".

    `end` is where the number (or range) ends; returns where the duration ends, its unit's length in seconds and
    the seconds a smaller unit after it adds ("spent three minutes and 58 seconds inside").
    """
    rest = text[end : end + 24]
    compound = _DURATION_COMPOUND.match(rest)
    if compound:
        return end + compound.end("unit"), _seconds(compound.group("unit")), 0.0
    after = _DURATION_AFTER.match(rest)
    if after and _DURATION_CUE.search(before):
        unit = _seconds(after.group("unit"))
        more = _DURATION_MORE.match(text, end + after.end())
        count = _count_of(more.group("count")) if more else None
        if more is None or count is None or _seconds(more.group("more")) >= unit:
            return end + after.end(), unit, 0.0
        return more.end(), unit, count * _seconds(more.group("more"))
    return None


def _count_of(written: str) -> float | None:
    return float(written) if written.isdigit() else words_to_number(written)


def _seconds(unit: str) -> float:
    word = unit.lower().rstrip("s")
    return DURATION_SECONDS[{"sec": "second", "min": "minute", "hr": "hour"}.get(word, word)]


def _apply_qualifier(value: float, low: float | None, high: float | None) -> tuple[float | None, float | None]:
    return (None if low is None else value * low, None if high is None else value * high)


# How far from a number its clause is read: words further away say nothing about it, and reading the whole of a
# long sentence for each of its numbers takes quadratic time.
CLAUSE_REACH = 300
_CLAUSE_BREAK = re.compile(r"[,;:—–()]")


def _clause_before(text: str, start: int) -> str:
    """The clause that ends at `start`, at most CLAUSE_REACH characters of it."""
    return _CLAUSE_BREAK.split(text[max(0, start - CLAUSE_REACH) : start])[-1]


def _clause_after(text: str, end: int) -> str:
    """The clause that starts at `end`, at most CLAUSE_REACH characters of it."""
    return _CLAUSE_BREAK.split(text[end : end + CLAUSE_REACH], maxsplit=1)[0]


def _is_year(number: NumberMatch, unit: str | None, partner: NumberMatch | None) -> bool:
    return (
        unit is None
        and partner is None
        and number.lower == number.upper
        and number.text.isdigit()
        and len(number.text) == 4
        and 1800 <= number.lower <= 2100
    )


_SUPERSEDED = re.compile(
    r"\b(?:up|down|rising|rose|climbed|increased|revised)? ?from\s+(?:about |around |at least )?\Z"
    r"|\b(?:up|down|rise|rising|rose|climbed|increase|increased|revised)\s+from\s+the\s+\Z"  # "an increase from the 43"
    r"|\b(?:up|down)\s+from\s+[\w,.]+\s+[a-z]+\s+and\s+\Z",  # "up from 18 adults and nine children"
    re.I,
)


# A figure that held until something changed it: "the toll stood at 28 for weeks until ...".
_HELD_BEFORE = re.compile(r"\b(?:stood|remained|held|hovered|stayed)\s+at\s+(?:about |around |at least )?\Z", re.I)
_HELD_UNTIL = re.compile(r"\A[^.;:,]{0,40}?\buntil\b", re.I)


# A figure named as an earlier one: "the previous number of confirmed fatalities before Saturday was 11", "the
# earlier toll of 11".
_EARLIER_COUNT = re.compile(
    r"\b(?:previous|earlier|former|prior)\s+(?:[\w-]+\s+){0,3}?(?:number|toll|count|figure|tally|total|estimate)s?\b"
    r"[^.;:]{0,50}?\b(?:was|were|of|stood\s+at|had\s+been)\s+(?:about\s+|around\s+|at\s+least\s+)?\Z",
    re.I,
)


def _superseded(text: str, start: int) -> bool:
    """'rose to seven from six', 'stood at 28 for weeks until ...', 'the previous toll was 11': the older figure is
    history, not a claim."""
    before = text[max(0, start - 30) : start]
    if _HELD_BEFORE.search(before) and _HELD_UNTIL.search(text[start:]):
        return True
    if _EARLIER_COUNT.search(text, max(0, start - 110), start):
        return True
    return (
        bool(_SUPERSEDED.search(before))
        and re.search(r"\b(?:rose|risen|climbed|increased?|jumped|fell|dropped|revised|up|down)\b", text, re.I)
        is not None
    )


# A number that names a step of a scale or series counts nothing: "a Category 5 hurricane", "Level 3 warnings",
# "a phase 2 trial".
_RANK_BEFORE = re.compile(r"\b(?:category|cat\.?|level|stage|phase|tier|grade|class|type|no\.|number)\s*\Z", re.I)
# Nor does one that names a road: "the Highway 39 bridge", "State Road 16", "FM 1340".
_ROAD_BEFORE = re.compile(
    r"\b(?:Highway|Hwy\.?|Route|Interstate|Freeway|Motorway|State\s+(?:Road|Route|Highway)|County\s+Road"
    r"|Farm[\s-]to[\s-]Market(?:\s+Road)?|Ranch\s+Road|Loop|Spur|FM|RM|SR|SH|CR)[^\S\n]*\Z"  # not across lines
)


# A number in digits that names a flight ("flight 171", "Flight AI 171"), or a model or flight after a name or code
# where a name or a craft follows it ("Boeing 787 Dreamliner", "the AI 171 plane crash", "a Corvane 737 jet").
_FLIGHT_BEFORE = re.compile(r"\b[Ff]light\s+(?:[A-Z]{1,3}[ \t-]?)?\Z")
_CODE_BEFORE = re.compile(r"(?<![\w'’.-])[A-Z][A-Za-z]*[ \t]\Z")
_CRAFT_AFTER = re.compile(
    r"-\d(?!\d)"  # a variant of the model: "Boeing 787-8"; not a range, "30-40", nor a measure, "500-MW"
    r"|[ \t](?:(?P<name>[A-Z][a-z]+)\b|(?:plane|jet|aircraft|airliner|helicopter|chopper|crash|flight|model|series)s?\b"
    r"|(?:accident|disaster|tragedy|incident|probe|investigation)\b)"  # "the AI 171 accident"; not "45 incidents"
)


def _names_a_model(number: NumberMatch, text: str, before: str) -> bool:
    """A number in digits that names a flight or a model and counts nothing: after "flight", or after a name or
    code that is no place where a name or a craft follows ("Boeing 787 Dreamliner", "the AI 171 plane crash"; not
    "told CNN 12 people", "In Velmar 12 died")."""
    if not number.text[:1].isdigit():
        return False
    if _FLIGHT_BEFORE.search(before):
        return True
    code = _CODE_BEFORE.search(before)
    craft = _CRAFT_AFTER.match(text, number.end)
    if code is None or not before[: code.start()].strip() or craft is None:
        return False  # a sentence's first word may be any word
    if craft.group(0)[0] not in " \t":  # a variant of a model, whatever names it: "the Air India 787-8"
        return len(number.text) >= 3 and not _UNIT_AFTER.match(text[number.end : number.end + CLAUSE_REACH])
    if craft.group("name") and getAllLemmas(craft.group("name").lower()):
        return False  # a headline's word after it: "Velmar Wildfire 12 Dead", "Quake 300 Homes Lost"
    name = code.group(0).strip()
    return not (name.lower() in FUNCTION_WORDS or name.lower() in MONTHS or _a_place(name))


def _inside_name(text: str, start: int, end: int) -> bool:
    """A digit that is part of a name or code ('SARS-CoV-2', 'Covid-19', 'F-16', 'G7') is not a quantity."""
    before = text[max(0, start - 1) : start]
    return bool(before) and (before.isalpha() or (before == "-" and start >= 2 and text[start - 2].isalnum()))


def _is_pronoun_one(number: NumberMatch, text: str) -> bool:
    """ "One" that counts nothing: a pronoun ("one of", "one who"), a moment ("at one point", "at one stage"), or
    no one at all ("no one died", "not one home was spared")."""
    if number.text.lower() != "one":
        return False
    if _NO_ONE.search(text, max(0, number.start - 5), number.start):
        return True
    following = _WORD_RE.match(text[number.end :].lstrip())
    at_one = _AT_ONE.search(text, max(0, number.start - 5), number.start)
    if following is not None and at_one and following.group(0).lower() in _MOMENTS:
        return True
    if following is not None and _THE_ONE.search(text, max(0, number.start - 5), number.start):
        word = following.group(0).lower()
        if word.endswith("ed") or word in _AFTER_THE_ONE:
            return True  # "a toll lower than the one given by local officials"
    return following is None or following.group(0).lower() in {
        "of",
        "who",
        "that",
        "thing",
        "way",
        "day",
        "another",
        "is",
        "was",
        "can",
        "could",
    }


_AT_ONE = re.compile(r"\b(?:at|for)\s+\Z", re.I)
_THE_ONE = re.compile(r"\bthe\s+\Z", re.I)
# What follows "the one" that stands for a thing named before: a participle or a preposition ("the one given by").
_AFTER_THE_ONE = frozenset(
    {"given", "made", "said", "told", "put", "set", "shown", "seen", "taken", "known", "by", "in", "at", "from"}
    | {"on", "for", "with", "which", "before", "after", "above", "below"}
)
_NO_ONE = re.compile(r"\b(?:no|not)[\s-]+\Z", re.I)
_MOMENTS = frozenset({"point", "stage", "time", "moment", "juncture"})
_AGES_BEFORE = re.compile(r"\bages\s+(?:of\s+)?(?:between\s+)?\Z", re.I)
_POPULATION_BEFORE = re.compile(
    r"\bpopulation(?:\s+of|\s*:)?\s+(?:(?:about|around|some|roughly|nearly|almost|more than|over|an estimated)\s+)?\Z",
    re.I,
)


_MORE_DEAD = re.compile(r"\s+(?:others|more)\b(?!\s+than)", re.I)
# Verbs before "the lives of" that say the lives were lost.
_DEATH_VERBS = frozenset(
    {"claimed", "claiming", "claims", "took", "taken", "taking", "cost", "costing", "lost", "losing"}
)


def _names_a_part(before_words: list[str]) -> bool:
    """Whether the words before a figure make it a part of another: "including 12", "including at least 12",
    "among them 12"; not "among the 26 who died", who are all of them."""
    words = _without_hedge(before_words)
    return (bool(words) and words[-1] in _INCLUDES - {"among"}) or words[-2:] == ["among", "them"]


# The hedges a figure may follow ("at least 27", "as many as 26"), in words.
_HEDGES = tuple(
    hedge.split()
    for hedge in (
        "at least", "more than", "fewer than", "less than", "up to", "as many as", "an estimated", "about", "around",
        "nearly", "almost", "roughly", "approximately", "some",
    )
)  # fmt: skip


def _without_hedge(before_words: list[str]) -> list[str]:
    """The words before a figure less the hedge that ends them: "killed at least" -> "killed"."""
    for hedge in _HEDGES:
        if before_words[-len(hedge) :] == hedge:
            return before_words[: -len(hedge)]
    return before_words


_LACKING = re.compile(r"\bmissing\s+\Z", re.I)  # "missing" right before a figure is the verb: "missing two wheels"


_NOT_ACCOUNTED_FOR = re.compile(
    r"\b(?:not|n[\u2019']t|unable|yet|failed)\b[^.;:]{0,25}?\baccount(?:ed)?\s+for\s+"
    r"(?:(?:at least|about|around|some|nearly|more than|over|another)\s+)?\Z",
    re.I,
)
# ... or after the people, and where they are from or were: "23 girls from Camp Mystic have not been accounted for".
# People "recovered" in a disaster are the bodies found: "28 adults and 15 children have been recovered", "ten
# people were later recovered from the river"; not those recovered alive, safe or from their injuries, nor "12
# patients recovered".
_RECOVERED_AFTER = re.compile(
    r"(?:\s+[a-z][\w'’-]*){1,2}(?:,?\s+and\s+(?:\d[\d,]*|one|a|an|two|three|four|five|six|seven|eight|nine|ten)"
    r"\s+[a-z][\w'’-]*)?\s+(?:(?:have|has|had)\s+)?(?:been|were|was|are)\s+(?:(?:later|also|now|so\s+far)\s+)?"
    r"recovered\b(?!\s+(?:alive|safe|safely|unharmed|uninjured|unhurt"
    r"|from\s+(?:their|his|her|the)\s+(?:injuries|wounds|illness)))",
)
# Bodies counted where they were taken or kept ("265 bodies had been brought to the city hospital", "110 bodies were
# kept at the institute", "the hospital has received 270 bodies"): where they lie, not how many died.
_BODIES = re.compile(r"\s+(?:dead\s+)?bodies\b", re.I)
_MOVED = (
    r"(?:(?:have|has|had)\s+)?(?:(?:been|were|was|are)\s+)?(?:(?:already|also|now|so\s+far)\s+)?"
    # kept or moved on where bodies lie, or brought to a hospital or morgue (not "taken from the rubble", "brought
    # ashore", "carried out of the building": recoveries)
    r"(?:(?:kept|shifted|transferred|handed\s+over)\b"
    r"|(?:brought|taken|sent|moved|carried|flown|reached)\s+(?:to\s+)?(?:the\s+|a\s+|various\s+|several\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?(?:hospitals?|morgues?|mortuar(?:y|ies)|facilit(?:y|ies)|institute|medical\s+college)\b)"
)
_BODIES_MOVED = re.compile(r"\s+(?:dead\s+)?bodies\s+" + _MOVED, re.I)
_OF_THEM_MOVED = re.compile(r"(?:\s+[a-z]+){1,2}?\s+" + _MOVED, re.I)  # "the bodies of 12 victims were taken to"
_RECEIVED_BEFORE = re.compile(
    r"\b(?:received|receiving|receives)\s+(?:(?:at\s+least|about|some|over|nearly|more\s+than)\s+)?\Z", re.I
)
# Those something spared, after "all but": "all but two were killed", "All but two people survived".
_ALL_BUT_BEFORE = re.compile(r"\b(?:all|everyone|everybody)\s+(?:but|except)\s+\Z", re.I)
# People all of whom a figure counts, whatever befell most of them: "killed almost all the 181 people on the
# aircraft", "a plane carrying 181 people".
_ROUGHLY = r"(?:(?:at\s+least|about|some|nearly|more\s+than|over|around)\s+)?"  # "carrying about 180 people"
_THE_WHOLE_BEFORE = re.compile(
    r"\b(?:(?:almost|nearly|virtually|practically)\s+all\s+(?:of\s+)?(?:the|those|its|their)"
    r"|carrying|carried)\s+" + _ROUGHLY + r"\Z",
    re.I,
)


def _all_the_people(after: list[re.Match[str]]) -> tuple[str, int] | None:
    """The people a figure of all of a group counts, named right after it, past words that describe them ("the 242
    people on board", "the camp's 750 young female campers"), and where their noun ends; None where a word right
    after them tells what befell them ("the 67 people killed": the dead, a toll)."""
    if not after or after[0].start() > 1:
        return None
    words = [match.group(0).lower() for match in after[:3]]
    k = next((k for k, word in enumerate(words) if _a_people_word(word)), None)
    if k is None or any("ADJ" not in getAllLemmas(word) for word in words[:k]):
        return None
    word = words[k]
    if len(after) > k + 1 and after[k + 1].group(0).lower() in _COUNTED_LOOKUP:
        return None
    if _two_kinds_of_people(word, after[k + 1 :]):
        return "people", after[k + 2].end()  # "all but two of the 181 passengers and crew on board"
    return _narrowing_word(after[:k], after[k].group(0)) + _noun_key(after[k].group(0)), after[k].end()


# What befell all of a group, told after it: "a helicopter carrying 5 people crashed, killing all on board", "all
# died", "killing everyone aboard".
_ALL_BEFELL = re.compile(
    r"\b(?:killing|killed|kills)\s+(?:all|everyone|everybody)\b(?!\s+(?:but|except)\b)"
    r"|\b(?:all|everyone|everybody)\s+(?:of\s+them\s+)?"
    r"(?:(?:on\s+board|aboard)\s+)?(?:died|perished|drowned|were\s+killed)\b",
    re.I,
)
_WITH_BEFORE = re.compile(r"\bwith\s+" + _ROUGHLY + r"\Z", re.I)
# A sentence that opens on the whole it takes a part of: "Of the 181 people on board, all but two were killed".
_OF_THE_WHOLE_OPENS = re.compile(r"\A\W*Of\s+(?:the|those|its|their)\s+(?:(?:at\s+least|about|some|nearly)\s+)?\Z")


def _whole_opens(text: str, start: int) -> bool:
    """Whether the figure at `start` opens its sentence as the whole a part is taken of, its phrase naming no
    casualty ("Of the 181 people on board, 179 died"; not "Of the 68 dead, 40 were adults")."""
    if not _OF_THE_WHOLE_OPENS.match(text, 0, start):
        return False
    comma = text.find(",", start)
    return comma >= 0 and _casualty_in(text[start:comma]) is None


# Those aboard counted by what they were doing: "Seven people aboard the plane were returning from a hunting trip"
# (not "were missing", "were being treated", nor a relative clause that describes them: "23 children who were
# attending the camp are missing"); a count of all aboard says where they were, not what they did.
_DOING_AFTER = re.compile(
    r"(?:\s+(?!who\b|that\b|which\b)[a-z][\w'’-]*){1,4}?\s+(?:were|was|are|is)\s+(?:all\s+|also\s+)?"
    r"(?!being\b|missing\b|including\b|trapped\b)[a-z]+ing\b"
)


def _names_people_first(after: list[re.Match[str]]) -> bool:
    """Whether the word right after a figure names people ("people", "campers"), not things ("magazines")."""
    return bool(after) and _a_people_word(after[0].group(0).lower())


# People who lived through it: "one passenger had miraculously survived", "two crew members survived".
_SURVIVED_AFTER = re.compile(
    r"\s+(?:(?:have|has|had)\s+)?(?:(?:miraculously|reportedly|only|also|somehow)\s+)?survived\b"
    # not what else befell them: "survived with minor injuries", "survived the blast but later died"
    r"(?![^.;]*\b(?:injur\w*|wound\w*|burns|but|later|died|dead|hospital))",
    re.I,
)
# Signs in a sentence that people recovered are alive: "recovered by the coast guard and taken to hospital",
# "30 survivors and 12 bodies", "treated for hypothermia", "with serious injuries", "two of them alive".
_ALIVE = re.compile(
    r"\b(?:alive|survivors?|survived|rescued|rescue|safe|safely|unharmed|unhurt|uninjured|hospital|hospitals"
    r"|hospitali[sz]ed|treated|treatment|injur\w*|wounded|resuscitat\w*|coast\s?guard|conscious|hypothermia)\b",
    re.I,
)


def _recovered_dead(text: str, after: list[re.Match[str]]) -> bool:
    """Whether people a sentence says were recovered are the dead: the word after the figure names people (not "12
    pistols and 40 magazines have been recovered"), and nothing in the sentence tells of the living."""
    return _names_people_first(after) and not _ALIVE.search(text)


_NOT_ACCOUNTED_AFTER = re.compile(
    r"(?:\s+(?:from|in|at|near|of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?"  # "from Camp Mystic"
    # past an aside on the place: ", a private Christian girls' camp,"; not a clause of its own (", but two ...")
    r"(?:\s*,(?!\s*(?:but|while|and|or|yet|whereas)\b)[^,;:.()]{1,60},)?"
    r"\s+(?:(?:have|has|had|are|were|is|was)\s+)?(?:still\s+)?not\s+(?:yet\s+)?(?:been\s+)?(?:fully\s+)?accounted\s+for\b",
    re.I,
)


def _people_end(text: str, end: int) -> int:
    """Where a figure's phrase ends when a noun for people follows it ("41 people"), else the figure's end."""
    found = re.match(r"\s+([A-Za-z]+)", text[end : end + 40])
    word = found.group(1).lower() if found else ""
    return end + found.end() if found and _a_people_word(word) else end


def _counted(text: str, start: int, end: int, unit: str | None) -> tuple[str | None, int]:
    """What the number counts: a casualty term near it, a measured thing for units, else the noun after it; for
    the whole value of a fact box's line ("Deaths: 24", "- Containment: 0%"), its label."""
    label = _LINE_LABEL.search(text, max(0, start - 60), start)
    if label is not None and _VALUE_ENDS.match(text, end):
        figure = text[start:end]
        return _counted_in_clause(f"{figure} {label.group('label')}", 0, len(figure), unit)[0], end
    next_label = _NEXT_LINE_LABEL.match(text, end)
    if next_label is not None:  # "Deaths last year: 310" above "Missing: 11": the next line's label is its own
        return _counted_in_clause(text[: next_label.start("line")], start, end, unit)
    return _counted_in_clause(text, start, end, unit)


# The label of a fact box's line, right before its figure: "Deaths: 24", "- Containment: 0%", "Structures
# destroyed: 12,000"; not "Deaths last year: 310" or "Missing since: 3 days ago".
_LINE_LABEL = re.compile(
    r"(?:^|\n)[ \t]*(?:[-\u2022*\u2013][ \t]*)?(?P<label>[A-Z][a-z]+(?:[ \t][a-z]+ed)?):[ \t]*"
    r"(?:(?:about|around|approximately|roughly|more than|over|nearly|at least)[ \t]+)?\Z"
)
# A figure that ends its line above another line of a fact box.
_NEXT_LINE_LABEL = re.compile(r"[ \t]*(?P<line>\n)[ \t]*(?:[-\u2022*\u2013][ \t]*)?[A-Z][a-z]+(?:[ \t][a-z]+){0,3}:")
# A figure that is the whole value of its line, or of its part before a comma or a bracket.
_VALUE_ENDS = re.compile(r"[ \t]*(?:[(,;]|\.(?=\s|\Z)|\n|\Z)")


# The people a figure counts by the state hospitals report them in: "16 were in a critical condition", "15 in
# critical condition", "28 are deemed serious cases", "seven critically injured", "five of the injured were in
# critical condition"; the count moves both ways as patients recover or die.
_CONDITION_AFTER = re.compile(
    r"(?:\s+(?:people|persons|others|patients|victims|of\s+them"
    r"|of\s+(?:the|those)\s+(?:injured|wounded|hurt|hospitali[sz]ed|patients|victims|survivors)"
    r"|were|are|was|is|remain|remained|remains|still"
    r"|listed|reported|now)"
    # past an aside on who they include: "Three people, including a child, were critically injured"
    r"|,\s+(?:including|among\s+them)\s+[^,;.()]{1,40},)*\s+(?:(?:in\s+(?:a\s+)?)?(?:(?:extremely|very|most)\s+)?"
    r"(?P<state>critical|serious|stable|grave|fair)\s+conditions?\b"
    r"|deemed\s+(?P<deemed>critical|serious|stable)\b(?:\s+cases?\b)?"
    r"|(?P<ly>critical|serious)ly\s+(?:injured|ill|wounded|hurt)\b)",
    re.I,
)
_CONDITIONS = {"grave": "critical"}
# A plural noun and how many they are, told after it: "the gunmen, numbering around 50,", "protesters, totalling
# some 2,000".
_NUMBERING_BEFORE = re.compile(
    r"\b(?P<noun>[a-z]+s|[a-z]*men|people|children),?\s+(?:numbering|totall?ing)\s+"
    r"(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|at\s+least\s+)?\Z",
    re.I,
)
CONDITION_COUNTS = frozenset(f"{state} condition" for state in ("critical", "serious", "stable", "fair"))


def _counted_in_clause(text: str, start: int, end: int, unit: str | None) -> tuple[str | None, int]:
    of_all = _PART_BEFORE.search(text, max(0, start - _LOOK_BEHIND), start) if unit in (None, "count") else None
    if of_all is not None and _befalling_verb(text[: of_all.start()]) is not None:
        # "killing 241 of the 242 people on board": the 242 are all those aboard, not the dead
        cut = of_all.start("of")
        stop = _WHOLE_PHRASE_END.search(text, end)  # "... of the 12 workers and injured three others"
        whole_phrase = text[cut : stop.start() if stop else len(text)]
        counted, counted_end = _counted_in_clause(whole_phrase, start - cut, end - cut, unit)
        return counted, counted_end + cut
    clause_after = _clause_after(text, end)
    after = list(_WORD_RE.finditer(clause_after))[: 8 if _OF_THE_AFTER.match(clause_after) else 6]
    clause_before = _clause_before(text, start)
    before_tokens = [m.group(0) for m in _WORD_RE.finditer(clause_before)][-15:]
    before_words = [word.lower() for word in before_tokens]
    if unit == "magnitude":
        return _quake_measured(text, start, before_words, [m.group(0).lower() for m in after]), end
    if unit and unit != "count":
        return _measured(unit, before_words, [m.group(0).lower() for m in after]), end
    numbering = _NUMBERING_BEFORE.search(text, max(0, start - _LOOK_BEHIND), start)
    if numbering is not None:  # "the gunmen, numbering around 50, stormed the market": 50 gunmen
        return _noun_key(numbering.group("noun")), end
    condition = _CONDITION_AFTER.match(text, end)
    if condition is not None:  # "16 were in a critical condition", "28 are deemed serious cases"
        state = (condition.group("state") or condition.group("deemed") or condition.group("ly")).lower()
        return f"{_CONDITIONS.get(state, state)} condition", condition.end()
    if _OF_A_WHOLE.match(text, end) and (verb := _befalling_verb(text[:start])) is not None:
        return _COUNTED_LOOKUP[verb], end  # "killing 241 of the 242 people on board": the dead are the 241
    if _ALL_BUT_BEFORE.search(clause_before):
        return None, end  # "all but two were killed": the two are those it spared, and how many died is not told
    all_of_them = (
        (
            of_all is not None  # "241 of the 242 people aboard have died": the 242 are all those aboard
            or _THE_WHOLE_BEFORE.search(clause_before)
            or _whole_opens(text, start)
            or (_WITH_BEFORE.search(clause_before) and _ABOARD.match(text[end:]))  # "with 242 people on board"
        )
        and not _ALL_BEFELL.search(text, end)
    )
    everyone = _all_the_people(after) if all_of_them else None
    if everyone is not None:  # "killed almost all the 181 people on board", "a plane carrying 181 people": all of them
        return everyone[0], end + everyone[1]
    if after and after[0].start() <= 1 and after[0].group(0).lower() in TIME_UNITS:
        return None, end  # "35 years ago", "three days": a span of time, never a toll
    if _AGES_BEFORE.search(text, max(0, start - 40), start):
        return None, end  # "children between the ages of 6 and 15": an age range, no count
    if _POPULATION_BEFORE.search(text, max(0, start - _LOOK_BEHIND), start) or before_words[-2:] == ["home", "to"]:
        return "population", end  # "Mandalay (population: 1.5 million)", "a city home to 1.2 million people"
    if _MORE_DEAD.match(text, end) and (_casualty_in(clause_after) == "killed" or _SUCCUMBED.search(clause_after)):
        return None, end  # "two others died on the way to hospital": more dead than a toll told before, not a toll
    if before_words[-2:] == ["the", "other"]:
        return None, end  # "the other nine deaths were in other counties": the rest of a toll, not the toll
    relative = _WHICH_STOOD_AT.search(text, max(0, start - _LOOK_BEHIND), start)
    if relative is not None and relative.group("what").lower() in _COUNTED_LOOKUP:
        return _COUNTED_LOOKUP[relative.group("what").lower()], end  # "the death toll, which stood at 18 on Sunday"
    if _NOT_ACCOUNTED_FOR.search(text, max(0, start - _LOOK_BEHIND), start):
        return "missing", _people_end(text, end)  # "officials could not account for 41 people": the missing
    if before_words[-1:] in (["the"], ["top"]) and after and _superlative(after[0].group(0)):
        return None, end  # "the 15 most destructive fires", "the two largest fires": how many a ranking takes
    partitive = _OF_THE_CASUALTIES.match(text, end)
    if partitive is None and _PLACED_AFTER.match(text, end):
        partitive = _OF_THE_CASUALTIES_BEFORE.search(text, max(0, start - _LOOK_BEHIND), start)
    if partitive is not None and _scope(text, end) is not None:
        # "five of the deaths were attributed to the Palisades Fire", "of the fatalities, 68 have occurred in Kerr
        # County": the dead of that place; without a place, "five of the dead were children" stay a part of them
        return _COUNTED_LOOKUP[partitive.group("what").lower()], end
    bodies_of = before_words[-2:] in (["remains", "of"], ["bodies", "of"]) and _OF_THEM_MOVED.match(text, end)
    if (
        bodies_of
        or _BODIES_MOVED.match(text, end)
        or (_RECEIVED_BEFORE.search(clause_before) and _BODIES.match(text, end))
    ):
        return None, end  # "265 bodies had been brought to the hospital": where bodies lie, not the toll
    kin = _known_through_kin(text, end, before_words, after)
    if kin is not None:  # "the families of four girls confirmed their children died": the dead girls
        return kin
    compound = _COMPOUND.match(text, end)
    if compound:  # "a 30-storey building": the number counts the storeys, whatever the sentence counts
        return _noun_key(compound.group("noun")), compound.end()
    counted_end = end
    through_of = False
    # "10 campers and one counselor remain missing": the second figure is a part of what befell them, not its count
    second = bool(_AND_BEFORE.search(text, max(0, start - _LOOK_BEHIND), start)) and _listed_after_figure(text, start)
    # "11 girls and one counselor remain missing": the 11 girls are a part of the missing, as are "10 missing girls
    # and one counselor"; the figure's words end at the girls
    part: tuple[str, int] | None = None
    of_kind: str | None = None
    for index, match in enumerate(after):
        word = match.group(0).lower()
        if word in _NEEDS_AFTER and not {m.group(0).lower() for m in after[index + 1 : index + 3]} & _NEEDS_AFTER[word]:
            break  # "four men pulled up outside": no one was pulled from anything
        if word == "of" and _of_the_people(after, index):
            continue  # "three of the construction workers": through "of the" and the words describing them
        if word == "affected" and index == 0 and len(after) > 1 and not _names_people(after[1].group(0).lower()):
            break  # "five affected provinces" counts provinces; "1,200 affected families" the affected
        if word in _COUNTED_LOOKUP:
            if part is None and index + 3 < len(after) and after[index + 3].group(0).lower() in UNITS:
                part = _joined_part(after, index + 3)
            if part is not None:
                return f"{_COUNTED_LOOKUP[word]} {part[0]}", end + part[1]
            if of_kind is not None:  # "three of the construction workers are still missing": the missing workers
                return f"{_COUNTED_LOOKUP[word]} {of_kind}", end + match.end()
            people = _people_after(after) if _names_a_part(before_words) else None
            if people is not None and people[0] != "people":
                # "five people including three tourists were injured": the injured tourists, a part
                return f"{_COUNTED_LOOKUP[word]} {people[0]}", end + match.end()
            return _COUNTED_LOOKUP[word], end + match.end()
        if part is None and word in UNITS and index > 1:
            part = _joined_part(after, index)
        if word == "fatally" and index + 1 < len(after):
            return "killed", end + after[index + 1].end()  # "two students were fatally struck", "fatally injured"
        if word == "lost" and [m.group(0).lower() for m in after[index + 1 : index + 3]][-1:] in (["lives"], ["life"]):
            return "killed", end + after[index + 2].end()  # "81 people have lost their lives"
        succumbed = _SUCCUMBED.match(text, end + match.start()) if word.startswith("succumb") else None
        if succumbed is not None:
            return "killed", end + match.start() + succumbed.end()  # "two passengers succumbed to their injuries"
        if word == "in" and index + 1 < len(after) and after[index + 1].group(0).lower() in ("hospital", "hospitals"):
            return "hospitalised", end + after[index + 1].end()
        # "nine of the victims died": through "of the" to the people and what befell them; but "eight of the
        # injured" are some of the injured, not their count
        of_the = word in ("the", "those") and index > 0 and after[index - 1].group(0).lower() == "of"
        if of_the and _casualty_named(after[index + 1 : index + 3]):
            break
        named = word in PEOPLE_NOUNS or (not second and (_names_people(word) or _joins_people(after, index)))
        if not (named or of_the or _describes_people(after, index) or _name_before_people(after, index)):
            break
        through_of = through_of or of_the
        if through_of and of_kind is None and word not in _ANYONE and _a_people_word(word):
            of_kind = _noun_key(word)  # some of a kind of people, a part of whatever befell them
        counted_end = end + match.end()
    some = _kind_of_casualties(text, start, end)
    if some is not None:  # "Sixty-eight died in Kerr County alone, 40 were adults": the dead adults, a part
        return some
    listed_befell = _befell_after_list(text, end)
    if listed_befell is not None and _OPENS_AS_SUBJECT.search(clause_before):
        return listed_befell  # "10 Mystic Camp campers and one camp counselor missing"
    if through_of:
        return None, end  # "three of the tourists were from Gujarat": some of a group, with nothing befalling them
    befell = (
        (
            _BEFELL_BEYOND.match(text, counted_end)
            or _BEFELL_AFTER_ASIDE.match(text, counted_end)
            or _BEFELL_AMONG.match(text, counted_end)
            or _BEFELL_STILL.match(text, counted_end)
            or _BEFELL_WHILE.match(text, counted_end)
        )
        if counted_end > end
        else None
    )
    if befell is not None:  # "five students from the college have died"
        return _COUNTED_LOOKUP.get(befell.group("what").lower(), "killed"), counted_end
    if counted_end > end and _NOT_ACCOUNTED_AFTER.match(text, counted_end):
        return "missing", counted_end  # "23 girls have not been accounted for"
    if _names_people_first(after) and _DOING_AFTER.match(text, end) and _ABOARD.match(text[end:]):
        return None, end  # "Seven people aboard the plane were returning from a hunting trip": some of those aboard
    if counted_end > end and _SURVIVED_AFTER.match(text, counted_end):
        return "survivor", counted_end  # "one passenger had miraculously survived": the survivors, not the passengers
    if counted_end > end and _RECOVERED_AFTER.match(text, end) and _recovered_dead(text, after):
        people = _people_after(after)  # "28 adults have been recovered": their bodies
        if people is None or people[0] in ("people", "victim"):
            return "killed", end + after[0].end()
        return f"killed {people[0]}", end + people[1]
    if _TAKEN_TO_HOSPITAL.match(text, counted_end):
        return "hospitalised", counted_end  # "five people were taken to hospital", "four were rushed to a hospital"
    if _sheltered(text, end, before_words):
        return "sheltered", _people_end(text, end)  # "1,100 people in emergency shelters", "taking refuge in shelters"
    listed = _listed_noun(text, end)
    if listed is not None:  # "150 DNA, fingerprint and hair samples"
        return _noun_key(listed.group("noun")), listed.end()
    if before_words[-2:] in _DEATHS_OF and after and _names_people(after[0].group(0).lower()):
        return "killed", end + after[0].end()  # "grieving the loss of 27 campers", "the deaths of 12 miners"
    befallen = _befallen_by_verb_before(before_words, after)
    if befallen is not None:  # "killing two students", "killed 50 Buddhist monks"
        return befallen[0], end + befallen[1]
    if counted_end > end and _BEFELL_SUFFERED.match(text, counted_end):
        return "injured", counted_end  # "six others sustained injuries"
    included = _kind_of_people_after(after) if _names_a_part(before_words) else None
    if included is not None and (casualty := _casualty_before(text, start)):
        return f"{casualty} {included[0]}", end + included[1]  # "79 were injured, including 12 firefighters"
    thing = _things_counted(after)
    if thing is not None and _two_kinds_of_people(thing.group(0).lower(), after[after.index(thing) + 1 :]):
        return "people", end + after[after.index(thing) + 2].end()  # "40 students and staff": all of them together
    if thing is not None:  # "the death toll between the two major wildfires": the wildfires are counted
        described_by = after[: after.index(thing)]
        counted = _members_of(described_by, _noun_key(thing.group(0)), after[after.index(thing) + 1 :])
        return _narrowing_word(described_by, thing.group(0)) + counted, end + thing.end()
    if before_words[-2:] in (["remains", "of"], ["bodies", "of"]):
        return "killed", counted_end  # "the remains of 13 victims" are of 13 dead
    for index in range(len(before_words) - 1, -1, -1):
        word = before_words[index]
        if word in _COUNTED_LOOKUP and _of_one_person(before_words[index + 1 : index + 3]):
            break  # "the dead man was 82", "the deceased woman, 82": what befell one person, not a count
        if word == "missing" and _LACKING.search(text, max(0, start - 12), start):
            break  # "a camp missing one entire side": what it lacks, not the missing
        if word in ("lives", "life") and not _DEATH_VERBS & {*before_words[max(0, index - 2) : index + 2]}:
            break  # "altering the lives of dozens": lives touched, not lost ("claimed the lives of 26", "lives lost")
        if _a_burial(before_words, index):
            break
        if word in _COUNTED_LOOKUP:
            if (_INCLUDES & set(before_words) or _split_in_two(text, start, end)) and (people := _people_after(after)):
                return f"{_COUNTED_LOOKUP[word]} {people[0]}", end + people[1]  # "the dead include 40 adults"
            return _COUNTED_LOOKUP[word], counted_end
        if word in {"and", "but", "while", "with", "plus"} and not _joins_names(before_tokens, index, clause_before):
            break  # "12 were killed and 20 injured"; but "deaths from the Palisades and Eaton fires rose to 25"
    phrase = after
    while after and _describes_people(after, 0) and after[0].group(0).lower() not in _PEOPLE_COUNTED:
        after = after[1:]  # "26 innocent tourists": the tourists are counted
    if after and (after[0].start() <= 1 or counted_end > end):
        words = [m.group(0) for m in after]
        single = text[start:end].strip().lower() in ("one", "1")
        found = _phrase_head(words) or _noun_after_name(words, single)
        if found is None and _continues_a_name(words, 0):
            return None, end  # a name, and no noun it names: "28,000 Los Angeles Department of ... customers"
        head = after[found or 0]
        word = head.group(0).lower()
        if word in _PEOPLE_COUNTED:
            casualty = _casualty_in(_up_to_next_figure(text, end, clause_before))
            if casualty and _PART_OF_SOME.search(text, max(0, start - 80), start):
                return None, end + head.end()  # "17 of the dead, including five children": a part of some of them
            if casualty:  # "including four children" in a sentence about a death toll: the dead children, a part
                kind = _noun_key(word)  # but "27 people are missing" are the missing themselves, and so are
                whole = kind == "people" and not _names_a_part(before_words)  # "among the 26 people who died"
                return (casualty if whole else f"{casualty} {kind}"), end + head.end()
        if len(word) > 1 and word not in _STOP_NOUNS and (word not in PEOPLE_NOUNS or word in _PEOPLE_COUNTED):
            # not a letter: "1350 S. Sepulveda Boulevard" is an address, "Article 370's" a name
            following = phrase[phrase.index(head) + 1 :]
            if _two_kinds_of_people(word, following):
                return "people", end + following[1].end()  # "181 passengers and crew": all of them together
            of_what = _members_of(phrase[: phrase.index(head)], _noun_key(word), following)
            counted = of_what + _interception(text, start, end)
            return _narrowing_word(phrase[: phrase.index(head)], word) + counted, end + head.end()
    return None, counted_end


def _two_kinds_of_people(word: str, following: list[re.Match[str]]) -> bool:
    """Whether a figure's people are named with the rest of their group, and no figure of its own: "181 passengers
    and crew", "40 students and staff" count everyone together (not "70 adults and 36 children", nor "nine diplomats
    and officials", still counted by the first)."""
    if len(following) < 2 or following[0].group(0).lower() not in ("and", "or"):
        return False
    if following[1].group(0).lower() not in ("crew", "staff", "personnel"):
        return False
    if following[0].string[following[0].end() : following[1].start()].strip():
        return False  # "230 passengers and 12 crew": the crew have a figure of their own
    return _a_people_word(word)


def _members_of(described_by: list[re.Match[str]], noun: str, following: list[re.Match[str]]) -> str:
    """Members, units and teams are counted with the words that say of what, before or after them: "10 cabin crew
    members" and "12 crew members" are two counts, and "12 members of the crew" is the second; "5 ODRAF units"
    and "three units of the NDRF" are two bodies' units."""
    if noun not in _MEMBERS:
        return noun
    nouns = [_singular(w.lower()) for w in (m.group(0) for m in described_by) if _names_what(w)]
    words = [m.group(0) for m in following[:3]]
    if not nouns and words[:1] == ["of"]:
        of_what = words[2:3] if words[1:2] == ["the"] else words[1:2]
        nouns = [_singular(w.lower()) for w in of_what if _names_what(w)]
    return " ".join([*nouns, noun])


_MEMBERS = frozenset({"member", "unit", "team", "squad"})


def _names_what(word: str) -> bool:
    """A word that says what members belong to: a noun ("crew", "Army") or a body's initials ("ODRAF")."""
    return "NOUN" in getAllLemmas(word.lower()) or (word.isupper() and len(word) > 1)


# Dying of one's injuries: "succumbed to their injuries", "succumbing to his wounds"; not "succumbed 3-1 to
# Marlow", "succumbed to temptation".
_SUCCUMBED = re.compile(
    r"succumb(?:ed|ing|s)?\s+to\s+(?:(?:his|her|their|the|its)\s+)?(?:\w+\s+)?(?:injuries|injury|wounds|burns)\b", re.I
)


# What befell people, after the verb that tells it: "have died", "were also rescued".
_AUXILIARY = r"(?:(?:have|has|had|were|was|are|is|remains?|remained)\s+)?(?:(?:been|also|all)\s+)?"
_COUNTED_WORDS = "|".join(sorted(map(re.escape, _COUNTED_LOOKUP), key=len, reverse=True))
# Where the people counted are from or were, then what befell them: "five students from the college have died".
_BEFELL_BEYOND = re.compile(
    r"\s+(?:from|in|at|on|near|inside)\s+(?:the\s+)?"
    # words of the place, not a clause joined after it: "pulled 160 people from the water and 27 remained missing"
    r"(?:(?!(?:and|or|but|while|whereas)\b)(?:[^\W\d_]|['’-])+\s+){0,4}?"
    rf"{_AUXILIARY}(?P<what>{_COUNTED_WORDS})\b",
    re.I,
)
# Past a short aside on the people counted: "two students, ages 8 and 10, were fatally struck", "three men, all
# fishermen, died", "one worker, Ana Ruiz, 35, remains missing".
_BEFELL_AFTER_ASIDE = re.compile(
    rf",\s+[^,;:.()]{{1,30}}(?:,\s+\d{{1,3}})?,\s+{_AUXILIARY}(?P<what>fatally|{_COUNTED_WORDS})\b", re.I
)


def _sheltered(text: str, end: int, before_words: list[str]) -> bool:
    """Whether the people counted are those housed in shelters, and nothing their clause says befell them ("an
    airstrike killed 12 people in a shelter", "police arrested 3 people at a shelter"), nor another group there
    ("40 volunteers at the shelter")."""
    found = re.match(r"\s+([A-Za-z]+)", text[end : end + 40])
    if found is None or found.group(1).lower() not in _SHELTERED_PEOPLE:
        return False
    if any(word in _COUNTED_LOOKUP for word in before_words) or _casualty_in(text[end:]):
        return False
    return _IN_SHELTERS.match(text, end + found.end()) is not None


# Who may be counted as sheltered: people at large, not those who work or serve in shelters.
_SHELTERED_PEOPLE = frozenset(
    {"people", "persons", "residents", "families", "individuals", "evacuees", "villagers", "others", "survivors"}
)
# People housed in shelters: "in emergency shelters", "were still taking refuge in shelters", "remain in
# evacuation centres".
_IN_SHELTERS = re.compile(
    r"(?:\s+(?:were|are|was|is|remain|remained|remaining|still|now|have|had|been|taking|took|sought|seeking|found"
    r"|taken|refuge|staying|stayed|housed|living|sheltering))*"
    r"\s+(?:in|at)\s+(?:(?:at\s+least|more\s+than|over|some|about)\s+)?(?:\d[\d,]*\s+)?"
    r"(?:(?:the|a|an|emergency|temporary|government|public|official|makeshift|state|active|designated|[a-z]+-run)\s+){0,2}"
    r"(?:shelters?|evacuation\s+cent(?:re|er)s?|relief\s+camps?)\b",
    re.I,
)
# Taken to hospital, after the people counted: "were taken to hospital", "have been rushed to a nearby hospital";
# not staff sent there ("to the hospital to help", "to hospital duty"), nor those who died there ("taken to
# hospital and later died", "where they were pronounced dead"), who are the dead.
_TAKEN_TO_HOSPITAL = re.compile(
    rf"\s+{_AUXILIARY}(?:taken|rushed|admitted|airlifted|transported|flown)\s+to\s+"
    r"(?:(?:a|an|the|local|nearby|area|several|two|three|various|different)\s+){0,2}hospitals?\b"
    r"(?!\s+(?:ship|duty|staff)|\s+to\s+(?:help|assist|treat|support|work|reinforce))"
    r"(?![^.;,]{0,40}?\b(?:and|but|where|after\s+which)\s+(?:they\s+|he\s+|she\s+)?(?:later\s+|were\s+|was\s+)?"
    r"(?:died|pronounced\s+dead|declared\s+dead|succumbed)\b)",
    re.I,
)
# Past what the people counted were doing, what befell them, told of them: "more than 20 girls attending a summer
# camp unaccounted for", "30 firefighters battling the blaze were injured"; not what their doing is of ("divers
# searching for bodies", "doctors treating injured people", "the blaze that killed three") nor what they did to
# others ("firefighters battling the blaze rescued 30 residents").
_BEFELL_WHILE = re.compile(
    r"\s+[a-z]+ing\s+(?:(?!the\s+(?:missing|dead|injured|wounded)\b)"
    r"(?!(?:said|says|told|and|but|that|who|which|where|whose|for|their|his|her|its)\b)[A-Za-z'’-]+\s+){0,4}?"
    r"(?:(?:were|was|are|is|have|has|had|remain|remains|remained)\s+(?:(?:been|also|still|all)\s+)?"
    rf"(?=(?:{_COUNTED_WORDS})\b)|(?=(?:died|perished|drowned|unaccounted|missing|dead)\b))"
    rf"(?P<what>{_COUNTED_WORDS})\b(?!\s+(?:\d|(?:a|an|the|their|his|her|its)\b))",
    re.I,
)
# What befell them, past an auxiliary and an adverb of time: "five campers are still missing".
_BEFELL_STILL = re.compile(rf"\s+{_AUXILIARY}(?:still|now|reportedly)\s+(?P<what>{_COUNTED_WORDS})\b", re.I)
# Some of the dead, then (in `_counted`) the place they were in: "five of the deaths were attributed to the
# Palisades Fire", "Of the fatalities so far, 68 have occurred in Kerr County".
_CASUALTY_NOUNS = r"(?P<what>deaths|dead|fatalities)"
# ... a verb that says where they were, right after: "were attributed to", "were found in", "have occurred in"
_IN_A_PLACE = (
    r"\s+(?:(?:were|was|have|has|had)\s+)?(?:(?:been|also|all)\s+)?"
    r"(?:attributed\s+to|(?:found|occurred|recorded|reported|registered)\s+(?:in|at)|in|at)\s"
)
_OF_THE_CASUALTIES = re.compile(
    rf"\s+of\s+the\s+(?:confirmed\s+|reported\s+)?{_CASUALTY_NOUNS}(?:\s+so\s+far)?{_IN_A_PLACE}", re.I
)
_OF_THE_CASUALTIES_BEFORE = re.compile(
    rf"\bof\s+the\s+(?:confirmed\s+|reported\s+)?{_CASUALTY_NOUNS}(?:\s+so\s+far)?\s*,\s*\Z", re.I
)
_PLACED_AFTER = re.compile(_IN_A_PLACE, re.I)
# A toll's figure in a clause on it: "Thailand's death toll, which stood at 18 on Sunday, ...".
_WHICH_STOOD_AT = re.compile(
    r"\b(?P<what>[a-z]+),\s+which\s+(?:had\s+|has\s+|now\s+)?(?:stood|stands|rose|climbed|reached|hit|was|is)"
    r"\s+(?:at\s+|to\s+)?(?:at\s+least\s+|about\s+|around\s+|nearly\s+|more\s+than\s+)?\Z",
    re.I,
)
# Hurt, told by what they suffered: "six others sustained injuries", "12 people suffered serious burns".
_BEFELL_SUFFERED = re.compile(
    rf"\s+{_AUXILIARY}(?:sustained|suffered|received)\s+(?!no\b|not\b)(?:[a-z-]+\s+){{0,2}}?(?:injuries|wounds|burns)\b",
    re.I,
)
# Counted among those something befell: "27 campers and staff were among the dead".
_BEFELL_AMONG = re.compile(
    # past a short aside on them, and a verb that says they were found so: "One camper, 8-year-old Ana Ruiz of Ohio,
    # was confirmed among the dead"
    r"(?:,\s+[^,;:.()]{1,40},)?"
    rf"\s+(?:and\s+[\w'’-]+\s+)?{_AUXILIARY}(?:(?:confirmed|found|listed|counted|identified)\s+)?"
    rf"among\s+(?:the|those)\s+(?P<what>{_COUNTED_WORDS})\b",
    re.I,
)

# The figure a part is included in is itself some of a group: "17 of the confirmed dead, including five children".
_PART_OF_SOME = re.compile(r"\b[\w,-]+\s+of\s+(?:the|those)\s+[^,.;:]{1,40},?\s+(?:including|among them)\s+\Z", re.I)


# A figure before a list of the kinds of one plural noun: "150 DNA, fingerprint, and hair samples".
_LISTED = re.compile(r"[ \u00a0](?P<kinds>[\w-]+(?:,\s+[\w-]+)+,?\s+(?:and|or)\s+[\w-]+)\s+(?P<noun>[a-z]+s)\b")


def _listed_noun(text: str, end: int) -> re.Match[str] | None:
    """The plural noun after a list of its kinds, none of which is a plural noun itself."""
    listed = _LISTED.match(text, end)
    if listed is None or not _plural_noun(listed.group("noun"), getAllLemmas(listed.group("noun").lower())):
        return None
    kinds = _WORD_RE.findall(listed.group("kinds"))
    return None if any(_plural_noun(w, getAllLemmas(w.lower())) for w in kinds) else listed


_COMPOUND = re.compile(r"-(?P<noun>[A-Za-z]+)\b(?!-)")


_INCLUDES = frozenset({"include", "includes", "included", "including", "among"})


_SPLIT_AFTER = re.compile(r"\A\s+[a-z]+\s+and\s+\d")
_SPLIT_BEFORE = re.compile(r"\d\s+[a-z]+\s+and\s+\Z")


def _split_in_two(text: str, start: int, end: int) -> bool:
    """A figure beside another, each of its own people: "the death toll was 15 children and 28 adults"."""
    return bool(_SPLIT_AFTER.match(text[end : end + 40]) or _SPLIT_BEFORE.search(text[max(0, start - 40) : start]))


def _kind_of_people_after(after: list[re.Match[str]]) -> tuple[str, int] | None:
    """A kind of people named right after a figure, past up to two words that describe them ("12 firefighters",
    "two Indonesian domestic helpers"), and where its noun ends; not people of no kind ("people", "victims")."""
    if not after or after[0].start() > 1:
        return None
    for match in after[:3]:
        word = match.group(0).lower()
        if _names_people(word) and word not in PEOPLE_NOUNS and _noun_key(word) not in ("people", "victim"):
            return _noun_key(word), match.end()
        if word in _COUNTED_LOOKUP or word in _NOT_DESCRIBING:
            return None
    return None


# Words that end the phrase after a figure before any noun of people could: "12 were hurt", "two and".
_NOT_DESCRIBING = frozenset({"and", "or", "of", "who", "were", "are", "was", "is", "have", "had", "has"})


def _people_after(after: list[re.Match[str]]) -> tuple[str, int] | None:
    """The people a figure counts, named right after it ("40 adults"), and where their noun ends."""
    if not after or after[0].start() > 1 or after[0].group(0).lower() not in _PEOPLE_COUNTED:
        return None
    return _noun_key(after[0].group(0)), after[0].end()


_DEATHS_OF = (
    ["loss", "of"],
    ["losses", "of"],
    ["deaths", "of"],
    ["death", "of"],
    ["killing", "of"],
    ["killings", "of"],
)


def _names_people(word: str) -> bool:
    """A noun for people of some kind ("campers", "pilots"), whatever befell them is what is counted; but not the
    perpetrators a story counts apart ("four assailants fled" are attackers, not evacuees)."""
    singular = _singular(word)
    return singular in person_nouns() and singular not in NOUN_SYNONYMS and singular not in _COUNTED_APART


_COUNTED_APART = frozenset({"attacker", "thief"})  # perpetrators: what befell them is no toll of the story


def _a_people_word(word: str) -> bool:
    """A word, in lower case, for people: one counted as such ("people", "others") or a noun for a kind of them."""
    return word in _PEOPLE_COUNTED or _names_people(word)


# "Of the" right after a figure, whose words take two more of those read after it: "three of the construction
# workers are still missing".
_OF_THE_AFTER = re.compile(r"\s*of\s+(?:the|those)\b", re.I)


# Nouns for people of no kind: "nine of the victims died" counts the dead, not some of them.
_ANYONE = frozenset({"people", "persons", "victims", "individuals", "others"})


def _of_the_people(after: list[re.Match[str]], index: int) -> bool:
    """Whether "of" at `index` opens "of the" and people within two words ("of the construction workers")."""
    words = [m.group(0).lower() for m in after[index + 1 : index + 4]]
    return words[:1] in (["the"], ["those"]) and any(_a_people_word(w) for w in words[1:])


def _joins_people(after: list[re.Match[str]], index: int) -> bool:
    """An "and" between two nouns for people ("27 campers and counselors died"), or the word-figure after it
    ("11 girls and one counselor remain missing": what befell them befell the 11)."""
    word = after[index].group(0).lower()
    if word in UNITS and index > 1 and after[index - 1].group(0).lower() == "and":
        return _joins_people(after, index - 1)
    if word != "and" or index == 0 or index + 1 >= len(after):
        return False
    following = after[index + 1]
    if following.start() != after[index].end() + 1:
        return False  # "and 30 adults" is another figure
    if following.group(0).lower() in UNITS and index + 2 < len(after):
        following = after[index + 2]
    return _names_people(following.group(0).lower())


def _casualty_named(words: list[re.Match[str]]) -> bool:
    """Whether the words after "of the" name casualties, hedged or not: "of the injured", "of the confirmed dead"."""
    lowered = [w.group(0).lower() for w in words]
    if lowered and lowered[0] in ("confirmed", "reported", "known", "identified"):
        lowered = lowered[1:]
    return bool(lowered) and lowered[0] in _COUNTED_LOOKUP


def _of_one_person(following: list[str]) -> bool:
    """Whether the words after a casualty word name one person: "the dead man was 82", "an injured driver, 45";
    not "16 missing person reports"."""
    if not following or following[0] not in person_nouns():
        return False
    return len(following) == 1 or following[1] in ("was", "is", "had", "has", "who", "aged")


# What befell the people of a list, told after its last noun, past what the figure's own words reach: "10 Mystic
# Camp campers and one camp counselor missing", "Ten campers and a counselor are still unaccounted for", "Two
# firefighters and a 67-year-old man have died".
_BEFELL_AFTER_LIST = re.compile(
    r"(?P<people>(?:\s+[A-Z][\w'’-]*){0,3}\s+(?P<noun>[a-z]+))\s+and\s+(?:one|a|an|\d+|two|three|four|five)\s+"
    rf"(?:[a-z][\w'’-]*\s+|\d{{1,3}}[- ]years?[- ]old\s+)??(?P<other>[a-z]+)\s+{_AUXILIARY}"
    rf"(?:(?:still|now|reportedly)\s+)?(?P<what>{_COUNTED_WORDS})\b"
)


# Where the people a figure counts open their clause, so that what the clause says befell them is said of them: at
# its start, or after "there are (still)", "with", "including", "left" ("the ambush left 3 soldiers and a policeman
# wounded"); not after a verb whose object they are ("militants killed 12 soldiers and a policeman was wounded").
_OPENS_AS_SUBJECT = re.compile(
    r"(?:\A|\b(?:there\s+(?:are|were|is|was|remain|remained)|with|including|leaving|left)\s+)"
    r"(?:(?:still|now|also|only|at\s+least|about|some|another|a\s+further)\s+)*\Z",
    re.I,
)


def _befell_after_list(text: str, end: int) -> tuple[str, int] | None:
    """What befell the people a figure counts when they lead a list of people ("10 campers and one counselor") and
    the words that tell it follow the list: the counted thing, a part of what befell them all, and where the
    figure's words end; else None."""
    found = _BEFELL_AFTER_LIST.match(text, end)
    if found is None or not all(_names_people(found.group(g).lower()) for g in ("noun", "other")):
        return None
    return f"{_COUNTED_LOOKUP[found.group('what').lower()]} {_noun_key(found.group('noun'))}", found.end("people")


def _joined_part(after: list[re.Match[str]], index: int) -> tuple[str, int] | None:
    """At the word-figure of "girls and one counselor": the people before it, keyed, and where their word ends."""
    if not _joins_people(after, index):  # at a word-figure, only after "and"
        return None
    people = after[index - 2]
    return _noun_key(people.group(0)), people.end()


_NUMBER_WORD = rf"(?:{'|'.join(sorted({*UNITS, *TENS}, key=len, reverse=True))})"
# How the whole is named after the part's "of": "of the", "of its", "of the town's", past a hedge on its figure.
_OF_WHOLE = (
    r"of\s+(?:(?:the|all|its|their|his|her)\s+)?(?:[\w'’-]+['’]s\s+)?"
    r"(?:(?:more\s+than|over|about|around|nearly|almost|some|roughly|(?:an\s+)?estimated|at\s+least)\s+)?"
)
# What befell a part of a group, told after the whole: "241 of the 242 people aboard flight AI171 have died".
# ("died", or a passive: "were killed"; not "the remains of 55 of the 67 people killed", where the verb names them).
_PART_BEFELL = re.compile(
    rf"\s+{_OF_WHOLE}(?:\d[\d,.]*|{_NUMBER_WORD})(?:\s+[\w'’-]+){{1,4}}?\s+"
    r"(?:(?:(?:have|has|had)\s+)?(?P<died>died|perished|drowned)"
    r"|(?:(?:have|has|had)\s+been|were|was|are)\s+(?:all\s+)?(?P<befell>killed|injured|wounded|hurt)"
    r"|(?:remain|remained|are|were|is|was)\s+(?:still\s+)?(?P<missing>missing|unaccounted))\b",
    re.I,
)
# A figure of all of a group, after the figure of a part of it: "241 of the 242 people on board".
_PART_BEFORE = re.compile(rf"(?:\d[\d,.]*|\b{_NUMBER_WORD}(?:-{_NUMBER_WORD})?)\s+(?P<of>{_OF_WHOLE})\Z", re.I)
_OF_A_WHOLE = re.compile(rf"\s+{_OF_WHOLE}(?:\d|{_NUMBER_WORD}\b)", re.I)
# Where the phrase naming the whole ends: "the 12 workers and injured three others".
_WHOLE_PHRASE_END = re.compile(r"[,;]|\s+(?:and|but|while|as)\s+")


# "The other" standing for the second of two: "asking the other why", "the other kept running".
_THE_OTHER = re.compile(r"\bthe other\b(?:\s+(?P<next>[a-z]+))?")


def _one_of_two(text: str, number: NumberMatch) -> bool:
    """ "One" set against "the other" later in its sentence picks one of two and counts nothing ("one pilot can be
    heard asking the other"); not where "the other" goes on to a noun ("on the other side", "the other hand")."""
    if number.text.lower() != "one":
        return False
    other = _THE_OTHER.search(text, number.end)
    if other is None:
        return False
    following = other.group("next")
    return following is None or following in _ASKED or "NOUN" not in getAllLemmas(following)


_ASKED = frozenset({"why", "what", "how", "where", "when", "whether", "if", "about", "to", "that"})


def _befalling_verb(before: str) -> str | None:
    """The counted term of the verb that ends `before`, past a hedge ("killing at least"), when it tells a toll
    ("killing", "injured"), else None: not "the coach pulled 3 of the 11 players", "forced 200 of the 350
    workers out of their jobs"."""
    verb = _verb_before([m.group(0).lower() for m in _WORD_RE.finditer(before[-_LOOK_BEHIND:])])
    return verb if verb is not None and _COUNTED_LOOKUP[verb] in CASUALTIES else None


def _verb_before(before_words: list[str]) -> str | None:
    """The counted term of the verb that ends the words before a figure, past a hedge ("killed at least 27
    campers"): "kills" as "killed"; None where they end on no such verb."""
    words = _without_hedge(before_words)
    written = words[-1] if words else ""
    verb = _as_counted_term(written)
    if _a_burial(words, len(words) - 1):
        return None
    return verb if verb is not None and "VERB" in getAllLemmas(written) else None


def _a_burial(words: list[str], index: int) -> bool:
    """Whether `words[index]` is "buried" told of those who bury the dead ("we buried 42 people this morning"), not
    of people buried by rubble."""
    return index > 0 and words[index] in ("buried", "burying") and words[index - 1] in _MOURNERS


# Those who bury the dead, before "buried": a burial, not people buried alive.
_MOURNERS = frozenset({"we", "they", "i", "he", "she", "families", "relatives", "villagers", "residents", "mourners"})


def _befallen_by_verb_before(before_words: list[str], after: list[re.Match[str]]) -> tuple[str, int] | None:
    """What befell people of any kind, told by the verb right before the figure ("killing two students"), and where
    the phrase that names them ends, after the figure."""
    verb = _verb_before(before_words)
    if verb is None or not after or after[0].start() > 1 or _COUNTED_LOOKUP[verb] == "affected":
        return None  # "outages affecting 80,000 customers": what the outage did to them is said elsewhere
    head = _phrase_head([m.group(0) for m in after])
    if head is None and after[0].group(0).lower() in _PEOPLE_COUNTED:
        head = 0  # "kills 67 people": "people" is no plural the lexicon knows
    if head is None:
        return None
    noun = after[head].group(0).lower()
    return (_COUNTED_LOOKUP[verb], after[head].end()) if _a_people_word(noun) else None


@lru_cache(maxsize=4096)  # asked of the word before each figure: a story's verbs recur
def _as_counted_term(verb: str) -> str | None:
    """The verb as written or in a form the counted terms hold: "kills" as "killed", "injures" as "injured"."""
    if verb in _COUNTED_LOOKUP:
        return verb
    for lemma in getAllLemmas(verb).get("VERB", ()):
        for tag in ("VBD", "VBN", "VBG"):
            form: str | None = next(iter(getInflection(lemma, tag=tag)), None)
            if form is not None and form in _COUNTED_LOOKUP:
                return form
    return None


def _things_counted(after: list[re.Match[str]]) -> re.Match[str] | None:
    """The plural noun right after a figure, when it names things rather than people: "two major wildfires"."""
    if not after or after[0].start() > 1:
        return None
    head = _phrase_head([m.group(0) for m in after])
    if head is None:
        return None
    word = after[head].group(0).lower()
    if len(word) < 2:
        return None  # a letter: "Article 370's"
    if word in PEOPLE_NOUNS or word in _PEOPLE_COUNTED or word in _STOP_NOUNS or word in _COUNTED_LOOKUP:
        return None
    return after[head]


def _plural_noun(word: str, readings: dict[str, tuple[str, ...]]) -> bool:
    """A noun in the plural; a word the lexicon lacks ("aftershocks") by the singular its rules make of it."""
    lower = word.lower()
    if "NOUN" in readings:
        return readings["NOUN"][0] != lower
    return not readings and lower.isalpha() and word.islower() and getLemma(lower, upos="NOUN")[0] != lower


def _continues_a_name(words: list[str], index: int) -> bool:
    """Whether the capitalised word at `index` runs on into a name: the next word is capitalised too, and is no
    day or month ("200 Palestinians Saturday") nor a word a headline capitalises ("300 Homes In Maui")."""
    if not words[index][:1].isupper() or index + 1 >= len(words) or not words[index + 1][:1].isupper():
        return False
    following = words[index + 1].lower()
    return following not in _CALENDAR_WORDS and following not in FUNCTION_WORDS


_CALENDAR_WORDS = frozenset({*WEEKDAYS, *MONTHS})


# Nouns whose plural is their singular, as a figure's head: "3,150 fire personnel", "12 aircraft".
_ZERO_PLURALS = frozenset(
    {"personnel", "aircraft", "spacecraft", "sheep", "deer", "cattle", "livestock", "species"}
    | {"crew", "staff", "police"}  # collectives counted by their members: "214 passengers and 11 crew capsized"
)


def _phrase_head(words: list[str]) -> int | None:
    """Where the noun phrase that opens `words` has its head: "natural pearls", "richly gem-encrusted pieces",
    "six Texas counties".

    The first plural noun after words that can modify one; None when no plural noun heads it.
    """
    for index, word in enumerate(words[:4]):
        if word.lower() in FUNCTION_WORDS:
            break  # "20 after rescue teams": a preposition opens another phrase
        readings = getAllLemmas(word.lower())
        if word.lower() in _ZERO_PLURALS and not _noun_follows(words, index):
            return index  # "3,150 fire personnel", "12 aircraft": a plural that looks like its singular
        if _plural_noun(word, readings) and not _continues_a_name(words, index):  # "28,000 Los Angeles ...": not "Los"
            return index
        participle = "VERB" in readings and word.lower().endswith(("ed", "en"))  # "nine stolen objects"
        name = word[:1].isupper() and index + 1 < len(words)  # a proper name that modifies: "six Texas counties"
        if not ({"ADJ", "ADV", "NOUN"} & readings.keys() or participle or name or ("-" in word and not readings)):
            break
    return None


def _noun_follows(words: list[str], index: int) -> bool:
    """Whether a lower-case noun follows the word at `index`, which then describes it ("12 aircraft carriers")."""
    following = words[index + 1] if index + 1 < len(words) else ""
    return following[:1].islower() and "NOUN" in getAllLemmas(following.lower())


def _noun_after_name(words: list[str], single: bool) -> int | None:
    """Where a noun follows the name that modifies it: "one Camp Mystic camper" counts a camper, not a camp. Two
    or more of a thing take its plural, so before a singular noun a number and a name are one name ("the 2 Road
    bridge")."""
    if not single:
        return None
    index = 0
    while index < min(len(words), 3) and words[index][:1].isupper():
        index += 1
    if 0 < index < len(words) and words[index][:1].islower() and "NOUN" in getAllLemmas(words[index].lower()):
        return index
    return None


# English prepositions and conjunctions, a closed class: none of them modifies a noun.
FUNCTION_WORDS = frozenset(
    re.findall(
        r"[a-z]+",
        "about above across after against along amid amidst among amongst around as at before behind below beneath "
        "beside besides between beyond but by despite down during except for from in inside into like near of off on "
        "onto out outside over past per since than through throughout till to toward towards under underneath unlike "
        "until up upon via with within without and or nor yet so because although though while whereas if unless "
        "when where once whether",
    )
)


def _name_before_people(after: list[re.Match[str]], index: int) -> bool:
    """Whether the word at `index` opens or continues a name of one or two words that describes the people after it:
    "five Camp Mystic campers", "ten Orsk students"."""
    for ahead in range(index, min(index + 3, len(after))):
        word = after[ahead].group(0)
        if not word[:1].isupper():
            return ahead > index and (word.lower() in _PEOPLE_COUNTED or _names_people(word))
    return False


def _describes_people(after: list[re.Match[str]], index: int) -> bool:
    """Whether the word at `index` is a word or two describing the people counted: "26 innocent tourists", "five
    medical students"."""
    following = [m.group(0) for m in after[index + 1 : index + 3]]
    word = after[index].group(0)
    people = [w.lower() in _PEOPLE_COUNTED or (w[:1].islower() and _names_people(w)) for w in following]
    if not any(people) or not word[:1].islower():
        return False
    # an adjective ("innocent"), or a noun right before the people's own ("police officers", "border guards")
    return _modifies(word) or (people[0] and "NOUN" in getAllLemmas(word.lower()))


TIME_UNITS = {
    "year",
    "years",
    "month",
    "months",
    "week",
    "weeks",
    "day",
    "days",
    "hour",
    "hours",
    "minute",
    "minutes",
    "second",
    "seconds",
    "decade",
    "decades",
    "century",
    "centuries",
}

# One name for things news counts under several: a train's cars, carriages and coaches; a collection's items,
# pieces and objects.
NOUN_SYNONYMS = {
    "car": "carriage",
    "coach": "carriage",
    "coache": "carriage",
    "wagon": "carriage",
    "house": "home",
    "dwelling": "home",
    "aircraft": "plane",
    "airplane": "plane",
    "jet": "plane",
    "vessel": "ship",
    "gunman": "attacker",
    "gunmen": "attacker",
    "militant": "attacker",
    "terrorist": "attacker",
    "assailant": "attacker",
    "perpetrator": "attacker",
    "shooter": "attacker",
    "robber": "thief",
    "burglar": "thief",
    "intruder": "thief",
    "inhabitant": "population",
    "piece": "item",
    "object": "item",
    "artefact": "item",
    "artifact": "item",
    "exhibit": "item",
    "kid": "children",
    "child": "children",
    "storey": "floor",
    "story": "floor",
    "level": "floor",
    "boat": "ship",
    "arrest": "arrested",  # "five new arrests" are five people arrested
    # a storm's central pressure, in whichever unit: "899 millibars", "952 mb", "940 hPa"
    "millibar": "pressure",
    "mb": "pressure",
    "mbar": "pressure",
    "hectopascal": "pressure",
    "hpa": "pressure",
}


_INTERCEPTED = re.compile(r"\b(?:intercepted|shot down|downed|destroyed|neutrali[sz]ed|repelled)\b", re.I)


def _interception(text: str, start: int, end: int) -> str:
    """Weapons shot down are a different count from weapons launched."""
    clause = _clause_before(text, start) + text[start:end] + _clause_after(text, end)
    return " intercepted" if _INTERCEPTED.search(clause) else ""


def _known_through_kin(
    text: str, end: int, before_words: list[str], after: list[re.Match[str]]
) -> tuple[str, int] | None:
    """People counted through their families ("the families of four girls at the camp confirmed their children
    died"): what befell them is what their sentence says befell the kin's own ("their children died", "both were
    killed"), not any casualty it tells of; nothing where a word after the people tells it ("students evacuated")."""
    if before_words[-2:] not in _KIN_OF and before_words[-3:] != ["loved", "ones", "of"]:
        return None
    if not after or after[0].start() > 1 or not _names_people(after[0].group(0).lower()):
        return None
    if len(after) > 1 and after[1].group(0).lower() in _COUNTED_LOOKUP:
        return None  # "the parents of 15 students evacuated from the school"
    told = _KIN_BEFELL.search(re.split(r"[.;:!?](?:\s|\Z)", text[end + after[0].end() :], maxsplit=1)[0])
    casualty = _COUNTED_LOOKUP.get(told.group("what").lower()) if told else None
    if casualty not in CASUALTIES:
        return None
    return f"{casualty} {_noun_key(after[0].group(0))}", end + after[0].end()


_KIN_OF = (["families", "of"], ["relatives", "of"], ["parents", "of"])


# What befell the people counted through their kin, said of them: "their children died", "both were killed".
_KIN_BEFELL = re.compile(
    r"\b(?:(?:their|the)\s+(?:children|child|daughters?|sons?|loved\s+ones|relatives?|husbands?|wives|wife|family"
    r"\s+members?)|they|both|all(?:\s+of\s+them)?)\s+(?:had\s+|have\s+|were\s+|was\s+)?(?:all\s+)?(?:been\s+)?"
    r"(?P<what>[a-z]+)\b",
    re.I,
)


# A figure that says what kind of people some of a toll were: "40 were adults and 28 were children"; the noun ends
# the phrase ("40 were volunteers sent to help" are not said to be among the dead).
_WERE_KIND = re.compile(r"\s+(?:were|are)\s+(?:all\s+)?(?P<noun>[a-z]+)(?=\s*(?:[,;.]|\s+and\b|\Z))")
# Nouns for anyone, or for people who are no part of a toll: not kinds of the dead or hurt.
_NOT_KINDS_OF_CASUALTIES = frozenset(
    {"people", "persons", "victims", "individuals", "casualties", "others", "survivors", "witnesses", "suspects"}
)


def _kind_of_casualties(text: str, start: int, end: int) -> tuple[str, int] | None:
    """After a toll told earlier in its sentence, a figure followed by "were" and a noun for people counts that
    kind of the casualties ("Of the dead, 40 were adults", "Sixty-eight died, 40 were adults"): `killed adult`; not
    a figure larger than the one told before it ("Of the 26 killed, 300 were tourists")."""
    found = _WERE_KIND.match(text, end)
    if found is None:
        return None
    noun = found.group("noun")
    if noun in _NOT_KINDS_OF_CASUALTIES or not _a_people_word(noun):
        return None
    counted = [_COUNTED_LOOKUP.get(w.lower()) for w in _WORD_RE.findall(text[:start])]
    nearest = next((c for c in reversed(counted) if c is not None), None)
    if nearest not in CASUALTIES:
        return None
    figure, earlier = find_numbers(text[start:end]), find_numbers(text[:start])
    if not figure or figure[0].lower is None:
        return None
    if earlier and (earlier[-1].upper is None or earlier[-1].upper < figure[0].lower):
        return None
    return f"{nearest} {_noun_key(noun)}", found.end()


def _casualty_before(text: str, start: int) -> str | None:
    """What befell the people counted nearest before `start` in its sentence ("79 people were injured, including
    12 firefighters": the injured)."""
    for word in reversed(_WORD_RE.findall(text[:start])):
        counted = _COUNTED_LOOKUP.get(word.lower())
        if counted in CASUALTIES:
            return counted
    return None


def _up_to_next_figure(text: str, end: int, clause_before: str) -> str:
    """A sentence up to a figure that opens a clause of its own after the one ending at `end`, whose clause has
    `clause_before` before it: what the words
    after that figure say befell people is said of its own ("Rescuers found 160 people and 27 remained missing":
    the 27 are the missing; but "five people including three tourists were injured" were all injured, and "Three
    adults and two children died" both subjects of one verb)."""
    following = find_numbers(text[end:])
    if not following:
        return text
    joint = _CLAUSE_JOINT.search(text, end, end + following[0].start)
    if joint is None:
        return text
    subject = _OPENS_AS_SUBJECT.search(clause_before) is not None
    if subject and len(text[end : joint.start()].split()) < 2:
        return text
    return text[: end + following[0].start]


# What opens a clause of its own: "and", "but", "while", a semicolon.
_CLAUSE_JOINT = re.compile(r"\b(?:and|but|while|whereas)\b|;", re.I)


@lru_cache(maxsize=16)  # asked once per count of people: a long sentence has many
def _casualty_in(text: str) -> str | None:
    for word in _WORD_RE.findall(text):
        counted = _COUNTED_LOOKUP.get(word.lower())
        if counted in CASUALTIES:
            return counted
    return None


_PEOPLE_COUNTED = {
    "people",
    "adults",
    "civilians",
    "children",
    "soldiers",
    "residents",
    "troops",
    "workers",
    "passengers",
    "tourists",
    "victims",
    "individuals",
}


def _measured(unit: str, before: list[str], after: list[str]) -> str | None:
    """What a measure measures, from the words nearest to it: a 'speed limit of 80 km/h', 'winds of 295 km/h'; a
    sum in any currency, money."""
    named = _measure_word(unit, before, after) or _MEASURED_BY_UNIT.get(unit)
    return named or ("money" if unit in _money_units() else None)


@lru_cache(maxsize=1)
def _money_units() -> frozenset[str]:
    """Every unit a sum is read in: by a currency's sign, its code or its name."""
    return frozenset(CURRENCY_SIGNS.values()) | currency_codes() | frozenset(_currency_names()[1].values())


# Measures of a length that say of nothing in particular what they measure: what the measured object's noun
# keys them by instead ("the 948-foot vessel", "the runway is 2,800 metres long").
_UNPLACED_MEASURES = frozenset({None, "length", "height"})
_DIMENSION_WORDS = {"long": "length", "high": "height", "tall": "height", "wide": "width", "deep": "depth"}
# A measure written before the noun it measures: "948-foot", "1.6-mile-long", "2,800-metre", "1.6 mile" (a unit in
# the singular after a number other than one is an adjective's).
_ADJECTIVE_MEASURE = re.compile(
    r"(?:-[a-z]+|\s(?:foot|metre|meter|mile|kilometre|kilometer|yard|inch)|\d\s?(?:m|km|ft|cm|mm))\Z"  # "2,800m runway"
)
_DIMENSION_WORD = "|".join(_DIMENSION_WORDS)  # "long|high|tall|wide|deep"
_DIMENSION_SUFFIX = re.compile(rf"[- ](?P<dim>{_DIMENSION_WORD})\b")
# The nouns after a measure written before them, past another measure joined to it ("a 1.6-mile-long, 185-foot-high
# steel structure") and past modifiers written with a hyphen ("the 2.6-km-long four-lane bridge").
_NOUN_AFTER = re.compile(
    rf"(?:,?\s+(?:and\s+)?[\d.,]+-[a-z]+(?:-(?:{_DIMENSION_WORD}))?\b)?"
    r"(?:\s+[a-z]+(?:-[a-z]+)+)?"
    r"\s+(?P<first>[a-z]+)(?:\s+(?P<second>[a-z]+))?\b(?!-)"
)
_OF_WATER = re.compile(r"\s+of\s+(?:water|mud|debris|seawater)\b", re.I)
# A name whose last word is what a measure after it is of: "the Francis Scott Key Bridge, a 1.6-mile-long".
_NAMED_BEFORE = re.compile(r"\b[A-Z][\w'’-]*\s+(?P<noun>[A-Z][a-z]+),\s+(?:a|an|the)\s+\Z")
# A measure told after its object: "The giant ship, 984 feet in length,", "the runway is 2,800 metres long".
_DIMENSION_AFTER = re.compile(
    rf"\s+(?:in\s+(?P<noun>length|height|width|depth)\b|(?P<dim>{_DIMENSION_WORD})\b(?![- ]range))", re.I
)
_MEASURING_VERB = (
    r"(?:is|was|are|were|measures|measured|measuring|stand|stands|stood|stretches|stretched|spans|spanned"
    r"|towers|towered)"
)
# The hedges a measure may be told with: "about 2 metres high", "more than 300 metres long".
_ABOUT = r"(?:(?:about|around|some|nearly|almost|roughly|approximately|over|more\s+than|less\s+than|just)\s+)*"
_OBJECT_BEFORE = re.compile(
    rf"\b(?:the|a|an|its|their|this|that)\s+(?:[a-z]+\s+)?(?!{_MEASURING_VERB}\b)(?P<noun>[a-z]+)"
    rf"(?:\s*,\s*(?:which\s+(?:is|was)\s+)?|\s+(?:that\s+|which\s+)?{_MEASURING_VERB}\s+|\s+)"
    rf"{_ABOUT}\Z",
    re.I,
)
# An object a measure is told of with "of", its dimension unsaid: "a runway of 2,800 metres".
_OBJECT_OF_BEFORE = re.compile(rf"\b(?:the|a|an|its|their)\s+(?:[a-z]+\s+)?(?P<noun>[a-z]+)\s+of\s+{_ABOUT}\Z", re.I)
# An object's dimension named before its measure: "the runway length is 2,800 m", "the length of the runway is".
_DIMENSION_OF_BEFORE = re.compile(
    r"\b(?:(?P<noun>[a-z]+)\s+(?P<dim>length|height|width)|(?P<dim2>length|height|width)\s+of\s+"
    rf"(?:the|its|their|a|an)\s+(?P<noun2>[a-z]+))\s+(?:is|was|of|stands\s+at|stood\s+at|at)\s+{_ABOUT}\Z",
    re.I,
)
# Nouns of a measure, a change or a part of a length, never an object: "a distance of 20 km", "a rise of 2 metres".
_NOT_OBJECTS = frozenset(
    {"distance", "radius", "range", "altitude", "elevation", "total", "maximum", "minimum", "average", "rise"}
    | {"drop", "fall", "increase", "decrease", "area", "extent", "stretch", "swath", "portion", "section", "part"}
    | {"record", "level", "peak", "crest", "depth", "speed", "gust", "gusts", "height"}
)


def _object_measured(text: str, start: int, end: int) -> str | None:
    """A length told of a named object, keyed by its dimension and the object's noun: "the 948-foot vessel" is
    "size of ship", "the 1.6-mile-long bridge" "length of bridge", "The giant ship, 984 feet in length," "length of
    ship". None where no object's noun is told with it ("fell 20 metres", "it is 4 metres tall")."""
    figure = text[start:end]
    adjective = _ADJECTIVE_MEASURE.search(figure)
    if adjective is not None:
        suffix = _DIMENSION_SUFFIX.match(text, end)
        dimension = _DIMENSION_WORDS[suffix.group("dim")] if suffix else "size"
        named = _NAMED_BEFORE.search(text, max(0, start - 60), start)
        if named is not None and _object_noun(named.group("noun")):
            noun: str | None = _noun_key(named.group("noun"))  # "the Key Bridge, a 1.6-mile-long steel structure"
        else:
            joined = "-" in adjective.group(0) or suffix is not None  # "948-foot", "30 m high": an adjective
            noun = _noun_phrase_head(text, suffix.end() if suffix else end, plain=not joined)
        if noun is not None:
            return _measure_named(dimension, noun)
    named = _DIMENSION_OF_BEFORE.search(text, max(0, start - 80), start)
    if named is not None:
        noun, dimension = named.group("noun") or named.group("noun2"), named.group("dim") or named.group("dim2")
        return _measure_named(dimension.lower(), _noun_key(noun)) if _object_noun(noun) else None
    after = _DIMENSION_AFTER.match(text, end)
    if after is None:
        told_of = _OBJECT_OF_BEFORE.search(text, max(0, start - 80), start)
        if told_of is None or not _object_noun(told_of.group("noun")):
            return None
        return _measure_named("size", _noun_key(told_of.group("noun")))
    dimension = after.group("noun").lower() if after.group("noun") else _DIMENSION_WORDS[after.group("dim").lower()]
    before = _OBJECT_BEFORE.search(text, max(0, start - 80), start)
    if before is None or not _object_noun(before.group("noun")) or _verb_in_the_past(before.group("noun")):
        return None  # "The river rose 3 metres high": a rise, no river's height
    return _measure_named(dimension, _noun_key(before.group("noun")))


def _noun_phrase_head(text: str, at: int, *, plain: bool = False) -> str | None:
    """The noun a measure before it is of: the head of one or two nouns ("vessel", "cargo ship"), with an adjective
    that opens them ("main span"); not a verb that follows the noun ("the 948-foot vessel lost power"), nor a word
    that may be an adverb or a preposition ("the 948-foot ship in the harbor"). `plain`: a figure written apart from
    the word after it ("2,800m runway", "300 ft above") measures it only where that word can be nothing but a noun
    (or a verb), never an adjective or an adverb ("800 m short", "1 mile home")."""
    found = _NOUN_AFTER.match(text, at)
    if found is None or not _object_noun(found.group("first")):
        return None
    first, second = found.group("first"), found.group("second")
    if plain and "ADJ" in getAllLemmas(first.lower()):
        return None
    if found.group("first").lower() in ("wall", "walls") and _OF_WATER.match(text, found.end("first")):
        return "wave"  # "a 30-foot wall of water": a wave
    if not second or _verb_in_the_past(second) or not _a_noun(second):
        return _noun_key(first)
    if not _object_noun(second):
        return None  # "the 290-ft cargo carrier": a head that may be a person's or a unit's, no object known
    # an adjective before the head names a part or a kind of it: "the 1,200-foot main span" is not the bridge's
    return f"{first} {_noun_key(second)}" if "ADJ" in getAllLemmas(first) else _noun_key(second)


def _verb_in_the_past(word: str) -> bool:
    """A verb's past or third-person form ("lost", "ends"), or a verb whose past is spelt as its base ("hit", "cut"):
    what follows a noun as its clause's verb ("a 4m wave hit the pier"), not a second noun ("cargo ship")."""
    return _inflected_verb(word) or ("VERB" in getAllLemmas(word) and word in getInflection(word, tag="VBD"))


def _measure_named(dimension: str, noun: str) -> str:
    """What a measure of an object counts: `dimension of noun`, or the measure word its noun is ("6-foot-high
    waves" are a wave height, as "waves of 6 feet" are)."""
    words = _OBJECT_MEASURE_WORDS
    plurals = getInflection(noun, tag="NNS")
    named = words.get(noun) or next((words[plural] for plural in plurals if plural in words), None)
    return named or f"{dimension} of {noun}"


_OBJECT_MEASURE_WORDS = MEASURE_WORDS["m"] | {"tsunami": "wave height"}  # "a 30 cm tsunami" is its waves' height


def _a_noun(word: str) -> bool:
    """A word that is a noun and never an adverb or a preposition ("in", "over", "yesterday", "uphill")."""
    lower = word.lower()
    readings = getAllLemmas(lower)
    return (
        len(lower) > 2  # "a height of 3 metres": no noun "a"
        and "NOUN" in readings
        and "ADV" not in readings
        and (lower in wordnet().first_kinds or _singular(lower) in wordnet().first_kinds)
    )


def _object_noun(word: str) -> bool:
    """A common noun an object may be named by: not a person, a unit, a span of time or a word of measure."""
    lower = word.lower()
    return (
        _a_noun(lower)
        and lower not in person_nouns()
        and lower not in UNIT_FACTORS
        and lower not in TIME_UNITS
        and lower not in _DIMENSION_WORDS
        and lower not in OBJECT_DIMENSIONS
        and lower not in _NOT_OBJECTS
    )


# What a measure measures when no word beside it says. Lengths, areas and shares are left unnamed: "26 feet" may
# be a river's height, a wall's or a distance, "11%" a share of anything, and an unnamed measure is never compared.
_MEASURED_BY_UNIT = {
    "km/h": "speed",
    "l": "volume",
    "magnitude": "earthquake magnitude",
    "s": "duration",
}


def _measure_word(unit: str, before: list[str], after: list[str]) -> str | None:
    """What the word nearest a measure names it, when one of its unit's measure words stands close by."""
    words = MEASURE_WORDS.get(unit, {})
    reach = 6 if unit == "%" else 2  # "containment jumped overnight from 15 to 27%"
    start = max(0, len(before) - 5 - reach)
    nearest_before = [(w, before[k + 1 : k + 2]) for k, w in reversed(list(enumerate(before)))][: len(before) - start]
    rise = next((k for k, (w, _) in enumerate(nearest_before) if w in _RISE_VERBS), len(nearest_before))
    # the two words before a verb of rising are what rose: "winds rose to", "the containment estimate jumped"
    candidates = [*((w, []) for w in after[:2]), *nearest_before[: rise + 3]]
    if unit == "km/h":  # past a storm's class to the storm, where nothing nearer names it: "185 mph Category 5 storm"
        candidates += [(w, []) for w in after[2:4] if w in _STORM_NOUNS]
    if unit == "%" and after[:1] == ["of"]:  # "51.2% of the vote": what it is a share of
        at = 2 if after[1:2] in (["the"], ["all"]) else 1
        counting = after[at + 1 : at + 2]
        if set(counting) & _COUNTING_WORDS and (counting != ["in"] or len(after) == at + 2):
            return None  # "with 95% of the vote counted", "with 95% of the vote in,": how far the count has gone
        candidates = [(w, []) for w in after[at : at + 1]] + candidates
    return next((words[w] for w, next_word in candidates if w in words and not _verb_sense(w, next_word)), None)


# What a share of the vote said after it tells how far the count has gone, not what a candidate won.
_COUNTING_WORDS = frozenset({"counted", "in", "reporting", "tallied", "processed", "verified", "declared"})


# Verbs by which something rose: a measure word further back than the two words before one names what made it
# rise, not what the figure after it measures ("pounding rain caused the water to swell some 26 feet" is the river's
# rise; "winds rose to 100 mph" are the winds).
_RISE_VERBS = frozenset(
    {"rise", "rises", "rose", "risen", "rising", "swell", "swells", "swelled", "swollen", "swelling", "climb"}
    | {"climbs", "climbed", "climbing", "surged", "surging", "soar", "soared", "soaring", "jumped", "raised", "lifted"}
)


# Measure words that are verbs as well, and the words after them that say the verb is meant: a river that "surged
# to 29 feet" rose, it is no storm surge.
_AS_A_VERB_BEFORE = {"surge": frozenset({"to", "by", "around", "about", "nearly", "almost", "roughly", "some"})}


def _verb_sense(word: str, next_word: list[str]) -> bool:
    return bool(next_word) and next_word[0] in _AS_A_VERB_BEFORE.get(word, ())


def _quake_measured(text: str, start: int, before: list[str], after: list[str]) -> str | None:
    """A magnitude is the main shock's or an aftershock's by the words next to it, else by the nearest of those
    words earlier in its sentence: "it triggered aftershocks, one measuring 6.4"."""
    near = _measure_word("magnitude", before, after)
    if near is not None:
        return near
    words = MEASURE_WORDS["magnitude"]
    earlier = [w.lower() for w in _WORD_RE.findall(text[:start]) if w.lower() in words]
    return words[earlier[-1]] if earlier else _MEASURED_BY_UNIT["magnitude"]


# Words before a noun for people that say where they come from: "two foreign tourists", "25 Indian tourists" are
# some of the tourists.
_ORIGIN_WORDS = frozenset({"foreign", "local", "domestic", "international", "overseas"})


def _narrowing_word(described_by: list[re.Match[str]], noun: str) -> str:
    """The word before the counted noun that makes its count some of all such things, and a space, else "": for
    people, where they come from ("foreign "); for anything, its size or state ("two major wildfires" are not all
    the wildfires, "the three active wildfires" not those put out)."""
    person = person_noun(noun) is not None
    words = [m.group(0).lower() for m in described_by]
    some = [w for w in words if w in _SOME_OF_THEM or (person and is_origin_word(w))]
    return f"{some[-1]} " if some else ""


def _superlative(word: str) -> bool:
    """ "most", "largest", "deadliest", "worst": an adjective's superlative, not "honest" or "interest"."""
    lower = word.lower()
    if lower in {"most", "least", "worst", "best"}:
        return True
    adjective = getAllLemmas(lower).get("ADJ")
    return lower.endswith("est") and adjective is not None and adjective[0] != lower


# Words before a counted noun that pick some of such things by their size or state.
_SOME_OF_THEM = frozenset(
    {"major", "minor", "large", "larger", "largest", "big", "bigger", "biggest", "small", "smaller", "main"}
    | {"active", "separate"}
)


def is_origin_word(word: str) -> bool:
    """A word that says where people come from: a demonym, or "foreign", "local" and their like."""
    return word.lower() in _ORIGIN_WORDS or word.lower() in demonyms()


def _noun_key(word: str) -> str:
    """What a counted noun is keyed by: its singular, under one name for common synonyms ("pieces" -> "item")."""
    lower = word.lower()
    if lower in demonyms():  # "Nepali", "Indians": no dictionary noun to lemmatise
        return lower.removesuffix("s") if lower.removesuffix("s") in demonyms() else lower
    singular = _singular(lower)
    return NOUN_SYNONYMS.get(singular, singular)


@lru_cache(maxsize=4096)
def _singular(word: str) -> str:
    """A noun's singular, from lemminflect's lexicon: "thieves" -> "thief"; for a word it lacks, by its rules
    ("aftershocks"), but never by the Latin "-i" plural, which only words it knows take ("fungi"): "Nepali" is
    one Nepali, not a plural of "nepalus"."""
    lemmas = getLemma(word, upos="NOUN")
    if not lemmas or (word.endswith("i") and not getAllLemmas(word)):
        return word
    return str(lemmas[0])


def person_noun(word: str) -> str | None:
    """The word as a noun for a kind of person, in the singular ("monks" -> "monk", "Muslims" -> "muslim"), else
    None."""
    lower = word.lower()
    forms = {lower, _singular(lower)}
    if lower.endswith("s"):
        forms.add(lower[:-1])  # "Muslims", a plural the lemmatiser does not know
    found = forms & person_nouns()
    return min(found) if found else None


# A sentence that says where the figures before it apply: "These numbers are just for the Mandalay region", "This
# data pertains solely to Sagaing", "The toll covers only Kerr County".
_SCOPE_RESTATED = re.compile(
    r"\A\W*(?:These|Those|The|This|That|All (?:these|the|those))\s+(?:\w+\s+)?"
    r"(?:numbers|figures|data|tolls?|tallies|tally|counts?|casualt(?:y|ies)|statistics|totals?)\s+"
    r"(?:\w+\s+)?(?:are|is|were|was|pertains?|pertained|appl(?:y|ies|ied)|covers?|covered|refers?|referred|relates?"
    r"|related)\s+(?:(?:only|just|solely|exclusively|specifically)\s+(?:(?:to|for|in)\s+)?|(?:to|for|in)\s+)"
    r"(?P<rest>.+)",
    re.I,
)


@lru_cache(maxsize=1024)  # asked for each count of the sentence before: a long one holds many
def scope_restated(sentence: str) -> str | None:
    """The place a sentence says the figures before it are for, or None."""
    restated = _SCOPE_RESTATED.match(sentence)
    return _scope(" in " + restated.group("rest"), 0) if restated else None


# A word for a toll, then the place it is of: "among the dead in Kerr County", "the death toll in hardest-hit
# Kerr County includes".
_TOLL_IN = {
    outcome: re.compile(
        r"\b(?i:" + "|".join(sorted(map(re.escape, COUNTED_TERMS[outcome]), key=len, reverse=True)) + r")\s+in\s+"
        r"(?:the\s+)?(?:[a-z]+(?:-[a-z]+)+\s+)?(?=[A-Z])"
    )
    for outcome in CASUALTIES
}


def scope_of_the_toll(before: str, outcome: str) -> str | None:
    """The place of the toll named before a part of it, with the place after its word: "Among the dead in Kerr
    County were 28 children" gives Kerr County."""
    clause = _clause_before(before, len(before))  # not a toll of an earlier clause: "those killed in X were ..., as"
    found = [*_TOLL_IN[outcome].finditer(clause)]
    return _scope(" in " + clause[found[-1].end() :], 0) if found else None


# Words that set a sentence's own frame, apart from the place of the sentence before: "Across the region, ...",
# "Separately, ...", "Elsewhere ...".
_OWN_FRAME = re.compile(
    r"\A\W*(?:across|throughout|nationwide|nationally|statewide|elsewhere|separately|overall|altogether|in\s+all"
    r"|in\s+total|meanwhile|in\s+other)\b|\b(?:across|throughout)\s+(?:the\s+)?(?:country|region|state|nation)\b",
    re.I,
)


def sets_its_own_frame(sentence: str) -> bool:
    """Whether a sentence says where its figures are of, apart from the sentence before ("Across the country, the
    dead include 60 children"; "Separately, ...")."""
    return bool(_OWN_FRAME.search(sentence) or SCOPE_WIDE.search(sentence))


def _scope(text: str, end: int, start: int | None = None) -> str | None:
    """Where a count applies, from the words after it in the same clause, else the place that reports it (when its
    `start` is given) or the place its sentence opens with; a country by its name, not its demonym."""
    place = _stated_scope(text, end, start)
    if place is None or place.startswith("wide:"):
        return place
    place = place.removesuffix("’s").removesuffix("'s")
    if place.split()[0].removesuffix("’s").removesuffix("'s") in _NOT_PLACES:
        return None
    listed = _LISTED_PLACES.split(place)
    if len(listed) > 1 and not _a_division(place):
        return joint_scope(listed)
    return demonyms().get(place.lower(), place)


_LISTED_PLACES = re.compile(r", (?:and )?| and ")


def joint_scope(places: Iterable[str]) -> str:
    """The scope of a figure of several places listed together, in one order whatever the text's: "Eaton and
    Palisades" for "the Palisades and Eaton fires"."""
    return " and ".join(sorted(set(places)))


# A clause after a figure that tells what was found since, whose place is where the finding was, not the figure's:
# "climbed to at least 27 after authorities found remains in the Palisades".
FOUND_AFTER = r"after\s+(?:[\w'\u2019]+\s+){0,5}?(?:found|recovered|discovered|located|retrieved|identified)\b"
FOUND_AFTER_PATTERN = re.compile(FOUND_AFTER, re.I)


# Where the clause a figure's scope is read from ends.
_SCOPE_CLAUSE_END = re.compile(
    r"[;:]| and (?=(?:\w+ ){1,3}(?:were|was|had|have|remain|remained)\b)| while | but "
    r"|,? including |,? of (?:whom|which) |,? among them |, with |[\u2014\u2013]"
    # what was found after a toll rose is where the finding was (`FOUND_AFTER`)
    rf"|\s(?={FOUND_AFTER})"
    # a place right after a bare figure that follows is that figure's: "29 lives, 17 in the Eaton Fire"
    r"|(?<![\d,.])(?=\d[\d,]*\s+(?:in|from|at|on)\s)"
    # another figure after a comma has a clause of its own: "109 dead in six counties, 161 missing in Kerr County",
    # "three deaths at sea, two in Jamaica"
    rf"|(?<!\d),\s+(?:and\s+)?(?=\d|(?:{'|'.join(sorted(UNITS, key=len, reverse=True))})\b)"
)


def _stated_scope(text: str, end: int, start: int | None = None) -> str | None:
    clause = _SCOPE_CLAUSE_END.split(text[end : end + CLAUSE_REACH], maxsplit=1)[0]
    aboard = _ABOARD.match(clause)
    if aboard:
        return ON_THE_GROUND if aboard.group("ground") else ABOARD
    died = _DIED_WHERE.match(clause)
    if died:
        return AT_THE_SCENE if died.group("scene") else IN_HOSPITAL
    if _TRAVELLERS.match(clause):
        return ABOARD  # those aboard, whatever the toll on the ground
    wide = SCOPE_WIDE.search(clause)
    local = SCOPE_LOCAL.search(clause)
    if wide and (local is None or wide.start() < local.start()):
        return "wide:" + (wide.group("wide") or wide.group("wide2") or "country").rstrip("’'s")
    if local:
        return _whole_name(clause, *local.span("place")) or local.group("place") or local.group("incident")
    origin = _ORIGIN.match(clause)
    if origin and _a_division(origin.group("place")):
        return origin.group("place")  # "five tourists from Gujarat": the ones from there, some of all
    reporter = _reported_by_place(text, start) if start is not None else None
    return reporter or _leading_scope(text, end)


# A place that reports a count as its own, right before the figure: "In Myanmar, 144 people died, while Thailand
# reported 10 fatalities", "Kerr County has confirmed 84 deaths".
_REPORTED_BY_PLACE = re.compile(
    r"\b(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)\s+(?:(?:has|have|had)\s+)?(?:(?:also|now|so\s+far)\s+)?"
    r"(?:reported|recorded|confirmed|registered|counted)\s+"
    # the second figure of what it reports: "reported 10 fatalities and 101 missing"
    r"(?:[\d,.]+\s+[a-z]+(?:\s+[a-z]+)?(?:,\s+|,?\s+and\s+))?"
    r"(?:(?:at\s+least|more\s+than|over|about|nearly|some|another|an\s+additional)\s+)?\Z"
)


# English words that open a clause before its subject (a closed class): "While Thailand reported ...".
_OPENERS = frozenset(
    {"while", "whereas", "as", "and", "but", "although", "though", "since", "after", "when", "where", "so", "yet"}
    | {"also", "neighbouring", "neighboring", "nearby"}
)


def _reported_by_place(text: str, start: int) -> str | None:
    """The country, division or county that reports the count starting at `start` as its own, else None."""
    found = _REPORTED_BY_PLACE.search(text, max(0, start - _LOOK_BEHIND), start)
    if found is None:
        return None
    words = found.group("place").split()
    while len(words) > 1 and "ADV" in getAllLemmas(words[0].lower()):
        words = words[1:]  # "Meanwhile Harris County reported": a sentence's adverb opens no place's name
    # the place may follow a word that opens the sentence ("While Thailand reported ..."), but not end another name
    # ("Air India confirmed ..." is an airline's word, not India's)
    for place in (" ".join(words[k:]) for k in range(len(words)) if all(w.lower() in _OPENERS for w in words[:k])):
        if place.lower() in capitals():
            return None  # "Tehran reported 610 deaths": a capital speaks for its government, not of itself
        if _a_division(place):
            return place
    place = " ".join(words)
    return place if _a_place(place) else None


def _whole_name(text: str, start: int, end: int) -> str | None:
    """The country or division of two joined names ("Jammu and Kashmir", "Trinidad and Tobago") that the name at
    `start`..`end` of `text` is cut from, where it is: the name read up to "and" ("Jammu", "India's Jammu"),
    whatever words before it qualify it. Neither word alone is a place of its own there."""
    if start < 0 or " and " not in text:
        return None
    for joined in joined_division_pattern().finditer(text, start, end + 60):
        if joined.start() < end <= joined.end():
            return joined.group(0)
    return None


# How big a fire has grown, said right before an area: "has since grown to over 400 acres", "had reached 23,707
# acres", "remained about the same size — an estimated 14,117 acres".
_GROWN_TO = re.compile(
    r"\b(?:(?:has|have|had)\s+)?(?:(?:since|now|already)\s+)?(?:grown|grew|spread|expanded|reached|swelled|ballooned)"
    r"(?:\s+to)?\s+(?:(?:over|more\s+than|nearly|about|almost|roughly|some|an\s+estimated|at\s+least)\s+)?\Z"
    r"|\bsame\s+size\W+(?:(?:about|roughly|some|an\s+estimated)\s+)?\Z",
    re.I,
)
_FIRE_WORD = re.compile(r"\b(?:fires?|blazes?|wildfires?|inferno)\b", re.I)


_CLAUSE_BEFORE_GROWTH = re.compile(r"[,;\u2014\u2013]|\band\s+the\b|(?<!\d):(?!\d)")


def _a_fires_growth(text: str, start: int) -> bool:
    """Whether an area with no word naming what it measures is how far a fire has grown, the fire named in the
    clause that says so ("the Eaton Fire ... has since grown to over 400 acres"; not "the fire burned 300 acres, and
    the nearby ranch has since grown to 5,000 acres")."""
    grown = _GROWN_TO.search(text, max(0, start - 60), start)
    if grown is None:
        return False
    reach = max(0, grown.start() - CLAUSE_REACH)
    breaks = list(_CLAUSE_BEFORE_GROWTH.finditer(text, reach, grown.start()))
    return bool(_FIRE_WORD.search(text, breaks[-1].end() if breaks else reach, grown.start()))


def _joins_names(words: Sequence[str], at: int, clause: str) -> bool:
    """Whether `words[at]` is an "and" between two names, with no figure before it in the `clause` the words are
    the last of: "the deaths from the Palisades and Eaton fires rose to 25"."""
    return (
        0 < at < len(words) - 1
        and words[at].lower() == "and"
        and words[at - 1][0].isupper()
        and words[at + 1][0].isupper()
        and not find_numbers(clause)
    )


# A toll said to be a place's, before its figure: "Thailand's death toll rose to 18", "Kerr County's toll, which
# stood at 107".
_TOLL_OF = re.compile(
    r"\b(?P<place>[A-Z][\w\u2019-]+(?:\s+[A-Z][\w\u2019-]+)*)['\u2019]s\s+(?:(?:overall|official|confirmed|total)\s+)?"
    r"(?:death\s+toll|toll|dead|deaths|fatalities|casualties|number\s+of\s+(?:dead|deaths|injured|missing|fatalities))\b",
)
_PLACE_WORD = re.compile(r"\A(?!The\s)\S.*\s(?:County|Province|Region|District|City|Parish|Prefecture)\Z")


def _toll_of(text: str, start: int) -> str | None:
    """The place a toll is said to be of before its figure, with no other figure between."""
    found = next(reversed(list(_TOLL_OF.finditer(text, max(0, start - _LOOK_BEHIND), start))), None)
    if found is None or find_numbers(text[found.end() : start]):
        return None
    place = found.group("place")
    return place if _a_place(place) else None


def _a_place(name: str) -> bool:
    """A country or first-level division, or a county, province, region, district or city by its name ("Kerr
    County"; not "The County")."""
    return _a_division(name) or _PLACE_WORD.search(name) is not None


def _a_division(place: str) -> bool:
    """A country or a first-level division, or a name joined to one by a hyphen ("Delhi-NCR", "Rhein-Main")."""
    name = place.lower()
    return name in divisions() or ("-" in name and any(part in divisions() for part in name.split("-")))


# Those aboard a plane, ship or train and those on the ground it hit are two counts, whatever the place: "241
# people aboard", "33 lives on the ground". Scopes, but no places: alignment never looks for them in a sentence.
ABOARD, ON_THE_GROUND = "aboard", "on the ground"
# Where the dead a figure counts died, told right after it: a toll is given as those who died at the scene and
# those who died in hospital ("51 people were found dead at the scene, while four died in hospital").
AT_THE_SCENE, IN_HOSPITAL = "at the scene", "in hospital"
NOT_PLACES = (ABOARD, ON_THE_GROUND, AT_THE_SCENE, IN_HOSPITAL)  # scopes alignment never looks for in a sentence
_DIED_WHERE = re.compile(
    r"\A(?:\s+[\w'’-]+){0,4}?\s+(?:died|dead|killed|perished|succumbed)(?:\s+[\w'’-]+){0,3}?\s+"
    r"(?:(?P<scene>at\s+the\s+scene|on\s+the\s+spot|on\s+site)|(?:in|at)\s+(?:a\s+|the\s+)?hospitals?)\b",
    re.I,
)
_ABOARD = re.compile(
    r"\A(?:\s+[\w'’-]+){0,3}?\s+(?:(?P<aboard>aboard|on\s?board"
    r"|on\s+(?:the|that|this)\s+(?:plane|aircraft|airliner|jet|flight|helicopter|train|bus|boat|ship|ferry|vessel)\b"
    r"(?!\s+(?:stop|station|depot|terminal|stand|route|driver|operator|company)\b))"
    r"|(?P<ground>on the ground))\b",
    re.I,
)


# The dead or hurt a figure counts as the people a craft carried: "among the 241 passengers killed", "the bodies of
# 32 passengers who were killed", "14 passengers and crew died".
_TRAVELLERS = re.compile(
    rf"\A\s+{_TRAVELLER}(?:\s+and\s+crew(?:\s+members?)?)?"
    r"\s+(?:(?:who|that)\s+)?(?:(?:were|was|have\s+been|had\s+been)\s+)?"
    r"(?:killed|dead|died|perished|injured|hurt|wounded|missing)\b",
    re.I,
)


# Where the people counted come from, named right after them: "five tourists from Gujarat".
_ORIGIN = re.compile(r"\s*(?:[a-z]+\s+){0,2}?from\s+(?P<place>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)*)")


_LEADING_SCOPE = re.compile(
    # after what the figures are according to, if the sentence opens with that: "According to the junta's data, in
    # Mandalay alone, the quake destroyed 1,591 homes"
    r"\A\W*(?:According to [^,;:.]{1,60},\s*)?"
    r"(?:(?P<wide>[Aa]cross|[Tt]hroughout) (?:the )?(?P<wplace>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*)"
    # a place of two joined names is one: "In Jammu and Kashmir, ..." (see `_leading_scope`)
    r"|(?:[Ii]n|[Nn]ear) (?:the )?(?:(?:neighbou?ring|nearby) )?"
    r"(?P<place>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*(?: and [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*)?)"
    # the rest of a place, apart from where the figures before were: "In other parts of Texas, 15 people died"
    r"|(?:(?:[Ii]n )?(?:other|the other|the rest of the|remaining) (?:parts|areas|regions|counties|districts) of"
    r"|[Ee]lsewhere in|[Tt]he rest of) (?:the )?(?P<rest>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*))"
    r"(?: alone| itself)?,"
)


# "the Eaton Fire", or "Palisades Fire:" in a list; not "The attack", "This fire" or "Saturday's blast"; nor a
# body that speaks ("Cal Fire said", "Cal Fire reports 31% containment"): its past tense speaks only before "that",
# since "the Palisades Fire reported at 10:30" is the fire ("Eaton Fire officials" are still the fire's).
_NAMED_INCIDENT = re.compile(
    r"(?<![\w’'-])(?<!ccording to )(?<!ccording to the )"  # a source of figures: "according to Cal Fire"
    r"(?:[Tt]he )?(?P<incident>(?:(?!(?:The|A|An|This|That|Its|Their|Our|Another)\b)"
    r"(?![A-Z][a-z]+day\b)[A-Z][\w-]+(?<![’']s) ){1,6}"  # a name of at most six words: a run of capitals is no name
    rf"(?i:{INCIDENT_NOUN}))\b"
    r"(?!\s+(?:said|says|reports|confirms|announces|estimates|states"
    r"|(?:reported|confirmed|announced|estimated|stated|noted|added)\s+that)\b)"  # not "the fire, reported at 6"
    + NOT_AN_OFFICE
)


def _incident_named_by(text: str, end: int) -> str | None:
    """The named incident a figure describes, right after it: "the 23,713-acre Palisades Fire"."""
    found = _NAMED_INCIDENT.match(text[end : end + 60].lstrip(" \u00a0"))
    return found.group("incident") if found else None


_OPENING_BRACKET = re.compile(r"\s*\(\s*\Z")


def _incident_bracketing(text: str, start: int) -> str | None:
    """The named incident a figure in brackets right after it is of: "the Palisades Fire (23,713 acres)"."""
    before = text[max(0, start - 80) : start]
    bracket = _OPENING_BRACKET.search(before)
    if bracket is None:
        return None
    named = [m for m in _NAMED_INCIDENT.finditer(before, 0, bracket.start()) if m.end() == bracket.start()]
    return named[0].group("incident") if named else None


def _incident_before(text: str, start: int) -> str | None:
    """The one named incident the clause before a figure is about: "the Eaton Fire was 27% contained", "the
    Palisades Fire has burned 23,448 acres". In a sentence of two fires, the one named last before the figure
    with no other figure between: "the Palisades Fire was at 11 percent and the Eaton Fire was at 15 percent"."""
    clause = _clause_before(text, start)
    found = list(_NAMED_INCIDENT.finditer(clause))
    if not found:  # most figures: the sentence is not searched at all
        return None
    if len(named_incidents(text)) == 1:
        return found[0].group("incident")
    last = found[-1]
    if re.search(r"\d", clause[last.end() :]):
        return None
    if len(found) > 1 and _JOINED.fullmatch(clause[found[-2].end() : last.start()]):
        return None  # "the Hollis Fire and the Ridge Fire together have burned": both
    return last.group("incident")


_JOINED = re.compile(r"\s*(?:,|and|or|&|as well as)\s*(?:the\s+)?", re.I)


# What only a fire or a storm has: its containment, the area it burned.
INCIDENT_MEASURES = frozenset({"containment", "area burned"})


def _incident_measured(text: str, counted: str | None) -> str | None:
    """The one named incident of a sentence, for a measure only an incident has: "The Eaton fire remained the same
    size, while the containment estimate jumped from 15 to 27%" is the Eaton Fire's containment."""
    if counted not in INCIDENT_MEASURES:
        return None
    named = named_incidents(text)
    return next(iter(named)) if len(named) == 1 else None


@lru_cache(maxsize=16)  # asked for each figure of a sentence that names an incident
def named_incidents(text: str) -> frozenset[str]:
    """The incidents a text names: "the Eaton Fire", "the Palisades Fire"."""
    return frozenset(m.group("incident") for m in _NAMED_INCIDENT.finditer(text))


def _leading_scope(text: str, end: int) -> str | None:
    """A sentence that opens with its place: "Across Ukraine, 11 people were killed"; "In other parts of Texas, 15
    people have been confirmed dead", the rest of Texas. The place holds up to the first semicolon."""
    found = _LEADING_SCOPE.match(text, 0, end)
    if not found or ";" in text[found.end() : end]:
        return None
    if found.group("wide"):
        return "wide:" + found.group("wplace")
    if found.group("rest"):
        return "rest of " + found.group("rest")
    place = found.group("place")
    if " and " in place and _whole_name(place, 0, len(place)) is None:
        return None  # two places, not one of two joined names
    return None if place.split()[0] in _NOT_PLACES else place
