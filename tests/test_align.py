"""Alignment: which claims from different sources are about the same fact."""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
import pytest
from builders import HashingEmbedder, WriteArticle, make_claim, quantity_claim, time_claim
from numpy.typing import NDArray

from factcheck.align import (
    UNKNOWN_HOLDER,
    _group_field,
    _text_pairs,
    align,
    clause,
    compatible,
    events_in,
    holder,
    infer_holders,
    is_checkable,
    mention_key,
    quote_similarity,
    scopes_compatible,
    sum_kind,
)
from factcheck.compare import compare_group
from factcheck.extract.quantities import extract_quantities
from factcheck.ingest import read_source
from factcheck.models import Claim, ClaimGroup, FieldName, Outcome, Verdict
from factcheck.pipeline import claims_of


@pytest.mark.parametrize(
    ("a", "b", "ok"),
    [
        ("Kyiv", "Kyiv", True),
        ("Kyiv", None, True),
        (None, None, True),
        ("Kyiv", "Kharkiv", False),
        ("wide:Ukraine", "Kyiv", False),
        ("wide:Ukraine", None, True),
        ("wide:Ukraine", "wide:Ukraine", True),
        ("Eaton Fire", "Eaton", True),
        ("Varda earthquake", "Varda", True),
        ("Palisades Fire", "Eaton Fire", False),
        ("Kerr County", "Kerr", False),
    ],
)
def test_scopes_compatible(a: str | None, b: str | None, ok: bool) -> None:
    """A count for Kyiv and one for all of Ukraine are different facts; an unstated scope may be either."""
    assert scopes_compatible(a, b) is ok
    assert scopes_compatible(b, a) is ok


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("I have total confidence in President Trump and his team.", "total confidence in President Trump"),
        (
            "We will keep supporting Ukraine for as long as it takes.",
            "we will keep supporting Ukraine for as long as it takes",
        ),
        ("We\u2019re not there yet,\u201d he said", "We're not there yet"),
    ],
)
def test_quote_similarity_forgives_trimming_and_punctuation(a: str, b: str) -> None:
    assert quote_similarity(a, b) >= 0.9


def test_quote_similarity_of_different_quotes_is_low() -> None:
    a = "I have total confidence in President Trump."
    b = "Rescue crews will work through the night to reach the survivors."
    assert quote_similarity(a, b) < 0.5


def test_quote_similarity_of_empty_text_is_zero() -> None:
    assert quote_similarity("", "anything at all") == 0.0


@pytest.mark.parametrize(("other", "met"), [("age of rolf lund", True), ("age of ada lund", False)])
def test_ages_of_one_named_person_reach_the_threshold_whatever_their_sentences(other: str, met: bool) -> None:
    from factcheck.align import THRESHOLDS, pair_score
    from factcheck.models import FieldName

    a = quantity_claim(
        "a.md", "Rolf Lund, 82, was found in the ruins.", "82", lower=82, upper=82,
        counted="age of rolf lund", written="82", unit="years",
    )  # fmt: skip
    b = quantity_claim(
        "b.md", "The victims include an 83-year-old.", "83", lower=83, upper=83,
        counted=other, written="83", unit="years",
    )  # fmt: skip
    assert (pair_score(a, b, 0.1) >= THRESHOLDS[FieldName.QUANTITY]) is met


@pytest.mark.parametrize(
    ("other", "met"),
    [
        ("At 4:10 a.m. the water at the pier was at 14 feet, its highest.", True),
        ("At 4:10 a.m. the water at the pier was at 15 feet, its highest.", False),
        ("At 4:10 a.m. 14 boats had left the pier, the harbour master said.", False),  # a count marks no moment
    ],
)
def test_times_whose_clauses_state_one_measurement_reach_the_threshold(other: str, met: bool) -> None:
    from factcheck.align import THRESHOLDS, pair_score

    a = time_claim("a.md", "By 4:05 a.m., the tide gauge at Orvik stood at 14 feet.", "4:05 a.m.", 245, None)
    b = time_claim("b.md", other, "4:10 a.m.", 250, None)
    assert (pair_score(a, b, 0.1) >= THRESHOLDS[FieldName.TIME]) is met


@pytest.mark.parametrize(
    ("sentence", "span", "dated"),
    [
        # the event told before the time's clause is what it dates
        ("The ferry capsized off Velm, in the channel's northern reach, at 6:40 local time.", "6:40", True),
        ("The ferry capsized off Velm at 6:40, the coastguard said.", "6:40", True),
        # a later clause tells of another moment: the time dates the arrival, not the fire
        ("Firefighters from three stations arrived at 6:40 on the hillside road, and by then the blaze had spread.",
         "6:40", False),
        # told within a clause's reach after it: what it dates; at the far end of a long clause: another moment
        ("The town was emptied at 6:40 after a train carrying passengers and freight jumped the tracks.", "6:40", True),
        ("Crews searched for bodies in cars and buildings at 6:40 as people tried to salvage what they could from "
         "their ruined homes following the flash floods.", "6:40", False),
        # an opening phrase of time dates the sentence after it, past the clauses in between
        ("At 6:40 on 12 May, when the first ferries were already leaving the harbour, two masked thieves broke in.",
         "6:40", True),
        ("At 6:40, when the first ferries were already leaving the harbour, the harbour master rang the mayor.",
         "6:40", False),
        # an event a stretch of time away is a point of reference, not what the time dates
        ("At 2:30 p.m., more than 12 hours before the floods, the service issued a watch for the county.",
         "2:30 p.m.", False),
        ("It was not until 3 a.m., nearly two hours after the flood began, that the gauge read 10 feet.",
         "3 a.m.", False),
        # a cause told before a verb of causing: the time dates what it caused, unless nothing is caused between
        ("The blast has prompted a curfew across Dorvik and its suburbs at 6:40, the council said.", "6:40", False),
        ("The landslide forced hundreds of villagers from Velm at 6:40.", "6:40", False),
        ("Two fires, both still burning after sparking at 6:40, threaten Velm.", "6:40", True),
        ("The blast at 6:40 prompted a curfew across Dorvik.", "6:40", True),
        # a vehicle's accident told by what it did
        ("The coach left the road near Velm at around 3 a.m., police said.", "3 a.m.", True),
        ("The lorry plunged into a ravine outside Velm at 3 a.m.", "3 a.m.", True),
        ("The tanker ran aground off Velm at 3 a.m.", "3 a.m.", True),
        # a clock time of the incident's state, not of its happening, is the hour of that state
        ("The Corran Fire was 20% contained at 8 p.m., crews said.", "8 p.m.", False),
        ("The Corran Fire was visible from the coast road at 8 p.m., drivers said.", "8 p.m.", False),
        ("The Corran Fire was first reported at 8 p.m. near the reservoir.", "8 p.m.", True),
        ("The Corran Fire broke out at 8 p.m. near the reservoir.", "8 p.m.", True),
        ("Jewels were taken from the Velm museum in a daring midday heist, prosecutors said.", "midday", True),
        # what an aside tells is of its own moment; a figure's report or a change's start is no happening
        ("The Corran Fire, which broke out Tuesday near Velm, was 55% contained at 6:30 a.m., crews said.",
         "6:30 a.m.", False),
        ("Officials reported the Corran Fire had grown to 4,000 acres at 8 p.m.", "8 p.m.", False),
        ("The Corran Fire began to slow near the reservoir at 8 p.m.", "8 p.m.", False),
        ("The Corran Fire began at 8 p.m. near the reservoir.", "8 p.m.", True),
        ("The quake, at 12:50 p.m., shook the port of Velm.", "12:50 p.m.", True),
        ("The fires, which sparked shortly before 6:40 a.m., threaten Velm.", "6:40 a.m.", True),
        # gusts that "slammed the fire area" are no happening of the fire
        ("The gusts slammed the Corran Fire area between 10 p.m. and early morning.", "10 p.m.", False),
        # what follows the time after "following", "after" or "amid" is a point of reference
        ("Rescue teams resumed the search near Velm at 6:40 following the floods.", "6:40", False),
        ("Schools in Velm stayed shut at 6:40 in the wake of the quake.", "6:40", False),
        # a word of the incident that modifies another noun names that thing: damage, risks, victims
        ("The governor toured the flood damage around Velm at 6:40.", "6:40", False),
        # a cause in the passive, or a verb of causing with a happening of its own after it, leaves the date alone
        ("The fire, caused by a downed power line, broke out at 10:20 a.m.", "10:20 a.m.", True),
        ("The fire that led to the evacuation of Velm broke out at 10:20 a.m.", "10:20 a.m.", True),
        # an aside after the time that says what happened at that very moment dates that
        ("The junta set a minute's silence for 12:51 pm - the precise time the quake struck Velm.", "12:51 pm", True),
        ("Bells rang in Velm at 6:40, the moment the blast hit the station a year ago.", "6:40", True),
        ("The vigil in Velm began at 6:40, the time the council had set.", "6:40", False),
        # a shooting told by its shots
        ("Witnesses said the shots rang out at about 11:15 p.m. near the stage.", "11:15 p.m.", True),
        ("Police said shots were fired at 11:15 p.m. outside the hall.", "11:15 p.m.", True),
        # a robbery "earlier in the day" was that day, not at that hour
        ("Police found the van at 6:40 near the quay following a robbery earlier in the day.", "6:40", False),
        # an incident named as what someone or something is of is a point of reference too
        ("Divers recovered the fourth victim of the Velm dam collapse at 6:40.", "6:40", False),
        ("A ferry route opened at 6:40 on the northern side of the Velm bridge collapse.", "6:40", False),
        ("The Velm dam collapsed at 6:40, killing the fourth victim.", "6:40", True),
        ("Relatives of the workers said the Velm dam collapsed at 6:40.", "6:40", True),  # "of" up to a verb only
    ],
)  # fmt: skip
def test_a_time_dates_the_event_its_sentence_tells_up_to_its_clause(sentence: str, span: str, dated: bool) -> None:
    from factcheck.align import dated_events

    claim = time_claim("a.md", sentence, span, 400, None)
    assert ("incident" in dated_events(claim)) is dated


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("The ferry departed from Velm at 10:45 p.m. with 65 aboard.", "10:45 p.m."),
        ("Takeoff Time: 1:39 PM local time", "1:39 PM local time"),
        ("The jet lifted off at 13:08 IST and climbed to 600 feet.", "13:08 IST"),
    ],
)
def test_a_crafts_leaving_is_one_moment_however_it_is_told(sentence: str, span: str) -> None:
    """Two accounts of when a ferry or a plane left meet on the departure, whatever word each uses."""
    from factcheck.align import dated_events

    assert "departure" in dated_events(time_claim("a.md", sentence, span, 400, None))


@pytest.mark.parametrize(
    ("sentence", "dated"),
    [
        ("Police found the van on Sunday near the old quay of Velm following a robbery earlier in the day.", True),
        ("Police found the van on Sunday near the old quay of Velm following a robbery last week.", False),
    ],
)
def test_a_point_of_reference_said_to_be_of_that_very_day_is_dated_with_it(sentence: str, dated: bool) -> None:
    from builders import date_claim

    from factcheck.align import dated_events

    claim = date_claim("a.md", sentence, "on Sunday", "2025-03-16")
    assert ("incident" in dated_events(claim)) is dated


@pytest.mark.parametrize(
    ("first", "second", "ok"),
    [
        ("Two hikers, aged nine and 12, died.", "A 12-year-old died.", False),  # the 12 is the other hiker
        ("Slain were an 8- and a 9-year-old.", "Slain was a 12-year-old.", False),
        ("Two hikers, aged nine and 12, died.", "A nine-year-old died.", True),
        ("A 38-year-old woman was charged.", "A 37-year-old woman was charged.", True),  # one told two ways
        ("A 38-year-old woman and a 37-year-old man were charged.", "A 37-year-old was charged.", False),
        ("The fumes killed a couple of 81 and 77 years old.", "A 52-year-old woman died in a fire.", False),
        ("A 19-year-old driver died when his car, 10 or 12 years old, left the road.", "A 22-year-old died.", True),
        ("A 45-year-old woman was found dead.", "A 71-year-old man died in his home.", False),  # a woman, a man
        ("A 45-year-old woman was found dead.", "A 47-year-old mother was found dead.", True),
        ("A 45-year-old woman was found dead.", "A 47-year-old died in his home.", True),  # no word says
        ("The 16-year-old, his mother said, was missing.", "A 17-year-old boy was missing.", True),  # her word
        ("The 45-year-old's daughter raised the alarm.", "A 47-year-old man was found.", True),
        # places named, none in common: two women
        (
            "In Velm, a 58-year-old woman was killed when her car fell.",
            "A 60-year-old woman in Orsk was injured.",
            False,
        ),
        ("In Velm, a 58-year-old woman was killed when her car fell.", "A 60-year-old woman died in Velm.", True),
        # those quoted are no places
    ],
)
def test_ages_of_no_one_named_are_two_people_where_a_list_or_their_sex_says(first: str, second: str, ok: bool) -> None:
    def aged(source: str, sentence: str) -> Claim:
        [hit] = [h for h in extract_quantities(sentence) if h.quantity.counted == "age"][:1]
        return quantity_claim(
            source, sentence, sentence[hit.start : hit.end], lower=hit.quantity.lower, upper=hit.quantity.upper,
            counted="age", written=hit.quantity.written, unit="years",
        )  # fmt: skip

    assert compatible(aged("a.md", first), aged("b.md", second)) is ok


@pytest.mark.parametrize(
    ("other", "ok"),
    [
        ("As of 6:30 a.m. the Corran Fire was 35% contained, crews said.", False),  # another moment of the state
        ("The Corran Fire was 18% contained as of 6:30 a.m., crews said.", True),  # the same reading
        ("The Corran Fire broke out at 6:30 a.m. near the reservoir.", False),
    ],
)
def test_a_time_a_state_held_at_is_one_fact_only_with_the_same_reading(other: str, ok: bool) -> None:
    from factcheck.align import compatible

    held = time_claim("a.md", "As of 3:20 a.m. the Corran Fire was 18% contained, crews said.", "3:20 a.m.", 200, None)
    assert compatible(held, time_claim("b.md", other, "6:30 a.m.", 390, None)) is ok


@pytest.mark.parametrize(
    ("sentence", "held"),
    [
        ("As of 6:30 a.m. the Corran Fire was 35% contained, crews said.", True),
        ("As of Thursday morning at 6:30 a.m., the Corran Fire had reached 35% containment.", True),
        ("A red flag warning for Velm was extended until Friday, Jan. 24, at 6:30 a.m., forecasters said.", True),
        ("Evacuation orders were issued by the Velm County Fire Department at 6:30 a.m.", False),
        ("As of 6:30 a.m., when the Corran Fire broke out, the road was open.", False),  # a happening told
    ],
)
def test_a_time_a_state_held_at(sentence: str, held: bool) -> None:
    from factcheck.align import held_at

    assert held_at(time_claim("a.md", sentence, "6:30 a.m.", 390, None)) is held


@pytest.mark.parametrize(
    ("other", "ok"),
    [
        ("The Harlow Fire was first reported at 6:30 p.m. near the dam.", False),  # another fire's hour
        ("The Corran Fire was first reported at 6:30 p.m. near the dam.", True),
        ("The fire was first reported at 6:30 p.m. near the dam.", True),  # no fire named: either may be meant
        ("The Corran Canyon Fire was first reported at 6:30 p.m. near the dam.", True),  # one name, longer
        ("The Harlow Fire broke out at 6:30 p.m., hours after the Corran Fire.", False),  # a point of reference
    ],
)
def test_times_of_two_named_incidents_are_never_one_fact(other: str, ok: bool) -> None:
    from factcheck.align import compatible

    first = time_claim("a.md", "The Corran Fire broke out at 10:20 a.m. near the reservoir.", "10:20 a.m.", 620, None)
    assert compatible(first, time_claim("b.md", other, "6:30 p.m.", 1110, None)) is ok


@pytest.mark.parametrize(("incident", "ok"), [("the Harlow Fire", False), ("the Corran Fire", True), (None, True)])
def test_a_time_whose_sentence_names_no_incident_is_of_the_one_its_article_names(
    incident: str | None, ok: bool
) -> None:
    """ "By 12:23 p.m. the fire had burned 200 acres" in an article on the Harlow Fire alone is the Harlow Fire's."""
    from factcheck.align import compatible

    first = time_claim("a.md", "The Corran Fire had burned 200 acres by 8:12 p.m.", "8:12 p.m.", 1212, None)
    other = time_claim("b.md", "By 12:23 p.m. the fire had burned 200 acres.", "12:23 p.m.", 743, None)
    assert other.time is not None
    other = other.model_copy(update={"time": other.time.model_copy(update={"incident": incident})})
    assert compatible(first, other) is ok

    # only where the words the time dates tell of an incident: a curfew is the county's, whatever fire
    curfew = time_claim("c.md", "A curfew in Velm County began at 8 p.m.", "8 p.m.", 1200, None)
    county = time_claim(
        "d.md", "A curfew in Velm County began at 8 p.m., the Corran Fire still burning.", "8 p.m.", 1200, None
    )
    assert curfew.time is not None
    tagged = curfew.model_copy(update={"time": curfew.time.model_copy(update={"incident": incident})})
    assert compatible(tagged, county)


def test_quantities_must_count_the_same_thing_to_be_compatible() -> None:
    sentence = "Six people were killed and 18 injured."
    killed = quantity_claim("a.md", sentence, "Six", lower=6, upper=6, counted="killed", written="Six")
    injured = quantity_claim("b.md", sentence, "18 injured", lower=18, upper=18, counted="injured", written="18")
    also_killed = quantity_claim("b.md", sentence, "Six", lower=6, upper=6, counted="killed", written="Six")
    assert not compatible(killed, injured)
    assert compatible(killed, also_killed)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("age of sudip neupane", "age of sudeep neupane", True),  # one name spelt two ways
        ("age of sudip neupane", "age of neupane", True),
        ("age of firefighter mateo ruiz", "age of mateo ruiz", True),
        ("age of khemananda neupane", "age of sudip neupane", False),  # his grandmother
        ("age of neupane", "age of narwal", False),
        ("age of tomás núñez", "age of tomas nunez", True),  # accents dropped by one outlet
        ("age of ana ruiz-vidal", "age of ana ruiz vidal", True),  # a double family name hyphenated or not
        ("age of ana ruiz-vidal", "age of ana vidal", True),
        ("age of ana ruiz-vidal", "age of ana ruiz", False),  # the first family name alone is another key
        ("age of bogdan vidal", "age of ana ruiz-vidal", False),
        ("age of ana-maria ruiz", "age of mateo ruiz", False),  # a hyphenated given name is one name
        ("age of ana-maria ruiz", "age of ana ruiz", True),
        ("age of nathan polk", "age of jonathan polk", False),  # brothers, though one name ends the other
        ("age of ana ruiz", "age of diana ruiz", False),
        ("killed", "killed", True),
    ],
)
def test_ages_of_one_family_name_are_one_persons_only_where_the_given_names_may_be(a: str, b: str, same: bool) -> None:
    from factcheck.align import same_counted

    assert same_counted(a, b) is same


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("size of ship", "length of ship", True),  # "a 948-foot vessel", "the ship, 984 feet in length"
        ("size of ship", "size of ship", True),
        ("height of levee", "length of levee", False),  # two dimensions, both told
        ("size of ship", "size of runway", False),
        ("size of main span", "size of span", False),  # a part and the whole
        ("size of ship", "length", False),  # a length of nothing named
        ("size of path", "width of path", False),  # "a 20-mile path", "a path 1.5 miles wide"
        ("size of wall", "height of wall", True),
    ],
)
def test_measures_of_an_object_meet_only_in_a_dimension_both_may_mean(a: str, b: str, same: bool) -> None:
    from factcheck.align import counted_key, same_counted

    assert same_counted(a, b) is same
    if same:
        assert counted_key(a) == counted_key(b)  # blocked together


@pytest.mark.parametrize(("other", "one"), [(984.0, True), (45.0, False)])
def test_measures_of_one_kind_of_object_far_apart_are_of_two_objects(other: float, one: bool) -> None:
    """ "The 948-foot vessel" and "the ship, 984 feet long" are one ship; "a 45-foot response boat" is another."""
    from factcheck.align import compatible

    a = quantity_claim(
        "a.md",
        "The 948-foot vessel struck the bridge.",
        "948-foot",
        lower=948,
        upper=948,
        counted="size of ship",
        written="948-foot",
        unit="m",
    )
    b = quantity_claim(
        "b.md",
        f"A {other:g}-foot ship came by.",
        f"{other:g}-foot",
        lower=other,
        upper=other,
        counted="size of ship",
        written=f"{other:g}-foot",
        unit="m",
    )
    assert compatible(a, b) is one


def test_durations_are_compatible_only_of_one_event() -> None:
    def took(source: str, sentence: str, written: str, seconds: float) -> object:
        return quantity_claim(
            source, sentence, written, lower=seconds, upper=seconds, counted="duration", written=written, unit="s"
        )

    heist = took("a.md", "The heist lasted seven minutes.", "seven minutes", 420)
    robbery = took("b.md", "The robbery took less than four minutes.", "four minutes", 240)
    flights = took("b.md", "Some 3,000 people were flown out in just six hours.", "six hours", 21600)
    assert compatible(heist, robbery)  # type: ignore[arg-type]
    assert not compatible(heist, flights)  # type: ignore[arg-type]
    # those who did it name the deed: "the operation lasted four minutes, after which the thieves fled"
    operation = took("b.md", "The operation lasted four minutes, after which the robbers fled.", "four minutes", 240)
    assert compatible(heist, operation)  # type: ignore[arg-type]
    assert not compatible(flights, operation)  # type: ignore[arg-type]


@pytest.mark.parametrize(("other", "ok"), [(7.5, True), (8.2, True), (6.8, True), (6.7, False), (5.1, False)])
def test_magnitudes_a_whole_unit_apart_are_two_quakes(other: float, ok: bool) -> None:
    first = magnitude("a.md", "A magnitude 7.7 earthquake struck.", 7.7)
    assert compatible(first, magnitude("b.md", f"A magnitude {other} earthquake struck.", other)) is ok


def magnitude(source: str, sentence: str, value: float) -> Claim:
    return quantity_claim(
        source, sentence, str(value), lower=value, upper=value, counted="earthquake magnitude", written=str(value),
        unit="magnitude",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "ok"),
    [
        ("A magnitude 5.5 earthquake hit the region on Tuesday, the survey said.", True),
        ("A magnitude 5.5 earthquake hit the region late on Sunday, the survey said.", False),  # another day's quake
        ("The survey put the magnitude at 5.5, and aid reached Velm on Sunday.", True),  # no quake told that day
        ("A magnitude 5.5 earthquake struck on Tuesday, 2 September.", True),
        ("A magnitude 5.5 earthquake struck on Thursday, 4 September.", False),
        ("A magnitude 5.2 earthquake hit the region late on Sunday.", True),  # one figure: a day misreported
        ("The agency said on Monday that a 5.5 quake had struck the region on Tuesday.", True),  # its strike day
    ],
)
def test_magnitudes_of_quakes_that_struck_on_other_days_are_two_quakes(sentence: str, ok: bool) -> None:
    tuesday = magnitude("a.md", "A magnitude 5.2 earthquake hit the region on Tuesday, 2 September.", 5.2)
    value = 5.2 if "5.2" in sentence else 5.5
    assert compatible(tuesday, magnitude("b.md", sentence, value)) is ok


@pytest.mark.parametrize(
    ("sentence", "ok"),
    [
        ("The quake struck at 11:47 p.m., the survey said.", True),
        ("Hours later, a new earthquake struck the region at 8:56 p.m.", False),
        ("A second quake, of magnitude 5.5, struck the region at 8:56 p.m.", False),
        ("The region was rattled once again at 8:56 p.m. as a quake struck Velm.", False),
        ("The region was once again without power at 8:56 p.m.", True),  # no incident told again
        ("It was the second deadliest quake on record when it struck at 8:56 p.m.", True),  # a ranking
        ("Rescuers pulled another 12 quake survivors out at 8:56 p.m.", True),  # more of something
        ("A new flood warning was issued at 8:56 p.m.", True),  # a thing named for the incident
        ("Drones struck Velm at 8:56 p.m., and once again the target was the grid.", True),
        ("A second stampede was reported near the river at 8:56 p.m.", False),  # incidents of any kind
        ("A second landslide buried the road at 8:56 p.m.", False),
    ],
)
def test_figures_and_hours_of_another_incident_are_never_set_against_the_story_s(sentence: str, ok: bool) -> None:
    story = time_claim("a.md", "The earthquake struck Velm at 11:47 p.m. on Sunday.", "11:47 p.m.", 1427, None)
    other = time_claim("b.md", sentence, sentence.split(" at ")[1].split(",")[0].rstrip("."), 1436, None)
    assert compatible(story, other) is ok


@pytest.mark.parametrize(
    ("sentence", "ok"),
    [
        ("The weather service issued a tsunami warning for Velm at 7 a.m.", True),
        ("The tsunami warning for Velm was lifted at 7 a.m.", False),  # its end, not its start
        ("A curfew was imposed in Velm at 7 a.m.", True),  # a start, of whatever
        ("The warning for Velm ended at 7 a.m.", True),  # a verb that may tell either
    ],
)
def test_a_state_s_start_and_its_end_are_two_moments(sentence: str, ok: bool) -> None:
    issued = time_claim("a.md", "A tsunami warning was issued for Velm at 6:40 a.m.", "6:40 a.m.", 400, None)
    other = time_claim("b.md", sentence, "7 a.m.", 420, None)
    assert compatible(issued, other) is ok


@pytest.mark.parametrize(
    ("sentence", "ok"),
    [
        ("A new earthquake struck the region on Thursday afternoon.", True),
        ("A new earthquake struck the region late on Thursday.", True),
        ("A second quake struck the region on Tuesday.", False),  # another day's: a third quake
    ],
)
def test_days_of_another_incident_meet_only_those_of_its_own_day(sentence: str, ok: bool) -> None:
    from builders import date_claim

    night = date_claim(
        "a.md", "A new earthquake struck the region on Thursday night.", "on Thursday night", "2025-09-04"
    )
    thursday = "Thursday" in sentence
    other = date_claim(
        "b.md", sentence, "Thursday" if thursday else "on Tuesday", "2025-09-04" if thursday else "2025-09-02"
    )
    assert compatible(night, other) is ok


def test_outcomes_about_different_events_are_not_compatible() -> None:
    sentence = "The call was productive but the summit was postponed."
    call = make_claim(
        "a.md",
        sentence,
        "call was productive",
        FieldName.OUTCOME,
        outcome=Outcome(event="call", polarity=1, cue="productive"),
    )
    summit = make_claim(
        "b.md",
        sentence,
        "summit was postponed",
        FieldName.OUTCOME,
        outcome=Outcome(event="summit", polarity=-1, cue="postponed"),
    )
    assert not compatible(call, summit)


def test_a_count_of_nothing_in_particular_is_not_worth_listing_alone() -> None:
    vague = quantity_claim("a.md", "He said 12 of them.", "12", lower=12, upper=12, counted=None, written="12")
    killed = quantity_claim("a.md", "Six people were killed.", "Six", lower=6, upper=6, counted="killed", written="Six")
    assert not is_checkable(vague)
    assert is_checkable(killed)


STRIKE_A = (
    "A Russian missile strike on Kyiv on Monday killed six people and injured 18, officials said.\n\n"
    "Russia launched 450 drones overnight, the air force said."
)
STRIKE_B = (
    "A Russian missile strike on Kyiv on Monday killed six people and injured 17, officials said.\n\n"
    "The mayor said six people were killed in the strike on the Kyiv apartment block.\n\n"
    "Russia launched 430 drones overnight, the air force said."
)
STRIKE_C = "A Russian missile strike on Kyiv on Monday killed seven people, officials said."


def values(group: ClaimGroup) -> list[float]:
    return sorted(c.quantity.lower for c in group.claims if c.quantity is not None and c.quantity.lower is not None)


def test_align_groups_the_same_fact_across_sources(write_article: WriteArticle, fake_embedder: HashingEmbedder) -> None:
    sources = [
        read_source(write_article(f"{n}.md", body))
        for n, body in zip("abc", [STRIKE_A, STRIKE_B, STRIKE_C], strict=True)
    ]
    claims = claims_of(sources)
    alignment = align(claims, fake_embedder)

    def group_of(field: FieldName, counted: str) -> list[ClaimGroup]:
        return [
            g
            for g in alignment.groups
            if g.field is field and any(c.quantity and c.quantity.counted == counted for c in g.claims)
        ]

    [killed] = group_of(FieldName.QUANTITY, "killed")
    assert {c.source for c in killed.claims} == {s.path for s in sources}
    [injured] = group_of(FieldName.QUANTITY, "injured")
    assert values(injured) == [17, 18]
    [drones] = group_of(FieldName.QUANTITY, "drone")
    assert values(drones) == [430, 450]
    for group in alignment.groups:
        assert 0.0 <= group.similarity <= 1.0
        assert len({c.field for c in group.claims}) == 1


def test_a_source_repeating_its_figure_brings_both_mentions_to_one_group(
    write_article: WriteArticle, fake_embedder: HashingEmbedder
) -> None:
    """Source b states the toll twice; both mentions join the toll's group, and the finding counts b once."""
    sources = [
        read_source(write_article(f"{n}.md", body))
        for n, body in zip("abc", [STRIKE_A, STRIKE_B, STRIKE_C], strict=True)
    ]
    alignment = align(claims_of(sources), fake_embedder)
    [killed] = [g for g in alignment.groups if any(c.quantity and c.quantity.counted == "killed" for c in g.claims)]
    from_b = [c for c in killed.claims if c.source.endswith("b.md")]
    assert len(from_b) == 2 and {c.quantity.lower for c in from_b if c.quantity} == {6}
    finding = compare_group(killed, {s.path: s for s in sources})
    assert finding.verdict is Verdict.CONTRADICTION
    assert finding.reason == "six killed (2 sources) vs seven killed"  # a and b, b once


def test_a_group_never_holds_two_values_of_one_source(
    write_article: WriteArticle, fake_embedder: HashingEmbedder
) -> None:
    """One source giving two different figures for a count is not one fact in two words: they stay apart."""
    body = "The strike on Kyiv killed six people, officials said.\n\nThe strike killed nine people, medics said."
    sources = [read_source(write_article("a.md", body)), read_source(write_article("b.md", STRIKE_C))]
    alignment = align(claims_of(sources), fake_embedder)
    for group in alignment.groups:
        by_source: dict[str, set[float | None]] = {}
        for c in group.claims:
            by_source.setdefault(c.source, set()).add(c.quantity.lower if c.quantity else None)
        assert all(len(v) == 1 for v in by_source.values())


def test_a_figure_repeated_with_a_hedge_is_one_value_of_its_source() -> None:
    """ "At least 24 are dead" and "24 dead" in one article are one figure said twice, not two figures."""
    hedged = quantity_claim(
        "a.md",
        "At least 24 are dead.",
        "At least 24",
        lower=24,
        upper=None,
        counted="killed",
        written="24",
        qualifier="at least",
    )
    plain = quantity_claim("a.md", "24 dead in the storm.", "24", lower=24, upper=24, counted="killed", written="24")
    other = quantity_claim("a.md", "25 dead in the storm.", "25", lower=25, upper=25, counted="killed", written="25")
    assert mention_key(hedged) == mention_key(plain) != mention_key(other)


def test_a_break_inside_a_claims_own_words_does_not_end_its_clause() -> None:
    sentence = "Police on Friday (May 9) found the stolen statue near the harbour, officials said."
    claim = make_claim("a.md", sentence, "on Friday (May 9)", FieldName.DATE)
    assert clause(claim) == "Police on Friday (May 9) found the stolen statue near the harbour"


@pytest.mark.parametrize("figure", ["7,7", "1,287"])
def test_a_comma_inside_a_figure_does_not_end_a_clause(figure: str) -> None:
    """A decimal comma ("a 7,7 magnitude quake") or a thousands comma is part of the figure, not a break."""
    sentence = f"The series began with the massive {figure} magnitude quake that struck the coast at 06:20 (UTC)."
    claim = make_claim("a.md", sentence, "06:20 (UTC)", FieldName.TIME)
    assert clause(claim, min_words=10).startswith(f"The series began with the massive {figure} magnitude")


def test_unrelated_sentences_are_not_grouped(write_article: WriteArticle, fake_embedder: HashingEmbedder) -> None:
    a = read_source(write_article("a.md", "Six people were killed in Kyiv on Monday."))
    b = read_source(write_article("b.md", "The central bank left interest rates unchanged at 15.5 percent."))
    alignment = align(claims_of([a, b]), fake_embedder)
    assert alignment.groups == []
    assert any(c.quantity and c.quantity.counted == "killed" for c in alignment.unique)


@pytest.mark.parametrize(
    ("text", "incident"),
    [
        ("The fire broke out near the canyon.", True),
        ("The Cedar Fire was first reported at 6:18 p.m.", True),
        ("County Fire Chief Tomas Reddin said the road was shut.", False),
        ("Fire crews arrived within minutes.", False),
    ],
)
def test_a_fire_is_the_incident_but_the_fire_service_is_not(text: str, incident: bool) -> None:
    assert ("incident" in events_in(text)) is incident


@pytest.mark.parametrize("text", ["The wildfire spread overnight.", "Wildfires raged.", "Gunmen opened fire."])
def test_words_that_end_in_fire_name_the_incident(text: str) -> None:
    assert "incident" in events_in(text)


@pytest.mark.parametrize(
    ("text", "events"),
    [
        ("A flash flood warning was issued for the valley.", {"warning"}),  # the warning, not the flood
        ("By 3 a.m. the river had reached flood stage.", set()),
        ("The storm watch was lifted.", set()),
        ("The flood swept away three bridges.", {"incident"}),
        ("The perpetrators fled on scooters.", {"incident"}),  # those who did it name the deed
        ("Two assailants were seen near the gate.", {"incident"}),
        ("Nine tourists were shot dead near the lake.", {"incident"}),
        ("The guard was gunned down at the gate.", {"incident"}),
    ],
)
def test_a_word_of_the_incident_that_names_something_else_is_not_the_incident(text: str, events: set[str]) -> None:
    assert events_in(text) == events


def test_aboard_and_on_the_ground_are_scopes_no_sentence_is_searched_for() -> None:
    """A count stated "aboard" keeps that scope, but another count is not given it for saying "aboard" too."""
    from factcheck.align import infer_scopes

    def dead(source: str, sentence: str, count: int, scope: str | None) -> Claim:
        span = f"{count} died"
        return quantity_claim(
            source, sentence, span, lower=count, upper=count, counted="killed", written=str(count), scope=scope
        )

    aboard = dead("a.md", "The ferry sank and 58 died aboard.", 58, "aboard")
    unstated = dead("b.md", "Of those aboard, 12 died in hospital.", 12, None)
    inferred = infer_scopes([aboard, unstated])
    assert [c.quantity.scope for c in inferred if c.quantity] == ["aboard", None]


def test_an_inferred_scope_does_not_depend_on_set_order() -> None:
    """Two places of one length named in the sentence, as a list: the same scope is taken in every process."""
    from builders import quantity_claim

    from factcheck.align import infer_scopes

    def scoped(source: str, sentence: str, place: str) -> object:
        return quantity_claim(
            source, sentence, "4 killed", lower=4, upper=4, counted="killed", written="4", scope=place
        )

    claims = [
        scoped("a.md", "4 killed in Arlo.", "Arlo"),
        scoped("b.md", "4 killed in Bree.", "Bree"),
        quantity_claim(
            "c.md",
            "Storms hit Bree and Arlo, and 9 killed.",
            "9 killed",
            lower=9,
            upper=9,
            counted="killed",
            written="9",
        ),
    ]
    inferred = infer_scopes(claims)  # type: ignore[arg-type]
    assert inferred[2].quantity is not None and inferred[2].quantity.scope == "Arlo and Bree"


def test_an_inferred_scope_is_the_place_nearest_the_figure_and_not_another_figures() -> None:
    from builders import quantity_claim

    from factcheck.align import infer_scopes

    sentence = "The toll in Norland has risen to 132, including 106 in Westmark County, officials in Ostby said."

    def figure(text: str, scope: str | None) -> object:
        value = float(text)
        return quantity_claim(
            "a.md", sentence, text, lower=value, upper=value, counted="killed", written=text, scope=scope
        )

    elsewhere = quantity_claim(
        "b.md", "9 killed in Ostby.", "9 killed", lower=9, upper=9, counted="killed", written="9", scope="Ostby"
    )
    norland = quantity_claim(
        "c.md", "5 killed in Norland.", "5 killed", lower=5, upper=5, counted="killed", written="5", scope="Norland"
    )
    claims = [figure("132", None), figure("106", "Westmark County"), elsewhere, norland]
    inferred = infer_scopes(claims)  # type: ignore[arg-type]
    assert inferred[0].quantity is not None and inferred[0].quantity.scope == "Norland"


def test_an_inferred_scope_is_not_where_more_were_found_since() -> None:
    """ "climbed to 27 after crews found remains in Orsk": Orsk is where the remains were, not the toll's place."""
    from builders import quantity_claim

    from factcheck.align import infer_scopes

    sentence = "The toll in the fires climbed to 27 after crews found remains in Orsk."
    toll = quantity_claim("a.md", sentence, "27", lower=27, upper=27, counted="killed", written="27")
    orsk = quantity_claim(
        "b.md", "5 killed in Orsk.", "5 killed", lower=5, upper=5, counted="killed", written="5", scope="Orsk"
    )
    inferred = infer_scopes([toll, orsk])  # type: ignore[list-item]
    assert inferred[0].quantity is not None and inferred[0].quantity.scope is None


def test_a_figure_beside_a_list_of_places_is_of_them_all() -> None:
    """A count of "the deaths from the Arlo and Brisk fires" is both fires' dead, not Brisk's, the place nearest it;
    of two lists, the list nearest it."""
    from builders import quantity_claim

    from factcheck.align import infer_scopes

    def killed(source: str, sentence: str, value: int, scope: str | None = None) -> object:
        text = str(value)
        return quantity_claim(
            source, sentence, text, lower=value, upper=value, counted="killed", written=text, scope=scope
        )

    claims = [
        killed("a.md", "The deaths from the Arlo and Brisk fires rose to 25.", 25),
        killed("a.md", "The deaths from the Arlo, Cove and Brisk fires rose to 30.", 30),
        killed("a.md", "Nine died in the Arlo fire, and the Brisk fire has killed 16.", 16),
        killed("a.md", "Two died in the Cove and Dune fires, and the Arlo and Brisk fires have killed 30.", 30),
        killed("b.md", "9 killed in Arlo.", 9, "Arlo"),
        killed("c.md", "16 killed in Brisk.", 16, "Brisk"),
        killed("d.md", "2 killed in Cove.", 2, "Cove"),
        killed("e.md", "1 killed in Dune.", 1, "Dune"),
    ]
    scopes = [c.quantity.scope for c in infer_scopes(claims)]  # type: ignore[arg-type, union-attr]
    assert scopes[:4] == ["Arlo and Brisk", "Arlo and Brisk and Cove", "Brisk", "Arlo and Brisk"]


def test_a_place_a_buildings_floors_are_stated_for_is_still_the_tolls() -> None:
    """Only another count of people holds a place to itself: the building "in Ostby" is where the dead were too."""
    from builders import quantity_claim

    from factcheck.align import infer_scopes

    sentence = "The toll from the collapse of a 30-storey tower in Ostby rose to 20 on Monday."
    floors = quantity_claim(
        "a.md", sentence, "30-storey", lower=30, upper=30, counted="floor", written="30", scope="Ostby"
    )
    toll = quantity_claim("a.md", sentence, "20", lower=20, upper=20, counted="killed", written="20")
    elsewhere = quantity_claim(
        "b.md", "21 killed in Ostby.", "21 killed", lower=21, upper=21, counted="killed", written="21", scope="Ostby"
    )
    inferred = infer_scopes([floors, toll, elsewhere])
    assert inferred[1].quantity is not None and inferred[1].quantity.scope == "Ostby"


@pytest.mark.parametrize(
    ("first", "second", "ok"),
    [
        ("on Thursday", "35 years ago", False),  # nothing either names could meet the other
        ("in November", "on Sunday", False),
        ("on Sunday", "Saturday, October 25", True),  # both name a weekday
        ("35 years ago", "32 years ago", True),
    ],
)
def test_dates_out_of_the_calendar_meet_only_dates_that_name_what_they_name(first: str, second: str, ok: bool) -> None:
    from factcheck.models import DateValue, FieldName

    def unplaced(source: str, expression: str) -> object:
        date = DateValue(first=None, last=None, expression=expression, relative=True, unresolved_reason="unknown")
        return make_claim(source, f"It happened {expression}.", expression, FieldName.DATE, date=date)

    assert compatible(unplaced("a.md", first), unplaced("b.md", second)) is ok  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("sentence", "scope"),
    [
        ("Nine campers are missing from a camp near Ostby, Oregon.", None),  # the state says where Ostby is
        ("Nine campers died near Ostby, Oregon, and Lund.", "Oregon"),  # a list of places
        ("Nine campers are missing across Oregon.", "Oregon"),
        # a place that ends a longer name is not where: an airline's name, another place
        ("The toll of the Air Oregon crash stands at Nine.", None),
        ("Nine campers are missing in Eastern Oregon.", None),
        ("In Oregon, Nine campers are missing.", "Oregon"),
        ("Neighboring Oregon said Nine campers are missing.", "Oregon"),  # an adjective, a month: no name
        ("In May Oregon lost Nine campers.", "Oregon"),
    ],
)
def test_a_state_after_a_town_and_a_comma_locates_the_town_and_is_no_scope(sentence: str, scope: str | None) -> None:
    from builders import quantity_claim

    from factcheck.align import infer_scopes

    missing = quantity_claim("a.md", sentence, "Nine", lower=9, upper=9, counted="missing", written="Nine")
    statewide = quantity_claim(
        "b.md", "40 missing in Oregon.", "40", lower=40, upper=40, counted="missing", written="40", scope="Oregon"
    )
    inferred = infer_scopes([missing, statewide])  # type: ignore[list-item]
    assert inferred[0].quantity is not None and inferred[0].quantity.scope == scope


def dead_in(source: str, count: int, place: str) -> Claim:
    """ "`count` dead in `place`.": a toll another report states for a place."""
    written = str(count)
    sentence = f"{written} dead in {place}."
    return quantity_claim(
        source, sentence, written, lower=count, upper=count, counted="killed", written=written, scope=place
    )


@pytest.mark.parametrize(
    ("sentence", "scope"),
    [
        ("Officials in Vessel County, roughly 60 miles northwest of Ostby, said 43 had died.", "Vessel County"),
        ("Officials in Vessel County, 85 miles (137 km) from Ostby, said 43 had died.", "Vessel County"),
        ("Forty-three died in villages about 30 km away from Ostby.", None),
        ("Forty-three died north-east of Ostby.", None),
        ("Forty-three of the people of Ostby died.", "Ostby"),  # "of" alone is no bearing
        ("In other parts of Ostby, 43 people died.", None),  # the rest of the place
        ("Forty-three died outside Ostby.", None),
    ],
)
def test_the_place_a_distance_or_bearing_is_taken_from_is_no_scope(sentence: str, scope: str | None) -> None:
    from builders import quantity_claim

    from factcheck.align import infer_scopes

    said = "43" if "43" in sentence else "Forty-three"
    dead = quantity_claim("a.md", sentence, said, lower=43, upper=43, counted="killed", written=said)
    inferred = infer_scopes([dead, dead_in("b.md", 40, "Vessel County"), dead_in("c.md", 2, "Ostby")])  # type: ignore[list-item]
    assert inferred[0].quantity is not None and inferred[0].quantity.scope == scope


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("distance of Vessel County", "distance of Vessel County", True),
        ("distance of Vessel County", "distance", True),  # a distance of no named place may be of either
        ("distance of Vessel County", "distance of Lund", False),  # two places, two distances
        ("distance of epicentre", "distance of Lima", False),  # the point a quake struck is no named place
    ],
)
def test_distances_of_two_named_places_are_two_facts(a: str, b: str, same: bool) -> None:
    from factcheck.align import counted_key, same_counted

    assert same_counted(a, b) is same
    assert counted_key(a) == counted_key(b) == "distance"  # blocked together, told apart by same_counted


def test_a_word_of_a_division_of_two_joined_names_is_no_place_of_its_own() -> None:
    """ "Jammu and Kashmir" is one territory: its "Kashmir" is not the Kashmir another report counts."""
    from builders import quantity_claim

    from factcheck.align import infer_scopes

    sentence = "In Ostby, a town of Jammu and Kashmir, gunmen killed nine hikers."
    dead = quantity_claim("a.md", sentence, "nine", lower=9, upper=9, counted="killed", written="nine")
    inferred = infer_scopes([dead, dead_in("b.md", 30, "Kashmir"), dead_in("c.md", 9, "Ostby")])  # type: ignore[list-item]
    assert inferred[0].quantity is not None and inferred[0].quantity.scope == "Ostby"


def test_a_place_after_another_place_and_in_locates_it_and_is_no_scope() -> None:
    from builders import quantity_claim

    from factcheck.align import infer_scopes

    sentence = "The attack on hikers at Ostby in the Lund valley on Tuesday claimed 28 lives."
    toll = quantity_claim("a.md", sentence, "28 lives", lower=28, upper=28, counted="killed", written="28")
    valley, town = dead_in("b.md", 30, "Lund"), dead_in("c.md", 26, "Ostby")
    officials = quantity_claim(
        "d.md", "Officials in Lund said 28 hikers died.", "28", lower=28, upper=28, counted="killed", written="28"
    )
    inferred = infer_scopes([toll, valley, town, officials])  # type: ignore[list-item]
    assert [c.quantity.scope for c in inferred if c.quantity is not None] == ["Ostby", "Lund", "Ostby", "Lund"]


def test_an_inferred_scope_is_never_a_word_of_a_place_another_figure_is_stated_for() -> None:
    from builders import quantity_claim

    from factcheck.align import infer_scopes

    sentence = "The blazes have claimed 29 lives, 17 in the Marlo Fire."
    total = quantity_claim("a.md", sentence, "29", lower=29, upper=29, counted="killed", written="29")
    part = quantity_claim(
        "a.md", sentence, "17", lower=17, upper=17, counted="killed", written="17", scope="Marlo Fire"
    )
    short = quantity_claim(
        "b.md", "3 died in Marlo.", "3", lower=3, upper=3, counted="killed", written="3", scope="Marlo"
    )
    inferred = infer_scopes([total, part, short])
    assert inferred[0].quantity is not None and inferred[0].quantity.scope is None


@pytest.mark.parametrize(
    ("sentence", "scope"),
    [
        ("The storms have claimed 11 lives, including three in Ostby.", None),  # the three's place
        ("The storms have claimed 11 lives, among them two children, in Ostby.", None),
        ("The storms have claimed 11 lives in Ostby, including three children.", "Ostby"),  # before the part
        ("The storms have claimed 11 lives, including children, in Ostby.", "Ostby"),  # a part with no number
    ],
)
def test_a_place_named_after_a_part_with_its_own_number_is_that_parts(sentence: str, scope: str | None) -> None:
    from factcheck.align import infer_scopes

    toll = quantity_claim("a.md", sentence, "11 lives", lower=11, upper=11, counted="killed", written="11")
    inferred = infer_scopes([toll, dead_in("b.md", 4, "Ostby")])  # type: ignore[list-item]
    assert inferred[0].quantity is not None and inferred[0].quantity.scope == scope


def test_a_group_is_joined_by_its_mean_score_not_one_close_pair() -> None:
    from factcheck.align import _mean_link

    claims = [make_claim(f"{s}.md", "x", "x", FieldName.QUANTITY) for s in "abc"]
    scores = {(0, 1): 0.9, (0, 2): 0.1}
    assert _mean_link(claims, [0], [1, 2], scores) == pytest.approx(0.5)
    assert _mean_link(claims, [0], [1], {}) == 0.0  # never scored: nothing links them


def test_measures_nothing_names_are_never_compared() -> None:
    a = quantity_claim(
        "a.md", "It was 26 feet.", "26 feet", lower=7.9, upper=7.9, counted=None, written="26 feet", unit="m"
    )
    b = quantity_claim(
        "b.md", "It was 30 feet.", "30 feet", lower=9.1, upper=9.1, counted=None, written="30 feet", unit="m"
    )
    depth = quantity_claim(
        "b.md", "It was 30 feet deep.", "30 feet", lower=9.1, upper=9.1, counted="depth", written="30 feet", unit="m"
    )
    assert not compatible(a, b)
    assert not compatible(a, depth)
    assert compatible(depth, depth.model_copy(update={"source": "c.md"}))


def test_a_place_that_opens_a_longer_name_is_no_scope_for_a_count() -> None:
    from factcheck.align import infer_scopes

    sentence = "At least 29 people have died, according to the Marlo County Medical Examiner."
    total = quantity_claim("a.md", sentence, "29", lower=29, upper=29, counted="killed", written="29")
    elsewhere = quantity_claim(
        "b.md", "3 died in Marlo County.", "3", lower=3, upper=3, counted="killed", written="3", scope="Marlo County"
    )
    assert infer_scopes([total, elsewhere])[0].quantity.scope is None  # type: ignore[union-attr]
    placed = total.model_copy(
        update={"sentence": total.sentence.model_copy(update={"text": "29 died in Marlo County."})}
    )
    assert infer_scopes([placed, elsewhere])[0].quantity.scope == "Marlo County"  # type: ignore[union-attr]


def test_days_years_apart_date_two_events() -> None:
    import datetime as dt

    from factcheck.models import DateValue

    def dated(source: str, day: dt.date) -> object:
        return make_claim(source, "It happened then.", "then", FieldName.DATE).model_copy(
            update={"date": DateValue(first=day, last=day, expression=str(day))}
        )

    now, record, slip = (
        dated("a.md", dt.date(2031, 7, 4)),
        dated("b.md", dt.date(1932, 7, 2)),
        dated("c.md", dt.date(2031, 7, 5)),
    )
    assert not compatible(now, record)  # type: ignore[arg-type]
    assert compatible(now, slip)  # type: ignore[arg-type]


def test_a_year_years_before_a_day_dates_another_event() -> None:
    """ "A hurricane in 2017" is not "July 4, 2031" told another way; "in July 2031" may be."""
    import datetime as dt

    from factcheck.models import DateValue

    def dated(source: str, first: dt.date, last: dt.date, granularity: str) -> Claim:
        value = DateValue(first=first, last=last, granularity=granularity, expression=str(first))
        return make_claim(source, "It happened then.", "then", FieldName.DATE).model_copy(update={"date": value})

    day = dated("a.md", dt.date(2031, 7, 4), dt.date(2031, 7, 4), "day")
    long_before = dated("b.md", dt.date(2017, 1, 1), dt.date(2017, 12, 31), "year")
    month = dated("c.md", dt.date(2031, 7, 1), dt.date(2031, 7, 31), "month")
    assert not compatible(day, long_before)
    assert compatible(day, month)


def _negation_groups(alignment_groups: list[ClaimGroup]) -> list[ClaimGroup]:
    return [g for g in alignment_groups if g.field is FieldName.NEGATION]


def test_a_denial_of_everyone_meets_every_account_that_affirms_it(
    write_article: WriteArticle, fake_embedder: HashingEmbedder
) -> None:
    """ "No group has claimed responsibility" is contradicted by each outlet that names a claimant, however differently
    their sentences read; the affirmations stand together against the denial in one finding."""
    bodies = [
        "Two bombs hit a bus station in Maiduguri. No group has claimed responsibility.",
        "An offshoot of a Sahel jihadist network claimed responsibility for the Maiduguri blasts in a statement.",
        "Boko Haram has claimed responsibility, according to a message on Telegram.",
    ]
    sources = [read_source(write_article(f"{n}.md", body)) for n, body in zip("abc", bodies, strict=True)]
    alignment = align(claims_of(sources), fake_embedder)
    [group] = _negation_groups(alignment.groups)
    assert {c.source for c in group.claims} == {s.path for s in sources}
    finding = compare_group(group, {s.path: s for s in sources})
    assert finding.verdict is Verdict.CONTRADICTION
    assert len(finding.conflicts) == 2  # the denial against each affirmation; the two affirmations agree


def test_a_denial_opening_on_nobody_meets_an_account_that_names_who_did_it(
    write_article: WriteArticle, fake_embedder: HashingEmbedder
) -> None:
    """ "Nobody" names no one: the denial is not kept from an account whose actors it does not share."""
    bodies = [
        "Nobody had been threatened during the raid on the museum.",
        "The pair broke into the Orsay Gallery, threatened guards and cut into two display cases.",
    ]
    sources = [read_source(write_article(f"{n}.md", body)) for n, body in zip("ab", bodies, strict=True)]
    [denial, account] = [c for c in claims_of(sources) if c.field is FieldName.NEGATION]
    assert compatible(denial, account)


@pytest.mark.parametrize(
    "denial",
    [
        "So far, no one has been arrested for the Maiduguri blasts.",  # how things stood when it was written
        "Police said Ibrahim Musa has not been arrested for the Maiduguri blasts.",  # one named person
    ],
)
def test_a_denial_bounded_in_time_or_of_someone_named_is_not_set_against_any_affirmation(
    denial: str, write_article: WriteArticle, fake_embedder: HashingEmbedder
) -> None:
    sources = [
        read_source(write_article("a.md", denial)),
        read_source(write_article("b.md", "Officers arrested two men for the Maiduguri blasts on Friday.")),
    ]
    assert _negation_groups(align(claims_of(sources), fake_embedder).groups) == []


def test_figures_of_two_named_incidents_are_never_one_fact() -> None:
    """Acres burned by the Hollis Fire and by the Ridge Fire are two figures; one with no named incident may be
    either's."""

    def acres(source: str, scope: str | None) -> Claim:
        return quantity_claim(
            source,
            "It has burned 9,000 acres.",
            "9,000 acres",
            lower=9000,
            upper=9000,
            counted="area burned",
            written="9,000",
            unit="ha",
            scope=scope,
        )

    assert not compatible(acres("a.md", "Hollis Fire"), acres("b.md", "Ridge Fire"))
    assert compatible(acres("a.md", "Hollis Fire"), acres("b.md", "Hollis fire"))
    assert compatible(acres("a.md", "Hollis Fire"), acres("b.md", None))
    assert compatible(acres("a.md", "Hollis Fire"), acres("b.md", "Altadena"))  # a place, not an incident


def test_a_part_of_the_dead_is_a_count_of_the_dead_for_scope_and_updates() -> None:
    from factcheck.align import casualty_of

    assert casualty_of("killed children") == casualty_of("killed") == "killed"
    assert casualty_of("area burned") == "area burned"
    assert casualty_of(None) is None


@pytest.mark.parametrize(
    "rows",
    [
        [(0, 1), (2, 3), (4, 5)],  # every claim embedded as a clause and a sentence
        [(0, 1), (2,), (3, 4)],  # widths that differ are paired text by text all the same
    ],
)
def test_text_pairs_set_each_pairs_texts_side_by_side(rows: list[tuple[int, ...]]) -> None:
    pairs = [(0, 2), (1, 2)] if len({len(r) for r in rows}) == 1 else [(0, 2)]
    left, right, owner = _text_pairs(rows, pairs)
    expected = [(x, y, k) for k, (i, j) in enumerate(pairs) for x, y in zip(rows[i], rows[j], strict=True)]
    assert list(zip(left.tolist(), right.tolist(), owner.tolist(), strict=True)) == expected


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The first suspect was detained at Ostby airport on Saturday.", "arrest"),
        ("Police said the pair, arrested on Sunday, had been under watch.", "arrest"),
        ("She appeared before a magistrate on Friday.", "court"),
        ("The two men were arraigned on Monday.", "court"),
        ("The driver was in tears when he appeared in the dock on Thursday.", "court"),
    ],
)
def test_arrests_and_court_appearances_are_events(text: str, event: str) -> None:
    assert event in events_in(text)


def test_a_harbour_dock_is_no_court() -> None:
    assert "court" not in events_in("The ferry was moored in the dock at Tarvik on Sunday.")


def test_two_days_of_one_arrest_told_in_other_words_are_one_fact() -> None:
    """ "Detained on Saturday" and "arrested on Sunday" date one event: a clash of days to check, not two facts."""
    import datetime as dt

    from factcheck.align import THRESHOLDS, pair_score
    from factcheck.models import DateValue

    def dated(source: str, sentence: str, said: str, day: int) -> Claim:
        value = DateValue(first=dt.date(2031, 3, day), last=dt.date(2031, 3, day), granularity="day", expression=said)
        return make_claim(source, sentence, said, FieldName.DATE, date=value)

    detained = dated("a.md", "The first suspect was detained at Ostby airport on Saturday.", "on Saturday", 15)
    arrested = dated("b.md", "Prosecutors said the man, arrested on Sunday, would be charged.", "on Sunday", 16)
    reopened = dated("c.md", "The Tarija gallery reopened to visitors on Sunday.", "on Sunday", 16)
    assert pair_score(detained, arrested, 0.4) >= THRESHOLDS[FieldName.DATE]
    assert pair_score(detained, reopened, 0.4) < THRESHOLDS[FieldName.DATE]


def _record_year(write_article: WriteArticle, name: str, sentence: str) -> Claim:
    source = read_source(write_article(name, f"---\ndate: 2025-04-23\n---\n{sentence}\n"))
    [year] = [c for c in claims_of([source]) if c.field is FieldName.DATE and c.span.text.startswith("since")]
    return year


@pytest.mark.parametrize(
    ("first", "second", "one_fact"),
    [
        (
            "Gunmen killed 26 people in the region's deadliest attack on civilians since 2000.",
            "It was the deadliest attack on civilians in the valley since 2019, officials said.",
            True,  # one record, given two years
        ),
        (
            "Gunmen killed 26 people in the region's deadliest attack on civilians since 2000.",
            "Thousands joined the biggest protest in the valley since 2019.",
            False,  # two records
        ),
        (
            "The family had lived in the valley since 2000.",
            "The guide had worked in the valley since 2019.",
            False,  # no record: years apart date two things
        ),
        (
            "It was the worst flooding in the valley since 1990.",
            "It was the worst drought in the valley since 2005.",
            False,  # one superlative, two records
        ),
        (
            "The deadliest attack killed 26 people, and the family had lived there since 2000.",
            "It was the deadliest attack on civilians in the valley since 2019, officials said.",
            False,  # the record is in another clause: "since 2000" is how long the family lived there
        ),
        (
            "It was the first such attack in the valley since 2000.",
            "It was the first attack in the valley since 2019.",
            True,
        ),
    ],
)
def test_two_years_of_one_record_are_one_fact(
    write_article: WriteArticle, first: str, second: str, one_fact: bool
) -> None:
    a, b = _record_year(write_article, "a.md", first), _record_year(write_article, "b.md", second)
    assert compatible(a, b) is one_fact


def test_two_years_of_one_record_conflict(write_article: WriteArticle) -> None:
    a = _record_year(write_article, "a.md", "It was the region's deadliest attack on civilians since 2000.")
    b = _record_year(write_article, "b.md", "It was the deadliest attack on civilians in the valley since 2019.")
    finding = compare_group(ClaimGroup(field=FieldName.DATE, claims=(a, b), similarity=0.7), {})
    assert finding.verdict is Verdict.CONTRADICTION
    assert finding.reason == "deadliest attack since 2000 vs deadliest attack since 2019"


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (("distance of epicentre", "Lima"), ("distance of Lima", "epicentre"), True),  # one distance, either way
        (("distance of epicentre", "Lima"), ("distance", "epicentre"), False),  # from the epicentre: not Lima's
        (("distance of epicentre", "Lima"), ("distance of Cusco", "Lima"), False),  # two places that far
        (("distance of Cusco", "Lima"), ("distance", "Lima"), True),  # a distance of no named place may be Cusco's
        (("distance of Cusco", None), ("distance of Cusco", "Lima"), True),
    ],
)
def test_two_distances_are_one_fact_between_the_same_two_places(
    a: tuple[str, str | None], b: tuple[str, str | None], same: bool
) -> None:
    from builders import quantity_claim

    from factcheck.align import compatible

    def distance(source: str, counted: str, scope: str | None):  # type: ignore[no-untyped-def]
        return quantity_claim(
            source,
            "It lies 300 km away.",
            "300 km",
            lower=3e5,
            upper=3e5,
            counted=counted,
            written="300 km",
            unit="m",
            scope=scope,
        )

    assert compatible(distance("a.md", *a), distance("b.md", *b)) is same


def test_where_a_distance_is_measured_from_is_no_place_people_are_counted_in() -> None:
    """ "40 km from the epicentre" names an end of a distance: the dead "near the epicentre" are not counted
    there."""
    from builders import quantity_claim

    from factcheck.align import infer_scopes

    sentence = "Near the epicentre, 50 people died."
    dead = quantity_claim("a.md", sentence, "50", lower=50, upper=50, counted="killed", written="50")
    far = quantity_claim(
        "b.md",
        "Cusco lies 40 km from the epicentre.",
        "40 km",
        lower=4e4,
        upper=4e4,
        counted="distance of Cusco",
        written="40 km",
        unit="m",
        scope="epicentre",
    )
    assert infer_scopes([dead, far])[0].quantity.scope is None  # type: ignore[union-attr]


def test_a_claim_refused_by_every_group_it_is_close_to_stands_alone() -> None:
    """A figure close to one member of a group but unlike the group as a whole joins no group; it is still reported
    as a claim only its source makes, never dropped."""
    first, second, third = (
        quantity_claim(
            f"{name}.md",
            f"The flood killed {n} people in Kerrin.",
            f"{n} people",
            lower=n,
            upper=n,
            counted="killed",
            written=str(n),
        )
        for name, n in (("a", 12), ("b", 12), ("c", 13))
    )
    similarity = {(0, 1): 1.0, (0, 2): 0.3}  # the third is close to the first alone

    def sims(members: Sequence[Claim], pairs: Sequence[tuple[int, int]]) -> NDArray[np.float64]:
        return np.array([similarity.get(pair, 0.0) for pair in pairs])

    groups, lonely = _group_field(FieldName.QUANTITY, [first, second, third], [(0, 1), (0, 2)], sims)
    assert [len(g.claims) for g in groups] == [2]
    assert lonely == [third]


def test_a_claim_refused_a_group_but_said_alike_by_another_source_is_not_unique() -> None:
    """A source's second figure ("14 killed" by evening, after its "12 killed") kept out of the group where its
    first figure met another source's 14 is no claim only that source makes."""
    early, late, other = (
        quantity_claim(source, f"The flood killed {n} people in Kerrin.", f"{n} people", lower=n, upper=n,
                       counted="killed", written=str(n))
        for source, n in (("a.md", 12), ("a.md", 14), ("b.md", 14))
    )  # fmt: skip
    similarity = {(0, 2): 1.0, (1, 2): 0.9}

    def sims(members: Sequence[Claim], pairs: Sequence[tuple[int, int]]) -> NDArray[np.float64]:
        return np.array([similarity.get(pair, 0.0) for pair in pairs])

    groups, lonely = _group_field(FieldName.QUANTITY, [early, late, other], [(0, 2), (1, 2)], sims)
    assert [len(g.claims) for g in groups] == [2]
    assert lonely == []


def _count(source: str, sentence: str, figure: str, counted: str = "seat") -> Claim:
    value = float(figure.replace(",", ""))
    return quantity_claim(source, sentence, figure, lower=value, upper=value, counted=counted, written=figure)


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        ("The Veldt Party has secured 143 seats and leads in one more.", "143", "Veldt Party"),
        ("The Veldt Party now holds 143 seats.", "143", "Veldt Party"),
        ("Ilse Marten received 32,178 votes while Tomas Brandt received 32,157 votes.", "32,178", "Ilse Marten"),
        (
            "Ilse Marten received 32,178 votes while Tomas Brandt, who was named the winner on election night, "
            "received 32,157 votes.",
            "32,157",
            "Tomas Brandt",
        ),
        ("The Greens were projected to win more of Parliament's 343 seats than the Veldt Party.", "343", "Parliament"),
        ("The result gives the Greens 170 seats in the chamber.", "170", "Greens"),
        ("Kestrel Group had more than 40,000 servers to reset.", "40,000", "Kestrel Group"),
        ("Nigel Farage's Reform party secured 4.1 million votes.", "4.1", "Nigel Farage's Reform"),
        ("Anna Berg (Green Party) received 2,016 votes.", "2,016", "Anna Berg"),
        ("Ms Truss, who took 11,217 votes, lost her seat.", "11,217", "Ms Truss"),
        ("The Greens won four seats with 1.9 million votes.", "1.9", "Greens"),
        ("The Greens managed to hold onto just 121 seats.", "121", "Greens"),
        ("The Bloc Vert is on 22 seats.", "22", "Bloc Vert"),
        # what the name's figure changed to, or what something brought it to
        ("The Veldt Party has been reduced to 7 seats.", "7", "Veldt Party"),
        ("The Greens fell to 143 seats.", "143", "Greens"),
        ("The Bloc Vert now down to 21 seats after the recount.", "21", "Bloc Vert"),
        ("The recount brings the Greens to 170 seats.", "170", "Greens"),
        # past a name in the predicate to the subject, and past an aside on who leads it
        ("Ilse Marten narrowly won the Orvik riding with 32,178 votes.", "32,178", "Ilse Marten"),
        ("The Veldt Party, led by Prime Minister Ana Ruiz, won the election with 168 seats.", "168", "Veldt Party"),
        # a name after "and" that opens a clause of its own, after a figure
        ("The Greens won 169 seats and the Veldt Party won 143 seats.", "143", "Veldt Party"),
        # a figure of something else the name changed, and a plural possessive
        ("The Greens increased their majority to 12 seats.", "12", None),
        ("The Greens' gain was 12 seats.", "12", None),
        ("Tomas Brel, the Unity Front leader, took 38,000 votes.", "38,000", "Tomas Brel"),  # past an aside
        ("Anna Kovacs, who unseated Tomas Brel, received 38,412 votes.", "38,412", "Anna Kovacs"),
        ("The opposition Unity Front came second with 61 seats.", "61", "Unity Front"),
        ("Kestrel Airlines owns 300 aircraft.", "300", "Kestrel Airlines"),
        # no holder: a reporter, a place, a common word opening the sentence, a noun after the name, a figure in a
        # phrase of place, a list of names
        ("Corvane Air said 1,200 flights were cancelled.", "1,200", None),
        ("In Velmar, 1,591 homes were destroyed.", "1,591", None),
        ("Authorities have arrested 18 people.", "18", None),
        ("A Corvane Air plane carrying 181 people crashed.", "181", None),
        ("The Greens, holding the majority in the 300 seats of the chamber, voted.", "300", None),
        ("The Greens and the Veldt Party hold 200 seats.", "200", None),
        ("Tomas Brandt's office reported 200 seats.", "200", None),
        # the subject of a verb of doing, counting or telling is not whose the figure is
        ("Corvane Air cancelled 1,200 flights on Saturday.", "1,200", None),
        ("General Tomas Vik has deployed 3,000 soldiers.", "3,000", None),
        ("A police spokesman told the Ostby Gazette 40 protesters were held.", "40", None),
        # what the name's party or candidate holds is theirs, not the name's
        ("Tomas Brel, whose party took 61 seats, conceded.", "61", None),
        ("The Civic Alliance candidate took 38,412 votes.", "38,412", None),
        ("Prime Minister Anna Kovacs's party won 80 seats.", "80", None),
        ("Kestrel Airlines is on track to cut 3,000 jobs.", "3,000", None),
    ],
)
def test_the_holder_of_a_figure_is_the_name_its_sentence_gives_it(
    sentence: str, figure: str, expected: str | None
) -> None:
    assert holder(_count("a.md", sentence, figure)) == expected


def test_a_count_several_names_hold_is_set_against_no_other_where_its_sentence_names_none() -> None:
    """In a story that gives seats to two parties, "They have 30 seats" may be either's: compared with none."""
    greens = _count("a.md", "The Greens won 40 seats.", "40")
    veldt = _count("b.md", "The Veldt Party won 41 seats.", "41")
    unnamed = _count("c.md", "They have 30 seats and 2.1 per cent of the vote.", "30")
    also_greens = _count("d.md", "The Greens now hold 38 seats.", "38")
    read = infer_holders([greens, veldt, unnamed, also_greens])
    assert [holder(c) for c in read] == ["Greens", "Veldt Party", UNKNOWN_HOLDER, "Greens"]
    assert not compatible(read[2], read[0]) and not compatible(read[2], read[1])
    assert compatible(read[0], read[3])  # one party's seats: one fact
    # a story whose seats one name holds, or none, is read as before
    alone = infer_holders([greens, unnamed])
    assert [holder(c) for c in alone] == ["Greens", None] and compatible(alone[0], alone[1])


def test_a_figure_no_name_holds_is_a_total_unless_its_kind_is_always_someones_or_a_pronoun_holds_it() -> None:
    """Sums pledged by two banks: "the state will pay $10,000" may be set against "$25,000"; "they pledged" not."""
    pledges = [
        _count("a.md", "Kestrel Bank pledged $5 million.", "5", counted="money"),
        _count("b.md", "Corvane Group pledged $2 million.", "2", counted="money"),
        _count("c.md", "The state will pay $10,000 to each family.", "10,000", counted="money"),
        _count("d.md", "The state will pay $25,000 to each family.", "25,000", counted="money"),
        _count("e.md", "They pledged $3 million on Monday.", "3", counted="money"),
    ]
    read = infer_holders(pledges)
    assert [holder(c) for c in read] == ["Kestrel Bank", "Corvane Group", None, None, UNKNOWN_HOLDER]
    assert compatible(read[2], read[3]) and not compatible(read[4], read[0])
    described = _count("f.md", "The state government will pay $10,000 to each family.", "10,000", counted="money")
    unnamed = _count("g.md", "Initially, $10,000 was promised for each family.", "10,000", counted="money")
    raised = _count("h.md", "The compensation has now been increased to $25,000.", "25,000", counted="money")
    aside = _count(
        "i.md", "A day earlier, the KVCA, on behalf of the Rovers, announced $5,000.", "5,000", counted="money"
    )
    assert [holder(c) for c in infer_holders([*pledges[:2], described, unnamed, raised, aside])[2:]] == [
        "state government",  # a description stands for its name: set against the same description only
        UNKNOWN_HOLDER,  # given by someone unnamed
        UNKNOWN_HOLDER,  # changed by someone unnamed
        "KVCA",  # the subject after an opening phrase is no aside
    ]


def test_votes_are_the_holders_they_are_cast_for() -> None:
    """ "38,581 for Brandt" are Brandt's votes, though the sentence's subject is whoever counted them."""
    for sentence, figure in (
        ("Marten secured 42,374 votes compared to 38,581 for Brandt.", "38,581"),
        ("The Electoral Commission counted 12,000 votes for Jonas Brekke.", "12,000"),
    ):
        assert holder(_count("a.md", sentence, figure, counted="vote")) in ("Brandt", "Jonas Brekke")
    aid = _count("a.md", "The union announced $50 million in aid for Kalmar.", "50", counted="money")
    assert holder(aid) is None  # a sum for someone is given to them, not theirs


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        ("Kestrel Bank pledged $5 million to the families.", "5", "Kestrel Bank"),
        ("The Ostby Rovers announced a financial assistance of Rs 10 lakh each.", "10", "Ostby Rovers"),
        ("The Velm government has promised Rs 25 lakh per family.", "25", "Velm"),
        ("Kestrel Bank lost $5 million.", "5", "Kestrel Bank"),  # what it had
        ("The KVCA, on behalf of the Rovers, announced Rs 5 lakh for the kin.", "5", "KVCA"),  # past an aside
        ("Governor Ana Ruiz increases compensation to Rs 25 lakh.", "25", "Governor Ana Ruiz"),
        ("Kestrel Bank said $5 million was raised.", "5", None),  # a reporter
    ],
)
def test_a_sum_is_its_givers(sentence: str, figure: str, expected: str | None) -> None:
    """Compensation pledged by a government and by a club are two sums, whoever reports them."""
    assert holder(_count("a.md", sentence, figure, counted="money")) == expected


def test_a_toll_or_a_ranking_has_no_holder() -> None:
    """The subject of a toll is the disaster or the one who reports it; a ranking's is the thing ranked."""
    toll = _count("a.md", "Velmar's floods killed 12 people.", "12", counted="killed")
    assert holder(toll) is None
    rank = quantity_claim(
        "a.md",
        "Ostby is Velmar's second-largest city.",
        "second-largest city",
        lower=2,
        upper=2,
        counted="largest city",
        written="second-largest city",
        unit="rank",
    )
    assert holder(rank) is None


@pytest.mark.parametrize(
    ("a", "b", "one_fact"),
    [
        ("The Greens have 170 seats.", "The Greens were projected to win more of Parliament's 170 seats.", False),
        ("Corvane Air won 58 routes.", "Skylark Airways won 58 routes.", False),
        ("Anna Berg won 12,500 votes.", "Anna Borg won 12,500 votes.", False),
        ("The Democrats won 88 seats.", "The Democratic Party won 88 seats.", True),
        ("Kestrel Airlines holds 12 slots.", "Kestrel Air holds 12 slots.", True),
        ("The U.N. has 12 seats.", "The United Nations has 12 seats.", True),
        ("Ostby FC scored 3 goals.", "Ostby Football Club scored 3 goals.", True),
        ("Anna Kov\u00e1cs won 12,000 votes.", "Anna Kovacs won 12,000 votes.", True),  # an accent
        ("The Veldt People's Party won 80 seats.", "The VPP won 80 seats.", True),
        ("Mayor Anna Kovacs won 12,000 votes.", "Ostby Mayor Kovacs won 12,000 votes.", True),  # titles
        ("The SDP won 80 seats.", "The Social Democrats won 80 seats.", True),
        ("The Democratic Party won 80 seats.", "The People's Party won 80 seats.", False),
        ("Tomas Brandt received 32,157 votes.", "Brandt received 32,157 votes.", True),  # a surname
        ("The VDP has 22 seats.", "The Veldt Democratic Party has 22 seats.", True),  # initials
        ("The Bloc Vert has 22 seats.", "The Block Vert has 22 seats.", True),  # a spelling
        ("Norway sent 170 seats.", "Oslo had sent 170 seats.", True),  # a capital speaks for its country
        ("Carney's Greens have 170 seats.", "The Greens now hold 170 seats.", True),  # whose they are named
        ("The Greens have 170 seats.", "The party has 170 seats.", True),  # one holder unknown
        ("Velm CM Siddaram won 12,000 votes.", "The VCSA won 12,000 votes.", False),  # a title is no initial
        ("PM Ana Ruiz won 12,000 votes.", "Ana Ruiz won 12,000 votes.", True),
    ],
)
def test_figures_of_two_holders_are_never_one_fact(a: str, b: str, one_fact: bool) -> None:
    """Seats, votes or flights of two different parties, people or airlines are two facts."""

    def counted(source: str, sentence: str) -> Claim:
        figure = re.search(r"\d[\d,]*", sentence)
        assert figure is not None
        return _count(source, sentence, figure.group(0))

    assert compatible(counted("a.md", a), counted("b.md", b)) is one_fact


def _sum(source: str, sentence: str, figure: str) -> Claim:
    return quantity_claim(source, sentence, figure, lower=1.0, upper=1.0, counted="money", written=figure, unit="USD")


@pytest.mark.parametrize(
    ("sentence", "figure", "kind"),
    [
        ("The outage wiped out $25 billion of market value.", "$25 billion", "loss"),
        ("Kestrel Mining has a market value of $11 billion.", "$11 billion", "value"),
        ("The storm caused $40 million worth of damage.", "$40 million", "loss"),
        ("Kestrel Bank reported revenue of $5 billion and a net loss of $300 million.", "$5 billion", "revenue"),
        ("Kestrel Bank reported revenue of $5 billion and a net loss of $300 million.", "$300 million", "loss"),
        ("The fund paid out $60 million in grants.", "$60 million", "aid"),
        ("Kestrel made a net profit of $300 million.", "$300 million", "profit"),
        ("Kestrel's market value fell by $2 billion.", "$2 billion", "loss"),
        ("The strike reduced Kestrel's revenue by $45 million.", "$45 million", "loss"),
        ("Companies face a $5.4 billion direct financial loss.", "$5.4 billion", "loss"),
        ("Damage to homes is put at $1.8 billion.", "$1.8 billion", "loss"),
        ("Jewels valued at $102 million were taken.", "$102 million", "value"),
        ("The agency launched an appeal for $100 million.", "$100 million", "aid"),
        ("Norway confirmed $2.5 million in emergency funding for Velmar.", "$2.5 million", "aid"),
        ("The island will receive a $150 million payout from its catastrophe bond.", "$150 million", "insurance"),
        ("Offenders face a $3,000 fine.", "$3,000", "fine"),
        ("While the $150 million provides crucial relief, more is needed.", "$150 million", None),  # past its verb
        ("Police arrested two men over the $100 million heist.", "$100 million", None),
    ],
)
def test_what_a_sum_of_money_is(sentence: str, figure: str, kind: str | None) -> None:
    assert sum_kind(_sum("a.md", sentence, figure)) == kind


def test_sums_of_different_kinds_are_never_one_fact() -> None:
    """A company's loss is not its market value, nor its profit its sales; a sum no word describes may be any."""
    profit = _sum("d.md", "Kestrel made a net profit of $300 million.", "$300 million")
    sales = _sum("e.md", "Kestrel reported sales of $300 million.", "$300 million")
    assert not compatible(profit, sales)
    loss = _sum("a.md", "Companies face a $5.4 billion direct financial loss.", "$5.4 billion")
    value = _sum("b.md", "Kestrel Mining has a market value of $11 billion.", "$11 billion")
    heist = _sum("c.md", "Police arrested two men over the $100 million heist.", "$100 million")
    assert not compatible(loss, value)
    assert compatible(loss, heist) and compatible(value, heist)


@pytest.mark.parametrize(
    ("sentence", "figure", "counted"),
    [
        ("More than 200 lawmakers are required to pass the motion.", "200", "lawmaker"),
        ("The motion requires 200 lawmakers.", "200", "lawmaker"),
        ("The bill needs at least 200 lawmakers to pass.", "200", "lawmaker"),
        ("The motion failed to meet the quorum of 200 votes.", "200", "vote"),
        ("The coalition needed 200 votes to pass the bill.", "200", "vote"),
        ("It fell short of the 200 votes needed for a majority.", "200", "vote"),
        ("The bill needs the support of 200 votes.", "200", "vote"),
    ],
)
def test_a_figure_to_be_reached_is_never_one_fact_with_a_count(sentence: str, figure: str, counted: str) -> None:
    """Votes needed to pass a motion are a threshold, not the votes it got; two thresholds may be one fact."""
    needed = _count("a.md", sentence, figure, counted=counted)
    got = _count("b.md", f"In the end 192 {counted}s backed the motion.", "192", counted=counted)
    assert not compatible(needed, got)
    assert compatible(needed, _count("c.md", sentence.replace(figure, "201"), "201", counted=counted))


@pytest.mark.parametrize(
    "sentence",
    [
        "The motion passed with 190 members present.",
        "The vote, with 190 members in attendance, passed.",
        "Only 190 members attended the sitting.",
    ],
)
def test_those_present_are_never_one_fact_with_all_members(sentence: str) -> None:
    """190 members present at a sitting are some of the chamber's 300 members; two counts of those present are
    one fact."""
    present = _count("a.md", sentence, "190", counted="member")
    assert not compatible(present, _count("b.md", "The chamber has 300 members.", "300", counted="member"))
    assert compatible(present, _count("c.md", "All 192 members present voted.", "192", counted="member"))


@pytest.mark.parametrize(
    ("sentence", "places"),
    [
        ("Waves hit 5.7 feet in Kahuli and 4.9 feet at Hilo, officials said.", {"Kahuli", "Hilo"}),
        ("Velmora recorded 200 mm of rain on Sunday, said forecaster Ana Ruiz.", {"Velmora"}),  # a speaker is no place
        ("Chile reported 60 cm waves, the navy said.", {"Chile"}),
        ("Waves of 60 cm reached Velmora, the Harlow Weather Bureau said.", {"Velmora"}),  # who reports is no place
    ],
)
def test_the_places_a_clause_names(sentence: str, places: set[str]) -> None:
    from factcheck.align import names_in_clause

    claim = quantity_claim("a.md", sentence, sentence.split()[2], lower=1, upper=1, counted="wave height", written="1")
    assert names_in_clause(claim) == frozenset(places)


def age(source: str, sentence: str, figure: str, name: str) -> Claim:
    """An age claim keyed to a name as extraction keys it ("age of chinmayi shetty")."""
    value = float(figure)
    return quantity_claim(
        source, sentence, figure, lower=value, upper=value, counted=f"age of {name}", written=figure, unit="years"
    )


def test_an_age_of_a_given_name_alone_is_keyed_to_the_one_full_name_it_starts() -> None:
    """ "Chinmayi (19)" and "Chinmayi Shetty, 18" are one victim's ages; "Ana" of "Ana Ruiz" and "Ana Torres" is
    no one's in particular."""
    from factcheck.align import infer_given_names

    alone = age("a.md", "The dead include Chinmayi (19).", "19", "chinmayi")
    full = age("b.md", "Chinmayi Shetty, 18, died.", "18", "chinmayi shetty")
    keyed = infer_given_names([alone, full])
    assert keyed[0].quantity is not None and keyed[0].quantity.counted == "age of chinmayi shetty"
    assert compatible(keyed[0], keyed[1])
    two = infer_given_names(
        [
            age("a.md", "Ana (30) died.", "30", "ana"),
            age("b.md", "Ana Ruiz, 31, died.", "31", "ana ruiz"),
            age("c.md", "Ana Torres, 40, died.", "40", "ana torres"),
        ]
    )
    assert two[0].quantity is not None and two[0].quantity.counted == "age of ana"


def test_an_age_of_a_nicknames_name_is_keyed_to_the_name_told_with_it() -> None:
    """ "Tiger Bech, 28" is the age of the man a list names "Martin “Tiger” Bech, 27"; a nickname the story gives
    two people keys no one."""
    from factcheck.align import infer_given_names

    told = age("a.md", "Tiger Bech, 28, died in the attack.", "28", "tiger bech")
    listed = age("b.md", "The dead were Ana Ruiz, 30, and Martin “Tiger” Bech, 27.", "27", "martin bech")
    keyed = infer_given_names([told, listed])
    assert keyed[0].quantity is not None and keyed[0].quantity.counted == "age of martin bech"
    assert compatible(keyed[0], keyed[1])
    twice = infer_given_names(
        [
            told,
            listed,
            age("c.md", "Jon “Tiger” Bech, 50, is his uncle.", "50", "jon bech"),
        ]
    )
    assert twice[0].quantity is not None and twice[0].quantity.counted == "age of tiger bech"
