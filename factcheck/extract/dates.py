"""Dates and clock times, resolved against the article's own publication date.

Relative expressions ("on Monday", "yesterday", "three days ago") need the source date; without
it they stay unresolved and say why. "Two days earlier" is relative to another event, not to the
article, so it is never resolved by guesswork.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from factcheck.extract.lexicon import ANSWERING_NOUNS, CRIME_NOUN, INCIDENT_NOUN
from factcheck.extract.numbers import UNITS
from factcheck.extract.zones import ABBREVIATIONS
from factcheck.ingest import MONTHS
from factcheck.models import DateValue, TimeValue

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH_ABBR = r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
_MONTH_FULL = r"January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH = rf"(?:{_MONTH_FULL}|(?:{_MONTH_ABBR})\.?)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
# After a month and day, four digits are a year of any recorded past ("July 1, 1869"); alone, only from 1900 on
# ("in 1500 homes" counts homes)
_DATED_YEAR = r"(?P<year>(?:1[5-9]|20)\d\d)"
# A day of the week by its name, as a pattern (capitalised; case-blind where the pattern around it is).
WEEKDAY_NAME = "(?:" + "|".join(day.title() for day in WEEKDAYS) + ")"
_WEEKDAY = rf"(?P<weekday>{WEEKDAY_NAME})"
_PART = r"(?:[ -](?:morning|afternoon|evening|night))?"

DATE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")),
    # "28/03/2025", "3/28/2025", "22.04.2025": day and month in either order, with a year
    (
        "numeric",
        re.compile(r"(?<![\d/.])(?P<first>[0-3]?\d)(?P<sep>[/.])(?P<second>[0-3]?\d)(?P=sep)" + _YEAR + r"(?![\d/])"),
    ),
    ("month_day", re.compile(rf"(?:\b{_WEEKDAY},?\s+)?\b(?P<month>{_MONTH})\s+{_DAY}\b(?:,?\s+{_DATED_YEAR}\b)?")),
    (
        "day_month",
        re.compile(
            rf"(?:\b{_WEEKDAY},?\s+)?\b{_DAY}\s+(?:of\s+)?(?P<month>{_MONTH})(?![a-z])(?:,?\s+{_DATED_YEAR}\b)?"
        ),
    ),
    ("month_year", re.compile(rf"\b(?P<month>{_MONTH_FULL})\s+{_DATED_YEAR}\b")),
    # a day of the month alone, where no noun follows it: "on the 28th.", "on the 29th that ..."; not "on the 28th
    # floor" or "on the 7th day of the search"
    (
        "day_of_month",
        re.compile(
            r"\b[Oo]n\s+the\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b"
            r"(?=\s*(?:[.,;:)!?]|\Z|\s(?:that|when|and|as|after|before|at|in|with|by|while|but)\b))"
            # not "on the 2nd and 3rd floors", "on the 3rd and final day"
            r"(?!\s+and\s+(?:the\s+)?(?:\d+(?:st|nd|rd|th)|final|last)\b)"
        ),
    ),
    (
        "in_month",
        re.compile(rf"\b(?:[Ii]n|[Ss]ince|[Bb]y|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id-?)\s+(?P<month>{_MONTH_FULL})\b"),
    ),
    (
        "in_year",
        re.compile(rf"\b(?:[Ii]n|[Ss]ince|[Dd]uring|(?:[Ff]ull |[Ff]iscal |[Cc]alendar )?year of)\s+{_YEAR}\b"),
    ),
    (
        "weekday",
        re.compile(rf"\b(?P<mod>[Ll]ast|[Tt]his|[Nn]ext|[Oo]n|[Ee]arly|[Ll]ate)?\s?{_WEEKDAY}(?:['’]s)?{_PART}\b"),
    ),
    (
        "deictic",
        re.compile(
            r"\b(?P<word>[Yy]esterday|[Tt]oday|[Tt]onight|[Tt]his (?:morning|afternoon|evening)|"
            r"[Ll]ast night|[Ee]arlier today|[Tt]he day before)\b"
        ),
    ),
    (
        "ago",
        re.compile(
            r"\b(?P<count>\d+|" + "|".join(UNITS) + r"|a)\s+(?P<what>days?|weeks?|years?|decades?)\s+"
            r"(?P<dir>ago|earlier|before|later)\b",
            re.I,
        ),
    ),
]
# A day that owns what follows names an event: "revised the toll on Monday's attack to 30".
_POSSESSIVE = re.compile(r"['\u2019]s\s*\Z")
FUTURE_CUES = re.compile(
    r"\b(?:will|would|is to|are to|next|scheduled|is set to|are set to|plans? to|expected to|"
    r"due to|upcoming|through|until|till|by)\s*\Z"
    r"|\b(?:will|is set to|are set to|plans? to|expected|scheduled|forecast)\b",
    re.I,
)
# A date right after a reporting verb dates the report, not the event: "officials said on Monday", "AFP quoted the
# government as stating on Monday"; so does the date a count was read at: "3,085 people as of Thursday morning",
# "the examiner updated the death toll on Sunday to 24".
REPORTING = re.compile(
    r"\b(?:said|says|saying|told|announced|confirmed|reported|added|stated|stating|rose|risen|climbed|stood|reached)"
    r"(?:\s+(?:reporters|journalists|the\s+(?:press|media)))?"  # "told reporters Thursday morning"
    r"(?:\s+(?:to|at)\s+(?:at least\s+|more than\s+)?[\w,]+)?\s*(?:on\s+|late\s+|early\s+)?\Z"
    # a report's own date: "a report issued Thursday", "a statement released on Monday"
    r"|\b(?:report|statement|bulletin|update|figures|data)\s+(?:issued|released|published)\s*(?:on\s+)?\Z"
    # "said in a statement Saturday evening", "told reporters at a briefing on Monday", "spoke during a news
    # conference on Sunday afternoon", "Speaking at a news conference Saturday morning"
    r"|\b(?:said|announced|told(?:\s+reporters)?|spoke|speaking)\s+(?:(?:in|at|during)\s+)?an?\s+(?:[\w-]+\s+)?"
    r"(?:statement|conference|briefing|post|update|interview)\s*(?:on\s+|late\s+|early\s+)?\Z"
    # "updated the death toll on Sunday to 24", "revised its count Monday"
    r"|\b(?:updated|revised|raised|lowered)\s+(?:the|its|their)\s+(?:death\s+)?(?:toll|count|tally|figures?)\s*"
    r"(?:on\s+)?\Z"
    r"|\bas\s+of\s*\Z",
    re.I,
)

# The zones `factcheck.extract.zones` knows by their abbreviation, in capitals: "CDT", "HST", "JST".
_ZONE_ABBREVIATIONS = "|".join(
    sorted(
        (name.upper() for name in ABBREVIATIONS if len(name) > 1 and name not in ("utc", "gmt")), key=len, reverse=True
    )
)
_TIME = re.compile(
    r"(?P<qual>(?:shortly|just|soon) (?:after|before)|around|about|approximately|roughly|at about|at around)?\s?"
    r"(?:(?<![\d:.])(?P<h12>1[0-2]|0?[1-9])(?:[:.](?P<m12>[0-5]\d)(?::[0-5]\d)?)?\s?"
    r"(?P<ampm>(?i:a\.m\.|p\.m\.|am\b|pm\b|a\.m\b|p\.m\b))"
    # the half of the day in words: "6:42 this morning", "9.30 on Sunday morning", "at 8 tonight"
    r"|(?<![\d:.])(?:(?P<hd>1[0-2]|0?[1-9])[:.](?P<md>[0-5]\d)|(?<=at )(?P<hw>1[0-2]|0?[1-9]))\s+"
    r"(?P<part>(?i:(?:this|in\s+the|on\s+\w+day|\w+day)\s+(?:morning|afternoon|evening|night)|tonight))"
    r"|(?<![\d:.])(?P<h24>[01]?\d|2[0-3])[:h](?P<m24>[0-5]\d)(?::[0-5]\d)?"
    r"(?=\s*(?:GMT|UTC|hours|hrs|local|[A-Z]{2,4}\b|[A-Z][a-z]+ time|\(|,|\.|$))"
    # the wire's four digits, with their zone or "hours": "0650 GMT", "1430 hrs", "2100 local time"
    r"|(?<![\d:.,])(?<![Ii]n )(?P<hwire>[01]\d|2[0-3])(?P<mwire>[0-5]\d)"
    rf"(?=\s?(?:GMT|UTC|local\s+time|(?:{_ZONE_ABBREVIATIONS})\b))"
    # "hours" or "hrs" only after a word of time, and not before "of": "at 1430 hrs", not "1200 hours of footage"
    r"|(?:(?<=at )|(?<=by )|(?<=till )|(?<=until )|(?<=from )|(?<=to )|(?<=and )|(?<=before )|(?<=after )"
    r"|(?<=around )|(?<=about ))(?P<hcued>[01]\d|2[0-3])(?P<mcued>[0-5]\d)(?=\s?(?:hrs|hours)\b(?!\s+of\b))"
    r"|(?:(?<=at )|(?<=by )|(?<=after )|(?<=until )|(?<=before )|(?<=since ))(?P<word>noon|midnight))"
    r"(?P<zone>\s?(?:\(?local time\)?|\(?(?:[A-Z][a-z]+ |[A-Z]{2,3} )?time\)?"
    # the zone after the day the time is of: "11:25 p.m. Tuesday UTC"
    rf"|(?:{WEEKDAY_NAME}\s+)?\(?(?:GMT|UTC)(?:(?:\s?[+\u2212]\s?|-)\d{{1,2}}(?:[:.]?\d{{2}})?)?\)?|"
    rf"(?:{_ZONE_ABBREVIATIONS})\b))?"
)


@dataclass(frozen=True)
class DateHit:
    start: int
    end: int
    date: DateValue


@dataclass(frozen=True)
class TimeHit:
    start: int
    end: int
    time: TimeValue
    conversion: bool = False  # the time before it on another clock: no claim, but no figure either


def extract_dates(text: str, published: dt.date | None, story_month: dt.date | None = None) -> list[DateHit]:
    """Date expressions in one sentence, longest first where they overlap (see `read_dates`)."""
    return read_dates(text, published, story_month)[0]


def reading_day(text: str, published: dt.date | None, story_month: dt.date | None = None) -> dt.date | None:
    """The day a sentence says its figures were given (see `read_dates`)."""
    return read_dates(text, published, story_month)[1]


# A date right before its reporting verb dates the report too: "a report in the newspaper on Saturday said".
_SAID_AFTER = re.compile(
    r"\s*(?:said|says|reported|announced|stated|(?:news|press) (?:conference|briefing)|briefing|statement)\b", re.I
)
# The day an earlier figure was given, in a sentence that gives a newer one: "17 deaths, up from 16 on Monday".
_EARLIER_READING = re.compile(r"\b(?:up|down)\s+from\s+[\w,.%]+(?:\s+percent)?\s+(?:on\s+)?\Z", re.I)
# A page's own stamp inside its text, a word of page furniture in capitals before the day: "By Ana Ruiz, Staff Posted
# Jan 31, 2025", "Updated: 9 January 2025"; not "a report published Tuesday".
_STAMPED_BEFORE = re.compile(
    r"\b(?:(?:First\s+|Last\s+)?(?:Posted|Published|Updated|Modified)|POSTED|PUBLISHED|UPDATED)\s*(?:on|at)?\s*[:\-–—]?\s*\Z"
)
# A report of the event itself, not of figures: "the fire was first reported Tuesday".
_REPORTED_EVENT = re.compile(r"\b(?:first|was|were|been)\s+(?:reported|announced|confirmed)\s*(?:on\s+)?\Z", re.I)


def read_dates(
    text: str, published: dt.date | None, story_month: dt.date | None = None
) -> tuple[list[DateHit], dt.date | None]:
    """A sentence's date expressions, longest first where they overlap, and the day it says its figures were given.

    A day or month named without a year is placed by the article's date, else by its story's month
    (`ingest.date_by_story`), as news mostly looks back. A date after a report or an update dates the figures, not
    an event ("officials said on Tuesday", "the toll rose to 20 on April 8", "as of Monday"): the sentence's one
    such day, None when it names none or two.
    """
    hits: list[DateHit] = []
    taken = _Taken()
    days = set()
    for kind, pattern in DATE_PATTERNS:
        for match in pattern.finditer(text):
            before = text[max(0, match.start() - 40) : match.start()]
            if _EARLIER_READING.search(before) or _STAMPED_BEFORE.search(before):
                continue
            reported = (
                REPORTING.search(before) is not None and not _POSSESSIVE.search(match.group(0))
            ) or _SAID_AFTER.match(text, match.end()) is not None
            if taken.overlaps(match.start(), match.end()) and not reported:
                continue
            future = _looks_ahead(text, match.start()) and not _past_event(text, match.start(), match.end())
            value = _resolve(kind, match, published, future, story_month)
            if reported:
                day = value.first if value is not None and value.first == value.last else None
                if day is not None and not _REPORTED_EVENT.search(before):
                    days.add(day)
                continue
            if value is None:
                continue
            start = match.start() + (len(match.group(0)) - len(match.group(0).lstrip()))
            hits.append(DateHit(start, match.end(), value))
            taken.add(match.start(), match.end())
    return _glossed_weekdays(text, sorted(hits, key=lambda hit: hit.start)), days.pop() if len(days) == 1 else None


# An entry of a timeline opens on its moment: "8:12 p.m.: The fire has grown to 200 acres", "- Friday, 4:50 p.m.:",
# "Jan. 7, 2025, 5 p.m.:", "Tuesday, Jan. 7:", "Friday morning:", "7 January:", "6:30 a.m. UPDATE:".
_TIMELINE_ENTRY = re.compile(
    r"\A[\s\-•*–—]*"
    rf"(?:{_WEEKDAY}\b,?\s*)?"
    rf"(?:(?P<date>{_MONTH}\s+\d{{1,2}}(?:,?\s*\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?)\b,?\s*)?"
    r"(?:(?:at\s+)?(?P<clock>\d{1,2}(?::\d{2})?\s*[ap]\.?\s?m\b\.?|\d{1,2}:\d{2}\b|noon\b|midnight\b))?"
    r"(?:\s*(?P<part>morning|afternoon|evening|night)\b)?"
    r"(?:\s+(?-i:[A-Z]{2,}))?\s*:\s",
    re.I,
)


@lru_cache(maxsize=4096)  # asked of both sentences of every pair of figures compared
def opens_timeline_entry(text: str) -> bool:
    """Whether a sentence is an entry of a timeline: it opens on a weekday, a date or a clock time and a colon."""
    found = _TIMELINE_ENTRY.match(text)
    return found is not None and any(found.group(part) for part in ("weekday", "date", "clock"))


_AGO = dict(DATE_PATTERNS)["ago"]


def day_spans(text: str) -> list[tuple[int, int]]:
    """Where the sentence names a day of a month ("April 8", "8 April 2025"), whether or not the day dates
    anything here (a day told of a report is left out of its dates): its numbers are never counts."""
    return [
        match.span()
        for kind, pattern in DATE_PATTERNS
        if kind in ("iso", "month_day", "day_month")
        for match in pattern.finditer(text)
    ]


_WEEKDAY_ONLY = re.compile(rf"(?:(?:on|last|this|next)\s+)?{_WEEKDAY}\Z", re.I)
_GLOSS_OPEN = re.compile(r"\s*\(\s*\Z")
_GLOSS_CLOSE = re.compile(r"\s*\)")


def _glossed_weekdays(text: str, hits: list[DateHit]) -> list[DateHit]:
    """ "On Saturday (Nov 1)": one date, the one in brackets, which says which Saturday is meant."""
    merged: list[DateHit] = []
    k = 0
    while k < len(hits):
        hit = hits[k]
        following = hits[k + 1] if k + 1 < len(hits) else None
        if (
            following is not None
            and following.date.granularity == "day"
            and _WEEKDAY_ONLY.match(text, hit.start, hit.end)
            and _GLOSS_OPEN.match(text[hit.end : following.start])
        ):
            close = _GLOSS_CLOSE.match(text, following.end)
            if close:
                written = " ".join(text[hit.start : close.end()].split())
                date = following.date.model_copy(update={"expression": written})
                merged.append(DateHit(hit.start, close.end(), date))
                k += 2
                continue
        merged.append(hit)
        k += 1
    return merged


class _Taken:
    """Disjoint spans, kept sorted, so that overlap with any of them is two comparisons: a sentence can hold
    thousands of dates."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        at = bisect.bisect_right(self.starts, start)
        return (at > 0 and self.ends[at - 1] > start) or (at < len(self.starts) and self.starts[at] < end)

    def add(self, start: int, end: int) -> None:
        at = bisect.bisect_right(self.starts, start)
        self.starts.insert(at, start)
        self.ends.insert(at, end)


CUE_REACH = 300  # characters before a date searched for a future cue: its clause, not the whole of a long sentence


# An event named by its day, after a word that looks back to it: "damages from Friday's earthquake", "since
# Tuesday's attack". It has happened, whatever the clause around it plans ("flags will fly until April 6").
_LOOKS_BACK = re.compile(r"\b(?:from|since|after|following|(?<!ahead )of)(?:\s+last)?\s*\Z", re.I)


def _past_event(text: str, start: int, end: int) -> bool:
    """A possessive day ("Friday's") right after a word that looks back to what happened on it."""
    return text[end - 2 : end] in ("'s", "’s") and bool(_LOOKS_BACK.search(text, max(0, start - 20), start))


def _looks_ahead(text: str, start: int) -> bool:
    """A future cue in the same clause, shortly before the date: "will meet on Friday", "must leave by Friday"; not
    a deadline met: "12,000 had left their homes by Tuesday evening"."""
    clause = re.split(r"[,;:—–]", text[max(0, start - CUE_REACH) : start])[-1]
    if not FUTURE_CUES.search(clause):
        return False
    return not (_DONE_BY.search(clause) and not _FUTURE_WORDS.search(clause))


# A time by which something had been done: the deadline is past ("12,000 had left their homes by Tuesday", "was
# contained by Monday"); not one still to come ("were ordered to leave by Friday", "has closed schools until Monday").
_DONE_BY = re.compile(r"\b(?:had|has|(?<!\bto\s)have|was|were)\b(?![^,;:]*\bto\s+\w+\s+by\s*\Z)[^,;:]*\bby\s*\Z", re.I)
# The cues that look ahead whatever the tense around them.
_FUTURE_WORDS = re.compile(
    r"\b(?:will|would|is to|are to|next|scheduled|is set to|are set to|plans? to|expected|due to|upcoming|forecast)\b",
    re.I,
)


def _resolve(
    kind: str, match: re.Match[str], published: dt.date | None, future: bool, story_month: dt.date | None
) -> DateValue | None:
    expression = match.group(0).strip()
    if kind in ("iso", "month_day", "day_month"):
        return _absolute_day(match, expression, published, story_month)
    if kind == "day_of_month":
        if _NAMES_A_MONTH.search(match.string):
            return None  # "talks collapsed in January, and the truce ended on the 28th": not the article's month
        return _day_of_month(int(match.group("day")), expression, published, future)
    if kind == "numeric":
        return _numeric_day(match, expression, published, story_month, future)
    if kind == "month_year":
        return _month(int(match.group("year")), _month_number(match.group("month")), expression, False)
    if kind == "in_month":
        month = _month_number(match.group("month"))
        anchor = published or story_month  # a month of the story's or an earlier one, as news mostly looks back
        if anchor is None:
            return _unresolved(expression, "no year and the source date is unknown")
        year = anchor.year if month <= anchor.month or future else anchor.year - 1
        if year < dt.MINYEAR:
            return _unresolved(expression, OUTSIDE_CALENDAR)
        return _month(year, month, expression, True)
    if kind == "in_year":
        year = int(match.group("year"))
        return DateValue(
            first=dt.date(year, 1, 1), last=dt.date(year, 12, 31), granularity="year", expression=expression
        )
    if kind == "weekday":
        return _weekday(match, expression, published, future)
    if kind == "deictic":
        return _deictic(match.group("word").lower(), expression, published)
    return _ago(match, expression, published)


_NAMING_PATTERNS = [pattern for kind, pattern in DATE_PATTERNS if kind in ("month_day", "day_month", "weekday")]


def named_day(expression: str) -> dict[str, int]:
    """What a date expression names of its day, whether or not it can be placed in the calendar: the weekday
    (Monday is 0), the month and the day of the month. "Next Sunday" and "this Sunday" name no weekday of the past."""
    named: dict[str, int] = {}
    for pattern in _NAMING_PATTERNS:
        for match in pattern.finditer(expression):
            groups = match.groupdict()
            if groups.get("weekday") and (groups.get("mod") or "").lower() not in ("next", "this"):
                named.setdefault("weekday", WEEKDAYS.index(groups["weekday"].lower()))
            if groups.get("month") and groups.get("day"):
                named.setdefault("month", _month_number(groups["month"]))
                named.setdefault("day", int(groups["day"]))
    return named


def stated(date: DateValue) -> dict[str, int]:
    """What a date says of its day, placed in the calendar or not: the weekday, the month and the day of the month;
    of an unplaced "35 years ago", how many years back."""
    if date.first is not None and date.first == date.last:
        return {"weekday": date.first.weekday(), "month": date.first.month, "day": date.first.day}
    return {} if date.first is not None else dict(_named_in(date.expression))


@lru_cache(maxsize=4096)  # asked of both dates of every candidate pair that align weighs: once per expression
def _named_in(expression: str) -> tuple[tuple[str, int], ...]:
    """What an unplaced date expression names of its day, or how many years back it reaches."""
    back = years_ago(expression)
    return tuple((named_day(expression) | ({"years ago": back} if back is not None else {})).items())


def _month_number(name: str) -> int:
    return MONTHS[name.rstrip(".").lower()]


def _absolute_day(
    match: re.Match[str], expression: str, published: dt.date | None, story_month: dt.date | None
) -> DateValue | None:
    month = int(match.group("month")) if match.group("month").isdigit() else _month_number(match.group("month"))
    day = int(match.group("day"))
    if not 1 <= day <= 31:
        return None
    year_text = match.group("year")
    if year_text:
        year, relative = int(year_text), False
    elif (anchor := published or story_month) is not None:
        year = _nearest_year(month, day, published) if published else _year_in_story(month, day, anchor)
        relative = True
        if year < dt.MINYEAR:
            return _unresolved(expression, OUTSIDE_CALENDAR)
    else:
        return _unresolved(expression, "no year and the source date is unknown")
    try:
        day_value = dt.date(year, month, day)
    except ValueError:
        return None
    return DateValue(first=day_value, last=day_value, expression=expression, relative=relative)


_NAMES_A_MONTH = re.compile(rf"\b(?:{_MONTH_FULL})\b")


def _day_of_month(day: int, expression: str, published: dt.date | None, future: bool) -> DateValue | None:
    """The day of the month a date names alone ("on the 28th"): of the article's month, or of the month before
    where that day is still to come (the month after where that day is past and the sentence looks ahead: "will
    meet on the 8th"); unresolved without the article's date."""
    if published is None:
        return _unresolved(expression, "no month and the source date is unknown")
    if future:
        month = published if day > published.day else (published.replace(day=28) + dt.timedelta(days=4))
    else:
        month = published if day <= published.day else published.replace(day=1) - dt.timedelta(days=1)
    try:
        found = month.replace(day=day)
    except ValueError:
        return None
    return DateValue(first=found, last=found, expression=expression, relative=True)


def _numeric_day(
    match: re.Match[str], expression: str, published: dt.date | None, story_month: dt.date | None, future: bool
) -> DateValue | None:
    """A day written in figures, "28/03/2025" or "3/28/2025": day first or month first, whichever the figures
    allow; where both do ("1/7/2025"), the one reading before the article's date (after it where the sentence looks
    ahead), as news mostly looks back; else the reading nearer that date (or the story's month), and unresolved
    without one, or where the two readings are as near."""
    anchor = published or story_month
    year, first, second = int(match.group("year")), int(match.group("first")), int(match.group("second"))
    readings = []
    for day, month in {(first, second), (second, first)}:
        try:
            readings.append(dt.date(year, month, day))
        except ValueError:
            continue
    if not readings:
        return None
    if len(readings) > 1:
        if anchor is None:
            return _unresolved(expression, "day and month could be either way round")
        on_its_side = [day for day in readings if published is not None and (day > published) == future]
        if len(on_its_side) == 1:
            return DateValue(first=on_its_side[0], last=on_its_side[0], expression=expression)
        distance = sorted((abs((day - anchor).days), day) for day in readings)
        if distance[0][0] == distance[1][0]:
            return _unresolved(expression, "day and month could be either way round")
        readings = [distance[0][1]]
    return DateValue(first=readings[0], last=readings[0], expression=expression)


def _year_in_story(month: int, day: int, story_month: dt.date) -> int:
    """An undated article is of its story's month or some months later, so it looks ahead further than a dated
    one: a day-month is the one from seven months before the story's month to six months after it ("the Sept. 24
    hearing" in a story of July 2024 is 2024's; "April 4" in one of December 2024 is 2025's; "May 1" in one of
    November 2025 is 2025's), as news mostly looks back."""
    year, offset = story_month.year, _days_after(month, day, story_month)
    return year - 1 if offset > 183 else year + 1 if offset < -213 else year


def _nearest_year(month: int, day: int, published: dt.date) -> int:
    """News mostly looks back: a day-month more than two months after the article is last year's."""
    return published.year - 1 if _days_after(month, day, published) > 60 else published.year


def _days_after(month: int, day: int, anchor: dt.date) -> int:
    """How many days a day-month of the anchor's year comes after it (before it: negative); 0 where that year has
    no such day (29 February)."""
    try:
        return (dt.date(anchor.year, month, day) - anchor).days
    except ValueError:
        return 0


def _month(year: int, month: int, expression: str, relative: bool) -> DateValue:
    last_day = calendar.monthrange(year, month)[1]
    return DateValue(
        first=dt.date(year, month, 1),
        last=dt.date(year, month, last_day),
        granularity="month",
        expression=expression,
        relative=relative,
    )


def _weekday(match: re.Match[str], expression: str, published: dt.date | None, future: bool) -> DateValue:
    if published is None:
        return _unresolved(expression, "the source date is unknown")
    target = WEEKDAYS.index(match.group("weekday").lower())
    modifier = (match.group("mod") or "").lower()
    if modifier == "next" or (future and modifier != "last"):
        offset = (target - published.weekday()) % 7 or (7 if modifier == "next" else 0)
    else:
        back = (published.weekday() - target) % 7
        if modifier == "last" and back == 0:
            back = 7
        offset = -back
    return _day_from(published, offset, expression)


def _deictic(word: str, expression: str, published: dt.date | None) -> DateValue:
    if published is None:
        return _unresolved(expression, "the source date is unknown")
    if word == "the day before":
        return _unresolved(expression, "relative to another event")
    return _day_from(published, -1 if word == "yesterday" else 0, expression)


OUTSIDE_CALENDAR = "it falls outside the calendar (years 1 to 9999)"


def _day_from(published: dt.date, days: int, expression: str) -> DateValue:
    """The day `days` after the publication date; unresolved, not an error, past the ends of the calendar."""
    try:
        day = published + dt.timedelta(days=days)
    except OverflowError:  # "next Monday" in an article dated 9999-12-31, "yesterday" on 0001-01-01
        return _unresolved(expression, OUTSIDE_CALENDAR)
    return DateValue(first=day, last=day, expression=expression, relative=True)


def _ago(match: re.Match[str], expression: str, published: dt.date | None) -> DateValue:
    if match.group("dir").lower() != "ago":
        return _unresolved(expression, "relative to another event")
    if published is None:
        return _unresolved(expression, "the source date is unknown")
    back = _years_back(match)
    if back is not None:
        return _years_before(published.year - back, expression)
    if match.group("what").lower().startswith("week"):
        hedge = _WEEKS_HEDGE.search(match.string, max(0, match.start() - 12), match.start())
        return _weeks_before(published, _count(match), hedge.group(1).lower() if hedge else "", expression)
    return _day_from(published, -_count(match), expression)


_WEEKS_HEDGE = re.compile(r"\b(more than|over|nearly|almost)\s+\Z", re.I)


def _weeks_before(published: dt.date, weeks: int, hedge: str, expression: str) -> DateValue:
    """ "A week ago" is no one day. It stands for the days that round to that many weeks back, half a week either
    side; "more than three weeks ago" for up to a week and a half beyond; "nearly a week ago" for the half week
    short of it."""
    back = 7 * weeks
    beyond, short = (back + 10, back), (back, back - 3)  # (most, least) days back
    spans = {"more than": beyond, "over": beyond, "nearly": short, "almost": short}
    most, least = spans.get(hedge, (back + 3, back - 3))
    earliest, latest = _day_from(published, -most, expression), _day_from(published, -least, expression)
    if earliest.first is None or latest.first is None:
        return _unresolved(expression, OUTSIDE_CALENDAR)
    return DateValue(first=earliest.first, last=latest.first, granularity="week", expression=expression, relative=True)


def _count(match: re.Match[str]) -> int:
    """How many days, weeks or years an "ago" expression counts: "35", "three", "a"."""
    text = match.group("count").lower()
    return int(text) if text.isdigit() else UNITS.get(text, 1)


def _years_back(match: re.Match[str]) -> int | None:
    """How many years an "ago" expression counts back, when it counts years or decades."""
    what = match.group("what").lower()
    if not what.startswith(("year", "decade")):
        return None
    return _count(match) * (10 if what.startswith("decade") else 1)


def _years_before(year: int, expression: str) -> DateValue:
    """ "35 years ago", written in 2023: the year 1988."""
    if year < dt.MINYEAR:
        return _unresolved(expression, OUTSIDE_CALENDAR)
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    return DateValue(first=first, last=last, granularity="year", expression=expression, relative=True)


def years_ago(expression: str) -> int | None:
    """How many years back an unplaced "35 years ago" or "two decades ago" reaches: the same from any article
    of a story, unlike "three days ago"."""
    found = _AGO.search(expression)
    if found is None or found.group("dir").lower() != "ago":
        return None
    return _years_back(found)


def _unresolved(expression: str, reason: str) -> DateValue:
    return DateValue(first=None, last=None, expression=expression, relative=True, unresolved_reason=reason)


def extract_times(text: str) -> list[TimeHit]:
    """Clock times with their zones: "4 p.m. local time", "16:00 GMT", "0650 GMT", "shortly after 3 a.m.", "6:42 this
    morning"."""
    hits: list[TimeHit] = []
    for match in _TIME.finditer(text):
        minutes = _minutes(match)
        if minutes is None or _a_year_before_a_name(match):
            continue
        zone = _zone(match.group("zone"))
        core_start = (
            match.start()
            if match.group("qual")
            else match.start() + (len(match.group(0)) - len(match.group(0).lstrip()))
        )
        expression = " ".join(text[core_start : match.end()].split())
        hits.append(
            TimeHit(
                core_start,
                match.end(),
                TimeValue(minutes=minutes, zone=zone, expression=expression, approximate=bool(match.group("qual"))),
                # "6 a.m. local time (12 a.m. ET)": the same moment on another clock
                conversion=bool(hits) and _converts(text, hits[-1].end, core_start, match.end()),
            )
        )
    hits = [_placed_by_its_conversion(hit, hits[k + 1]) if k + 1 < len(hits) else hit for k, hit in enumerate(hits)]
    return sorted([*_spans_of_time(text, hits), *_parts_of_day(text)], key=lambda hit: hit.start)


def _placed_by_its_conversion(hit: TimeHit, after: TimeHit) -> TimeHit:
    """A local time (or one of no zone) with its conversion to universal time in brackets after it is on the clock
    the two make: "1:39 PM local time (08:09 UTC)" is on UTC+5:30 (`TimeValue.utc_offset`), whatever country its
    sentence names; it stays a local time, read on one clock with the story's other local times."""
    if not after.conversion or hit.time.zone not in (None, "local") or after.time.zone is None:
        return hit
    if hit.time.approximate or after.time.approximate or hit.time.until is not None:
        return hit  # "shortly after 3 a.m. (0745 GMT)": no exact clock to read the offset between
    if after.time.zone.lower() not in ("utc", "gmt", "z"):
        return hit  # "12 a.m. ET": a clock whose offset changes with the season
    own = (hit.time.minutes - after.time.minutes + 12 * 60) % (24 * 60) - 12 * 60  # within a day either way
    if own % 15 or not -12 * 60 <= own <= 14 * 60:
        return hit  # no clock keeps that offset: one of the two is no exact time
    return TimeHit(hit.start, hit.end, hit.time.model_copy(update={"utc_offset": own}), hit.conversion)


def _a_year_before_a_name(match: re.Match[str]) -> bool:
    """The wire's four digits before a zone's letters that are a year before a name's: "the 2024 CET exam", "the
    2010 NPT review"; the wire's own zones, GMT and UTC, keep "2030 GMT" a time."""
    wire = match.group("hwire")
    return wire in ("19", "20") and not _WIRE_ZONE.match(match.group("zone") or "")


_WIRE_ZONE = re.compile(r"\s?(?:GMT|UTC|local)")


# "(12 a.m. ET)", "(2300 GMT Monday)", and the end of a span converted: "between 7 a.m. and 8 p.m. (0500 and 1800 GMT)"
_CONVERSION_BETWEEN = re.compile(r"(?:\s+local\s+time)?\s*\(\s*(?:[\d:.]+\s*(?:and|to|-|–)\s*)?\Z", re.I)
_CONVERSION_END = re.compile(rf"\s*(?:local\s+time\s*)?(?:(?:on\s+)?{WEEKDAY_NAME}\s*)?\)", re.I)


def _converts(text: str, previous_end: int, start: int, end: int) -> bool:
    """Whether the time at `start`-`end` is in brackets right after the time ending at `previous_end`, as its
    conversion to another clock."""
    between = text[previous_end:start]
    closed = text[:end].endswith(")") or _CONVERSION_END.match(text, end) is not None
    return len(between) <= 16 and _CONVERSION_BETWEEN.search(between) is not None and closed


# The stretch of the clock a part of the day stands for, wide enough for what news calls it: the 12:50 quake
# "struck at midday".
PARTS_OF_DAY = {
    "early morning": (0, 8 * 60),
    "morning": (5 * 60, 12 * 60),
    "mid morning": (9 * 60, 12 * 60),
    "late morning": (9 * 60, 12 * 60 + 30),
    "midday": (11 * 60, 14 * 60),
    "lunchtime": (11 * 60, 14 * 60),
    "early afternoon": (12 * 60, 15 * 60),
    "afternoon": (12 * 60, 18 * 60),
    "mid afternoon": (14 * 60, 17 * 60),
    "late afternoon": (15 * 60, 19 * 60),
    "early evening": (17 * 60, 20 * 60),
    "evening": (17 * 60, 23 * 60),
    "mid evening": (17 * 60, 23 * 60),
    "late evening": (20 * 60, 23 * 60 + 59),
    "night": (20 * 60, 6 * 60),
    "early night": (20 * 60, 6 * 60),
    "mid night": (20 * 60, 6 * 60),
    "late night": (22 * 60, 4 * 60),
    "overnight": (20 * 60, 7 * 60),
    "predawn": (0, 7 * 60),  # the dark hours before dawn: "the pre-dawn crush" of 1:30 a.m.
}
# A part of the day said of the deed itself ("a daring midday heist", "the early-morning raid"), or "midday" as a
# time ("struck at midday").
_PART_OF_DAY = re.compile(
    r"\b(?P<part>(?:early|late|mid)[- ](?:morning|afternoon|evening|night)|morning|afternoon|evening|night(?:time)?"
    r"|mid-?day|lunchtime|overnight|pre-?dawn)\s+(?=(?:[a-z]+\s+)?(?i:" + INCIDENT_NOUN + "|" + CRIME_NOUN + r")\b"
    # the noun names the incident, not those who answer it: "Thursday afternoon fire officials reported"
    rf"(?!\s+(?:{ANSWERING_NOUNS}|fighters?|authorit\w+|season|warnings?|watch)\b))"
    r"|(?<=\bat )(?P<word>mid-?day)\b",
    re.I,
)


def _parts_of_day(text: str) -> list[TimeHit]:
    hits = []
    for match in _PART_OF_DAY.finditer(text):
        words = match.group("part") or match.group("word")
        name = re.sub(r"[\s-]+", " ", words.lower())
        name = {"mid day": "midday", "pre dawn": "predawn", "nighttime": "night"}.get(name, name)
        start, until = PARTS_OF_DAY[name]
        end = match.start() + len(words)
        hits.append(TimeHit(match.start(), end, TimeValue(minutes=start, until=until, expression=words)))
    return hits


# The start of a span of time whose end is a clock time: "between 9:30 and", "from 09:30 to", "9.30-".
_SPAN_START = re.compile(
    r"(?:\b(?:between|from)\s+)?(?P<h>[01]?\d|2[0-3])(?:[:.](?P<m>[0-5]\d))?\s*(?P<ampm>[ap]\.?m\.?)?"
    r"\s*(?:and|to|until|till|-|\u2013|\u2014)\s*\Z",
    re.I,
)


def _spans_of_time(text: str, hits: list[TimeHit]) -> list[TimeHit]:
    """Join a clock time to the start of the span it ends: "between 9:30 and 9:40 a.m." is 9:30 to 9:40, one
    claim, and its start takes the end's half of the day and zone where it names none."""
    joined: list[TimeHit] = []
    for hit in hits:
        found = _SPAN_START.search(text, max(0, hit.start - 40), hit.start)
        if found is None or not (found.group("m") or found.group("ampm")):  # a bare "7-" may be anything
            joined.append(hit)
            continue
        if joined and joined[-1].start >= found.start():  # the start was read as a time of its own
            joined.pop()
        hour, end_hour = int(found.group("h")), hit.time.minutes // 60
        if found.group("ampm"):
            hour = hour % 12 + (12 if found.group("ampm").lower().startswith("p") else 0)
        elif hour <= 12 and end_hour >= 12 and hour + 12 <= end_hour:
            hour += 12  # "between 1:30 and 2:30 p.m."
        begin = hour * 60 + int(found.group("m") or 0)
        expression = " ".join(text[found.start() : hit.end].split())
        span = hit.time.model_copy(update={"minutes": begin, "until": hit.time.minutes, "expression": expression})
        joined.append(TimeHit(found.start(), hit.end, span))
    return joined


def _minutes(match: re.Match[str]) -> int | None:
    if match.group("word"):
        return 0 if match.group("word").lower() == "midnight" else 12 * 60
    if match.group("h12"):
        hour = int(match.group("h12")) % 12
        if match.group("ampm").lower().startswith("p"):
            hour += 12
        return hour * 60 + int(match.group("m12") or 0)
    if match.group("part"):
        hour = int(match.group("hd") or match.group("hw")) % 12
        part = match.group("part").lower()
        if part.endswith(("afternoon", "evening", "tonight")) or (part.endswith("night") and hour >= 6):
            hour += 12
        return hour * 60 + int(match.group("md") or 0)
    for hours, minutes in (("h24", "m24"), ("hwire", "mwire"), ("hcued", "mcued")):  # "16:00", "0650 GMT", "1430 hrs"
        if match.group(hours) is not None:
            return int(match.group(hours)) * 60 + int(match.group(minutes))
    return None


_DAY_BEFORE_ZONE = re.compile(rf"\A{WEEKDAY_NAME}\s+")


def _zone(raw: str | None) -> str | None:
    if not raw or not raw.strip():
        return None
    zone = _DAY_BEFORE_ZONE.sub("", raw.strip()).strip("()")
    return "local" if zone.lower() == "local time" else zone
