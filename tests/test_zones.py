"""Clock zones: a time on universal time against one on a country's clock."""

from __future__ import annotations

import datetime as dt

import pytest
from builders import make_source, time_claim

from factcheck.compare import Relation, relate
from factcheck.extract.zones import article_country, country_in, utc_offset


@pytest.mark.parametrize(
    ("zone", "sentence", "day", "offset"),
    [
        ("CDT", "Sirens sounded.", None, -300),  # an abbreviation says its offset, summer time included
        ("UTC+5:30", "Sirens sounded.", None, 330),
        ("GMT-3", "Sirens sounded.", None, -180),
        ("local time", "The quake struck Nepal at noon local time.", None, 345),  # one zone, no summer time
        ("local time", "The quake struck near Pokhara at noon.", None, None),  # a town: no country named
        ("local time", "The blast hit Lyon, France, at noon.", dt.date(2025, 7, 1), 120),  # summer time that day
        ("local time", "The blast hit Lyon, France, at noon.", dt.date(2025, 1, 10), 60),
        ("local time", "The blast hit Lyon, France, at noon.", None, None),  # the day decides, and is unknown
        ("local time", "Tremors reached Nepal and India at noon.", None, None),  # two countries
        ("local time", "Storms hit Texas at noon.", dt.date(2025, 7, 4), None),  # a country of several zones
        ("Berlin time", "Sirens sounded.", dt.date(2025, 1, 10), 60),  # a capital's time
        (None, "The quake struck Bagmati Province at noon.", None, 345),  # a first-level division
        ("local time", "Greece's coast guard said it sank at noon.", dt.date(2025, 6, 10), 180),  # a possessive
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


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Police in Porto said the thieves fled. Portugal's minister spoke. A Portuguese museum was hit.", "PT"),
        ("Police in Porto said the thieves fled.", None),  # named once: not yet what the article is about
        ("Guards in Chile and Peru said so. Chile and Peru closed borders.", None),  # two countries alike
        ("Trekkers call the valley mini Switzerland. Nepal's police said Nepal closed it. Nepalese guides", "NP"),
        ("the guards said so at noon", None),
    ],
)
def test_article_country_is_the_one_named_most(text: str, code: str | None) -> None:
    assert article_country(text) == code


_GREEK_STORY = (
    "Thieves hit a museum in Thessaloniki, Greece's police said. Greek officers searched the city. "
    "The thieves broke in at 10:15."
)


@pytest.mark.parametrize(
    ("universal", "relation"),
    [
        ("07:15", Relation.AGREE),  # 10:15 on Greece's summer clock is 07:15 UTC
        ("10:15", Relation.CONFLICT),
    ],
)
def test_a_local_time_its_sentence_does_not_place_is_read_on_its_articles_country(
    universal: str, relation: Relation
) -> None:
    story = make_source("a.md", "2025-06-10").model_copy(update={"text": _GREEK_STORY})
    sources = {"a.md": story, "b.md": make_source("b.md", "2025-06-10")}
    hours, minutes = map(int, universal.split(":"))
    said = f"{universal} GMT"
    utc = time_claim("b.md", f"The thieves broke in at {said}.", said, hours * 60 + minutes, "GMT")
    here = time_claim("a.md", "The thieves broke in at 10:15.", "10:15", 10 * 60 + 15, None)
    assert relate(utc, here, sources).relation is relation


def test_a_sentence_of_two_countries_keeps_its_local_time_unplaced() -> None:
    story = make_source("a.md", "2025-06-10").model_copy(update={"text": _GREEK_STORY})
    sources = {"a.md": story, "b.md": make_source("b.md", "2025-06-10")}
    utc = time_claim("b.md", "The thieves broke in at 07:15 GMT.", "07:15 GMT", 7 * 60 + 15, "GMT")
    sentence = "The call between Spain and Morocco began at 10:15."
    here = time_claim("a.md", sentence, "10:15", 10 * 60 + 15, None)
    assert relate(utc, here, sources).relation is Relation.NOT_COMPARABLE
