"""Numbers as news writes them: digits with separators and scales, number words, vague multitudes."""

from __future__ import annotations

import pytest

from factcheck.extract.numbers import find_numbers, words_to_number


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("six", 6),
        ("eighteen", 18),
        ("twenty-one", 21),
        ("twenty one", 21),
        ("a hundred", 100),
        ("three hundred and five", 305),
        ("two thousand five hundred", 2_500),
        ("forty thousand", 40_000),
    ],
)
def test_words_to_number(words: str, value: int) -> None:
    assert words_to_number(words) == value


@pytest.mark.parametrize("words", ["banana", "and", "hundred and"])
def test_words_that_are_not_numbers(words: str) -> None:
    assert words_to_number(words) is None


@pytest.mark.parametrize(
    ("text", "found", "lower", "upper", "vague"),
    [
        ("Twenty-one people were hurt.", "Twenty-one", 21, 21, False),
        ("A hundred homes burned.", "A hundred", 100, 100, False),
        ("Three hundred and five flights were cancelled.", "Three hundred and five", 305, 305, False),
        ("Dozens of people were hurt.", "Dozens", 24, 99, True),
        ("Scores of homes were flooded.", "Scores", 40, 99, True),
        ("Hundreds of thousands fled.", "Hundreds of thousands", 200_000, 999_999, True),
        ("A dozen drones were shot down.", "A dozen", 12, 12, False),
        ("More than 200,000 people fled.", "200,000", 200_000, 200_000, False),
        ("Losses reached 1.2 billion.", "1.2 billion", 1.2e9, 1.2e9, False),
        ("Losses reached 1.2bn.", "1.2bn", 1.2e9, 1.2e9, False),
        ("The fund holds 2,500.5 tonnes.", "2,500.5", 2_500.5, 2_500.5, False),
        ("A 7,7 magnitude quake struck.", "7,7", 7.7, 7.7, False),  # a decimal comma
        ("It cost 1,25 million euros.", "1,25 million", 1.25e6, 1.25e6, False),
    ],
)
def test_find_numbers_reads_one_number(text: str, found: str, lower: float, upper: float, vague: bool) -> None:
    [number] = find_numbers(text)
    assert number.text == found
    assert text[number.start : number.end] == found
    assert number.lower == pytest.approx(lower)
    assert number.upper == pytest.approx(upper)
    assert number.vague is vague


def test_attached_letter_is_kept_as_a_suffix() -> None:
    """'$4.5m' is money in millions, '4.5m' of snow is metres: the number keeps the letter for later."""
    [number] = find_numbers("a 4.5m surge")
    assert (number.lower, number.suffix) == (4.5, "m")


@pytest.mark.parametrize("text", ["The U.S.-led coalition", "Version3 of the plan", "no numbers at all"])
def test_no_number_inside_words(text: str) -> None:
    assert find_numbers(text) == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Officials moved at least 500 000 people.", [500000.0]),
        ("About 1 250 000 homes lost power.", [1250000.0]),
        ("The storm hit on May 5 2025.", [5.0, 2025.0]),  # a year after a space is another number
    ],
)
def test_thousands_grouped_by_spaces(text: str, values: list[float]) -> None:
    assert [n.lower for n in find_numbers(text)] == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("over 3,00,000 pilgrims", [300000.0]),
        ("12,34,567 voters", [1234567.0]),
        ("3 lakh people", [300000.0]),
        ("two lakh tourists", [200000.0]),
        ("Rs 10 crore", [100000000.0]),
        ("1,234,567 voters", [1234567.0]),  # thousands as most outlets group them
    ],
)
def test_lakhs_and_crores(text: str, values: list[float]) -> None:
    """South Asian English groups digits by lakhs ("3,00,000") and counts in lakhs and crores."""
    assert [n.lower for n in find_numbers(text)] == values
