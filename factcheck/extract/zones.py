"""Clock zones: how far a stated time's clock is from universal time.

A zone named by its abbreviation ("CDT", "CEST", "WITA": those of the IANA time zone database, and a few more news
writes) or as an offset ("UTC+5", "GMT-3") says it outright. Local time
("12:20 PM local time", or a time with no zone) is read on the clock of the one country its sentence names, by
name, demonym, capital or first-level division ("Sagaing", "Kyiv time"), from the IANA time zone database (the
tzdata package): a country whose zones all keep one offset on the day. A sentence that names no country, or two,
leaves local time unplaced.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from zoneinfo import ZoneInfo

from factcheck.extract.lexicon import country_named, country_seated_at
from factcheck.models import Source

# Abbreviations news writes after a clock time that the zone database does not (it writes "+07" for Bangkok), and
# the meaning of those it gives several clocks, their most common use in English-language news ("CST": also
# China's and Cuba's; "IST": India's, not Ireland's or Israel's); in minutes east of universal time, summer time
# its own abbreviation.
_NEWS_ABBREVIATIONS = {
    "utc": 0,
    "gmt": 0,
    "z": 0,
    "est": -300,
    "edt": -240,
    "et": -300,
    "cst": -360,
    "cdt": -300,
    "mst": -420,
    "mdt": -360,
    "pst": -480,
    "pdt": -420,
    "akst": -540,
    "akdt": -480,
    "hst": -600,
    "ast": -240,
    "bst": 60,
    "wet": 0,
    "west": 60,
    "cet": 60,
    "cest": 120,
    "eet": 120,
    "eest": 180,
    "msk": 180,
    "pkt": 300,
    "ist": 330,
    "npt": 345,
    "mmt": 390,
    "ict": 420,
    "wib": 420,
    "sgt": 480,
    "hkt": 480,
    "awst": 480,
    "jst": 540,
    "kst": 540,
    "acst": 570,
    "aest": 600,
    "aedt": 660,
    "nzst": 720,
    "nzdt": 780,
}


def _database_abbreviations() -> dict[str, int]:
    """The zone database's abbreviations of one clock each ("wita": 480, "sast": 120), from data/zones.tsv
    (built by scripts/build_zones.py)."""
    text = (resources.files("factcheck") / "data" / "zones.tsv").read_text(encoding="utf-8")
    table = {}
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        name, offsets = line.split("\t")
        minutes = {int(m) for m in offsets.split(",")}
        if len(minutes) == 1:
            table[name.lower()] = minutes.pop()
    return table


ABBREVIATIONS = _database_abbreviations() | _NEWS_ABBREVIATIONS
# North America's clocks news names in words ("5:30 a.m. Pacific time"), by a zone that keeps each.
NAMED_CLOCKS = {
    "pacific": "America/Los_Angeles",
    "mountain": "America/Denver",
    "central": "America/Chicago",
    "eastern": "America/New_York",
    "atlantic": "America/Halifax",
}
_OFFSET = re.compile(r"\A(?:utc|gmt)\s*(?P<sign>[+\-\u2212])\s*(?P<hours>\d{1,2})(?:[:.]?(?P<minutes>\d{2}))?\Z")
_CLOCK_NAMED = re.compile(r"\b[A-Z][\w'\u2019.-]*\s+time\b")
_CAPITALISED = re.compile(r"[A-Z][\w'\u2019.-]*(?:\s+(?:of\s+)?[A-Z][\w'\u2019.-]*){0,3}")


def utc_offset(zone: str | None, sentence: str, day: dt.date | None, home: str | None = None) -> int | None:
    """Minutes east of universal time of the clock a time in `sentence` is read on, or None when unknown; local time
    in a sentence that names no country is `home`'s (the country its article is about: `article_country`)."""
    key = " ".join((zone or "local").lower().strip("() ").split())
    if key == "ist" and country_in(sentence) not in (None, "IN"):
        return None  # Israel's or Ireland's standard time where the sentence names that country
    if key in ABBREVIATIONS:
        return ABBREVIATIONS[key]
    offset = _OFFSET.match(key)
    if offset is not None:
        minutes = int(offset.group("hours")) * 60 + int(offset.group("minutes") or 0)
        return -minutes if offset.group("sign") != "+" else minutes
    if key in ("local", "local time"):
        own = _CLOCK_NAMED.sub("", sentence)  # "11.47pm (8.17pm UK time)": the UK's is the other clock
        named = countries_in(own)
        code = named.pop() if len(named) == 1 else (home if not named and not _names_elsewhere(own, home) else None)
    elif key.endswith(" time"):  # "Kyiv time", "Myanmar time", "Alaska time", "Pacific time"
        name = zone.strip("() ")[: -len(" time")] if zone else ""
        regional = region_offset(name, day)
        if regional is not None:
            return regional
        code = _country_code(name)
    else:
        return None
    return country_offset(code, day) if code is not None else None


# Capitalised words of a sentence that name no place: a clock's words (and its zones, `ABBREVIATIONS`), days and
# months.
_NO_PLACE = frozenset(
    {"am", "pm", "a.m.", "p.m.", "time", "local", "hrs", "noon", "midnight"}
    | {day.lower() for day in calendar.day_name}
    | {month.lower() for month in calendar.month_name if month}
)


def _names_elsewhere(sentence: str, home: str | None) -> bool:
    """Whether a sentence names, past its first word, something capitalised that is no place of `home` and no
    clock's word: the flight that "departed Frankfurt at 10:05 a.m. local time" left on Frankfurt's clock, not on
    its story's country's."""
    first = _FIRST_WORD.match(sentence)
    for found in _CAPITALISED.finditer(sentence, first.end() if first else 0):
        words = [w.strip(" .,:;'\u2019").lower() for w in found.group(0).split()]
        if all(word in _NO_PLACE or word in ABBREVIATIONS for word in words):
            continue
        if _longest_name_code(found.group(0).split()) != home:
            return True
    return False


_FIRST_WORD = re.compile(r"\s*\S+")


def country_in(text: str) -> str | None:
    """The ISO code of the one country `text` names, by any of its names or its places; None for none or two."""
    codes = countries_in(text)
    return codes.pop() if len(codes) == 1 else None


def countries_in(text: str) -> set[str]:
    """The ISO codes of the countries `text` names, by any of their names or their places."""
    return set(_country_mentions(text))


def _country_mentions(text: str) -> list[str]:
    return [code for words in _capitalised_runs(text) if (code := _longest_name_code(words))]


def _capitalised_runs(text: str) -> list[list[str]]:
    """The runs of capitalised words of a text, each as its words, a run ending where a sentence does ("... South
    Africa. South African police" is two); parts of the world named by a bearing are none ("South America" names
    no country, nor "America" in it the United States)."""
    runs = (found.group(0) for found in _CAPITALISED.finditer(_WORLD_REGION.sub(" ", text)))
    return [part.split() for run in runs for part in _SENTENCE_END.split(run)]


_SENTENCE_END = re.compile(r"(?<=[a-z]{2}\.)\s+")  # after "Africa.", not after "U.S." or "St."


# Parts of the world named by a continent and a bearing: "South America", "Southeast Asia", "the Middle East".
_WORLD_REGION = re.compile(
    r"\b(?:(?:North|South|Central|Latin)\s+America|(?:South|Southeast|South-East|East|Central|West)\s+Asia"
    r"|(?:North|East|West|Central|Southern|Northern|Eastern|Western)\s+Africa"  # not the country South Africa
    r"|(?:North|South|East|West|Central|Southern|Northern|Eastern|Western)\s+Europe|Middle\s+East|Far\s+East)\b"
)


ARTICLE_COUNTRY_SHARE = 0.6  # the least share of an article's mentions of countries one country takes to be its own
STORY_COUNTRY_SHARE = 0.6  # the least share of a story's articles about one country for that to be the story's


def with_countries(sources: Sequence[Source]) -> list[Source]:
    """The sources, each about the story's country given it (`Source.country`): the country most of the story's
    articles are about (`article_country`: at least `STORY_COUNTRY_SHARE` of those about one, and two), given only
    to the articles about it. An article about another country, or a story of several, reads no local time."""
    homes = {source.path: _source_country(source) for source in sources}
    top = _most_of([home for home in homes.values() if home is not None], STORY_COUNTRY_SHARE)
    if top is None:
        return list(sources)
    return [s.model_copy(update={"country": top}) if homes[s.path] == top else s for s in sources]


def _most_of(codes: list[str], share: float) -> str | None:
    """The code that is at least `share` of `codes`, and two of them, else None."""
    top = max(set(codes), key=codes.count) if codes else None
    return top if top is not None and codes.count(top) >= max(2, share * len(codes)) else None


def _source_country(source: Source) -> str | None:
    """`article_country` of a source's body (past its front matter), with its wire dateline where it has one."""
    dateline = source.text[source.body_start : source.dateline_end] if source.dateline_end else ""
    return article_country(source.text[source.body_start :], dateline)


@lru_cache(maxsize=256)
def article_country(text: str, dateline: str = "") -> str | None:
    """The country an article is about, whose clock its local times are read on: the one its dateline names
    ("LISBON, Portugal (AP) -"), else the one that takes most of its mentions of countries (at least
    `ARTICLE_COUNTRY_SHARE` of them, and two), by name, demonym, capital or first-level division, and named as a
    country at least once. A headline naming one people ("Indian pilgrims die as bus plunges") decides nothing."""
    placed = country_in(dateline) if dateline else None
    if placed is not None:
        return placed
    top = _most_of(_country_mentions(text), ARTICLE_COUNTRY_SHARE)
    # named as a country at least once: a division's name alone may be another country's place ("Santa Ana")
    return top if top is not None and top in _countries_named(text) else None


def _countries_named(text: str) -> set[str]:
    """The codes of the countries `text` names by a name, a demonym or a capital (not by a division)."""
    found = (_longest_name_code(words, divisions=False) for words in _capitalised_runs(text))
    return {code for code in found if code is not None}


def _longest_name_code(words: list[str], *, divisions: bool = True) -> str | None:
    """The code of the longest run of `words` that names a country or a place in one: "South Sudan", not "Sudan";
    without `divisions`, by a country's name, demonym or capital only."""
    runs = (" ".join(words[k : k + size]) for size in range(len(words), 0, -1) for k in range(len(words) - size + 1))
    return next((code for run in runs if (code := _country_code(run, divisions=divisions))), None)


def _country_code(name: str, *, divisions: bool = True) -> str | None:
    name = _POSSESSIVE.sub("", name.strip(" .,'\u2019"))  # "Russia's" names Russia
    if name.lower() in _names_of_two_places():
        return None  # "Georgia", "Victoria": a country or a capital, and a state of another country
    country = country_named(name) or country_seated_at(name)
    if country is not None:
        return _codes().get(country)
    return _division_codes().get(name.lower()) if divisions else None


@lru_cache(maxsize=1)
def _codes() -> dict[str, str]:
    """Country name (as `lexicon.countries` names it) -> ISO 3166 alpha-2 code."""
    from countryinfo import CountryInfo

    return {
        data["name"]: data["ISO"]["alpha2"]
        for data in CountryInfo.all().values()
        if data.get("name") and isinstance(data.get("ISO"), dict) and data["ISO"].get("alpha2")
    }


_POSSESSIVE = re.compile(r"['\u2019]s\Z")
# Words of a division's name that say where it lies in its country and name no place of their own.
_BEARINGS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "centre", "center"}
    | {"far", "upper", "lower", "middle", "north-east", "north-west", "south-east", "south-west", "northeast"}
    | {"northwest", "southeast", "southwest", "mid", "inner", "outer", "coast", "coastal", "capital", "islands"}
)


@lru_cache(maxsize=1)
def _names_of_two_places() -> frozenset[str]:
    """Names, lower-cased, of a country or a capital that are also a first-level division of another country:
    "Georgia" (and the US state), "Victoria" (the Seychelles' capital and Australia's state)."""
    import pycountry

    found = set()
    for division in pycountry.subdivisions:
        if division.parent_code is not None:
            continue
        country = country_named(division.name) or country_seated_at(division.name)
        if country is not None and _codes().get(country) not in (None, division.country_code):
            found.add(division.name.lower())
    return frozenset(found)


@lru_cache(maxsize=1)
def _division_codes() -> dict[str, str]:
    """First-level division name, lower-cased -> its country's code; a name two countries share is left out."""
    import pycountry

    table: dict[str, str] = {}
    shared = set()
    for division in pycountry.subdivisions:
        if division.parent_code is not None or set(division.name.lower().split()) <= _BEARINGS:
            continue  # "East", "Far North": the words name a part of any place
        name = division.name.lower()
        if table.get(name, division.country_code) != division.country_code:
            shared.add(name)
        table[name] = division.country_code
    return {name: code for name, code in table.items() if name not in shared}


@lru_cache(maxsize=1)
def _zone_rows() -> tuple[tuple[tuple[str, ...], str, str], ...]:
    """The rows of the zone database's zone1970.tab: (country codes, zone, description), read once."""
    text = (resources.files("tzdata.zoneinfo") / "zone1970.tab").read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        fields = line.split("\t")
        rows.append((tuple(fields[0].split(",")), fields[2], fields[3].strip() if len(fields) > 3 else ""))
    return tuple(rows)


@lru_cache(maxsize=1)
def _zones_by_country() -> dict[str, tuple[str, ...]]:
    table: dict[str, list[str]] = {}
    for codes, zone, _ in _zone_rows():
        for code in codes:
            table.setdefault(code, []).append(zone)
    return {code: tuple(zones) for code, zones in table.items()}


@lru_cache(maxsize=1)
def _zones_by_region() -> dict[str, tuple[str, ...]]:
    """Region of the zone database's descriptions, lower-cased ("hawaii", "alaska") -> the zones described as all
    of it or most of it ("Hawaii", "Alaska (most areas)"); and North America's clocks by name (`NAMED_CLOCKS`)."""
    table: dict[str, list[str]] = {}
    for _, zone, description in _zone_rows():
        region = description.removesuffix(" (most areas)")
        if region and region.replace(" ", "").isalpha():
            table.setdefault(region.lower(), []).append(zone)
    regions = {region: tuple(zones) for region, zones in table.items()}
    return regions | {name: (zone,) for name, zone in NAMED_CLOCKS.items()}


@lru_cache(maxsize=4096)
def region_offset(name: str, day: dt.date | None) -> int | None:
    """The offset of a region the zone database names as a whole ("Hawaii time", "Alaska time") or of a clock
    named in words ("Pacific time"), or None."""
    zones = _zones_by_region().get(name.lower(), ())
    return _one_offset(zones, day) if zones else None


@lru_cache(maxsize=4096)
def country_offset(code: str, day: dt.date | None) -> int | None:
    """The one offset every zone of a country keeps at noon on `day` (on both a winter and a summer day when the
    day is unknown), or None where its zones differ."""
    return _one_offset(_zones_by_country().get(code, ()), day)


def _one_offset(zones: tuple[str, ...], day: dt.date | None) -> int | None:
    """The one offset all `zones` keep at noon on `day` (on a winter and a summer day when it is unknown), or None."""
    days = (day,) if day is not None else (dt.date(2025, 1, 15), dt.date(2025, 7, 15))
    offsets = set()
    for zone in zones:
        for when in days:
            shift = dt.datetime(when.year, when.month, when.day, 12, tzinfo=ZoneInfo(zone)).utcoffset()
            if shift is not None:
                offsets.add(int(shift.total_seconds() // 60))
    return offsets.pop() if len(offsets) == 1 else None
