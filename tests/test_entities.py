"""Named entities in a draft that no source names are unsupported; countries match their demonyms."""

from __future__ import annotations

import pytest
from builders import HashingEmbedder, WriteArticle

from factcheck.extract.actors import find_mentions, name_variants
from factcheck.ingest import read_source
from factcheck.models import FieldName, Verdict
from factcheck.pipeline import check_sources

SOURCE = (
    "Activists in London poured yellow and blue paint outside the Russian embassy on Thursday, "
    "and British police arrested four people, the Metropolitan Police said."
)


def unnamed(write_article: WriteArticle, fake_embedder: HashingEmbedder, draft: str) -> list[str]:
    source = read_source(write_article("source.md", SOURCE))
    report = check_sources(read_source(write_article("draft.md", draft)), [source], embedder=fake_embedder)
    return [
        f.claims[0].value for f in report.findings if f.field is FieldName.ENTITY and f.verdict is Verdict.UNSUPPORTED
    ]


@pytest.mark.parametrize(
    ("draft", "expected"),
    [
        ("U.K. activists poured paint outside the Russian embassy in London.", []),  # U.K. = British
        ("Activists poured paint outside the Russian embassy in Moscow.", ["Moscow"]),
        ("Activists poured paint outside the Mexican embassy in London.", ["Mexico"]),  # a demonym names its country
        ("Editor's note: activists poured paint outside the Russian embassy.", []),  # a sentence opener, no name
        ("Police arrested four people, the Metropolitan Police said.", []),
    ],
)
def test_names_no_source_uses_are_unsupported(
    write_article: WriteArticle, fake_embedder: HashingEmbedder, draft: str, expected: list[str]
) -> None:
    assert unnamed(write_article, fake_embedder, draft) == expected


def test_country_names_include_demonyms() -> None:
    assert {"british", "u.k.", "united kingdom"} <= name_variants("U.K")
    assert name_variants("Moderna") == {"moderna"}


def test_entities_are_never_unique_in_compare(write_article: WriteArticle, fake_embedder: HashingEmbedder) -> None:
    from factcheck.pipeline import compare_sources

    a = read_source(write_article("a.md", SOURCE))
    b = read_source(write_article("b.md", "Six people were killed in Kyiv on Monday, officials said."))
    report = compare_sources([a, b], embedder=fake_embedder)
    assert all(f.field is not FieldName.ENTITY for f in report.findings)


def test_clock_abbreviations_are_not_actors() -> None:
    from factcheck.extract.actors import find_mentions

    assert [m.name for m in find_mentions("It struck at 1:30 PM on Tuesday, about 09:30 GMT.")] == []


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Among the dead was Sarah Marsh of Alabama, a camper.", ["Sarah Marsh"]),
        ("Bishop Tomas Ruiz of Valdoria said a prayer.", ["Tomas Ruiz"]),
        ("Bank of America and the University of Texas said so.", ["Bank of America", "University of Texas"]),
    ],
)
def test_a_person_from_a_place_is_named_without_the_place(sentence: str, names: list[str]) -> None:
    assert [m.name for m in find_mentions(sentence)] == names


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # a kind of person opening a sentence before a full name says who the person is
        ("Survivor Rahima Begum, 43, said the captain was not at fault.", ["Rahima Begum"]),
        ("Witness Jorge Alvarez Pena saw the blast.", ["Jorge Alvarez Pena"]),
        ("Hunter Biden said no.", ["Hunter Biden"]),  # a given name that is also such a word
        ("The crew thanked Survivor Rahima Begum.", ["Survivor Rahima Begum"]),  # not opening a sentence
        ("Catholic Relief Services said the camp was full.", ["Catholic Relief Services"]),  # an adjective
        ("Guardian Media Group said it would appeal.", ["Guardian Media Group"]),  # a body's name
    ],
)
def test_a_kind_of_person_before_a_name_is_no_part_of_it(sentence: str, names: list[str]) -> None:
    assert [m.name for m in find_mentions(sentence)] == names


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("they gathered outside the Lisbon Peruvian consulate on Friday.", ["Lisbon"]),
        ("members of the Nairobi Chilean community held a vigil.", ["Nairobi"]),
        ("Maria English said the consulate was closed.", ["Maria English"]),  # no place before the demonym
        ("they dined at the Lisbon Peruvian, a restaurant.", ["Lisbon Peruvian"]),  # it qualifies no word after it
        ("he met Georgia French yesterday.", ["Georgia French"]),  # a word that is also an adverb
        ("in the end the Nairobi Chilean said nothing.", ["Nairobi Chilean"]),  # a verb, not a noun, after it
    ],
)
def test_a_place_then_a_demonym_is_the_place(sentence: str, names: list[str]) -> None:
    assert [m.name for m in find_mentions(sentence)] == names


def test_a_draft_that_moves_an_embassy_to_another_city_names_that_city(
    write_article: WriteArticle, fake_embedder: HashingEmbedder
) -> None:
    draft = "U.K. activists poured paint outside the Oslo Russian embassy."
    assert unnamed(write_article, fake_embedder, draft) == ["Oslo"]


@pytest.mark.parametrize(
    ("sentence", "name", "title"),
    [
        ("Lt Arun Mehra was among the dead.", "Arun Mehra", "lt"),
        ("Sgt Jane Ollen said the road was closed.", "Jane Ollen", "sgt"),
        ("Lt. Arun Mehra was among the dead.", "Arun Mehra", "lt."),
    ],
)
def test_a_title_abbreviated_without_its_full_stop_is_a_title(sentence: str, name: str, title: str) -> None:
    [mention] = find_mentions(sentence)
    assert (mention.name, mention.title) == (name, title)


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Nobody had been threatened during the raid.", []),
        ("Several were arrested in Lyon.", ["Lyon"]),
        ("Everyone at the Orsay Museum was evacuated.", ["Orsay Museum"]),
    ],
)
def test_an_indefinite_pronoun_opening_a_sentence_is_no_actor(sentence: str, names: list[str]) -> None:
    assert [m.name for m in find_mentions(sentence)] == names


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Using two grinders, the thieves cut through a window in Velmora.", ["Velmora"]),
        ("Crested at 9.4 metres at dawn, the Orrin River broke its record.", ["Orrin River"]),
        ("Speaking to reporters, Mayor Ilse Haugen said the bridge would stay shut.", ["Ilse Haugen"]),
        ("Condemning Bolivia, the minister recalled her envoy.", ["Bolivia"]),
        ("Criticizing Okafor, the minister said the talks were over.", ["Okafor"]),
        ("Manning resigned on Tuesday.", ["Manning"]),
        ("Following the blast, Corvell closed its port.", ["Corvell"]),
        ("Armed police arrived at the Kessler plant.", ["Kessler"]),
        # a surname of a participle's shape before its verb, and a name that is no participle, stay names
        ("Manning said the fire was out.", ["Manning"]),
        ("Browning told reporters the dam held.", ["Browning"]),
        ("Fed officials said rates would hold.", ["Fed"]),
        ("United Nations officials and Associated Press reporters arrived.", ["United Nations", "Associated Press"]),
        ("Manning, 34, was charged with murder.", ["Manning"]),
        ("Manning and Okafor met on Tuesday.", ["Manning", "Okafor"]),
        ("Downing Street said the minister would stay.", ["Downing Street"]),
        ("Bowling Green police arrested a man.", ["Bowling Green"]),
        ("Loving County officials said the road was shut.", ["Loving County"]),
        ("Reading Council said the library was closed.", ["Reading Council"]),
    ],
)
def test_a_sentence_opening_participle_is_no_name(sentence: str, names: list[str]) -> None:
    assert [m.name for m in find_mentions(sentence)] == names
