"""Web pages -> the article's text, and what the page says of itself: title, outlet, dates.

The main text is extracted with trafilatura (boilerplate, navigation, comments and related links left out;
headings, paragraphs and quotes kept in order), one paragraph to a block, blocks separated by a blank line.
Every offset a report gives for an HTML source points into this text, never into the markup: the JSON report
carries it (`sources[].text`) and `--save-text DIR` writes it out.
"""

from __future__ import annotations

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


def looks_like_html(name: str, start: bytes | str = b"") -> bool:
    """An .html or .htm name, or content that opens as an HTML page does (a saved web page named .txt)."""
    head = start[:4096].decode("utf-8", errors="replace") if isinstance(start, bytes) else start[:4096]
    return Path(name).suffix.lower() in HTML_SUFFIXES or bool(_HTML_START.match(head))


def decode_page(raw: bytes, shown: str, charset: str | None = None) -> str:
    """The page's characters: the charset the server or the page declares, else UTF-8, else Windows-1252 (what
    browsers assume of an undeclared page); bytes that fit none of them are an error, not a guess."""
    if b"\x00" in raw[:8192]:
        raise InputError(f"{shown} looks binary (it contains NUL bytes)")
    declared = charset or _declared_charset(raw)
    for encoding in dict.fromkeys(e for e in (declared, "utf-8", "cp1252") if e):
        try:
            return raw.decode(_python_codec(encoding))
        except (UnicodeDecodeError, LookupError):
            continue
    raise InputError(f"{shown} cannot be decoded (declared charset: {declared or 'none'}; not UTF-8 either)")


def _declared_charset(raw: bytes) -> str | None:
    found = _META_CHARSET.search(raw[:4096])
    return found.group(1).decode("ascii").lower() if found else None


def _python_codec(name: str) -> str:
    lowered = name.lower()
    return {"iso-8859-1": "cp1252", "latin-1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252"}.get(lowered, lowered)


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
    """The article without its headline: a page's headline is its title, as front matter holds a file's."""
    first, _, rest = text.partition("\n\n")
    return rest if title and rest and _words(first) == _words(title) else text


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
