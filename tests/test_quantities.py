"""Quantities as intervals with a unit, what is counted and where: the heart of casualty-count checks.

Each row is a real-style news sentence and every quantity a careful reader would take from it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from builders import WriteArticle

from factcheck.extract import date_by_reports
from factcheck.extract.quantities import extract_quantities, named_incidents
from factcheck.ingest import read_source
from factcheck.pipeline import claims_of


@dataclass(frozen=True)
class Expected:
    span: str  # words the quantity's span must contain
    lower: float | None
    upper: float | None
    unit: str
    counted: str | None
    scope: str | None = None
    approximate: bool = False


KYIV_STRIKE = (
    "A Russian missile strike hit a residential building, killing at least six people and injuring 18 more in Kyiv."
)
MPH_TO_KMH = 1.609344

CASES = [
    pytest.param(
        KYIV_STRIKE,
        [
            Expected("at least six", 6, None, "count", "killed", "Kyiv"),
            Expected("18", 18, 18, "count", "injured", "Kyiv"),
        ],
        id="killed-and-injured",
    ),
    pytest.param(
        "The attack left six dead and 17 wounded, officials said.",
        [Expected("six dead", 6, 6, "count", "killed"), Expected("17 wounded", 17, 17, "count", "injured")],
        id="dead-and-wounded",
    ),
    pytest.param(
        "Between 40 and 60 people remain missing after the landslide.",
        [Expected("40 and 60", 40, 60, "count", "missing")],
        id="range",
    ),
    pytest.param(
        "More than 200,000 people were evacuated ahead of the storm.",
        [Expected("More than 200,000", 200_000, None, "count", "evacuated")],
        id="more-than",
    ),
    pytest.param(
        "Nine people were killed across Ukraine overnight.",
        [Expected("Nine", 9, 9, "count", "killed", "wide:Ukraine")],
        id="wide-scope",
    ),
    pytest.param(
        "Across Ukraine, 11 people were killed in overnight attacks, the interior ministry said.",
        [Expected("11", 11, 11, "count", "killed", "wide:Ukraine")],
        id="wide-scope-before-the-number",
    ),
    pytest.param(
        "According to the regional office, in Orsk alone, 14 people were killed.",
        [Expected("14", 14, 14, "count", "killed", "Orsk")],
        id="scope-after-according-to",
    ),
    pytest.param(
        "In other parts of Orvia, 15 people have been confirmed dead; 161 are missing from Kessel County.",
        [Expected("15", 15, 15, "count", "killed", "rest of Orvia"), Expected("161", 161, 161, "count", "missing")],
        id="the-rest-of-a-place-up-to-a-semicolon",
    ),
    pytest.param(
        "Elsewhere in Orvia, 12 people were killed.",
        [Expected("12", 12, 12, "count", "killed", "rest of Orvia")],
        id="elsewhere-in",
    ),
    pytest.param(
        "Winds of 295 km/h battered the coast.",
        [Expected("295 km/h", 295, 295, "km/h", "wind speed")],
        id="km/h",
    ),
    pytest.param(
        "Winds of 185 mph battered the coast.",
        [Expected("185 mph", 185 * MPH_TO_KMH, 185 * MPH_TO_KMH, "km/h", "wind speed")],
        id="mph-converted",
    ),
    pytest.param(
        "The coach was speeding at 100 km per hour, the minister said.",
        [Expected("100 km per hour", 100, 100, "km/h", "speed")],
        id="km-per-hour",
    ),
    pytest.param(
        "The storm caused $1.2 billion in damage.",
        [Expected("$1.2 billion", 1.2e9, 1.2e9, "USD", "damage")],
        id="dollars-sign",
    ),
    pytest.param(
        "The storm caused 1.2bn dollars in damage.",
        [Expected("1.2bn dollars", 1.2e9, 1.2e9, "USD", "damage")],
        id="dollars-word",
    ),
    pytest.param(
        "Russia launched about 450 drones overnight.",
        [Expected("about 450", 405, 495, "count", "drone", approximate=True)],
        id="about",
    ),
    pytest.param(
        "Russia fired up to 60 missiles at energy sites.",
        [Expected("up to 60", 0, 60, "count", "missile")],
        id="up-to",
    ),
    pytest.param(
        "Federal workers went without pay on the 22nd day of the shutdown.",
        [Expected("22nd day", 22, 22, "ordinal", "day of shutdown")],
        id="ordinal-day",
    ),
    pytest.param(
        "Talks stalled on the 22nd day of the shutdown.",
        [Expected("22nd day", 22, 22, "ordinal", "day of shutdown")],
        id="ordinal-day-names-the-shutdown-not-the-talks",
    ),
    pytest.param(
        "The death toll rose to seven from six, officials said.",
        [Expected("seven", 7, 7, "count", "killed")],
        id="superseded-figure",
    ),
    pytest.param(
        "Twenty-one people were injured in Kharkiv.",
        [Expected("Twenty-one", 21, 21, "count", "injured", "Kharkiv")],
        id="hyphenated-words",
    ),
    pytest.param(
        "A hundred people were evacuated from the village.",
        [Expected("A hundred", 100, 100, "count", "evacuated")],
        id="a-hundred",
    ),
    pytest.param(
        "Three hundred and five people were evacuated.",
        [Expected("Three hundred and five", 305, 305, "count", "evacuated")],
        id="three-hundred-and-five",
    ),
    pytest.param(
        "Dozens of people were injured.",
        [Expected("Dozens", 24, 99, "count", "injured", approximate=True)],
        id="dozens",
    ),
    pytest.param("The plant was built in 2022.", [], id="year-is-not-a-quantity"),
    pytest.param("One of the plants was damaged.", [], id="pronoun-one"),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_extract_quantities(sentence: str, expected: list[Expected]) -> None:
    hits = extract_quantities(sentence)
    found = [
        (
            sentence[hit.start : hit.end],
            hit.quantity.lower,
            hit.quantity.upper,
            hit.quantity.unit,
            hit.quantity.counted,
            hit.quantity.scope,
            hit.quantity.approximate,
        )
        for hit in hits
    ]
    assert len(found) == len(expected), found
    for (span, lower, upper, unit, counted, scope, approximate), want in zip(found, expected, strict=True):
        assert want.span in span, found
        assert lower == (None if want.lower is None else pytest.approx(want.lower, rel=1e-3)), found
        assert upper == (None if want.upper is None else pytest.approx(want.upper, rel=1e-3)), found
        assert (unit, counted, scope, approximate) == (want.unit, want.counted, want.scope, want.approximate)


def test_written_keeps_the_figure_as_printed() -> None:
    [hit] = extract_quantities("The storm caused $1.2 billion in damage.")
    assert hit.quantity.written == "$1.2 billion"
    assert hit.quantity.describe() == "$1.2 billion damage"


def test_skip_leaves_numbers_taken_by_dates_alone() -> None:
    sentence = "On 20 October, 18 people were injured."
    day = sentence.index("20 October")
    [hit] = extract_quantities(sentence, skip=[(day, day + len("20 October"))])
    assert (hit.quantity.lower, hit.quantity.counted) == (18, "injured")


def test_of_them_counts_the_same_thing_as_the_figure_before() -> None:
    """'18 people were injured, six of them children': the six are injured too."""
    sentence = "At least 18 people were injured, six of them children."
    counted = [hit.quantity.counted for hit in extract_quantities(sentence)]
    assert counted == ["injured", "injured"]


def described(sentence: str) -> list[tuple[float | None, float | None, str | None, str | None]]:
    return [
        (h.quantity.lower, h.quantity.upper, h.quantity.unit, h.quantity.counted) for h in extract_quantities(sentence)
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The company reported a fourth-quarter decline in sales.", [(4, 4, "rank", "quarter")]),
        ("Profits rose in Q3.", [(3, 3, "rank", "quarter")]),
        ("Sales fell in the first half.", [(1, 1, "rank", "half")]),
        ("A quarter of the homes burned.", []),  # a share, no part of a year
    ],
)
def test_the_part_of_a_year_a_report_is_of_is_a_place_in_an_order(sentence: str, expected: list[object]) -> None:
    assert described(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ten or more people died.", [(10, None, "count", "killed")]),
        ("Police said 50 or fewer people attended.", [(0, 50, "count", "people")]),
        ("Sirens sounded as 12 or more rockets flew.", [(12, None, "count", "rocket")]),
        ("Six quakes of magnitude 7.0 or higher hit the area.", [(6, 6, "count", "quake")]),  # a class of quakes
    ],
)
def test_a_bound_after_the_figure_is_part_of_it(sentence: str, expected: list[object]) -> None:
    assert described(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A 6.9-magnitude earthquake struck off Chile.", [(6.9, 6.9, "magnitude", "earthquake magnitude")]),
        (
            "The quake, magnitude 5.8 by the agency's reading, shook Lima.",
            [(5.8, 5.8, "magnitude", "earthquake magnitude")],
        ),
        ("An aftershock measuring 5.1 followed.", [(5.1, 5.1, "magnitude", "aftershock magnitude")]),
        (
            "The agency said the magnitude of the first quake was 7.7 and the second was 6.6.",
            [(7.7, 7.7, "magnitude", "earthquake magnitude"), (6.6, 6.6, "magnitude", "aftershock magnitude")],
        ),
    ],
)
def test_earthquake_magnitudes_are_a_unit_of_their_own(sentence: str, expected: list[object]) -> None:
    assert described(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "counted", "age"),
    [
        ("The 34-year-old Ana Lucia Torres was rescued.", "age of ana lucia torres", 34),
        ("Firefighter Mateo Ruiz, 41, was injured.", "age of firefighter mateo ruiz", 41),
        ("Mateo Ruiz (41) was injured.", "age of mateo ruiz", 41),
        ("A 19-year-old student was hurt.", "age", 19),
        ("The dead include Ilse Brandt, 83; her husband survived.", "age of ilse brandt", 83),
        ("Among those killed was Keiko Tanaka, 67.", "age of keiko tanaka", 67),
        ("Ilse Brandt was 83 years old and lived in Bad Ems.", "age of ilse brandt", 83),  # not the town after it
        ("Iñes McAllister-Ruiz was 83 years old and lived in Bad Ems.", "age of iñes mcallister-ruiz", 83),
        ("Though Ilse Brandt was 83 years old, she ran.", "age of ilse brandt", 83),
        ("When Ilse Brandt was 19 years old, she joined the crew.", "age", 19),  # her age then, not now
        ("The camp's director, Richard ‘Dick’ Olsen, 70, died.", "age of richard olsen", 70),  # a nickname inside
        ('William "Bill" Haugen, 52, was found.', "age of william haugen", 52),
        ("Ilse Brandt, an 83-year-old retiree, said the alarm never rang.", "age of ilse brandt", 83),
        ("A 69-year-old woman surnamed Okafor sat nearby.", "age of okafor", 69),
        # the family name alone, as news names a person after the first mention
        ("The blaze broke out at noon, Kovacs, 52, told reporters.", "age of kovacs", 52),
        ("Nicole Perez, 28: Recently promoted, she was to move house.", "age of nicole perez", 28),  # a list's entry
        ("- Kareem Badawi, 23 – Baton Rouge, Louisiana", "age of kareem badawi", 23),
        (
            "The victims included 22-year-old Shravan K T, a student of Ambedkar Medical College.",
            "age of shravan k t",
            22,
        ),
        ("Lindqvist, 61, was pulled from the car.", "age of lindqvist", 61),
    ],
)
def test_ages_belong_to_the_person_named_beside_them(sentence: str, counted: str, age: int) -> None:
    [(lower, _, unit, what)] = described(sentence)
    assert (lower, unit, what) == (age, "years", counted)


@pytest.mark.parametrize(
    ("sentence", "counted", "years"),
    [
        ("Kovacs, who is in her late 40s, said crews had found people.", "age of kovacs", (47, 49)),
        ("The driver, in his early 30s, was arrested.", "age", (30, 33)),
        ("A man in his mid-50s was hurt.", "age", (54, 56)),
        ("Ines Moller, in her 70s, was rescued.", "age of ines moller", (70, 79)),
        ("Now, in her 80s, she still paints.", "age", (80, 89)),
        ("A man from Leeds, in his 40s, was arrested.", "age", (40, 49)),  # a town is no one
        ("Kovacs, who is in late 40s, said crews had found people.", "age of kovacs", (47, 49)),  # "her" dropped
    ],
)
def test_an_age_told_by_its_decade_is_a_span_of_years(sentence: str, counted: str, years: tuple[int, int]) -> None:
    [age] = [h.quantity for h in extract_quantities(sentence) if h.quantity.unit == "years"]
    assert (age.counted, age.lower, age.upper) == (counted, *years)


@pytest.mark.parametrize(
    "sentence",
    [
        "On Sunday, 52, people died.",
        "In Texas, 52, 41 and 3 were counted.",
        "Overall, 52, or roughly half, were children.",  # a word of English opens the clause, no name
        "He met Ana Torres, 10:30 a.m. on Monday.",  # a clock's hour
        "Deaths by state: North Carolina, 96 – South Carolina, 49 – Georgia, 33",  # a tally of places
        "Missing by shelter: Saint Luke Hall, 4 – Pine Grove Hall, 2",
        "In Kerr County, 43: the toll by county.",
    ],
)
def test_a_day_or_place_before_a_figure_between_commas_has_no_age(sentence: str) -> None:
    assert not [h for h in extract_quantities(sentence) if h.quantity.unit == "years"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The youngest victim was a one-year-old infant, while the oldest was 97 years old.",
        "The oldest of the dead was aged 98.",
        "The oldest known victim is about seventy years old.",
        "Ali Rahimov, the youngest of the men charged at 19 years old, was wheeled in.",
    ],
)
def test_the_age_of_the_youngest_or_oldest_is_no_ones_age(sentence: str) -> None:
    assert [h for h in extract_quantities(sentence) if h.quantity.unit == "years"] == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Three to four gunmen opened fire.", [(3.0, 4.0, "count", "attacker")]),
        ("four or five assailants fled", [(4.0, 5.0, "count", "attacker")]),
        ("at least two dozen people were hurt", [(24.0, None, "count", "injured")]),
        ("The toll rose from 30 to 41.", [(41.0, 41.0, "count", "killed")]),
    ],
)
def test_ranges_dozens_and_changes(sentence: str, expected: list[object]) -> None:
    assert described(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [("The blaze has burned 2,300 acres.", "area burned"), ("The fire was 40% contained.", "containment")],
)
def test_wildfire_measures_are_named(sentence: str, counted: str) -> None:
    assert described(sentence)[0][3] == counted


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("The Hollis Fire was first reported at noon and has since grown to over 400 acres.", "area burned"),
        ("By Sunday the Hollis Fire had reached 23,707 acres.", "area burned"),
        (
            "The Hollis fire remained about the same size \u2014 an estimated 14,117 acres \u2014 overnight.",
            "area burned",
        ),
        ("The farm has grown to 500 acres.", None),  # no fire named: what grew is not said to have burned
        ("As the fire spread, the evacuation zone has grown to 40,000 acres.", None),  # the fire's is another clause
    ],
)
def test_how_far_a_fire_has_grown_is_the_area_it_burned(sentence: str, counted: str | None) -> None:
    assert [h.quantity.counted for h in extract_quantities(sentence) if h.quantity.unit == "ha"] == [counted]


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("26 innocent tourists were shot dead.", "killed"),
        ("1,670 individuals reported injured.", "injured"),
        ("More than 3,400 people reported missing.", "missing"),
        ("Two young tourists arrived.", "tourist"),  # where they come from is kept: see the test of origins
    ],
)
def test_words_describing_the_people_counted_are_skipped(sentence: str, counted: str) -> None:
    assert described(sentence)[0][3] == counted


def test_a_range_reads_as_written() -> None:
    [hit] = [h for h in extract_quantities("Between 400 and 500 drones were launched overnight.") if h.quantity.counted]
    assert (hit.quantity.lower, hit.quantity.upper) == (400, 500)
    assert hit.quantity.describe() == "between 400 and 500 drones"
    [other] = extract_quantities("Officials counted 400 to 500 drones.")
    assert other.quantity.qualifier is None


def test_the_counted_noun_reads_as_written() -> None:
    [hit] = extract_quantities("Two diplomats were expelled on Monday.")
    assert (hit.quantity.counted, hit.quantity.describe()) == ("diplomat", "Two diplomats")


@pytest.mark.parametrize(
    ("sentence", "seconds", "upper"),
    [
        ("The heist lasted less than four minutes.", 0, 240),
        ("The whole operation lasted just seven minutes.", 420, 420),
        ("It was a seven-minute robbery.", 420, 420),
        ("The gang escaped in a mere 90 seconds.", 90, 90),
        ("The crossing took two hours.", 7200, 7200),
        ("Stealing the jewels took four to seven minutes.", 240, 420),
        # a smaller unit goes on from the larger
        ("The two spent three minutes and 58 seconds inside.", 238, 238),
        ("The rescue took two hours, 15 minutes.", 8100, 8100),
        ("The climb took one hour and twenty-five minutes.", 5100, 5100),
        ("The raid lasted less than three minutes and 58 seconds.", 0, 238),
        ("The search took two hours and 300 people.", 7200, 7200),  # no unit of time follows
    ],
)
def test_how_long_something_took_is_a_duration(sentence: str, seconds: float, upper: float) -> None:
    [hit] = [h for h in extract_quantities(sentence) if h.quantity.counted == "duration"]
    assert (hit.quantity.unit, hit.quantity.lower, hit.quantity.upper) == ("s", seconds, upper)


@pytest.mark.parametrize(
    "sentence",
    [
        "He was killed three days ago.",
        "They must leave in 10 days.",
        "A 26-year-old nurse was hurt.",
        "Day 3 began.",
        "Neither fire has grown in the last two days.",
    ],
)
def test_a_span_of_time_that_says_when_is_no_duration(sentence: str) -> None:
    assert not [h for h in extract_quantities(sentence) if h.quantity.counted == "duration"]


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("The crown holds 212 natural pearls.", "pearl"),
        ("They fled with eight richly gem-encrusted pieces.", "item"),
        ("The ranch hosted 750 young female campers.", "camper"),
        ("Two foreign nationals were aboard.", "foreign national"),
        ("One Nepali was aboard.", "nepali"),  # no Latin plural of a word the lexicon lacks
        ("Four masked thieves fled on scooters.", "thief"),
        ("Three intruders broke in.", "thief"),
        ("Police recovered nine stolen objects.", "item"),
        ("Workers built a 33-story tower.", "floor"),
    ],
)
def test_the_counted_noun_is_the_head_of_its_phrase(sentence: str, counted: str) -> None:
    assert described(sentence)[0][3] == counted


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("Eastland was 74.", "age of eastland"),
        ("Rosa Ibarra was 52 when she died.", "age of rosa ibarra"),
        ("He was 74.", None),
        ("Kerr County was 74.", None),
        ("Brandt, who is 63, had not conceded.", "age of brandt"),  # in a relative clause
        ("Kovacs, who was 52 when she died, lived in Velm.", "age of kovacs"),
    ],
)
def test_a_named_persons_age_as_the_predicate(sentence: str, counted: str | None) -> None:
    ages = [h.quantity.counted for h in extract_quantities(sentence) if h.quantity.unit == "years"]
    assert ages == ([counted] if counted else [])


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("He was the only foreign national killed.", "foreign national"),  # some of the nationals
        ("She was the lone survivor.", "survivor"),
        ("Police named the sole suspect.", "suspect"),
        ("It was the only way out.", None),
        ("They were the only people left.", None),
        ("They were the only survivors.", None),
        ("Tenants of Velm House, the only tower that was spared, may return.", None),  # one of the towers
    ],
)
def test_the_only_one_counts_one(sentence: str, counted: str | None) -> None:
    ones = [h.quantity for h in extract_quantities(sentence) if h.quantity.written.lower().startswith("the ")]
    assert [(q.counted, q.lower, q.upper) for q in ones] == ([(counted, 1, 1)] if counted else [])


def test_a_group_after_and_is_not_what_the_first_figure_counts() -> None:
    """ "40 adults and 28 children": the 40 are adults; "and" describes no one."""
    counts = [(h.quantity.lower, h.quantity.counted) for h in extract_quantities("We have 40 adults and 28 children.")]
    assert counts == [(40, "adult"), (28, "children")]
    dead = extract_quantities("In Kerr County 68 died, including 28 children and 30 adults.")
    parts = [(68, "killed"), (28, "killed children"), (30, "killed adult")]  # the dead, and parts of them
    assert [(h.quantity.lower, h.quantity.counted) for h in dead] == parts


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("The quake triggered many aftershocks, one measuring 6.4 magnitude.", "aftershock magnitude"),
        ("Aftershocks followed, more than 50, the strongest measuring 6.4.", "aftershock magnitude"),
        ("A 7.7-magnitude earthquake hit; aftershocks followed.", "earthquake magnitude"),
        ("The earthquake of magnitude 7.5 struck at noon.", "earthquake magnitude"),
    ],
)
def test_an_aftershock_named_earlier_in_the_sentence_owns_the_magnitude(sentence: str, counted: str) -> None:
    [magnitude] = [h.quantity for h in extract_quantities(sentence) if h.quantity.unit == "magnitude"]
    assert magnitude.counted == counted


def test_a_plural_the_lexicon_lacks_is_still_the_head() -> None:
    assert described("Two strong aftershocks followed.")[0][3] == "aftershock"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Nine deaths were confirmed in the Palisades Fire and 16 from the Eaton Fire.",
            [(9, "killed"), (16, "killed")],
        ),
        ("Nine of the victims died in the Palisades fire and 16 in the Eaton fire.", [(9, "killed"), (16, "killed")]),
        ("Eight of the injured were kept in hospital overnight.", []),  # some of the injured, not their count
        ("Seven of the confirmed dead had yet to be identified.", []),
        ("Among those deceased in Orsk are 9 adults and 4 children.", [(9, "killed adult"), (4, "killed children")]),
        ("The dead man was 82.", []),  # what befell one person: no count
        ("Right now we have 16 missing person reports.", [(16, "missing")]),
        ("Nine deaths were confirmed hundreds of kilometres away in Orsk.", [(9, "killed")]),  # a vague distance
        ("Three of the tourists were from Gujarat.", []),
        ("He scored 12 points and 4 in the final quarter.", [(12, "point")]),
        (
            "The storms have killed 31 people\u201419 in Orsk and 12 in Lenham.",
            [(31, "killed"), (19, "killed"), (12, "killed")],
        ),
        (
            "The fires have claimed 20 lives, 14 as a result of the Ridge Fire and six in the Hollis Fire.",
            [(20, "killed"), (14, "killed"), (6, "killed")],
        ),
    ],
)
def test_a_bare_figure_after_and_counts_what_the_one_before_did(
    sentence: str, expected: list[tuple[float, str]]
) -> None:
    assert [(h.quantity.lower, h.quantity.counted) for h in extract_quantities(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "bounds"),
    [
        ("The death toll was up to 24 people by Sunday evening.", (24, 24)),
        ("The toll is now up to 30.", (30, 30)),
        ("Winds of up to 100 km/h are expected.", (0, 100)),
        ("Up to 40 people may have died.", (0, 40)),
        # a range writes its scale once, after the second figure
        ("Damage is put at $5-10 million.", (5e6, 1e7)),
        ("It cost $5-10m.", (5e6, 1e7)),
        ("Between 2 and 3 million people fled.", (2e6, 3e6)),
        ("Some 5-6 lakh pilgrims came.", (5e5, 6e5)),
        ("Two to three thousand homes burned.", (2e3, 3e3)),
        ("Between 500 and 2 million people fled.", (500.0, 2e6)),  # the first figure needs no scale
        ("It cost $2-3bn.", (2e9, 3e9)),
        ("Some 3 or 4 million people fled their homes.", (3e6, 4e6)),
    ],
)
def test_the_bounds_of_a_figure(sentence: str, bounds: tuple[float, float]) -> None:
    """A figure the toll has risen "up to" is no bound; a range's scale written once is both figures'."""
    [hit] = [h for h in extract_quantities(sentence) if h.quantity.lower is not None and h.quantity.lower != 2]
    assert (hit.quantity.lower, hit.quantity.upper) == bounds


def test_things_named_after_a_figure_are_counted_before_a_toll_named_earlier() -> None:
    hits = extract_quantities("The death toll from the two major wildfires rose to 25.")
    assert [(h.quantity.lower, h.quantity.counted) for h in hits] == [(2, "major wildfire"), (25, "killed")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The river crested at the third-highest level.", ("highest level", 3)),
        ("Mandalay is the country's second-largest city.", ("largest city", 2)),
        ("It was the 3rd deadliest flood in its history.", ("deadliest flood", 3)),
    ],
)
def test_a_place_in_a_ranking(sentence: str, expected: tuple[str, int]) -> None:
    [rank] = [h.quantity for h in extract_quantities(sentence) if h.quantity.unit == "rank"]
    assert (rank.counted, rank.lower, rank.upper) == (expected[0], expected[1], expected[1])


@pytest.mark.parametrize(
    "sentence",
    ["Deaths were confirmed in Travis County (9) and Kendall County (8).", "The toll in Kerr County, 107, held."],
)
def test_a_place_with_a_figure_beside_it_has_no_age(sentence: str) -> None:
    assert not [h for h in extract_quantities(sentence) if h.quantity.unit == "years"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Vessa River broke a 93-year-old record on Friday.",
        "The flood carried away a 140-year-old stone bridge near Korvin.",
        "Crowds gathered at the 60-year-old market hall.",
    ],
)
def test_the_age_of_a_thing_is_no_persons_age(sentence: str) -> None:
    assert not [h for h in extract_quantities(sentence) if h.quantity.unit == "years"]


@pytest.mark.parametrize(
    ("sentence", "age"),
    [
        ("A 70-year-old retired teacher from Ostrava died.", 70),
        ("The 26-year-old said he ran.", 26),
        ("A 41-year-old mother-of-two was found.", 41),
        ("A 33-year-old software engineer was hurt.", 33),
        ("A 36-year-old climber fell.", 36),  # a climber is a plant first, a person too
        ("A 28-year-old model died.", 28),
    ],
)
def test_the_age_of_a_person_described_by_the_words_after_it(sentence: str, age: int) -> None:
    assert [h.quantity.lower for h in extract_quantities(sentence) if h.quantity.unit == "years"] == [age]


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("Five people including three tourists were injured.", ["injured", "injured tourist"]),
        ("Five people including at least three tourists were injured.", ["injured", "injured tourist"]),
        ("Five people, including about three soldiers, were injured.", ["injured", "injured soldier"]),
        ("Thirty were killed, including approximately 12 workers.", ["killed", "killed worker"]),
    ],
)
def test_people_included_in_a_count_are_a_part_of_it(sentence: str, counted: list[str]) -> None:
    assert [h.quantity.counted for h in extract_quantities(sentence)] == counted


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        (
            "Sixty died in Velmora alone, 40 were adults and 20 were children.",
            ["killed", "killed adult", "killed children"],
        ),
        ("Three people were hurt; two were children.", ["injured", "injured children"]),
        ("Of the 200 evacuated, 40 were children.", ["evacuated"]),
        ("Officials said 300 were residents.", []),
        ("Of the 26 killed in Velmora, 300 were tourists.", ["killed"]),  # more than the toll: no part of it
        ("Twelve died; 40 were volunteers sent to help.", ["killed"]),  # described as another group
        ("Nine died; two were victims.", ["killed"]),  # no kind of people
        ("Nine died; 4 are survivors.", ["killed"]),
    ],
)
def test_a_figure_said_to_be_a_kind_of_people_after_a_toll_is_that_part(sentence: str, counted: list[str]) -> None:
    assert [h.quantity.counted for h in extract_quantities(sentence)] == counted


@pytest.mark.parametrize(
    "sentence",
    ["Officials in Velmora said no one died.", "Not one home in Ostrik was spared.", "No one was hurt."],
)
def test_no_one_counts_nothing(sentence: str) -> None:
    assert extract_quantities(sentence) == []


def test_an_aside_before_not_accounted_for_is_no_clause_of_its_own() -> None:
    sentence = "Crews evacuated 400 campers from Camp Orla, but two counselors, have not been accounted for."
    assert extract_quantities(sentence)[0].quantity.counted == "evacuated"


def test_a_place_after_the_next_figure_is_that_figures_scope() -> None:
    sentence = "The storms have killed at least 31 people\u201419 in the Orsk Valley and 12 in Lenham, officials said."
    scopes = [(h.quantity.lower, h.quantity.scope) for h in extract_quantities(sentence)]
    assert scopes == [(31, None), (19, "Orsk Valley"), (12, "Lenham")]


@pytest.mark.parametrize(
    ("sentence", "counted", "shown"),
    [
        ("Inspectors say the 312-foot tanker lost power.", "size of tanker", "312-foot tanker"),
        ("The 290-ft cargo barge Orla hit the pier.", "size of barge", "290-ft barge"),  # its head noun
        ("The 0.8-mile-long viaduct fell.", "length of viaduct", "0.8-mile (length of viaduct)"),
        ("They closed the 1.2-km-long two-lane viaduct.", "length of viaduct", "1.2-km (length of viaduct)"),
        # the name an apposition measures, past a second measure joined to the first
        ("The Orlen Viaduct, a 0.4-mile-long, 9-foot-wide steel structure, fell.", "length of viaduct", None),
        ("The tanker, 320 feet in length, drifted.", "length of tanker", "320 feet (length of tanker)"),
        ("The levee is about 3 metres high.", "height of levee", "about 3 metres (height of levee)"),
        ("The 1,500-metre airstrip ends at a berm.", "size of airstrip", "1,500-metre airstrip"),
        ("The base's 1,500m airstrip is short.", "size of airstrip", "1,500m airstrip"),  # a unit run on
        ("It has an airstrip of 1,500 metres.", "size of airstrip", "1,500 metres airstrip"),
        ("The airstrip, which is 1.5km long, ends at a berm.", "length of airstrip", None),
        ("Crews saw a rise of 2 metres.", "difference", None),  # a change, no object
        ("The base has an airstrip 1,500 metres long.", "length of airstrip", None),
        ("The airstrip length is 1,500 m.", "length of airstrip", None),
        ("The length of the airstrip is 1.5 km.", "length of airstrip", None),
        ("The water reached a height of 3 metres.", None, None),  # a height of no object
        ("A 4m wave hit Orla.", "wave height", None),
        ("A 30 cm tsunami reached Orla.", "wave height", None),  # a tsunami's measure is its waves'
        ("A 30-foot wall of water swept through Orla.", "wave height", None),
        ("The 30 m high wave hit Orla.", "wave height", None),  # a dimension written apart
        ("The 2 km long convoy stopped.", "length of convoy", None),
        ("The 948-foot ship in the harbor lost power.", "size of ship", None),  # "in" is no second noun
        ("The wave height was 3 metres at Orla.", "wave height", None),
        # a figure written apart from the word after it measures no adverb, adjective or preposition
        ("The helicopter was flying at 300 ft above the river.", None, None),
        ("They walked 1 mile home.", None, None),
        ("The river rose 3 metres high.", "height", None),  # a rise, not the river's height
        ("A 40-foot vessel capsized.", "size of ship", "40-foot ship"),  # one noun for the kind of thing
        ("The bridge's 900-foot main span fell.", "size of main span", "900-foot main span"),  # a part of it
        ("Forecasters warned of 9-foot-high waves.", "wave height", "9-foot wave height"),  # its own measure
        ("It is 4 metres tall.", "height", "4 metres height"),  # nothing named
        ("Divers found it 30 feet down.", None, "30 feet"),
    ],
)
def test_a_length_told_of_an_object_is_keyed_by_the_object(
    sentence: str, counted: str | None, shown: str | None
) -> None:
    """A ship's or a runway's measure is compared only with measures of that kind of thing, in a dimension both
    may mean ("a 948-foot vessel" and "the ship, 984 feet in length"), never with any other length of the story."""
    found = extract_quantities(sentence)[0].quantity
    assert found.counted == counted
    assert shown is None or found.describe() == shown


@pytest.mark.parametrize(
    ("sentence", "scope"),
    [
        # where remains were found since is no place of the toll
        ("The toll climbed to at least 27 after crews say they found remains in the Orsk Valley.", None),
        ("The death toll rose to 12 after divers recovered two bodies in Lenham.", None),
        # a toll stated for a place keeps it, whatever the clause after it tells
        ("At least 27 people died in the Orsk Valley after the dam burst.", "Orsk Valley"),
    ],
)
def test_a_place_where_more_were_found_is_not_the_tolls(sentence: str, scope: str | None) -> None:
    assert extract_quantities(sentence)[0].quantity.scope == scope


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("The water stood 26 feet deep at the bridge.", "depth"),
        ("Waves of 4 metres battered the pier.", "wave height"),
        ("Crews cleared the road by the 26-foot wall.", "size of wall"),  # the wall's
        ("The truck slid 26 feet down the bank.", None),  # a length of nothing the sentence names
        ("By noon it was 11% of the total.", None),
        ("A storm surge of 4 metres hit the coast.", "storm surge"),
        ("Forecasters expect a 10-foot surge.", "storm surge"),
        ("The town saw the Orle River surge to 29 feet.", None),  # the verb: the river rose
        ("It made the river surge around 25 feet in an hour.", None),
        # rain made something else rise: the figure is that rise, not the rain
        ("Pounding rain caused the water to swell some 26 feet in 45 minutes.", None),
        ("Heavy rainfall made the creek rise 12 feet.", None),
        # what rose is the measure word just before the verb
        ("Rainfall totals climbed to 12 inches overnight.", "rainfall"),
        ("Winds rose to 100 mph by dawn.", "wind speed"),
        # a storm's speed is its winds', not how fast it moves
        ("Lorna made landfall as a 185 mph Category 5 storm.", "wind speed"),
        ("Lorna was moving northeast at a forward speed of 14 mph.", "forward speed"),
        ("The train was travelling at 97 km/h.", "speed"),
        ("The containment estimate jumped overnight to 27%.", "containment"),
    ],
)
def test_a_measure_is_of_what_a_word_beside_it_names_or_of_nothing(sentence: str, counted: str | None) -> None:
    measures = [h.quantity for h in extract_quantities(sentence) if h.quantity.unit != "count"]
    assert [q.counted for q in measures] == [counted]


@pytest.mark.parametrize(
    ("sentence", "date", "counts"),
    [
        ("It is the worst crash since the Orvik collision of 2011, in which seven people died.", "2025-03-03", []),
        ("The 2004 tsunami, which killed 230,000 people, was worse.", "2025-03-03", []),
        ("The 2025 floods, which killed 135 people, were the worst.", "2025-07-10", [135]),  # the story's own year
        ("The collision of 2011, in which seven people died, was worse.", None, [7]),  # no year to tell by
        ("It was the worst since floods killed 40 people in the valley in May 1987.", "2025-07-10", []),
        ("Another 12 people died in the slide of 2019.", "2025-07-10", []),
        ("Five people died in December 2024.", "2025-01-03", [5]),  # last month, not a past event
        ("In 1987, 10 people died when the river rose.", "2025-07-10", []),
        ("Back in March 2019, 40 people died in the valley.", "2025-07-10", []),
        ("On October 7, 2023, a quake struck Velm, in which 40 people died.", "2025-07-10", []),
        ("On 7 October 2023, 40 people died when a quake struck Velm.", "2025-07-10", []),
        ("A quake struck Velm in June 2022 killing 40 people.", "2025-07-10", []),
        ("A quake struck Velm in June 2025 killing 40 people.", "2025-07-10", [40]),  # the story's year
        ("Hurricane Lorna, which struck in 1951, was blamed for 154 deaths.", "2025-07-10", []),  # an aside's year
        ("Hurricane Lorna, which struck in July, was blamed for 154 deaths.", "2025-07-10", [154]),
        ("The war, which began in April 2023, has killed 150,000 people.", "2025-07-10", [150_000]),  # goes on
        ("The quake, which struck in 2023, has killed 40 people so far.", "2025-07-10", [40]),
        ("The fire that broke out in December 2024 has killed 40 people.", "2025-01-02", [40]),  # last month
    ],
)
def test_a_figure_of_an_event_of_an_earlier_year_is_no_claim(
    write_article: WriteArticle, sentence: str, date: str | None, counts: list[float]
) -> None:
    source = read_source(write_article("a.md", sentence, date=date))
    found = [c.quantity.lower for c in claims_of([source]) if c.quantity is not None and c.quantity.counted == "killed"]
    assert found == counts


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        ("The raid came weeks after a separate theft of paintings valued at $70,000.", []),
        ("The shooting in Velt, a separate incident from the riot, left 7 people dead.", [7]),  # the story's own
        ("The fire was not an unrelated incident and 9 workers died.", [9]),
        ("In an unrelated shooting in Ostrik, two people were killed.", []),
        ("Police said the attack in Ostrik was not a separate incident; 12 people were killed.", [12]),  # own clause
        ("A second quake of magnitude 6.4 followed.", [6.4]),  # another shock of the story's quake
    ],
)
def test_a_figure_of_an_incident_called_separate_is_no_claim(
    write_article: WriteArticle, sentence: str, counts: list[float]
) -> None:
    source = read_source(write_article("a.md", sentence, date="2025-03-03"))
    assert [c.quantity.lower for c in claims_of([source]) if c.quantity is not None] == counts


def test_an_undated_article_tells_a_past_year_by_its_storys_month(write_article: WriteArticle) -> None:
    sentence = "In 1987, 10 campers from another camp died while fleeing the water."
    source = read_source(write_article("a.md", sentence, date=None))
    placed = source.model_copy(update={"story_month": dt.date(2025, 7, 1)})
    assert [c.quantity for c in claims_of([placed]) if c.quantity is not None] == []
    assert [c.quantity.lower for c in claims_of([source]) if c.quantity is not None] == [10]  # no year to tell by


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        ("One security source put the death toll at 20; a second put it at 24 and a third at 26.", []),
        ("One official put the toll at 12, while another placed it at 15.", []),
        ("Police put the death toll at 20.", [20]),  # one estimate, the article's figure
    ],
)
def test_a_figure_set_at_several_values_by_several_sources_is_none_of_them(
    write_article: WriteArticle, sentence: str, counts: list[float]
) -> None:
    source = read_source(write_article("a.md", sentence))
    assert [c.quantity.lower for c in claims_of([source]) if c.quantity is not None] == counts


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("Five Camp Orvik campers are still missing, along with one counselor.", "missing"),
        ("At least 10 Camp Orvik campers are missing.", "missing"),
        ("Five Orsk students died.", "killed"),
        ("Six Texas counties were hit.", "county"),  # a name before things, not people
    ],
)
def test_a_name_before_the_people_counted_leaves_what_befell_them(sentence: str, counted: str) -> None:
    """ "Five Camp Orvik campers are still missing" counts the missing, as "five campers are still missing" does."""
    assert [h.quantity.counted for h in extract_quantities(sentence)][:1] == [counted]


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("Crews fought the three active wildfires.", "active wildfire"),  # not those put out
        ("The death toll between the two major wildfires rose.", "major wildfire"),
        ("Two Orsk County wildfires tore through the hills.", "wildfire"),  # a place names them, picks none
    ],
)
def test_things_counted_by_their_size_or_state_are_some_of_them(sentence: str, counted: str) -> None:
    assert [h.quantity.counted for h in extract_quantities(sentence)][:1] == [counted]


@pytest.mark.parametrize(
    "sentence",
    [
        "Crews gained ground on the two largest fires in the county.",
        "It is now among the 15 most destructive fires on record.",
        "The quake joins the top 10 deadliest quakes of the century.",
    ],
)
def test_how_many_a_ranking_takes_is_no_count(sentence: str) -> None:
    assert extract_quantities(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("Two foreign tourists were among the passengers.", "foreign tourist"),
        ("The bus carried 40 local residents.", "local resident"),
        ("Twelve Norwegian students reached the summit.", "norwegian student"),
        ("Twelve experienced students reached the summit.", "student"),  # no origin: all the students
    ],
)
def test_people_counted_with_where_they_come_from_are_those_people(sentence: str, counted: str) -> None:
    """ "Two foreign tourists" are some of the tourists: never set against a count of all of them."""
    assert [h.quantity.counted for h in extract_quantities(sentence)] == [counted]


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        ("The death toll has risen to five, after two passengers died in hospital.", [5]),
        ("The toll rose to 12 as three more bodies were found.", [12]),
        ("The toll has risen to 1,644, with 3,408 injured.", [1644]),  # another count, not a step
        ("Four more bodies were pulled from the mud.", []),
        ("Divers recovered another two bodies from the lake.", []),
        ("The discovery of three bodies on Friday night raised the confirmed death toll to 31.", [31]),
        ("Landslides killed 4 people overnight, bringing the total to 52.", []),
        ("In all, the death toll grew by eight from Saturday to Sunday.", []),
        ("The toll rose by 12 to 40.", [40]),
    ],
)
def test_the_step_by_which_a_toll_rose_is_not_the_toll(
    write_article: WriteArticle, sentence: str, counts: list[float]
) -> None:
    source = read_source(write_article("a.md", sentence))
    found = [c.quantity.lower for c in claims_of([source]) if c.quantity is not None and c.quantity.counted == "killed"]
    assert found == counts


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("It set off aftershocks, one measuring 6.4.", []),  # "measuring" can be no noun: nothing is counted
        ("Two buildings collapsed.", ["building"]),
        ("Three survivors were found.", ["survivor"]),  # a noun the lexicon lacks still counts
    ],
)
def test_a_verb_after_a_number_counts_nothing(sentence: str, counted: list[str]) -> None:
    assert [h.quantity.counted for h in extract_quantities(sentence) if h.quantity.unit == "count"] == counted


@pytest.mark.parametrize(
    ("sentence", "scopes"),
    [
        (
            "Officials said 25 people had died, with nine deaths from the Orsk Fire and 16 from the Tal Fire.",
            [(25, None), (9, "Orsk Fire"), (16, "Tal Fire")],
        ),
        ("There are 17 deaths tied to the Tal Fire.", [(17, "Tal Fire")]),
        ("Six people were killed in Lenham during the storm.", [(6, "Lenham")]),
    ],
)
def test_a_count_of_a_named_incident_is_scoped_to_it(sentence: str, scopes: list[tuple[float, str | None]]) -> None:
    assert [(h.quantity.lower, h.quantity.scope) for h in extract_quantities(sentence)] == scopes


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("Traffic resumed on the 2 Road bridge.", []),  # a name: two of a thing take its plural
        ("Rescuers found 30 roads blocked.", ["road"]),
        ("Two Pakistanis were detained.", ["arrested"]),  # people of a nation: what befell them is counted
    ],
)
def test_a_number_before_a_capitalised_singular_noun_is_a_name(sentence: str, counted: list[str]) -> None:
    assert [h.quantity.counted for h in extract_quantities(sentence) if h.quantity.unit == "count"] == counted


def test_an_acronym_after_a_number_is_no_name() -> None:
    found = [h for h in extract_quantities("More than 150 DNA samples are being analysed.") if h.quantity.lower == 150]
    assert len(found) == 1


@pytest.mark.parametrize(
    ("sentence", "span", "counted"),
    [
        (
            "Tremors were felt in Lima, more than 300 miles (483 kilometres) from the epicentre off Arequipa.",
            "more than 300 miles (483 kilometres)",
            "distance of Lima",
        ),
        ("Gusts of 90 mph (145 km/h) tore roofs off in Galway.", "90 mph (145 km/h)", "wind speed"),
        ("Waves of 7 metres (about 23 feet) struck Valparaíso.", "7 metres (about 23 feet)", "wave height"),
    ],
)
def test_a_measure_and_its_conversion_in_brackets_are_one_figure(sentence: str, span: str, counted: str) -> None:
    [hit] = extract_quantities(sentence)
    assert sentence[hit.start : hit.end] == span
    assert hit.quantity.counted == counted


def test_brackets_that_hold_another_figure_are_not_a_conversion() -> None:
    sentence = "The Ebro rose 4 metres (the record, set in 1907, is 9 metres) at Zaragoza."
    assert [sentence[h.start : h.end] for h in extract_quantities(sentence)] == ["4 metres", "9 metres"]


@pytest.mark.parametrize(
    ("sentence", "scope"),
    [
        ("The Hollis Fire was 40% contained by Tuesday night.", "Hollis Fire"),
        ("By then the Kinta Flood had displaced 2,300 households.", "Kinta Flood"),
        ("The Hollis Fire and the Ridge Fire together have burned 9,000 acres.", None),  # which one is not said
        # of two fires, the one named last before the figure, no other figure between
        ("The Hollis Fire was lit first and the Ridge Fire was at 15 percent containment.", "Ridge Fire"),
        # a measure only a fire has, in a sentence that names one
        ("The Ridge Fire stayed the same size, while the containment estimate rose to 27%.", "Ridge Fire"),
    ],
)
def test_a_figure_of_the_one_named_incident_before_it_is_that_incidents(sentence: str, scope: str | None) -> None:
    [hit] = extract_quantities(sentence)
    assert hit.quantity.scope == scope


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The map shows 20% containment for the Hollis Fire (4,100 acres) and 65% for the Ridge Fire.",
            [("containment", "Hollis Fire"), ("area burned", "Hollis Fire"), (None, "Ridge Fire")],
        ),
        (
            "The Ridge Fire was 10 percent contained on Monday, and it climbed overnight from 10 to 34%.",
            [("containment", "Ridge Fire"), ("containment", "Ridge Fire")],
        ),
        (
            "The Hollis Fire was at 11 percent containment and the Ridge Fire was at 15 percent containment.",
            [("containment", "Hollis Fire"), ("containment", "Ridge Fire")],
        ),
    ],
)
def test_a_measure_of_a_named_incident_in_brackets_or_changed_into_is_of_that_incident(
    sentence: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert [(h.quantity.counted, h.quantity.scope) for h in extract_quantities(sentence)] == expected


def test_a_figure_after_it_or_the_fire_is_of_the_one_incident_the_sentence_before_names(
    write_article: WriteArticle,
) -> None:
    body = (
        "The Hollis Fire has burned 4,100 acres. It is 20% contained.\n\n"
        "The Hollis Fire and the Ridge Fire merged. It is 50% contained.\n\n"
        "Crews reached the ridge. It is 70% contained."
    )
    source = read_source(write_article("a.md", body))
    found = [(c.quantity.lower, c.quantity.scope) for c in claims_of([source]) if c.quantity is not None]
    assert found == [(pytest.approx(1659.2, abs=0.1), "Hollis Fire"), (20, "Hollis Fire"), (50, None), (70, None)]


@pytest.mark.parametrize(
    ("article", "scope"),
    [
        (["The Tamsin fire began on Monday.", "It has burned more than 11,800 acres."], "Tamsin fire"),
        # an article of two fires leaves the figure unplaced
        (["The Tamsin fire and the Orle Fire began.", "It has burned more than 11,800 acres."], None),
        # a sentence of several fires speaks of them all
        (["The Tamsin fire began on Monday.", "The fires have burned more than 11,800 acres."], None),
        # an agency is no incident
        (["Cal Fire said on Monday that crews were ready.", "It has burned more than 11,800 acres."], None),
    ],
)
def test_a_measure_of_an_incident_is_of_the_one_incident_its_article_names(
    write_article: WriteArticle, article: list[str], scope: str | None
) -> None:
    body = f"{article[0]}\n\nCrews worked through the night.\n\n{article[1]}"  # not the sentence right before
    source = read_source(write_article("a.md", body))
    [burned] = [c for c in claims_of([source]) if c.quantity is not None and c.quantity.counted == "area burned"]
    assert burned.quantity is not None and burned.quantity.scope == scope


@pytest.mark.parametrize(
    ("article", "incident"),
    [
        (["The Tamsin fire began on Monday.", "By 12:23 p.m. crews had cut a line to the ridge."], "Tamsin fire"),
        (["The Tamsin fire and the Orle fire began on Monday.", "By 12:23 p.m. crews had cut a line."], None),
        (["The Tamsin fire began on Monday.", "By 12:23 p.m. the Orle fire had reached the ridge."], None),
        (["The Tamsin fire began on Monday.", "A second fire broke out near Orle at 12:23 p.m."], None),
        (["Orle fire", "The Tamsin fire began on Monday.", "By 12:23 p.m. crews had cut a line."], None),  # a heading
    ],
)
def test_a_time_whose_sentence_names_no_incident_is_of_the_one_its_article_names(
    write_article: WriteArticle, article: list[str], incident: str | None
) -> None:
    body = "\n\n".join([*article[:-1], "Crews worked through the night.", article[-1]])
    source = read_source(write_article("a.md", body))
    [time] = [c.time for c in claims_of([source]) if c.time is not None]
    assert time.incident == incident


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("Two children were fatally shot.", "killed"),
        ("Three hikers were fatally injured in the fall.", "killed"),
        ("Two students, ages 8 and 10, were fatally struck in the pews.", "killed"),
        ("Three men, all fishermen, were rescued at dawn.", "rescued"),
        ("One mountain guide, Ilse Varga, 41, remains missing.", "missing"),  # past a name and an age
        ("Three men, all climbers, remained hospitalised.", "hospitalised"),
        ("Two of the mountain guides are still missing.", "missing guide"),  # some of the guides: a part
        ("Nine of the victims died.", "killed"),  # victims of no kind: the dead
        ("Two students, who sat in the pews, saw the gunman.", "student"),  # an aside, then nothing befalls them
        ("About 340 students, most of them girls, attend the school.", "student"),
        ("Twelve workers building the tower died.", "killed"),  # past what they were doing
        ("More than 20 girls attending a summer camp are unaccounted for.", "missing"),
        ("Ten guides leading the climb reached the summit.", "guide"),
        ("Twelve girls from Camp Orla have not been accounted for.", "missing"),
        ("Five hikers are still not accounted for.", "missing"),
        ("Twelve girls have been accounted for.", "girl"),
        ("Twelve girls from Camp Orla, a private camp on the river, have not been accounted for.", "missing"),
        ("The families of four girls at Camp Orla confirmed their children died.", "killed girl"),
        ("The loved ones of two hikers said both were killed.", "killed hiker"),
        ("The families of three hikers said they were still waiting for news.", "hiker"),  # nothing befell them
        ("Relatives of 12 miners gathered as the toll of the blast rose to 30.", "miner"),  # others' toll
        ("Parents of 300 pupils were told the 2 teachers killed would be remembered.", "pupil"),
        ("Parents of 200 students were told nobody was injured.", "student"),
        ("Relatives of 7 miners trapped underground said 2 had died.", "trapped"),  # told right after them
        ("Thirty divers searching for bodies reached the wreck.", "diver"),  # what their doing is of
        ("Fifty doctors treating injured people arrived.", "doctor"),
        ("Twelve firefighters battling the blaze that killed two reached the ridge.", "firefighter"),
        ("Twelve firefighters battling the blaze rescued residents.", "firefighter"),  # what they did
    ],
)
def test_what_befell_people_is_read_past_an_aside_and_fatally(sentence: str, counted: str) -> None:
    assert extract_quantities(sentence)[0].quantity.counted == counted


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Five people were killed and 23 girls are missing.", [(5, "killed"), (23, "missing")]),
        ("Two hikers died, and 14 campers remain missing.", [(2, "killed"), (14, "missing")]),
        ("Ten hikers and one guide are still missing.", [(10, "missing hiker"), (1, "guide")]),  # one list
        # the second of a list, whatever a relative clause says of the first: not one missing
        ("Eleven campers who were staying at the lake and one guide remain missing.", [(11, "camper"), (1, "guide")]),
    ],
)
def test_a_second_figure_after_a_clause_of_its_own_is_counted_by_what_befell_it(
    sentence: str, expected: list[tuple[float, str]]
) -> None:
    assert [(h.quantity.lower, h.quantity.counted) for h in extract_quantities(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A midair collision kills 67 people.", [(67, "killed")]),  # the verb in the present
        ("The storm injures 12 people.", [(12, "injured")]),
        # some of the dead, with what befell them unsaid: only the toll is a count
        ("Divers recovered the remains of 55 of the 67 people killed.", [(67, "killed")]),
        ("Police found 3 of the 23 items taken.", [(3, "item"), (23, "item in total")]),
        # the whole may have an owner: "of the train's nine carriages"
        ("Seven of the train's nine carriages left the tracks.", [(7, "carriage"), (9, "carriage in total")]),
        # a speed something is limited to is its limit, not its speed
        (
            "The train was going at about 100 km/h on a stretch limited to 80 km/h.",
            [(90, "speed"), (80, "speed limit")],
        ),
        # where an incident happened, "near" a town, is no count's scope
        ("A train derailed near Velden, killing 23 people.", [(23, "killed")]),
    ],
)
def test_a_verb_before_people_and_a_part_of_them(sentence: str, expected: list[tuple[float, str]]) -> None:
    assert [(h.quantity.lower, h.quantity.counted) for h in extract_quantities(sentence)] == expected


OUTAGES = {
    "About 1.2 million homes lost power.": ["without power"],
    "Power was cut to 1.2 million households.": ["without power"],
    "Some 40,000 customers were still without power on Sunday.": ["without power"],
    "The blackout left 2 million residents in the dark.": ["without power"],
    "Outages affecting 80,000 customers were reported.": ["without power"],
    # homes lost, not their power; and an outage told after another figure's clause is its own
    "Residents of 500 homes lost everything.": ["home"],
    "Power was restored to 800,000 customers by Tuesday.": ["customer"],  # the reverse of an outage
    "The storm destroyed 50 homes and left 3,000 homes without power.": ["home", "without power"],
    # a cut of water is an outage of its own
    "Some 66,000 households were left without running water.": ["without water"],
    "A total of 114,796 households remained without water.": ["without water"],
    "The storm destroyed 50 homes and left 3,000 homes without water.": ["home", "without water"],
    "Crews brought water to 300 residents.": ["resident"],
    "Some 800 homes without water meters were billed.": ["home"],  # a noun after the water
}


def test_homes_and_people_an_outage_left_without_power() -> None:
    for sentence, counted in OUTAGES.items():
        assert [h.quantity.counted for h in extract_quantities(sentence)] == counted, sentence


def test_a_town_an_incident_happened_near_is_no_scope_of_its_toll() -> None:
    [toll] = extract_quantities("A train carrying 300 passengers derailed near Velden, killing 23 people.")[1:]
    assert (toll.quantity.counted, toll.quantity.scope) == ("killed", None)


@pytest.mark.parametrize(
    "sentence",
    ["Melissa struck as a Category 5 hurricane.", "Officials issued Level 3 warnings.", "It was a category 4 storm."],
)
def test_a_number_naming_a_step_of_a_scale_counts_nothing(sentence: str) -> None:
    assert extract_quantities(sentence) == []


@pytest.mark.parametrize(
    ("after", "scope"),
    [
        ("These numbers are just for the Oruro region, near the epicentre.", "Oruro"),
        ("This data pertains solely to Oruro.", "Oruro"),
        ("The toll covers only Oruro province.", "Oruro"),
        ("These figures are expected to rise.", None),  # says nothing of where
        ("Rescuers reached Oruro on Monday.", None),
    ],
)
def test_a_sentence_after_a_count_may_say_where_it_applies(write_article: WriteArticle, after: str, scope: str) -> None:
    body = f"The death toll in Bolivia has risen to 300, with 900 people injured. {after}"
    source = read_source(write_article("a.md", body))
    found = {c.quantity.scope for c in claims_of([source]) if c.quantity is not None and c.quantity.lower == 300}
    assert found == {scope}


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        ("Donors pledged $12.6 million, including US$10 mi", ["$12.6 million"]),  # cut off: "mi...", what scale?
        ("The toll has reached at least 95, with 75 pe", ["at least 95"]),
        ("The fire has burned more than 12,000 ", []),
        ("At least 12 people died in the crash at the airp", ["At least 12 people died"]),  # its words are there
        ("Donors pledged US$10 million.", ["US$10 million"]),  # a whole sentence
    ],
)
def test_a_figure_where_a_text_is_cut_off_is_no_claim(write_article: WriteArticle, body: str, kept: list[str]) -> None:
    source = read_source(write_article("a.md", body))
    assert [c.span.text for c in claims_of([source]) if c.quantity is not None] == kept


@pytest.mark.parametrize(
    ("body", "scope"),
    [
        ("Among the dead in Varna Province were 12 adults and 9 children.", "Varna Province"),
        ("The death toll in hard-hit Varna Province includes 12 adults.", "Varna Province"),
        ("Forty died in Varna Province alone, 12 were adults.", "Varna Province"),
        ("Of the fatalities, 40 occurred in Varna Province. The dead include 12 adults.", "Varna Province"),
        # the toll before it is of two places, or of none, or smaller than the part, or the part's sentence sets its
        # own frame: the part's place is not known
        ("Forty died in Varna Province. Across the country, the dead include 12 adults.", None),
        ("Forty died in Varna Province. Separately, the dead from last week's floods include 12 adults.", None),
        ("Ten died in Varna Province. The dead include 12 adults.", None),
        ("Those killed in Varna Province were buried, as officials said the dead in all include 12 adults.", None),
        ("Forty died in Varna Province and five in Ruse Province. The dead include 12 adults.", None),
        ("At least 60 died, 40 of them in Varna Province. The dead include 12 adults.", None),
        ("Forty died in Varna Province. Rescuers said 12 adults were still missing.", None),  # not a part of the dead
        ("The dead include 12 adults.", None),
    ],
)
def test_a_part_of_a_toll_is_of_the_tolls_place(write_article: WriteArticle, body: str, scope: str | None) -> None:
    source = read_source(write_article("a.md", body))
    found = {c.quantity.scope for c in claims_of([source]) if c.quantity is not None and c.quantity.lower == 12}
    assert found == {scope}


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("Residents of Tarija (population: 250,000) slept outdoors.", ["population"]),
        ("The town has a population of about 9,000.", ["population"]),
        ("Lund, home to 120,000 people, was spared.", ["population"]),
        ("The valley's 40,000 inhabitants were warned.", ["population"]),
        ("Some 300 residents were evacuated.", ["evacuated"]),  # residents moved out: no population
    ],
)
def test_a_population_is_counted_as_one(sentence: str, counted: list[str]) -> None:
    assert [h.quantity.counted for h in extract_quantities(sentence)] == counted


@pytest.mark.parametrize(
    ("body", "counted"),
    [
        (
            "An 83-year-old grandfather was found in the ruins in Ostby. The fire killed nine people, including "
            "Rolf Lund, who was found in his bed.",
            "age of rolf lund",
        ),
        ("A 40-year-old man was arrested. Police chief Ana Ruiz said he lived in Lund.", "age"),  # who tells of him
        ("A 38-year-old woman and a 37-year-old man were charged. Judge Eva Lind set bail.", "age"),  # two of them
        ("A 26-year-old hiker died. Jon Berg, uncle of Tom Berg, spoke of him.", "age"),  # which of the two
    ],
)
def test_someone_unnamed_is_the_one_person_the_next_sentence_names(
    write_article: WriteArticle, body: str, counted: str
) -> None:
    source = read_source(write_article("a.md", body))
    ages = [c.quantity.counted for c in claims_of([source]) if c.quantity is not None and c.quantity.unit == "years"]
    assert ages[0] == counted


@pytest.mark.parametrize(
    ("body", "counted"),
    [
        ("A Velm resident surnamed Okafor told reporters he was at work. His family escaped. The 40-year-old said "
         "he ran back.", "age of okafor"),
        ("Ana Torres was inside when the fire started. The 34-year-old escaped.", "age of ana torres"),
        ("Police said Ana Torres and Mateo Ruiz were inside. The 34-year-old escaped.", "age"),  # which of the two
        ("Ana Torres was inside. A 34-year-old escaped.", "age"),  # someone else
    ],
)  # fmt: skip
def test_the_aged_one_a_sentence_opens_on_is_the_person_just_introduced(
    write_article: WriteArticle, body: str, counted: str
) -> None:
    source = read_source(write_article("a.md", body))
    ages = [c.quantity.counted for c in claims_of([source]) if c.quantity is not None and c.quantity.unit == "years"]
    assert ages == [counted]


def test_the_remains_of_people_count_the_dead() -> None:
    [hit] = extract_quantities("Divers recovered the remains of 13 victims near Kerrville on Friday.")
    assert hit.quantity.counted == "killed"


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("The toll from the collapse of a 40-storey tower rose to 9.", [("floor", 40), ("killed", 9)]),
        ("A 15-member crew was aboard.", [("member", 15)]),
    ],
)
def test_a_number_joined_to_a_noun_counts_that_noun(sentence: str, counted: list[tuple[str, float]]) -> None:
    assert [(h.quantity.counted, h.quantity.lower) for h in extract_quantities(sentence)] == counted


def test_the_day_of_a_month_is_never_a_count(write_article: WriteArticle) -> None:
    """ "On May 3" dates the report here, so it is no date claim; its 3 is no count either."""
    source = read_source(write_article("a.md", "The toll rose to 14 on May 3 after divers searched the river."))
    assert [(c.quantity.counted, c.quantity.lower) for c in claims_of([source]) if c.quantity] == [("killed", 14)]


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("Floods left 40 people dead in five Ontario townships.", ["killed", "township"]),
        ("Officials said 61 people are known missing.", ["missing"]),
        ("Inspectors took nearly 90 soil, water, and air samples.", ["sample"]),
        ("The toll rose to 6 after rescue crews reached the valley.", ["killed"]),  # "after" opens no noun phrase
    ],
)
def test_what_a_figure_counts_reads_through_names_lists_and_hedges(sentence: str, counted: list[str]) -> None:
    assert [h.quantity.counted for h in extract_quantities(sentence)] == counted


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("Nine hikers died on the ridge.", ["killed"]),
        ("Eight hikers and guides were injured.", ["injured"]),
        ("The lodge was hosting 300 hikers.", ["hiker"]),
        ("At least 6 hikers and one guide remain missing.", ["missing hiker", "guide"]),  # a part of the missing
        ("There are 9 missing hikers and one guide.", ["missing hiker", "guide"]),
        # what befell them told past the list's last noun, beyond the figure's own words
        ("There are still 10 Lake Ostby Scout hikers and one guide missing.", ["missing hiker", "guide"]),
        ("Five hikers and one guide are still unaccounted for.", ["missing hiker", "guide"]),
        ("Ten hikers and a guide are still missing.", ["missing hiker"]),
        ("The lodge hosts 300 hikers and one warden at the ridge.", ["hiker", "warden"]),  # nothing befell them
        ("Militants killed 12 soldiers and a policeman was wounded.", ["killed"]),  # the verb before says it
        ("Five police officers were injured.", ["injured"]),  # a noun naming their kind before the people
        ("Two border guards died.", ["killed"]),
        ("Five police officers arrived.", ["officer"]),
        ("More than 3,150 fire personnel were assigned to the blaze.", ["personnel"]),  # a plural like its singular
        ("The navy of Tessaly operates 12 aircraft carriers.", ["carrier"]),  # which describes the noun after it
        ("Some 500 deer hunters gathered in Bellow.", ["hunter"]),
        ("The coast guard rescued 20 sailors and one crew member is missing.", ["rescued", "crew member"]),
        # what a clause joined after the place or the people says befell others is theirs alone
        ("Rescuers pulled 160 people from the water and 27 remained missing.", ["rescued", "missing"]),
        ("Rescuers found 160 people and 27 remained missing.", ["people", "missing"]),
        # ... but two subjects of one verb share what befell them
        ("Three adults and two children died.", ["killed adult", "killed"]),
        ("Three students from São Paulo have died.", ["killed"]),  # a place's name in any letters
        # a collective counted by its members is the head of its phrase, not the verb after it
        ("A ferry carrying 214 passengers and 11 crew capsized.", ["passenger", "crew"]),
        ("The ambush left 3 soldiers and a policeman wounded.", ["injured soldier"]),
        ("Nine hikers and one guide died.", ["killed hiker", "guide"]),
        ("At least 40 people have lost their lives in the slide.", ["killed"]),
        ("The number of lives lost in the slide has risen to 41.", ["killed"]),
        ("Five medical students died.", ["killed"]),  # a word describing them: still what befell them
        ("Five students from the college have died.", ["killed"]),  # where they were from, then what befell them
        ("Ten hikers on the ridge were injured.", ["injured"]),
        ("Ten hikers were still missing on Monday.", ["missing"]),  # past an adverb of time
        ("The club said 27 hikers and guides were among the dead.", ["killed"]),  # counted among those it befell
        ("Three soldiers are among the injured.", ["injured"]),
        (
            "One Camp Ostby hiker, 9-year-old Ana Ruiz of Ohio, was confirmed among the dead.",
            ["killed", "age of ana ruiz"],
        ),
        ("Five students from the college attended.", ["student"]),  # nothing befell them
        ("One Camp Ostby hiker was found.", ["hiker"]),  # the name modifies the noun that is counted
        ("The slide upended the lives of 300 families.", ["family"]),  # lives touched, not lost
        ("At least 31 other people are still missing.", ["missing"]),  # besides the dead: the missing
        ("Four assailants fled.", ["attacker"]),  # the perpetrators are counted apart
        ("Four thieves fled.", ["thief"]),
        ("The province prepared to evacuate over 9,000 people.", ["evacuated"]),  # the verb before them
        ("According to officials, five medical students have died.", ["killed"]),  # no figure before the comma
        ("The gunman opened fire, killing two students.", ["killed"]),  # the verb right before them
        ("A landslide killed 50 monks.", ["killed"]),
        ("The flood killed at least 27 campers.", ["killed"]),  # past the hedge between verb and figure
        ("Police pulled over 12 drivers.", ["driver"]),  # "over" here is no hedge
        ("Two hikers were rescued as 30 volunteers searched the ridge.", ["rescued", "volunteer"]),
        ("Police have detained seven suspects.", ["arrested"]),
        ("The school enrolls 340 students.", ["student"]),  # nothing befell them
        ("The injured hikers were between the ages of 6 and 15.", []),  # an age range, no count
        ("One hiker died, while six others sustained injuries.", ["killed", "injured"]),  # hurt, by what they suffered
        ("Twelve guides suffered minor burns.", ["injured"]),
        ("The guide suffered 12 burns.", ["burn"]),  # a count of burns, not of people
        ("All 40 hikers suffered no injuries.", ["hiker"]),  # not hurt: no toll of the injured
        ("The toll, which stood at 18 on Sunday, is expected to rise.", ["killed"]),  # a clause on the toll
        ("The number of missing, which had reached 30, fell.", ["missing"]),
        # "and" inside the subject joins names, not two figures: the verb still tells what is counted
        ("The number of confirmed deaths from the Arlo and Brisk slides climbed to 25 on Tuesday.", ["killed"]),
        ("The combined death toll from the Arlo and Brisk slides rose to 16.", ["killed"]),
        ("Nine hikers were killed and 20 injured.", ["killed", "injured"]),  # but after a figure it joins two
        ("Families of the dead gathered at the lodge and the guide said 200 attended.", []),  # or two clauses
        ("The slide killed 12 hikers and two residents sustained wounds.", ["killed", "injured"]),
    ],
)
def test_people_of_any_kind_count_what_befell_them(sentence: str, counted: list[str]) -> None:
    assert [h.quantity.counted for h in extract_quantities(sentence)] == counted


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Crews held the 9,000-acre Hollis Fire overnight.", ("area burned", "ha", "Hollis Fire")),
        ("A 500-hectare blaze threatened the village.", ("area burned", "ha", None)),
    ],
)
def test_a_hyphenated_measure_is_a_measure_of_the_incident_it_names(
    sentence: str, expected: tuple[str, str, str | None]
) -> None:
    [hit] = extract_quantities(sentence)
    assert (hit.quantity.counted, hit.quantity.unit, hit.quantity.scope) == expected


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("Two more people have been charged over the raid.", []),  # more of an unstated whole
        ("Three other individuals were later released.", []),
        ("Guards detained another two suspects.", []),
        ("Two more vases were dropped in the hall.", ["vase"]),  # more things: a count of their own
        ("Four other parties received a combined 2,352 votes.", ["vote"]),  # things besides those named
        ("The fire destroyed 120 homes and 300 other structures.", ["home", "structure"]),  # what was destroyed
        ("Nine were killed and 14 more were injured.", ["killed", "injured"]),  # others, by what befell them
    ],
)
def test_more_people_or_others_besides_are_no_count_of_their_own(sentence: str, counted: list[str]) -> None:
    assert [h.quantity.counted for h in extract_quantities(sentence)] == counted


def test_a_place_after_the_next_figure_in_words_is_that_figures() -> None:
    sentence = "The storm killed nine people, including three deaths at sea, two in Vardo and four in Orvik."
    assert [h.quantity.scope for h in extract_quantities(sentence)] == [None, None, "Vardo", "Orvik"]


@pytest.mark.parametrize(
    ("sentence", "scopes"),
    [
        ("The ferry sank, killing 58 people aboard and four people on the ground.", ["aboard", "on the ground"]),
        ("All 112 people on board have died.", ["aboard"]),
        ("The jet hit a school, and 19 lives were lost on the ground.", ["on the ground"]),
        ("Nineteen people died in Orvik.", ["Orvik"]),
    ],
)
def test_those_aboard_and_those_on_the_ground_are_counted_apart(sentence: str, scopes: list[str | None]) -> None:
    assert [h.quantity.scope for h in extract_quantities(sentence)] == scopes


@pytest.mark.parametrize(
    ("sentence", "scopes"),
    [
        ("Officials said 21 people were found dead at the scene, while three died in hospital.",
         ["at the scene", "in hospital"]),
        ("Two guards were killed on the spot.", ["at the scene"]),
        ("Three passengers later succumbed to their injuries in hospital.", ["in hospital"]),
        ("Two people died after being taken to hospital.", [None]),  # where they were taken, not where they died
        ("Five people were taken to hospital.", [None]),
    ],
)  # fmt: skip
def test_those_who_died_at_the_scene_and_in_hospital_are_counted_apart(sentence: str, scopes: list[str | None]) -> None:
    assert [h.quantity.scope for h in extract_quantities(sentence)] == scopes


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("The Velm flood killed 14 people, including two lifeguards, and injured 30, including three nurses.",
         ["killed", "killed lifeguard", "injured", "injured nurse"]),
        ("At least 40 people were hurt, including 12 firefighters.", ["injured", "injured firefighter"]),
        ("The agency deployed 300 staff, including 12 firefighters.", ["staff", "firefighter"]),  # nothing befell them
    ],
)  # fmt: skip
def test_people_of_a_kind_included_in_a_toll_are_a_part_of_it(sentence: str, counted: list[str]) -> None:
    assert [h.quantity.counted for h in extract_quantities(sentence)] == counted


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("The gunmen, numbering around 50, stormed the market.", ["attacker"]),
        ("Ortiz won with 51.2% of the vote, on a turnout of 61%.", ["share of vote", "turnout"]),
        ("With 95% of the vote counted, Ortiz led.", [None]),  # how far the count has gone
        ("Organisers said 100,000 people took part, while police put the figure at 25,000.", ["people", "people"]),
        ("The blast killed 12 people at the rally, while organisers put the crowd at 5,000.", ["killed"]),
        ("The toll in Velmora was 40, officials said.", ["killed"]),  # no place's age
        ("Protesters, numbering some 2,000, marched on the palace.", ["protester"]),
        ("The raid was carried out by about 30 militants.", ["attacker"]),  # who did it: no margin
        ("Labour carried the seat by 1,200 votes.", ["difference in vote"]),
        ("It was lower than the one given by local officials.", []),  # "the one": a thing named before
        ("We buried 42 people this morning.", ["people"]),  # a burial
        ("The landslide buried 40 people.", ["trapped"]),
    ],
)
def test_what_a_figure_counts_in_news(sentence: str, counted: list[str | None]) -> None:
    assert [h.quantity.counted for h in extract_quantities(sentence)] == counted


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("Of the 68 injured, 16 were in a critical condition.", ["injured", "critical condition"]),
        ("Nine patients remain in serious condition in Velm.", ["serious condition"]),
        ("Twenty-eight are deemed serious cases.", ["serious condition"]),
        ("Seven people were critically injured.", ["critical condition"]),
        ("Among those hospitalized, nine people are in extremely serious condition.", ["serious condition"]),
        ("A nurse said five of the injured were in critical condition at Velm General.", ["critical condition"]),
        ("Two of those hospitalised remain in serious condition.", ["serious condition"]),
        ("Three people, including a child, were critically injured.", ["critical condition"]),  # past an aside
        ("The two critical issues are cost and time.", ["issue"]),  # no one's condition
    ],
)
def test_people_are_counted_by_the_condition_hospitals_report(sentence: str, counted: list[str]) -> None:
    assert [h.quantity.counted for h in extract_quantities(sentence)] == counted


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("Each household can send up to two people at a time.", "rate of people"),
        ("Every family received 50 blankets.", "rate of blanket"),
        ("Each of the 12 victims was named.", "victim"),  # some of a group, not each one's share
    ],
)
def test_a_figure_for_each_one_of_something_is_a_rate(sentence: str, counted: str) -> None:
    assert [h.quantity.counted for h in extract_quantities(sentence)] == [counted]


@pytest.mark.parametrize(
    ("sentence", "scopes"),
    [
        ("Five hikers from Norway, three from Chile and two from Vessel County died.", ["Norway", "Chile", None]),
        ("Five hikers from Gujarat died.", ["Gujarat"]),  # a state of a country
        ("Twenty hikers from Camp Ostby died.", [None]),
        ("Four hikers from Bavaria-Nord died.", ["Bavaria-Nord"]),  # a division joined to another name
    ],
)
def test_people_from_a_state_or_country_are_the_ones_from_there(sentence: str, scopes: list[str | None]) -> None:
    """Origins that the country data names (a country, a first-level division) set a part apart; a camp or a
    county it does not know stays unscoped."""
    assert [h.quantity.scope for h in extract_quantities(sentence)] == scopes


@pytest.mark.parametrize(
    "sentence",
    ["Water threatened the Highway 39 bridge.", "Crews shut State Road 16 bridges.", "FM 1340 crossings flooded."],
)
def test_a_number_that_names_a_road_is_no_count(sentence: str) -> None:
    assert extract_quantities(sentence) == []


def test_a_road_that_ends_a_line_names_no_number_on_the_next() -> None:
    [homes] = extract_quantities("Pacific Coast Highway\n\n20 homes burned along the coast.")
    assert homes.quantity.lower == 20


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Fire update\n- Deaths: 24\n- Containment: 11%", ["killed", "containment"]),
        ("Fatalities: at least 12", ["killed"]),
        ("Hurst fire\nRecreation Center: 1350 S. Main", []),  # a name, not a fact box's label
        ("Injured: 24\nDeaths: 11", ["injured", "killed"]),  # a line's label, not the next line's
        ("Deaths last year: 310\nMissing since: 3 days ago", []),  # not this event's toll
        ("Injured: 2 weeks ago", []),
    ],
)
def test_a_fact_box_label_names_what_its_figure_counts(text: str, counted: list[str]) -> None:
    assert [h.quantity.counted for h in extract_quantities(text) if h.quantity.counted] == counted


@pytest.mark.parametrize(
    "sentence",
    [
        "At 12:50 people fled.",
        "The quake struck at 12:50 local time.",
        "By 9:05 crews arrived.",
        "At 12:50:30 people fled.",
    ],
)
def test_the_hours_and_minutes_of_a_clock_are_no_count(sentence: str) -> None:
    assert extract_quantities(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "scopes"),
    [
        ("The valley lies 65 miles north of Tarija and 101 miles west of Sucre.", ["Tarija", "Sucre"]),
        ("The camp sits some 18 miles from Villazon.", ["Villazon"]),
        ("The camp lies 16 km north-west of Yura.", ["Yura"]),  # a bearing as British English writes it
    ],
)
def test_a_distance_is_measured_from_the_place_a_bearing_names(sentence: str, scopes: list[str]) -> None:
    assert [h.quantity.scope for h in extract_quantities(sentence) if h.quantity.counted == "distance"] == scopes


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        (
            "The fire was endangering roughly 13,200 structures and 10,300 homes.",
            ["threatened structure", "threatened home"],
        ),
        ("Over 10,000 homes are at risk.", ["threatened home"]),
        ("The fire destroyed 5,300 homes and threatened 2,000 more homes.", ["home", "threatened home"]),
        ("The fire has burned 5,300 structures.", ["structure"]),
        ("Officials estimate 7,000 structures were damaged or destroyed.", ["damaged or destroyed structure"]),
        ("Inspectors confirmed 6,782 structures destroyed.", ["structure"]),
        ("The quake damaged 1,200 buildings.", ["damaged building"]),
    ],
)
def test_property_threatened_or_damaged_is_counted_apart_from_property_lost(sentence: str, counted: list[str]) -> None:
    assert [h.quantity.counted for h in extract_quantities(sentence)] == counted


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("Officials in Vessel County, roughly 60 miles north of Tarija, said 43 died.", "distance of Vessel County"),
        ("Floods hit Vessel County, which is 65 miles north of Tarija.", "distance of Vessel County"),
        ("The epicentre was 16 kilometres north of Tarija.", "distance of epicentre"),  # the point a quake struck
        ("On Tuesday, 16 kilometres north of Tarija, a bridge fell.", "distance"),  # a day is no place
        ("In Chile, about 900 km from the epicentre, roofs fell.", "distance of Chile"),
        ("Tremors were felt more than 300 km away in Lima.", "distance of Lima"),
        ("Two aftershocks occurred about 20 miles from Arequipa.", "distance of aftershock"),
        # a place that ends an earlier distance's bearing, or is near the epicentre, is not what it is of
        ("The epicentre was near Arequipa, 80 km west of the capital, Lima.", "distance of epicentre"),
        ("The ship sank near Lampedusa, 70 miles from Tunisia.", "distance of Lampedusa"),  # no quake: the place
        ("The epicentre was in Cusco; rescuers drove 300 km from Lima.", "distance"),  # another clause's epicentre
        ("A 6.4 aftershock followed the quake, which struck 17 km north of Yura.", "distance of epicentre"),
        ("Yura, Arequipa, 20 km north of the city, flooded.", "distance of Yura"),  # a town, then its region
        ("Residents in Cusco, the old capital, 500 km from the epicentre, fled.", "distance of Cusco"),  # an aside
    ],
)
def test_a_distance_is_of_the_place_named_before_it(sentence: str, counted: str) -> None:
    [distance] = [h.quantity for h in extract_quantities(sentence) if h.quantity.unit == "m"]
    assert distance.counted == counted


@pytest.mark.parametrize(
    ("sentence", "counted", "scope"),
    [
        (
            "Five died in Lima, Peru's capital, more than 500 miles (805 kilometers) from the center of the quake.",
            "distance of Lima",
            "epicentre",
        ),  # past an aside, and a conversion in brackets
        (
            "The epicentre lay 12 km north of Yura, and 80 km west of the capital, Lima.",
            "distance of epicentre",
            "Lima",
        ),
        ("Homes 30 km from the centre of the city burned.", "distance", None),  # a city's centre: no quake's
        ("The quake hit 80 km from the capital, Mayor Ana Lopez said.", "distance of epicentre", None),  # no capital
    ],
)
def test_a_distance_from_a_quakes_centre_or_a_capital(sentence: str, counted: str, scope: str | None) -> None:
    distance = [h.quantity for h in extract_quantities(sentence) if h.quantity.unit == "m"][-1]
    assert (distance.counted, distance.scope) == (counted, scope)


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("The school is grieving the loss of 14 pupils.", ["killed"]),
        ("The deaths of 12 miners shocked the town.", ["killed"]),
        ("The plant announced the loss of 200 jobs.", ["job"]),  # no people: a loss of something else
    ],
)
def test_the_loss_or_deaths_of_people_count_the_dead(sentence: str, counted: list[str]) -> None:
    assert [h.quantity.counted for h in extract_quantities(sentence)] == counted


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("The sheriff said 21 adults and 9 children have been recovered.", ["killed adult", "killed children"]),
        ("Eleven people were later recovered from the lake.", ["killed"]),
        ("Eleven people were recovered alive.", ["people"]),
        ("Four miners were recovered from their injuries.", ["miner"]),
        ("Six patients recovered.", ["patient"]),
        ("Police said 8 paintings were recovered.", ["painting"]),  # things, not bodies
        ("12 pistols and 40 magazines have been recovered.", ["pistol", "magazine"]),
        # the living: any sign of them in the sentence
        ("14 people were recovered by the coast guard and taken to hospital.", ["people"]),
        ("Rescuers said 30 survivors and 12 bodies have been recovered.", ["survivor", "killed"]),
    ],
)
def test_people_recovered_are_the_bodies_found(sentence: str, counted: list[str]) -> None:
    assert [h.quantity.counted for h in extract_quantities(sentence)] == counted


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        # those a figure after "all but" counts were spared; how many died is not told
        ("Of the 150 people on board, all but two were killed.", [("people", "aboard")]),
        ("All but two people survived the crash.", []),
        # all of a group, whatever befell most of them
        ("The crash killed almost all the 150 people on the aircraft.", [("people", "aboard")]),
        ("A ferry carrying 150 people sank.", [("people", None)]),
        ("A jet with 150 people on board, including two pilots, crashed.", [("people", "aboard"), ("pilot", None)]),
        ("Of the 150 people on board, 148 died.", [("people", "aboard"), ("killed", None)]),
        ("Of the 68 dead, 40 were adults.", [("killed", None), ("killed adult", None)]),  # the whole is a toll
        # a part of a group, and what befell it after the whole
        ("The airline confirmed 148 of the 150 people aboard have died.", [("killed", "aboard"), ("people", "aboard")]),
        ("Three of the five hikers were injured.", [("injured", None), ("hiker", None)]),
        ("The remains of 55 of the 67 people killed were found.", [("killed", None)]),  # the verb names the whole
        # a group and the rest of it, counted together
        ("All but two of the 150 passengers and crew were killed.", [("people", None)]),
        ("There were 64 passengers and crew on the plane.", [("people", "aboard")]),
        ("The dead include 70 adults and 36 children.", [("killed adult", None), ("killed children", None)]),
        ("Three of the five children on board drowned.", [("killed", "aboard"), ("children", "aboard")]),
        ("The flight had 230 passengers and 12 crew on board.", [("passenger", None), ("crew", "aboard")]),
        ("The plane with 181 people on board crashed, killing 179 of them.", [("people", "aboard"), ("killed", None)]),
        ("A helicopter carrying 5 people crashed, killing all on board.", [("killed", None)]),  # all of them died
        ("A jet with 150 people on board crashed, killing all but one on board.", [("people", "aboard")]),
        ("A minibus with 14 people on board plunged into the river; all died.", [("killed", "aboard")]),
        ("The bus carried 40 local residents.", [("local resident", None)]),
        # those who lived through it
        ("One passenger had miraculously survived the crash.", [("survivor", None)]),
        ("Two crew members survived.", [("survivor", None)]),
        ("Two people survived with minor injuries.", [("injured", None)]),  # what else befell them
        # some of those aboard, counted by what they were doing
        ("Seven people aboard the plane were returning from a hunting trip.", []),
        ("Twelve passengers on board were travelling to a wedding.", []),
        ("About 23 children who were attending the camp are missing.", [("missing children", None)]),
        ("Ten people were being treated in hospital.", [("people", None)]),
    ],
)
def test_a_whole_and_its_parts_are_counted_apart(sentence: str, counted: list[tuple[str, str | None]]) -> None:
    assert [(h.quantity.counted, h.quantity.scope) for h in extract_quantities(sentence)] == counted


@pytest.mark.parametrize(
    ("sentence", "scope"),
    [
        ("Vesta Air confirmed 14 people died.", None),  # an airline's word, not its country's
        ("In Peru, 40 died, while Chile reported 10 fatalities.", "Chile"),
        ("Meanwhile Cork County reported 12 deaths.", "Cork County"),
    ],
)
def test_a_place_that_reports_a_count_is_no_part_of_another_name(sentence: str, scope: str | None) -> None:
    assert extract_quantities(sentence)[-1].quantity.scope == scope


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("Officials said 212 bodies had been brought to the district hospital.", []),
        ("While 90 bodies were kept at the Lund Institute, the rest were sent to private morgues.", []),
        ("The Central Hospital in Varna has received 214 bodies, a doctor said.", []),
        ("The bodies of 12 victims were taken to hospital.", []),
        ("Rescuers recovered 12 bodies.", ["killed"]),  # bodies found: the dead
        ("Forty bodies were carried out of the collapsed building.", ["killed"]),
        ("Twelve bodies were brought ashore by fishermen.", ["killed"]),
        ("So far 40 bodies have been pulled from the river.", ["killed"]),
        ("Five people were taken to hospital.", ["hospitalised"]),
    ],
)
def test_bodies_counted_where_they_were_taken_are_no_toll(sentence: str, counted: list[str]) -> None:
    assert [h.quantity.counted for h in extract_quantities(sentence)] == counted


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("The dead include 12 adults and 9 children.", ["killed adult", "killed children"]),
        ("Officials said the death toll was 7 children and 20 adults.", ["killed children", "killed adult"]),
        ("The flood killed at least 31 people, including 11 children.", ["killed", "killed children"]),
        ("At least 31 tourists were killed.", ["killed"]),  # the dead themselves, not a part of them
        # a part of some of the dead ("17 of the dead") is not the dead children of the toll
        ("The sheriff said 17 of the confirmed dead, including five children, were not yet identified.", []),
        ("Nine of those killed \u2014 including two children \u2014 were tourists.", []),
    ],
)
def test_some_of_the_dead_are_a_part_not_the_toll(sentence: str, counted: list[str]) -> None:
    assert [h.quantity.counted for h in extract_quantities(sentence)] == counted


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("As of Saturday, 27 people are known to be missing.", ["missing"]),  # the missing themselves
        ("The toll rose to 30, including 12 people from Ostby.", ["killed", "killed people"]),  # a part of them
        ("Photos show a cabin missing one entire wall.", []),  # "missing" before a figure: what it lacks
        ("Twelve campers are missing.", ["missing"]),
        ("Besides the dead, officials could not account for 41 people.", ["missing"]),  # not the dead
        ("Officials have yet to account for 12 campers.", ["missing"]),
        ("Rangers accounted for 12 campers.", ["camper"]),
        ("Of the toll, 20 died in Ostby; the other nine deaths were in Lund.", ["killed"]),  # the rest of a toll
        ("Report missing persons by calling 830-258-1111 or (555) 010-4477.", []),  # telephone numbers
        ("A hiker was among the 26 people who died in the attack.", ["killed"]),  # all of the dead, not a part
        ("The toll rose to 30, among them 12 people from Ostby.", ["killed", "killed people"]),
        ("The storm forever altered the lives of dozens.", []),  # lives touched, not lost
        ("The storm claimed the lives of 26 people.", ["killed"]),
        ("Two others died on the way to hospital.", []),  # more dead than a toll told before
        ("The attack killed 26, and two more died later.", ["killed"]),
        ("Twenty-six were killed and 17 others injured.", ["killed", "injured"]),
        ("18 adults are pending identification and ten children are also pending identification.", []),
        ("Twelve bodies remain unidentified.", []),
        ("The toll was up from 18 adults and nine children earlier in the day.", []),  # earlier figures
        ("That is an increase from the 43 deaths reported the night before.", []),  # an earlier figure
        ("The toll stood at 31 for days until the coroner revised it.", []),  # held until it changed
        ("The toll stood at 31 on Sunday.", ["killed"]),  # where it stood then
        ("The previous number of confirmed deaths before Saturday was 11, officials said.", []),  # an earlier one
        ("The earlier toll of 11 was revised.", []),
        ("The number of confirmed deaths was 11 on Saturday.", ["killed"]),
        ("The toll from the two fires rose to 20.", ["fire", "killed"]),  # from the fires, not from a figure
        ("The collapse buried over 100 people.", ["trapped"]),  # people trapped, not people in general
        ("At least 75 people were trapped under the debris.", ["trapped"]),
        ("Some 20 to 30 people were working when the tower collapsed.", ["people"]),
    ],
)
def test_people_counted_by_what_befell_them(sentence: str, counted: list[str]) -> None:
    assert [h.quantity.counted for h in extract_quantities(sentence)] == counted


def test_a_figure_keeps_the_day_its_sentence_says_it_was_given(write_article: WriteArticle) -> None:
    """Every figure of "the toll rose to 20 on Monday, with 77 still missing" was given on Monday; a figure whose
    sentence names no such day has none, and its report's date stands for it."""
    text = "The toll rose to 20 on Monday, with 77 workers still missing.\n\nRescuers found 12 survivors."
    source = read_source(write_article("a.md", text, date="2025-10-22"))
    days = {c.span.text: c.quantity.as_of for c in claims_of([source]) if c.quantity is not None}
    assert {text: str(day) if day else None for text, day in days.items()} == {
        "20": "2025-10-20",
        "77 workers still missing": "2025-10-20",
        "12 survivors": None,
    }


@pytest.mark.parametrize(
    ("lead", "not_before"),
    [
        ("The fire is now fully contained, officials said on January 31, 2025.", dt.date(2025, 1, 31)),
        ("The toll rose to 20 on January 30, 2025, and officials said on February 1, 2025 that it held.", None),
        ("The fire is now fully contained, officials said on Tuesday.", None),  # a weekday of an undated report
        ("The fire began on January 7, 2025.", None),  # a day told of the event, not of a report
    ],
)
def test_an_undated_report_was_published_no_earlier_than_the_days_it_says_things_were_said(
    write_article: WriteArticle, lead: str, not_before: dt.date | None
) -> None:
    body = f"{lead}\n\nThe fires killed 28 people.\n\nCrews said on January 12, 2025 that 1,000 homes burned."
    undated = read_source(write_article("a.md", body, date=None))
    [read] = date_by_reports([undated], claims_of([undated]))
    assert read.not_before == (not_before or dt.date(2025, 1, 12))
    dated = read_source(write_article("b.md", body, date="2025-02-02"))
    assert date_by_reports([dated], claims_of([dated]))[0].not_before is None


@pytest.mark.parametrize(
    ("sentence", "incidents"),
    [
        ("Orsk Fire reports 31% containment on the Velm Fire.", {"Velm Fire"}),  # a body that speaks
        ("ORSK FIRE said the Hurst Fire grew.", {"Hurst Fire"}),
        ("Orsk Fire reported that 500 homes burned in the Velm Fire.", {"Velm Fire"}),
        ("The Velm Fire reported at 10:30 grew fast.", {"Velm Fire"}),  # the fire, as reported
        ("Velm Fire officials said it grew.", {"Velm Fire"}),  # the fire's officials
        ("The fire has burned 799 acres, according to Orsk Fire.", set()),  # a source of figures
        ("According to the Orsk Fire, the Velm Fire grew.", {"Velm Fire"}),
    ],
)
def test_a_name_that_speaks_is_no_incident(sentence: str, incidents: set[str]) -> None:
    assert named_incidents(sentence) == incidents


@pytest.mark.parametrize(
    ("sentence", "incidents"),
    [
        ("Updates come from the Orvik County Fire Department.", set()),  # an office named for what it answers
        ("The Tamsin Fire Protection District said crews were ready.", set()),
        ("The Tamsin Fire grew overnight.", {"Tamsin Fire"}),
        ("The Orvik County Fire department said crews were ready.", set()),
        ("The Orvik Fire-Rescue Department said crews were ready.", set()),
        ("Orvik Fire Capt. Ana Ruiz said crews were ready.", set()),
        ("Winds were 185 mph, according to the Velm Hurricane Center.", set()),  # a centre, a season: no storm
        ("It was the worst of the Velm Typhoon Season.", set()),
        ("Velm Fire officials said it grew.", {"Velm Fire"}),  # the fire's officials
    ],
)
def test_an_office_named_for_an_incident_kind_is_no_incident(sentence: str, incidents: set[str]) -> None:
    assert named_incidents(sentence) == incidents


def test_an_office_named_for_an_incident_kind_is_no_scope() -> None:
    said = "Five people died, according to the Orvik County Fire Department."
    assert [h.quantity.scope for h in extract_quantities(said)] == [None]
    assert [h.quantity.scope for h in extract_quantities("Five people died in the Orvik Fire.")] == ["Orvik Fire"]


def _scopes(source: object, counted: str) -> list[tuple[float | None, str | None]]:
    return [
        (c.quantity.lower, c.quantity.scope)
        for c in claims_of([source])  # type: ignore[list-item]
        if c.quantity is not None and c.quantity.counted == counted
    ]


def test_figures_under_an_incidents_heading_are_that_incidents(write_article: WriteArticle) -> None:
    """A fact box per incident: a heading that is one incident's name places the figures below it, down to the
    next heading."""
    body = (
        "Tamsin fire\n- Containment: The fire was 27% contained on Thursday.\n"
        "Orle fire\n- Containment: Crews reported 55% containment on Thursday.\n"
        "Resources\n- Shelters report 40% containment of their space."
    )
    found = _scopes(read_source(write_article("a.md", body)), "containment")
    assert found == [(27, "Tamsin fire"), (55, "Orle fire"), (40, None)]


def test_a_fact_box_without_full_stops_keeps_its_incidents_apart(write_article: WriteArticle) -> None:
    """Items of a fact box ("- Damage: 6,782 structures destroyed") are no headings of their own; a list of names is
    no heading either, and a sentence of several fires under a heading speaks of them all."""
    body = (
        "Fires burning:\n- Tamsin fire\n- Orle fire\n\nThe fires have destroyed 12,000 structures.\n\n"
        "Tamsin fire\n- Damage: 6,782 structures destroyed\n- Containment: 27%\n"
        "Across both fires, 3,000 structures were damaged.\n\n"
        "Orle fire\n- Damage: 5,000 structures destroyed\n- Containment: 11%"
    )
    source = read_source(write_article("a.md", body))
    found = [(c.quantity.lower, c.quantity.scope) for c in claims_of([source]) if c.quantity is not None]
    assert found == [
        (12000, None), (6782, "Tamsin fire"), (27, "Tamsin fire"), (3000, None), (5000, "Orle fire"), (11, "Orle fire"),
    ]  # fmt: skip


def test_one_incidents_heading_is_the_articles_subject(write_article: WriteArticle) -> None:
    """An article under one incident's heading is all about it: its figures keep the scope their sentences give."""
    body = "Tamsin fire\n- Containment: Crews reported 27% containment on Thursday.\n- Crews reported 30% on Friday."
    assert _scopes(read_source(write_article("a.md", body)), "containment") == [(27, None)]


def test_the_fire_is_the_fire_named_last_in_an_article_of_several(write_article: WriteArticle) -> None:
    """ "The fire" points back to the last fire named, however far back, where the article names several; "It"
    only to the sentence before."""
    body = (
        "The Orle Fire began on Monday. The Tamsin Fire began on Tuesday, the Orvik County Fire Department said.\n\n"
        "Winds picked up overnight. Crews worked through the night.\n\n"
        "The fire has destroyed 300 homes. It has destroyed 40 barns."
    )
    source = read_source(write_article("a.md", body))
    found = sorted((c.quantity.lower, c.quantity.scope) for c in claims_of([source]) if c.quantity is not None)
    assert found == [(40, None), (300, "Tamsin Fire")]


@pytest.mark.parametrize(
    ("body", "scope"),
    [
        # "the blaze" and "the wildfire" are the fire of their kind named last
        ("The Orle Fire began on Monday. The Tamsin wildfire began on Tuesday.\n\nCrews worked.\n\n"
         "The blaze has destroyed 300 homes.", "Tamsin wildfire"),
        ("The Orle Fire began on Monday. The Tamsin wildfire began on Tuesday. The fire has destroyed 300 homes.",
         "Tamsin wildfire"),
        # a sentence about several fires between leaves "the fire" unplaced
        ("The Tamsin Fire began on Tuesday. The Orle Fire had begun on Monday.\n\n"
         "Both fires spread, and the Tamsin and Orle fires forced 1,500 people to flee. "
         "The fire has destroyed 300 homes.", None),
        # an incident of another kind is never "the fire"
        ("The Tamsin Fire began on Tuesday. The Orle flood began on Monday.\n\nCrews worked.\n\n"
         "The fire has destroyed 300 homes.", "Tamsin Fire"),
    ],
)  # fmt: skip
def test_the_fire_is_of_the_kind_it_names(write_article: WriteArticle, body: str, scope: str | None) -> None:
    source = read_source(write_article("a.md", body))
    [homes] = [c for c in claims_of([source]) if c.quantity is not None and c.quantity.lower == 300]
    assert homes.quantity is not None and homes.quantity.scope == scope


def test_the_fire_of_an_article_of_one_fire_points_only_to_the_sentence_before(write_article: WriteArticle) -> None:
    """With one fire named, its figures need no place: "The fire" is placed by the sentence before or not at all."""
    body = "The Tamsin Fire began on Tuesday.\n\nWinds picked up overnight.\n\nThe fire has destroyed 300 homes."
    source = read_source(write_article("a.md", body))
    assert [(c.quantity.lower, c.quantity.scope) for c in claims_of([source]) if c.quantity] == [(300, None)]


def test_a_sentence_naming_another_incident_is_not_placed_by_the_articles_one(write_article: WriteArticle) -> None:
    """ "The larger Orle Fire, which burned 23,448 acres" is not of the one incident the article names with "the"."""
    body = (
        "The Tamsin Fire is now fully contained, officials said.\n\n"
        "The larger Orle Fire, which burned 23,448 acres on the west side of the city, is also fully contained, "
        "according to Cal Fire.\n\nCrews stayed on.\n\nIt burned 14,000 acres."
    )
    found = _scopes(read_source(write_article("a.md", body)), "area burned")
    assert [scope for _, scope in found] == ["Orle Fire", "Tamsin Fire"]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Five of the deaths were attributed to the Arlo Fire.", [("killed", "Arlo Fire")]),
        ("Sixteen of the dead were found in the Arlo fire zone.", [("killed", "Arlo")]),
        (
            "Of the fatalities so far, 68 have occurred in Vessel County, the sheriff said.",
            [("killed", "Vessel County")],
        ),
        ("Five of the dead were children.", []),  # a part of the dead, in no place of its own
        ("Two of the dead were Norwegians, officials in Arlo said.", []),  # a place, but not said to be theirs
        ("Five hikers were killed in Arlo and Brisk has denied any part in it.", [("killed", "Arlo")]),  # no list
        ("Eleven people died in the Arlo and Brisk fires combined.", [("killed", "Arlo and Brisk")]),
        ("Nine people died in Vessel and Ostby counties.", [("killed", "Ostby and Vessel")]),
        ("Remains of nine were found in the Arlo and Brisk fire zones.", [("killed", "Arlo and Brisk")]),
        (
            "At least 24 died in Vessel County and two in Ostby County.",
            [("killed", "Vessel County"), ("killed", "Ostby County")],
        ),
    ],
)
def test_some_of_the_dead_in_a_place_and_a_list_of_places(sentence: str, found: list[tuple[str, str]]) -> None:
    """Some of the dead said to be of a place are that place's toll; places listed before the plural noun they
    share ("the Arlo and Brisk fires") are all of them, named in one order whatever the sentence's."""
    assert [(h.quantity.counted, h.quantity.scope) for h in extract_quantities(sentence)] == found


@pytest.mark.parametrize(
    ("sentence", "scopes"),
    [
        ("Norway's death toll rose to 18 on Sunday.", ["Norway"]),
        ("Officials fear Norway's death toll, which stood at 18 on Sunday, will rise.", ["Norway"]),
        ("Vessel County's toll rose to 107.", ["Vessel County"]),
        ("Norway's death toll rose to 18, and 20 died in Chile.", ["Norway", "Chile"]),  # a figure between
        ("Lena Ortiz's toll estimate was 40.", [None]),  # a person's, no place's
        ("The County's death toll rose to 40.", [None]),
        ("Norway's death toll is unknown, but the storm destroyed 300 homes.", [None]),  # no toll's figure
    ],
)
def test_a_toll_said_to_be_a_places_is_of_that_place(sentence: str, scopes: list[str | None]) -> None:
    assert [h.quantity.scope for h in extract_quantities(sentence)] == scopes


@pytest.mark.parametrize(
    ("sentence", "scopes"),
    [
        ("Five people died in Trinidad and Tobago after the storm.", ["Trinidad and Tobago"]),
        ("Nine people were hurt in the Turks and Caicos Islands on Monday.", ["Turks and Caicos Islands"]),
        ("Twelve people were killed in Scotland's Perth and Kinross.", ["Perth and Kinross"]),  # a qualifier before
        ("In Antigua and Barbuda, 14 people were killed.", ["Antigua and Barbuda"]),
        ("In Antigua and Barbuda alone, 14 people were killed.", ["Antigua and Barbuda"]),
        ("Two died in Antigua and three in Barbuda.", ["Antigua", "Barbuda"]),  # two places, each with its figure
        ("In Chile and Peru, 30 people were killed.", [None]),  # two countries, no one place
    ],
)
def test_a_place_of_two_joined_names_is_one_place(sentence: str, scopes: list[str | None]) -> None:
    """A country or division whose one name joins two ("Trinidad and Tobago") is read whole, not cut at "and"."""
    assert [h.quantity.scope for h in extract_quantities(sentence)] == scopes


@pytest.mark.parametrize(
    ("sentence", "scopes"),
    [
        (
            "In Peru, at least 40 people died and 120 were injured, while Chile reported 6 fatalities and 15 missing.",
            ["Peru", "Peru", "Chile", "Chile"],
        ),
        ("Lake County has confirmed 12 deaths.", ["Lake County"]),
        ("Officials reported 10 deaths.", [None]),  # who reports it is no place
        ("Meanwhile Lake County reported 5 deaths.", ["Lake County"]),  # an adverb opens no place's name
        ("While Chile reported 6 deaths, Peru reported none.", ["Chile"]),
        ("Lima reported 610 deaths.", [None]),  # a capital speaks for its government
        ("In Peru, 40 died while the agency reported 5 injured.", ["Peru", "Peru"]),
    ],
)
def test_a_place_that_reports_a_count_is_its_scope(sentence: str, scopes: list[str | None]) -> None:
    """A country, division or county that reports a count as its own ("Thailand reported 10 fatalities") is its
    scope, over the place the sentence opens with."""
    assert [h.quantity.scope for h in extract_quantities(sentence)] == scopes


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The van stopped when four men pulled up outside the bank.", []),
        ("Only one person was pulled alive from the rubble.", [("one", "rescued")]),
        ("Rescuers said six people were pulled out overnight.", [("six", "rescued")]),
        ("Three hospitals and a clinic were destroyed.", [("Three", "hospital")]),
        ("Nine people were in hospital on Monday.", [("Nine", "hospitalised")]),
        ("Twelve hospital workers were injured.", [("Twelve", "injured")]),  # "hospital" describes them
        ("A shelter opened at 1350 S. Mill Road.", []),  # an address
        ("The court struck down Article 370's last clause.", []),  # a name
    ],
)
def test_words_for_what_befell_people_only_where_they_say_it(sentence: str, found: list[tuple[str, str]]) -> None:
    """The word "pulled" tells a rescue only with what the people were pulled from ("pulled alive from the
    rubble", not "four men pulled up outside"), hospitals a number counts are buildings, "hospital" before a noun
    describes it, and a letter or a name after a number is no counted thing."""
    assert [(h.quantity.written, h.quantity.counted) for h in extract_quantities(sentence)] == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "The earthquakes with magnitudes 6.9 and 5.8 last Monday shook the coast.",
            [("6.9", "earthquake magnitude"), ("5.8", "earthquake magnitude")],
        ),
        ("Crews run a 24/7 operation at the dam.", []),  # one figure of a ratio
        ("About 9,000 Port Avel Water and Power customers lost service.", []),  # a name, then no noun it names
        ("Six Avel County deputies arrived.", [("Six", "deputy")]),  # a name that modifies a noun
    ],
)
def test_figures_of_a_list_a_ratio_and_a_name(sentence: str, found: list[tuple[str, str]]) -> None:
    """A list of magnitudes is of magnitudes ("magnitudes 6.9 and 5.8 last Monday" counts no "lasts"), a figure
    of a ratio ("24/7") is no count, and a name after a number counts nothing unless a noun follows it."""
    assert [(h.quantity.written, h.quantity.counted) for h in extract_quantities(sentence)] == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Vellan forces released 200 Orlians Saturday.", [("200", "orlian")]),  # a day ends a name
        ("Storm Leaves 40,000 Homes Without Power", [("40,000", "without power")]),  # a headline's capitals
        ("Three people were pulled clear of the burning car.", [("Three", "rescued")]),
        ("Four fishermen were pulled ashore by lifeguards.", [("Four", "rescued")]),
        ("The flood killed 12 people on 7/14.", [("12", "killed")]),  # a date with a slash
        ("About 1/3 of the 900 residents were evacuated.", [("900", "resident")]),  # all of them: a third left
        (
            "Quakes of magnitudes of 5.2, 5.8 and 6.1 hit the coast.",
            [("5.2", "earthquake magnitude"), ("5.8", "earthquake magnitude"), ("6.1", "earthquake magnitude")],
        ),
    ],
)
def test_names_headlines_rescues_and_slashes(sentence: str, found: list[tuple[str, str]]) -> None:
    """A name does not run on into a day or a headline's capitalised words, "pulled clear" and "pulled ashore" are
    rescues, and a number on either side of a slash is a date or a ratio, no count."""
    assert [(h.quantity.written, h.quantity.counted) for h in extract_quantities(sentence)] == found


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("Police in Vell have made four new arrests.", "arrested"),
        ("Four more people have been arrested in Vell.", "arrested"),
        ("Four were detained.", "arrested"),
        ("Five people were taken to hospital.", "hospitalised"),
        ("Three firefighters have been admitted to hospital in Vell.", "hospitalised"),
        ("Four were rushed to a nearby hospital.", "hospitalised"),
        ("Nine people were hospitalized.", "hospitalised"),
        ("Two people were taken to hospital and later died.", "killed"),  # the dead, told later
        ("Twenty doctors were flown to the hospital to help.", "doctor"),  # staff, not patients
    ],
)
def test_what_befell_people_however_worded(sentence: str, counted: str) -> None:
    """Four new arrests are four people arrested, as "four were detained" are; people taken, rushed or admitted
    to hospital are in hospital, as "hospitalized" says."""
    assert [h.quantity.counted for h in extract_quantities(sentence)] == [counted]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Rs 5 lakh was announced for each family.", [("rupees", "money", 500000.0)]),
        ("The state released ₹10 lakh for the families.", [("INR", "money", 1000000.0)]),
        ("Losses reached ¥2 billion.", [("yen or yuan", "money", 2000000000.0)]),
        ("The club paid JPY 500 million.", [("JPY", "money", 500000000.0)]),
        ("It cost A$40 million.", [("AUD", "money", 40000000.0)]),
        ("ALL 26 VICTIMS WERE TOURISTS", [("count", "tourist", 26.0)]),  # a word in capitals, no currency
        # a currency's name after the figure: its code where one currency has the word, else the word
        ("Losses reached 500 million yen.", [("JPY", "money", 500000000.0)]),
        ("Damage of 2 billion yuan was reported.", [("CNY", "money", 2000000000.0)]),
        ("The state gave 10 lakh rupees to each family.", [("rupees", "money", 1000000.0)]),
        ("Tickets cost 20 Swiss francs.", [("francs", "money", 20.0)]),
        ("Three Omani nationals died.", [("count", "killed", 3.0)]),  # a people's word, no rial
        ("Police said 10 Dong Nai workers were injured.", [("count", "injured", 10.0)]),  # a name in capitals
        ("In 2015 rand weakness hurt importers.", []),  # a year, no sum
        ("The team won 3 games.", [("count", "game", 3.0)]),
        ("Leaders gathered at COP 29.", []),  # an acronym before a small figure
        ("SAR 12 teams were deployed.", [("count", "team", 12.0)]),
        ("The farm hours 5 were long", []),  # "rs" ends a word: no rupees
    ],
)
def test_money_in_any_currency(sentence: str, found: list[tuple[str, str, float]]) -> None:
    """Any currency's sign or ISO 4217 code before a figure, or its name after it, makes it money in that currency;
    a code that is an English word ("ALL", "TOP") is left to the words."""
    assert [(h.quantity.unit, h.quantity.counted, h.quantity.lower) for h in extract_quantities(sentence)] == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Floods displaced 1.2m people.", [("count", 1.2e6)]),
        ("Nearly 4m homes lost power.", [("count", 3.6e6)]),
        ("The wall is 2m high.", [("m", 2.0)]),
        ("5m waves hit the coast.", [("m", 5.0)]),
        ("The flood swept away 300m of road.", [("m", 300.0)]),  # a length of something
        ("The 1.8m striker scored.", [("m", 1.8)]),  # one person's height
    ],
)
def test_an_m_before_people_or_homes_is_millions(sentence: str, found: list[tuple[str, float]]) -> None:
    """An "m" after a figure is metres, but millions before people or property, which no length describes."""
    assert [(h.quantity.unit, h.quantity.lower) for h in extract_quantities(sentence)] == found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("At one checkpoint, police stopped 12 cars.", [(1, 1), (12, 12)]),  # "stopped" holds no "topped"
        ("The thunder woke 30 residents.", [(30, 30)]),  # nor "thunder" an "under"
        ("The toll topped 100 on Monday.", [(100, None)]),
        ("The toll has passed 1,400, a spokesman said.", [(1400, None)]),  # passed or crossed: above it
        ("The toll crossed 1,000 on Monday.", [(1000, None)]),
        ("The bypassed 40 homes were spared.", [(40, 40)]),  # "bypassed" holds no "passed"
        ("The House has passed 3 bills.", [(3, 3)]),  # passed by no figure: no qualifier
        ("The migrants crossed 3 borders.", [(3, 3)]),
    ],
)
def test_a_qualifier_is_a_word_of_its_own(sentence: str, expected: list[tuple[float, float | None]]) -> None:
    assert [(h.quantity.lower, h.quantity.upper) for h in extract_quantities(sentence)] == expected


@pytest.mark.parametrize(
    "sentence", ["At one point, 180,000 people had to leave.", "Two people died at one stage of the climb."]
)
def test_at_one_point_counts_nothing(sentence: str) -> None:
    assert all(h.quantity.lower != 1 for h in extract_quantities(sentence))


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("In neighbouring Ostravia, where the quake shook towers, at least nine people were killed.", "Ostravia"),
        ("At least 15 people died in nearby Velmar County.", "Velmar County"),
        ("Twelve people were killed in neighboring Dunmore after the storm.", "Dunmore"),
    ],
)
def test_a_place_beside_another_is_itself(sentence: str, found: str) -> None:
    """ "In neighbouring Ostravia" and "in nearby Velmar County" are those places, whatever words follow them."""
    [hit] = extract_quantities(sentence)
    assert (hit.quantity.counted, hit.quantity.scope) == ("killed", found)


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The SK 408 plane crash near Dunmore killed 61 people.", [61]),  # a flight's code and number
        ("A Corvane 737 jet crashed on take-off.", []),  # a model's
        ("A Corvane 737 Skyliner crashed on take-off.", []),
        ("Crews searched the wreckage of the Corvane 737-8 Skyliner.", []),  # a variant of the model
        ("Two died when the Air Ostravia 737-8 lost altitude.", [2]),  # whatever names it, a place too
        ("The Velmar County 30-40 dead figure was revised.", [30]),  # a range is no variant
        ("Since Monday 45 incidents of violence have been reported in Orsk.", [45]),  # incidents, counted
        ("The fire shut the Velmar 500-MW power plant.", [500]),  # a measure, no variant
        ("The report into the SK 408 accident that claimed 61 lives is out.", [61]),
        ("Passengers boarded Flight 93 at dawn.", []),
        ("The crash of flight 171 killed 241 people.", [241]),
        ("Velmar County 68 dead, officials say", [68]),  # a place before a figure is no model
        ("Death Toll Rises To 16 In Dunmore", [16]),  # nor a headline's word
        ("Velmar Wildfire 12 Dead, Hundreds Flee", [12]),
        ("Ruiz told CNN 12 people had died.", [12]),  # an outlet before a count, with no craft after it
        ("In Velmar 12 people died.", [12]),
    ],
)
def test_a_number_after_a_name_or_code_names_a_model_and_counts_nothing(sentence: str, found: list[float]) -> None:
    assert [h.quantity.lower for h in extract_quantities(sentence)] == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The jet hit a school, killing 61 of the 62 people on board.", [(61, "killed"), (62, "people")]),
        ("The quake killed 300 of the town's 4,000 residents.", [(300, "killed"), (4000, "resident")]),
        ("The crash killed 40 of the more than 200 passengers.", [(40, "killed"), (200, "passenger")]),
        # what befell the part is not what befell the whole
        (
            "The blast killed 12 of the 20 workers and injured three others.",
            [(12, "killed"), (20, "worker"), (3, "injured")],
        ),
    ],
)
def test_the_dead_of_a_group_and_the_group_are_two_figures(sentence: str, found: list[tuple[float, str]]) -> None:
    """ "Killing 61 of the 62 people on board": the dead are the 61, and the 62 all those aboard."""
    assert [(h.quantity.lower, h.quantity.counted) for h in extract_quantities(sentence)] == found


def test_the_dead_of_all_aboard_are_aboard() -> None:
    [dead, aboard] = extract_quantities("The jet hit a school, killing 61 of the 62 people on board.")
    assert dead.quantity.scope == aboard.quantity.scope == "aboard"


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("One pilot can be heard asking the other why the engines stopped.", []),
        ("One engine failed and the other kept running.", []),
        ("One passenger died and the other survived.", [(1, "killed")]),  # what befell one of two is still a count
        ("One bridge collapsed and houses on the other side were damaged.", [(1, "bridge")]),  # "the other side"
    ],
)
def test_one_set_against_the_other_counts_nothing(sentence: str, found: list[tuple[float, str]]) -> None:
    assert [(h.quantity.lower, h.quantity.counted) for h in extract_quantities(sentence)] == found


def test_members_are_counted_with_what_they_are_members_of() -> None:
    """ "10 cabin crew members" and "12 crew members" are two counts, not two accounts of one."""
    hits = extract_quantities("The jet carried 230 passengers, 10 cabin crew members and 2 pilots.")
    assert [h.quantity.counted for h in hits] == ["passenger", "cabin crew member", "pilot"]
    [crew] = extract_quantities("The flight had 12 crew members on board.")
    assert crew.quantity.counted == "crew member"
    [members] = extract_quantities("Five members of parliament resigned.")
    assert members.quantity.counted == "parliament member"


@pytest.mark.parametrize(
    ("sentence", "scope"),
    [
        ("The storm was centred about 60 miles (97 kilometers) west-southwest of Dunmore.", "Dunmore"),
        ("The eye was 20 miles south-southwest of Port Velm.", "Port Velm"),
        ("Ostrik lies 40 km north-northeast of Velt.", "Velt"),
    ],
)
def test_a_distance_between_the_eight_winds_is_from_the_place_after_it(sentence: str, scope: str) -> None:
    """The compass points between the eight winds ("west-southwest of") are bearings, and a hedged distance and its
    conversion in brackets ("about 60 miles (97 kilometers)") are one figure."""
    [hit] = extract_quantities(sentence)
    assert (hit.quantity.counted, hit.quantity.scope) == ("distance", scope)


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("Around one million people have been affected by the storm.", ["affected"]),
        ("Some 40,000 residents were affected.", ["affected"]),
        ("Five affected provinces asked for aid.", ["province"]),  # affected places are places
        ("Outages affecting 80,000 customers were reported.", ["without power"]),
        ("About 5,000 passengers were affected by the strike.", ["passenger"]),  # what they are, not all people
    ],
)
def test_people_a_disaster_affected_are_a_count_of_their_own(sentence: str, counted: list[str]) -> None:
    """Those affected are neither the dead nor the sheltered: "one million people affected" against "13,900 in
    shelters" is no conflict."""
    assert [h.quantity.counted for h in extract_quantities(sentence)] == counted


@pytest.mark.parametrize(
    "sentence",
    [
        "The storm displaced 30,000 households, with 1,100 people in emergency shelters.",
        "In Ostravia, about 7,000 people were still taking refuge in shelters.",
        "Some 2,500 residents remain in temporary shelters.",
        "The agency said 13,900 people have taken refuge in at least 121 active shelters.",
    ],
)
def test_people_in_shelters_are_counted_as_sheltered(sentence: str) -> None:
    """People in shelters come and go as a storm passes: a count of its own, not of everyone."""
    assert "sheltered" in [h.quantity.counted for h in extract_quantities(sentence)]


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("An airstrike killed 12 people in a shelter in Velmora.", "killed"),  # what befell them first
        ("The roof collapse injured 12 people at the shelter.", "injured"),
        ("Police arrested 3 people at a shelter.", "arrested"),
        ("The 40 volunteers at the shelter worked through the night.", "volunteer"),  # those who serve there
    ],
)
def test_people_at_a_shelter_are_what_befell_them_or_who_they_are(sentence: str, counted: str) -> None:
    [hit] = extract_quantities(sentence)
    assert hit.quantity.counted == counted


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Two passengers succumbed to their injuries on Monday.", [(2, "killed")]),
        ("The team succumbed 3-1 to Marlow United.", []),  # no one died of a defeat
        ("Two players succumbed to cramp in the second half.", [(2, "player"), (2, "half")]),
        # the step by which the toll rose, then the toll
        ("With three more people succumbing to their injuries, the toll rose to 278.", [(278, "killed")]),
    ],
)
def test_those_who_succumbed_to_their_injuries_died(sentence: str, found: list[tuple[float, str]]) -> None:
    assert [(h.quantity.lower, h.quantity.counted) for h in extract_quantities(sentence)] == found


def test_units_and_teams_are_counted_with_whose_they_are() -> None:
    """ "5 VDRF units" and "three units of the NDRF" are two bodies' units, not two counts of one."""
    hits = extract_quantities("Officials sent 5 VDRF units, three units of the NDRF and 9 rescue teams.")
    assert [h.quantity.counted for h in hits] == ["vdrf unit", "ndrf unit", "rescue team"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials sent three Army units and three units of the army.",
        "They sent three teams of doctors and three doctor teams.",
    ],
)
def test_units_of_one_body_are_keyed_alike_however_worded(sentence: str) -> None:
    """ "Three Army units" and "three units of the army" are one count, as are "teams of doctors" and "doctor
    teams"."""
    first, second = (h.quantity.counted for h in extract_quantities(sentence))
    assert first == second


@pytest.mark.parametrize(
    ("sentence", "figure", "counted"),
    [
        ("In Dunmore North, the Greens had won by 14 votes.", "14", "difference in vote"),
        ("The Greens finished with a 14-vote lead.", "14", "difference in vote"),
        ("Only 14 votes separated the two candidates.", "14", "difference in vote"),
        ("Lindqvist defeated Conservative Ann Morrow by just 14 votes.", "14", "difference in vote"),
        ("Borrelli finished ahead of Liberal Ivo Kask by 77 votes.", "77", "difference in vote"),
        ("In 2005 her majority fell to 6,000 votes.", "6,000", "difference in vote"),
        ("Brandt won with a 8,405-vote majority.", "8,405", "difference in vote"),
        ("The Greens hold a 53-seat majority in the chamber.", "53", "seat"),  # may be the seats held
        ("Corbyn got a majority of almost 8,000 votes.", "8,000", "difference in vote"),
        ("The Greens were declared the winner by just 14 votes.", "14", "difference in vote"),
        ("The army was defeated by 300 rebels.", "300", "rebel"),
        ("Recount sees Greens take Dunmore riding by 1 vote", "1", "difference in vote"),
        ("The jewels were taken by 4 thieves.", "4", "thief"),
        ("Supplies were dropped by 3 helicopters over the valley.", "3", "helicopter"),
        ("Vegetables at the market are grown by 300 local farmers.", "300", "local farmer"),
        ("The winner was chosen by 12 judges.", "12", "judge"),
        ("The council carried the motion by 7 votes to 2.", "7", "vote"),  # a tally
        ("Twelve families separated by the flood were reunited.", "Twelve", "family"),
        ("About 40 children separated from their parents remain in custody.", "40", "children"),
        ("The Greens gained well over 20 seats on the night.", "20", "difference in seat"),
        ('The party focused on its gain of "well over 20 seats."', "20", "difference in seat"),
        ("The count flipped the riding in the Greens' favour by just 29 votes.", "29", "difference in vote"),
        ("Halvorsen was ahead by more than six points with most polls in.", "six", "difference in point"),
        ("The party's share fell by almost 9 points.", "9", "difference in point"),
        ("Exports rose by 12 percent in March.", "12", "difference"),
        # a figure after a "by" that names who did it, or when, is no difference
        ("The raid was led by 12 officers.", "12", "officer"),
        ("The bus was surrounded by 40 tourists.", "40", "tourist"),
        ("Halvorsen received 32,186 votes.", "32,186", "vote"),
    ],
)
def test_by_how_much_one_figure_exceeds_another_is_a_difference(sentence: str, figure: str, counted: str) -> None:
    hit = next(h for h in extract_quantities(sentence) if h.quantity.written.split()[0].endswith(figure))
    assert hit.quantity.counted == counted


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("The firms averaged $44 million in losses per company.", "rate of losses"),
        ("Orrin Air cancelled more than 1,200 flights a day.", "rate of flight"),
        ("The plant earns $3 million per year.", "rate of money"),
        # a day after an event is when, not how often
        ("Twelve people died a day after the quake.", "killed"),
        ("More than 12 inches of rain fell in less than an hour.", "rainfall"),
        ("About a dozen storms a year hit the coast.", "rate of storm"),
        ("The 12 firefighters worked 20 hours a day.", "firefighter"),  # the rate is of hours, not firefighters
        ("Officials said 40 people were rescued.", "rescued"),
    ],
)
def test_an_average_or_a_figure_per_unit_is_a_rate_not_a_total(sentence: str, counted: str) -> None:
    assert extract_quantities(sentence)[0].quantity.counted == counted


def test_a_part_out_of_a_whole_counts_what_the_whole_counts() -> None:
    found = [(h.quantity.lower, h.quantity.counted) for h in extract_quantities("Fire engulfed seven out of eight "
             "residential towers.")]  # fmt: skip
    assert found == [(7, "tower"), (8, "tower in total")]


@pytest.mark.parametrize(
    ("sentence", "scope"),
    [
        ("The bus plunged into a gorge near Velm, killing 14 passengers.", "aboard"),
        ("Fourteen passengers died when the bus plunged into a gorge.", "aboard"),
        ("Orsk's mayor was among the 61 passengers killed in the crash.", "aboard"),
        ("The bus plunged into a gorge near Velm, killing 14 people.", None),  # everyone, wherever they were
    ],
)
def test_the_dead_counted_as_passengers_or_crew_are_those_aboard(sentence: str, scope: str | None) -> None:
    """A toll of passengers leaves out those the craft killed on the ground: a part, not the story's toll."""
    [hit] = extract_quantities(sentence)
    assert (hit.quantity.counted, hit.quantity.scope) == ("killed", scope)


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("The bodies of 32 people who were killed in the blast, with 80 aboard, have been identified.", "identified"),
        ("Authorities had identified 32 victims so far through DNA testing.", "identified"),
        ("14 bodies have already been handed over to the families.", "handed over"),  # a tally of its own
        ("Rescuers recovered 40 bodies, which were later identified.", "killed"),  # the toll, recovered
        ("Rescuers pulled 40 bodies from the river, and they have been identified.", "killed"),
        ("Of the 241 dead, 200 have been identified through DNA tests.", "killed"),  # the 200's verb
        ("The 241 victims, most of whom have been identified, were mourned.", "victim"),
        ("The names of the 14 dead have been released by police.", "killed"),
        ("The blast killed 32 people.", "killed"),
    ],
)
def test_the_dead_said_to_be_identified_are_a_tally_of_identification(sentence: str, counted: str) -> None:
    """ "32 victims identified" is how far identification has gone, not a toll to set against "241 killed"."""
    assert extract_quantities(sentence)[0].quantity.counted == counted


def test_a_decade_without_his_is_an_age_only_of_who_is_in_it() -> None:
    """ "who is in late 30s" drops the "his"; "the temperature was in mid-40s" is no one's age."""
    assert [h.quantity.unit for h in extract_quantities("The temperature in Velmar was in mid-40s when he fell.")] == []


@pytest.mark.parametrize(
    ("sentence", "ages"),
    [
        (
            "The victims were identified as Divyanshi (13), Doresha (32) and Ana Ruiz (40).",
            ["divyanshi", "doresha", "ana ruiz"],
        ),
        ("The dead were identified AS Divyanshi (13).", ["divyanshi"]),  # a word in capitals opens no name
        ("Divyanshi, a 13-year-old schoolgirl from Kannuru, died.", ["divyanshi"]),  # not the place after "from"
        ("Divyanshi, a 13-year-old Velm schoolgirl, died.", ["divyanshi"]),
        ("At the hospital, 18-year-old student Chinmayi died.", ["chinmayi"]),
        ("Ashwini, mother of 14-year-old Divyanshi, wept.", ["divyanshi"]),
        ("The victims included 22-year-old Shravan K T.", ["shravan k t"]),
        ("In Velm, a 58-year-old woman was killed.", [None]),  # a place, not a name
        ("A 45-year-old Velm resident died.", [None]),  # what the person is, not a name
        ("Kohli (43) and Salt (16) gave the Rovers a quick start.", []),  # a scorecard, no ages
    ],
)
def test_the_age_of_a_person_known_by_one_name(sentence: str, ages: list[str | None]) -> None:
    """Many people are known by one name ("Divyanshi (13)"), and South Indian names put initials last."""
    found = [h.quantity.counted for h in extract_quantities(sentence) if h.quantity.unit == "years"]
    assert found == [f"age of {a}" if a else "age" for a in ages]


@pytest.mark.parametrize(
    ("sentence", "bounds", "counted"),
    [
        # a scale named between a bound and its figure keeps the bound
        ("Over 40 aftershocks, two exceeding magnitude 6.0, shook Orla.", (6.0, None), "aftershock magnitude"),
        ("It logged aftershocks of up to magnitude 5.8.", (0.0, 5.8), "aftershock magnitude"),
        ("The quake measured between magnitudes 6.1 and 6.4.", (6.1, 6.4), "earthquake magnitude"),
        # the spread of several things' measures is none's own
        ("Aftershocks ranged between magnitudes 4.0 and 6.7.", (4.0, 6.7), None),
        ("Dozens of aftershocks measuring between magnitudes 4.0 and 5.5 shook Orla.", (4.0, 5.5), None),
        ("The fire grew to an area ranging between 200 and 300 hectares.", (200.0, 300.0), "area burned"),  # one
        ("Waves ranging from 1 to 3 metres hit the coast.", (1.0, 3.0), None),
        ("Estimates ranged from 100 to 200 deaths.", (100.0, 200.0), "killed"),  # one count, estimated
    ],
)
def test_a_scale_named_before_a_bounded_figure(
    sentence: str, bounds: tuple[float, float | None], counted: str | None
) -> None:
    found = [h.quantity for h in extract_quantities(sentence) if h.quantity.unit != "count" or "deaths" in sentence]
    assert (found[-1].lower, found[-1].upper) == bounds
    assert found[-1].counted == counted


@pytest.mark.parametrize(
    ("sentence", "hectares"),
    [
        ("The fire spread over 12.9 thousand square meters.", 1.29),
        ("The blaze covered 13,000 square metres of the hall.", 1.3),
        ("Floods covered 20 sq km of farmland.", 2000.0),
        ("The burn scar is 3 square miles.", 3 * 258.9988110336),
        ("The hall's 140,000 square feet were gutted.", 140_000 * 0.09290304 / 10_000),
    ],
)
def test_areas_in_squares_of_lengths_are_areas(sentence: str, hectares: float) -> None:
    [area] = [h.quantity for h in extract_quantities(sentence)]
    assert area.unit == "ha" and area.lower == pytest.approx(hectares)


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("Of the deaths, 55 were in Velm, two each in the towns of Orra and Tarn, and one in Lund.",
         ["killed", "killed"]),  # "two each" counts nothing of its own; "one" the dead, as "55" does
        ("The quake left 238 people dead, 101 each in Velm and Tarn.", ["killed"]),
    ],
)  # fmt: skip
def test_as_many_each_counts_nothing_of_its_own(sentence: str, counted: list[str]) -> None:
    assert [h.quantity.counted for h in extract_quantities(sentence)] == counted


def test_a_square_unit_in_the_singular_is_the_size_of_the_thing_after_it() -> None:
    assert extract_quantities("The blaze destroyed a 140,000 square foot warehouse in Dunmore.") == []
    [area] = [h.quantity for h in extract_quantities("The blaze destroyed 140,000 square feet of the hall.")]
    assert area.unit == "ha"
