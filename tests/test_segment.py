"""Sentences with offsets that point at their text, paragraph by paragraph."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from builders import WriteArticle
from hypothesis import given
from hypothesis import strategies as st

from factcheck.ingest import read_source
from factcheck.segment import _segmenter, _segments, paragraphs, split_sentences

PARAGRAPH = (
    "A U.S. envoy arrived in Kyiv on Oct. 22, two days after the strike. "
    "Air raid sirens stopped at 4 p.m. local time, officials said. "
    '"We will rebuild every home," Mayor Vitali Klitschko said. '
    "Rescue work went on into the night."
)


def test_sentences_point_at_their_text(write_article: WriteArticle) -> None:
    source = read_source(write_article("a.md", PARAGRAPH))
    sentences = split_sentences(source)
    assert [s.text for s in sentences] == [
        "A U.S. envoy arrived in Kyiv on Oct. 22, two days after the strike.",
        "Air raid sirens stopped at 4 p.m. local time, officials said.",
        '"We will rebuild every home," Mayor Vitali Klitschko said.',
        "Rescue work went on into the night.",
    ]
    for index, sentence in enumerate(sentences):
        assert source.text[sentence.start : sentence.end] == sentence.text
        assert (sentence.index, sentence.source) == (index, source.path)


def test_paragraphs_split_on_blank_lines(write_article: WriteArticle) -> None:
    body = "Headline without a full stop\n\nFirst paragraph, one sentence.\n  \nSecond paragraph.\nStill second."
    source = read_source(write_article("a.md", body))
    spans = paragraphs(source)
    assert [source.text[s:e] for s, e in spans] == [
        "Headline without a full stop",
        "First paragraph, one sentence.",
        "Second paragraph.\nStill second.",
    ]
    # the headline never runs into the first sentence of the prose
    assert split_sentences(source)[0].text == "Headline without a full stop"


def test_front_matter_is_not_a_paragraph(write_article: WriteArticle) -> None:
    source = read_source(write_article("a.md", "Only the body.", outlet="Meridian Wire"))
    assert [s.text for s in split_sentences(source)] == ["Only the body."]


@pytest.mark.parametrize("prefix", ["# ", "### ", "> "])
def test_markdown_prefix_is_stripped(write_article: WriteArticle, prefix: str) -> None:
    """A heading or block-quote marker is layout, not words: the sentence starts after it."""
    source = read_source(write_article("a.md", f"{prefix}Strike on Kyiv kills six\n\nRescuers searched the rubble."))
    sentences = split_sentences(source)
    assert [s.text for s in sentences] == ["Strike on Kyiv kills six", "Rescuers searched the rubble."]
    assert source.text[sentences[0].start : sentences[0].end] == "Strike on Kyiv kills six"


@pytest.mark.parametrize(
    "furniture",
    [
        "Story continues below advertisement",
        "Send this page to someone via email",
        "Photo: Rescuers search the rubble in Kyiv on Wednesday. (Reuters)",
        "(Reporting by Jane Doe; Editing by John Roe)",
        "Solidarity with Ukraine pic.twitter.com/abc123 -- Someone (@someone) February 23, 2023",
    ],
)
def test_page_furniture_is_not_segmented(write_article: WriteArticle, furniture: str) -> None:
    path = write_article("a.md", f"Six people were killed in Kyiv.\n\n{furniture}\n\nRescuers searched the rubble.")
    texts = [s.text for s in split_sentences(read_source(path))]
    assert texts == ["Six people were killed in Kyiv.", "Rescuers searched the rubble."]


NEWS_ALPHABET = st.sampled_from(
    [
        *"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
        " ",
        "  ",
        ". ",
        "! ",
        "? ",
        "\n",
        '"',
        "“",
        "”",
        "'",
        "(",
        ")",
        "U.S. ",
        "Oct. 22",
        "4 p.m. ",
        "Mr. ",
        "...",
        ",",
        ":",
        ";",
        "\u00a0",
        "\u2014",
        "\t",
        "e.g. ",
        "No. ",
        "no ",
        "St. ",
        "is ",
        "Dr. ",
        "vs. ",
        "Jr. ",
        "Gen. ",
        "ſ",
        "\u212a",
    ]
)


@given(st.lists(NEWS_ALPHABET, max_size=80).map("".join))
def test_the_sentence_search_takes_pysbds_matches(text: str) -> None:
    """pysbd's own segment() finds each sentence with a regular expression; ours with a literal search."""
    assert _segments(text) == _pysbd().segment(text)


def test_the_sentence_search_takes_pysbds_matches_on_the_example_stories() -> None:
    for path in sorted(Path("sources").glob("*/*.md")):
        for paragraph in path.read_text(encoding="utf-8").split("\n\n"):
            assert _segments(paragraph) == _pysbd().segment(paragraph), path


def _pysbd() -> Any:
    """pysbd's segmenter as it comes, with its abbreviation search untouched: the reference."""
    import pysbd

    return pysbd.Segmenter(language="en", clean=False)


def test_the_narrowed_abbreviation_search_splits_as_pysbd_does_on_the_example_stories() -> None:
    for path in sorted(Path("sources").glob("*/*.md")):
        for paragraph in path.read_text(encoding="utf-8").split("\n\n"):
            assert _segmenter().segment(paragraph) == _pysbd().segment(paragraph), path


def test_a_markdown_link_reads_as_its_words() -> None:
    from factcheck.segment import mask_urls

    text = "Six people were hurt, according to [the regional fire service](https://example.org/fire-2025)."
    masked = mask_urls(text)
    assert len(masked) == len(text) and "[" not in masked and "2025" not in masked
    assert " the regional fire service " in masked


def test_a_photo_caption_is_found_by_its_credit_and_where_it_is_repeated(write_article: WriteArticle) -> None:
    from factcheck.segment import captions

    body = (
        "Cars burned on Main Street in Ostby on Friday, March 7, 2025.\n\n"
        "Cars burned on Main Street in Ostby on Friday, March 7, 2025. Photo credit Ana Ruiz/Getty Images\n\n"
        "A medic helps a hiker near Lund (Jon Berg/AP)\n\n"
        "Jon Berg/AP Rescuers carry a hiker near Lund on Monday.\n\n"
        "Nine hikers died, police said.\n\n"
        "The winds reached 60mph (96km/h) on Sunday.\n\n"
        "Rescuers searched the ridge at dawn.\n\n(AFP)"
    )
    source = read_source(write_article("a.md", body))
    sentences = split_sentences(source)
    found = captions(sentences, source.text)
    assert [s.text for s in sentences if s.start in found] == [
        "Cars burned on Main Street in Ostby on Friday, March 7, 2025.",
        "Cars burned on Main Street in Ostby on Friday, March 7, 2025.",
        "Photo credit Ana Ruiz/Getty Images",
        "A medic helps a hiker near Lund (Jon Berg/AP)",
        "Jon Berg/AP Rescuers carry a hiker near Lund on Monday.",  # the credit opens the caption
        "(AFP)",  # a wire's credit: the sentence before it reports
    ]


@pytest.mark.parametrize(
    ("text", "caption"),
    [
        ("Police officers stop a car near Lund, in Ostby province, April 22, 2025.", True),  # place and day, no "on"
        ("A guard stands on the banks of the river, in Lund April 23, 2025.", True),
        ("A guard stands by the river in Lund, Ostby, April 23, 2025. REUTERS/Ana Ruiz", True),  # and its credit
        ("Rescuers work at the site in Lund, Norway, Monday, Dec. 30, 2024. AP Photo/Ana Ruiz", True),  # its weekday
        ("The plane crashed in Lund, Norway, Monday, Dec. 30, 2024.", False),  # told in the past
        (
            "OSTBY, NORWAY - JULY 04: Trees emerge from flood waters along the river.",
            True,
        ),  # place and day, in capitals
        ("The fire broke out on Tuesday, January 7, 2025.", False),
        ("The treaty was signed in Lund on April 22, 2025.", False),
        ("The report was published April 22, 2025.", False),
        ("Gunmen killed 26 tourists near Lund in Ostby district, April 22, 2025.", False),  # told in the past
        ("Rescuers saved 850 people on Independence Day, July 4, 2025.", False),  # a holiday, no place
        ("LIVE UPDATES - JULY 06: The death toll rose to 82.", False),  # a heading, not a place
    ],
)
def test_a_wire_photo_caption_is_found_by_its_place_and_day(
    write_article: WriteArticle, text: str, caption: bool
) -> None:
    from factcheck.segment import captions

    source = read_source(write_article("a.md", f"Nine hikers died, police said.\n\n{text}"))
    sentences = split_sentences(source)
    found = [s.text for s in sentences if s.start in captions(sentences, source.text)]
    assert found[:1] == ([text.removesuffix(" REUTERS/Ana Ruiz").removesuffix(" AP Photo/Ana Ruiz")] if caption else [])


def test_a_caption_makes_no_claims(write_article: WriteArticle) -> None:
    from factcheck.pipeline import claims_of

    body = "Nine hikers died, police said.\n\nFour hikers are carried out near Lund on Monday (Jon Berg/AP)"
    claims = claims_of([read_source(write_article("a.md", body))])
    assert [c.span.text for c in claims if c.quantity is not None or c.date is not None] == ["Nine hikers died"]


def test_a_clock_time_followed_by_its_day_ends_no_sentence(write_article: WriteArticle) -> None:
    """ "Until 10 a.m. Monday." is one sentence; "at 6 a.m. The fire grew." is two."""
    text = "A flood watch remained in effect for Ostby until 10 a.m. Monday. Crews left at 6 a.m. The fire grew."
    source = read_source(write_article("a.md", text))
    assert [s.text for s in split_sentences(source)] == [
        "A flood watch remained in effect for Ostby until 10 a.m. Monday.",
        "Crews left at 6 a.m.",
        "The fire grew.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The quake struck off Velm at 1:25 p.m. HST, triggering a tsunami warning.",
        "The quake struck off Velm at about 3:25 p.m. Alaska time.",
        "Sirens sounded at 4 p.m. EDT on Monday across the valley.",
    ],
)
def test_a_clock_time_followed_by_its_zone_ends_no_sentence(write_article: WriteArticle, text: str) -> None:
    assert [s.text for s in split_sentences(read_source(write_article("a.md", text)))] == [text]


def test_a_sentence_after_a_clock_time_may_open_on_an_acronym(write_article: WriteArticle) -> None:
    text = "Crews left at 6 a.m. NATO leaders met later in Velm."
    assert len(split_sentences(read_source(write_article("a.md", text)))) == 2
