"""Files -> Source: decoding, front matter or header lines, datelines, publication dates.

Every offset later in the pipeline points into `Source.text`, the file decoded as it is,
line endings included, so spans can be checked against the original bytes.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from factcheck.errors import InputError

if TYPE_CHECKING:  # imported where a Source is made: the command line's start-up needs no pydantic
    from factcheck.models import Source

MAX_BYTES = 5_000_000
FETCH_TIMEOUT = 20.0  # seconds to wait for a server when a source is a URL
HEADER_KEYS = ("date", "time", "title", "outlet", "url", "author")
FALLBACK_ENCODING = "cp1252"

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}

_FENCE = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(?P<body>.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_HEADER_LINE = re.compile(r"^(?P<key>[A-Za-z_]+)[ \t]*:[ \t]*(?P<value>.*?)[ \t]*$")
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
# A place in capitals or in capitalised words ("KYIV", "New Delhi", "PARIS, France"), then its day: a sentence
# ("French authorities on Sunday (Oct 18) found") is no dateline.
_DATELINE_WORD = r"[A-Z][\w.'’-]*"
_NOT_DATELINE = (
    r"(?![^,(—–\n-]*\b(?:On|In|At|By|Since|Until|Before|After|Last|This|Next|Early|Late|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
)
# A writer's name on a line of its own before the dateline: "Manas Dasgupta", "By Ana Ruiz".
_BYLINE = re.compile(r"[ \t]*(?:By[ \t]+)?[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){1,3}[ \t]*\r?\n[ \t]*")
_DATELINE = re.compile(
    rf"^[ \t]*{_NOT_DATELINE}(?P<place>{_DATELINE_WORD}(?:[ \t]+{_DATELINE_WORD}){{0,3}}"
    r"(?:,[ \t]*[A-Z][A-Za-z .]{1,30})?)"
    r"[ \t]*[,(—–-][ \t]*"
    rf"(?P<month>(?i:{_MONTH_NAMES}))\.?[ \t]+(?P<day>\d{{1,2}})(?:,?[ \t]+(?P<year>\d{{4}}))?",
)


# A dateline opening a paragraph further down, its wire's name and dash after its day: "SEOUL, January 9 (AJP) -".
# Its wire's name in brackets, or its place in capitals, then a dash: a timeline's "Pacific Palisades, Jan. 7: ..."
# is no dateline.
_DATELINE_OPENING = re.compile(_DATELINE.pattern + r"[ \t]*(?P<wire>\([A-Za-z .]{1,20}\))?[ \t]*[-—–]")
_CAPITALS_PLACE = re.compile(r"[A-Z][A-Z .'’-]+\Z")


def opening_dateline_end(text: str) -> int:
    """Where a dateline that opens `text` ends ("SEOUL, January 9 (AJP) - Funerals ..."), else 0: its day is when
    the report was filed, no claim about the story."""
    found = _DATELINE_OPENING.match(text)
    place = found.group("place").split(",")[0].strip() if found else ""
    return found.end() if found and (found.group("wire") or _CAPITALS_PLACE.match(place)) else 0


def read_source(
    path: Path,
    *,
    given_as: str | None = None,
    date: dt.date | None = None,
    max_bytes: int = MAX_BYTES,
    warnings: list[str] | None = None,
) -> Source:
    """Read one article; `date` (from --date) overrides whatever the file says."""
    shown = given_as or str(path)
    return source_from_bytes(_read_bytes(path, shown, max_bytes), shown, date=date, warnings=warnings)


def source_from_bytes(
    raw: bytes,
    shown: str,
    *,
    date: dt.date | None = None,
    url: str | None = None,
    outlet: str | None = None,
    charset: str | None = None,
    html: bool = False,
    warnings: list[str] | None = None,
) -> Source:
    """An article from bytes already read (a file, a fetched page, or standard input named by --stdin-filename).

    A web page (an .html name, or content that opens as HTML) is read through `factcheck.pages`: its main text
    becomes the source's text, and its metadata give title, outlet and dates. `url` and `outlet` are what is
    known of the article apart from its content (a saved link, a fetched address); what the article says of
    itself (front matter, page metadata) comes first. `charset` is the one a server declared for a page, and
    `html` says the server called it HTML, whatever it opens with.
    """
    from factcheck.pages import looks_like_html

    if html or looks_like_html(shown, raw):
        return _page_source(raw, shown, date=date, url=url, outlet=outlet, charset=charset)
    text = decode(raw, shown, warnings)
    if not text.strip():
        raise InputError(f"{shown} is empty")
    header, body_start = parse_header(text)
    url = header.get("url") or url
    stamp = header.get("date")
    stated = None
    if stamp is not None and stamp.strip().strip("'\"").lower() not in UNKNOWN_DATES:
        day, time = _parse_stamp(stamp, shown)
        if "time" in header:
            time = _parse_clock(header["time"], shown)
        stated = (day, time, "front matter")
    return _source(
        text,
        shown,
        body_start=body_start,
        stated=stated,
        date=date,
        url=url,
        outlet=header.get("outlet") or outlet,
        title=header.get("title"),
    )


def _page_source(
    raw: bytes, shown: str, *, date: dt.date | None, url: str | None, outlet: str | None, charset: str | None
) -> Source:
    from factcheck.pages import decode_page, read_page

    page = read_page(decode_page(raw, shown, charset), shown, url)
    stated = (page.published, page.published_time, "html metadata") if page.published else None
    return _source(
        page.text,
        shown,
        body_start=0,
        stated=stated,
        date=date,
        url=url or page.url,
        outlet=page.outlet or outlet,
        title=page.title,
        read_as="html",
        modified=page.modified,
        page_url=page.url,
    )


def _source(
    text: str,
    shown: str,
    *,
    body_start: int,
    stated: tuple[dt.date, dt.time | None, str] | None,
    date: dt.date | None,
    url: str | None,
    outlet: str | None,
    title: str | None,
    read_as: str = "text",
    modified: dt.date | None = None,
    page_url: str | None = None,
) -> Source:
    """A Source from its text: the date the article states (`stated`), else one read off its first lines, its
    dateline or its URL; `date` (from --date) overrides them all."""
    body = text[body_start:]
    stamps = _stamps(body)
    url = url or pasted_url(body)
    published, published_time, origin = stated or _date_in_text(body, stamps, url, page_url)
    if date is not None:
        published, origin = date, "option"
    stamped = max((stamp.end for stamp in stamps), default=0)  # stamps are no claims
    after = body[stamped:]
    lead = body_start + stamped + len(after) - len(after.lstrip())  # a dateline may follow a "Published" line
    dateline = _DATELINE.match(text[lead : lead + 200])
    byline = _BYLINE.match(text, lead) if dateline is None else None
    if byline is not None:  # "Manas Dasgupta" on a line of its own above "NEW DELHI, Apr 23: ..."
        lead = byline.end()
        dateline = _DATELINE.match(text[lead : lead + 200])
    yearless = _month_day(dateline) if dateline and not dateline.group("year") and published is None else None
    from factcheck.models import Source

    return Source(
        dateline_end=max(lead + dateline.end() if dateline else 0, body_start + stamped if stamped else 0),
        dateline_day=yearless,
        path=shown,
        outlet=outlet,
        title=title,
        url=url,
        published=published,
        published_time=published_time,
        modified=modified,
        date_origin=origin,
        read_as=read_as,
        text=text,
        body_start=body_start,
    )


def _read_bytes(path: Path, shown: str, max_bytes: int) -> bytes:
    """The file's bytes, never more than `max_bytes` of them: a device or a pipe has no size to check first."""
    if path.is_dir():
        raise InputError(f"{shown} is a directory, not an article")
    try:
        with path.open("rb") as stream:
            raw = stream.read(max_bytes + 1)
            size = os.fstat(stream.fileno()).st_size
    except FileNotFoundError as exc:
        raise InputError(f"{shown} does not exist") from exc
    except IsADirectoryError as exc:
        raise InputError(f"{shown} is a directory, not an article") from exc
    except OSError as exc:
        raise InputError(f"cannot read {shown}: {exc.strerror or exc}") from exc
    if len(raw) > max_bytes:
        raise InputError(too_large(shown, max_bytes, size if size > max_bytes else None))
    return raw


def too_large(shown: str, max_bytes: int, size: int | None = None) -> str:
    """The message for a file over the size limit, saying how to raise it."""
    actual = f" is {size:,} bytes," if size is not None else " is"
    return f"{shown}{actual} over the {max_bytes:,}-byte limit (raise it with --max-bytes)"


def decode(raw: bytes, shown: str, warnings: list[str] | None = None) -> str:
    """UTF-8 (a BOM stays the first character); otherwise cp1252 with a warning, as news CMS exports often are."""
    if b"\x00" in raw[:8192]:
        raise InputError(f"{shown} looks binary (it contains NUL bytes)")
    try:
        return raw.decode("utf-8")  # a byte-order mark stays: offsets count the file's characters
    except UnicodeDecodeError:
        if warnings is not None:
            warnings.append(f"{shown} is not valid UTF-8; read it as {FALLBACK_ENCODING}")
        return raw.decode(FALLBACK_ENCODING, errors="replace")


def parse_header(text: str) -> tuple[dict[str, str], int]:
    """Front matter between --- fences, or `key: value` lines at the top; returns fields and body offset."""
    fenced = _FENCE.match(text)
    if fenced:
        return _header_fields(fenced.group("body").splitlines()), fenced.end()
    fields: dict[str, str] = {}
    offset = 1 if text.startswith("\ufeff") else 0
    for line in text[offset:].splitlines(keepends=True):
        match = _HEADER_LINE.match(line.rstrip("\r\n"))
        if not match or match.group("key").lower() not in HEADER_KEYS:
            break
        fields[match.group("key").lower()] = match.group("value")
        offset += len(line)
    return fields, offset


def _header_fields(lines: list[str]) -> dict[str, str]:
    fields: dict[str, str] = {}
    for line in lines:
        match = _HEADER_LINE.match(line)
        if match and match.group("key").lower() in HEADER_KEYS:
            fields[match.group("key").lower()] = match.group("value").strip("'\"")
    return fields


UNKNOWN_DATES = {"", "unknown", "none", "null", "n/a", "?"}


def _date_in_text(body: str, stamps: list[Stamp], *urls: str | None) -> tuple[dt.date | None, dt.time | None, str]:
    """The first of: a "Published"/"Updated" line, a dated wire dateline, a date in the URL path."""
    if stamps:
        first = min(stamps, key=lambda stamp: (stamp.day, stamp.time or dt.time(0, 0)))  # published before updated
        return first.day, first.time, "published line"
    dateline = find_dateline(body)
    if dateline is not None:
        return dateline, None, "dateline"
    for url in urls:
        from_url = date_from_url(url)
        if from_url is not None:
            return from_url, None, "url"
    return None, None, "unknown"


# A date stated at the top of a page: "Published: March 29, 2025", "Updated 29 Mar 2025 10:02", "date 2025-03-29".
# The published date wins over an updated one: claims are read against when the article first ran.
_STAMP_WORDS = r"(?:published|posted|first published|updated|last updated|date|dated)"
_ISO_DAY = r"(?P<iso>\d{4}-\d{2}-\d{2})"
_WORDY_DAY = (
    rf"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
    rf"(?:(?P<m1>{_MONTH_NAMES})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH_NAMES})\.?,?\s+(?P<y2>\d{{4}}))"
)
_CLOCK = r"(?:[,\s]+(?:at\s+)?(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?:\s*(?P<ampm>[ap])\.?m\b\.?)?)?"
# A writer's name before a stamp on its line, in capitals whatever the pattern's case: "By Ana Ruiz Posted : ...",
# "By Ada Obi and Tunde Bello Updated ...".
_WRITERS = r"(?-i:By\s+[A-Z][\w.'’-]*(?:\s+(?:and\s+)?[A-Z][\w.'’-]*){0,5})"
_BY_WRITER = rf"(?:{_WRITERS}\s*[,|/–-]?\s*)?"
_PUBLISHED = re.compile(
    rf"^\W{{0,3}}{_BY_WRITER}(?P<word>{_STAMP_WORDS})\b\s*(?:on|at)?\s*[:\-–—]?\s*(?:{_ISO_DAY}|{_WORDY_DAY}){_CLOCK}",
    re.I,
)


# A line that stamps the page anywhere in it, after a byline or a place: "New Delhi, Updated At : 01:52 PM Apr 26,
# 2025 IST", "Published: Apr 27, 2025, 19:41 IST | Updated: Apr 27, 2025, 19:41 IST".
_STAMP_LINE = re.compile(
    rf"^\W{{0,3}}(?:[A-Z][\w.'’ -]{{0,40}},\s*|{_WRITERS}\s+)?"
    r"(?:first\s+|last\s+)?(?:published|updated|posted|modified)\b"
    rf"(?:\s+(?:at|on))?\s*[:\-–—]?\s*(?:\d|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|(?:{_MONTH_NAMES})\b)",
    re.I,
)


def is_stamp_line(line: str) -> bool:
    """Whether a line is a publication stamp, a day or a time right after its word: when the page ran, no claim
    about the story."""
    return len(line) <= 160 and _STAMP_LINE.match(line.strip()) is not None


_BARE_DAY = re.compile(
    rf"^\W{{0,3}}(?:{_ISO_DAY}|{_WORDY_DAY})(?:[\s,]+\d{{1,2}}[:.]\d{{2}}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{{2,4}})?)?\W*$",
    re.I,
)


class Stamp(NamedTuple):
    """A publication stamp at the top of an article: its day, its time when stated, where it ends in the body."""

    day: dt.date
    time: dt.time | None
    end: int


def _stamps(body: str) -> list[Stamp]:
    """Each publication stamp among the first lines of `body` ("Published: ...", or a line that is a date and
    nothing else)."""
    found = []
    offset = len(body) - len(body.lstrip())
    for number, line in enumerate(body[offset:].splitlines(keepends=True)[:6]):
        match = _PUBLISHED.match(line.strip()) or (_BARE_DAY.match(line.strip()) if number < 3 else None)
        day = _stamp_day(match) if match else None
        if match is not None and day is not None:
            found.append(Stamp(day, _stamp_clock(match), offset + len(line) - len(line.lstrip()) + match.end()))
        offset += len(line)
    return found


def _stamp_clock(match: re.Match[str]) -> dt.time | None:
    """The time a "Published" stamp states after its day ("March 3, 2025, 11:40", "3 March 2025 at 7.05 pm")."""
    if "hour" not in match.re.groupindex or match.group("hour") is None:
        return None
    hour, minute = int(match.group("hour")), int(match.group("minute"))
    ampm = (match.group("ampm") or "").lower()
    if ampm and 1 <= hour <= 12:
        hour = hour % 12 + (12 if ampm == "p" else 0)
    return dt.time(hour, minute) if hour < 24 and minute < 60 else None


def _stamp_day(match: re.Match[str]) -> dt.date | None:
    try:
        if match.group("iso"):
            return dt.date.fromisoformat(match.group("iso"))
        month = match.group("m1") or match.group("m2")
        day = match.group("d1") or match.group("d2")
        year = match.group("y1") or match.group("y2")
        return dt.date(int(year), MONTHS[month.lower()], int(day))
    except ValueError:
        return None


# /2025/03/29/, /2025/mar/29/, /2025-03-29-, /20250329/: the dated paths news sites use.
_URL_DATE = re.compile(
    rf"(?<![\d])(?P<y>(?:19|20)\d{{2}})[/_-](?P<m>\d{{1,2}}|{_MONTH_NAMES})[/_-](?P<d>\d{{1,2}})(?![\d])"
    # 20250329, or a time stamp 20250329100453; never inside a hexadecimal or other id ("e3b20250312f4c9a")
    r"|(?<![0-9A-Za-z])(?P<cy>(?:19|20)\d{2})(?P<cm>[01]\d)(?P<cd>[0-3]\d)\d{0,12}(?![0-9A-Za-z])",
    re.I,
)


# The moment a page was made, in milliseconds since 1970, that some publishers end an article's id with
# ("...-museum-1760882905837", "...-101743307489986.html"): 13 digits from 2014 to 2033 closing a run of at most 16,
# so that longer ids (a post's 19-digit snowflake) are never read as one.
_URL_EPOCH_MS = re.compile(r"(?<![0-9A-Za-z])\d{0,3}(?P<ms>1[4-9]\d{11})(?![0-9A-Za-z])")


_LINK_LINE = re.compile(r"[ \t]*<?(?P<url>https?://[^\s<>]+?)>?[ \t]*", re.I)


def pasted_url(body: str) -> str | None:
    """The page's address where a line of its own among the first three of the text gives it, as one pasted
    above the article it saved."""
    for line in body.lstrip().splitlines()[:3]:
        link = _LINK_LINE.fullmatch(line)
        if link is not None:
            return link.group("url")
    return None


def date_from_url(url: str | None) -> dt.date | None:
    """A publication date written in a URL's path, when it holds a whole, valid one: a dated path first, else a
    moment in milliseconds that ends an article's id (read in UTC)."""
    if not url:
        return None
    path = re.sub(r"^[a-z]+://[^/]*", "", url.strip(), flags=re.I)
    for match in _URL_DATE.finditer(path):
        year, month, day = (match.group("y"), match.group("m"), match.group("d"))
        if year is None:
            year, month, day = match.group("cy"), match.group("cm"), match.group("cd")
        number = int(month) if month.isdigit() else MONTHS[month.lower()]
        try:
            return dt.date(int(year), number, int(day))
        except ValueError:
            continue
    stamps = list(_URL_EPOCH_MS.finditer(re.sub(r"[?#].*", "", path)))  # the address, not a query's tracking ids
    if not stamps:
        return None
    return dt.datetime.fromtimestamp(int(stamps[-1].group("ms")) / 1000, tz=dt.timezone.utc).date()


def _parse_stamp(stamp: str, shown: str) -> tuple[dt.date, dt.time | None]:
    value = stamp.strip()
    try:
        if len(value) <= 10:
            return dt.date.fromisoformat(value), None
        moment = dt.datetime.fromisoformat(value.replace(" ", "T", 1))
        return moment.date(), moment.time().replace(tzinfo=None)
    except ValueError as exc:
        raise InputError(f"{shown}: date {stamp!r} is not YYYY-MM-DD") from exc


def _parse_clock(value: str, shown: str) -> dt.time:
    try:
        return dt.time.fromisoformat(value.strip())
    except ValueError as exc:
        raise InputError(f"{shown}: time {value!r} is not HH:MM") from exc


def _month_day(dateline: re.Match[str]) -> tuple[int, int] | None:
    month, day = MONTHS[dateline.group("month").lower()], int(dateline.group("day"))
    return (month, day) if _day_or_none(2000, month, day) else None  # a leap year: 29 February is a day


def date_by_story(sources: Sequence[Source]) -> list[Source]:
    """Date what the other sources of a story can date in a source that has no date of its own.

    A dateline without a year ("NEW DELHI, Apr 23:") takes the year that puts the day nearest the story's middle
    publication date, when that is within half a year of it. A source still undated keeps the month of that middle
    date (`story_month`), which places the days it names without a year ("on October 19") in a year; its weekdays
    stay unplaced, since the story does not say which week it writes in.
    """
    dated = sorted(s.published for s in sources if s.published is not None)
    if not dated:
        return list(sources)
    middle = dated[len(dated) // 2]
    resolved = []
    for source in sources:
        if source.published is None and source.dateline_day is not None:
            nearest = _nearest_day(*source.dateline_day, middle)
            if nearest is not None:
                source = source.model_copy(update={"published": nearest, "date_origin": "dateline and story"})
        if source.published is None:
            source = source.model_copy(update={"story_month": middle.replace(day=1)})
        resolved.append(source)
    return resolved


def _nearest_day(month: int, day: int, around: dt.date) -> dt.date | None:
    """The day of that month and day nearest `around`, when it lies within half a year of it."""
    candidates = [_day_or_none(year, month, day) for year in (around.year - 1, around.year, around.year + 1)]
    nearest = min((d for d in candidates if d is not None), key=lambda d: abs((d - around).days), default=None)
    return nearest if nearest is not None and abs((nearest - around).days) <= 183 else None


def _day_or_none(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def find_dateline(body: str) -> dt.date | None:
    """The date of a wire dateline ("KYIV, Oct. 22, 2025 (Reuters) -") in the first lines, when it has a year."""
    for line in body.lstrip().splitlines()[:3]:
        match = _DATELINE.match(line)
        if match and match.group("year"):
            try:
                return dt.date(int(match.group("year")), MONTHS[match.group("month").lower()], int(match.group("day")))
            except ValueError:
                return None
    return None


def parse_date_option(value: str) -> tuple[str, dt.date]:
    """`FILE=YYYY-MM-DD` from --date."""
    path, sep, stamp = value.rpartition("=")
    if not sep or not path:
        raise InputError(f"--date {value!r}: expected FILE=YYYY-MM-DD")
    try:
        return path, dt.date.fromisoformat(stamp)
    except ValueError as exc:
        raise InputError(f"--date {value!r}: {stamp!r} is not YYYY-MM-DD") from exc
