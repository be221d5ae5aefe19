"""URLs -> the bytes of their pages: fetched once over HTTP(S), then kept on disk so a rerun works offline.

httpx fetches each page with a timeout, a size limit, redirects followed and a User-Agent that says what is
asking; a site's robots.txt is read first and obeyed. A fetched page is cached by its URL as two files,
`<cache dir>/pages/<2 hex>/<sha256 of the URL>.body` and `.json` (what the server said of it), each written
atomically (a temporary file, then a rename), the `.json` last: a page is cached only when both are complete.
A page that cannot be fetched is an `InputError` naming the URL and why.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit, urlunsplit

from pydantic import BaseModel, ConfigDict

from factcheck.errors import InputError
from factcheck.files import replace_atomically
from factcheck.ingest import FETCH_TIMEOUT, MAX_BYTES, too_large

if TYPE_CHECKING:
    import httpx

USER_AGENT = "factcheck/0.1 (news fact-consistency checker; reads one article per URL it is given)"
MAX_REDIRECTS = 10
PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
HTML_TYPES = ("text/html", "application/xhtml+xml")
ROBOTS_MAX_BYTES = 500_000  # what RFC 9309 asks a crawler to read of a robots.txt at the least
_URL = re.compile(r"\Ahttps?://", re.I)


def is_url(value: str) -> bool:
    """An http:// or https:// address, as opposed to a path."""
    return bool(_URL.match(value))


def same_page(url: str) -> str:
    """A URL as the page it names: scheme and host in lower case, no fragment, no empty query."""
    try:
        parts = urlsplit(url.strip())
        return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", parts.query, ""))
    except ValueError:
        return url


class FetchedPage(BaseModel):
    """A page as its server sent it."""

    model_config = ConfigDict(frozen=True)

    url: str  # as given
    final_url: str  # after redirects
    content_type: str
    charset: str | None = None
    fetched: dt.datetime
    body: bytes


class PageFetcher:
    """Fetches pages, through a cache folder when one is given (None: always from the network, never stored)."""

    def __init__(
        self,
        cache_dir: Path | None = None,
        *,
        timeout: float = FETCH_TIMEOUT,
        max_bytes: int = MAX_BYTES,
        user_agent: str = USER_AGENT,
    ) -> None:
        self.cache_dir = cache_dir
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.user_agent = user_agent
        self.warnings: list[str] = []

    def fetch(self, url: str) -> FetchedPage:
        """The page at `url`, from the cache when it holds it."""
        cached = self._cached(url)
        if cached is not None:
            if len(cached.body) > self.max_bytes:
                raise InputError(too_large(url, self.max_bytes, len(cached.body)))
            return cached
        import httpx

        try:
            with httpx.Client(timeout=self.timeout, headers={"User-Agent": self.user_agent}) as client:
                page = self._download(client, url)
        except httpx.TimeoutException as exc:
            raise InputError(f"{url}: no answer within {self.timeout:g} s (raise it with --fetch-timeout)") from exc
        except (httpx.HTTPError, httpx.InvalidURL, ValueError, UnicodeError) as exc:  # a malformed URL too
            raise InputError(f"{url}: cannot be fetched ({_plain(exc)})") from exc
        self._store(page)
        return page

    def _obey_robots(self, client: httpx.Client, url: str) -> None:
        """Read the site's robots.txt (RFC 9309, with protego): a page it disallows, or a site whose robots.txt
        cannot be read for a server error, is not fetched; no robots.txt (4xx) allows everything."""
        from protego import Protego

        parts = urlsplit(url)
        robots_url = urlunsplit((parts.scheme, parts.netloc, "/robots.txt", "", ""))
        with client.stream("GET", robots_url) as response:
            if response.status_code >= 500:
                raise InputError(f"{url}: the site's robots.txt cannot be read (HTTP {response.status_code})")
            if response.status_code != 200:
                return
            body = bytearray()
            for chunk in response.iter_bytes():
                body.extend(chunk)
                if len(body) >= ROBOTS_MAX_BYTES:
                    break
        rules = Protego.parse(bytes(body[:ROBOTS_MAX_BYTES]).decode("utf-8", errors="replace"))
        if not rules.can_fetch(url, self.user_agent):
            raise InputError(f"{url}: the site's robots.txt does not allow fetching it")

    def _download(self, client: httpx.Client, url: str) -> FetchedPage:
        """Follow redirects one by one, each address allowed by its own site's robots.txt before it is asked."""
        current, allowed = url, set()
        for _ in range(MAX_REDIRECTS + 1):
            site = urlsplit(current).netloc.lower()
            if site not in allowed:
                self._obey_robots(client, current)
                allowed.add(site)
            with client.stream("GET", current) as response:
                if response.next_request is not None:  # a redirect with somewhere to go
                    current = str(response.next_request.url)
                    continue
                return self._read(response, url)
        raise InputError(f"{url}: more than {MAX_REDIRECTS} redirects")

    def _read(self, response: httpx.Response, url: str) -> FetchedPage:
        if response.status_code >= 400:
            raise InputError(f"{url}: the server answered HTTP {response.status_code} {response.reason_phrase}")
        content_type, charset = _content_type(response.headers.get("content-type", ""))
        if content_type and content_type not in PAGE_TYPES:
            raise InputError(f"{url} is not a web page (content type {content_type})")
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise InputError(too_large(url, self.max_bytes, int(declared)))
        body = bytearray()
        for chunk in response.iter_bytes():
            body.extend(chunk)
            if len(body) > self.max_bytes:
                raise InputError(too_large(url, self.max_bytes))
        return FetchedPage(
            url=url,
            final_url=str(response.url),
            content_type=content_type or "text/html",
            charset=charset,
            fetched=dt.datetime.now(dt.timezone.utc).replace(microsecond=0),
            body=bytes(body),
        )

    def _paths(self, url: str) -> tuple[Path, Path] | None:
        if self.cache_dir is None:
            return None
        key = hashlib.sha256(same_page(url).encode("utf-8")).hexdigest()
        folder = self.cache_dir / "pages" / key[:2]
        return folder / f"{key}.body", folder / f"{key}.json"

    def _cached(self, url: str) -> FetchedPage | None:
        paths = self._paths(url)
        if paths is None:
            return None
        body_path, meta_path = paths
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            body = body_path.read_bytes()
            if (
                same_page(meta.get("url", "")) != same_page(url)
                or meta.get("sha256") != hashlib.sha256(body).hexdigest()
            ):
                return None  # a torn or foreign entry: fetched again, and written over
            return FetchedPage(
                url=url,
                final_url=meta["final_url"],
                content_type=meta["content_type"],
                charset=meta.get("charset"),
                fetched=dt.datetime.fromisoformat(meta["fetched"]),
                body=body,
            )
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def _store(self, page: FetchedPage) -> None:
        paths = self._paths(page.url)
        if paths is None:
            return
        body_path, meta_path = paths
        meta = page.model_dump(mode="json", exclude={"body"}) | {"sha256": hashlib.sha256(page.body).hexdigest()}
        try:
            body_path.parent.mkdir(parents=True, exist_ok=True)
            replace_atomically(body_path, page.body)
            replace_atomically(meta_path, json.dumps(meta, indent=1).encode("utf-8"))
        except OSError as exc:
            self.warnings.append(f"cannot cache {page.url} in {self.cache_dir}: {exc.strerror or exc}")


def _content_type(header: str) -> tuple[str, str | None]:
    kind, _, params = header.partition(";")
    found = re.search(r"charset\s*=\s*\"?([A-Za-z0-9_.:-]+)", params, re.I)
    return kind.strip().lower(), found.group(1).lower() if found else None


def _plain(exc: Exception) -> str:
    return str(exc) or type(exc).__name__
