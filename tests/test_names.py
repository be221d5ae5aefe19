"""Names across sources: one person's name spelled two ways, one person given two kinds of one office."""

from __future__ import annotations

import pytest
from builders import make_claim, quantity_claim

from factcheck.models import Claim, FieldName, Verdict
from factcheck.names import _offices_clash, looks_like_person, name_findings, office_of, spelling_variants


@pytest.mark.parametrize(
    ("a", "b", "variants"),
    [
        ("Delphine Ardrey", "Delhpine Ardrey", True),
        ("Tomas Hallek", "Tomas Hallec", True),
        ("Karl Vennet", "Karll Vennet", True),
        ("Ravi Osterlund", "Helga Osterlund", False),  # two people of one family
        ("Mark Smith", "Mary Smith", False),
        ("Alan Brooks", "Alana Brooks", False),
        ("Cedar Fire", "Cedar Fires", False),  # a place or an event, not a person
        ("World Health Organization", "World Health Organisation", False),
        ("Los Angeles", "Los Angelesfor", False),  # two words run together in the page
        ("Southeast Asia", "Southeast Asian", False),
        ("Lam Suk-yin", "Lam Shuk-yin", True),  # a romanised given name spelled two ways
        ("Marie-Claire Dubois", "Marie-Claire Dubios", True),
        ("Lam Suk-yin", "Lam Ka-wing", False),  # two people of one family
        ("Indian-controlled Kashmir", "India-controlled Kashmir", False),  # an adjective, not a given name
    ],
)
def test_one_persons_name_spelled_two_ways(a: str, b: str, variants: bool) -> None:
    assert spelling_variants(a, b) is variants


@pytest.mark.parametrize(
    ("first", "second", "clash"),
    [
        ("Police Chief", "Fire Chief", True),
        ("Lt Commander", "Lieutenant", True),  # a compound rank is another rank than its first word
        ("Lt Cdr", "Lieutenant Commander", False),
        ("Capt", "Captain", False),
        ("Lieutenant Governor", "Governor", True),
        ("Vice President", "President", True),
        ("Major General", "General", True),
        ("Police Chief", "Chief", False),  # one leaves a word out
        ("Texas Gov.", "Governor", False),
        ("junta chief", "Senior General", False),  # a post and a rank can both be true
        ("former Interior Minister", "Interior Minister", False),
    ],
)
def test_one_person_given_two_kinds_of_one_office(first: str, second: str, clash: bool) -> None:
    assert _offices_clash(office_of(first), office_of(second)) is clash


def entity(source: str, sentence: str, written: str, name: str, title: str | None = None):  # type: ignore[no-untyped-def]
    return make_claim(source, sentence, written, FieldName.ENTITY, entity=name, title=title)


def test_name_findings_point_at_each_spelling_and_office() -> None:
    claims = [
        entity("a.md", "Delphine Ardrey, 76, died.", "Delphine Ardrey", "Delphine Ardrey"),
        entity("b.md", "Delhpine Ardrey was among the dead.", "Delhpine Ardrey", "Delhpine Ardrey"),
        entity("a.md", "Police Chief Lena Ortiz spoke.", "Police Chief Lena Ortiz", "Lena Ortiz", "police chief"),
        entity("b.md", "Fire Chief Lena Ortiz spoke.", "Fire Chief Lena Ortiz", "Lena Ortiz", "fire chief"),
    ]
    findings = name_findings(claims)
    assert [f.reason for f in findings] == [
        "name spelled Delhpine Ardrey vs Delphine Ardrey",
        "Lena Ortiz's title given as fire chief vs police chief",
    ]
    assert all(f.verdict is Verdict.CONTRADICTION and f.conflicts == ((0, 1),) for f in findings)
    assert [c.text for c in findings[0].claims] == ["Delphine Ardrey", "Delhpine Ardrey"]


def ortiz(source: str, title: str, opening: str = "") -> Claim:
    """A mention of Lena Ortiz under a title: "Fire Chief Lena Ortiz"."""
    written = f"{title.title()} Lena Ortiz"
    mention: Claim = entity(source, f"{opening}{written} spoke.", written, "Lena Ortiz", title)
    return mention


def test_a_title_with_its_abbreviation_stopped_or_not_is_one_title() -> None:
    """ "Prime Minister Dr Lena Ortiz" and "Prime Minister Dr. Lena Ortiz": one title, written two ways."""
    claims = [ortiz("a.md", "prime minister dr"), ortiz("b.md", "prime minister dr."), ortiz("c.md", "prime minister")]
    assert name_findings(claims) == []


def test_a_title_finding_names_only_the_offices_that_clash() -> None:
    """ "Chief" leaves a word out of "Fire Chief" and clashes with nothing: the reason names fire and police chief."""
    claims = [ortiz("a.md", "chief"), ortiz("b.md", "fire chief"), ortiz("c.md", "police chief")]
    [finding] = name_findings(claims)
    assert finding.reason == "Lena Ortiz's title given as fire chief vs police chief"
    assert len(finding.claims) == 3


def test_a_given_name_that_only_looks_like_another_is_one_persons_when_both_hold_one_office() -> None:
    claims = [
        entity(
            "a.md",
            "Health Minister Marta Kovic spoke.",
            "Health Minister Marta Kovic",
            "Marta Kovic",
            "health minister",
        ),
        entity(
            "b.md",
            "Health Minister Marti Kovic spoke.",
            "Health Minister Marti Kovic",
            "Marti Kovic",
            "health minister",
        ),
        entity("a.md", "Dana Ilves arrived.", "Dana Ilves", "Dana Ilves"),
        entity("b.md", "Danae Ilves arrived.", "Danae Ilves", "Danae Ilves"),
    ]
    [finding] = name_findings(claims)
    assert finding.reason == "name spelled Marta Kovic vs Marti Kovic"
    assert finding.conflicts == ((0, 1),)


def test_a_family_name_a_letter_off_is_one_persons_when_both_hold_one_office() -> None:
    claims = [
        entity("a.md", "First Officer Alen Mordak flew.", "First Officer Alen Mordak", "Alen Mordak", "first officer"),
        entity("b.md", "First Officer Alen Fordak flew.", "First Officer Alen Fordak", "Alen Fordak", "first officer"),
        entity("a.md", "Petra Halvik arrived.", "Petra Halvik", "Petra Halvik"),  # no office: two people, maybe
        entity("b.md", "Petra Balvik arrived.", "Petra Balvik", "Petra Balvik"),
    ]
    [finding] = name_findings(claims)
    assert finding.reason == "name spelled Alen Fordak vs Alen Mordak"
    # two officers one article names side by side are two people
    both = "Sgt. Alen Mordak and Sgt. Alen Fordak flew."
    claims[1] = entity("a.md", both, "Alen Fordak", "Alen Fordak", "first officer")
    assert name_findings(claims) == []


def test_name_findings_show_each_use_of_a_spelling_or_title_up_to_a_few() -> None:
    claims = [ortiz("a.md", "police chief"), ortiz("a.md", "police chief", "Later "), ortiz("b.md", "fire chief")]
    [finding] = name_findings(claims)
    assert len(finding.claims) == 3
    assert finding.conflicts == ((0, 2), (1, 2))


@pytest.mark.parametrize("name", ["Railway Safety", "Railways Safety", "Homeland Security", "Foreign Affairs"])
def test_what_an_office_is_for_is_no_persons_name(name: str) -> None:
    """ "The Commissioner of Railway Safety" and "of Railways Safety" are no one's name spelled two ways."""
    assert not looks_like_person(name)


@pytest.mark.parametrize(
    ("name", "person"),
    [("Red Electricity", False), ("Velmar Aviation", False), ("Verity Clement", True), ("Eliot Ness", True)],
)
def test_a_name_with_an_abstract_noun_is_no_persons(name: str, person: bool) -> None:
    """ "Red Electrica" and "Red Electricity" are a company's name spelled two ways, not a person's."""
    assert looks_like_person(name) is person


def test_a_family_name_a_letter_off_is_one_persons_when_both_are_given_one_age() -> None:
    def age(source: str, sentence: str, name: str, years: int) -> Claim:
        return quantity_claim(
            source,
            sentence,
            f"{years}",
            lower=years,
            upper=years,
            counted=f"age of {name}",
            written=f"{years}",
            unit="years",
        )

    claims = [
        entity("a.md", "Tomas Bielik, 31, was found.", "Tomas Bielik", "Tomas Bielik"),
        age("a.md", "Tomas Bielik, 31, was found.", "tomas bielik", 31),
        entity("b.md", "Tomas Fielik, 31, was found.", "Tomas Fielik", "Tomas Fielik"),
        age("b.md", "Tomas Fielik, 31, was found.", "tomas fielik", 31),
    ]
    [finding] = name_findings(claims)
    assert finding.reason == "name spelled Tomas Bielik vs Tomas Fielik"
    claims[3] = age("b.md", "Tomas Fielik, 58, was found.", "tomas fielik", 58)  # two ages: two people, maybe
    assert name_findings(claims) == []
    # twins of one age named side by side are two people
    twins = "Daniel Ortiz, 24, and his twin Daniela Ortiz, 24, were found."
    names = ("Daniel Ortiz", "Daniela Ortiz")
    claims = [
        *(entity(source, twins, name, name) for source in ("a.md", "b.md") for name in names),
        *(age(source, twins, name.lower(), 24) for source in ("a.md", "b.md") for name in names),
    ]
    assert name_findings(claims) == []


def test_a_family_name_told_alone_is_no_spelling_of_the_full_name_it_was_resolved_to() -> None:
    """A source that writes "Tomas Bielik, 31" and later "Fielik's body", resolved to the "Tomas Fielik" of another
    source, spells only "Bielik": the two spellings are still told apart, one in each source."""

    def age(source: str, sentence: str, name: str) -> Claim:
        return quantity_claim(
            source, sentence, "31", lower=31, upper=31, counted=f"age of {name}", written="31", unit="years"
        )

    later = "Crews pulled Fielik’s body from the river."
    claims = [
        entity("a.md", "Tomas Bielik, 31, was found.", "Tomas Bielik", "Tomas Bielik"),
        age("a.md", "Tomas Bielik, 31, was found.", "tomas bielik"),
        entity("a.md", later, "Fielik’s", "Tomas Fielik"),
        entity("b.md", "Tomas Fielik, 31, was found.", "Tomas Fielik", "Tomas Fielik"),
        age("b.md", "Tomas Fielik, 31, was found.", "tomas fielik"),
    ]
    [finding] = name_findings(claims)
    assert finding.reason == "name spelled Tomas Bielik vs Tomas Fielik"
    assert all(claim.text != "Fielik’s" for claim in finding.claims)


def test_a_name_written_with_and_without_its_accents_is_one_spelling() -> None:
    assert looks_like_person("Iñaki Martínez")
    claims = [
        entity("a.md", "Iñaki Martínez arrived.", "Iñaki Martínez", "Iñaki Martínez"),
        entity("b.md", "Inaki Martinez arrived.", "Inaki Martinez", "Inaki Martinez"),
        entity("c.md", "Iñaki Martinez arrived.", "Iñaki Martinez", "Iñaki Martinez"),
    ]
    assert name_findings(claims) == []
    claims.append(entity("d.md", "Iñaki Martínes arrived.", "Iñaki Martínes", "Iñaki Martínes"))
    [finding] = name_findings(claims)
    assert "Iñaki Martínes" in finding.reason


def test_the_names_of_places_and_days_in_two_spellings_are_no_persons_misspelt() -> None:
    """National spellings of a region and transliterations of a day's name are not errors; a person's still is."""
    places = [
        entity("a.md", "Two died in Castilla-La Mancha.", "Castilla-La Mancha", "Castilla-La Mancha"),
        entity("b.md", "Two died in Castile-La Mancha.", "Castile-La Mancha", "Castile-La Mancha"),
    ]
    days = [
        entity("a.md", "Crowds gathered during the Mauni Amavasya.", "Mauni Amavasya", "Mauni Amavasya"),
        entity("b.md", "Many died on Mouni Amavasya.", "Mouni Amavasya", "Mouni Amavasya"),
    ]
    assert name_findings(places) == []
    assert name_findings(days) == []
    people = [
        entity("a.md", "Crowds cheered Delphine Ardrey.", "Delphine Ardrey", "Delphine Ardrey"),
        entity("b.md", "Many cheered Delhpine Ardrey.", "Delhpine Ardrey", "Delhpine Ardrey"),
    ]
    assert len(name_findings(people)) == 1


@pytest.mark.parametrize("name", ["Ishikawa Prefectural", "Velm Provincial", "Tarn Municipal", "Orra Metropolitan"])
def test_the_words_of_administrative_bodies_are_no_persons_name(name: str) -> None:
    assert not looks_like_person(name)


def test_a_persons_name_after_the_or_during_with_a_possessive_or_noun_after_it_is_still_a_persons() -> None:
    people = [
        entity("a.md", "Crowds gathered during Delphine Ardrey's funeral.", "Delphine Ardrey", "Delphine Ardrey"),
        entity("b.md", "Many cheered Delhpine Ardrey.", "Delhpine Ardrey", "Delhpine Ardrey"),
    ]
    assert len(name_findings(people)) == 1
