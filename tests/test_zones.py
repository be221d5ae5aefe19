"""Clock zones: a time on universal time against one on a country's clock."""

from __future__ import annotations

import datetime as dt

import pytest
from builders import make_source, time_claim

from factcheck.compare import Relation, relate
from factcheck.extract.zones import country_in, utc_offset


@pytest.mark.parametrize(
    ("zone", "sentence", "day", "offset"),
    [
        ("CDT", "Sirens sounded.", None, -300),  # an abbreviation says its offset, summer time included
        ("WITA", "Sirens sounded.", None, 480),  # any the zone database writes: central Indonesia's clock
        ("SAST", "Sirens sounded.", None, 120),
        ("EAT", "Sirens sounded.", None, 180),
        ("PST", "Sirens sounded.", None, -480),  # of two clocks (also the Philippines'): the one news most means
        ("UTC+5:30", "Sirens sounded.", None, 330),
        ("GMT-3", "Sirens sounded.", None, -180),
        ("IST", "Sirens sounded.", None, 330),  # India's, as English-language news most often means it
        ("IST", "A rocket struck Haifa, Israel, on Monday.", None, None),  # Israel's: not India's
        ("GMT +4.30", "Sirens sounded.", None, 270),  # as some agencies write it
        ("Hawaii time", "Sirens sounded.", dt.date(2025, 7, 29), -600),  # a region the zone database names
        ("Alaska time", "Sirens sounded.", dt.date(2025, 7, 29), -480),  # its zone for most of it
        ("Texas time", "Sirens sounded.", dt.date(2025, 7, 29), None),  # a state of several zones
        ("Pacific time", "Sirens sounded.", dt.date(2025, 7, 29), -420),  # North America's clocks by name
        ("Eastern time", "Sirens sounded.", dt.date(2025, 1, 29), -300),
        ("(UTC+04:30)", "Sirens sounded.", None, 270),
        ("local time", "The quake struck Nepal at noon local time.", None, 345),  # one zone, no summer time
        ("local time", "The quake struck near Pokhara at noon.", None, None),  # a town: no country named
        ("local time", "The blast hit Lyon, France, at noon.", dt.date(2025, 7, 1), 120),  # summer time that day
        ("local time", "The blast hit Lyon, France, at noon.", dt.date(2025, 1, 10), 60),
        ("local time", "The blast hit Lyon, France, at noon.", None, None),  # the day decides, and is unknown
        ("local time", "Tremors reached Nepal and India at noon.", None, None),  # two countries
        ("local time", "Storms hit Texas at noon.", dt.date(2025, 7, 4), None),  # a country of several zones
        ("Berlin time", "Sirens sounded.", dt.date(2025, 1, 10), 60),  # a capital's time
        (None, "The quake struck Bagmati Province at noon.", None, 345),  # a first-level division
    ],
)
def test_utc_offset(zone: str | None, sentence: str, day: dt.date | None, offset: int | None) -> None:
    assert utc_offset(zone, sentence, day) == offset


def test_only_capitalised_names_place_a_clock() -> None:
    assert country_in("they told us at noon") is None


@pytest.mark.parametrize(
    ("local", "minutes", "relation"),
    [
        ("11:56 a.m.", 11 * 60 + 56, Relation.AGREE),  # 06:11 UTC is 11:56 in Nepal
        ("12:10 p.m.", 12 * 60 + 10, Relation.CONFLICT),
    ],
)
def test_universal_time_meets_a_countrys_clock(local: str, minutes: int, relation: Relation) -> None:
    sources = {"a.md": make_source("a.md"), "b.md": make_source("b.md")}
    utc = time_claim("a.md", "The quake struck at 06:11 UTC.", "06:11 UTC", 6 * 60 + 11, "UTC")
    said = f"{local} local time"
    here = time_claim("b.md", f"The quake struck Nepal at {said}.", said, minutes, "local time")
    verdict = relate(utc, here, sources)
    assert verdict.relation is relation
    assert "universal time" in verdict.reason


def test_a_local_time_of_no_known_country_stays_apart_from_universal_time() -> None:
    sources = {"a.md": make_source("a.md"), "b.md": make_source("b.md")}
    utc = time_claim("a.md", "The quake struck at 06:11 UTC.", "06:11 UTC", 6 * 60 + 11, "UTC")
    here = time_claim("b.md", "The quake struck at 9:10 a.m. local time.", "9:10 a.m. local time", 550, "local time")
    assert relate(utc, here, sources).relation is Relation.NOT_COMPARABLE


def test_a_time_in_any_zone_of_the_database_is_read_with_its_zone() -> None:
    """ "12:16 a.m. WITA" and "11:16 p.m. WIB" are one moment on two of Indonesia's clocks."""
    from factcheck.extract.dates import extract_times

    [wita] = extract_times("The ferry sent a distress call at 12:16 a.m. WITA on Thursday.")
    [wib] = extract_times("The ferry sent a distress call at 11:16 p.m. WIB on Wednesday.")
    assert (wita.time.zone, wib.time.zone) == ("WITA", "WIB")
    assert utc_offset(wita.time.zone, "", None) == 480 and utc_offset(wib.time.zone, "", None) == 420


@pytest.mark.parametrize(
    ("text", "dateline", "country"),
    [
        ("LIMA, Peru (AP) - A bus fell.\nOfficials in Chile and Bolivia sent help.", "LIMA, Peru (AP)", "PE"),
        ("The bus fell near Cusco. Peru's police said Peruvian crews and Chile's envoy arrived in Lima.", "", "PE"),
        ("Peru and Chile sent crews. Chile and Peru agreed.", "", None),  # no country takes most mentions
        ("The Coast Guard said the Coast Guard cutter arrived.", "", None),  # a word that names a division elsewhere
        ("Waves reached South America. Crews in South America waited.", "", None),  # a continent's part
        ("Quakes shook Russia's Far East. Russia's agency said so.", "", "RU"),
        ("A bus overturned near Orlin, South Africa. South African police said so.", "", "ZA"),  # a country
        # a country's or a capital's name that is also another country's state names neither
        ("A tornado struck Orlinville in Georgia. Georgia officials said so.", "", None),
        ("Victoria's emergency agency said Victoria's roads were shut.", "", None),
        # a headline naming one people decides nothing
        (
            "Peruvian climbers die in avalanche\nThe avalanche struck near Orlin in Bolivia. Bolivia's police and "
            "Bolivian guides searched.",
            "",
            "BO",
        ),
    ],
)
def test_the_country_an_article_is_about(text: str, dateline: str, country: str | None) -> None:
    from factcheck.extract.zones import article_country

    assert article_country(text, dateline) == country


def test_local_time_is_the_story_countrys_only_where_its_sentence_names_no_other_place() -> None:
    """ "departed Frankfurt at 10:05 a.m. local time" in a story about Turkey is Frankfurt's clock, unknown."""
    assert utc_offset("local time", "The jet crashed at 10:05 a.m. local time on Tuesday.", None, "TR") == 180
    assert utc_offset("local time", "Takeoff Time: 1:39 PM local time", None, "IN") == 330
    assert utc_offset("local time", "The flight departed Frankfurt at 10:05 a.m. local time.", None, "TR") is None


def test_local_time_of_a_sentence_naming_no_country_is_read_on_the_storys_country() -> None:
    """ "9:10 a.m. local time" in a story about Nepal is Nepal's clock; in a story about no one country it is none."""
    from factcheck.extract.zones import with_countries

    about_nepal = "KATHMANDU, Nepal - A quake struck.\nNepal's army said rescuers reached Gorkha."
    utc = time_claim("a.md", "The quake struck at 03:25 UTC.", "03:25 UTC", 3 * 60 + 25, "UTC")
    said = "9:10 a.m. local time"
    here = time_claim("b.md", f"The quake struck at {said}.", said, 9 * 60 + 10, "local time")
    sources = [make_source("a.md").model_copy(update={"text": about_nepal}), make_source("b.md")]
    sources[1] = sources[1].model_copy(update={"text": about_nepal})
    by_path = {s.path: s for s in with_countries(sources)}
    assert {s.country for s in by_path.values()} == {"NP"}
    assert relate(utc, here, by_path).relation is Relation.AGREE  # 03:25 UTC is 9:10 in Nepal
    elsewhere = [sources[0], sources[1].model_copy(update={"text": "Bolivia and Peru sent crews. Peru said so."})]
    by_path = {s.path: s for s in with_countries(elsewhere)}
    assert relate(utc, here, by_path).relation is Relation.NOT_COMPARABLE  # one article about Nepal makes no story's


def test_a_local_time_with_its_conversion_meets_a_named_zone_on_universal_time() -> None:
    """ "1:39 PM local time (08:09 UTC)" against "13:08 IST": 08:09 and 07:38 on universal time, a conflict."""
    sources = {"a.md": make_source("a.md"), "b.md": make_source("b.md")}
    said = "1:39 PM local time"
    local = time_claim("a.md", f"Takeoff was at {said} (08:09 UTC).", said, 13 * 60 + 39, "local")
    assert local.time is not None
    local = local.model_copy(update={"time": local.time.model_copy(update={"utc_offset": 330})})
    ist = time_claim("b.md", "Takeoff was at 13:08 IST.", "13:08 IST", 13 * 60 + 8, "IST")
    verdict = relate(local, ist, sources)
    assert verdict.relation is Relation.CONFLICT
    assert "universal time" in verdict.reason
