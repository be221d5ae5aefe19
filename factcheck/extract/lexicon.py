"""General word lists: every country with its other names, demonym and capital; regions; office titles.

Countries come from the countryinfo package (MIT licence; names, alternative spellings, demonyms,
capitals, regions for 250 countries and territories), so a story set anywhere is read the same way.
Office titles are the general vocabulary of news bylines and attributions, not any one story's offices.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Country:
    name: str
    forms: frozenset[str]  # lower-cased names, abbreviations and demonyms that stand for the country
    demonyms: frozenset[str]  # lower-cased
    capital: str | None


# Abbreviations and short names that news uses and the country data does not list as names.
NEWS_FORMS = {
    "United States": ("u.s.", "u.s", "us", "usa", "u.s.a.", "america", "americans"),
    "United Kingdom": ("u.k.", "u.k", "uk", "britain", "briton", "britons", "england", "english", "scotland", "wales"),
    "United Arab Emirates": ("uae", "u.a.e.", "emirates", "emirati"),
    "Myanmar": ("burma",),
    "DR Congo": ("drc",),
    "China": ("prc",),
    "North Korea": ("dprk",),
    "South Korea": ("rok",),
    "Netherlands": ("holland",),
}
REGIONS = frozenset(
    {
        "africa",
        "americas",
        "antarctica",
        "asia",
        "europe",
        "oceania",
        "north america",
        "south america",
        "latin america",
        "central america",
        "middle east",
        "the middle east",
        "caribbean",
        "scandinavia",
        "balkans",
        "the west",
        "west",
        "eu",
        "european union",
    }
)
# Seats of government that news names for the government itself.
SEATS_OF_GOVERNMENT = {
    "white house": "United States",
    "pentagon": "United States",
    "kremlin": "Russia",
    "downing street": "United Kingdom",
    "whitehall": "United Kingdom",
    "elysee": "France",
    "élysée": "France",
    "quai d'orsay": "France",
    "zhongnanhai": "China",
    "blue house": "South Korea",
}


def unaccented(text: str) -> str:
    """A text's letters without their accents: "Hernández" is "Hernandez", "Iñaki" is "Inaki"."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def countries() -> tuple[Country, ...]:
    from countryinfo import CountryInfo

    found = []
    entries = [data for data in CountryInfo.all().values() if data.get("name")]
    names = {data["name"] for data in entries}
    # Most populous first: a demonym or short form several territories share ("Indian", "American", "French")
    # stands for the country most people who bear it belong to, not for an island territory of a few thousand.
    for data in sorted(entries, key=lambda d: -(d.get("population") or 0)):
        name = data["name"]
        if any(alias != name and alias in names for alias in data.get("altSpellings") or ()):
            continue  # a second entry for a country listed under its other name ("Burma" for Myanmar)
        demonym = (data.get("demonym") or "").strip()
        demonyms = {demonym.lower(), _plural(demonym.lower())} if demonym else set()
        spellings = {s.lower() for s in data.get("altSpellings") or () if len(s) > 3 and s.isascii()}
        forms = {name.lower(), *spellings, *demonyms, *NEWS_FORMS.get(name, ())}
        forms |= {f.removeprefix("the ") for f in forms}
        capital = data.get("capital") or None
        if isinstance(capital, list):  # a few countries have several
            capital = capital[0] if capital else None
        found.append(Country(name, frozenset(forms), frozenset(demonyms), capital))
    return tuple(found)


def _plural(demonym: str) -> str:
    """'ukrainians', 'pakistanis', but 'burmese', 'british', 'swiss' stay as they are."""
    return demonym if demonym.endswith(("ese", "ish", "ss", "ch")) else demonym + "s"


@lru_cache(maxsize=1)
def country_of_form() -> dict[str, str]:
    """Every lower-cased form of every country, mapped to the country's name."""
    table = {country.name.lower(): country.name for country in countries()}  # a country's own name is its own
    for country in countries():
        for form in country.forms:
            table.setdefault(form, country.name)
    return table


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """'ukrainian' -> 'Ukraine', 'burmese' -> 'Myanmar', for every country."""
    table: dict[str, str] = {}
    for country in countries():  # the most populous first
        for demonym in country.demonyms:
            table.setdefault(demonym, country.name)
    return table


@lru_cache(maxsize=1)
def divisions() -> frozenset[str]:
    """Every country and every first-level division of one (a state, a province, a region), lower-cased: the
    places news writes after a town to say where it is ("Hunt, Texas", "Sagaing, Myanmar")."""
    from countryinfo import CountryInfo

    names = set(country_of_form())
    for data in CountryInfo.all().values():
        names.update(p.lower() for p in data.get("provinces") or () if isinstance(p, str))
    return frozenset(names)


@lru_cache(maxsize=1)
def joined_division_pattern() -> re.Pattern[str]:
    """The countries and divisions whose one name joins two ("Jammu and Kashmir", "Trinidad and Tobago"): neither
    word alone is a place of its own there."""
    names = sorted((d for d in divisions() if " and " in d), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b", re.I)


@lru_cache(maxsize=1)
def capitals() -> frozenset[str]:
    names = set()
    for country in countries():
        if country.capital:
            names.add(country.capital.lower())
            names.add(_city(country.capital))
    return frozenset(names)


def _city(capital: str) -> str:
    """A capital as news names it: "washington d.c." and "kingston, jamaica" are "washington" and "kingston"."""
    return capital.lower().split(" d.c.")[0].split(",")[0]


@lru_cache(maxsize=1)
def _seats() -> dict[str, str]:
    table = dict(SEATS_OF_GOVERNMENT)
    for country in countries():
        if country.capital:
            table.setdefault(_city(country.capital), country.name)
    return table


def country_seated_at(name: str) -> str | None:
    """The country whose capital or seat of government `name` is ("Moscow", "the Kremlin" -> Russia), or None."""
    return _seats().get(name.lower().strip(" .").removeprefix("the "))


def country_named(name: str) -> str | None:
    """The country a name, abbreviation or demonym stands for ("U.S", "Burmese"), or None."""
    lowered = name.lower().strip(" .")
    return country_of_form().get(lowered) or country_of_form().get(lowered + ".")


def place_forms(name: str) -> frozenset[str]:
    """All names of the country `name` stands for (its other names and demonyms), or just `name` lower-cased."""
    lowered = name.lower().strip(" .")
    country = country_named(lowered)
    if country is None:
        return frozenset({lowered})
    return next(c.forms for c in countries() if c.name == country) | {lowered}


@lru_cache(maxsize=65536)  # asked of the same few actor names for every pair of claims alignment scores
def is_broad_place(name: str) -> bool:
    """A country, a capital, a region or a seat of government: a setting too broad to tie two claims together."""
    lowered = name.lower().strip(" .").removeprefix("the ")
    return lowered in country_of_form() or lowered in capitals() or lowered in REGIONS or lowered in SEATS_OF_GOVERNMENT


def is_known_place(name: str) -> bool:
    """A country, capital, region or first-level division, or one named part of a division "A and B" ("Jammu" of
    "Jammu and Kashmir"): a name that, standing alone, is that place and no one's family name."""
    lowered = name.lower().strip(" .").removeprefix("the ")
    return is_broad_place(lowered) or lowered in divisions() or lowered in _division_parts()


@lru_cache(maxsize=1)
def _division_parts() -> frozenset[str]:
    return frozenset(part for d in divisions() if " and " in d for part in d.split(" and ") if part)


# The nouns that end the name of an incident named for its place: "the Eaton Fire", "the Pahalgam attack".
INCIDENT_NOUN = (  # as a pattern, to be read case-blind: "the (?i:{INCIDENT_NOUN})"
    r"(?:fire|wildfire|blaze|flood|floods|flooding|quake|earthquake|storm|hurricane|typhoon|cyclone|tornado"
    r"|attack|bombing|blast|explosion|crash|derailment|collapse|shooting|massacre|stampede|landslide"
    r"|mudslide|avalanche|eruption|collision|sinking)"
)
# The verbs of the story's central incident (see `factcheck.align.EVENT_WORDS`): each tells it happening ("the
# quake struck at 12:50", "the train left the rails at 6:42").
INCIDENT_VERBS = (
    "attacked",
    "ambushed",
    "opened fire",
    "stabbed",
    "shot dead",
    "shot and killed",
    "gunned down",
    "capsized",
    "sank",
    "struck",
    "strikes",
    "fired",
    "launched",
    "slammed into",
    "made landfall",
    "came ashore",
    "hit the coast",
    "derailed",
    "crashed",
    "collided",
    "exploded",
    "collapsed",
    "erupted",
    "left the rails",
    "left the tracks",
    "came off the tracks",
    "jumped the tracks",
    "left the road",
    "went off the road",
    "ran off the road",
    "veered off",
    "plunged into",
    "plunged off",
    "plunged down",
    "ran aground",
)
# Nouns that, after an incident's word, make the two name those who answer it ("fire officials", "flood crews"),
# as a pattern of alternatives read case-blind.
ANSWERING_NOUNS = r"officials?|chiefs?|crews?|department|services?"
# The nouns of a crime, as a pattern read case-blind: "a daring midday heist".
CRIME_NOUN = r"(?:heist|robbery|theft|raid|burglary|break-in|ambush|stabbing|assault|kidnapping|hijacking)"

# Title words that say the name after them is a person's: government, military, police and emergency services,
# courts, religion, business, the press.
# Kin named before a name ("his brother-in-law Yuvraj Kafle", "Sister Sushma"): who the person is to another,
# not part of their name. English has a closed set of such words.
_KIN = ("mother", "father", "son", "daughter", "brother", "sister", "wife", "husband", "uncle", "aunt", "cousin")
_KIN_MORE = ("nephew", "niece", "grandfather", "grandmother", "grandson", "granddaughter", "grandma", "grandpa")
KINSHIP_WORDS = frozenset(
    [*_KIN, *_KIN_MORE, "fiance", "fiancé", "fiancee", "fiancée", "widow", "widower", "mom", "mum", "dad"]
    + [f"{w}-in-law" for w in ("mother", "father", "son", "daughter", "brother", "sister")]
    + [f"step{w}" for w in ("mother", "father", "son", "daughter", "brother", "sister")]
)

PERSON_OFFICES = frozenset(
    {
        "admiral",
        "ambassador",
        "anchor",
        "archbishop",
        "attorney",
        "bishop",
        "brigadier",
        "capt.",
        "captain",
        "cardinal",
        "ceo",
        "chair",
        "chairman",
        "chairwoman",
        "chancellor",
        "chief",
        "col.",
        "colonel",
        "commander",
        "commissioner",
        "congressman",
        "congresswoman",
        "constable",
        "consul",
        "coroner",
        "corporal",
        "correspondent",
        "councillor",
        "councilman",
        "councilor",
        "councilwoman",
        "cpl.",
        "curator",
        "dame",
        "deputy",
        "detective",
        "director",
        "dr",
        "dr.",
        "duchess",
        "duke",
        "emir",
        "emperor",
        "envoy",
        "executive",
        "founder",
        "gen.",
        "general",
        "gov.",
        "governor",
        "head",
        "host",
        "imam",
        "inspector",
        "judge",
        "king",
        "lady",
        "lawmaker",
        "leader",
        "legislator",
        "lieutenant",
        "lord",
        "lt.",
        "magistrate",
        "maj.",
        "major",
        "manager",
        "marshal",
        "mayor",
        "minister",
        "mr",
        "mr.",
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "officer",
        "official",
        "pastor",
        "pope",
        "premier",
        "president",
        "prince",
        "princess",
        "prof.",
        "professor",
        "prosecutor",
        "queen",
        "rabbi",
        "rep.",
        "reporter",
        "representative",
        "rev.",
        "reverend",
        "secretary",
        "sen.",
        "senator",
        "sergeant",
        "sgt.",
        "sheikh",
        "sheriff",
        "sir",
        "speaker",
        "spokesman",
        "spokesperson",
        "spokeswoman",
        "sultan",
        "superintendent",
        "trooper",
        "undersecretary",
    }
)
# Words of office titles, in general: a mention's leading title words are split from the name they precede
# ("Fire Chief Anna Kovacs", "Peruvian Interior Minister Rosa Quispe").
OFFICE_WORDS = PERSON_OFFICES | frozenset(
    {
        "acting",
        "agency",
        "air",
        "alderman",
        "army",
        "assemblyman",
        "assemblymember",
        "assemblywoman",
        "authority",
        "bureau",
        "city",
        "congressmember",
        "council",
        "county",
        "crown",
        "defence",
        "defense",
        "department",
        "district",
        "editor",
        "emergency",
        "father",
        "federal",
        "finance",
        "fire",
        "for",
        "force",
        "foreign",
        "former",
        "health",
        "home",
        "incoming",
        "interim",
        "interior",
        "justice",
        "meteorological",
        "military",
        "ministry",
        "mp",
        "pm",  # "PM Keir Starmer"
        "cm",  # "CM Siddaramaiah": a chief minister
        "municipal",
        "national",
        "navy",
        "of",
        "office",
        "officials",
        "outgoing",
        "police",
        "prime",
        "private",
        "provincial",
        "regional",
        "rescue",
        "senior",
        "service",
        "services",
        "staff",
        "state",
        "supt.",
        "the",
        "then",
        "top",
        "vice",
        "weather",
    }
)
# Role descriptions and the office they describe, in general: "the top diplomat" is a foreign minister.
ROLE_WORDS = {
    "diplomat": ("foreign minister", "secretary of state"),
    "foreign minister": ("foreign minister", "secretary of state"),
    "leader": ("president", "prime minister", "chancellor", "secretary general", "chief", "head"),
    "chief": ("secretary general", "director general", "director", "chief", "head", "president", "commissioner"),
    "head": ("secretary general", "director general", "director", "chief", "head", "president"),
    "president": ("president",),
    "prime minister": ("prime minister", "premier"),
    "secretary general": ("secretary general",),
}

# Words that make a capitalised name a place, a building, an event or an organisation rather than a person; words
# that are also common family names (Park, Hill, Day, West, Church, Lake) are left out.
NOT_PERSON_WORDS = frozenset(
    [
        "fire",
        "fires",
        "blaze",
        "canyon",
        "canyons",
        "river",
        "rivers",
        "creek",
        "meadow",
        "meadows",
        "valley",
        "mountain",
        "mountains",
        "hills",
        "county",
        "city",
        "state",
        "states",
        "province",
        "region",
        "district",
        "street",
        "road",
        "avenue",
        "boulevard",
        "highway",
        "island",
        "islands",
        "coast",
        "beach",
        "airport",
        "station",
        "port",
        "harbour",
        "harbor",
        "hospital",
        "clinic",
        "university",
        "college",
        "school",
        "academy",
        "museum",
        "gallery",
        "cathedral",
        "mosque",
        "temple",
        "pagoda",
        "monastery",
        "palace",
        "castle",
        "bridge",
        "dam",
        "tower",
        "towers",
        "building",
        "hotel",
        "mall",
        "market",
        "centre",
        "center",
        "square",
        "plaza",
        "camp",
        "agency",
        "department",
        "ministry",
        "office",
        "council",
        "committee",
        "commission",
        "organization",
        "organisation",
        "association",
        "institute",
        "foundation",
        "service",
        "services",
        "force",
        "forces",
        "army",
        "navy",
        "police",
        "guard",
        "front",
        "group",
        "party",
        "union",
        "league",
        "bank",
        "company",
        "corporation",
        "inc",
        "ltd",
        "news",
        "times",
        "post",
        "herald",
        "daily",
        "weekly",
        "press",
        "network",
        "television",
        "radio",
        "channel",
        "court",
        "parliament",
        "congress",
        "senate",
        "assembly",
        "government",
        "administration",
        "authority",
        "republic",
        "kingdom",
        "empire",
        "federation",
        "central",
        "upper",
        "lower",
        "new",
        "old",
        "national",
        "international",
        "global",
        "world",
        "week",
        "month",
        "year",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        # the words of administrative divisions and their bodies: "Ishikawa Prefectural Government"
        "prefecture",
        "prefectures",
        "prefectural",
        "provincial",
        "municipal",
        "municipality",
        "metropolitan",
        "governorate",
        "oblast",
        "regional",
        "federal",
    ]
)
