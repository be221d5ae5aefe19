"""How events turned out (+1 went ahead or went well, -1 failed or called off) and negated statements."""

from __future__ import annotations

import pytest

from factcheck.extract.polarity import extract_outcomes, extract_statement, stem


@pytest.mark.parametrize(
    ("sentence", "event", "polarity", "span"),
    [
        ("Trump and Putin had a productive call on Thursday, the White House said.", "call", 1, "productive call"),
        (
            "The two leaders failed to reach agreement during a call on Thursday.",
            "call",
            -1,
            "failed to reach agreement during a call",
        ),
        ("The talks were postponed until next week.", "talks", -1, "talks were postponed"),
        ("The evacuation order remains in place for coastal districts.", "order", 1, "order remains in place"),
        ("Officials said the call was not productive.", "call", -1, "call was not productive"),
        ("The meeting in Budapest was called off.", "meeting", -1, "called off"),
        ("The summit went ahead as planned.", "summit", 1, "summit went ahead"),
        ("The ceasefire collapsed within hours.", "ceasefire", -1, "ceasefire collapsed"),
    ],
)
def test_extract_outcomes(sentence: str, event: str, polarity: int, span: str) -> None:
    [hit] = extract_outcomes(sentence)
    assert (hit.outcome.event, hit.outcome.polarity) == (event, polarity)
    assert span in sentence[hit.start : hit.end]


@pytest.mark.parametrize(
    "sentence",
    ["The weather was productive for farmers.", "Rescuers searched the rubble through the night."],
)
def test_no_outcome_without_an_event_and_a_cue(sentence: str) -> None:
    """A cue needs an event noun to be about ('productive' weather is no call), and an event needs a cue."""
    assert extract_outcomes(sentence) == []


def test_negated_statement_keeps_the_stem_of_what_it_negates() -> None:
    sentence = "Trump said he was not planning to provide Tomahawk missiles to Ukraine."
    hit = extract_statement(sentence)
    assert hit.statement.negated is True
    assert hit.statement.cue == "not"
    assert hit.statement.predicate.startswith("plan")
    assert "not planning" in sentence[hit.start : hit.end]


@pytest.mark.parametrize(
    ("sentence", "cue", "head"),
    [
        ("The Kremlin refused to comment on the report.", "refused", "comment"),
        ("Officials did not confirm the death toll.", "not", "confirm"),
        ("Moscow has refused to sign a ceasefire.", "refused", "sign"),
        ("No separatist faction has claimed the kidnapping.", "no separatist faction", "claimed"),
        ("No other government had recognised the junta.", "no other government", "recognised"),
        ("Nobody was hurt in the Lisbon blast.", "nobody", "hurt"),
    ],
)
def test_other_negations(sentence: str, cue: str, head: str) -> None:
    statement = extract_statement(sentence).statement
    assert (statement.negated, statement.cue, statement.predicate.split()[0]) == (True, cue, stem(head))


def test_affirmative_sentence_is_not_negated() -> None:
    sentence = "Trump said he was planning to provide Tomahawk missiles to Ukraine."
    hit = extract_statement(sentence)
    assert hit.statement.negated is False
    assert (hit.start, hit.end) == (0, len(sentence))


@pytest.mark.parametrize(
    ("word", "expected"),
    [("planning", "plan"), ("plans", "plan"), ("provided", "provid"), ("provide", "provid"), ("talks", "talk")],
)
def test_stem_meets_inflections(word: str, expected: str) -> None:
    assert stem(word) == expected


def test_a_negation_reads_as_written() -> None:
    """Matched by stems ('damag'), shown in the article's words ('not damaged')."""
    hit = extract_statement("The control tower was not damaged, the port authority said.")
    assert (hit.statement.predicate.split()[0], hit.statement.words.split()[0]) == ("damag", "damaged")


@pytest.mark.parametrize(
    ("sentence", "negated", "words"),
    [
        ("The stolen paintings have not yet been recovered.", True, "recovered"),  # aux words between cue and verb
        ("The count of homes destroyed, not damaged, is lower.", False, ""),  # a contrast, not a denial
        ("He said that maybe the guard is not a local.", False, ""),  # a guess
        ("Crews have not found anyone alive since Tuesday.", False, ""),  # a denial bounded in time
        ("The minister did not attend.", True, "attend"),
    ],
)
def test_what_a_negation_denies(sentence: str, negated: bool, words: str) -> None:
    statement = extract_statement(sentence).statement
    assert (statement.negated, statement.words) == (negated, words)


@pytest.mark.parametrize(
    ("sentence", "negated"),
    [
        ("The Skyliner, which had never crashed before, fell nose up.", False),
        ("Such a flood had never been seen before.", False),
        ("The plane had never before crashed.", False),
        # "before" that opens a clause bounds nothing denied: the denial stands
        ("The camp had not been evacuated before the flood hit.", True),
        ("He did not attend the meeting before leaving.", True),
        # and only "never" tells the past: "not ... before" may be the event's own "before"
        ("Residents said they had not been warned before.", True),
        ("The bill is not before parliament, the minister said.", True),
    ],
)
def test_a_denial_of_what_happened_before_denies_nothing_of_the_event_now(sentence: str, negated: bool) -> None:
    """ "Had never crashed before" tells the past, not that the crash now did not happen."""
    assert extract_statement(sentence).statement.negated is negated


@pytest.mark.parametrize(
    ("sentence", "negated"),
    [
        ("Varga reached out to those voters who did not back her party.", False),
        ("Residents who had not left were rescued by boat.", False),
        ("The mayor did not order an evacuation.", True),
        ("Officials who spoke said the dam did not fail.", True),  # the denial is the sentence's own
        ("The patient, who was not vaccinated, died on Monday.", True),  # a fact of its own
        ("The WHO has not declared a public health emergency.", True),  # the agency
    ],
)
def test_a_not_that_says_who_people_are_denies_nothing(sentence: str, negated: bool) -> None:
    assert extract_statement(sentence).statement.negated is negated
