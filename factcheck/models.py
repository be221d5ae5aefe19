"""Models that cross module boundaries or get written out.

Data flows one way: files -> Source -> Sentence -> Claim -> ClaimGroup -> Finding -> Report.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.5"


class FieldName(str, Enum):
    """The typed field a claim carries and a contradiction is about."""

    QUANTITY = "quantity"
    DATE = "date"
    TIME = "time"
    ATTRIBUTION = "attribution"
    QUOTE = "quote"
    OUTCOME = "outcome"
    NEGATION = "negation"
    ENTITY = "entity"  # a named person, place or organisation; check flags one no source names
    WORDING = "wording"  # check: a draft sentence's words against its closest source sentences


class Verdict(str, Enum):
    """What the sources say about one aligned fact (compare), or about one claim of a draft (check)."""

    AGREEMENT = "agreement"
    CONTRADICTION = "contradiction"
    UPDATE = "update"  # a running count reported again later, higher: the chain, not a conflict
    NOT_COMPARABLE = "not_comparable"
    UNIQUE = "unique"
    SUPPORTED = "supported"
    CONTRADICTED = "contradicted"
    UNSUPPORTED = "unsupported"


COMPARE_VERDICTS = (
    Verdict.CONTRADICTION,
    Verdict.UPDATE,
    Verdict.NOT_COMPARABLE,
    Verdict.AGREEMENT,
    Verdict.UNIQUE,
)
CHECK_VERDICTS = (Verdict.CONTRADICTED, Verdict.UNSUPPORTED, Verdict.SUPPORTED)
CONFLICT_VERDICTS = (Verdict.CONTRADICTION, Verdict.CONTRADICTED)


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Source(Frozen):
    """One article as read from disk."""

    path: str = Field(description="the path as the user gave it")
    outlet: str | None = None
    title: str | None = None
    url: str | None = None
    published: dt.date | None = Field(default=None, description="publication date; None when unknown")
    published_time: dt.time | None = Field(default=None, description="publication time of day, when stated")
    date_origin: str = Field(
        default="unknown",
        description="where the date came from: option, front matter, html metadata, published line, dateline, "
        "url, dateline and story, unknown",
    )
    modified: dt.date | None = Field(default=None, description="a web page's last update, when it differs")
    read_as: Literal["text", "html"] = Field(
        default="text", description="text: the file is the text; html: the text was extracted from a web page"
    )
    text: str = Field(description="the text as read (a file decoded, a page's extracted text); offsets point into it")
    body_start: int = Field(default=0, description="offset where the article body begins (after front matter)")
    dateline_end: int = Field(default=0, description="offset where a wire dateline ends; 0 when there is none")
    dateline_day: tuple[int, int] | None = Field(
        default=None, description="(month, day) of a dateline without a year ('NEW DELHI, Apr 23:'), when undated"
    )
    story_month: dt.date | None = Field(
        default=None,
        description="for a source with no date of its own: the first day of the month of its story's middle "
        "publication date, which places the days it names without a year ('on October 19') in a year",
    )
    not_before: dt.date | None = Field(
        default=None,
        description="for a source with no date of its own: the last day its sentences say something was said or "
        "reported on ('officials said on January 31'), so it was published no earlier",
    )
    country: str | None = Field(
        default=None,
        description="ISO code of the country the article is about, where its story's articles agree on one, whose "
        "clock its local times are read on; set when a story is compared",
    )

    @property
    def timestamp(self) -> dt.datetime | None:
        """Publication moment, for ordering updates; midnight when only the day is known."""
        if self.published is None:
            return None
        return dt.datetime.combine(self.published, self.published_time or dt.time(0, 0))


class Span(Frozen):
    """A stretch of one source: half-open character offsets, and 1-based lines and columns of its ends."""

    source: str
    start: int
    end: int
    line: int
    text: str
    column: int = Field(default=1, description="1-based column of the first character")
    end_line: int = Field(default=0, description="1-based line of the last character; 0 when not computed")
    end_column: int = Field(default=0, description="1-based column just past the last character")


class Sentence(Frozen):
    source: str
    index: int
    start: int
    end: int
    text: str


# The dimensions a measure of an object may name ("length of ship"); "size" where its words name none ("a
# 948-foot vessel").
OBJECT_DIMENSIONS = ("length", "height", "width", "depth", "size")


def object_measure(counted: str | None) -> tuple[str, str] | None:
    """The dimension and the object of a measure of an object ("length of ship": ("length", "ship")), else None."""
    dimension, _, measured = (counted or "").partition(" of ")
    return (dimension, measured) if measured and dimension in OBJECT_DIMENSIONS else None


class Quantity(Frozen):
    """A count or measure as an interval: exact values have lower == upper."""

    lower: float | None
    upper: float | None
    unit: str | None = Field(default=None, description="canonical unit after conversion (km/h, m, kg, USD, ...)")
    written: str = Field(
        default="", description="the number and unit as written, normalised: '185 mph', '$1.2 billion'"
    )
    counted: str | None = Field(default=None, description="what is counted or measured: killed, injured, drones, ...")
    scope: str | None = Field(default=None, description="where it applies when stated: Kyiv, across Ukraine, ...")
    qualifier: str | None = Field(default=None, description="at least, up to, about, ... as written")
    noun: str | None = Field(default=None, description="the counted noun as written ('diplomats'), for reading")
    approximate: bool = False
    as_of: dt.date | None = Field(
        default=None,
        description="the day the figure was given, when its sentence says so ('officials said on Tuesday', "
        "'rose to 20 on April 8', 'as of Monday')",
    )
    holder: str | None = Field(
        default=None,
        description="whose figure it is, where its story gives this kind of count to several names (the Liberals' "
        "seats, the Conservatives'): the name its sentence gives it, or '?' where the sentence names none; "
        "set when a story's claims are aligned",
    )

    def describe(self) -> str:
        if self.unit == "years" and self.counted and self.counted.startswith("age") and self.lower is not None:
            whose = self.counted.removeprefix("age").removeprefix(" of ").title()
            upper = self.upper if self.upper is not None and self.upper != self.lower else None
            years = _format_number(self.lower) + (f" to {_format_number(upper)}" if upper is not None else "")
            return f"aged {years}" + (f" ({whose})" if whose else "")
        if self.unit == "ordinal" and self.lower is not None:
            unit, _, what = (self.counted or "day").partition(" of ")
            return f"{unit} {int(self.lower)}" + (f" of the {what}" if what else "")
        number = self.written or _format_interval(self.lower, self.upper, self.approximate)
        qualifier = f"{self.qualifier} " if self.qualifier else ""
        for kind, joint in (("difference", " in "), ("rate", " of ")):  # "won by 12 votes", "$44 million a company"
            if self.counted and self.counted.startswith(kind):
                what = self.noun or self.counted.removeprefix(kind).removeprefix(joint)
                return f"a {kind} of {qualifier}{number}" + (f" {what}" if what else "")
        measure = object_measure(self.counted)
        if measure is not None:  # "948-foot ship", "984 feet (length of ship)"
            return f"{qualifier}{number} " + (measure[1] if measure[0] == "size" else f"({self.counted})")
        counted = f" {self.noun or self.counted}" if self.counted else ""
        return f"{qualifier}{number}{counted}"


def _format_number(value: float) -> str:
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def _format_interval(lower: float | None, upper: float | None, approximate: bool) -> str:
    if lower is not None and upper is not None and lower == upper:
        return ("about " if approximate else "") + _format_number(lower)
    if lower is not None and upper is None:
        return f"at least {_format_number(lower)}"
    if lower is None and upper is not None:
        return f"at most {_format_number(upper)}"
    if lower is not None and upper is not None:
        return f"{_format_number(lower)}-{_format_number(upper)}"
    return "unknown"


class DateValue(Frozen):
    """A calendar day, month or year as an interval of days, resolved against the source date when relative."""

    first: dt.date | None = Field(description="first day the expression can mean; None when unresolved")
    last: dt.date | None = Field(description="last day the expression can mean; None when unresolved")
    granularity: str = Field(default="day", description="day, week (the days around a count of weeks), month or year")
    expression: str = Field(description="the words as written")
    relative: bool = Field(default=False, description="resolved against the source's own date")
    unresolved_reason: str | None = None

    def describe(self) -> str:
        if self.first is None:
            return f"{self.expression} (unresolved: {self.unresolved_reason})"
        if self.granularity == "year":
            return str(self.first.year)
        if self.granularity == "month":
            return f"{self.first:%B} {self.first.year:04d}"
        if self.last is not None and self.last != self.first:
            return f"{day_in_words(self.first)} to {day_in_words(self.last)}"
        return day_in_words(self.first)


def day_in_words(day: dt.date) -> str:
    """'Wednesday 22 October 2025'; years with four digits, as ISO writes them ('January 0001', not 'January 1')."""
    return f"{day:%A} {day.day} {day:%B} {day.year:04d}"


class TimeValue(Frozen):
    """A clock time, minutes since midnight, with its zone when stated; a span for a part of the day said of a deed
    ("a midday heist": 11:00 to 14:00)."""

    minutes: int = Field(ge=0, lt=24 * 60)
    until: int | None = Field(
        default=None, ge=0, lt=24 * 60, description="the end of a span of time ('between 9:30 and 9:40'), else None"
    )
    zone: str | None = None
    expression: str
    approximate: bool = Field(
        default=False,
        description="'around' (rounded to five minutes), 'shortly after' or 'before' (the half hour on that side)",
    )
    utc_offset: int | None = Field(
        default=None,
        description="minutes east of universal time of a local clock its conversion in brackets gives "
        "('1:39 PM local time (08:09 UTC)': 330), else None",
    )
    incident: str | None = Field(
        default=None,
        description="the one named incident of an article whose sentence names none ('the Palisades Fire'), else None",
    )

    def describe(self) -> str:
        zone = f" {self.zone}" if self.zone else ""
        until = f"\u2013{clock(self.until)}" if self.until is not None else ""
        if self.until is not None and not any(ch.isdigit() for ch in self.expression):  # "midday", "late-night"
            return f"{self.expression.lower()} ({clock(self.minutes)}{until}){zone}"
        return f"{clock(self.minutes)}{until}{zone}"


def clock(minutes: float) -> str:
    """'06:20' for minutes since midnight, wrapped into the day (a time put on universal time may leave it)."""
    hours, rest = divmod(int(minutes) % (24 * 60), 60)
    return f"{hours:02d}:{rest:02d}"


class Attribution(Frozen):
    """Who said or reported something, with the verb used and the outlet it came through."""

    speaker: str | None = Field(description="the person or body credited, canonical name when known")
    speaker_text: str | None = None
    verb: str | None = None
    outlet: str | None = Field(
        default=None, description="the outlet cited as intermediary (told Fox News, according to ...)"
    )


class Quote(Frozen):
    """A direct quotation and who it is attributed to."""

    text: str
    speaker: str | None = None


class Outcome(Frozen):
    """How an event turned out, as a polarity: positive (took place, succeeded), negative (failed, cancelled)."""

    event: str = Field(description="the event the outcome is about: call, meeting, summit, talks, ...")
    polarity: int = Field(description="+1 positive, -1 negative")
    cue: str = Field(description="the words that carry the polarity")


class Statement(Frozen):
    """A predicate with its polarity, for negation conflicts: 'will provide' vs 'will not provide'."""

    predicate: str = Field(description="the stems of the words negated, for matching: 'damag'")
    words: str = Field(default="", description="those words as written, for reading: 'damaged'")
    negated: bool
    cue: str | None = None


class Claim(Frozen):
    """One checkable fact from one sentence, with exactly one typed field set."""

    id: str
    source: str
    field: FieldName
    span: Span = Field(description="the words that carry the fact")
    sentence: Span = Field(description="the sentence around it")
    actors: tuple[str, ...] = Field(default=(), description="canonical names of the actors in the sentence")
    people: tuple[str, ...] = Field(default=(), description="the actors known to be people")
    keywords: tuple[str, ...] = Field(default=(), description="content words of the sentence, lower-cased")
    quantity: Quantity | None = None
    date: DateValue | None = None
    time: TimeValue | None = None
    attribution: Attribution | None = None
    quote: Quote | None = None
    outcome: Outcome | None = None
    statement: Statement | None = None
    entity: str | None = Field(default=None, description="canonical name of a named actor")
    title: str | None = Field(default=None, description="an entity's title as written before its name, lower-cased")

    @property
    def in_sentence(self) -> tuple[int, int]:
        """Where the claim's words start and end inside its sentence's text."""
        return self.span.start - self.sentence.start, self.span.end - self.sentence.start

    @property
    def value(self) -> str:
        """The typed value in words, as a report shows it."""
        if self.entity is not None:
            return self.entity
        if self.quantity is not None:
            return self.quantity.describe()
        if self.date is not None:
            return self.date.describe()
        if self.time is not None:
            return self.time.describe()
        if self.quote is not None:
            speaker = self.quote.speaker or "unattributed"
            return f"\u201c{self.quote.text}\u201d ({speaker})"
        if self.outcome is not None:
            sign = "positive" if self.outcome.polarity > 0 else "negative"
            return f"{self.outcome.event}: {sign} ({self.outcome.cue})"
        if self.statement is not None:
            return f"not {self.statement.words or self.statement.predicate}" if self.statement.negated else "affirmed"
        if self.attribution is not None:
            via = f" via {self.attribution.outlet}" if self.attribution.outlet else ""
            return f"{self.attribution.speaker or 'unnamed'}{via}"
        return self.span.text


class ClaimGroup(Frozen):
    """Claims from different sources that are about the same fact."""

    field: FieldName
    claims: tuple[Claim, ...]
    similarity: float = Field(ge=0.0, le=1.0, description="the weakest link that joined the group")


class FindingClaim(Frozen):
    """A claim as a finding shows it: where it is, what it says, and which value cluster it falls in."""

    source: str
    text: str
    start: int
    end: int
    line: int
    column: int = 1
    end_line: int = 0
    end_column: int = 0
    value: str
    sentence: str
    cluster: int = Field(description="claims with the same cluster number agree with each other")
    attribution: str | None = None


class Finding(Frozen):
    """One verdict about one fact across the sources."""

    id: str
    verdict: Verdict
    field: FieldName
    confidence: float = Field(ge=0.0, le=1.0)
    reason: str
    claims: tuple[FindingClaim, ...]
    conflicts: tuple[tuple[int, int], ...] = Field(
        default=(), description="pairs of indices into claims whose values contradict each other"
    )
    updates: tuple[tuple[int, int], ...] = Field(
        default=(), description="pairs (earlier, later) of indices into claims: the later figure updates the earlier"
    )
    chain: tuple[str, ...] = Field(
        default=(), description="update findings: the values in the order they were reported, earliest first"
    )


class SourceSummary(Frozen):
    path: str
    outlet: str | None
    title: str | None
    url: str | None = None
    published: dt.date | None
    date_origin: str
    modified: dt.date | None = None
    read_as: Literal["text", "html"] = "text"
    text: str | None = Field(
        default=None, description="html sources: the text extracted from the page, which every offset points into"
    )
    text_file: str | None = Field(default=None, description="where --save-text wrote that text; null otherwise")
    claims: int


class Report(Frozen):
    """Everything compare found, ready to be written out."""

    schema_version: str = SCHEMA_VERSION
    command: str = Field(default="compare", description="compare or check")
    draft: str | None = Field(default=None, description="check: the draft's path as given")
    draft_source: SourceSummary | None = Field(default=None, description="check: the draft as read")
    sources: tuple[SourceSummary, ...]
    findings: tuple[Finding, ...]
    warnings: tuple[str, ...] = ()
    texts: dict[str, str] = Field(
        default_factory=dict,
        exclude=True,
        repr=False,
        description="the text of each source (and of the draft) as read, by path, for reports that show the "
        "articles (HTML); not part of the JSON",
    )

    def count(self, verdict: Verdict) -> int:
        return sum(1 for finding in self.findings if finding.verdict is verdict)

    def text_file(self, path: str) -> str:
        """The file that offsets into source `path` count in: a web page's saved text (--save-text), else `path`."""
        read = [*self.sources, *([self.draft_source] if self.draft_source else [])]
        return next((s.text_file for s in read if s.path == path and s.text_file), path)

    @property
    def verdicts(self) -> tuple[Verdict, ...]:
        """The verdicts this kind of report uses, in reading order."""
        return CHECK_VERDICTS if self.command == "check" else COMPARE_VERDICTS

    def exit_code(self, *, fail_on: float | None = 0.0, unsupported: bool = False) -> int:
        """1 when a contradiction (or, if asked, an unsupported claim) reaches the confidence threshold.

        `fail_on` None never fails.
        """
        if fail_on is None:
            return 0
        failing = CONFLICT_VERDICTS + ((Verdict.UNSUPPORTED,) if unsupported else ())
        return 1 if any(f.verdict in failing and f.confidence >= fail_on for f in self.findings) else 0
