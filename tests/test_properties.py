"""Property-based tests: every extractor and the whole pipeline on arbitrary and news-like text.

Invariants: nothing raises (except a documented InputError), every span lies inside its text and slices to the
span's own text, intervals are ordered, and comparing two sources is symmetric. Example counts are kept small so
that all of these together run in well under a minute; run them harder with `--hypothesis-profile thorough`
(registered in conftest.py).
"""

from __future__ import annotations

import datetime as dt
import math

from builders import HashingEmbedder
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from factcheck.errors import InputError
from factcheck.extract.dates import extract_dates, extract_times
from factcheck.extract.numbers import find_numbers
from factcheck.extract.polarity import extract_outcomes, extract_statement
from factcheck.extract.quantities import extract_quantities
from factcheck.ingest import source_from_bytes
from factcheck.models import Claim, Report, Source
from factcheck.pipeline import check_sources, claims_of, compare_sources
from factcheck.report import FORMATTERS, render
from factcheck.segment import split_sentences

EXTRACTOR = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
PIPELINE = settings(EXTRACTOR, max_examples=max(10, settings.default.max_examples // 2))

# Words and phrases the extractors react to, so that random text exercises their rules, not only their regexes.
PHRASES = """
killed
injured
missing
dead
wounded
people
civilians
children
drones
carriages
homes
at least
about
nearly
more than
up to
some
between
and
to
from
of them
of its
rose to
dozens
scores
hundreds
tens of thousands
hundreds of thousands
millions
a dozen
one
six
twenty-one
a hundred
three hundred and five
zero
ninety nine
22nd
fiftieth
km/h
mph
miles
km
metres
feet
inches
mm
kg
tonnes
gallons
per cent
%
$
€
US$
bn
m
k
million
billion
trillion
knots
acres
barrels
miles an hour
on Monday
last Friday
next Sunday
this morning
yesterday
today
the day before
last night
three days ago
a week ago
2 weeks earlier
Oct. 22
22 October
February 29
Feb. 29, 2024
29 Feb 2023
in March
in December
since January
in 2025
March 2020
2025-10-22
1900-02-29
2000-02-29
will meet
is scheduled
expected to
officials said
told reporters
4 p.m.
16:00 GMT
shortly after 3 a.m.
local time
at noon
by midnight
12:30 EST
11 am
23:59 UTC
the call
meeting
talks
summit
ceasefire
order
was productive
failed to reach agreement
postponed
was not planning to provide
refused to comment
isn't going
never happened
made no progress
no plans
Rutte said
Marco Rubio
Secretary of State
Trump
in Kyiv
across Ukraine
according to Fox News
he added
told Fox News
MARK RUTTE (on tape):
[MARLOW, ON TAPE]
ANCHOR:
Mayor Vitali Klitschko
<!-- factcheck: ignore -->
```
https://example.org/2025/10/22
[link](http://x.y/9)
the 22nd day of the war
day 5
SARS-CoV-2
F-16
Covid-19
97km/h
60mph
5,000
1,234.5
0.5
007
"""
PUNCTUATION = ['"', "“", "”", "’", ".", ",", ";", ":", "!", "?", "—", "-", "(", ")", "# ", "> ", "* ", "1. "]
SPACES = ["\n", "\n\n", "\r\n", " ", "\t", "\u00a0", "\u2028", "\ufeff", "\x1f", "\x1b[2J"]
VOCABULARY = [line for line in PHRASES.splitlines() if line] + PUNCTUATION + SPACES


def _number_text(value: int, style: int) -> str:
    """An integer as digits, with thousands separators, or as a decimal with three places."""
    if style == 0:
        return str(value)
    if style == 1:
        return f"{value:,}"
    return f"{value // 1000}.{value % 1000:03d}"


# Numbers at every scale, well past what a float holds (10**400 overflows to infinity).
NUMBERS = st.builds(_number_text, st.integers(min_value=0, max_value=10**400), st.integers(0, 2))
DAYS = st.dates(min_value=dt.date.min, max_value=dt.date.max)
DATE_FORMATS = ["%B %d, %Y", "%d %B %Y", "%b. %d", "%A, %B %d", "%Y-%m-%d", "%B %Y", "in %B", "on %A", "%d %b"]
# Publication dates anywhere in the calendar, its edges and a leap day often.
PUBLISHED = st.one_of(
    st.none(),
    st.sampled_from(
        [dt.date.min, dt.date(1, 1, 7), dt.date(2024, 2, 29), dt.date(2025, 10, 22), dt.date(9999, 12, 25), dt.date.max]
    ),
    DAYS,
)


def _strftime(day: dt.date, fmt: str) -> str:
    """strftime with a four-digit year everywhere (glibc writes year 1 as '1')."""
    return day.strftime(fmt.replace("%Y", f"{day.year:04d}"))


DATE_TEXT = st.builds(_strftime, DAYS, st.sampled_from(DATE_FORMATS))

# Sentences the way news writes them, with the values drawn: two accounts built from these align and disagree.
SENTENCE = st.one_of(
    st.builds(
        "{q}{n} people were {what} in {place} {day}, officials said.".format,
        q=st.sampled_from(["", "at least ", "about ", "more than ", "up to "]),
        n=st.one_of(st.integers(0, 40).map(str), st.sampled_from(["six", "dozens", "twenty-one", "a hundred"])),
        what=st.sampled_from(["killed", "injured", "wounded", "evacuated", "missing"]),
        place=st.sampled_from(["Kyiv", "Odesa", "the capital"]),
        day=st.sampled_from(["on Monday", "yesterday", "on Oct. 22", "on February 29", "last Friday", "today"]),
    ),
    st.builds(
        "The {event} between Rutte and Trump {how} at {clock}.".format,
        event=st.sampled_from(["call", "meeting", "talks", "summit"]),
        how=st.sampled_from(["was productive", "was postponed", "failed to reach agreement", "went ahead"]),
        clock=st.sampled_from(["4 p.m.", "16:00 GMT", "noon", "3:30 a.m. local time", "11 am"]),
    ),
    st.builds(
        '"{words}," {who} {verb}.'.format,
        words=st.sampled_from(["We will rebuild every home", "We will not rebuild every home", "Peace is close"]),
        who=st.sampled_from(["Rutte", "Mark Rutte", "Trump", "he", "the NATO chief"]),
        verb=st.sampled_from(["said", "told Fox News", "added"]),
    ),
    st.builds(
        "Winds reached {n} {unit} and {m} drones were {fate}.".format,
        n=st.integers(0, 400),
        unit=st.sampled_from(["km/h", "mph", "knots"]),
        m=st.integers(0, 100),
        fate=st.sampled_from(["launched", "shot down", "intercepted"]),
    ),
    st.sampled_from(
        [
            "Washington was not planning to provide Tomahawk missiles.",
            "Washington was planning to provide Tomahawk missiles.",
            "The evacuation order remains in place.",
            "The evacuation order was lifted.",
            "Secretary of State Marco Rubio spoke with Lavrov.",
        ]
    ),
)
STORY = st.builds(
    lambda sentences, joiner: joiner.join(sentences), st.lists(SENTENCE, max_size=6), st.sampled_from([" ", "\n\n"])
)
FRAGMENT = st.one_of(st.sampled_from(VOCABULARY), NUMBERS, DATE_TEXT, st.text(max_size=6))
NEWSY = st.builds(
    lambda parts, joiner: joiner.join(parts), st.lists(FRAGMENT, max_size=40), st.sampled_from([" ", "", ". "])
)
TEXT = st.one_of(st.text(max_size=200), NEWSY, SENTENCE)
HEADER = st.sampled_from(
    ["", "---\noutlet: Wire\ndate: 2025-10-22\n---\n\n", "date: 0001-01-01\n\n", "KYIV, Oct. 22, 2025 (Reuters) - "]
)
BODY = st.one_of(TEXT, STORY, st.lists(NEWSY, max_size=4).map("\n\n".join))
DOCUMENT = st.builds(lambda header, body: header + body, HEADER, BODY)


def assert_inside(text: str, start: int, end: int) -> None:
    assert 0 <= start <= end <= len(text), (start, end, len(text))


def assert_ordered(lower: float | None, upper: float | None) -> None:
    for bound in (lower, upper):
        assert bound is None or math.isfinite(bound), (lower, upper)
    if lower is not None and upper is not None:
        assert lower <= upper, (lower, upper)


# --- extractors ----------------------------------------------------------------------------------------------


@EXTRACTOR
@given(TEXT)
@example("1" * 400 + " people were killed")  # overflows a float: was an infinite count
def test_find_numbers(text: str) -> None:
    previous_end = 0
    for number in find_numbers(text):
        assert_inside(text, number.start, number.end)
        assert number.start < number.end and text[number.start : number.end] == number.text
        assert number.start >= previous_end, "left to right, no overlaps"
        previous_end = number.end
        assert_ordered(number.lower, number.upper)


@EXTRACTOR
@given(st.integers(min_value=0, max_value=10**30), st.sampled_from(["", " million", " billion", "bn", " trillion"]))
def test_numbers_at_every_scale(value: int, scale: str) -> None:
    text = f"There were {value:,}{scale} drones."
    [number] = find_numbers(text)
    assert text[number.start : number.end] == number.text
    multiplier = {"": 1, " million": 1e6, " billion": 1e9, "bn": 1e9, " trillion": 1e12}[scale]
    assert math.isclose(number.lower, value * multiplier, rel_tol=1e-9)


@EXTRACTOR
@given(TEXT)
@example("killed up to " + "2" * 320)  # "up to" is [0, v]: 0 * infinity made a NaN lower bound
def test_extract_quantities(text: str) -> None:
    for hit in extract_quantities(text):
        assert_inside(text, hit.start, hit.end)
        assert hit.start < hit.end
        assert_ordered(hit.quantity.lower, hit.quantity.upper)
        assert hit.quantity.describe()


def assert_date_hits(text: str, published: dt.date | None) -> None:
    for hit in extract_dates(text, published):
        assert_inside(text, hit.start, hit.end)
        assert hit.start < hit.end
        value = hit.date
        assert (value.first is None) == (value.last is None)
        if value.first is not None and value.last is not None:
            assert value.first <= value.last
        else:
            assert value.unresolved_reason
        assert value.describe()


@EXTRACTOR
@given(TEXT, PUBLISHED)
@example("The talks will resume next Monday.", dt.date.max)  # past the end of the calendar: was an OverflowError
@example("It happened yesterday, in December.", dt.date.min)  # before its start: OverflowError, then year 0
def test_extract_dates(text: str, published: dt.date | None) -> None:
    assert_date_hits(text, published)


@EXTRACTOR
@given(DAYS, st.sampled_from(DATE_FORMATS), PUBLISHED, st.integers(0, 10**12))
def test_dates_at_the_edges_of_the_calendar(day: dt.date, fmt: str, published: dt.date | None, back: int) -> None:
    text = f"The attack on {_strftime(day, fmt)} came {back} days ago, and talks will resume next Monday."
    assert_date_hits(text, published)


@EXTRACTOR
@given(TEXT)
def test_extract_times(text: str) -> None:
    for hit in extract_times(text):
        assert_inside(text, hit.start, hit.end)
        assert hit.start < hit.end
        assert 0 <= hit.time.minutes < 24 * 60


@EXTRACTOR
@given(TEXT)
def test_extract_outcomes(text: str) -> None:
    for hit in extract_outcomes(text):
        assert_inside(text, hit.start, hit.end)
        assert hit.start < hit.end
        assert hit.outcome.polarity in (-1, 1)


@EXTRACTOR
@given(TEXT)
def test_extract_statement(text: str) -> None:
    hit = extract_statement(text)
    assert_inside(text, hit.start, hit.end)
    if hit.statement.negated:
        assert hit.start < hit.end and hit.statement.predicate


# --- sources, sentences, claims ------------------------------------------------------------------------------


def source_of(text: str, path: str = "a.md", published: dt.date | None = None) -> Source:
    """A source as ingest makes it; a text ingest refuses with its documented InputError is no example."""
    try:
        return source_from_bytes(text.encode("utf-8", errors="surrogatepass"), path, date=published)
    except InputError:
        assume(False)
        raise


@EXTRACTOR
@given(DOCUMENT)
@example("0\x1f0. 0")  # pysbd read "\x1f0" as a list number and crashed on int()
@example("---\ndate: 2025-10-22\n---\n")  # front matter and no sentence at all
def test_split_sentences(text: str) -> None:
    source = source_of(text)
    previous_end = source.body_start
    for index, sentence in enumerate(split_sentences(source)):
        assert_inside(source.text, sentence.start, sentence.end)
        assert source.text[sentence.start : sentence.end] == sentence.text
        assert sentence.start < sentence.end and sentence.index == index
        assert sentence.start >= previous_end, "sentences are in order and do not overlap"
        previous_end = sentence.end


def assert_claim(claim: Claim, source: Source) -> None:
    assert claim.source == source.path
    for span in (claim.span, claim.sentence):
        assert_inside(source.text, span.start, span.end)
        assert source.text[span.start : span.end] == span.text
        lines = source.text[: span.start].split("\n")
        assert (span.line, span.column) == (len(lines), len(lines[-1]) + 1)
    if claim.quantity is not None:
        assert_ordered(claim.quantity.lower, claim.quantity.upper)
    if claim.date is not None and claim.date.first is not None and claim.date.last is not None:
        assert claim.date.first <= claim.date.last
    assert claim.value is not None


@EXTRACTOR
@given(DOCUMENT, PUBLISHED)
def test_claims_of(text: str, published: dt.date | None) -> None:
    """Every extractor through the pipeline's own entry: attributions, quotes and actors included."""
    source = source_of(text, published=published)
    for claim in claims_of([source]):
        assert_claim(claim, source)


# One sentence (or paragraph) of thousands of words: the same few parts over and over.
LONG_SENTENCE = st.builds(
    lambda parts, times, joiner: joiner.join(parts * times),
    st.lists(st.one_of(SENTENCE.map(lambda s: s.rstrip(".")), st.sampled_from(VOCABULARY)), min_size=1, max_size=4),
    st.integers(50, 150),
    st.sampled_from([", ", " ", ". "]),
)


@settings(EXTRACTOR, max_examples=5, deadline=dt.timedelta(seconds=20))
@given(LONG_SENTENCE)
@example("Six, " * 2000)  # 10,000 characters; each of its 2,000 claims read the whole sentence again: a minute
@example("Rutte met Trump at 4 p.m. " * 1500)  # a 40,000-character paragraph: pysbd alone took seconds
def test_very_long_sentences(text: str) -> None:
    """Thousands of words, each a number or a name: work grows with the text, not with a claim times the text."""
    source = source_of(text, published=dt.date(2025, 10, 22))
    previous_end = 0
    for sentence in split_sentences(source):
        assert source.text[sentence.start : sentence.end] == sentence.text and sentence.start >= previous_end
        previous_end = sentence.end
    for claim in claims_of([source]):
        assert_claim(claim, source)


# --- the whole pipeline --------------------------------------------------------------------------------------


def report_of(texts: dict[str, str], published: dict[str, dt.date | None]) -> Report:
    sources = [source_of(text, path, published[path]) for path, text in texts.items()]
    return compare_sources(sources, embedder=HashingEmbedder())


def mirrored(report: Report, rename: dict[str, str]) -> list[tuple[str, str, tuple[tuple[str, int, int], ...]]]:
    """Each finding as its field, verdict and claim locations, with the sources renamed."""
    return sorted(
        (
            finding.field.value,
            finding.verdict.value,
            tuple(sorted((rename[c.source], c.start, c.end) for c in finding.claims)),
        )
        for finding in report.findings
    )


@PIPELINE
@given(DOCUMENT, DOCUMENT, PUBLISHED, PUBLISHED)
@example("0", "0\x1f0. 0", None, None)
def test_compare_sources(first: str, second: str, first_date: dt.date | None, second_date: dt.date | None) -> None:
    texts = {"a.md": first, "b.md": second}
    dates = {"a.md": first_date, "b.md": second_date}
    report = report_of(texts, dates)
    for finding in report.findings:
        assert 0.0 <= finding.confidence <= 1.0 and finding.reason
        for claim in finding.claims:
            assert texts[claim.source][claim.start : claim.end] == claim.text
        for i, j in finding.conflicts:
            assert 0 <= i < j < len(finding.claims)
    for fmt in FORMATTERS:
        assert render(report, fmt)

    # The order the sources are given in changes nothing, ids included.
    backwards = compare_sources(
        [source_of(second, "b.md", second_date), source_of(first, "a.md", first_date)], embedder=HashingEmbedder()
    )
    assert backwards == report

    # compare(b, a) is the mirror of compare(a, b): the same findings, each source's claims now under the other name.
    swapped = report_of({"a.md": second, "b.md": first}, {"a.md": second_date, "b.md": first_date})
    assert mirrored(swapped, {"a.md": "b.md", "b.md": "a.md"}) == mirrored(report, {"a.md": "a.md", "b.md": "b.md"})


@PIPELINE
@given(DOCUMENT, DOCUMENT, DOCUMENT, PUBLISHED)
def test_check_sources(draft_text: str, first: str, second: str, published: dt.date | None) -> None:
    draft = source_of(draft_text, "draft.md", published)
    sources = [source_of(first, "a.md", published), source_of(second, "b.md")]
    report = check_sources(draft, sources, embedder=HashingEmbedder())
    texts = {"draft.md": draft_text, "a.md": first, "b.md": second}
    for finding in report.findings:
        assert finding.claims[0].source == "draft.md", "the draft's claim comes first"
        for claim in finding.claims:
            assert texts[claim.source][claim.start : claim.end] == claim.text
    for fmt in FORMATTERS:
        assert render(report, fmt)
    assert check_sources(draft, sources[::-1], embedder=HashingEmbedder()) == report
