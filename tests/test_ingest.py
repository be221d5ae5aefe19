"""Reading articles: headers, datelines, publication dates, encodings, and the errors users see."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from builders import WriteArticle

from factcheck.errors import InputError
from factcheck.extract import SourceText, build_actor_index, extract_claims
from factcheck.ingest import decode, parse_date_option, read_source
from factcheck.models import FieldName
from factcheck.segment import split_sentences

BODY = "A Russian strike on Kyiv on Monday killed six people and injured 18, officials said."


def test_front_matter_between_fences(write_article: WriteArticle) -> None:
    path = write_article("a.md", BODY, outlet="Kyiv Morning Post", date="2025-10-22", title="Strike on Kyiv")
    source = read_source(path)
    assert (source.outlet, source.title) == ("Kyiv Morning Post", "Strike on Kyiv")
    assert (source.published, source.published_time, source.date_origin) == (
        dt.date(2025, 10, 22),
        None,
        "front matter",
    )
    assert source.text[source.body_start :].strip() == BODY
    assert source.path == str(path)


@pytest.mark.parametrize("written", ["18:30", '"18:30"', "'18:30'"])
def test_time_in_front_matter_quoted_or_not(write_article: WriteArticle, written: str) -> None:
    source = read_source(write_article("a.md", BODY, time=written))
    assert source.published_time == dt.time(18, 30)
    assert source.timestamp == dt.datetime(2025, 10, 22, 18, 30)


def test_date_with_time_of_day(write_article: WriteArticle) -> None:
    source = read_source(write_article("a.md", BODY, date="2025-10-22T09:40"))
    assert (source.published, source.published_time) == (dt.date(2025, 10, 22), dt.time(9, 40))


def test_header_lines_without_fences(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(f"Outlet: Meridian Wire\nDate: 2025-10-22\nTitle: Strike on Kyiv\n\n{BODY}\n", encoding="utf-8")
    source = read_source(path)
    assert (source.outlet, source.title, source.published) == ("Meridian Wire", "Strike on Kyiv", dt.date(2025, 10, 22))
    assert source.text[source.body_start :].strip() == BODY


def test_wire_dateline_gives_the_date(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(f"KYIV, Oct. 22, 2025 (Reuters) - {BODY}\n", encoding="utf-8")
    source = read_source(path)
    assert (source.published, source.date_origin) == (dt.date(2025, 10, 22), "dateline")


def test_dateline_without_year_is_not_a_date(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(f"KYIV, Oct. 22 (Reuters) - {BODY}\n", encoding="utf-8")
    assert read_source(path).published is None


@pytest.mark.parametrize(
    "opening",
    ["Harbour police on Sunday (Oct 18) found a stolen boat.", "On Sunday (Oct 18) harbour police found a boat."],
)
def test_a_sentence_that_opens_with_a_day_is_no_dateline(tmp_path: Path, opening: str) -> None:
    """Its date is a claim of the article, not a wire dateline to skip."""
    path = tmp_path / "a.txt"
    path.write_text(f"{opening} {BODY}\n", encoding="utf-8")
    source = read_source(path)
    assert (source.dateline_end, source.dateline_day) == (0, None)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("\nAna Ruiz\nVELMAR, Apr 23: Three bridges collapsed overnight.", (4, 23)),  # a byline above it
        ("By Ana Ruiz\nVELMAR, Apr 23: Three bridges collapsed overnight.", (4, 23)),
        ("Ana Ruiz reports\nThree bridges collapsed overnight, Apr 23 officials said.", None),  # no dateline below
    ],
)
def test_a_dateline_below_a_writers_name_is_read(tmp_path: Path, text: str, day: tuple[int, int] | None) -> None:
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    assert read_source(path).dateline_day == day


def test_unknown_date(write_article: WriteArticle) -> None:
    source = read_source(write_article("a.md", BODY, date=None))
    assert (source.published, source.date_origin) == (None, "unknown")
    assert source.timestamp is None


def test_date_option_overrides_the_file(write_article: WriteArticle) -> None:
    source = read_source(write_article("a.md", BODY, date="2025-10-22"), date=dt.date(2025, 10, 23))
    assert (source.published, source.date_origin) == (dt.date(2025, 10, 23), "option")


def test_given_as_is_the_path_shown(write_article: WriteArticle) -> None:
    assert read_source(write_article("a.md", BODY), given_as="story/a.md").path == "story/a.md"


def test_bad_front_matter_date_is_an_input_error(write_article: WriteArticle) -> None:
    with pytest.raises(InputError, match="not YYYY-MM-DD"):
        read_source(write_article("a.md", BODY, date="22/10/2025"))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("a.md=2025-10-22", ("a.md", dt.date(2025, 10, 22))),
        ("story/a=b.md=2025-10-22", ("story/a=b.md", dt.date(2025, 10, 22))),
    ],
)
def test_parse_date_option(value: str, expected: tuple[str, dt.date]) -> None:
    assert parse_date_option(value) == expected


@pytest.mark.parametrize("value", ["a.md", "=2025-10-22", "a.md=22/10/2025", "a.md=2025-13-01", "a.md="])
def test_parse_date_option_rejects(value: str) -> None:
    with pytest.raises(InputError, match="--date"):
        parse_date_option(value)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.md", b"", "is empty"),
        ("blank.md", b"  \n\t\n", "is empty"),
        ("binary.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("page.html", b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "no article text"),
    ],
)
def test_unusable_files_are_input_errors(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        read_source(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist"):
        read_source(tmp_path / "nope.md")


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="directory"):
        read_source(tmp_path)


def test_over_max_bytes(write_article: WriteArticle) -> None:
    path = write_article("a.md", BODY)
    with pytest.raises(InputError, match="limit"):
        read_source(path, max_bytes=20)
    assert read_source(path, max_bytes=10_000).published == dt.date(2025, 10, 22)


def test_cp1252_is_decoded_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("Date: 2025-10-22\n\nThe caf\u00e9 owner said \u201cwe stay\u201d.\n".encode("cp1252"))
    warnings: list[str] = []
    source = read_source(path, warnings=warnings)
    assert "caf\u00e9" in source.text and "\u201cwe stay\u201d" in source.text
    assert len(warnings) == 1 and "cp1252" in warnings[0]


def test_utf8_with_bom_has_no_warning() -> None:
    """The byte-order mark stays as the first character, so offsets count the file's characters."""
    warnings: list[str] = []
    assert decode("\ufeffKyiv".encode(), "a.md", warnings) == "\ufeffKyiv"
    assert warnings == []


def test_bom_before_header_lines(tmp_path: Path) -> None:
    path = tmp_path / "bom.md"
    path.write_bytes("\ufeffdate: 2025-10-22\n\nSix people were killed in Kyiv.\n".encode())
    source = read_source(path)
    assert source.published == dt.date(2025, 10, 22)
    assert source.text[source.body_start :].strip() == "Six people were killed in Kyiv."


def test_crlf_files_keep_offsets_true(tmp_path: Path) -> None:
    """Offsets point into the file as it is, \\r\\n included, so spans can be checked against the bytes."""
    text = (
        "---\r\noutlet: Meridian Wire\r\ndate: 2025-10-22\r\ntime: 09:40\r\n---\r\n\r\n"
        "A Russian strike on Kyiv on Monday killed six people.\r\n\r\n"
        "Officials said 18 people were injured.\r\n"
    )
    path = tmp_path / "a.md"
    path.write_bytes(text.encode("utf-8"))
    source = read_source(path)
    assert source.text == text
    assert (source.outlet, source.published_time) == ("Meridian Wire", dt.time(9, 40))

    sentences = split_sentences(source)
    assert [s.text for s in sentences] == [
        "A Russian strike on Kyiv on Monday killed six people.",
        "Officials said 18 people were injured.",
    ]
    for sentence in sentences:
        assert source.text[sentence.start : sentence.end] == sentence.text

    item = SourceText(source, sentences)
    claims = extract_claims(item, build_actor_index([item]))
    injured = next(
        c for c in claims if c.field is FieldName.QUANTITY and c.quantity and c.quantity.counted == "injured"
    )
    assert injured.span.start == text.index("18 people")
    assert injured.span.line == text[: injured.span.start].count("\n") + 1


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://news.example/world/2025/mar/29/quake-toll", "2025-03-29"),
        ("https://news.example/2024/11/05/vote/", "2024-11-05"),
        ("https://news.example/story-20250704-floods", "2025-07-04"),
        ("https://news.example/en/article/2025032910045329558", "2025-03-29"),  # a time stamp
        ("https://news.example/story/texas-flood-camp-e3b20250312f4c9a", None),  # inside a hexadecimal id
        ("https://news.example/article/12345678", None),
        ("https://news.example/2025/13/40/not-a-day", None),
        # a moment in milliseconds closing an article's id, alone or after a short prefix; read in UTC
        ("https://news.example/world/harbour-fire-crews-1760882905837", "2025-10-19"),
        ("https://news.example/india/ferry-capsizes-101745406353968.html", "2025-04-23"),
        ("https://social.example/status/1845406353968123456", None),  # a longer id
        ("https://news.example/story-1045406353968", None),  # out of the years such ids are written in
        ("https://news.example/a/2025/07/04/floods-1760882905837", "2025-07-04"),  # a dated path comes first
    ],
)
def test_a_date_in_the_url_path(url: str, day: str | None) -> None:
    from factcheck.ingest import date_from_url

    found = date_from_url(url)
    assert (found.isoformat() if found else None) == day


def test_a_page_without_a_date_takes_the_one_in_its_url() -> None:
    from factcheck.ingest import source_from_bytes

    source = source_from_bytes(b"Floods killed 12 people.", "a.txt", url="https://x.example/2025/07/05/floods")
    assert (str(source.published), source.date_origin) == ("2025-07-05", "url")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("https://news.example/world/2026/03/12/depot-blast\n\nThe toll reached 15.", "2026-03-12"),
        (
            "Depot blast toll reaches 15\n<https://news.example/2026/03/12/depot-blast>\nThe toll reached 15.",
            "2026-03-12",
        ),
        ("The toll reached 15, https://news.example/2026/03/12/depot-blast says.", None),  # not a line of its own
        ("One.\nTwo.\nThree.\nhttps://news.example/2026/03/12/depot-blast", None),  # past the first three lines
    ],
)
def test_a_link_pasted_above_the_article_dates_it(text: str, day: str | None) -> None:
    from factcheck.ingest import source_from_bytes

    source = source_from_bytes(text.encode(), "a.txt")
    assert (str(source.published) if source.published else None) == day
    if day:
        assert source.url is not None and source.url.endswith("/depot-blast")


@pytest.mark.parametrize(
    "line",
    [
        "Published: March 29, 2025 10:02 IST",
        "Updated 29 Mar 2025",
        " date 2025-03-29 The quake",
        "Posted on 29th March 2025",
    ],
)
def test_a_published_line_at_the_top_dates_the_page(line: str) -> None:
    from factcheck.ingest import source_from_bytes

    source = source_from_bytes(f"{line}\nThe toll rose to 20.".encode(), "a.txt")
    assert (str(source.published), source.date_origin) == ("2025-03-29", "published line")
    assert source.dateline_end > 0  # the stamp itself is not a claim


def test_published_wins_over_updated() -> None:
    from factcheck.ingest import source_from_bytes

    text = "Updated: April 2, 2025\nPublished: March 30, 2025\nThe toll rose to 20."
    assert str(source_from_bytes(text.encode(), "a.txt").published) == "2025-03-30"


@pytest.mark.parametrize("stamp", ["unknown", "''", "Unknown"])
def test_date_unknown_in_front_matter_means_unknown(stamp: str) -> None:
    from factcheck.ingest import source_from_bytes

    source = source_from_bytes(f"---\ndate: {stamp}\n---\nFloods killed 12 people.".encode(), "a.md")
    assert (source.published, source.date_origin) == (None, "unknown")


def test_a_line_that_is_only_a_date_near_the_top_dates_the_page() -> None:
    from factcheck.ingest import source_from_bytes

    text = "Death toll rises as winds spread the fires\n\nJan. 13, 2025\n\nThe toll rose to 24 on Monday."
    source = source_from_bytes(text.encode(), "a.txt")
    assert (str(source.published), source.date_origin) == ("2025-01-13", "published line")


def test_a_date_deep_in_a_list_is_no_publication_date() -> None:
    from factcheck.ingest import source_from_bytes

    text = "River records at the gauge\nCrests so far:\nThe river rose fast.\nJuly 2, 1932\nIt peaked at dawn."
    assert source_from_bytes(text.encode(), "a.txt").published is None


def test_a_stamp_below_the_headline_is_no_date_claim() -> None:
    from factcheck.extract.dates import extract_dates
    from factcheck.ingest import source_from_bytes

    text = "Floods hit the valley\nPublished: March 30, 2025\nThe bridge collapsed on Monday."
    source = source_from_bytes(text.encode(), "a.txt")
    claimed = [d for d in extract_dates(source.text, source.published) if d.start >= source.dateline_end]
    assert [source.text[d.start : d.end] for d in claimed] == ["on Monday"]


@pytest.mark.parametrize(
    "stamp",
    [
        "Lagos, Updated At : 09:15 AM Jun 3, 2025 WAT",
        "Published: Jun 4, 2025, 18:02 WAT | Updated: Jun 4, 2025, 18:02 WAT",
        "Posted 3 hours ago",
    ],
)
def test_a_stamp_line_anywhere_in_the_page_holds_no_claims(stamp: str) -> None:
    from factcheck.ingest import source_from_bytes
    from factcheck.pipeline import claims_of

    text = f"Ferry capsizes on the lagoon\nBy Ada Obi\nStaff Writer\nNews Desk\n{stamp}\nThe ferry sank on Monday."
    source = source_from_bytes(text.encode(), "a.txt")
    dated = [c.span.text for c in claims_of([source]) if c.field in (FieldName.DATE, FieldName.TIME)]
    assert dated == ["on Monday"]


def test_a_stamp_after_the_writers_name_dates_the_page() -> None:
    from factcheck.ingest import source_from_bytes

    text = "Ferry victims buried\n\nBy Ada Obi Posted : January 9, 2025, 17:26 Updated : January 9, 2025\nMourners"
    source = source_from_bytes(text.encode(), "a.txt")
    assert (str(source.published), source.date_origin) == ("2025-01-09", "published line")


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        # a page's stamp inside its one line of text, after the writer's name
        ("Ferry capsizes By Ada Obi, Staff Posted Jan 31, 2025 The ferry sank on Monday.", ["on Monday"]),
        # a dateline opening a paragraph further down: when the report was filed
        ("Ferry victims buried\nA pier.\nLAGOS, January 9 (NAN) - The ferry sank on Monday.", ["on Monday"]),
        ("The report was published on Monday.", ["on Monday"]),  # publishing told as news is a claim
        ("Fire timeline\nLund, Jan. 7 - The fire broke out near the pier.", ["Jan. 7"]),  # a timeline's entry
        ("By Tuesday the government had published 52 names.", ["Tuesday"]),  # no writer: no stamp
    ],
)
def test_a_stamp_or_dateline_inside_the_text_is_no_claim(text: str, dated: list[str]) -> None:
    from factcheck.ingest import source_from_bytes
    from factcheck.pipeline import claims_of

    source = source_from_bytes(text.encode(), "a.txt")
    assert [c.span.text for c in claims_of([source]) if c.field == FieldName.DATE] == dated


@pytest.mark.parametrize("line", ["Police updated the toll to 12 on Monday.", "Published reports said 12 died in May"])
def test_a_sentence_about_publishing_is_no_stamp(line: str) -> None:
    from factcheck.ingest import is_stamp_line

    assert not is_stamp_line(line)


def test_a_dateline_without_a_year_takes_the_year_of_its_story() -> None:
    from factcheck.ingest import date_by_story, source_from_bytes

    dated = source_from_bytes(b"---\ndate: 2025-04-22\n---\nGunmen killed 26 people on Tuesday.", "a.md")
    yearless = source_from_bytes(b"NEW DELHI, Apr 23: Gunmen killed 26 people on Tuesday.", "b.md")
    alone = source_from_bytes(b"NEW DELHI, Apr 23: Gunmen killed 26 people on Tuesday.", "c.md")
    assert (yearless.published, yearless.dateline_day) == (None, (4, 23))
    resolved = date_by_story([dated, yearless])
    assert (str(resolved[1].published), resolved[1].date_origin) == ("2025-04-23", "dateline and story")
    assert date_by_story([alone])[0].published is None  # nothing to take a year from


def test_an_undated_source_keeps_the_month_of_its_story() -> None:
    """The month of the story's middle publication date places the days an undated source names without a year."""
    from factcheck.ingest import date_by_story, source_from_bytes

    early = source_from_bytes(b"---\ndate: 2025-10-19\n---\nThieves took nine pieces.", "a.md")
    late = source_from_bytes(b"---\ndate: 2025-11-02\n---\nA suspect was charged.", "b.md")
    undated = source_from_bytes(b"The heist took place on October 19.", "c.md")
    resolved = date_by_story([early, late, undated])
    assert [s.story_month for s in resolved[:2]] == [None, None]  # dated sources keep their own dates
    assert (resolved[2].published, str(resolved[2].story_month)) == (None, "2025-11-01")
    assert date_by_story([undated])[0].story_month is None
