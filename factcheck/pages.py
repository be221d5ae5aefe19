"""Web pages -> the article's text, and what the page says of itself: title, outlet, dates.

The main text is extracted with trafilatura (boilerplate, navigation, comments and related links left out;
headings, paragraphs and quotes kept in order), one paragraph to a block, blocks separated by a blank line.
Every offset a report gives for an HTML source points into this text, never into the markup: the JSON report
carries it (`sources[].text`) and `--save-text DIR` writes it out.
"""

from __future__ import annotations

import codecs
import datetime as dt
import re
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from factcheck.errors import InputError

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
_HTML_START = re.compile(r"\A[\ufeff\s]*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]", re.I | re.S)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


class Page(BaseModel):
    """The article a page holds, and its own metadata."""

    model_config = ConfigDict(frozen=True)

    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: dt.date | None = None
    published_time: dt.time | None = None
    modified: dt.date | None = None


def looks_like_html(name: str, raw: bytes = b"") -> bool:
    """An .html or .htm name, or content that opens as an HTML page does (a saved web page named .txt)."""
    head = raw[:4096].decode("utf-8", errors="replace")
    return Path(name).suffix.lower() in HTML_SUFFIXES or bool(_HTML_START.match(head))


def decode_page(raw: bytes, shown: str, charset: str | None = None) -> str:
    """The page's characters, as a browser decodes them: a byte-order mark first, then the charset the server or
    the page declares (a page declaring UTF-16 in its own ASCII markup is UTF-8), else UTF-8, else Windows-1252.
    A page whose bytes fit neither its declared charset nor UTF-8 is an error, not a guess."""
    for mark, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if raw.startswith(mark):
            return raw.decode(encoding, errors="replace")
    if b"\x00" in raw[:8192]:
        raise InputError(f"{shown} looks binary (it contains NUL bytes)")
    declared = charset or _declared_charset(raw)
    if declared is not None:
        codec = _python_codec(declared)
        for encoding in dict.fromkeys((codec, "utf-8")):
            try:
                return raw.decode(encoding)
            except (UnicodeDecodeError, LookupError):
                continue
        if codec == "cp1252":
            return raw.decode("latin-1")  # a byte Windows-1252 leaves undefined is a control character, as in browsers
        raise InputError(f"{shown} cannot be decoded (declared charset: {declared}; not UTF-8 either)")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _declared_charset(raw: bytes) -> str | None:
    found = _META_CHARSET.search(raw[:4096])
    return found.group(1).decode("ascii").lower() if found else None


def _python_codec(name: str) -> str:
    lowered = name.lower()
    if lowered.startswith("utf-16") or lowered.startswith("utf16"):
        return "utf-8"  # what the HTML standard says a page that declares UTF-16 in ASCII markup is
    latin = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "us-ascii", "ascii", "windows-1252", "cp1252"}
    return "cp1252" if lowered in latin else lowered


def read_page(html: str, shown: str, url: str | None = None) -> Page:
    """Extract the article of an HTML page; an error when the page holds no article text."""
    import trafilatura

    document = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    body = getattr(document, "text", None) if document is not None else None
    title = _clean(getattr(document, "title", None))
    text = _without_headline(_blocks(body or ""), title)
    if not _has_prose(text):  # with no article, the extractor falls back on whatever text the page has: a menu
        raise InputError(f"{shown}: no article text found in the page")
    published, published_time, modified = page_dates(html)
    return Page(
        text=text,
        title=title,
        outlet=_clean(getattr(document, "sitename", None)),
        url=_clean(getattr(document, "url", None)) or url,
        published=published,
        published_time=published_time,
        modified=modified,
    )


def _blocks(text: str) -> str:
    """One paragraph to a block, blocks separated by a blank line, so headlines never run into the prose."""
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n\n".join(line for line in lines if line)


def _without_headline(text: str, title: str | None) -> str:
    """The article without its headline: a page's headline is its title, as front matter holds a file's.

    The first block is the headline when it ends in no full stop and shares most of its words with the title
    the page gives in its metadata (which is often a variant of the headline: another wording, a site suffix).
    """
    first, _, rest = text.partition("\n\n")
    if not title or not rest or first.rstrip().endswith((".", "!", "?", ":", "”", '"')):
        return text
    heading, named = set(_words(first)), set(_words(title))
    return rest if heading and len(heading & named) >= 0.5 * len(heading | named) else text


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _has_prose(text: str) -> bool:
    """Some block reads as a sentence: four words or more, one of them in lower case (a menu's are capitalised)."""
    for block in text.split("\n\n"):
        words = block.split()
        if len(words) >= 4 and any(word.isalpha() and word.islower() for word in words):
            return True
    return False


def _clean(value: object) -> str | None:
    return " ".join(value.split()) or None if isinstance(value, str) else None


def _clock_of(html: str, day: dt.date) -> dt.time | None:
    """The time of day of the first ISO time stamp of `day` in the markup (`<time datetime="…T17:30">`), which
    the date extractor reads as a day alone."""
    found = re.search(rf"{day.isoformat()}[T ](\d{{2}}):(\d{{2}})", html)
    if found is None or int(found.group(1)) > 23 or int(found.group(2)) > 59:
        return None
    moment = dt.time(int(found.group(1)), int(found.group(2)))
    return moment if moment != dt.time(0, 0) else None


def page_dates(html: str) -> tuple[dt.date | None, dt.time | None, dt.date | None]:
    """Publication day and time, and the day of the last update, from the page's metadata (JSON-LD, OpenGraph
    and other meta tags, `<time>` elements): never guessed from dates in the prose."""
    from htmldate import find_date

    # url="" keeps htmldate from reading a date out of the canonical URL first: a dated URL is only a fallback
    stamp = find_date(html, url="", original_date=True, extensive_search=False, outputformat="%Y-%m-%dT%H:%M:%S")
    updated = find_date(html, url="", original_date=False, extensive_search=False)
    published = dt.datetime.fromisoformat(stamp) if stamp else None
    modified = dt.date.fromisoformat(updated) if updated else None
    day = published.date() if published else None
    clock = published.time() if published and published.time() != dt.time(0, 0) else None
    if day is not None and clock is None:
        clock = _clock_of(html, day)
    return day, clock, modified if modified and modified != day else None
