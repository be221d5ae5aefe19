"""General word lists: every country, demonym and capital, and office titles, read the same in any story."""

from __future__ import annotations

import pytest

from factcheck.extract.actors import ActorIndex, find_mentions, name_variants, names_learnt_from
from factcheck.extract.lexicon import country_named, country_of_form, demonyms, is_broad_place


@pytest.mark.parametrize(
    ("form", "country"),
    [
        ("Burmese", "Myanmar"),
        ("Peruvian", "Peru"),
        ("Kenyans", "Kenya"),
        ("Burma", "Myanmar"),
        ("Czechia", "Czech Republic"),
        ("U.A.E.", "United Arab Emirates"),
        ("Nepalese", "Nepal"),
    ],
)
def test_every_country_has_its_other_names(form: str, country: str) -> None:
    assert country_of_form()[form.lower()] == country


def test_demonyms_cover_every_country_that_has_one() -> None:
    table = demonyms()
    assert len(set(table.values())) > 200
    assert table["filipino"] == "Philippines"
    assert "Ecuador" in {table.get("ecuadorean"), table.get("ecuadorian")}


@pytest.mark.parametrize("place", ["Lima", "Nairobi", "Hanoi", "Chile", "South America", "the Kremlin", "Oceania"])
def test_countries_capitals_and_regions_are_too_broad_to_align_on(place: str) -> None:
    assert is_broad_place(place)


@pytest.mark.parametrize("place", ["Arequipa", "Mombasa", "Camp Mystic", "Anna Kovacs"])
def test_towns_and_people_are_specific(place: str) -> None:
    assert not is_broad_place(place)


def test_name_variants_join_a_country_and_its_demonym() -> None:
    assert {"peru", "peruvian"} <= name_variants("Peruvian")
    assert name_variants("Arequipa") == {"arequipa"}


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Fire Chief Anna Kovacs said the blaze was contained.", "Anna Kovacs", "fire chief"),
        ("Peruvian Interior Minister Rosa Quispe spoke.", "Rosa Quispe", "peruvian interior minister"),
        ("County Sheriff Tom Brandt gave the figure.", "Tom Brandt", "county sheriff"),
        ("Archbishop Miguel Sol led the service.", "Miguel Sol", "archbishop"),
    ],
)
def test_office_titles_are_split_from_names(text: str, name: str, title: str) -> None:
    [mention] = [m for m in find_mentions(text) if m.name == name]
    assert mention.title == title


def test_a_role_description_resolves_to_the_one_person_holding_the_office() -> None:
    sentences = [
        "Kenyan Foreign Minister Amina Odhiambo met Secretary of State Lena Park on Monday.",
        "Chilean President Carla Rojas spoke later.",
    ]
    index = ActorIndex.build(m for sentence in sentences for m in find_mentions(sentence))
    assert index.resolve_role("Kenya's top diplomat") == "Amina Odhiambo"
    assert index.resolve_role("the top U.S. diplomat") == "Lena Park"
    assert index.resolve_role("the Chilean leader") == "Carla Rojas"
    assert index.resolve_role("the French prime minister") is None  # nobody holds that office here


def test_a_bare_office_word_is_no_role_description() -> None:
    index = ActorIndex.build(find_mentions("Fire Chief Anna Kovacs gave the figure on Monday."))
    assert "Anna Kovacs" not in index.actors_in("A man was shot in the head near the station.")
    assert "Anna Kovacs" not in index.actors_in("The chief executive of the utility resigned.")


@pytest.mark.parametrize(
    ("demonym", "country"),
    [("norwegian", "Norway"), ("chinese", "China"), ("french", "France"), ("american", "United States")],
)
def test_a_demonym_territories_share_stands_for_the_country_most_who_bear_it_belong_to(
    demonym: str, country: str
) -> None:
    """Svalbard, Macau, Saint Pierre and Miquelon and the Northern Mariana Islands list these demonyms too."""
    assert demonyms()[demonym] == country
    assert country_named(demonym.title()) == country


@pytest.mark.parametrize(
    ("sentence", "named"),
    [
        (
            "She travelled with Brother-in-law Tomas Varga and Sister Ilona.",
            [("Tomas Varga", "brother-in-law"), ("Ilona", "sister")],
        ),
        ("Her stepfather Piet Olsen said so.", [("Piet Olsen", "")]),  # lower-case kin is no part of the capitals
    ],
)
def test_a_kinship_word_before_a_name_is_no_part_of_it(sentence: str, named: list[tuple[str, str]]) -> None:
    assert [(m.name, m.title) for m in find_mentions(sentence)] == named


@pytest.mark.parametrize(
    ("learnt", "alone", "place"),
    [
        ("Aid reached Neighbouring Ecuador by road.", "Ecuador", "Ecuador"),  # a country
        ("Officers of the International Relief Committee Peru arrived.", "Peru", "Peru"),
        ("Crews left Northern Queensland at dawn.", "Queensland", "Queensland"),  # a first-level division
        ("Troops held Occupied Trinidad for a week.", "Trinidad", "Trinidad"),  # a part of "Trinidad and Tobago"
    ],
)
def test_a_place_named_alone_is_that_place_not_a_longer_name_ending_in_it(learnt: str, alone: str, place: str) -> None:
    index = ActorIndex.build(find_mentions(learnt))
    assert index.actors_in(f"heavy rain fell in {alone} on Monday.") == (place,)


def test_a_family_name_still_stands_for_the_one_person_who_bears_it() -> None:
    index = ActorIndex.build(find_mentions("Fire Chief Anna Kovacs gave the figure on Monday."))
    assert index.actors_in("Kovacs said crews were still at work.") == ("Anna Kovacs",)


def test_a_title_case_headline_teaches_no_full_names() -> None:
    sentences = ["Flooding Strikes Valdora: Families Count Their Losses", "Rain fell on Valdora all night."]
    index = ActorIndex.build(m for s in sentences for m in names_learnt_from(s))
    assert index.actors_in("by noon crews reached Valdora.") == ("Valdora",)
    learnt = ActorIndex.build(names_learnt_from("Mayor Ines Duarte of Valdora spoke at noon."))
    assert learnt.actors_in("Duarte said the water fell.") == ("Ines Duarte",)
