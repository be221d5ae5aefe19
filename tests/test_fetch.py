"""URLs as sources, against a real HTTP server on 127.0.0.1 run by the test itself: saved pages, a redirect, a
slow page, a 404, a page over the size limit, content that is no page, and a robots.txt that says no."""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_faults import use_fake_model

from factcheck.cli import main
from factcheck.errors import InputError
from factcheck.fetch import PageFetcher, is_url
from factcheck.ingest import source_from_bytes

HTML_STORY = Path(__file__).parent.parent / "sources" / "rail-derailment" / "html"
PAGE = (HTML_STORY / "kessel-courier.html").read_bytes()


class Site:
    """What the test server serves, and what it was asked for."""

    def __init__(self) -> None:
        self.requests: list[str] = []
        self.routes: dict[str, tuple[int, str, bytes, dict[str, str]]] = {
            "/robots.txt": (200, "text/plain", b"User-agent: *\nDisallow: /private/\n", {}),
            "/2025/03/03/kessel-courier": (200, "text/html; charset=utf-8", PAGE, {}),
            "/old-address": (301, "text/html", b"", {"Location": "/2025/03/03/kessel-courier"}),
            "/missing": (404, "text/html", b"<html><body>Not found</body></html>", {}),
            "/big": (200, "text/html", b"<html><body><p>" + b"word " * 40_000 + b"</p></body></html>", {}),
            "/report.pdf": (200, "application/pdf", b"%PDF-1.7\n", {}),
            "/private/memo": (200, "text/html", PAGE, {}),
            "/slow": (200, "text/html", PAGE, {}),
        }


@pytest.fixture
def site() -> Iterator[tuple[str, Site]]:
    served = Site()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            served.requests.append(self.path)
            if self.path == "/slow":
                time.sleep(2)
            status, kind, body, headers = served.routes.get(self.path, (404, "text/plain", b"no such page", {}))
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            for key, value in headers.items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", served
    finally:
        server.shutdown()
        server.server_close()


def test_a_page_is_fetched_and_read_with_its_metadata(site: tuple[str, Site]) -> None:
    base, _ = site
    page = PageFetcher(timeout=5).fetch(f"{base}/2025/03/03/kessel-courier")
    assert page.body == PAGE and page.content_type == "text/html" and page.charset == "utf-8"
    source = source_from_bytes(page.body, page.url, url=page.final_url, charset=page.charset)
    assert (str(source.published), source.outlet, source.date_origin) == (
        "2025-03-03",
        "Kessel Courier",
        "html metadata",
    )


def test_redirects_are_followed(site: tuple[str, Site]) -> None:
    base, _ = site
    page = PageFetcher(timeout=5).fetch(f"{base}/old-address")
    assert page.final_url == f"{base}/2025/03/03/kessel-courier" and page.body == PAGE


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/missing", "HTTP 404"),
        ("/big", "over the 100,000-byte limit"),
        ("/report.pdf", "is not a web page (content type application/pdf)"),
        ("/private/memo", "robots.txt does not allow"),
        ("/slow", "no answer within 0.5 s"),
    ],
)
def test_a_page_that_cannot_be_fetched_is_an_input_error(site: tuple[str, Site], path: str, message: str) -> None:
    base, _ = site
    with pytest.raises(InputError, match=re.escape(message)):
        PageFetcher(timeout=0.5, max_bytes=100_000).fetch(base + path)


def test_an_unreachable_server_is_an_input_error() -> None:
    with pytest.raises(InputError, match="cannot be fetched"):
        PageFetcher(timeout=2).fetch("http://127.0.0.1:9/nothing-listens-here")


def test_a_cached_page_is_read_again_without_the_network(site: tuple[str, Site], tmp_path: Path) -> None:
    base, served = site
    url = f"{base}/2025/03/03/kessel-courier"
    first = PageFetcher(tmp_path, timeout=5).fetch(url)
    asked = len(served.requests)
    served.routes.clear()  # the site is gone: only the cache can answer now
    again = PageFetcher(tmp_path, timeout=5).fetch(url)
    assert again.body == first.body and again.final_url == first.final_url
    assert len(served.requests) == asked


def test_a_torn_cache_entry_is_fetched_again(site: tuple[str, Site], tmp_path: Path) -> None:
    base, _ = site
    url = f"{base}/2025/03/03/kessel-courier"
    PageFetcher(tmp_path, timeout=5).fetch(url)
    [body] = (tmp_path / "pages").rglob("*.body")
    body.write_bytes(b"<html>half a pa")
    assert PageFetcher(tmp_path, timeout=5).fetch(url).body == PAGE


def test_is_url() -> None:
    assert is_url("https://example.com/a") and is_url("HTTP://x") and not is_url("notes/http.md")


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    use_fake_model(monkeypatch)
    return CliRunner()


def test_compare_reads_saved_pages_and_a_url(site: tuple[str, Site], runner: CliRunner, tmp_path: Path) -> None:
    base, _ = site
    url = f"{base}/2025/03/03/kessel-courier"
    pages = [str(HTML_STORY / "harwick-observer.html"), str(HTML_STORY / "northline-wire-update.html")]
    texts = tmp_path / "texts"
    result = runner.invoke(main, ["compare", *pages, url, "--format", "json", "--save-text", str(texts), "-q"])
    assert result.exit_code in (0, 1), result.output
    report = json.loads(result.stdout)
    sources = {s["path"]: s for s in report["sources"]}
    assert (sources[url]["published"], sources[url]["outlet"], sources[url]["date_origin"]) == (
        "2025-03-03",
        "Kessel Courier",
        "html metadata",
    )
    assert sources[url]["url"] == url
    assert sources[pages[1]]["date_origin"] == "url" and sources[pages[1]]["published"] == "2025-03-05"
    claims = [claim for finding in report["findings"] for claim in finding["claims"]]
    assert claims
    for claim in claims:  # every span is the characters at its offsets in the text the report says it read
        assert sources[claim["source"]]["text"][claim["start"] : claim["end"]] == claim["text"]
    for source in report["sources"]:
        assert Path(source["text_file"]).read_text(encoding="utf-8") == source["text"]


def test_sarif_points_at_the_saved_text(runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pages = sorted(str(p) for p in HTML_STORY.glob("*.html"))
    monkeypatch.chdir(tmp_path)
    texts = Path("texts")
    result = runner.invoke(main, ["compare", *pages, "--format", "sarif", "--save-text", str(texts), "-q"])
    assert result.exit_code == 1, result.output
    results = json.loads(result.stdout)["runs"][0]["results"]
    assert results
    for found in results:
        location = found["locations"][0]["physicalLocation"]
        saved = Path(location["artifactLocation"]["uri"])
        assert saved.parent == texts
        region = location["region"]
        text = saved.read_text(encoding="utf-8")
        assert text[region["charOffset"] : region["charOffset"] + region["charLength"]] == region["snippet"]["text"]


def test_a_list_of_sources_in_a_file(runner: CliRunner, tmp_path: Path, site: tuple[str, Site]) -> None:
    base, _ = site
    listing = tmp_path / "story.txt"
    listing.write_text(
        f"# the story so far\n{HTML_STORY / 'harwick-observer.html'}\n\n{base}/old-address  # moved\n",
        encoding="utf-8",
    )
    result = runner.invoke(main, ["compare", "--sources", str(listing), "--format", "json", "-q"])
    assert result.exit_code in (0, 1), result.output
    paths = [s["path"] for s in json.loads(result.stdout)["sources"]]
    assert paths == sorted([str(HTML_STORY / "harwick-observer.html"), f"{base}/old-address"])


def test_a_page_that_cannot_be_fetched_writes_nothing(
    runner: CliRunner, tmp_path: Path, site: tuple[str, Site]
) -> None:
    base, _ = site
    out = tmp_path / "report.json"
    result = runner.invoke(
        main, ["compare", str(HTML_STORY / "harwick-observer.html"), f"{base}/missing", "-o", str(out)]
    )
    assert result.exit_code == 2
    assert result.stderr.strip().count("\n") == 0 and "HTTP 404" in result.stderr
    assert not out.exists()


def test_check_takes_its_sources_from_a_list(runner: CliRunner, tmp_path: Path, site: tuple[str, Site]) -> None:
    base, _ = site
    draft = tmp_path / "draft.md"
    draft.write_text(
        "---\ndate: 2025-03-04\n---\n\nThree people died when a Granmoor Rail train derailed near Kessel.\n",
        encoding="utf-8",
    )
    listing = tmp_path / "sources.txt"
    listing.write_text(f"{HTML_STORY / 'harwick-observer.html'}\n{base}/2025/03/03/kessel-courier\n", encoding="utf-8")
    result = runner.invoke(main, ["check", str(draft), "--sources", str(listing), "--format", "json", "-q"])
    assert result.exit_code in (0, 1), result.output
    report = json.loads(result.stdout)
    assert [s["read_as"] for s in report["sources"]] == ["html", "html"]
    assert report["findings"] and report["findings"][0]["claims"][0]["source"] == str(draft)


@pytest.mark.parametrize("url", ["http://[::1/x", "https://xn--a.com/x"])
def test_a_malformed_url_is_an_input_error(url: str) -> None:
    with pytest.raises(InputError, match="cannot be fetched"):
        PageFetcher(timeout=2).fetch(url)


def test_a_page_the_server_calls_html_is_read_as_one(site: tuple[str, Site]) -> None:
    base, served = site
    xhtml = b'<?xml version="1.0" encoding="utf-8"?>\n' + PAGE.split(b"\n", 1)[1]
    served.routes["/xhtml"] = (200, "application/xhtml+xml", xhtml, {})
    page = PageFetcher(timeout=5).fetch(f"{base}/xhtml")
    source = source_from_bytes(page.body, page.url, html=page.content_type == "application/xhtml+xml")
    assert source.read_as == "html" and not source.text.startswith("<")


def test_robots_rules_are_read_as_rfc_9309_says(site: tuple[str, Site]) -> None:
    base, served = site
    served.routes["/robots.txt"] = (200, "text/plain", b"User-agent: *\nAllow: /\nDisallow: /private/\n", {})
    with pytest.raises(InputError, match=r"robots\.txt does not allow"):  # the longest match wins, not the first
        PageFetcher(timeout=5).fetch(f"{base}/private/memo")
    served.routes["/robots.txt"] = (503, "text/plain", b"busy", {})
    with pytest.raises(InputError, match=r"robots\.txt cannot be read"):  # a server error: nothing may be fetched
        PageFetcher(timeout=5).fetch(f"{base}/2025/03/03/kessel-courier")


def test_a_cached_page_keeps_to_the_size_limit(site: tuple[str, Site], tmp_path: Path) -> None:
    base, _ = site
    url = f"{base}/2025/03/03/kessel-courier"
    PageFetcher(tmp_path, timeout=5).fetch(url)
    with pytest.raises(InputError, match="over the 100-byte limit"):
        PageFetcher(tmp_path, timeout=5, max_bytes=100).fetch(url)


def test_one_page_given_twice_in_two_forms_is_an_error(runner: CliRunner, site: tuple[str, Site]) -> None:
    base, _ = site
    url = f"{base}/2025/03/03/kessel-courier"
    result = runner.invoke(main, ["compare", url, url + "#top"])
    assert result.exit_code == 2 and "the same source is given twice" in result.stderr


def test_a_source_list_saved_with_a_byte_order_mark(runner: CliRunner, tmp_path: Path) -> None:
    listing = tmp_path / "list.txt"
    pages = sorted(HTML_STORY.glob("*.html"))[:2]
    listing.write_text("\ufeff" + "".join(f"{page}\n" for page in pages), encoding="utf-8")
    result = runner.invoke(main, ["compare", "--sources", str(listing), "--format", "json", "-q"])
    assert result.exit_code in (0, 1), result.output


def test_an_html_draft_is_reported_with_its_text(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    draft, source = HTML_STORY / "kessel-courier.html", HTML_STORY / "harwick-observer.html"
    args = ["check", str(draft), "--against", str(source), "--save-text", "texts", "-q"]
    report = json.loads(runner.invoke(main, [*args, "--format", "json"]).stdout)
    read = report["draft_source"]
    assert read["read_as"] == "html" and read["text_file"] == str(Path("texts") / "kessel-courier.txt")
    for finding in report["findings"]:
        claim = finding["claims"][0]
        assert claim["source"] == str(draft) and read["text"][claim["start"] : claim["end"]] == claim["text"]
    sarif = json.loads(runner.invoke(main, [*args, "--format", "sarif"]).stdout)
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in sarif["runs"][0]["results"]}
    assert uris == {"texts/kessel-courier.txt"}


def test_save_text_fails_whole(runner: CliRunner, tmp_path: Path) -> None:
    texts = tmp_path / "texts"
    (texts / "kessel-courier.txt").mkdir(parents=True)  # the second page's file cannot be written
    pages = [str(HTML_STORY / "harwick-observer.html"), str(HTML_STORY / "kessel-courier.html")]
    result = runner.invoke(main, ["compare", *pages, "--save-text", str(texts), "-o", str(tmp_path / "r.json")])
    assert result.exit_code == 2 and "--save-text" in result.stderr
    assert sorted(p.name for p in texts.iterdir()) == ["kessel-courier.txt"]
    assert not (tmp_path / "r.json").exists()
