"""The SARIF, GitHub-annotation and Markdown reports: valid, stable, escaped; and every format from one CLI run."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from builders import WriteArticle
from click.testing import CliRunner

from factcheck.align import SentenceEmbedder
from factcheck.cli import main
from factcheck.models import FieldName, Finding, FindingClaim, Report, SourceSummary, Verdict
from factcheck.report import FORMATTERS, render
from factcheck.report.github import escape_data, escape_property, render_github
from factcheck.report.markdown import WORD_JOINER, code, render_markdown
from factcheck.report.sarif import FINGERPRINT_KEY, artifact_uri, render_sarif
from factcheck.rules import RULES, fingerprint

SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"
STORY = Path(__file__).parent.parent / "sources" / "rutte-washington"
DRAFT = """
NATO Secretary General Mark Rutte met President Donald Trump at the White House at 4 p.m. local time on Wednesday.

A Russian drone attack on Kyiv killed at least six people and injured 25 in the capital, city officials said.

"He's the only one who can get this done," Zelenskyy said of Trump.

Secretary of State Marco Rubio spoke with Russian Foreign Minister Sergey Lavrov on Tuesday.
"""
CONTRADICTED_FIELDS = {"quantity", "attribution", "date"}
ANNOTATION = re.compile(r"^::(?P<command>\w+)(?: (?P<properties>[^:]*))?::(?P<message>.*)$")


# --- hand-built reports ------------------------------------------------------------------------------------------


def claim(
    source: str,
    text: str,
    value: str,
    *,
    line: int = 1,
    column: int = 1,
    start: int = 0,
    cluster: int = 0,
    attribution: str | None = None,
) -> FindingClaim:
    return FindingClaim(
        source=source,
        text=text,
        start=start,
        end=start + len(text),
        line=line,
        column=column,
        end_line=line,
        end_column=column + len(text),
        value=value,
        sentence=text,
        cluster=cluster,
        attribution=attribution,
    )


def finding(verdict: Verdict, field: FieldName, reason: str, *claims: FindingClaim, confidence: float = 0.8) -> Finding:
    conflicts = tuple((0, k) for k in range(1, len(claims)) if claims[k].cluster != claims[0].cluster)
    return Finding(
        id=f"{field.value}-{len(reason)}",
        verdict=verdict,
        field=field,
        confidence=confidence,
        reason=reason,
        claims=claims,
        conflicts=conflicts,
    )


def summary(path: str, outlet: str | None = "Test Wire") -> SourceSummary:
    return SourceSummary(
        path=path, outlet=outlet, title=None, published=dt.date(2025, 10, 22), date_origin="front matter", claims=3
    )


def injured(draft_text: str = "25 injured", *, line: int = 9, start: int = 280) -> Finding:
    """A check finding: the draft's casualty count against two sources."""
    return finding(
        Verdict.CONTRADICTED,
        FieldName.QUANTITY,
        f"the draft says {draft_text}; the sources say 17 injured, 18 injured",
        claim("draft.md", draft_text, draft_text, line=line, column=71, start=start),
        claim("a.md", "18 injured", "18 injured", line=12, column=5, start=400, cluster=1, attribution="officials"),
        claim("b.md", "17 wounded", "17 injured", line=4, column=10, start=90, cluster=1),
    )


def check_report(*findings: Finding) -> Report:
    return Report(
        command="check",
        draft="draft.md",
        sources=(summary("a.md"), summary("b.md")),
        findings=findings
        or (
            injured(),
            finding(
                Verdict.UNSUPPORTED,
                FieldName.QUOTE,
                "no source states \u201cwe will win\u201d (Rutte)",
                claim("draft.md", "we will win", "\u201cwe will win\u201d (Rutte)", line=11, start=320),
                confidence=0.5,
            ),
            finding(
                Verdict.SUPPORTED,
                FieldName.DATE,
                "Wednesday 22 October 2025: stated by a.md",
                claim("draft.md", "on Wednesday", "Wednesday 22 October 2025", line=7, start=150),
                claim("a.md", "on Wednesday", "Wednesday 22 October 2025", line=3, start=60),
            ),
        ),
        warnings=("b.md: publication date unknown",),
    )


def compare_report() -> Report:
    return Report(
        command="compare",
        sources=(summary("a.md"), summary("b.md"), summary("c.md")),
        findings=(
            finding(
                Verdict.CONTRADICTION,
                FieldName.TIME,
                "16:00 vs 16:30",
                claim("a.md", "4 p.m.", "16:00", line=5, column=20, start=120),
                claim("b.md", "4:30 p.m.", "16:30", line=6, column=3, start=140, cluster=1),
                claim("c.md", "four o'clock", "16:00", line=2, column=8, start=30),
            ),
            finding(
                Verdict.AGREEMENT,
                FieldName.DATE,
                "all say Wednesday",
                claim("a.md", "on Wednesday", "Wednesday 22 October 2025"),
                claim("b.md", "on Wednesday", "Wednesday 22 October 2025"),
            ),
            finding(Verdict.UNIQUE, FieldName.QUANTITY, "only c.md states 3 drones", claim("c.md", "3", "3 drones")),
            finding(
                Verdict.NOT_COMPARABLE,
                FieldName.QUANTITY,
                "an update: 6 killed, later 7",
                claim("a.md", "6", "6 killed"),
                claim("b.md", "7", "7 killed", cluster=1),
            ),
        ),
    )


def empty_report(command: str) -> Report:
    return Report(command=command, draft="draft.md" if command == "check" else None, sources=(), findings=())


REPORTS: dict[str, Callable[[], Report]] = {
    "check": check_report,
    "compare": compare_report,
    "empty-check": lambda: empty_report("check"),
    "empty-compare": lambda: empty_report("compare"),
}


# --- every format ------------------------------------------------------------------------------------------------


def test_the_three_formats_are_registered() -> None:
    assert {"text", "json", "sarif", "github", "markdown"} <= set(FORMATTERS)


@pytest.mark.parametrize("kind", sorted(REPORTS))
@pytest.mark.parametrize("fmt", sorted(FORMATTERS))
def test_every_format_renders_every_report(fmt: str, kind: str) -> None:
    text = render(REPORTS[kind](), fmt)
    assert text.endswith("\n") and text.strip()


# --- SARIF -------------------------------------------------------------------------------------------------------


@cache
def sarif_validator() -> jsonschema.Draft7Validator:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft7Validator.check_schema(schema)
    return jsonschema.Draft7Validator(schema, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)


def valid_sarif(text: str) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(text)
    errors = sorted(sarif_validator().iter_errors(document), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors)
    return document


def test_the_vendored_schema_is_sarif_2_1_0_draft_07() -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert schema["$schema"] == "http://json-schema.org/draft-07/schema#"
    assert schema["properties"]["version"]["enum"] == ["2.1.0"]


def test_the_validator_rejects_what_sarif_forbids() -> None:
    document = json.loads(render_sarif(check_report()))
    document["runs"][0]["results"][0]["level"] = "fatal"
    document["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] = 0
    document["runs"][0]["tool"]["driver"]["rulez"] = []
    assert len(list(sarif_validator().iter_errors(document))) == 3


@pytest.mark.parametrize("kind", sorted(REPORTS))
def test_sarif_validates_against_the_schema(kind: str) -> None:
    document = valid_sarif(render_sarif(REPORTS[kind]()))
    assert document["version"] == "2.1.0"
    assert document["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"
    [run] = document["runs"]
    driver = run["tool"]["driver"]
    assert driver["name"] == "factcheck" and driver["version"]
    assert [rule["id"] for rule in driver["rules"]] == list(RULES)


def test_sarif_rules_describe_every_rule() -> None:
    rules = json.loads(render_sarif(check_report()))["runs"][0]["tool"]["driver"]["rules"]
    for descriptor, rule in zip(rules, RULES.values(), strict=True):
        assert descriptor["name"] == rule.name
        assert descriptor["shortDescription"]["text"] == rule.short
        assert descriptor["fullDescription"]["text"] == descriptor["help"]["text"] == rule.help
        expected = "warning" if rule.id == "unsupported-claim" else "error"
        assert descriptor["defaultConfiguration"]["level"] == expected


def test_sarif_check_results_are_the_findings_that_break_a_rule() -> None:
    report = check_report()
    [run] = json.loads(render_sarif(report))["runs"]
    results = run["results"]
    assert [(r["ruleId"], r["level"]) for r in results] == [
        ("contradicted-quantity", "error"),
        ("unsupported-claim", "warning"),
    ]
    rules = run["tool"]["driver"]["rules"]
    assert all(rules[r["ruleIndex"]]["id"] == r["ruleId"] for r in results)
    assert run["invocations"][0]["toolExecutionNotifications"][0]["message"]["text"].startswith("b.md:")


def test_sarif_result_locations() -> None:
    report = check_report()
    result = json.loads(render_sarif(report))["runs"][0]["results"][0]
    assert result["message"]["text"] == report.findings[0].reason
    [location] = result["locations"]
    assert location["physicalLocation"] == {
        "artifactLocation": {"uri": "draft.md"},
        "region": {
            "startLine": 9,
            "startColumn": 71,
            "endLine": 9,
            "endColumn": 81,
            "charOffset": 280,
            "charLength": 10,
            "snippet": {"text": "25 injured"},
        },
    }
    related = result["relatedLocations"]
    assert [r["id"] for r in related] == [1, 2]
    assert [r["physicalLocation"]["artifactLocation"]["uri"] for r in related] == ["a.md", "b.md"]
    assert related[0]["physicalLocation"]["region"]["startLine"] == 12
    assert related[0]["message"]["text"] == "source says: 18 injured (officials)"
    assert related[1]["message"]["text"] == "source says: 17 injured"
    assert result["partialFingerprints"] == {FINGERPRINT_KEY: fingerprint(report.findings[0])}
    assert result["properties"] == {"confidence": 0.8, "field": "quantity"}


def test_sarif_compare_reports_contradictions_only() -> None:
    results = valid_sarif(render_sarif(compare_report()))["runs"][0]["results"]
    [result] = results
    assert result["ruleId"] == "contradicted-time" and result["level"] == "error"
    # the outlier (16:30, one source against two) carries the error; the claim it conflicts with is related
    assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "b.md"
    assert [r["message"]["text"] for r in result["relatedLocations"]] == ["source says: 16:00"]


def test_sarif_output_is_deterministic_and_has_no_timestamps() -> None:
    first, second = render_sarif(check_report()), render_sarif(check_report())
    assert first == second
    assert "Utc" not in first and "guid" not in first.lower()
    assert first == json.dumps(json.loads(first), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def sarif_fingerprints(report: Report) -> list[str]:
    return [r["partialFingerprints"][FINGERPRINT_KEY] for r in json.loads(render_sarif(report))["runs"][0]["results"]]


def test_fingerprints_survive_line_shifts() -> None:
    before = sarif_fingerprints(check_report(injured()))
    after = sarif_fingerprints(check_report(injured(line=19, start=880)))
    assert before == after


def test_fingerprints_differ_for_different_values() -> None:
    assert sarif_fingerprints(check_report(injured("25 injured"))) != sarif_fingerprints(
        check_report(injured("26 injured"))
    )


@pytest.mark.parametrize(
    ("path", "uri"),
    [
        ("draft.md", "draft.md"),
        ("stories/a b#1.md", "stories/a%20b%231.md"),
        ("c:d 100%.md", "c%3Ad%20100%25.md"),
        ("/tmp/draft.md", "file:///tmp/draft.md"),
        ("<stdin>", "%3Cstdin%3E"),
    ],
)
def test_artifact_uris_are_uri_references(path: str, uri: str) -> None:
    assert artifact_uri(path) == uri


# --- GitHub annotations ------------------------------------------------------------------------------------------


def unescape(value: str) -> str:
    for escaped, plain in (("%2C", ","), ("%3A", ":"), ("%0A", "\n"), ("%0D", "\r"), ("%25", "%")):
        value = value.replace(escaped, plain)
    return value


def parse_annotations(text: str) -> Iterator[tuple[str, dict[str, str], str]]:
    """Parse workflow commands the way the runner does: properties split on ',' and '=', then unescaped."""
    for line in text.splitlines():
        match = ANNOTATION.match(line)
        assert match, line
        pairs = (item.split("=", 1) for item in (match["properties"] or "").split(",") if item)
        yield match["command"], {key: unescape(value) for key, value in pairs}, unescape(match["message"])


def test_github_one_annotation_per_rule_breaking_finding() -> None:
    parsed = list(parse_annotations(render_github(check_report())))
    assert [(command, props.get("title")) for command, props, _ in parsed] == [
        ("error", "contradicted-quantity"),
        ("warning", "unsupported-claim"),
        ("notice", "factcheck"),
    ]
    _, props, message = parsed[0]
    assert props == {
        "file": "draft.md",
        "line": "9",
        "col": "71",
        "endLine": "9",
        "endColumn": "81",
        "title": "contradicted-quantity",
    }
    assert message == "the draft says 25 injured; the sources say 17 injured, 18 injured; see a.md:12, b.md:4"
    assert parsed[1][2] == "no source states \u201cwe will win\u201d (Rutte)"
    assert parsed[-1][2] == "1 contradicted, 1 unsupported, 1 supported"


def test_github_compare_annotates_contradictions_with_the_conflicting_sources() -> None:
    [(command, props, message), notice] = parse_annotations(render_github(compare_report()))
    assert command == "error" and props["title"] == "contradicted-time" and props["file"] == "b.md"
    assert message == "16:00 vs 16:30; see a.md:5"
    assert notice[2] == "1 contradiction, 0 update, 1 not comparable, 1 agreement, 1 unique"


def test_github_escapes_properties_and_messages() -> None:
    path = "dir,x/a:b%c\nd.md"
    reason = "50% of 1,000: done\r\n::error::injected"
    report = check_report(
        finding(
            Verdict.CONTRADICTED,
            FieldName.QUANTITY,
            reason,
            claim(path, "1,000", "1,000"),
            claim("e:f.md", "900", "900", line=3, cluster=1),
        )
    )
    text = render_github(report)
    lines = text.splitlines()
    assert len(lines) == 2 and all(line.startswith("::") for line in lines)
    assert "file=dir%2Cx/a%3Ab%25c%0Ad.md," in lines[0]
    [(_, props, message), _] = parse_annotations(text)
    assert props["file"] == path
    # Article text is one line (control characters cleaned), then escaped: no second command can start.
    assert message == "50% of 1,000: done ::error::injected; see e:f.md:3"
    assert "::50%25 of 1,000: done ::error::injected" in lines[0]


def test_github_escape_rules() -> None:
    assert escape_data("100% a,b:c\r\nd") == "100%25 a,b:c%0D%0Ad"
    assert escape_property("100% a,b:c\r\nd") == "100%25 a%2Cb%3Ac%0D%0Ad"


def test_github_empty_report_is_one_notice() -> None:
    assert (
        render_github(empty_report("check")) == "::notice title=factcheck::0 contradicted, 0 unsupported, 0 supported\n"
    )


# --- Markdown ----------------------------------------------------------------------------------------------------

HOSTILE = "<script>alert(1)</script> | **bold** [link](https://x.test) @someone `tick` \x1b[2J# end"


def hostile_report() -> Report:
    return check_report(
        finding(
            Verdict.CONTRADICTED,
            FieldName.QUOTE,
            f"the draft quotes {HOSTILE}",
            claim("draft.md", HOSTILE, HOSTILE, attribution="<b>Someone</b>"),
            claim("a`b.md", "<img src=x onerror=alert(1)>", "| a | b |", line=2, cluster=1),
        )
    )


def test_markdown_summary_table_and_order() -> None:
    text = render_markdown(check_report())
    assert text.startswith("## factcheck: `draft.md` checked against 2 sources\n")
    assert (
        "| Verdict | Findings |\n| --- | ---: |\n| contradicted | 1 |\n| unsupported | 1 |\n| supported | 1 |\n" in text
    )
    contradicted = text.index("### Contradicted by a source (1)")
    unsupported = text.index("### Not supported by any source (1)")
    supported = text.index("<details><summary>Supported (1)</summary>")
    assert contradicted < unsupported < supported
    assert "- **quantity**: the draft says 25 injured; the sources say 17 injured, 18 injured (confidence 0.80)" in text
    assert "  - **A** `draft.md:9` \u201c25 injured\u201d = 25 injured" in text
    assert "  - **B** `a.md:12` \u201c18 injured\u201d = 18 injured (officials)" in text
    assert text.count("<details>") == text.count("</details>")
    assert "- b.md: publication date unknown" in text


def test_markdown_compare_report() -> None:
    text = render_markdown(compare_report())
    assert text.startswith("## factcheck: 3 sources compared\n")
    for row in ("| contradiction | 1 |", "| not comparable | 1 |", "| agreement | 1 |", "| unique | 1 |"):
        assert row in text
    assert text.index("### Contradictions (1)") < text.index("<summary>Agreements (1)</summary>")


def test_markdown_neutralises_article_text() -> None:
    text = render_markdown(hostile_report())
    assert "<script>" not in text and "<img" not in text and "<b>" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "\x1b" not in text
    assert f"@{WORD_JOINER}someone" in text and "@someone" not in text
    assert r"\*\*bold\*\*" in text and r"\[link\](https://x.test)" in text and r"\# end" in text
    # Outside the summary table no '|' is left unescaped, so no line can turn into a table row.
    table = {"| Verdict | Findings |", "| --- | ---: |"}
    for line in text.splitlines():
        if line.startswith("| ") and (line in table or re.fullmatch(r"\| [a-z ]+ \| \d+ \|", line)):
            continue
        assert not re.search(r"(?<!\\)\|", line.replace("``a`b.md:2``", "")), line
    assert "``a`b.md:2``" in text  # a backtick in a path gets a longer fence


def test_markdown_only_html_it_writes_itself() -> None:
    tags = set(re.findall(r"</?[a-z]+", render_markdown(hostile_report())))
    assert tags == {"<details", "</details", "<summary", "</summary"}


@pytest.mark.parametrize(
    ("text", "span"),
    [("plain", "`plain`"), ("a`b", "``a`b``"), ("`x``", "``` `x`` ```"), ("", "` `")],
)
def test_markdown_code_spans(text: str, span: str) -> None:
    assert code(text) == span


# --- end to end ----------------------------------------------------------------------------------------------------


@pytest.fixture
def model(monkeypatch: pytest.MonkeyPatch, embedder: SentenceEmbedder) -> SentenceEmbedder:
    """check builds its embedder in factcheck.pipeline: hand it the session's model instead of a new one."""
    monkeypatch.setattr("factcheck.pipeline.SentenceEmbedder", lambda model=None, **options: embedder)
    return embedder


@pytest.mark.slow
def test_check_writes_every_format_in_one_run(
    model: SentenceEmbedder, write_article: WriteArticle, tmp_path: Path
) -> None:
    draft = write_article(
        "draft.md",
        DRAFT,
        outlet="Draft desk",
        date="2025-10-22",
        title="Rutte meets Trump as Kyiv counts its dead",
    )
    sources = sorted(str(path) for path in STORY.glob("*.md"))
    files = {fmt: tmp_path / f"report.{fmt}" for fmt in ("text", "json", "sarif", "github", "markdown")}
    outputs = [arg for fmt, path in files.items() for arg in ("-o", f"{fmt}:{path}")]
    result = CliRunner().invoke(main, ["check", str(draft), "--against", *sources, *outputs])
    assert result.exit_code == 1, result.output
    assert result.stdout == ""
    written = {fmt: path.read_text(encoding="utf-8") for fmt, path in files.items()}

    document = json.loads(written["json"])
    contradicted = [f for f in document["findings"] if f["verdict"] == "contradicted"]
    assert {f["field"] for f in contradicted} == CONTRADICTED_FIELDS and len(contradicted) == 3
    assert document["summary"]["contradicted"] == 3

    text = written["text"]
    section = text[text.index("Contradicted by a source (3)") :].split("\n\n")[0]
    assert all(f"- [{field}]" in section for field in CONTRADICTED_FIELDS)

    results = valid_sarif(written["sarif"])["runs"][0]["results"]
    assert sorted(r["ruleId"] for r in results if r["level"] == "error") == [
        "contradicted-attribution",
        "contradicted-date",
        "contradicted-quantity",
    ]
    assert all(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith("draft.md") for r in results)

    errors = [
        (props, message) for command, props, message in parse_annotations(written["github"]) if command == "error"
    ]
    assert sorted(props["title"] for props, _ in errors) == sorted(f"contradicted-{f}" for f in CONTRADICTED_FIELDS)
    assert all(props["file"] == str(draft) for props, _ in errors)
    assert all(f"; see {STORY}/" in message for _, message in errors)

    markdown = written["markdown"]
    section = markdown[markdown.index("### Contradicted by a source (3)") :]
    section = section[: section.index("<details><summary>Supported")]
    assert all(f"- **{field}**:" in section for field in CONTRADICTED_FIELDS)


def test_annotations_sit_on_the_claim_in_conflict_not_on_the_first() -> None:
    """The outlier of a compare contradiction carries the error; the claims it conflicts with are related."""
    claims = (
        claim("atlantic-ledger.md", "21 injured", "21 injured", line=8, cluster=0),
        claim("channel9.md", "17 wounded", "17 injured", line=22, cluster=1),
        claim("kyiv-morning-post.md", "18 injured", "18 injured", line=3, cluster=2),
        claim("meridian-wire.md", "18 injured", "18 injured", line=5, cluster=2),
    )
    contradiction = Finding(
        id="quantity-x",
        verdict=Verdict.CONTRADICTION,
        field=FieldName.QUANTITY,
        confidence=0.8,
        reason="18 injured (2 sources) vs 17 injured",
        claims=claims,
        conflicts=((1, 2), (1, 3)),
    )
    report = Report(sources=tuple(summary(c.source) for c in claims), findings=(contradiction,))
    [result] = json.loads(render_sarif(report))["runs"][0]["results"]
    where = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    related = [r["physicalLocation"]["artifactLocation"]["uri"] for r in result["relatedLocations"]]
    assert (where, related) == ("channel9.md", ["kyiv-morning-post.md", "meridian-wire.md"])
    annotation = render_github(report).splitlines()[0]
    assert "file=channel9.md,line=22," in annotation
    assert annotation.endswith("see kyiv-morning-post.md:3, meridian-wire.md:5")


def test_a_check_annotation_stays_on_the_draft() -> None:
    [result, *_] = json.loads(render_sarif(check_report()))["runs"][0]["results"]
    assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "draft.md"


def test_a_quotation_is_shown_once_with_its_speaker() -> None:
    said = claim(
        "a.md",
        "We will rebuild",
        "\u201cWe will rebuild\u201d (Ana Keldar)",
        attribution="Ana Keldar via Meridian Wire",
    )
    other = claim("b.md", "We will rebuild.", "\u201cWe will rebuild.\u201d (Tomas Vireny)", cluster=1)
    report = Report(
        sources=(summary("a.md"), summary("b.md")),
        findings=(finding(Verdict.CONTRADICTION, FieldName.ATTRIBUTION, "the same quote", said, other),),
    )
    text = render(report, "text")
    assert "a.md:1 \u201cWe will rebuild\u201d (Ana Keldar) [via Meridian Wire]" in text
    assert "b.md:1 \u201cWe will rebuild.\u201d (Tomas Vireny)\n" in text
    markdown = render(report, "markdown")
    assert markdown.count("Ana Keldar") == 1 and "= \u201c" not in markdown
