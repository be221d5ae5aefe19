"""The draft's wording against its closest source sentences: opposites, swapped names and roles, invented
details, and paraphrases that must not be taken for any of them."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import HashingEmbedder

from factcheck.models import FieldName, Sentence, Verdict
from factcheck.wording import Difference, SourceIndex, differences
from factcheck.wordnet import lemmas, wordnet

SOURCE = (
    "The district court in Valdora acquitted the former mayor, Ilse Brandt, of bribery on Thursday. "
    "The city council approved the harbour budget after a long debate. "
    "Prime Minister Tomas Reyes welcomed the verdict, while the opposition leader Mara Quint criticised it. "
    "Sales at Norvik Motors rose by 4% in the quarter. Its rival Castell Auto reported a loss. "
    "Protesters poured yellow and blue paint on the road in front of the embassy. "
    "The bridge will reopen in March, officials said."
)


def sentences_of(text: str, source: str) -> list[Sentence]:
    """The text's sentences, split at full stops: enough for these one-line examples."""
    found, start = [], 0
    for piece in text.split(". "):
        piece = piece if piece.endswith(".") else piece + "."
        begin = text.index(piece.rstrip("."), start)
        end = begin + len(piece.rstrip("."))
        found.append(Sentence(source=source, index=len(found), start=begin, end=end, text=text[begin:end]))
        start = end
    return found


@pytest.fixture(scope="module")
def index() -> SourceIndex:
    return SourceIndex.build(sentences_of(SOURCE, "source.txt"))


def diff(draft: str, index: SourceIndex) -> list[Difference]:
    sentence = Sentence(source="draft.txt", index=0, start=0, end=len(draft), text=draft)
    return differences(sentence, index)


def kinds(draft: str, index: SourceIndex) -> list[tuple[str, str]]:
    return [(d.kind, d.reason) for d in diff(draft, index)]


def test_the_lexicon_knows_opposites_synonyms_and_kinds() -> None:
    net = wordnet()
    assert "convict" in net.opposites("acquit")
    assert {"disapprove", "reject"} <= net.opposites("approve")
    assert "fall" in net.opposites("rise")
    assert "lose" in net.opposites("win")
    assert "decrease" in net.opposites("increase")
    assert "protester" in net.alike("demonstrator")
    assert net.siblings("blue", "yellow") and net.siblings("murder", "manslaughter")
    assert not net.siblings("blue", "blue")
    assert lemmas("acquitted") >= {"acquit"} and "fall" in lemmas("fell") and lemmas("Valdora's") == {"valdora"}


def test_an_opposite_word_is_a_contradiction(index: SourceIndex) -> None:
    found = diff("The district court in Valdora convicted the former mayor, Ilse Brandt, of bribery.", index)
    assert [(d.kind, d.draft_text, d.source_text) for d in found] == [("opposite", "convicted", "acquitted")]
    assert found[0].reason == "draft says convicted; source says acquitted"
    assert found[0].source is not None and found[0].source_span is not None
    start, end = found[0].source_span
    assert SOURCE[start:end] == "acquitted"


def test_rejected_for_approved_and_fell_for_rose(index: SourceIndex) -> None:
    assert kinds("The city council rejected the harbour budget.", index) == [
        ("opposite", "draft says rejected; source says approved")
    ]
    assert kinds("Sales at Norvik Motors fell by 4% in the quarter.", index) == [
        ("opposite", "draft says fell; source says rose")
    ]


def test_a_change_told_the_other_way_is_a_contradiction(index: SourceIndex) -> None:
    # WordNet sets "decline" against no word of rising; the words of change are opposed by their direction
    assert kinds("Sales at Norvik Motors declined by 4% in the quarter.", index) == [
        ("opposite", "draft says declined; source says rose")
    ]
    assert kinds("Sales at Norvik Motors plunged by 4% in the quarter.", index) == [
        ("opposite", "draft says plunged; source says rose")
    ]


def test_a_change_told_the_same_way_is_a_paraphrase(index: SourceIndex) -> None:
    assert kinds("Sales at Norvik Motors increased by 4% in the quarter.", index) == []
    assert kinds("Sales at Norvik Motors climbed by 4% in the quarter.", index) == []


def test_a_word_of_change_is_set_only_against_the_word_in_its_place() -> None:
    # "sank" and "surge" are both words of change, but a ferry that sank in a storm surge is no change told two ways
    storm = SourceIndex.build(sentences_of("The Ostby ferry capsized in a storm surge off Dunmore.", "source.txt"))
    assert kinds("The Ostby ferry sank in a storm surge off Dunmore.", storm) == []
    assert kinds("The Ostby ferry sank in a storm off Dunmore.", storm) == []


def test_a_change_told_the_other_way_in_its_place_is_found_beside_other_changes() -> None:
    both = SourceIndex.build(sentences_of("Exports from Karvia soared while its imports shrank.", "source.txt"))
    assert kinds("Exports from Karvia plunged while its imports shrank.", both) == [
        ("opposite", "draft says plunged; source says soared")
    ]


def test_a_change_that_stopped_or_failed_is_no_opposite() -> None:
    falling = SourceIndex.build(sentences_of("Sales at Norvik Motors declined in the quarter.", "source.txt"))
    assert kinds("Sales at Norvik Motors stopped growing in the quarter.", falling) == []
    assert kinds("Sales at Norvik Motors failed to grow in the quarter.", falling) == []


def test_a_negated_opposite_is_a_paraphrase(index: SourceIndex) -> None:
    assert kinds("The city council did not reject the harbour budget.", index) == []


def test_a_swapped_office_is_a_contradiction(index: SourceIndex) -> None:
    found = diff("Foreign Minister Tomas Reyes welcomed the verdict.", index)
    assert [(d.kind, d.draft_text, d.source_text) for d in found] == [
        ("swapped", "Foreign Minister Tomas Reyes", "Prime Minister Tomas Reyes")
    ]


def test_a_company_swapped_for_its_rival_is_a_contradiction(index: SourceIndex) -> None:
    found = diff("Sales at Castell Auto rose by 4% in the quarter.", index)
    assert [(d.kind, d.draft_text, d.source_text) for d in found] == [("swapped", "Castell Auto", "Norvik Motors")]


def test_a_colour_swapped_for_another_is_a_contradiction(index: SourceIndex) -> None:
    assert kinds("Protesters poured yellow and green paint on the road in front of the embassy.", index) == [
        ("swapped", "draft says green; source says blue")
    ]


def test_an_invented_clause_is_unsupported(index: SourceIndex) -> None:
    found = diff("The city council approved the harbour budget, the first such vote by unanimous secret ballot.", index)
    assert [d.kind for d in found] == ["invented"]
    assert found[0].source is None
    assert found[0].draft_text.startswith("first such vote") or "unanimous" in found[0].draft_text


def test_initials_and_numbered_names_are_one_name() -> None:
    index = SourceIndex.build(
        sentences_of("The storm reached Los Angeles on Monday. Schools closed because of COVID.", "s.txt")
    )
    assert kinds("The storm reached LA on Monday.", index) == []
    assert kinds("Schools closed because of COVID-19.", index) == []


PARAPHRASES = [
    "The court in Valdora cleared the former mayor, Ilse Brandt, of bribery on Thursday.",  # synonym
    "The former mayor, Ilse Brandt, was acquitted of bribery by the district court on Thursday.",  # voice
    "On Thursday the district court acquitted Ilse Brandt, the former mayor, of bribery.",  # order
    "The district court acquits the former mayor of bribery.",  # tense, dropped detail
    "The council approved the budget for the harbour.",  # reordering, dropped detail
    "After a lengthy debate, the city council passed the harbour budget.",  # synonym
    "Reyes, the prime minister, welcomed the verdict.",  # apposition
    "Norvik Motors saw its sales increase 4% in the quarter.",  # synonym of rose
    "Demonstrators poured yellow and blue paint on the road outside the embassy.",  # synonyms
    "Officials said the bridge would reopen in March.",  # reported speech, tense
    "The opposition leader Mara Quint criticised the verdict.",  # dropped clause
    "Castell Auto, a rival of Norvik Motors, reported a loss.",  # restructured
]


@pytest.mark.parametrize("draft", PARAPHRASES)
def test_a_paraphrase_is_no_difference(draft: str, index: SourceIndex) -> None:
    assert kinds(draft, index) == []


def test_a_sentence_with_nothing_in_common_has_no_context(index: SourceIndex) -> None:
    assert kinds("Quarterly rainfall exceeded forecasts.", index) == []


def test_weekdays_months_and_numbers_are_left_to_the_typed_fields(index: SourceIndex) -> None:
    assert kinds("The bridge will reopen in June, officials said.", index) == []
    assert kinds("Sales at Norvik Motors rose by four percent in the quarter.", index) == []


def test_two_sentences_with_other_figures_are_two_facts() -> None:
    index = SourceIndex.build(sentences_of("The Tarn Fire is 45% contained and has burned 14,117 acres.", "s.txt"))
    assert kinds("The Brenna Fire is 80% contained and has burned 23,448 acres.", index) == []
    assert kinds("The Brenna Fire is 45% contained and has burned 14,117 acres.", index) == [
        ("swapped", "draft says Brenna Fire; source says Tarn Fire")
    ]


def test_two_lists_of_names_are_not_set_against_each_other() -> None:
    index = SourceIndex.build(sentences_of("Teams came from Peru, Chile and Norway to help.", "s.txt"))
    assert kinds("Teams came from Peru, Chile and Ghana to help.", index) == []


def test_spellings_and_shorter_forms_of_one_name_are_no_swap() -> None:
    index = SourceIndex.build(
        sentences_of("The United States Geological Survey put the toll near Taunggyi at 300.", "s.txt")
    )
    assert kinds("The U.S. Geological Survey put the toll near Taunggyi at 300.", index) == []
    assert kinds("The United States Geological Survey put the toll near Taungyi at 300.", index) == []


def test_check_reports_a_changed_word_with_both_spans(tmp_path: Path, fake_embedder: HashingEmbedder) -> None:
    from factcheck.pipeline import check

    (tmp_path / "source.md").write_text(SOURCE, encoding="utf-8")
    draft = tmp_path / "draft.md"
    draft.write_text("The city council rejected the harbour budget after a long debate.", encoding="utf-8")
    report = check(draft, [tmp_path / "source.md"], embedder=fake_embedder)
    [finding] = [f for f in report.findings if f.field is FieldName.WORDING]
    assert finding.verdict is Verdict.CONTRADICTED
    assert finding.reason == "opposite: draft says rejected; source says approved"
    assert [(c.source, c.text) for c in finding.claims] == [
        (str(draft), "rejected"),
        (str(tmp_path / "source.md"), "approved"),
    ]
    assert finding.conflicts == ((0, 1),)
    assert report.exit_code() == 1
    assert SOURCE[finding.claims[1].start : finding.claims[1].end] == "approved"


def test_review_cases_names_titles_and_synonyms() -> None:
    index = SourceIndex.build(
        sentences_of(
            "Honda recalled the cars over faulty airbags. "
            "Shares of Toyota and of Honda fell. "
            "The junta chief Senior General Min Aung Hlaing met the envoy on Monday. "
            "Car sales increased in Europe but fell sharply in Asia last quarter. "
            "Rates were raised by the Federal Reserve on Wednesday. "
            "Officials in Beijing rejected the report.",
            "s.txt",
        )
    )
    assert kinds("Toyota recalled the cars over faulty airbags.", index) == [
        ("swapped", "draft says Toyota; source says Honda")
    ]
    assert kinds("The junta chief Senior Gen Min Aung Hlaing met the envoy on Monday.", index) == []
    assert kinds("Car sales in Asia decreased sharply last quarter.", index) == []
    assert kinds("Rates were raised by the Fed on Wednesday.", index) == []
    assert kinds("Officials in China rejected the report.", index) == []


def test_a_phrase_is_reported_as_written() -> None:
    text = "Troops were led by Gen. James Smith in the north."
    index = SourceIndex.build([Sentence(source="s.txt", index=0, start=0, end=len(text), text=text)])
    [found] = diff("Troops were led by Gen. John Smith in the north.", index)
    assert (found.draft_text, found.source_text) == ("Gen. John Smith", "Gen. James Smith")
