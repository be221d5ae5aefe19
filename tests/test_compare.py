"""Field-by-field verdicts on hand-built claims: agree, conflict, or explained away (not comparable)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from builders import (
    HashingEmbedder,
    WriteArticle,
    date_claim,
    make_claim,
    make_source,
    outcome_claim,
    quantity_claim,
    quote_claim,
    sources_by_path,
    time_claim,
)

from factcheck.align import compatible
from factcheck.compare import (
    Relation,
    _check_claim,
    compare_group,
    intervals_overlap,
    relate,
    unique_findings,
)
from factcheck.extract.dates import extract_times
from factcheck.ingest import read_source
from factcheck.models import Claim, ClaimGroup, DateValue, FieldName, Quantity, TimeValue, Verdict
from factcheck.pipeline import claims_of, compare_sources, load_sources

SAME_DAY = sources_by_path(make_source("a.md"), make_source("b.md"), make_source("c.md"))
LATER_B = sources_by_path(make_source("a.md", "2025-10-22"), make_source("b.md", "2025-10-23"))


def count(
    source: str,
    sentence: str,
    counted: str,
    lower: float,
    upper: float | None,
    *,
    qualifier: str | None = None,
    span: str | None = None,
) -> Claim:
    """A count; its span is `span`, or else the whole sentence but its full stop.

    The figure as written is the number word after the qualifier ("six", "a dozen", "18").
    """
    span = span or sentence.rstrip(".")
    words = span.split()[len(qualifier.split()) if qualifier else 0 :]
    written = " ".join(words[:2] if words[0].lower() == "a" else words[:1]).lower()
    return quantity_claim(
        source, sentence, span, lower=lower, upper=upper, counted=counted, written=written, qualifier=qualifier
    )


def killed(source: str, sentence: str, lower: float, upper: float | None, qualifier: str | None = None) -> Claim:
    return count(source, sentence, "killed", lower, upper, qualifier=qualifier)


def injured(source: str, value: int) -> Claim:
    return count(source, f"{value} people were injured.", "injured", value, value)


def test_at_least_six_agrees_with_six() -> None:
    a = killed("a.md", "At least six people were killed.", 6, None, qualifier="at least")
    b = killed("b.md", "Six people were killed.", 6, 6)
    verdict = relate(a, b, SAME_DAY)
    assert (verdict.relation, verdict.field) == (Relation.AGREE, FieldName.QUANTITY)
    assert "consistent" in verdict.reason


def campers(source: str, qualifier: str | None, value: float) -> Claim:
    sentence = f"{qualifier.capitalize() + ' ' if qualifier else ''}{value:.0f} children were at Camp Orrin."
    low, high = (value * 0.9, value * 1.1) if qualifier else (value, value)
    return count(source, sentence, "children", low, high, qualifier=qualifier, span=sentence.split(" were")[0])


def test_two_estimates_around_different_figures_conflict_though_their_ranges_overlap() -> None:
    verdict = relate(campers("a.md", "about", 700), campers("b.md", "roughly", 750), SAME_DAY)
    assert verdict.relation is Relation.CONFLICT
    assert "two estimates that differ" in verdict.reason


@pytest.mark.parametrize(("qualifier", "value"), [("some", 750), (None, 740), (None, 700)])
def test_an_estimate_agrees_with_the_same_estimate_or_a_figure_within_it(qualifier: str | None, value: int) -> None:
    verdict = relate(campers("a.md", "about", 750 if qualifier else 700), campers("b.md", qualifier, value), SAME_DAY)
    assert verdict.relation is Relation.AGREE


@pytest.mark.parametrize(
    ("bare", "relation"),
    [
        (700, Relation.CONFLICT),  # a round figure given bare is an estimate too: 750 is not 700 rounded
        (800, Relation.AGREE),  # "about 750" rounded to the hundred
        (740, Relation.AGREE),  # not round: a count within the estimate
    ],
)
def test_a_round_figure_given_bare_is_an_estimate(bare: int, relation: Relation) -> None:
    assert relate(campers("a.md", "about", 750), campers("b.md", None, bare), SAME_DAY).relation is relation


def test_a_small_round_figure_is_a_count() -> None:
    assert relate(campers("a.md", "about", 75), campers("b.md", None, 70), SAME_DAY).relation is Relation.AGREE


@pytest.mark.parametrize(
    ("written", "value", "unit"),
    [("1.44 million", 1_440_000, "count"), ("2", 7200, "s"), ("14,600", 14_600, "ha")],
)
def test_only_a_count_written_round_is_an_estimate(written: str, value: float, unit: str) -> None:
    """Not a figure whose stored value is round only once its scale or unit is read ("1.44 million", "2 hours")."""
    sentence = f"It was {written} units."
    bare = quantity_claim("b.md", sentence, written, lower=value, upper=value, counted="x", written=written, unit=unit)
    hedged = quantity_claim(
        "a.md",
        "It was about that.",
        "about",
        lower=value * 0.95,
        upper=value * 1.15,
        counted="x",
        written=written,
        unit=unit,
        qualifier="about",
    )
    assert relate(hedged, bare, SAME_DAY).relation is Relation.AGREE


def test_a_rise_from_a_round_toll_to_a_higher_estimate_is_an_update() -> None:
    """ "700 have died" one day and "about 750" the next: the toll rose, by the middle of the estimate."""
    a = killed("a.md", "700 people have died.", 700, 700)
    b = killed("b.md", "About 750 people have died.", 675, 825, qualifier="about")
    assert relate(a, b, LATER_B).relation is Relation.UPDATE
    assert relate(
        b, a, sources_by_path(make_source("a.md", "2025-10-23"), make_source("b.md", "2025-10-22"))
    ).relation is (Relation.CONFLICT)


@pytest.mark.parametrize(("rounded", "precise"), [(14_000, 14_117), (90, 88), (3_000, 2_960)])
def test_an_estimate_agrees_with_another_it_rounds(rounded: int, precise: int) -> None:
    verdict = relate(campers("a.md", "about", rounded), campers("b.md", "an estimated", precise), SAME_DAY)
    assert verdict.relation is Relation.AGREE


def test_eighteen_injured_conflicts_with_seventeen() -> None:
    a = injured("a.md", 18)
    b = injured("b.md", 17)
    verdict = relate(a, b, SAME_DAY)
    assert (verdict.relation, verdict.reason) == (Relation.CONFLICT, "18 injured vs 17 injured")


def test_later_report_with_a_higher_toll_is_an_update() -> None:
    a = killed("a.md", "Six people were killed.", 6, 6)
    b = killed("b.md", "Nine people were killed.", 9, 9)
    verdict = relate(a, b, LATER_B)
    assert (verdict.relation, verdict.later, verdict.basis) == (Relation.UPDATE, 1, "by date")
    assert "update" in verdict.reason


@pytest.mark.parametrize(
    ("sources", "sentence", "relation"),
    [
        (LATER_B, "Forty-five people were killed.", Relation.UPDATE),  # by date
        (SAME_DAY, "The death toll has climbed to 45.", Relation.UPDATE),  # by wording
        (SAME_DAY, "Forty-five people were killed.", Relation.AGREE),
    ],
)
def test_a_later_toll_within_an_earlier_bound_is_an_update(sources: dict, sentence: str, relation: Relation) -> None:
    """ "at least 38" one day and 45 the next agree, and the 45 is the later toll; with no order they only agree."""
    a = killed("a.md", "At least 38 people were killed.", 38, None, qualifier="At least")
    b = killed("b.md", sentence, 45, 45)
    assert relate(a, b, sources).relation is relation


def test_a_later_figure_within_a_bound_from_above_is_no_rise() -> None:
    """ "As many as 50" one day and 30 the next: the bound allows 30, and nothing rose from it."""
    a = killed("a.md", "As many as 50 people were feared killed.", 0, 50, qualifier="As many as")
    b = killed("b.md", "Thirty people were killed.", 30, 30)
    assert relate(a, b, LATER_B).relation is Relation.AGREE


def test_an_estimate_and_the_figure_it_is_around_agree_whatever_their_dates() -> None:
    a = killed("a.md", "About 1,200 people were killed.", 1080, 1320, qualifier="About")
    b = killed("b.md", "1,200 people were killed.", 1200, 1200)
    assert relate(a, b, LATER_B).relation is Relation.AGREE


@pytest.mark.parametrize(
    ("first", "second", "relation"),
    [
        (1, 24, Relation.UPDATE),  # the first hours' toll and the evening's
        (5, 13, Relation.UPDATE),
        (24, 26, Relation.CONFLICT),  # two accounts of one moment differ by less
        (12, 20, Relation.CONFLICT),
    ],
)
def test_a_toll_more_than_doubled_on_one_day_is_its_later_count(first: int, second: int, relation: Relation) -> None:
    """A toll rises by the hour as a story breaks: told the same day at one figure and at twice it or more, the
    larger is the later count."""
    a = killed("a.md", f"{first} people were killed in the attack.", first, first)
    b = killed("b.md", f"{second} people were killed in the attack.", second, second)
    verdict = relate(b, a, SAME_DAY)
    assert verdict.relation is relation
    if relation is Relation.UPDATE:
        assert (verdict.later, verdict.basis) == (-1, "by size")  # the larger, given first here, is the later


def test_undated_reports_are_ordered_by_their_wording() -> None:
    a = killed("a.md", "The death toll has risen to 20, officials said.", 20, 20)
    b = killed("b.md", "Twelve people were killed.", 12, 12)
    verdict = relate(a, b, SAME_DAY)
    assert (verdict.relation, verdict.later, verdict.basis) == (Relation.UPDATE, -1, "by wording")


def test_a_part_of_a_toll_is_no_earlier_report_of_the_whole() -> None:
    """Those on the ground and a whole toll worded as the latest are a part and its whole, not an update."""
    ground = quantity_claim(
        "a.md", "The crash killed 33 people on the ground.", "33 people on the ground",
        lower=33, upper=33, counted="killed", written="33", scope="on the ground",
    )  # fmt: skip
    whole = killed("b.md", "The death toll now stands at 247, officials said.", 247, 247)
    verdict = relate(ground, whole, SAME_DAY)
    assert verdict.relation is Relation.NOT_COMPARABLE
    assert "one part" in verdict.reason


def test_some_of_a_toll_said_to_be_a_kind_of_people_is_that_part() -> None:
    """ "40 were adults" and "40 adults" count the same part of the dead, and neither is set against the toll."""
    were = count("a.md", "Of the dead in Velmora, 40 were adults.", "killed adult", 40, 40, span="40 were adults")
    plain = count("b.md", "The dead include 40 adults.", "killed adult", 40, 40, span="40 adults")
    toll = killed("c.md", "The toll stood at 68.", 68, 68)
    assert relate(were, plain, SAME_DAY).relation is Relation.AGREE
    assert relate(were, toll, SAME_DAY).relation is Relation.NOT_COMPARABLE


def test_a_lower_figure_worded_as_an_update_is_still_a_conflict() -> None:
    a = killed("a.md", "The death toll has risen to 10, officials said.", 10, 10)
    b = killed("b.md", "Twelve people were killed.", 12, 12)
    assert relate(a, b, SAME_DAY).relation is Relation.CONFLICT


@pytest.mark.parametrize(
    ("first", "relation"),
    [
        ("The quake had a preliminary magnitude of 7.4, the agency said.", Relation.UPDATE),
        ("The quake was initially measured at magnitude 7.4.", Relation.UPDATE),
        ("The quake, of magnitude 7.4, struck at dusk.", Relation.CONFLICT),
        ("The agency gave a provisional magnitude of 7.4.", Relation.CONFLICT),  # an agency's figure for good
        ("A preliminary inquiry found the magnitude 7.4 quake caused it.", Relation.CONFLICT),  # the inquiry's
        ("The preliminary hearing of magnitude 7.4 experts began.", Relation.CONFLICT),  # a hearing, not a figure
    ],
)
def test_a_figure_told_as_an_early_one_is_updated_by_another(first: str, relation: Relation) -> None:
    """A preliminary or initial figure is revised by a later one, either way: no contradiction."""

    def magnitude(source: str, sentence: str, value: float) -> Claim:
        written = str(value)
        return quantity_claim(
            source, sentence, written, lower=value, upper=value, counted="earthquake magnitude", written=written,
            unit="magnitude",
        )  # fmt: skip

    early = magnitude("a.md", first, 7.4)
    final = magnitude("b.md", "The magnitude 7.6 quake struck at dusk.", 7.6)
    verdict = relate(early, final, SAME_DAY)
    assert verdict.relation is relation
    assert relate(final, early, SAME_DAY).relation is relation
    if relation is Relation.UPDATE:
        assert (verdict.later, verdict.basis) == (1, "by wording")


@pytest.mark.parametrize(
    ("first", "second", "relation"),
    [
        ("The youngest of the men charged, at 19 years old, was wheeled in.", "A 70-year-old woman was hurt.",
         Relation.NOT_COMPARABLE),  # two people no one names
        ("The 42-year-old suspect was shot dead.", "Police said the 41-year-old suspect acted alone.",
         Relation.CONFLICT),  # one suspect, aged two ways
        ("A 70-year-old man was hurt.", "A 71-year-old man was hurt.", Relation.NOT_COMPARABLE),
        ("A 26-year-old Velmish national died.", "A 27-year-old student from Velmor died.", Relation.NOT_COMPARABLE),
        ("A 26-year-old Velmish national died.", "A 27-year-old Velmish student died.", Relation.CONFLICT),
        ("A 70-year-old woman was hurt on Tuesday.", "A 19-year-old man drowned on Tuesday.", Relation.NOT_COMPARABLE),
        ("The 24-year-old gunman opened fire.", "The 25-year-old shooter opened fire.", Relation.CONFLICT),
    ],
)  # fmt: skip
def test_ages_of_people_no_one_names_conflict_only_where_they_are_of_one_kind(
    first: str, second: str, relation: Relation
) -> None:
    def age(source: str, sentence: str) -> Claim:
        value = re.search(r"\d+", sentence)
        assert value is not None
        written = value.group(0)
        years = float(written)
        return quantity_claim(
            source, sentence, written, lower=years, upper=years, counted="age", written=written, unit="years"
        )

    assert relate(age("a.md", first), age("b.md", second), SAME_DAY).relation is relation


def test_later_report_on_the_same_day_by_clock_time_is_an_update() -> None:
    sources = sources_by_path(make_source("a.md", time="07:00"), make_source("b.md", time="09:40"))
    a = killed("a.md", "Six people were killed.", 6, 6)
    b = killed("b.md", "Nine people were killed.", 9, 9)
    assert (relate(a, b, sources).relation, relate(a, b, sources).later) == (Relation.UPDATE, 1)
    assert (relate(b, a, sources).relation, relate(b, a, sources).later) == (Relation.UPDATE, -1)  # either order


def test_later_report_with_a_lower_injured_count_is_a_conflict() -> None:
    """Injury counts only grow as a story develops: a later, lower one cannot be an update."""
    a = injured("a.md", 18)
    b = injured("b.md", 17)
    assert relate(a, b, LATER_B).relation is Relation.CONFLICT


def test_a_running_count_without_publication_dates_is_not_comparable() -> None:
    undated = sources_by_path(make_source("a.md", None), make_source("b.md", None))
    a = killed("a.md", "Six people were killed.", 6, 6)
    b = killed("b.md", "Nine people were killed.", 9, 9)
    assert relate(a, b, undated).relation is Relation.NOT_COMPARABLE


def read_on(claim: Claim, day: str) -> Claim:
    """The claim as its sentence dates its figure ("officials said on Tuesday")."""
    assert claim.quantity is not None
    dated = claim.quantity.model_copy(update={"as_of": dt.date.fromisoformat(day)})
    return claim.model_copy(update={"quantity": dated})


def test_figures_given_the_same_day_conflict_whenever_their_reports_were_published() -> None:
    """A report published a day later that says its toll was given on the day of the other's is not an update."""
    a = read_on(killed("a.md", "The toll rose to 20 on Tuesday.", 20, 20), "2025-10-21")
    b = read_on(killed("b.md", "Officials said on Tuesday that 21 had died.", 21, 21), "2025-10-21")
    undated_a = sources_by_path(make_source("a.md", None), make_source("b.md", "2025-10-22"))
    assert relate(a, b, undated_a).relation is Relation.CONFLICT


def test_figures_are_ordered_by_the_day_their_sentences_give() -> None:
    """The day a figure was given outranks the publication date: an older figure told in a later report."""
    older = read_on(killed("b.md", "On Monday, officials said 12 had died.", 12, 12), "2025-10-20")
    newer = killed("a.md", "Nine people were killed.", 9, 9)
    assert relate(newer, older, LATER_B).relation is Relation.CONFLICT  # 12 on Monday, 9 published on Wednesday
    undated = sources_by_path(make_source("a.md", None), make_source("b.md", None))
    assert relate(newer, older, undated).relation is Relation.NOT_COMPARABLE  # a's day is still unknown
    dated = read_on(newer, "2025-10-22")
    verdict = relate(dated, older, undated)
    assert (verdict.relation, verdict.later) == (Relation.CONFLICT, 0)  # the toll fell: no update explains it
    higher = read_on(killed("a.md", "The toll rose to 15 on Wednesday.", 15, 15), "2025-10-22")
    assert (relate(higher, older, undated).relation, relate(higher, older, undated).later) == (Relation.UPDATE, -1)


def test_an_undated_report_is_no_earlier_than_the_last_day_it_says_anything_was_said() -> None:
    """A report with no date whose lead says "officials said on January 31" was published no earlier: its toll is
    set against an earlier report's, and still not against a later one's, which it may follow."""
    bounded = make_source("a.md", None).model_copy(update={"not_before": dt.date(2025, 1, 31)})
    sources = sources_by_path(bounded, make_source("b.md", "2025-01-27"), make_source("c.md", "2025-02-02"))
    toll = killed("a.md", "The fires killed 28 people.", 28, 28)
    earlier = killed("b.md", "The fires have killed 29 people.", 29, 29)
    later = killed("c.md", "The fires have killed 27 people.", 27, 27)
    assert relate(toll, earlier, sources).relation is Relation.CONFLICT  # the toll cannot have fallen
    assert relate(toll, later, sources).relation is Relation.NOT_COMPARABLE
    higher = killed("a.md", "The fires killed 31 people.", 31, 31)
    verdict = relate(earlier, higher, sources)
    assert (verdict.relation, verdict.later) == (Relation.UPDATE, 1)
    unbounded = {**sources, "a.md": make_source("a.md", None)}
    assert relate(toll, earlier, unbounded).relation is Relation.NOT_COMPARABLE


def test_an_entry_of_a_timeline_is_a_reading_at_its_own_moment() -> None:
    """ "8:12 p.m.: The fire has grown to 200 acres" in a timeline published later tells an early reading, not the
    report's own figure: no later, lower one, but still before its report was published."""
    sources = sources_by_path(make_source("a.md", "2025-01-08"), make_source("b.md", "2025-01-12"))
    early = count("b.md", "8:12 p.m.: The fire has grown to 200 acres.", "area burned", 200, 200, span="200 acres")
    reported = count("a.md", "The fire has burned over 10,000 acres.", "area burned", 10000, None, span="10,000 acres")
    assert relate(reported, early, sources).relation is Relation.NOT_COMPARABLE
    plain = count("b.md", "The fire has grown to 200 acres.", "area burned", 200, 200, span="200 acres")
    assert relate(reported, plain, sources).relation is Relation.CONFLICT
    later = sources_by_path(make_source("a.md", "2025-01-14"), make_source("b.md", "2025-01-12"))
    verdict = relate(reported, early, later)
    assert (verdict.relation, verdict.later) == (Relation.UPDATE, -1)


Reading = tuple[str, str, float]  # a sentence, the figure's span in it, the speed in mph


@pytest.mark.parametrize(
    ("first", "second", "relation"),
    [
        # gusts rise and fall by the hour and from place to place
        (("Gusts of around 60 mph drove the fire.", "60 mph", 60), ("Gusts of 45 mph swept it.", "45 mph", 45),
         Relation.NOT_COMPARABLE),
        (("The winds reached speeds of 60 mph.", "60 mph", 60), ("Winds topped 100 mph.", "100 mph", 100),
         Relation.NOT_COMPARABLE),
        # a storm's sustained winds are its intensity; its landfall is one moment
        (("The storm packed sustained winds of 150 mph.", "150 mph", 150),
         ("It had sustained winds of 130 mph.", "130 mph", 130), Relation.CONFLICT),
        (("It made landfall with winds of 150 mph.", "150 mph", 150),
         ("Winds of 130 mph were measured at landfall.", "130 mph", 130), Relation.CONFLICT),
        (("Gusts of 60 mph drove the fire.", "60 mph", 60), ("Gusts of 60 mph swept it.", "60 mph", 60),
         Relation.AGREE),
    ],
)  # fmt: skip
def test_readings_of_the_wind_are_compared_only_at_one_moment(
    first: Reading, second: Reading, relation: Relation
) -> None:
    def reading(source: str, given: Reading) -> Claim:
        sentence, span, mph = given
        counted = "speed" if "speeds" in sentence else "wind speed"
        return quantity_claim(source, sentence, span, lower=mph, upper=mph, counted=counted, unit="speed", written=span)

    assert relate(reading("a.md", first), reading("b.md", second), SAME_DAY).relation is relation


@pytest.mark.parametrize(
    ("first", "second", "relation"),
    [
        # the gust beside a storm's sustained winds is no sustained wind
        ("The storm had sustained winds of 150 mph and gusts of 190 mph.", "It kept sustained winds of 150 mph.",
         Relation.NOT_COMPARABLE),
        ("Gusts of 100 mph were recorded at the top of Mount Lee.", "Gusts of 80 mph hit the top of the ridge.",
         Relation.NOT_COMPARABLE),
        ("It made landfall with winds of 150 mph.", "Gusts of 190 mph were measured two days after landfall.",
         Relation.NOT_COMPARABLE),
        ("Peak gusts reached 100 mph.", "Maximum gusts reached 80 mph.", Relation.CONFLICT),
        ("Winds of 130 mph were measured at landfall.", "It made landfall with winds of 150 mph.", Relation.CONFLICT),
    ],
)  # fmt: skip
def test_the_moment_of_a_wind_reading_is_read_from_its_own_phrase(
    write_article: WriteArticle, first: str, second: str, relation: Relation
) -> None:
    def fastest(name: str, text: str) -> Claim:
        claims = [c for c in claims_of([read_source(write_article(name, text))]) if c.quantity is not None]
        return max(claims, key=lambda c: c.quantity.lower if c.quantity and c.quantity.lower else 0)

    a, b = fastest("a.md", first), fastest("b.md", second)
    sources = sources_by_path(make_source(a.source), make_source(b.source))
    assert relate(a, b, sources).relation is relation


@pytest.mark.parametrize(
    ("opening", "entry"),
    [
        ("Tuesday: ", True),
        ("Friday morning: ", True),
        ("January 8 at 10 a.m.: ", True),
        ("- Wednesday, January 8, 2025 at 9:00 AM: ", True),
        ("7 January: ", True),
        ("6:30 a.m. UPDATE: ", True),
        ("10 a.m. Update: ", False),  # a heading of its own, not a stamp
        ("Mayor Bass: ", False),
        ("- Damage: ", False),
    ],
)
def test_the_openings_of_a_timelines_entries(opening: str, entry: bool) -> None:
    claim = count("b.md", f"{opening}The fire has grown to 200 acres.", "area burned", 200, 200, span="200 acres")
    reported = count("a.md", "The fire has burned over 10,000 acres.", "area burned", 10000, None, span="10,000 acres")
    sources = sources_by_path(make_source("a.md", "2025-01-08"), make_source("b.md", "2025-01-12"))
    expected = Relation.NOT_COMPARABLE if entry else Relation.CONFLICT
    assert relate(reported, claim, sources).relation is expected


def test_compare_orders_an_undated_report_by_the_day_its_lead_gives(write_article: WriteArticle) -> None:
    """End to end: an undated article whose lead says officials spoke on January 31 follows one of January 27."""
    early = write_article("early.md", "The fires have killed 29 people, officials said.", date="2025-01-27")
    late = write_article(
        "late.md",
        "The fire is now fully contained, fire officials said on January 31.\n\nThe fires killed 28 people.",
        date=None,
    )
    report = compare_sources(load_sources([str(early), str(late)]), embedder=HashingEmbedder())
    [toll] = [f for f in report.findings if f.field is FieldName.QUANTITY and "28" in f.reason]
    assert toll.verdict is Verdict.CONTRADICTION


def test_an_age_and_a_decade_that_excludes_it_conflict_end_to_end(write_article: WriteArticle) -> None:
    """ "Kovacs, 52," after her first mention, and "Kovacs, who is in her late 40s,": one person, two ages."""
    a = write_article(
        "a.md", "Fire chief Ines Kovacs led the crews.\n\nThe roof fell at noon, Kovacs, 52, told reporters.",
        date="2025-03-12",
    )  # fmt: skip
    b = write_article("b.md", "Kovacs, who is in her late 40s, said the roof fell at noon.", date="2025-03-12")
    report = compare_sources(load_sources([str(a), str(b)]), embedder=HashingEmbedder())
    [age] = [f for f in report.findings if f.field is FieldName.QUANTITY and "aged" in f.reason]
    assert age.verdict is Verdict.CONTRADICTION
    assert "aged 52 (Kovacs) vs aged 47 to 49 (Kovacs)" in age.reason


def test_an_undated_source_does_not_shield_a_drafts_figure() -> None:
    """check: the draft is not among the sources, so an undated source's toll still contradicts the draft's."""
    undated = sources_by_path(make_source("b.md", None))
    a = injured("draft.md", 17)
    b = injured("b.md", 18)
    assert relate(a, b, undated).relation is Relation.CONFLICT


def test_suspects_held_in_a_later_report_are_an_update() -> None:
    """An investigation adds to its suspects: two held one day and seven days later is no contradiction."""
    a = count("a.md", "Police detained two suspects.", "suspect", 2, 2, span="two suspects")
    b = count("b.md", "Police have now detained seven suspects.", "suspect", 7, 7, span="seven suspects")
    assert relate(a, b, LATER_B).relation is Relation.UPDATE
    assert relate(a, b, SAME_DAY).relation is Relation.CONFLICT


def test_property_threatened_moves_both_ways_between_reports() -> None:
    """A fire's path widens and narrows: fewer homes threatened a day later is no contradiction."""
    a = count("a.md", "The fire threatened 13,000 homes.", "threatened home", 13_000, 13_000, span="13,000 homes")
    b = count("b.md", "The fire threatened 9,000 homes.", "threatened home", 9_000, 9_000, span="9,000 homes")
    assert relate(a, b, LATER_B).relation is Relation.UPDATE


def test_people_trapped_a_day_later_are_an_update() -> None:
    """People trapped are freed or found dead: fewer trapped in a later report is no contradiction."""
    a = count("a.md", "At least 75 people were trapped.", "trapped", 75, None, qualifier="at least")
    b = count("b.md", "Some 40 people are still trapped.", "trapped", 40, 40, span="40 people")
    assert relate(a, b, LATER_B).relation is Relation.UPDATE


def test_missing_count_changing_over_time_is_an_update() -> None:
    """People are found, or found dead: a missing count moves both ways between reports."""

    def missing(source: str, value: int) -> Claim:
        return count(source, f"{value} people remain missing.", "missing", value, value)

    for earlier, later in [(12, 8), (8, 12)]:
        verdict = relate(missing("a.md", earlier), missing("b.md", later), LATER_B)
        assert verdict.relation is Relation.UPDATE, (earlier, later)


def test_what_an_evacuation_order_covers_moves_both_ways() -> None:
    """Orders are widened and lifted by the hour: the places and people they cover are no fixed count."""
    a = count(
        "a.md", "Residents are under evacuation advisories in more than 220 municipalities.", "municipality", 220,
        None, qualifier="more than", span="more than 220 municipalities",
    )  # fmt: skip
    b = count(
        "b.md", "Evacuation directives were issued for people in 99 municipalities.", "municipality", 99, 99,
        span="99 municipalities",
    )  # fmt: skip
    assert relate(a, b, LATER_B).relation is Relation.UPDATE


@pytest.mark.parametrize("counted", ["fire", "aftershock", "landslide"])
def test_counts_of_incidents_that_go_on_move_both_ways(counted: str) -> None:
    """Fires start and are put out, aftershocks go on: two counts of them at different moments are an update."""
    a = count("a.md", f"Crews fought five {counted}s near Orsk.", counted, 5, 5, span=f"five {counted}s")
    b = count("b.md", f"Crews fought two {counted}s near Orsk.", counted, 2, 2, span=f"two {counted}s")
    assert relate(a, b, LATER_B).relation is Relation.UPDATE
    undated = sources_by_path(make_source("a.md"), make_source("b.md", None))
    assert relate(a, b, undated).relation is Relation.NOT_COMPARABLE


def test_a_count_its_clause_puts_under_evacuation_moves_both_ways() -> None:
    """Orders are issued and lifted: 130,000 residents under evacuation orders, later 30,000."""
    a = count(
        "a.md",
        "Over 130,000 residents were under evacuation orders.",
        "resident",
        130000,
        130000,
        span="130,000 residents",
    )
    b = count("b.md", "Some 30,000 residents remain evacuated.", "resident", 30000, 30000, span="30,000 residents")
    assert relate(a, b, LATER_B).relation is Relation.UPDATE
    c = count("b.md", "Some 30,000 residents live in the valley.", "resident", 30000, 30000, span="30,000 residents")
    d = count("a.md", "Some 40,000 residents live in the valley.", "resident", 40000, 40000, span="40,000 residents")
    assert relate(d, c, LATER_B).relation is Relation.CONFLICT  # no evacuation: counts of their own


def test_a_count_its_clause_calls_missing_moves_whatever_it_counts() -> None:
    """Ten campers missing, later five campers still missing: campers are found, so the count moves."""
    a = count("a.md", "Ten campers are missing.", "camper", 10, 10, span="Ten campers")
    b = count("b.md", "Five campers are still missing.", "camper", 5, 5, span="Five campers")
    assert relate(a, b, LATER_B).relation is Relation.UPDATE
    undated = sources_by_path(make_source("a.md"), make_source("b.md", None))
    assert relate(a, b, undated).relation is Relation.NOT_COMPARABLE
    c = count("b.md", "Five campers and two counselors are missing.", "camper", 5, 5, span="Five campers")
    assert relate(a, c, undated).relation is Relation.NOT_COMPARABLE
    d = count("b.md", "Five campers were rescued and three are missing.", "camper", 5, 5, span="Five campers")
    assert relate(a, d, SAME_DAY).relation is Relation.CONFLICT


def test_destroyed_structures_counted_later_and_higher_are_an_update() -> None:
    """Assessors go through a burned area for days: the count of structures destroyed rises like a toll."""
    a = count(
        "a.md", "Officials confirmed 3,328 structures destroyed.", "structure", 3328, 3328, span="3,328 structures"
    )
    b = count("b.md", "CalFire reported 6,662 structures destroyed.", "structure", 6662, 6662, span="6,662 structures")
    assert relate(a, b, LATER_B).relation is Relation.UPDATE
    lower = count(
        "b.md", "CalFire reported 2,100 structures destroyed.", "structure", 2100, 2100, span="2,100 structures"
    )
    assert relate(a, lower, LATER_B).relation is Relation.CONFLICT  # a later, lower count


def test_the_moment_a_figure_was_read_is_no_date_of_an_event() -> None:
    a = date_claim("a.md", "The toll was up to 24 by Sunday evening.", "by Sunday evening", "2025-01-12")
    b = date_claim("b.md", "Deaths climbed to 25 as of Tuesday night.", "as of Tuesday night", "2025-01-14")
    assert relate(a, b, SAME_DAY).relation is Relation.NOT_COMPARABLE


def test_different_groups_of_people_are_not_comparable() -> None:
    a = killed("a.md", "Six people were killed.", 6, 6)
    b = killed("b.md", "Two children were killed.", 2, 2)
    assert relate(a, b, SAME_DAY).relation is Relation.NOT_COMPARABLE


@pytest.mark.parametrize(
    ("sentence", "apart"),
    [
        ("A monastery collapse killed 50 Buddhist monks.", True),  # any kind of person, not a list of some
        ("Some 50 pilgrims were killed.", True),
        ("50 innocent civilians were killed.", True),
        ("50 people had died.", False),  # "had" is no kind of person
        ("50 have died.", False),  # nor "have", though a dictionary knows the haves
        ("50 individuals were killed.", False),
        ("The 50 victims were killed.", False),
    ],
)
def test_a_toll_of_one_kind_of_people_is_apart_from_the_whole(sentence: str, apart: bool) -> None:
    whole = killed("a.md", "The toll rose to 1,000.", 1000, 1000)
    part = killed("b.md", sentence, 50, 50)
    assert (relate(whole, part, SAME_DAY).relation is Relation.NOT_COMPARABLE) is apart


@pytest.mark.parametrize(
    ("sentence", "apart"),
    [
        ("Two foreign tourists were killed.", True),  # some of the tourists
        ("Two Norwegian tourists were killed.", True),
        ("Two local tourists were killed.", True),
        ("Two tourists were killed.", False),  # the tourists, as the other counts them
        ("Two unarmed tourists were killed.", False),  # a word that says nothing of where they are from
    ],
)
def test_people_of_one_origin_are_apart_from_all_of_their_kind(sentence: str, apart: bool) -> None:
    tourists = killed("a.md", "Gunmen killed 26 tourists.", 26, 26)
    part = killed("b.md", sentence, 2, 2)
    assert (relate(tourists, part, SAME_DAY).relation is Relation.NOT_COMPARABLE) is apart


def test_a_count_of_people_that_is_no_toll_compares_whatever_its_noun() -> None:
    """Four thieves and two thieves are one count told two ways: the noun is what is counted."""
    a = count("a.md", "Four thieves broke in.", "thief", 4, 4, span="Four thieves")
    b = count("b.md", "Two thieves broke in.", "thief", 2, 2, span="Two thieves")
    assert relate(a, b, SAME_DAY).relation is Relation.CONFLICT


def test_forecast_against_a_reported_figure_is_not_comparable() -> None:
    """ "Expected 500" is a plan; "350 were evacuated" is what happened."""
    a = count("a.md", "Officials expected 500 people to be evacuated.", "evacuated", 500, 500, span="500 people")
    b = count("b.md", "Officials said 350 people were evacuated.", "evacuated", 350, 350, span="350 people")
    assert relate(a, b, SAME_DAY).relation is Relation.NOT_COMPARABLE


@pytest.mark.parametrize(
    ("sentence", "span", "low", "high"),
    [
        ("The agency put the probability of the toll reaching 10,000 at 35%.", "10,000", 10_000, 10_000),
        ("The probabilities for 1,000 to 10,000 deaths are estimated at 22%.", "1,000 to 10,000 deaths", 1000, 10_000),
    ],
)
def test_a_chance_of_a_figure_is_a_forecast(sentence: str, span: str, low: int, high: int) -> None:
    """ "The probability of the toll exceeding 10,000 is 35%" is a model's estimate, not a count."""
    a = count("a.md", sentence, "killed", low, high, span=span)
    b = count("b.md", "Officials said 144 people died.", "killed", 144, 144, span="144 people")
    assert relate(a, b, SAME_DAY).relation is Relation.NOT_COMPARABLE


def test_a_count_its_clause_calls_missing_before_it_moves_both_ways() -> None:
    """ "Among the missing were 27 girls": the missing are found, so two such counts on two days are an update."""
    a = count("a.md", "Among the missing were 27 girls from the camp.", "girl", 27, 27, span="27 girls")
    b = count("b.md", "Many are unaccounted for, including 23 girls.", "girl", 23, 23, span="23 girls")
    assert relate(a, b, LATER_B).relation is Relation.UPDATE


def test_the_dead_beside_the_missing_do_not_move_both_ways() -> None:
    """ "Over 170 missing, 109 dead": the missing before the figure are another count. A lower toll a day later is
    no update of the 109 dead."""
    a = count("a.md", "Texas flooding: Over 170 missing, 109 dead", "killed", 109, 109, span="109 dead")
    b = count("b.md", "The death toll stood at 69.", "killed", 69, 69, span="69")
    assert relate(a, b, LATER_B).relation is Relation.CONFLICT
    c = count("a.md", "Over 170 missing, 109 injured", "injured", 109, 109, span="109 injured")
    d = count("b.md", "Officials counted 69 injured.", "injured", 69, 69, span="69 injured")
    assert relate(c, d, LATER_B).relation is Relation.CONFLICT


def test_a_count_of_those_deployed_moves_both_ways() -> None:
    """Crews are sent and stood down: 400 to 500 personnel on one day, more than 1,300 on another."""
    a = count("a.md", "Agencies had deployed 400 to 500 personnel in all.", "personnel", 400, 500, span="400 to 500")
    b = count("b.md", "The state has deployed more than 1,300 personnel.", "personnel", 1300, None, span="1,300")
    undated = sources_by_path(make_source("a.md"), make_source("b.md", None))
    assert relate(a, b, undated).relation is Relation.NOT_COMPARABLE
    assert relate(a, b, LATER_B).relation is Relation.UPDATE


def test_a_figure_that_will_be_reached_is_a_forecast() -> None:
    """ "Will exceed 10,000" says what is to come, not what was counted."""
    sentence = "An analysis suggests the toll from the quake that struck Ostby will exceed 10,000."
    a = count("a.md", sentence, "killed", 10_000, None, span="exceed 10,000")
    b = count("b.md", "Officials said 2,719 people died.", "killed", 2719, 2719, span="2,719 people")
    verdict = relate(a, b, SAME_DAY)
    assert verdict.relation is Relation.NOT_COMPARABLE and "forecast" in verdict.reason


def test_two_forecasts_of_more_than_a_figure_agree() -> None:
    """ "Could top 10,000" and "may exceed 3,000" both say more than: they cannot both be wrong together."""
    from factcheck.extract.quantities import extract_quantities

    [a_hit] = extract_quantities("The toll could top 10,000, the agency said.")
    [b_hit] = extract_quantities("The toll may exceed 3,000, the minister said.")
    assert (a_hit.quantity.lower, a_hit.quantity.upper) == (10_000, None)
    assert (b_hit.quantity.lower, b_hit.quantity.upper) == (3_000, None)
    a = count("a.md", "The toll could top 10,000.", "killed", 10_000, None, span="top 10,000")
    b = count("b.md", "The toll may exceed 3,000.", "killed", 3_000, None, span="exceed 3,000")
    assert relate(a, b, SAME_DAY).relation is Relation.AGREE


def unplaced(source: str, sentence: str, span_text: str) -> Claim:
    """A date of an article whose own date is unknown: "on Sunday", "October 21" with no year."""
    date = DateValue(first=None, last=None, expression=span_text, relative=True, unresolved_reason="unknown")
    return make_claim(source, sentence, span_text, FieldName.DATE, date=date)


@pytest.mark.parametrize(
    ("first", "second", "relation"),
    [
        (("The pair was arrested on Sunday.", "on Sunday"), "2025-10-25", Relation.CONFLICT),  # a Saturday
        (("The pair was arrested on Saturday.", "on Saturday"), "2025-10-25", Relation.AGREE),
        (("She appeared in court on October 21.", "October 21"), "2025-11-01", Relation.CONFLICT),
        (("She appeared in court on 1 November.", "1 November"), "2025-11-01", Relation.AGREE),
        (("The museum remained closed on Sunday.", "on Sunday"), "2025-10-25", Relation.NOT_COMPARABLE),
        (("Evacuations on Sunday stood at 9,000.", "on Sunday"), "2025-10-25", Relation.NOT_COMPARABLE),
        (("No storm warnings were in effect on Sunday.", "on Sunday"), "2025-10-25", Relation.NOT_COMPARABLE),
        (("The pass has been shut since Sunday.", "Sunday"), "2025-10-25", Relation.NOT_COMPARABLE),  # a state since
        # "since" names what happened on the day: the arrest's day
        (("Since the arrest of the pair on Sunday, doubts grew.", "on Sunday"), "2025-10-25", Relation.CONFLICT),
        # an order put in place, a mayor who stood at the podium: events of that day
        (("A curfew was put in place on Sunday.", "on Sunday"), "2025-10-25", Relation.CONFLICT),
        (("The mayor stood at the podium on Sunday and resigned.", "on Sunday"), "2025-10-25", Relation.CONFLICT),
        # a state told in a clause of its own after the date is not what the date dates
        (("He appeared in court on Sunday as the search continued.", "on Sunday"), "2025-10-25", Relation.CONFLICT),
        (("The gallery stayed shut on Sunday as work went on.", "on Sunday"), "2025-10-25", Relation.NOT_COMPARABLE),
        # ... unless nothing before it names an event, or the date opens the sentence
        (("Homes had no power on Sunday as crews continued work.", "on Sunday"), "2025-10-25", Relation.NOT_COMPARABLE),
        (("On Sunday, when police came, the hall was still shut.", "On Sunday"), "2025-10-25", Relation.NOT_COMPARABLE),
        (("They were arrested yesterday.", "yesterday"), "2025-10-25", Relation.NOT_COMPARABLE),
    ],
)
def test_a_date_out_of_the_calendar_is_compared_by_what_it_names(
    first: tuple[str, str], second: str, relation: Relation
) -> None:
    a = unplaced("a.md", *first)
    b = date_claim("b.md", first[0].replace(first[1], "that day"), "that day", second)  # the same happening
    assert relate(a, b, SAME_DAY).relation is relation
    assert relate(b, a, SAME_DAY).relation is relation


@pytest.mark.parametrize(
    ("until", "other", "relation"),
    [
        (9 * 60 + 40, 9 * 60 + 35, Relation.AGREE),  # a time within the span
        (9 * 60 + 40, 9 * 60 + 50, Relation.CONFLICT),
    ],
)
def test_a_span_of_time_agrees_with_the_times_within_it(until: int, other: int, relation: Relation) -> None:
    span = TimeValue(minutes=9 * 60 + 30, until=until, expression="between 9:30 and 9:40 a.m.")
    a = make_claim(
        "a.md", "The raid came between 9:30 and 9:40 a.m.", "between 9:30 and 9:40 a.m.", FieldName.TIME, time=span
    )
    b = time_claim("b.md", "The raid came at 9:35 a.m.", "9:35 a.m.", other, None)
    assert relate(a, b, SAME_DAY).relation is relation


@pytest.mark.parametrize(("other", "relation"), [(12 * 60 + 50, Relation.AGREE), (9 * 60 + 30, Relation.CONFLICT)])
def test_midday_stands_for_the_hours_around_noon(other: int, relation: Relation) -> None:
    [hit] = extract_times("It was a daring midday heist.")
    midday = hit.time
    a = make_claim("a.md", "It was a daring midday heist.", "midday", FieldName.TIME, time=midday)
    b = time_claim("b.md", "The heist began at that time.", "at that time", other, None)
    assert relate(a, b, SAME_DAY).relation is relation


def test_two_dates_out_of_the_calendar_differ_by_weekday() -> None:
    a = unplaced("a.md", "The pair was arrested on Sunday.", "on Sunday")
    b = unplaced("b.md", "Two arrests were made last Saturday.", "last Saturday")
    assert relate(a, b, SAME_DAY).relation is Relation.CONFLICT


DAYS_OF_MARCH = {"14 March": "2025-03-14", "9 March": "2025-03-09", "Monday": "2025-03-10", "Tuesday": "2025-03-11",
                 "Sunday": "2025-03-16", "Saturday": "2025-03-15"}  # fmt: skip


@pytest.mark.parametrize(
    ("first", "second", "relation"),
    [
        # two days of one long incident: the day crews gained ground is not the day the blaze broke out
        (("Crews gained ground on the Orvalle blaze on Thursday.", "on Thursday"),
         ("The Orvalle blaze broke out on Tuesday.", "on Tuesday"), Relation.NOT_COMPARABLE),
        (("Firefighters fought the tanker fire on Thursday.", "on Thursday"),
         ("The tanker fire lit up the harbour on Monday.", "on Monday"), Relation.NOT_COMPARABLE),
        (("Crews gained ground on the Orvalle blaze on 14 March.", "14 March"),
         ("The Orvalle blaze broke out on 9 March.", "9 March"), Relation.NOT_COMPARABLE),
        # ... but two accounts of it happening give one day
        (("The Orvalle blaze broke out on Thursday.", "on Thursday"),
         ("The Orvalle blaze broke out on Tuesday.", "on Tuesday"), Relation.CONFLICT),
        (("Nine hikers were killed in the attack in Velmora on Monday.", "Monday"),
         ("The attack took place on Tuesday.", "Tuesday"), Relation.CONFLICT),
        (("Police found the stolen van on Sunday following a robbery earlier in the day.", "Sunday"),
         ("The robbery occurred on Saturday.", "Saturday"), Relation.CONFLICT),
        # ... and a shared event of its own dates one thing
        (("The skipper appeared in court on Thursday.", "on Thursday"),
         ("The skipper appeared in court on Tuesday.", "on Tuesday"), Relation.CONFLICT),
    ],
)  # fmt: skip
def test_days_of_an_incident_conflict_only_where_both_tell_it_happening(
    first: tuple[str, str], second: tuple[str, str], relation: Relation
) -> None:
    """Days in the calendar (those of `DAYS_OF_MARCH`) or out of it (weekdays of undated reports)."""

    def dated(source: str, sentence: str, span: str) -> Claim:
        day = DAYS_OF_MARCH.get(span)
        return date_claim(source, sentence, span, day) if day else unplaced(source, sentence, span)

    a, b = dated("a.md", *first), dated("b.md", *second)
    assert relate(a, b, SAME_DAY).relation is relation
    assert relate(b, a, SAME_DAY).relation is relation


@pytest.mark.parametrize(
    ("first", "second", "relation"),
    [
        ("35 years ago", "32 years ago", Relation.CONFLICT),
        ("35 years ago", "35 years ago", Relation.AGREE),
        ("three decades ago", "30 years ago", Relation.AGREE),
        ("three days ago", "four days ago", Relation.NOT_COMPARABLE),  # reports days apart count days apart
    ],
)
def test_years_back_from_undated_reports_are_compared_by_how_many(first: str, second: str, relation: Relation) -> None:
    a = unplaced("a.md", f"The climber fell {first} from the ridge.", first)
    b = unplaced("b.md", f"The climber fell {second} on the ridge.", second)
    assert relate(a, b, SAME_DAY).relation is relation


def test_one_persons_ages_written_two_ways_are_not_rounded_into_agreement() -> None:
    from builders import quantity_claim

    a = quantity_claim(
        "a.md", "An 83-year-old grandfather died.", "83-year-old", lower=83, upper=83,
        counted="age of rolf lund", written="83-year-old", unit="years",
    )  # fmt: skip
    b = quantity_claim(
        "b.md", "Rolf Lund, 82, died.", "82", lower=82, upper=82, counted="age of rolf lund", written="82", unit="years"
    )
    assert relate(a, b, SAME_DAY).relation is Relation.CONFLICT


def test_weekday_and_calendar_date_of_the_same_day_agree() -> None:
    a = date_claim("a.md", "The strike hit Kyiv on Monday.", "on Monday", "2025-10-20")
    b = date_claim("b.md", "The strike hit Kyiv on 20 October.", "20 October", "2025-10-20")
    verdict = relate(a, b, SAME_DAY)
    assert (verdict.relation, verdict.field) == (Relation.AGREE, FieldName.DATE)
    assert "Monday 20 October 2025" in verdict.reason


def test_different_days_conflict() -> None:
    a = date_claim("a.md", "The strike hit Kyiv on Monday.", "on Monday", "2025-10-20")
    b = date_claim("b.md", "The strike hit Kyiv on Tuesday.", "on Tuesday", "2025-10-21")
    assert relate(a, b, SAME_DAY).relation is Relation.CONFLICT


@pytest.mark.parametrize(
    ("first", "second", "relation"),
    [
        ("on Friday morning", "on Friday afternoon", Relation.CONFLICT),
        ("late Friday night", "Friday morning", Relation.CONFLICT),
        ("on Friday evening", "late on Friday", Relation.AGREE),  # parts that meet
        ("at midday on Friday", "on Friday afternoon", Relation.AGREE),
        ("on Friday morning", "on Friday", Relation.AGREE),  # a day with no part named
    ],
)
def test_one_day_told_at_parts_of_it_that_do_not_meet_conflicts(first: str, second: str, relation: Relation) -> None:
    a = date_claim("a.md", f"The quake struck Velm {first}.", first, "2025-10-17")
    b = date_claim("b.md", f"The quake struck Velm {second}.", second, "2025-10-17")
    assert relate(a, b, SAME_DAY).relation is relation


@pytest.mark.parametrize(
    ("night", "other", "relation"),
    [
        ("late on Monday night", "on Tuesday", Relation.AGREE),  # a night runs into the small hours
        ("late on Monday night", "early on Tuesday", Relation.AGREE),
        ("on Monday night", "on Tuesday night", Relation.CONFLICT),  # not into another night or evening
        ("late on Monday night", "on Tuesday evening", Relation.CONFLICT),
        ("on Monday night", "on Wednesday", Relation.CONFLICT),
        ("on Monday morning", "on Tuesday", Relation.CONFLICT),
    ],
)
def test_a_night_runs_into_the_next_day(night: str, other: str, relation: Relation) -> None:
    def unplaced(source: str, expression: str) -> Claim:
        date = DateValue(first=None, last=None, expression=expression, unresolved_reason="unknown")
        return make_claim(source, f"The typhoon made landfall {expression}.", expression, FieldName.DATE, date=date)

    assert relate(unplaced("a.md", night), unplaced("b.md", other), SAME_DAY).relation is relation
    placed_night = date_claim("a.md", f"The typhoon made landfall {night}.", night, "2025-11-03")
    day = "2025-11-05" if "Wednesday" in other else "2025-11-04"
    placed = date_claim("b.md", f"The typhoon made landfall {other}.", other, day)
    assert relate(placed_night, placed, SAME_DAY).relation is relation


def test_parts_of_one_day_unplaced_in_the_calendar_conflict_too() -> None:
    night = DateValue(first=None, last=None, expression="on Thursday night", unresolved_reason="unknown")
    afternoon = DateValue(first=None, last=None, expression="on Thursday afternoon", unresolved_reason="unknown")
    a = make_claim(
        "a.md", "A new quake struck Velm on Thursday night.", "on Thursday night", FieldName.DATE, date=night
    )
    b = make_claim(
        "b.md", "Velm was rattled again on Thursday afternoon as a quake struck.", "on Thursday afternoon",
        FieldName.DATE, date=afternoon,
    )  # fmt: skip
    assert relate(a, b, SAME_DAY).relation is Relation.CONFLICT


def test_same_clock_time_agrees() -> None:
    a = time_claim("a.md", "Sirens sounded at 4 p.m.", "4 p.m.", 16 * 60, None)
    b = time_claim("b.md", "Sirens sounded at 16:00 local time.", "16:00 local time", 16 * 60, "local")
    assert relate(a, b, SAME_DAY).relation is Relation.AGREE


@pytest.mark.parametrize(
    ("first", "second", "relation"),
    [
        (("around 6:20 p.m.", 18 * 60 + 20), ("around 6:30 p.m.", 18 * 60 + 30), Relation.CONFLICT),
        (("about 8:10 p.m.", 20 * 60 + 10), ("8:12 p.m.", 20 * 60 + 12), Relation.AGREE),  # what rounds to it
        (("about 8:10 p.m.", 20 * 60 + 10), ("8:15 p.m.", 20 * 60 + 15), Relation.CONFLICT),
        (("about 5:40 a.m.", 5 * 60 + 40), ("shortly before 6 a.m.", 6 * 60), Relation.AGREE),
        (("just after 9.30 a.m.", 9 * 60 + 30), ("9:45 a.m.", 9 * 60 + 45), Relation.AGREE),
        (("just after 9.30 a.m.", 9 * 60 + 30), ("9:20 a.m.", 9 * 60 + 20), Relation.CONFLICT),  # after, not before
        (("shortly before midnight", 0), ("00:10", 10), Relation.CONFLICT),
        (("shortly before midnight", 0), ("23:50", 23 * 60 + 50), Relation.AGREE),
        (("shortly before midnight", 0), ("11:20 p.m.", 23 * 60 + 20), Relation.AGREE),  # within the hour
        (("shortly before midnight", 0), ("10:40 p.m.", 22 * 60 + 40), Relation.CONFLICT),
        (("shortly after midnight", 0), ("23:55", 23 * 60 + 55), Relation.CONFLICT),
        (("shortly after 11.45 p.m.", 23 * 60 + 45), ("00:05", 5), Relation.AGREE),  # across midnight
    ],
)
def test_approximate_times_stand_for_what_rounds_to_them(
    first: tuple[str, int], second: tuple[str, int], relation: Relation
) -> None:
    """ "Around" rounds to five minutes; "shortly before" and "just after" are the hour on their side."""
    (said_a, at_a), (said_b, at_b) = first, second
    a = time_claim("a.md", f"The blast came {said_a}.", said_a, at_a, None, approximate=not said_a[0].isdigit())
    b = time_claim("b.md", f"The blast came {said_b}.", said_b, at_b, None, approximate=not said_b[0].isdigit())
    assert relate(a, b, SAME_DAY).relation is relation
    assert relate(b, a, SAME_DAY).relation is relation


@pytest.mark.parametrize(
    ("zone_a", "zone_b", "relation"),
    [
        ("CDT", None, Relation.CONFLICT),  # a time with no zone is read on the clock of where things happen
        (None, "MDT", Relation.CONFLICT),
        ("GMT", None, Relation.NOT_COMPARABLE),  # universal time is no local clock
        ("local time", "CDT", Relation.NOT_COMPARABLE),  # which local is not said
    ],
)
def test_a_time_without_a_zone_meets_a_named_local_zone(
    zone_a: str | None, zone_b: str | None, relation: Relation
) -> None:
    a = time_claim("a.md", "The first warning came at 11:41 p.m.", "11:41 p.m.", 23 * 60 + 41, zone_a)
    b = time_claim("b.md", "The first warning came at 1:14 a.m.", "1:14 a.m.", 60 + 14, zone_b)
    assert relate(a, b, SAME_DAY).relation is relation


def test_times_in_different_zones_meet_on_universal_time() -> None:
    """16:00 GMT is 7 p.m. Kyiv time on 22 October (summer time); 6 p.m. Kyiv time is another moment."""
    a = time_claim("a.md", "The strike hit at 16:00 GMT.", "16:00 GMT", 16 * 60, "GMT")
    b = time_claim("b.md", "The strike hit at 7 p.m. Kyiv time.", "7 p.m. Kyiv time", 19 * 60, "Kyiv time")
    c = time_claim("c.md", "The strike hit at 6 p.m. Kyiv time.", "6 p.m. Kyiv time", 18 * 60, "Kyiv time")
    assert relate(a, b, SAME_DAY).relation is Relation.AGREE
    assert relate(a, c, SAME_DAY).relation is Relation.CONFLICT
    assert "universal time" in relate(a, c, SAME_DAY).reason


def test_times_in_zones_of_unknown_offset_are_not_comparable() -> None:
    """16:00 GMT and 7 p.m. local time where no country is named may well be the same moment: never a conflict."""
    a = time_claim("a.md", "The strike hit at 16:00 GMT.", "16:00 GMT", 16 * 60, "GMT")
    b = time_claim("b.md", "The strike hit the port at 7 p.m. local time.", "7 p.m. local time", 19 * 60, "local")
    verdict = relate(a, b, SAME_DAY)
    assert verdict.relation is Relation.NOT_COMPARABLE
    assert "time zones" in verdict.reason


def test_same_quote_from_different_named_speakers_is_an_attribution_conflict() -> None:
    words = "I have total confidence in President Trump"
    a = quote_claim("a.md", f'"{words}," Rutte said.', words, "Mark Rutte")
    b = quote_claim("b.md", f'"{words}," Rubio said.', words, "Marco Rubio")
    verdict = relate(a, b, SAME_DAY)
    assert (verdict.relation, verdict.field) == (Relation.CONFLICT, FieldName.ATTRIBUTION)
    assert "Mark Rutte" in verdict.reason and "Marco Rubio" in verdict.reason


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        ("We're not going to stop today or tomorrow; we will stop when the job is done", "We're not going to hide",
         False),  # alike in their first words, two speakers' own
        ("We will stop when the job is done", "we will stop when the job is done.", True),
        ("We will stop when the job is done, and not before", "we will stop when the job is done", True),  # trimmed
        # a stock phrase two people may both use
        ("I condemn the cowardly attack on tourists in Velm, which killed one", "cowardly attack on tourists", False),
    ],
)  # fmt: skip
def test_an_attribution_conflict_needs_one_quote_not_two_alike_in_part(first: str, second: str, conflict: bool) -> None:
    a = quote_claim("a.md", f'"{first}," the governor said.', first, "Ilse Varga")
    b = quote_claim("b.md", f'"{second}," the pastor said.', second, "Peter Brand")
    verdict = relate(a, b, SAME_DAY)
    assert (verdict.relation is Relation.CONFLICT and verdict.field is FieldName.ATTRIBUTION) is conflict


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        ("Ilse Varga", "Varga", False),  # the family name alone
        ("Tomas Varga", "Tomass Varga", False),  # a spelling, which the name findings report on their own
        ("Ilse Varga", "Peter Varga", True),  # two people of one family
        ("Ilse Varga", "Ilse Brand", True),
        ("Yogi Adityanath", "Yogi", False),  # the first name alone, as many people are called
        ("Ilse Varga", "Peter", True),
    ],
)
def test_one_speaker_named_two_ways_is_no_attribution_conflict(first: str, second: str, conflict: bool) -> None:
    words = "We will rebuild every house on this street"
    a = quote_claim("a.md", f'"{words}," she said.', words, first)
    b = quote_claim("b.md", f'"{words}," she said.', words, second)
    verdict = relate(a, b, SAME_DAY)
    assert (verdict.relation is Relation.CONFLICT and verdict.field is FieldName.ATTRIBUTION) is conflict


def test_same_quote_from_the_same_speaker_agrees() -> None:
    words = "I have total confidence in President Trump"
    a = quote_claim("a.md", f'"{words}," Rutte said.', words, "Mark Rutte")
    b = quote_claim("b.md", f'"{words}," he said.', words, "Mark Rutte")
    assert relate(a, b, SAME_DAY).relation is Relation.AGREE


def test_trimmed_quote_from_the_same_speaker_agrees() -> None:
    full = "I have total confidence in President Trump and his team"
    short = "total confidence in President Trump"
    a = quote_claim("a.md", f'"{full}," Rutte said.', full, "Mark Rutte")
    b = quote_claim("b.md", f'"{short}," Rutte said.', short, "Mark Rutte")
    assert relate(a, b, SAME_DAY).relation is Relation.AGREE


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Hale is trying to break us so Tarvania can own us", "is trying to break us so that Tarvania can own us"),
        (
            "As I've been warning for months, they want our water",
            "As I have been warning for months, they want our water",
        ),
        ("That does not mean they've been lost", "does not mean they are lost"),
    ],
)
def test_one_quote_told_with_other_small_words_is_no_conflict(first: str, second: str) -> None:
    """Transcripts drop or add small words ("so that" and "so", "I've" and "I have"); what the quote says is the
    same."""
    a = quote_claim("a.md", f'"{first}," Varga said.', first, "Ilse Varga")
    b = quote_claim("b.md", f'"{second}," Varga said.', second, "Ilse Varga")
    assert relate(a, b, SAME_DAY).relation is not Relation.CONFLICT


@pytest.mark.parametrize(
    ("said", "other"),
    [
        ("There is no risk to the town's water", "We cannot yet rule out a risk to the town's water"),
        (
            "We can rebuild this town and we will do it together",
            "We can't rebuild this town and we will do it together",
        ),
        ("The water was above the safety limit for three days", "The water was below the safety limit for three days"),
        ("We will not leave Karsk", "We will leave Karsk"),
        ("The transfer was legal", "The transfer was illegal"),
        ("The toll is 12", "The toll is 14"),
    ],
)
def test_a_denial_or_another_preposition_is_a_quote_conflict(said: str, other: str) -> None:
    a = quote_claim("a.md", f'"{said}," Varga said.', said, "Ilse Varga")
    b = quote_claim("b.md", f'"{other}," Varga said.', other, "Ilse Varga")
    assert relate(a, b, SAME_DAY).relation is Relation.CONFLICT


def test_same_speaker_different_wording_is_a_quote_conflict() -> None:
    said = "We will keep supporting Ukraine for as long as it takes"
    misquoted = "We will keep backing Kyiv only as long as we can afford it"
    a = quote_claim("a.md", f'"{said}," Rutte said.', said, "Mark Rutte")
    b = quote_claim("b.md", f'"{misquoted}," Rutte said.', misquoted, "Mark Rutte")
    verdict = relate(a, b, SAME_DAY)
    assert (verdict.relation, verdict.field) == (Relation.CONFLICT, FieldName.QUOTE)


def test_similar_quotes_with_an_unknown_speaker_are_not_comparable() -> None:
    said = "We will keep supporting Ukraine for as long as it takes"
    a = quote_claim("a.md", f'"{said}," Rutte said.', said, "Mark Rutte")
    b = quote_claim("b.md", f'"{said}," an official said.', said, "official")
    assert relate(a, b, SAME_DAY).relation is not Relation.CONFLICT


def test_outcome_polarity_differs_is_a_conflict() -> None:
    a = outcome_claim(
        "a.md", "Trump and Putin had a productive call.", "productive call", event="call", polarity=1, cue="productive"
    )
    b = outcome_claim(
        "b.md",
        "The leaders failed to reach agreement during a call.",
        "failed to reach agreement during a call",
        event="call",
        polarity=-1,
        cue="failed to reach",
    )
    verdict = relate(a, b, SAME_DAY)
    assert (verdict.relation, verdict.field) == (Relation.CONFLICT, FieldName.OUTCOME)


def test_same_outcome_agrees() -> None:
    a = outcome_claim(
        "a.md", "They had a productive call.", "productive call", event="call", polarity=1, cue="productive"
    )
    b = outcome_claim(
        "b.md", "They had a constructive call.", "constructive call", event="call", polarity=1, cue="constructive"
    )
    assert relate(a, b, SAME_DAY).relation is Relation.AGREE


def q(lower: float | None, upper: float | None, written: str, unit: str = "count", said: str | None = None) -> Quantity:
    return Quantity(lower=lower, upper=upper, written=written, unit=unit, qualifier=said)


MPH = 1.609344
ACRE = 0.40468564


@pytest.mark.parametrize(
    ("a", "b", "overlap"),
    [
        (q(6, None, "six"), q(6, 6, "six"), True),
        (q(6, None, "six"), q(5, 5, "five"), False),
        (q(40, 60, "40 and 60"), q(55, 55, "55"), True),
        (q(405, 495, "450"), q(500, 500, "500"), False),
        (q(0, 60, "60"), q(45, 45, "45"), True),
        (q(18, 18, "18"), q(17, 17, "17"), False),
        (q(295, 295, "295 km/h", "km/h"), q(183 * MPH, 183 * MPH, "183 mph", "km/h"), True),
        (q(295, 295, "295 km/h", "km/h"), q(185 * MPH, 185 * MPH, "185 mph", "km/h"), True),
        (q(295, 295, "295 km/h", "km/h"), q(150 * MPH, 150 * MPH, "150 mph", "km/h"), False),
        (q(295, 295, "295 km/h", "km/h"), q(290, 290, "290 km/h", "km/h"), False),  # same unit: no rounding slack
        (q(10000, 10000, "10 km", "m"), q(8000, 8000, "eight kilometres", "m"), False),  # one unit, spelt out
        (q(4828, 4828, "three miles", "m"), q(5000, 5000, "5 km", "m"), True),  # another unit: rounded
        (q(8448 * ACRE, 8448 * ACRE, "8,448-acre", "ha"), q(8700 * ACRE, 8700 * ACRE, "8,700 acres", "ha"), False),
        (q(8700 * ACRE, 8700 * ACRE, "8,700 acres", "ha"), q(3520, 3520, "3,520 hectares", "ha"), True),
        (q(150, None, "150", said="more than"), q(135, 150, "150", said="nearly"), False),  # neither is 150
        (q(10, None, "10", said="more than"), q(0, 10, "10", said="fewer than"), False),
        (q(20, None, "20", said="at least"), q(20, None, "20", said="over"), True),
        (q(140, None, "140", said="over"), q(140, 140, "140"), True),  # "140" may be a rounded 140.6
        (q(7.5, 7.5, "7.5", "magnitude"), q(7.7, 7.7, "7.7-magnitude", "magnitude"), False),  # one scale
        (q(2, 2, "second-largest city", "rank"), q(3, 3, "3rd largest city", "rank"), False),
    ],
)
def test_intervals_overlap(a: Quantity, b: Quantity, overlap: bool) -> None:
    assert intervals_overlap(a, b) is overlap
    assert intervals_overlap(b, a) is overlap


def test_clusters_keep_17_and_18_apart_and_place_more_than_a_dozen_with_one_of_them() -> None:
    """Agreement is not transitive: "more than a dozen" fits both 17 and 18, yet 17 and 18 conflict."""
    a = injured("a.md", 18)
    b = injured("b.md", 17)
    c = count("c.md", "More than a dozen people were injured.", "injured", 12, None, qualifier="more than")
    finding = compare_group(ClaimGroup(field=FieldName.QUANTITY, claims=(a, b, c), similarity=0.8), SAME_DAY)

    assert finding.verdict is Verdict.CONTRADICTION
    assert finding.conflicts == ((0, 1),)
    eighteen, seventeen, dozen = (claim.cluster for claim in finding.claims)
    assert eighteen != seventeen
    assert dozen == seventeen  # of the two it fits, the nearer
    assert finding.reason == "17 injured (2 sources) vs 18 injured"
    assert [claim.text for claim in finding.claims] == [a.span.text, b.span.text, c.span.text]
    assert 0.0 <= finding.confidence <= 1.0


def test_a_bound_joins_the_cluster_of_the_figure_nearest_it() -> None:
    """A bound, "more than 40 hurt", beside 45 and 41 injured fits both; it reports the 41, not the 45 listed first."""
    a = injured("a.md", 45)
    b = injured("b.md", 41)
    c = count("c.md", "More than 40 people were hurt.", "injured", 40, None, qualifier="more than")
    finding = compare_group(ClaimGroup(field=FieldName.QUANTITY, claims=(a, b, c), similarity=0.8), SAME_DAY)
    forty_five, forty_one, more_than_40 = (claim.cluster for claim in finding.claims)
    assert more_than_40 == forty_one != forty_five
    assert finding.reason == "41 injured (2 sources) vs 45 injured"


def test_of_clusters_as_near_a_range_it_joins_the_larger() -> None:
    """A range, "between 40 and 50", fits a lone 46 and two 44s, each four from one of its ends: the two 44s."""
    a = injured("a.md", 46)
    b = injured("b.md", 44)
    c = injured("c.md", 44)
    d = count("d.md", "Between 40 and 50 people were injured.", "injured", 40, 50, qualifier="between")
    sources = sources_by_path(*(make_source(f"{x}.md") for x in "abcd"))
    finding = compare_group(ClaimGroup(field=FieldName.QUANTITY, claims=(a, b, c, d), similarity=0.8), sources)
    forty_six, forty_four, other_forty_four, between = (claim.cluster for claim in finding.claims)
    assert between == forty_four == other_forty_four != forty_six


def test_group_that_agrees_is_one_cluster() -> None:
    a = killed("a.md", "Six people were killed.", 6, 6)
    b = killed("b.md", "At least six people were killed.", 6, None, qualifier="at least")
    finding = compare_group(ClaimGroup(field=FieldName.QUANTITY, claims=(a, b), similarity=0.9), SAME_DAY)
    assert finding.verdict is Verdict.AGREEMENT
    assert finding.conflicts == ()
    assert {claim.cluster for claim in finding.claims} == {0}


def test_update_makes_an_update_finding_with_its_chain() -> None:
    a = killed("a.md", "Six people were killed.", 6, 6)
    b = killed("b.md", "Nine people were killed.", 9, 9)
    finding = compare_group(ClaimGroup(field=FieldName.QUANTITY, claims=(b, a), similarity=0.9), LATER_B)
    assert finding.verdict is Verdict.UPDATE
    assert finding.claims[0].cluster != finding.claims[1].cluster
    assert finding.updates == ((1, 0),)  # (earlier, later): a.md's six, then b.md's nine
    assert finding.chain == ("six killed", "nine killed")
    assert finding.reason == "updated: six killed \u2192 nine killed (by date)"


def test_a_chain_of_three_reports_in_order() -> None:
    sources = sources_by_path(
        make_source("a.md", "2025-10-21"), make_source("b.md", "2025-10-22"), make_source("c.md", "2025-10-23")
    )
    claims = (
        killed("c.md", "27 people were killed.", 27, 27),
        killed("a.md", "12 people were killed.", 12, 12),
        killed("b.md", "20 people were killed.", 20, 20),
    )
    finding = compare_group(ClaimGroup(field=FieldName.QUANTITY, claims=claims, similarity=0.9), sources)
    assert finding.verdict is Verdict.UPDATE
    assert finding.chain == ("12 killed", "20 killed", "27 killed")


def test_values_no_update_orders_are_shown_lowest_first() -> None:
    """Two undated reports each say the toll has risen since a dated 12, to 30 and to 25: neither orders the other,
    so the chain shows them as a running count grows, not in the order the claims come."""
    sources = sources_by_path(make_source("a.md", None), make_source("b.md", "2025-10-22"), make_source("d.md", None))
    claims = (
        killed("b.md", "12 people were killed.", 12, 12),
        count("a.md", "The toll has risen to 30.", "killed", 30, 30, span="30"),
        count("d.md", "The toll has risen to 25.", "killed", 25, 25, span="25"),
    )
    finding = compare_group(ClaimGroup(field=FieldName.QUANTITY, claims=claims, similarity=0.9), sources)
    assert finding.verdict is Verdict.UPDATE
    assert finding.chain == ("12 killed", "25 killed", "30 killed")


def test_a_running_count_from_an_undated_report_is_not_set_against_another() -> None:
    sources = sources_by_path(make_source("a.md", None), make_source("b.md", "2025-10-22"))
    a = killed("a.md", "Six people were killed.", 6, 6)
    b = killed("b.md", "Nine people were killed.", 9, 9)
    assert relate(a, b, sources).relation is Relation.NOT_COMPARABLE


def test_an_expected_figure_after_the_number_is_a_forecast() -> None:
    a = count("a.md", "Gusts of 100 mph are expected tonight.", "wind speed", 100, 100, span="100 mph")
    b = count("b.md", "Gusts of 60 mph were recorded.", "wind speed", 60, 60, span="60 mph")
    verdict = relate(a, b, SAME_DAY)
    assert verdict.relation is Relation.NOT_COMPARABLE and "forecast" in verdict.reason


def money(source: str, sentence: str, span: str, value: float) -> Claim:
    return quantity_claim(source, sentence, span, lower=value, upper=value, counted="money", written=span, unit="USD")


def test_a_source_stating_the_drafts_figure_as_a_forecast_elsewhere_does_not_contradict_it() -> None:
    """The source's $1.5bn profit is the wrong passage: the same source expects $5bn of sales, as the draft says."""

    draft = money("draft.md", "The company guided for sales of $5bn in 2023.", "$5bn", 5e9)
    profit = money("s.md", "Profit for the fourth quarter was $1.5bn.", "$1.5bn", 1.5e9)
    sales = money("s.md", "For 2023 the company expects sales of $5bn.", "$5bn", 5e9)
    sources = sources_by_path(make_source("s.md"))
    finding = _check_claim(draft, [profit], 0.8, sources, [profit, sales])
    assert finding.verdict is not Verdict.CONTRADICTED


def test_a_day_a_source_states_in_a_passage_the_alignment_did_not_pair_supports_the_draft() -> None:
    draft = date_claim("draft.md", "The ferry line reopened on 3 May, its owners said.", "3 May", "2025-05-03")
    elsewhere = date_claim("s.md", "Crews finished the pier and the line reopened on May 3.", "May 3", "2025-05-03")
    other_day = date_claim("s.md", "The harbour office opened on June 9.", "June 9", "2025-06-09")
    sources = sources_by_path(make_source("s.md"))
    supported = _check_claim(draft, [], 0.0, sources, [other_day, elsewhere])
    assert supported.verdict is Verdict.SUPPORTED
    assert [c.text for c in supported.claims] == ["3 May", "May 3"]  # the passage that states it is the evidence
    assert _check_claim(draft, [], 0.0, sources, [other_day]).verdict is Verdict.UNSUPPORTED


def test_a_figure_in_an_unpaired_passage_only_bars_a_contradiction() -> None:
    """Another company's "sales cross $10bn" shares a word with the draft's "sales of $10bn": too loose to back it."""

    draft = money("draft.md", "The company guided for sales of $10bn in 2023.", "$10bn", 1e10)
    profit = money("s.md", "Profit for the fourth quarter was $1.5bn.", "$1.5bn", 1.5e9)
    rival = money("s.md", "A rival's sales cross the $10bn mark.", "$10bn", 1e10)
    sources = sources_by_path(make_source("s.md"))
    assert _check_claim(draft, [profit], 0.8, sources, [profit, rival]).verdict is Verdict.UNSUPPORTED


def test_counts_totalled_over_different_periods_are_not_comparable() -> None:
    a = count("a.md", "In the last three days, 509 people left the country.", "people", 509, 509, span="509 people")
    b = count("b.md", "Over the past four days, 537 people left the country.", "people", 537, 537, span="537 people")
    verdict = relate(a, b, SAME_DAY)
    assert verdict.relation is Relation.NOT_COMPARABLE and "periods" in verdict.reason


def test_a_usual_rate_is_not_set_against_a_count() -> None:
    a = count(
        "a.md", "Hundreds of tourists visit the meadow each day.", "tourist", 200, 999, span="Hundreds of tourists"
    )
    b = count("b.md", "About 1,200 tourists were in the meadow.", "tourist", 1200, 1200, span="1,200 tourists")
    verdict = relate(a, b, SAME_DAY)
    assert verdict.relation is Relation.NOT_COMPARABLE and "rate" in verdict.reason


def test_a_day_after_is_no_rate() -> None:
    a = injured("a.md", 18)
    b = count("b.md", "Twelve people were injured a day after the quake.", "injured", 12, 12, span="Twelve people")
    assert relate(a, b, SAME_DAY).relation is Relation.CONFLICT  # one day's two tolls, neither twice the other


def test_a_day_several_sources_give_is_one_finding_not_several_uniques() -> None:
    """Four sources each date something to Wednesday, unaligned: one finding that they agree on the day, not four
    'only X states Wednesday' findings; a day one source alone gives stays unique."""
    claims = [
        date_claim("a.md", "The attack came on Wednesday.", "on Wednesday", "2025-10-22"),
        date_claim("b.md", "He was at the White House this afternoon, Wednesday.", "Wednesday", "2025-10-22"),
        date_claim("b.md", "Kyiv was cleaning up on Wednesday night.", "on Wednesday", "2025-10-22"),
        date_claim("c.md", "Diplomacy felt distant on Wednesday.", "on Wednesday", "2025-10-22"),
        date_claim("c.md", "The talks end on Friday.", "on Friday", "2025-10-24"),
    ]
    findings = unique_findings(claims)
    assert [(f.verdict, len(f.claims)) for f in findings] == [(Verdict.AGREEMENT, 3), (Verdict.UNIQUE, 1)]
    assert findings[0].reason == "3 sources give Wednesday 22 October 2025"
    assert [c.source for c in findings[0].claims] == ["a.md", "b.md", "c.md"]
    assert findings[1].claims[0].text == "on Friday"


def test_a_bound_is_consistent_with_a_figure_but_does_not_state_it() -> None:
    """'killed 14 people' against 'at least 10' and '10 people dead': the bound fits 14 but states nothing, the
    other source rules 14 out, so the draft is contradicted, not 'supported (disputed)'."""
    draft = killed("draft.md", "The attack killed 14 people.", 14, 14)
    bound = killed("a.md", "At least 10 people were killed.", 10, None, qualifier="at least")
    stated = killed("b.md", "Ten people were killed.", 10, 10)
    sources = sources_by_path(make_source("draft.md"), make_source("a.md"), make_source("b.md"))
    assert _check_claim(draft, [bound, stated], 0.8, sources, [bound, stated]).verdict is Verdict.CONTRADICTED
    alone = _check_claim(draft, [bound], 0.8, sources, [bound])
    assert alone.verdict is Verdict.UNSUPPORTED
    same_bound = killed("draft.md", "At least 10 people were killed.", 10, None, qualifier="at least")
    assert _check_claim(same_bound, [bound], 0.8, sources, [bound]).verdict is Verdict.SUPPORTED
    inside = killed("draft.md", "At least six people were killed.", 6, None, qualifier="at least")
    assert _check_claim(inside, [stated], 0.8, sources, [stated]).verdict is Verdict.SUPPORTED


def test_a_described_speaker_is_shown_as_written() -> None:
    """'a senior U.S. official' is matched lower-cased (a description, not a name) but shown in its own case."""
    from factcheck.compare import finding_claim
    from factcheck.models import Attribution

    said = quote_claim("a.md", "The call was productive, a senior U.S. official said.", "The call was productive", None)
    said = said.model_copy(
        update={"attribution": Attribution(speaker="senior u.s. official", speaker_text="a senior U.S. official")}
    )
    assert finding_claim(said, 0).attribution == "senior U.S. official"
    named = said.model_copy(update={"attribution": Attribution(speaker="Marco Rubio", speaker_text="Rubio")})
    assert finding_claim(named, 0).attribution == "Marco Rubio"


def test_a_sum_converted_by_the_outlet_agrees_within_the_days_rate() -> None:
    """'€88 million (£76 million)' and '€88 million (£77 million)': two outlets' conversions of one sum."""

    def pounds(source: str, sentence: str, value: float, written: str) -> Claim:
        claim = count(source, sentence, "money", value, value, span=written)
        assert claim.quantity is not None
        return claim.model_copy(update={"quantity": claim.quantity.model_copy(update={"unit": "GBP"})})

    a = pounds("a.md", "The jewels are worth €88 million (£76 million).", 76e6, "£76 million")
    b = pounds("b.md", "The jewels are worth €88 million (£77 million).", 77e6, "£77 million")
    assert relate(a, b, SAME_DAY).relation is Relation.AGREE
    c = pounds("b.md", "The jewels are worth £77 million.", 77e6, "£77 million")
    d = pounds("a.md", "The jewels are worth £76 million.", 76e6, "£76 million")
    assert relate(d, c, SAME_DAY).relation is Relation.CONFLICT  # figures of their own
    e = pounds("b.md", "The jewels are worth €88 million (£102 million).", 102e6, "£102 million")
    assert relate(a, e, SAME_DAY).relation is Relation.CONFLICT  # no day's rate makes 76 of 102


def test_two_estimates_of_a_sum_converted_by_the_outlet_agree_within_the_days_rate() -> None:
    sources = [
        make_source("a.md").model_copy(
            update={"text": "The jewels are worth about €88 million (about £76 million), police said."}
        ),
        make_source("b.md").model_copy(update={"text": "The jewels are worth about £75 million, police said."}),
    ]
    a, b = (c for c in claims_of(sources) if c.quantity is not None and c.quantity.unit == "GBP")
    assert relate(a, b, SAME_DAY).relation is Relation.AGREE


@pytest.mark.parametrize(
    ("denial", "related"),
    [
        ("Officials said the attackers did not threaten the guards.", Relation.CONFLICT),
        # a survivor's words in quotes are their account, compared as a quote
        ("\u201cThey came and threatened nobody, they did not threaten the guards,\u201d a survivor said.",
         Relation.NOT_COMPARABLE),
        # what someone expects is no account of what happened
        ("Police believe the attackers will not threaten the guards again.", Relation.NOT_COMPARABLE),
    ],
)  # fmt: skip
def test_a_denial_in_quoted_words_or_of_what_is_expected_is_not_set_against_an_account(
    write_article: Callable[..., Path], denial: str, related: Relation
) -> None:
    from factcheck.ingest import read_source
    from factcheck.pipeline import claims_of

    sources = [
        read_source(write_article("a.md", denial)),
        read_source(write_article("b.md", "The attackers threatened the guards and smashed two cases.")),
    ]
    negations = [c for c in claims_of(sources) if c.field is FieldName.NEGATION and c.statement is not None]
    denied = next(c for c in negations if c.source == sources[0].path and c.statement and c.statement.negated)
    affirmed = next(c for c in negations if c.source == sources[1].path)
    assert relate(denied, affirmed, sources_by_path(*sources)).relation is related


@pytest.mark.parametrize(
    ("account", "related"),
    [
        ("The Greens won 61 seats, a majority of the chamber.", Relation.CONFLICT),
        # what is wanting, needed or done without is named, not affirmed
        ("The Greens won 61 seats, two shy of the 63 needed for a majority.", Relation.NOT_COMPARABLE),
        ("The Greens won 61 seats, short of a majority.", Relation.NOT_COMPARABLE),
    ],
)
def test_an_account_naming_what_is_wanting_does_not_affirm_it(
    write_article: Callable[..., Path], account: str, related: Relation
) -> None:
    from factcheck.ingest import read_source
    from factcheck.pipeline import claims_of

    sources = [
        read_source(write_article("a.md", "The Greens won 61 seats but not a majority.")),
        read_source(write_article("b.md", account)),
    ]
    negations = [c for c in claims_of(sources) if c.field is FieldName.NEGATION and c.statement is not None]
    denied = next(c for c in negations if c.source == sources[0].path and c.statement and c.statement.negated)
    affirmed = next(c for c in negations if c.source == sources[1].path)
    assert relate(denied, affirmed, sources_by_path(*sources)).relation is related


def test_two_quarters_of_a_year_conflict() -> None:
    from factcheck.extract.quantities import extract_quantities

    def quarter(source: str, sentence: str) -> Claim:
        [hit] = extract_quantities(sentence)
        return make_claim(source, sentence, sentence[hit.start : hit.end], FieldName.QUANTITY, quantity=hit.quantity)

    a = quarter("a.md", "The firm reported a fourth-quarter decline.")
    b = quarter("b.md", "The firm reported a third-quarter decline.")
    assert relate(a, b, SAME_DAY).relation is Relation.CONFLICT
    assert relate(a, quarter("c.md", "The firm reported a decline in Q4."), SAME_DAY).relation is Relation.AGREE


def test_a_toll_that_rose_twice_in_one_day_is_an_update() -> None:
    """Both reports of one day say the toll rose: to 3,085 first, then to 3,145."""
    a = count("a.md", "The death toll has increased to 3,145.", "killed", 3145, 3145, span="3,145")
    b = count("b.md", "The death toll rose to 3,085 on Thursday.", "killed", 3085, 3085, span="3,085")
    verdict = relate(a, b, SAME_DAY)
    assert verdict.relation is Relation.UPDATE and verdict.later == -1  # a, the higher, is the later
    undated = sources_by_path(make_source("a.md"), make_source("b.md", None))
    assert relate(a, b, undated).relation is Relation.NOT_COMPARABLE  # a day unknown: which came first is too


RELEASE_A = "The death toll has risen to 1,000, with 1,670 people injured, the military government said."
RELEASE_B = "The death toll has surged to 694, with 1,670 individuals reported injured, officials said."


def test_two_counts_given_with_the_same_other_figure_come_from_one_release() -> None:
    """Both say the toll rose, neither report is dated: only the shared 1,670 injured says they are one release."""
    a = count("a.md", RELEASE_A, "killed", 1000, 1000, span="1,000")
    b = count("b.md", RELEASE_B, "killed", 694, 694, span="694")
    undated = sources_by_path(make_source("a.md", None), make_source("b.md", None))
    verdict = relate(a, b, undated)
    assert verdict.relation is Relation.CONFLICT and "1,670 injured" in verdict.reason


@pytest.mark.parametrize(
    ("other", "why"),
    [
        ("The death toll has surged to 694, with 1,640 individuals reported injured.", "another injured figure"),
        ("The death toll has surged to 694, with about 1,670 individuals reported injured.", "a rounded figure"),
        ("The death toll has surged to 694, and 1,670 homes were damaged.", "not a part of the toll"),
        ("The death toll rose to 694, including 1,670 people in Mandalay.", "a part of the same toll"),
    ],
)
def test_no_shared_exact_figure_of_another_part_no_release(other: str, why: str) -> None:
    a = count("a.md", RELEASE_A, "killed", 1000, 1000, span="1,000")
    b = count("b.md", other, "killed", 694, 694, span="694")
    undated = sources_by_path(make_source("a.md", None), make_source("b.md", None))
    assert relate(a, b, undated).relation is not Relation.CONFLICT, why


def test_a_shared_figure_does_not_outweigh_the_dates_of_two_reports() -> None:
    """Injured can stand still from one day's release to the next: dated reports are ordered by their dates."""
    a = count("a.md", RELEASE_A, "killed", 1000, 1000, span="1,000")
    b = count("b.md", RELEASE_B, "killed", 694, 694, span="694")
    verdict = relate(a, b, sources_by_path(make_source("a.md", "2025-03-30"), make_source("b.md", "2025-03-29")))
    assert verdict.relation is Relation.UPDATE and verdict.later == -1


def test_a_small_shared_figure_marks_no_release() -> None:
    """Two reports agreeing on 12 injured may give one count that stood still between releases."""
    a = count("a.md", "The toll has risen to 40, with 12 people injured.", "killed", 40, 40, span="40")
    b = count("b.md", "The toll has risen to 35, with 12 people injured.", "killed", 35, 35, span="35")
    undated = sources_by_path(make_source("a.md", None), make_source("b.md", None))
    assert relate(a, b, undated).relation is Relation.NOT_COMPARABLE


def lost(source: str, sentence: str, span: str, figure: int, counted: str, scope: str | None = None) -> Claim:
    """A count of things lost, `span` naming it, its figure as written its first word."""
    written = span.split("-")[0].split()[0]
    return quantity_claim(
        source, sentence, span, lower=figure, upper=figure, counted=counted, written=written, scope=scope
    )


def test_what_was_destroyed_in_one_place_is_apart_from_a_larger_count_of_nowhere() -> None:
    """Three bridges destroyed in Mandalay alone, seven in a count that names no place: a part and its whole."""
    part = lost("a.md", "In Orsk alone, the quake destroyed three bridges.", "three bridges", 3, "bridge", "Orsk")
    whole = lost("b.md", "At least seven bridges were destroyed.", "seven bridges", 7, "bridge")
    assert relate(part, whole, SAME_DAY).relation is Relation.NOT_COMPARABLE
    assert compatible(part, whole)
    elsewhere = lost("c.md", "In Velm, the quake destroyed seven bridges.", "seven bridges", 7, "bridge", "Velm")
    assert not compatible(part, elsewhere)  # two places: two counts


def test_a_number_joined_to_a_noun_is_no_count_of_damage() -> None:
    """ "A 30-storey building collapsed" counts the floors of one building: its place does not set it apart."""
    a = lost("a.md", "A 30-storey building collapsed in Orsk.", "30-storey", 30, "storey", "Orsk")
    b = lost("b.md", "The 33-storey tower collapsed.", "33-storey", 33, "storey")
    assert relate(a, b, SAME_DAY).relation is Relation.CONFLICT


@pytest.mark.parametrize(
    ("sentence", "comparable"),
    [
        ("Between 5 and 10 inches of rain fell in parts of Orsk County.", False),
        ("Up to 10 inches of rain fell locally, forecasters said.", False),
        ("Ten inches of rain fell in some areas overnight.", False),
        ("Ten inches of rain fell on Orsk County overnight.", True),  # the area's own reading
    ],
)
def test_a_measure_read_in_parts_of_an_area_is_no_reading_of_all_of_it(sentence: str, comparable: bool) -> None:
    span = sentence.split(" of rain")[0]
    figure = 10.0 if "Ten" in span else 5.0
    local = quantity_claim(
        "a.md", sentence, span, lower=figure * 0.0254, upper=0.254, counted="rainfall", written=span, unit="m"
    )
    area = quantity_claim(
        "b.md", "More than 12 inches of rain fell over Orsk County.", "More than 12 inches",
        lower=12 * 0.0254, upper=None, counted="rainfall", written="12 inches", unit="m",
    )  # fmt: skip
    assert (relate(local, area, SAME_DAY).relation is not Relation.NOT_COMPARABLE) is comparable


def test_whether_a_place_sets_two_counts_apart_does_not_depend_on_their_order() -> None:
    """One clause says the bridges were destroyed, the other does not: the pair is judged alike either way round."""
    lost_here = lost("a.md", "In Orsk, the quake destroyed three bridges.", "three bridges", 3, "bridge", "Orsk")
    standing = lost("b.md", "Velm has seven bridges.", "seven bridges", 7, "bridge", "Velm")
    assert compatible(lost_here, standing) is compatible(standing, lost_here) is False


def test_two_days_each_account_gives_are_not_set_against_each_other() -> None:
    """Both accounts date two things alike ("one recorder on June 13, the other on June 16"): their days, paired
    across the accounts, are two things, not two accounts of one day."""
    first = "The flight recorder was found on June 13, and the voice recorder on June 16."
    second = "One recorder was found on a roof on June 13 and the other at the site on June 16."
    a = date_claim("a.md", first, "June 13", "2025-06-13")
    b = date_claim("b.md", second, "June 16", "2025-06-16")
    assert relate(a, b, SAME_DAY).relation is Relation.NOT_COMPARABLE
    only_one = date_claim("b.md", "The voice recorder was found on June 16.", "June 16", "2025-06-16")
    assert relate(a, only_one, SAME_DAY).relation is Relation.CONFLICT


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # one account corrects the other
        (
            ("The crash happened on June 12, not June 13 as first reported.", "June 12", "2025-06-12"),
            ("The crash happened on June 13, not June 12 as some said.", "June 13", "2025-06-13"),
        ),
        # the same two days, but each account dates the event by the other one
        (
            ("The dam collapsed on March 3, two days after the March 1 warning.", "March 3", "2025-03-03"),
            ("The dam collapsed on March 1, two days before the March 3 evacuation.", "March 1", "2025-03-01"),
        ),
    ],
)
def test_two_days_in_both_accounts_still_conflict_where_they_date_one_thing_apart(
    first: tuple[str, str, str], second: tuple[str, str, str]
) -> None:
    assert relate(date_claim("a.md", *first), date_claim("b.md", *second), SAME_DAY).relation is Relation.CONFLICT


@pytest.mark.parametrize(
    ("first", "second", "relation"),
    [
        # the winds of a storm told where it is or where it heads are that hour's
        (
            ("Velmar edged closer to Ostravia, packing sustained winds of 280 km/h.", "280 km/h", 280),
            ("Velmar made landfall in Ostravia with sustained winds of 295 km/h.", "295 km/h", 295),
            Relation.NOT_COMPARABLE,
        ),
        (
            (
                "The eye was located 30 km south of Dunmore, packing maximum sustained winds of 265 km/h.",
                "265 km/h",
                265,
            ),
            ("Velmar made landfall in Ostravia with sustained winds of 295 km/h.", "295 km/h", 295),
            Relation.NOT_COMPARABLE,
        ),
        (
            ("Velmar slammed into Ostravia with sustained winds of 260 km/h.", "260 km/h", 260),
            ("Velmar made landfall in Ostravia with sustained winds of 295 km/h.", "295 km/h", 295),
            Relation.CONFLICT,
        ),
        # a landfall told with the storm's motion, or with people on the move, is still the landfall
        (
            (
                "Velmar made landfall near Dunmore, moving northwest at 16 km/h, with maximum sustained winds of "
                "240 km/h.",
                "240 km/h",
                240,
            ),
            ("Velmar made landfall in Ostravia with sustained winds of 295 km/h.", "295 km/h", 295),
            Relation.CONFLICT,
        ),
        (
            (
                "Velmar made landfall with sustained winds of 240 km/h as residents headed toward shelters.",
                "240 km/h",
                240,
            ),
            ("Velmar made landfall in Ostravia with sustained winds of 295 km/h.", "295 km/h", 295),
            Relation.CONFLICT,
        ),
        # a storm deepens and fills by the hour: two pressures are one reading only both at landfall or lowest
        (
            ("Its central pressure has fallen to 899 millibars.", "899 millibars", 899),
            ("It struck Dunmore with a central pressure of 952 mb.", "952 mb", 952),
            Relation.NOT_COMPARABLE,
        ),
        (
            ("It made landfall with a central pressure of 899 millibars.", "899 millibars", 899),
            ("It made landfall with a central pressure of 952 mb.", "952 mb", 952),
            Relation.CONFLICT,
        ),
        (
            ("Velmar came ashore with a central pressure of 952 mb.", "952 mb", 952),
            ("It made landfall with a central pressure of 940 mb.", "940 mb", 940),
            Relation.CONFLICT,
        ),
        # no storm's: "MB" of a file
        (
            ("The app update is a 50 MB file.", "50 MB", 50),
            ("The app update is a 500 MB file.", "500 MB", 500),
            Relation.CONFLICT,
        ),
    ],
)
def test_readings_of_a_storm_are_of_their_moment(
    first: tuple[str, str, float], second: tuple[str, str, float], relation: Relation
) -> None:
    """Winds and pressures, each (sentence, figure as written, value)."""
    counted, unit = ("wind speed", "km/h") if "km/h" in first[1] else ("pressure", "count")
    a, b = (_storm_reading(name, *told, counted, unit) for name, told in (("a.md", first), ("b.md", second)))
    assert relate(a, b, SAME_DAY).relation is relation


def _storm_reading(source: str, sentence: str, written: str, value: float, counted: str, unit: str) -> Claim:
    from builders import quantity_claim

    return quantity_claim(
        source, sentence, written, lower=value, upper=value, counted=counted, written=written, unit=unit
    )


@pytest.mark.parametrize(
    ("first", "second", "relation"),
    [
        (
            "On Monday morning the eye of Hurricane Velmar was located 145 km west-southwest of Dunmore.",
            "On Monday evening the eye of Hurricane Velmar was located 90 km west-southwest of Dunmore.",
            Relation.NOT_COMPARABLE,
        ),
        ("Ostrik is located 145 km west of Dunmore.", "Ostrik lies 90 km west of Dunmore.", Relation.CONFLICT),
    ],
)
def test_a_storms_position_is_that_hours(first: str, second: str, relation: Relation) -> None:
    a, b = (
        _storm_reading(
            name,
            told,
            told.split(" km")[0].split()[-1] + " km",
            float(told.split(" km")[0].split()[-1]),
            "distance",
            "m",
        )
        for name, told in (("a.md", first), ("b.md", second))
    )
    assert relate(a, b, SAME_DAY).relation is relation


def test_two_counts_of_those_voting_still_conflict() -> None:
    a = count("a.md", "In the end 190 lawmakers voted for the motion.", "lawmaker", 190, 190, span="190 lawmakers")
    b = count("b.md", "In the end 192 lawmakers voted for the motion.", "lawmaker", 192, 192, span="192 lawmakers")
    assert relate(a, b, SAME_DAY).relation is Relation.CONFLICT


def test_the_whole_beside_those_present_is_all_members() -> None:
    a = count("a.md", "With 190 of its 300 members present, it passed.", "member", 300, 300, span="300 members")
    b = count("b.md", "The chamber has 300 members.", "member", 300, 300, span="300 members")
    assert relate(a, b, SAME_DAY).relation is Relation.AGREE


@pytest.mark.parametrize(
    ("a", "b", "counted"),
    [
        ("The assembly has 240 seats; 121 are needed for a majority.", "The assembly has 250 seats.", "seat"),
        ("The city has opened 12 shelters, and more are needed.", "The city has opened 15 shelters.", "shelter"),
        ("About 2,000 residents were required to evacuate.", "About 2,500 residents were ordered out.", "resident"),
        ("Fighting the blaze required 150 firefighters.", "Some 200 firefighters fought the blaze.", "firefighter"),
        ("Some 5,000 people were present at the rally.", "About 6,000 people attended the rally.", "people"),
        ("The firm has 300 employees at present.", "The firm has 340 employees.", "employee"),
        ("The Civic Alliance secured the 151 seats needed for a majority.", "It won 146 seats.", "seat"),
        ("Rescuers needed 40 boats to reach the stranded.", "Rescuers used 55 boats.", "boat"),
    ],
)
def test_counts_that_only_look_like_thresholds_or_those_present_still_conflict(a: str, b: str, counted: str) -> None:
    def claim(source: str, sentence: str) -> Claim:
        figure = re.search(r"\d[\d,]*", sentence)
        assert figure is not None
        value = float(figure.group(0).replace(",", ""))
        return count(source, sentence, counted, value, value, span=figure.group(0))

    first, second = claim("a.md", a), claim("b.md", b)
    assert compatible(first, second)
    assert relate(first, second, SAME_DAY).relation is Relation.CONFLICT


@pytest.mark.parametrize(
    ("first", "second", "relation"),
    [
        # a part is the set its verb makes: only a part of the same whole states it
        (("Fire engulfed seven of the eight towers.", "seven of the eight towers", 7),
         ("Fire engulfed six of the eight towers.", "six of the eight towers", 6), Relation.CONFLICT),
        (("Fire engulfed seven of the eight towers.", "seven of the eight towers", 7),
         ("The estate has eight towers.", "eight towers", 8), Relation.NOT_COMPARABLE),
        (("Crews searched four out of the seven towers.", "four out of the seven towers", 4),
         ("Fire engulfed seven out of eight towers.", "seven out of eight towers", 7), Relation.NOT_COMPARABLE),
        (("Fire engulfed seven towers.", "seven towers", 7), ("Fire engulfed six towers.", "six towers", 6),
         Relation.CONFLICT),
        # the same verb makes the same set, whether told as a part or on its own
        (("Nine of its 14 towers collapsed.", "Nine of its 14 towers", 9),
         ("Eleven towers collapsed.", "Eleven towers", 11), Relation.CONFLICT),
    ],
)  # fmt: skip
def test_a_count_told_as_a_part_of_a_whole_meets_only_parts_of_that_whole(
    first: tuple[str, str, int], second: tuple[str, str, int], relation: Relation
) -> None:
    a = count("a.md", first[0], "tower", first[2], first[2], span=first[1])
    b = count("b.md", second[0], "tower", second[2], second[2], span=second[1])
    assert relate(a, b, SAME_DAY).relation is relation


@pytest.mark.parametrize(
    ("sentence", "comparable"),
    [
        ("Waves hit 2.5 feet in San Marco overnight.", False),  # another place's waves
        ("Tsunami waves were measured at 2.5 feet in Kahuli, officials said.", True),  # the same place
        ("Tsunami waves of 2.5 feet were recorded overnight.", True),  # no place said: maybe the one named before
    ],
)
def test_readings_of_the_sea_at_other_places_are_not_compared(sentence: str, comparable: bool) -> None:
    here = quantity_claim(
        "a.md", "The highest waves were 5.7 feet in Kahuli, Velmar.", "5.7 feet", lower=5.7 * 0.3048,
        upper=5.7 * 0.3048, counted="wave height", written="5.7 feet", unit="m",
    )  # fmt: skip
    figure, value = "2.5 feet", 2.5 * 0.3048
    there = quantity_claim(
        "b.md", sentence, figure, lower=value, upper=value, counted="wave height", written=figure, unit="m"
    )
    assert (relate(here, there, SAME_DAY).relation is not Relation.NOT_COMPARABLE) is comparable


@pytest.mark.parametrize(
    "sentence",
    [
        "A possible gas leak caused the explosion that killed 12 people in Velmora.",
        "Officials issued warnings of further aftershocks after the quake killed 12 people.",
        "The blast killed 12 people and residents feared more casualties.",
    ],
)
def test_a_reported_toll_near_words_of_warning_is_no_forecast(sentence: str) -> None:
    a = count("a.md", sentence, "killed", 12, 12, span="12 people")
    b = count("b.md", "The explosion killed 19 people in Velmora.", "killed", 19, 19, span="19 people")
    assert relate(a, b, SAME_DAY).relation is Relation.CONFLICT


@pytest.mark.parametrize(
    "sentence",
    [
        "The evacuation order came after the fire destroyed 300 homes in Velmora.",
        "Rescuers saved 300 people from the flood in Velmora, backed by army helicopters.",
    ],
)
def test_words_of_evacuation_or_deployment_near_a_count_do_not_make_it_move(sentence: str) -> None:
    counted = "home" if "homes" in sentence else "people"
    a = count("a.md", sentence, counted, 300, 300, span=f"300 {'homes' if counted == 'home' else 'people'}")
    b = count(
        "b.md",
        sentence.replace("300", "250"),
        counted,
        250,
        250,
        span=f"250 {'homes' if counted == 'home' else 'people'}",
    )
    assert relate(a, b, LATER_B).relation is Relation.CONFLICT


UNDATED = sources_by_path(make_source("a.md", None), make_source("b.md", None))


@pytest.mark.parametrize(
    ("second", "sources", "relation"),
    [
        ("So far, 32 DNA samples have been matched.", LATER_B, Relation.UPDATE),  # a tally of the story so far
        ("32 DNA samples have been matched till now.", LATER_B, Relation.UPDATE),
        ("32 DNA samples have been matched to date.", UNDATED, Relation.NOT_COMPARABLE),  # which came first?
        ("32 DNA samples were matched.", LATER_B, Relation.CONFLICT),  # nothing says it grows
    ],
)
def test_a_tally_said_to_be_so_far_grows_whatever_it_counts(second: str, sources: dict, relation: Relation) -> None:
    first = count("a.md", "Nine DNA samples were matched.", "sample", 9, 9, span="Nine DNA samples")
    later = count("b.md", second, "sample", 32, 32, span="32 DNA samples")
    assert relate(first, later, sources).relation is relation


@pytest.mark.parametrize(
    ("first", "relation"),
    [
        ("The final death toll of 260 was confirmed.", Relation.CONFLICT),  # nothing was left to update
        ("The death toll of 260 was confirmed.", Relation.UPDATE),
        ("The storm killed 260 people, though it was not the final count.", Relation.UPDATE),
        ("260 people died; the final death toll was not yet known.", Relation.UPDATE),
    ],
)
def test_a_figure_said_to_be_final_is_not_updated_by_a_later_one(first: str, relation: Relation) -> None:
    earlier = killed("a.md", first, 260, 260)
    later = killed("b.md", "The crash claimed 261 lives.", 261, 261)
    assert relate(earlier, later, LATER_B).relation is relation


@pytest.mark.parametrize(
    ("first", "second", "relation"),
    [
        # moments of different happenings in one story: no fact told two ways
        (("Rescuers pulled four people alive from a tower on Monday.", "Monday", "2025-03-31"),
         ("The quake struck Velm on Friday.", "Friday", "2025-03-28"), Relation.NOT_COMPARABLE),
        (("Divers recovered a fourth body from the river on April 14.", "April 14", "2025-04-14"),
         ("Crews reopened a shipping channel on April 1.", "April 1", "2025-04-01"), Relation.NOT_COMPARABLE),
        # one happening: both tell the incident, or the words dated are mostly the same
        (("The quake struck Velm on Saturday.", "Saturday", "2025-03-29"),
         ("The quake struck Velm on Friday.", "Friday", "2025-03-28"), Relation.CONFLICT),
        (("The Velm museum was founded on 12 March 1901.", "12 March 1901", "1901-03-12"),
         ("The Velm museum was founded on 12 March 1902.", "12 March 1902", "1902-03-12"), Relation.CONFLICT),
    ],
)  # fmt: skip
def test_two_days_contradict_only_where_they_date_one_happening(
    first: tuple[str, str, str], second: tuple[str, str, str], relation: Relation
) -> None:
    a, b = date_claim("a.md", *first), date_claim("b.md", *second)
    assert relate(a, b, SAME_DAY).relation is relation
    assert relate(b, a, SAME_DAY).relation is relation


@pytest.mark.parametrize(
    ("first", "second", "relation"),
    [
        (("Drivers crossed the Velm bridge at 1:20 a.m.", "1:20 a.m.", 80),
         ("A barge slammed into the Velm bridge at 1:27 a.m.", "1:27 a.m.", 87), Relation.NOT_COMPARABLE),
        (("The ferry left the port of Velm at 5:40 a.m.", "5:40 a.m.", 340),
         ("The ferry set off from Velm at 6:10 a.m.", "6:10 a.m.", 370), Relation.CONFLICT),  # one departure
        (("A barge slammed into the Velm bridge at 1:20 a.m.", "1:20 a.m.", 80),
         ("The Velm bridge collapsed at 1:27 a.m.", "1:27 a.m.", 87), Relation.CONFLICT),  # the incident both
    ],
)  # fmt: skip
def test_two_clock_times_contradict_only_where_they_time_one_happening(
    first: tuple[str, str, int], second: tuple[str, str, int], relation: Relation
) -> None:
    a, b = time_claim("a.md", *first, None), time_claim("b.md", *second, None)
    assert relate(a, b, SAME_DAY).relation is relation


def _share(source: str, sentence: str, written: str, value: float, unit: str = "%") -> Claim:
    return quantity_claim(
        source, sentence, written, lower=value, upper=value, counted="share of vote", written=written, unit=unit
    )


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        (("43.7 per cent", 43.7), ("43.69 per cent", 43.69), True),  # the same share to fewer decimals
        (("41.3%", 41.3), ("41.26%", 41.26), True),
        (("18%", 18.0), ("18.1%", 18.1), True),  # a whole share rounded
        (("43.5%", 43.5), ("43.7%", 43.7), False),  # as precise as each other, and different
        (("43.7%", 43.7), ("43.61%", 43.61), False),  # 43.61 is 43.6 rounded
        (("6%", 6.0), ("6.5%", 6.5), False),  # 6.5 rounds up, to 7
        (("6%", 6.0), ("5.5%", 5.5), True),
    ],
)
def test_a_figure_written_to_fewer_decimals_agrees_with_the_one_it_rounds(
    a: tuple[str, float], b: tuple[str, float], agree: bool
) -> None:
    left = _share("a.md", f"The Greens won {a[0]} of the vote.", a[0], a[1])
    right = _share("b.md", f"The Greens won {b[0]} of the vote.", b[0], b[1])
    verdict = relate(left, right, SAME_DAY)
    assert (verdict.relation is Relation.AGREE) is agree, verdict.reason


def test_a_whole_count_is_no_rounding_of_one_with_decimals() -> None:
    """ "2 million" is not "2.4 million" rounded: a whole count rounds only where it is a share."""
    a = count("a.md", "2 million people voted.", "voter", 2_000_000, 2_000_000, span="2 million")
    b = count("b.md", "2.4 million people voted.", "voter", 2_400_000, 2_400_000, span="2.4 million")
    assert relate(a, b, SAME_DAY).relation is Relation.CONFLICT


def test_how_fast_a_storm_moves_is_a_reading_of_its_hour() -> None:
    """A storm moving north at 9 mph in the morning and at 14 mph the next day: two readings, no conflict."""

    def speed(source: str, sentence: str, mph: float) -> Claim:
        kmh = mph * 1.609344
        return quantity_claim(
            source, sentence, f"{mph:g} mph", lower=kmh, upper=kmh, counted="speed", written=f"{mph:g} mph", unit="km/h"
        )

    a = speed("a.md", "Its center is currently moving north-northeast at 9 mph.", 9)
    b = speed("b.md", "Lorna was moving northeast at 14 mph, forecasters said.", 14)
    assert relate(a, b, SAME_DAY).relation is Relation.NOT_COMPARABLE
    train = speed("a.md", "The train was travelling at 60 mph.", 60)
    other = speed("b.md", "The train was going at 72 mph.", 72)
    assert relate(train, other, SAME_DAY).relation is Relation.CONFLICT  # no heading: one speed told two ways


def test_seats_and_votes_are_a_running_tally_only_in_a_story_of_several_holders() -> None:
    """An election's seats move as the count goes on and recounts revise it; a stadium's seats do not."""
    from factcheck.align import infer_holders

    undated = sources_by_path(make_source("a.md", None), make_source("b.md", None), make_source("c.md", None))
    greens = count("a.md", "The Greens won 170 seats.", "seat", 170, 170, span="170")
    also = count("b.md", "The Greens now hold 169 seats.", "seat", 169, 169, span="169")
    reds = count("c.md", "The Reds won 143 seats.", "seat", 143, 143, span="143")
    read = infer_holders([greens, also, reds])
    assert relate(read[0], read[1], undated).relation is Relation.NOT_COMPARABLE
    stadium = count("a.md", "The stadium has 35,000 seats.", "seat", 35_000, 35_000, span="35,000")
    other = count("b.md", "The stadium has 32,000 seats.", "seat", 32_000, 32_000, span="32,000")
    assert relate(stadium, other, undated).relation is Relation.CONFLICT


_NUMBER_WORDS = {"Twenty-five": 25.0, "Fifteen": 15.0, "Twelve": 12.0}


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        # a count told as how things still stand, or as changed: a reading of its moment
        ("Twenty-five communities are still cut off.", "More than 30 communities remain cut off.", None),
        ("The Bloc Vert is now down to 21 seats.", "The Bloc Vert has 22 seats.", None),
        ("Fifteen roads remain closed.", "Twelve roads remain closed.", None),
        # not "still" of another moment ("still on board when the fire broke out") nor "remains" as a noun
        ("The 90 passengers were still on board when the fire broke out.", "96 passengers were on board.", "x"),
        ("Crews recovered 12 sets of human remains.", "Crews recovered 14 sets of human remains.", "x"),
    ],
)
def test_a_count_told_as_how_things_still_stand_is_a_reading_of_its_moment(
    a: str, b: str, relation: str | None
) -> None:
    """Two readings of a count that changes, from reports of unknown date, are not set against each other."""
    undated = sources_by_path(make_source("a.md", None), make_source("b.md", None))

    def read(source: str, sentence: str) -> Claim:
        figure = re.search(r"\d+|Twenty-five|Fifteen|Twelve", sentence)
        assert figure is not None
        value = _NUMBER_WORDS.get(figure.group(0)) or float(figure.group(0))
        noun = next(w for w in ("seat", "road", "communit", "passenger", "set") if w in sentence)
        return count(source, sentence, noun, value, value, span=figure.group(0))

    verdict = relate(read("a.md", a), read("b.md", b), undated)
    expected = Relation.NOT_COMPARABLE if relation is None else Relation.CONFLICT
    assert verdict.relation is expected, verdict.reason


def test_days_of_clauses_that_give_magnitudes_a_whole_unit_apart_are_of_two_quakes() -> None:
    main = date_claim("a.md", "The quake, of magnitude 7.6, hit the coast on Monday.", "on Monday", "2024-01-01")
    later = date_claim("b.md", "A 5.4-magnitude earthquake hit the coast on Saturday.", "on Saturday", "2024-01-06")
    misdated = date_claim("c.md", "The 7.5-magnitude quake hit the coast on Tuesday.", "on Tuesday", "2024-01-02")
    assert relate(main, later, SAME_DAY).relation is Relation.NOT_COMPARABLE
    assert relate(main, misdated, SAME_DAY).relation is Relation.CONFLICT
