"""Saved web pages as sources: the article's text, its title and outlet, and its dates from the page."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from builders import HashingEmbedder

from factcheck.errors import InputError
from factcheck.evaluate import evaluate_story
from factcheck.gold import load_gold
from factcheck.ingest import read_source, source_from_bytes
from factcheck.pages import read_page
from factcheck.pipeline import compare_sources, load_sources, save_texts

ROOT = Path(__file__).parent.parent
HTML_STORY = ROOT / "sources" / "rail-derailment" / "html"

ARTICLE = (
    "<p>Three people were killed and 27 injured when a train left the rails near Kessel on Monday.</p>"
    "<p>“We will find out why,” said chief executive Marten Holloway.</p>"
)


def page(head: str = "", body: str = ARTICLE, headline: str = "Train derails near Kessel") -> str:
    return (
        f"<!DOCTYPE html><html><head><title>{headline} | Kessel Courier</title>{head}</head><body>"
        "<div class='cookie-banner'><p>We use cookies to improve your experience on our site.</p>"
        "<button>Accept</button></div>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></nav>"
        f"<article><h1>{headline}</h1>{body}</article>"
        "<aside><h2>Related</h2><ul><li><a href='/x'>Council approves new budget for the year</a></li></ul></aside>"
        "<section class='comments'><h2>Comments</h2><p>So sad to hear this, thoughts with the families.</p></section>"
        "<footer>© 2025 Kessel Courier. All rights reserved.</footer></body></html>"
    )


def test_the_article_is_kept_and_the_furniture_left_out() -> None:
    found = read_page(page("<meta property='og:site_name' content='Kessel Courier'>"), "p.html")
    assert found.text == (
        "Three people were killed and 27 injured when a train left the rails near Kessel on Monday.\n\n"
        "“We will find out why,” said chief executive Marten Holloway."
    )
    assert found.title == "Train derails near Kessel"  # the headline is the title, as front matter's is
    assert found.outlet == "Kessel Courier"
    for furniture in ("cookies", "Home", "Related", "budget", "thoughts", "rights reserved"):
        assert furniture not in found.text


@pytest.mark.parametrize(
    ("head", "body_extra", "url", "published", "clock", "origin"),
    [
        (
            '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2025-03-03T16:05:00"}'
            "</script>",
            "",
            None,
            dt.date(2025, 3, 3),
            dt.time(16, 5),
            "html metadata",
        ),
        (
            '<meta property="article:published_time" content="2025-03-04T09:30:00+01:00">',
            "",
            None,
            dt.date(2025, 3, 4),
            dt.time(9, 30),
            "html metadata",
        ),
        (
            "",
            '<p><time datetime="2025-03-05T17:30:00">5 March</time></p>',
            None,
            dt.date(2025, 3, 5),
            dt.time(17, 30),
            "html metadata",
        ),
        ("", "", "https://news.example/2025/mar/06/train-derails", dt.date(2025, 3, 6), None, "url"),
        ("", "<p>Published March 7, 2025, 7:05 p.m.</p>", None, dt.date(2025, 3, 7), dt.time(19, 5), "published line"),
        (  # the page's own metadata outranks a date in its canonical address
            '<link rel="canonical" href="https://news.example/2025/03/01/x">'
            '<meta property="article:published_time" content="2025-03-02T08:00:00">',
            "",
            None,
            dt.date(2025, 3, 2),
            dt.time(8, 0),
            "html metadata",
        ),
    ],
    ids=["json-ld", "opengraph", "time-element", "url", "published-line", "metadata-over-canonical-url"],
)
def test_the_date_comes_from_the_page(
    head: str, body_extra: str, url: str | None, published: dt.date, clock: dt.time | None, origin: str
) -> None:
    source = source_from_bytes(page(head, body_extra + ARTICLE).encode(), "p.html", url=url)
    assert (source.published, source.published_time, source.date_origin) == (published, clock, origin)
    assert source.read_as == "html"


def test_a_modified_date_is_kept_beside_the_published_one() -> None:
    head = (
        '<meta property="article:published_time" content="2025-03-03T10:00:00">'
        '<meta property="article:modified_time" content="2025-03-05T12:00:00">'
    )
    source = source_from_bytes(page(head).encode(), "p.html")
    assert (source.published, source.modified) == (dt.date(2025, 3, 3), dt.date(2025, 3, 5))


def test_date_option_overrides_the_page() -> None:
    head = '<meta property="article:published_time" content="2025-03-03T10:00:00">'
    source = source_from_bytes(page(head).encode(), "p.html", date=dt.date(2025, 1, 1))
    assert (source.published, source.date_origin) == (dt.date(2025, 1, 1), "option")


def test_a_declared_charset_is_honoured() -> None:
    raw = page("<meta charset='iso-8859-1'>", "<p>The café owner said three people were killed on Monday.</p>")
    source = source_from_bytes(raw.encode("latin-1"), "p.html")
    assert "café owner" in source.text


def test_bytes_no_charset_can_decode_are_an_error() -> None:
    raw = page("<meta charset='utf-8'>").encode() + b"\x81\x8d"
    with pytest.raises(InputError, match="cannot be decoded"):
        source_from_bytes(raw, "p.html")


def test_a_page_saved_under_another_name_is_read_as_a_page(tmp_path: Path) -> None:
    saved = tmp_path / "saved.txt"
    saved.write_text(page(), encoding="utf-8")
    assert read_source(saved).read_as == "html"


def test_every_span_points_into_the_text_the_report_says_it_read(tmp_path: Path) -> None:
    sources = load_sources(sorted(HTML_STORY.glob("*.html")))
    report = compare_sources(sources, embedder=HashingEmbedder())
    by_path = {s.path: s for s in report.sources}
    assert all(s.read_as == "html" and s.text for s in report.sources)
    checked = 0
    for finding in report.findings:
        for claim in finding.claims:
            assert by_path[claim.source].text[claim.start : claim.end] == claim.text
            checked += 1
    assert checked > 50
    saved = save_texts(report, tmp_path / "texts")
    for summary in saved.sources:
        assert summary.text_file is not None
        assert Path(summary.text_file).read_text(encoding="utf-8") == summary.text


def test_the_html_story_scores_as_its_text_version_does() -> None:
    gold = load_gold(ROOT / "claims" / "rail-derailment.yaml")
    as_text = evaluate_story(HTML_STORY.parent, gold, embedder=HashingEmbedder())
    as_pages = evaluate_story(HTML_STORY, gold, embedder=HashingEmbedder())
    assert as_pages.overall == as_text.overall
    assert [(i.id, i.predicted) for i in as_pages.items] == [(i.id, i.predicted) for i in as_text.items]


def test_a_byte_order_mark_outranks_a_declared_charset() -> None:
    raw = (
        b"\xef\xbb\xbf"
        + page("<meta charset='windows-1252'>", "<p>The café owner said three people were killed.</p>").encode()
    )
    assert "café owner" in source_from_bytes(raw, "p.html").text


def test_an_undeclared_page_that_is_not_utf8_is_read_as_windows_1252() -> None:
    raw = page(body="<p>The café owner said three people were killed on Monday.</p>").encode("cp1252")
    assert "café owner" in source_from_bytes(raw, "p.html").text


def test_a_headline_worded_unlike_the_title_is_still_the_headline() -> None:
    head = '<meta property="og:title" content="Train derails near Kessel: three dead">'
    text = read_page(page(head, headline="Three dead as train derails near Kessel"), "p.html").text
    assert text.startswith("Three people were killed")
