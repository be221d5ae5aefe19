"""Direct quotes and who said them, through the whole extraction (actors are learnt across sources)."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import WriteArticle

from factcheck.ingest import read_source
from factcheck.models import Claim, FieldName
from factcheck.pipeline import claims_of


def quotes_in(write_article: WriteArticle, *bodies: str) -> list[Claim]:
    """The quote claims of one article per body, all read together as one story."""
    sources = [read_source(write_article(f"s{n}.md", body)) for n, body in enumerate(bodies)]
    return [claim for claim in claims_of(sources) if claim.field is FieldName.QUOTE]


def speakers(claims: list[Claim]) -> list[tuple[str, str | None]]:
    return [(claim.quote.text, claim.quote.speaker) for claim in claims if claim.quote is not None]


def test_quote_then_said(write_article: WriteArticle) -> None:
    claims = quotes_in(write_article, '"We will keep supporting Ukraine for as long as it takes," Rutte said.')
    assert speakers(claims) == [("We will keep supporting Ukraine for as long as it takes", "Rutte")]
    [claim] = claims
    assert claim.attribution is not None and claim.attribution.verb == "said"
    assert claim.span.text == "We will keep supporting Ukraine for as long as it takes"


def test_speaker_told_reporters_colon_quote(write_article: WriteArticle) -> None:
    claims = quotes_in(
        write_article, 'Rutte told reporters: "We will keep supporting Ukraine for as long as it takes."'
    )
    [(text, speaker)] = speakers(claims)
    assert text.rstrip(".") == "We will keep supporting Ukraine for as long as it takes"
    assert speaker == "Rutte"


def test_pronoun_falls_back_on_the_last_named_person(write_article: WriteArticle) -> None:
    body = (
        "NATO Secretary General Mark Rutte met President Donald Trump at the White House on Wednesday.\n\n"
        '"We had a very good meeting today," Rutte said. "The alliance is united behind the president," he added.'
    )
    assert speakers(quotes_in(write_article, body)) == [
        ("We had a very good meeting today", "Mark Rutte"),
        ("The alliance is united behind the president", "Mark Rutte"),
    ]


def test_surname_resolves_to_the_full_name_from_another_source(write_article: WriteArticle) -> None:
    first = "Secretary of State Marco Rubio spoke with Russian Foreign Minister Sergei Lavrov on Monday."
    second = '"The call was productive and we will keep talking," Rubio said.'
    assert speakers(quotes_in(write_article, first, second)) == [
        ("The call was productive and we will keep talking", "Marco Rubio")
    ]


def test_unnamed_official_through_an_outlet(write_article: WriteArticle) -> None:
    body = '"There are no plans for a meeting in the immediate future," a senior U.S. official told Fox News.'
    [claim] = quotes_in(write_article, body)
    assert claim.attribution is not None
    assert claim.attribution.outlet == "Fox News"
    assert claim.quote is not None and claim.quote.speaker == "senior u.s. official"


def test_transcript_label_names_the_speaker(write_article: WriteArticle) -> None:
    body = "MARK RUTTE, NATO SECRETARY GENERAL (on tape): I have total confidence in President Trump."
    assert speakers(quotes_in(write_article, body)) == [("I have total confidence in President Trump.", "Mark Rutte")]


def test_anchor_label_is_not_a_quote(write_article: WriteArticle) -> None:
    body = "JOHN SMITH, ANCHOR: Good evening and welcome to the programme tonight."
    assert quotes_in(write_article, body) == []


def test_short_quoted_phrases_are_not_quotes(write_article: WriteArticle) -> None:
    """Scare quotes ("productive") are too short to check as a quotation."""
    assert quotes_in(write_article, 'The White House called the call "productive" on Monday.') == []


def test_one_quote_of_two_sentences_gives_two_claims(write_article: WriteArticle) -> None:
    body = '"We had a very good meeting today. The alliance is united," Rutte said.'
    claims = quotes_in(write_article, body)
    assert speakers(claims) == [("We had a very good meeting today.", "Rutte"), ("The alliance is united", "Rutte")]
    for claim in claims:  # offsets point into the file as written
        assert Path(claim.source).read_text(encoding="utf-8")[claim.span.start : claim.span.end] == claim.span.text


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ('"The fire is under control," said fire chief Anna Kovacs.', "Anna Kovacs"),
        ('"Roads stay closed," said county sheriff Tom Brandt on Monday.', "Tom Brandt"),
        # the place or body a title serves before it
        ('"We buried them this morning," said Velmar mayor Ana Ruiz.', "Ana Ruiz"),
        ('"Roads stay closed," said Orvik County fire chief Tom Brandt.', "Tom Brandt"),
        # a kind of person in lower case before the name
        ('"The water rose so fast," said resident Maria Santos, 45.', "Maria Santos"),
        ('"It was terrible," said local farmer Ana Ruiz.', "Ana Ruiz"),
        ('"She loved her children," said victim Ana Ruiz\'s sister, Lina Ortiz.', None),  # not the victim
        ('The governor\'s office said: "Help is on the way."', "governor's office"),
        ('According to the county sheriff, "Nobody was hurt."', "county sheriff"),
        # the speaker's name ends the sentence; the next one's first word is no part of it
        ('"We found people on every floor," said Kovacs. Rescuers pulled 12 out alive.', "Kovacs"),
        ('"We found people on every floor," said Mayor Henri Dupuis. Crews left at noon.', "Henri Dupuis"),
        ('"The pier is shut," said Capt. Ines Moller.', "Ines Moller"),
        ('"We will respond," said Brig. Gen. Pat Ryder, the press secretary.', "Pat Ryder"),
        ('Interior Minister Klara Weiss called it "the worst rail accident in 40 years."', "Klara Weiss"),
    ],
)
def test_inverted_and_office_attributions(write_article: WriteArticle, body: str, speaker: str | None) -> None:
    [(_, found)] = speakers(quotes_in(write_article, body))
    assert found == speaker


@pytest.mark.parametrize("agency", ["PTI", "Xinhua", "Anadolu"])
def test_news_agencies_of_any_country_are_outlets(write_article: WriteArticle, agency: str) -> None:
    [claim] = quotes_in(write_article, f'"The bridge is closed," Mayor Tom Brandt told {agency}.')
    assert claim.attribution is not None and claim.attribution.outlet == agency


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ('"No one was hurt," police said.', "police"),
        ('"No one was hurt," local officials said on Monday.', "local officials"),
        ('"The water came so fast," witnesses told a local radio station.', "witnesses"),
        ('"It is fine," things said.', None),  # no people and no body: unattributed
        # a new sentence's subject is not the speaker of the quote before it
        ('Mayor Anna Kovacs said: "We will rebuild this town." Local officials said the cost was high.', "Anna Kovacs"),
        ('"We will rebuild," and the volunteers said nothing more.', None),  # a clause's joint, no speaker
    ],
)
def test_people_named_bare_after_a_quote(write_article: WriteArticle, body: str, speaker: str | None) -> None:
    """Police, officials or witnesses named without an article after a quote are its speakers, as "the police"
    are."""
    [(_, found)] = speakers(quotes_in(write_article, body))
    assert found == speaker


def test_he_said_is_the_subject_of_the_last_sentence_not_the_last_name_in_it(write_article: WriteArticle) -> None:
    """ "He said" refers back to whom the sentence before is about, its subject, not to the last person it names."""
    body = (
        "Prime Minister Ilse Varga spoke in Tarnow on Monday night.\n\n"
        "Varga vowed to stand firm against U.S. President Orrin Hale, who has threatened tariffs.\n\n"
        '"We will never bend to threats from across the border," she said.'
    )
    claims = quotes_in(write_article, body)
    assert speakers(claims) == [("We will never bend to threats from across the border", "Ilse Varga")]


def test_he_said_is_not_a_name_that_only_names_a_thing(write_article: WriteArticle) -> None:
    """ "the Hale administration" speaks of a government, not of Hale: "he said" after it is still the speaker's."""
    body = (
        "President Orrin Hale threatened new tariffs last week.\n\n"
        "Prime Minister Ilse Varga spoke in Tarnow on Monday night.\n\n"
        '"We will never bend to threats from across the border," Varga said.\n\n'
        "She went on, condemning the Orrin Hale administration for its tariffs.\n\n"
        '"We are over the shock of that betrayal," she said.'
    )
    assert [speaker for _, speaker in speakers(quotes_in(write_article, body))] == ["Ilse Varga", "Ilse Varga"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("After meeting Prime Minister Tessa Marsh, Foreign Minister Dario Okafor told reporters the talks went well.",
         "Dario Okafor"),
        ("Chief Anton Fasse spoke first. Senator Paul Ruiz today announced a new bill.", "Paul Ruiz"),
        ("Senator Paul Ruiz met officials from NATO. Chief Anton Fasse spoke afterwards.", "Anton Fasse"),
        ("On Tuesday Governor Tomas Brandt, who toured the city with Mayor Ilse Varga, promised aid.", "Tomas Brandt"),
        ("Mayor Ilse Varga thanked volunteers. He spoke after a call with Governor Tomas Brandt.", "Ilse Varga"),
    ],
)  # fmt: skip
def test_he_said_is_the_subject_of_the_last_sentence_naming_someone(
    write_article: WriteArticle, paragraph: str, speaker: str
) -> None:
    body = f'{paragraph}\n\n"We will keep working on this until it is done," he said.'
    assert [who for _, who in speakers(quotes_in(write_article, body))] == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # the one governor of the story
        ("Governor Tomas Brandt toured the city. The commission will be led by Judge Paul Ruiz. The governor further "
         "said that aid was coming.", "Tomas Brandt"),
        # two chief ministers in the story: the role is no one known, and not the judge named before
        ("Chief Minister Ana Ruiz and Chief Minister Ilse Varga spoke. The panel will be led by Judge Paul Ruiz. The "
         "chief minister further said that aid was coming.", None),
        ("Judge Paul Ruiz will lead the panel. The man who called the hotline said he saw the crush.", None),
        # a role that names its holder, or a sentence that names a person, is the rule before: its subject
        ("Mayor Ilse Varga spoke. Union leader Ana Ruiz objected. The president of the union, Ana Ruiz, said schools "
         "would stay shut.", "Ana Ruiz"),
        ("Mayor Ilse Varga declared an emergency. Fire Chief Tom Kelly led the rescue. The fire chief said crews "
         "worked all night.", "Tom Kelly"),
        ("Mayor Ilse Varga declared an emergency. The fire destroyed the home of Varga and her family.",
         "Ilse Varga"),
    ],
)  # fmt: skip
def test_he_said_after_a_sentence_that_opens_on_a_role_is_that_roles_holder(
    write_article: WriteArticle, paragraph: str, speaker: str | None
) -> None:
    body = f'{paragraph}\n\n"We will keep working on this until it is done," he said.'
    assert [who for _, who in speakers(quotes_in(write_article, body))] == [speaker]


def test_he_said_after_a_surname_two_people_share_is_no_one_known(write_article: WriteArticle) -> None:
    """Where the sentence before names "Varga" and two Vargas are in the story, a later "he said" is not the last
    person named before that sentence."""
    body = (
        "President Ilse Varga spoke on Monday. Her lawyer, Tomas Varga, was not present.\n\n"
        '"The only way out is a new vote," said Anton Fasse, a professor.\n\n'
        'Varga, frustrated for months, declared an emergency, claiming it was needed to "restore order in the capital."'
    )
    assert [who for _, who in speakers(quotes_in(write_article, body))] == ["Anton Fasse", None]


def test_a_quote_with_no_frame_after_another_person_is_named_is_not_the_last_speakers(
    write_article: WriteArticle,
) -> None:
    body = (
        '"The only way out is a new vote," said Anton Fasse, a professor at Tarnow University. '
        'President Ilse Varga declared an emergency on Tuesday, claiming it was needed to "restore order in the '
        'capital."'
    )
    assert [who for _, who in speakers(quotes_in(write_article, body))] == ["Anton Fasse", "Ilse Varga"]


def test_an_office_in_lower_case_before_a_name_makes_its_bearer_the_one_who_speaks_next(
    write_article: WriteArticle,
) -> None:
    body = (
        "Velmar governor Pamela Ortiz said 39 people had died in her province. "
        '"We did everything we could but the flooding was unprecedented," she said.'
    )
    [(_, found)] = speakers(quotes_in(write_article, body))
    assert found == "Pamela Ortiz"


def test_a_body_that_opens_a_sentence_is_no_one_a_pronoun_can_mean(write_article: WriteArticle) -> None:
    body = 'Velmora United lost the final on Sunday. "We were beaten by the better side," he said.'
    [(_, found)] = speakers(quotes_in(write_article, body))
    assert found is None
