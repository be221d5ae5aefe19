"""The HTML report without a browser: structure, consensus and outliers, spans in context, highlights, escaping,
and that the page needs nothing outside itself. (tests/test_html_browser.py renders it in chromium.)"""

from __future__ import annotations

import base64
import hashlib
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from builders import HashingEmbedder
from click.testing import CliRunner
from test_report_formats import check_report, claim, compare_report, finding
from test_security import ESCAPES, hostile_report

from factcheck.cli import main
from factcheck.models import FieldName, Finding, Report, SourceSummary, Verdict
from factcheck.report.html import _Mark, highlighted, in_sentence, outlier_clusters, render_html
from factcheck.report.text import short_names


class Page(HTMLParser):
    """Every start tag with its attributes, and the text inside script and style elements."""

    def __init__(self, document: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self.styles: list[str] = []
        self._inside: str | None = None
        self.text: list[str] = []
        self.feed(document)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag in ("script", "style"):
            self._inside = tag

    def handle_endtag(self, tag: str) -> None:
        if tag == self._inside:
            self._inside = None

    def handle_data(self, data: str) -> None:
        if self._inside == "script":
            self.scripts.append(data)
        elif self._inside == "style":
            self.styles.append(data)
        else:
            self.text.append(data)

    def having(self, tag: str, **attrs: str) -> list[dict[str, str | None]]:
        """The attributes of each `tag` element whose attributes include `attrs` (class: one of its classes)."""
        found = []
        for name, given in self.tags:
            if name != tag:
                continue
            classes = (given.get("class") or "").split()
            if all((value in classes) if key == "class" else given.get(key) == value for key, value in attrs.items()):
                found.append(given)
        return found


def test_one_card_per_finding_with_its_verdict_field_and_sources() -> None:
    report = compare_report()
    page = Page(render_html(report))
    cards = page.having("article", **{"class": "card"})
    assert len(cards) == len(report.findings)
    assert [card["data-verdict"] for card in cards] == ["contradiction", "not_comparable", "agreement", "unique"]
    assert cards[0]["data-field"] == "time" and cards[0]["data-sources"] == "s0 s1 s2"
    assert cards[3]["data-sources"] == "s2", "the unique claim is c.md's alone"


def test_consensus_rows_name_each_value_and_mark_the_outlier() -> None:
    report = compare_report()
    document = render_html(report)
    page = Page(document)
    rows = page.having("tr", **{"class": "consensus-row"})
    assert [row["data-verdict"] for row in rows] == ["contradiction", "not_comparable", "agreement"]
    time_row = document[document.index('class="consensus-row" data-verdict="contradiction"') :].split("</tr>")[0]
    assert '16:00</span> <span class="sources-count">2 sources</span><br>' in time_row
    assert '<li class="value outlier"><span class="value-text">16:30</span>' in time_row
    assert time_row.count("outlier-tag") == 1


def test_consensus_shows_each_value_of_sources_that_agree_against_a_draft() -> None:
    document = render_html(check_report())
    row = document[document.index('class="consensus-row" data-verdict="contradicted"') :].split("</tr>")[0]
    # each figure with the number of sources that give it: one each, not the cluster's two beside the first
    assert '>18 injured</span> <span class="sources-count">1 source</span><br>' in row
    assert '>17 injured</span> <span class="sources-count">1 source</span><br>' in row
    assert '<li class="value outlier"><span class="value-text">25 injured</span>' in row


def test_outliers_are_the_minority_values_of_a_contradiction_only() -> None:
    [time, update, agreement, _] = compare_report().findings
    assert outlier_clusters(time) == {1}
    assert outlier_clusters(update) == set(), "not comparable: nothing is an outlier"
    assert outlier_clusters(agreement) == set()
    tie = finding(
        Verdict.CONTRADICTION,
        FieldName.QUANTITY,
        "6 vs 7",
        claim("a.md", "6", "6 killed"),
        claim("b.md", "7", "7 killed", cluster=1),
    )
    assert outlier_clusters(tie) == set(), "one source against one: no majority, no outlier"


def test_a_value_in_no_conflict_is_no_outlier() -> None:
    """23:00 Kyiv time beside 16:00 in Washington is in the finding but conflicts with nothing: not an outlier."""
    times = Finding(
        id="time-x",
        verdict=Verdict.CONTRADICTION,
        field=FieldName.TIME,
        confidence=0.7,
        reason="16:00 (3 sources) vs 16:30",
        claims=(
            claim("a.md", "4 p.m.", "16:00"),
            claim("b.md", "4 p.m.", "16:00"),
            claim("c.md", "4 p.m.", "16:00"),
            claim("d.md", "4:30 p.m.", "16:30", cluster=1),
            claim("e.md", "23:00 Kyiv time", "23:00 Kyiv", cluster=2),
        ),
        conflicts=((0, 3), (1, 3), (2, 3)),
    )
    assert outlier_clusters(times) == {1}


def test_a_check_report_lists_the_draft_first() -> None:
    page = Page(render_html(check_report()))
    sources = page.having("article", **{"class": "source"})
    assert [s["id"] for s in sources] == ["src-s0", "src-s1", "src-s2"]
    options = [attrs["value"] for tag, attrs in page.tags if tag == "option"]
    assert options[-3:] == ["s0", "s1", "s2"]
    assert "draft.md" in "".join(page.text)
    assert "The text of this source is not part of the report." in "".join(page.text), "no texts were given"


def story_report() -> Report:
    """Two sources with their texts, so that the page can place spans and highlight them."""
    a = "---\noutlet: A\n---\nSix were killed and 6 were injured on Monday.\n"
    b = "Seven were killed on Monday.\n"
    six = a.index("6 were")
    claims = (
        claim("a.md", "6", "6 injured", start=six, line=4, column=20),
        claim("b.md", "Seven", "7 injured", start=0, cluster=1),
    )
    claims = tuple(c.model_copy(update={"sentence": t.splitlines()[-1]}) for c, t in zip(claims, (a, b), strict=True))
    return Report(
        sources=(
            SourceSummary(path="a.md", outlet="A", title=None, published=None, date_origin="unknown", claims=1),
            SourceSummary(path="b.md", outlet=None, title=None, published=None, date_origin="unknown", claims=1),
        ),
        findings=(finding(Verdict.CONTRADICTION, FieldName.QUANTITY, "6 injured vs 7 injured", *claims),),
        texts={"a.md": a, "b.md": b},
    )


def test_a_span_is_placed_in_its_sentence_by_its_offsets_not_its_first_occurrence() -> None:
    report = story_report()
    six = report.findings[0].claims[0]
    before, span, after = in_sentence(six, report.texts["a.md"])
    assert (before, span, after) == ("Six were killed and ", "6", " were injured on Monday.")
    without_text = in_sentence(six.model_copy(update={"text": "Six"}), None)
    assert without_text == ("", "Six", " were killed and 6 were injured on Monday.")


def test_long_sentences_are_cut_around_the_span() -> None:
    long = claim("a.md", "18 injured", "18 injured").model_copy(
        update={"sentence": "x" * 1000 + " 18 injured " + "y" * 1000}
    )
    before, span, after = in_sentence(long, None)
    assert span == "18 injured" and before.startswith("\u2026") and after.endswith("\u2026")
    assert len(before) < 300 and len(after) < 300


def test_spans_in_the_sources_link_from_the_cards_and_are_highlighted_by_verdict() -> None:
    report = story_report()
    document = render_html(report)
    page = Page(document)
    links = [attrs["href"] for attrs in page.having("a", **{"class": "where"})]
    anchors = {attrs["id"] for attrs in page.having("a", **{"class": "anchor"})}
    assert links == ["#c-s0-38-39", "#c-s1-0-5"]
    assert {link[1:] for link in links} <= anchors, "every card links to a place in a source"
    assert (
        '<a class="anchor" id="c-s0-38-39"></a><mark class="v-contradiction" data-verdict="contradiction"' in document
    )
    marks = page.having("mark", **{"class": "v-contradiction"})
    assert len([m for m in marks if m.get("data-verdict")]) == 2


def test_overlapping_spans_split_the_text_and_take_the_gravest_verdict() -> None:
    text = "abcdefghijklmnopqrst"
    marks = [
        _Mark(0, 10, Verdict.AGREEMENT, FieldName.DATE, "d", "c-s0-0-10"),
        _Mark(5, 15, Verdict.CONTRADICTION, FieldName.QUANTITY, "q", "c-s0-5-15"),
        _Mark(30, 40, Verdict.UNIQUE, FieldName.DATE, "out of range", "c-s0-30-40"),
    ]
    rendered = highlighted(text, marks)
    pieces = re.findall(r'<mark class="v-(\w+)"[^>]*>(\w+)</mark>', rendered)
    assert pieces == [("agreement", "abcde"), ("contradiction", "fghij"), ("contradiction", "klmno")]
    assert rendered.count('class="anchor"') == 2, "a span outside the text is left out"
    assert re.sub(r"<[^>]+>", "", rendered) == text, "no character is lost or added"


def test_article_text_cannot_inject_markup_or_script() -> None:
    report = hostile_report(path="<img src=x onerror=alert(1)>.md")
    document = render_html(report)
    page = Page(document)
    assert [tag for tag, _ in page.tags].count("script") == 1, "the report's own script only"
    assert not [tag for tag, _ in page.tags if tag == "img"]
    assert not any(key.startswith("on") for _, attrs in page.tags for key in attrs)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in document
    assert "<script>alert(1)" not in document
    assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", document), "control characters are replaced"
    assert ESCAPES[:2] not in document


def test_a_lone_surrogate_in_a_path_does_not_break_the_page() -> None:
    report = compare_report()
    report = report.model_copy(
        update={"sources": (*report.sources[:2], report.sources[2].model_copy(update={"path": "caf\udce9.md"}))}
    )
    render_html(report).encode("utf-8")  # would raise UnicodeEncodeError


def test_the_content_security_policy_allows_exactly_the_pages_own_style_and_script() -> None:
    document = render_html(compare_report())
    page = Page(document)
    [policy] = [attrs["content"] for tag, attrs in page.tags if attrs.get("http-equiv") == "Content-Security-Policy"]
    assert policy is not None and "default-src 'none'" in policy
    for kind, [content] in (("script", page.scripts), ("style", page.styles)):
        digest = base64.b64encode(hashlib.sha256(content.encode()).digest()).decode()
        assert f"{kind}-src 'sha256-{digest}'" in policy


def test_the_page_is_self_contained() -> None:
    document = render_html(compare_report())
    page = Page(document)
    assert not [tag for tag, _ in page.tags if tag in ("link", "img", "iframe", "object", "embed")]
    assert not any("src" in attrs for _, attrs in page.tags)
    assert "url(" not in "".join(page.styles) and "@import" not in "".join(page.styles)
    assert not re.search(r"https?://", document)


def test_the_summary_counts_contradictions_by_field_and_unique_claims_per_source() -> None:
    document = render_html(compare_report())
    fields = document[document.index('class="fields-table"') :].split("</table>")[0]
    assert re.search(r"<tr><th>time</th><td[^>]*>1</td>", fields)
    sources = document[document.index('class="sources-table"') :].split("</table>")[0]
    c_row = sources[sources.index("c.md") :].split("</tr>")[0]
    assert re.findall(r'<td class="n">(\d*)</td>', c_row) == ["3", "1", "1"], "3 claims, 1 unique, 1 contradiction"


def test_short_names_drop_the_shared_folders_only_when_names_stay_distinct() -> None:
    assert short_names(["sources/s/a.md", "sources/s/b.md"]) == {"sources/s/a.md": "a.md", "sources/s/b.md": "b.md"}
    assert short_names(["x/a.md", "y/a.md"]) == {"x/a.md": "x/a.md", "y/a.md": "y/a.md"}
    assert short_names(["a/b.md"]) == {"a/b.md": "a/b.md"}, "one path is shown whole"


def test_compare_writes_html_by_extension(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("factcheck.pipeline.SentenceEmbedder", lambda model=None, **options: HashingEmbedder())
    a = tmp_path / "a.md"
    b = tmp_path / "b.md"
    dated = "---\ndate: 2025-10-22\n---\n"
    a.write_text(dated + "Six people were killed and 18 injured in Kyiv on Monday, officials said.\n")
    b.write_text(dated + "Six people were killed and 17 injured in Kyiv on Monday, officials said.\n")
    out = tmp_path / "report.html"
    result = CliRunner().invoke(main, ["compare", str(a), str(b), "-o", str(out)])
    assert result.exit_code == 1, result.output
    document = out.read_text(encoding="utf-8")
    assert document.startswith("<!DOCTYPE html>") and "18 injured vs 17 injured" in document
    assert result.stdout == ""
    assert Page(document).having("mark", **{"class": "v-contradiction"}), "the spans are highlighted in the sources"


def test_the_source_view_shows_the_article_not_its_front_matter(tmp_path: Path) -> None:
    from factcheck.pipeline import compare

    for name, figure in (("a.md", 18), ("b.md", 17)):
        (tmp_path / name).write_text(
            f"---\noutlet: Wire {name}\ndate: 2025-10-22\ntitle: Strikes on Kyiv\n---\n\n"
            f"Six people were killed and {figure} injured in Kyiv on Monday.\n",
            encoding="utf-8",
        )
    document = render_html(compare([tmp_path / "a.md", tmp_path / "b.md"], embedder=HashingEmbedder()))
    texts = re.findall(r'<pre class="text">(.*?)</pre>', document, re.S)
    words = [re.sub(r"<[^>]+>", "", text) for text in texts]
    assert len(words) == 2 and all(w.startswith("Six people") and "outlet:" not in w for w in words)
    assert re.search(r"<mark [^>]*>18 injured</mark>", texts[0]), "highlights still fall on their words"
    assert "Strikes on Kyiv" in document.split('id="sources"')[1], "the title is in the source's heading"


def test_cards_the_consensus_table_repeats_fold_their_passages() -> None:
    document = render_html(compare_report())
    cards = {
        m.group(1): m.group(2) for m in re.finditer(r'<article class="card v-(\w+)"(.*?)</article>', document, re.S)
    }
    assert '<details class="passages"><summary>2 passages</summary>' in cards["agreement"]
    assert "<details" not in cards["contradiction"], "what is in dispute stays open"
