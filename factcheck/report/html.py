"""The HTML report: one self-contained file an editor reads in a browser, offline.

At the top a summary (sources, counts, contradictions by field); then a consensus table (which sources give
which value for each fact stated by several, outliers marked); then one card per finding with its spans in their
sentences; then the sources themselves with every claim span highlighted by verdict. Filters by verdict, field
and source run in the page, without a server.

Every string from an article or a path is untrusted. It is escaped wherever it is written (text and attributes),
control characters and lone surrogates are replaced, and a Content-Security-Policy allows only this module's own
style sheet and script (by hash): an article's `<script>` is shown as text and could not run even if it got in.
"""

from __future__ import annotations

import base64
import hashlib
import html
import itertools
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from factcheck.models import FieldName, Finding, FindingClaim, Report, Verdict
from factcheck.report.text import HEADINGS, cluster_letter, short_names, shown_attribution
from factcheck.rules import rule_for

# Which verdict colours a span that several findings cover: the one an editor must see.
SEVERITY = {
    Verdict.CONTRADICTION: 6,
    Verdict.CONTRADICTED: 6,
    Verdict.UPDATE: 5,
    Verdict.NOT_COMPARABLE: 4,
    Verdict.UNSUPPORTED: 3,
    Verdict.AGREEMENT: 2,
    Verdict.SUPPORTED: 2,
    Verdict.UNIQUE: 1,
}
LABELS = {
    Verdict.CONTRADICTION: "Contradiction",
    Verdict.UPDATE: "Update",
    Verdict.NOT_COMPARABLE: "Not comparable",
    Verdict.AGREEMENT: "Agreement",
    Verdict.UNIQUE: "One source only",
    Verdict.CONTRADICTED: "Contradicted",
    Verdict.UNSUPPORTED: "Unsupported",
    Verdict.SUPPORTED: "Supported",
}
CONSENSUS_VERDICTS = (
    Verdict.CONTRADICTION,
    Verdict.CONTRADICTED,
    Verdict.UPDATE,
    Verdict.NOT_COMPARABLE,
    Verdict.AGREEMENT,
    Verdict.SUPPORTED,
)
MIDDLE_DOT = " \u00b7 "
CONTEXT_CHARACTERS = 240  # of a sentence shown on each side of a span in a card

_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_UNSAFE_LINE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_SPACES = re.compile(r"\s+")


def esc(text: str) -> str:
    """Untrusted text for an HTML text node or a quoted attribute: one line (each run of white space one space,
    kept at the ends, where it separates the text from a neighbouring element), escaped."""
    return html.escape(_SPACES.sub(" ", _UNSAFE_LINE.sub("\ufffd", text)), quote=True)


def esc_block(text: str) -> str:
    """Untrusted text for a `pre` block: line breaks and tabs kept, everything else escaped."""
    return html.escape(_UNSAFE.sub("\ufffd", text), quote=True)


@dataclass(frozen=True)
class _Mark:
    start: int
    end: int
    verdict: Verdict
    field: FieldName
    value: str
    anchor: str


class _Page:
    """The report and the names the page gives its sources (s0, s1, ...) and findings (f0, f1, ...)."""

    def __init__(self, report: Report) -> None:
        self.report = report
        draft = [report.draft] if report.command == "check" and report.draft is not None else []
        sources = [source.path for source in report.sources]
        self.paths = list(dict.fromkeys(draft + sources))
        self.source_ids = {path: f"s{i}" for i, path in enumerate(self.paths)}
        # The sources without the folders they share; the draft as given.
        self.names = {**short_names(sources), **{path: path for path in draft}}
        if len(set(self.names.values())) < len(self.names):
            self.names = {path: path for path in self.paths}
        order = {verdict: i for i, verdict in enumerate(report.verdicts)}
        self.findings = sorted(report.findings, key=lambda f: (order.get(f.verdict, len(order)), -f.confidence))
        self.finding_ids = {id(finding): f"f{i}" for i, finding in enumerate(self.findings)}

    def name(self, path: str) -> str:
        """The path as shown: without the folder all sources share, the whole path in a tooltip."""
        return f'<code title="{esc(path)}">{esc(self.names.get(path, path))}</code>'

    def source_id(self, path: str) -> str:
        return self.source_ids.get(path, "s-unknown")

    def sources_of(self, finding: Finding) -> str:
        return " ".join(sorted({self.source_id(claim.source) for claim in finding.claims}))

    def anchor(self, claim: FindingClaim) -> str:
        return f"c-{self.source_id(claim.source)}-{claim.start}-{claim.end}"


def render_html(report: Report) -> str:
    page = _Page(report)
    body = [
        _header(page),
        _summary(page),
        _filters(page),
        _consensus(page),
        _cards(page),
        _sources(page),
        _warnings(report),
    ]
    return _document(_title(report), "\n".join(part for part in body if part))


def _title(report: Report) -> str:
    if report.command == "check" and report.draft is not None:
        return f"factcheck: {report.draft} checked against {len(report.sources)} sources"
    return f"factcheck: {len(report.sources)} sources compared"


def _document(title: str, body: str) -> str:
    policy = (
        "default-src 'none'; "
        f"style-src '{_csp_hash(STYLE)}'; script-src '{_csp_hash(SCRIPT)}'; "
        "img-src 'none'; base-uri 'none'; form-action 'none'"
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{policy}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
        f"{body}\n<script>{SCRIPT}</script>\n</body>\n</html>\n"
    )


def _csp_hash(content: str) -> str:
    digest = hashlib.sha256(content.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


def _header(page: _Page) -> str:
    report = page.report
    if report.command == "check" and report.draft is not None:
        what = f"<code>{esc(report.draft)}</code> checked against {len(report.sources)} sources"
    else:
        what = f"{len(report.sources)} sources compared"
    return f'<header><h1>factcheck report</h1><p class="lead">{what}</p></header>'


# Summary ----------------------------------------------------------------------------------------------------------


def _summary(page: _Page) -> str:
    report = page.report
    tiles = "".join(
        f'<li class="tile v-{verdict.value}"><span class="count">{report.count(verdict)}</span> '
        f"{esc(HEADINGS[verdict])}</li>"
        for verdict in report.verdicts
    )
    return (
        '<section id="summary"><h2>Summary</h2>'
        f'<ul class="tiles">{tiles}</ul>{_sources_table(page)}{_fields_table(report)}</section>'
    )


def _sources_table(page: _Page) -> str:
    report = page.report
    unique = Counter(c.source for f in report.findings if f.verdict is Verdict.UNIQUE for c in f.claims)
    conflicts = Counter(
        source
        for f in report.findings
        if f.verdict in (Verdict.CONTRADICTION, Verdict.CONTRADICTED)
        for source in {c.source for c in f.claims}
    )
    rows = []
    if report.command == "check" and report.draft is not None:
        draft_claims = sum(1 for f in report.findings for c in f.claims[:1] if c.source == report.draft)
        rows.append(
            f'<tr><td><a href="#src-{page.source_id(report.draft)}">{page.name(report.draft)}</a> '
            f'<span class="tag">draft</span></td><td></td><td></td><td class="n">{draft_claims}</td>'
            f'<td class="n">{conflicts[report.draft]}</td></tr>'
        )
    for source in report.sources:
        published = source.published.isoformat() if source.published else "unknown"
        origin = f' <span class="origin">({esc(source.date_origin)})</span>' if source.published else ""
        rows.append(
            f'<tr><td><a href="#src-{page.source_id(source.path)}">{page.name(source.path)}</a></td>'
            f"<td>{esc(source.outlet or '')}</td><td>{published}{origin}</td>"
            f'<td class="n">{source.claims}</td>'
            + (f'<td class="n">{unique[source.path]}</td>' if report.command == "compare" else "")
            + f'<td class="n">{conflicts[source.path]}</td></tr>'
        )
    unique_heading = '<th class="n">One source only</th>' if report.command == "compare" else ""
    return (
        '<table class="sources-table"><caption>Sources</caption><thead><tr><th>Source</th><th>Outlet</th>'
        f'<th>Published</th><th class="n">Claims</th>{unique_heading}'
        f'<th class="n">In contradictions</th></tr></thead><tbody>{"".join(rows)}</tbody></table>'
    )


def _fields_table(report: Report) -> str:
    fields = [field for field in FieldName if any(f.field is field for f in report.findings)]
    if not fields:
        return '<p class="empty">No findings.</p>'
    head = "".join(f'<th class="n">{esc(HEADINGS[verdict])}</th>' for verdict in report.verdicts)
    rows = []
    for field in fields:
        cells = "".join(
            f'<td class="n v-{verdict.value}-text">{_count(report.findings, field, verdict) or ""}</td>'
            for verdict in report.verdicts
        )
        rows.append(f"<tr><th>{field.value}</th>{cells}</tr>")
    return (
        '<table class="fields-table"><caption>Findings by field</caption>'
        f"<thead><tr><th>Field</th>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def _count(findings: Iterable[Finding], field: FieldName, verdict: Verdict) -> int:
    return sum(1 for f in findings if f.field is field and f.verdict is verdict)


# Filters ----------------------------------------------------------------------------------------------------------


def _filters(page: _Page) -> str:
    report = page.report
    verdicts = "".join(
        f'<label class="v-{verdict.value}-text"><input type="checkbox" name="verdict" value="{verdict.value}" '
        f"checked> {esc(LABELS[verdict])}</label>"
        for verdict in report.verdicts
    )
    fields = "".join(
        f'<option value="{field.value}">{field.value}</option>'
        for field in FieldName
        if any(f.field is field for f in report.findings)
    )
    sources = "".join(f'<option value="{page.source_id(path)}">{esc(page.names[path])}</option>' for path in page.paths)
    return (
        '<section id="filters" aria-label="Filters"><form id="filter-form">'
        f"<fieldset><legend>Verdict</legend>{verdicts}</fieldset>"
        f'<label>Field <select name="field"><option value="">all fields</option>{fields}</select></label>'
        f'<label>Source <select name="source"><option value="">all sources</option>{sources}</select></label>'
        '</form><p id="shown" aria-live="polite"></p></section>'
    )


# Consensus --------------------------------------------------------------------------------------------------------


def _consensus(page: _Page) -> str:
    rows = [_consensus_row(page, f) for f in page.findings if f.verdict in CONSENSUS_VERDICTS and _several(f)]
    if not rows:
        return ""
    return (
        '<section id="consensus"><h2>Facts stated by several sources</h2>'
        '<table class="consensus-table"><thead><tr><th>Field</th><th>Verdict</th><th>Values and the sources '
        f"that give them</th></tr></thead><tbody>{''.join(rows)}</tbody></table></section>"
    )


def _several(finding: Finding) -> bool:
    return len({claim.source for claim in finding.claims}) > 1


def _consensus_row(page: _Page, finding: Finding) -> str:
    clusters = _clusters(finding)
    outliers = outlier_clusters(finding)
    values = []
    for cluster, claims in clusters.items():
        outlier = cluster in outliers
        tag = ' <span class="outlier-tag">outlier</span>' if outlier else ""
        lines = []
        for value, stating in _by_value(claims).items():  # each value with the sources that give it, and their number
            sources = list(dict.fromkeys(claim.source for claim in stating))
            count = f' <span class="sources-count">{len(sources)} source{"s" if len(sources) != 1 else ""}</span>'
            chips = " ".join(
                f'<a class="chip" href="#{page.anchor(claim)}">{page.name(claim.source)}</a>' for claim in stating
            )
            lines.append(f'<span class="value-text">{esc(value)}</span>{count}{tag}<br>{chips}')
            tag = ""
        values.append(f'<li class="value{" outlier" if outlier else ""}">{"<br>".join(lines)}</li>')
    finding_id = page.finding_ids[id(finding)]
    return (
        f'<tr class="consensus-row" data-verdict="{finding.verdict.value}" data-field="{finding.field.value}" '
        f'data-sources="{page.sources_of(finding)}"><td>{finding.field.value}</td>'
        f'<td><a class="badge v-{finding.verdict.value}" href="#{finding_id}">{esc(LABELS[finding.verdict])}</a></td>'
        f'<td><ul class="values">{"".join(values)}</ul></td></tr>'
    )


def _by_value(claims: Sequence[FindingClaim]) -> dict[str, list[FindingClaim]]:
    """Claims of one cluster by the value they state: a check's sources can agree against a draft and still give
    different figures, and the table shows each."""
    values: dict[str, list[FindingClaim]] = {}
    for claim in claims:
        values.setdefault(claim.value, []).append(claim)
    return values


def _clusters(finding: Finding) -> dict[int, list[FindingClaim]]:
    clusters: dict[int, list[FindingClaim]] = {}
    for claim in finding.claims:
        clusters.setdefault(claim.cluster, []).append(claim)
    return dict(sorted(clusters.items(), key=lambda item: (-len({c.source for c in item[1]}), item[0])))


def outlier_clusters(finding: Finding) -> set[int]:
    """In a contradiction, the values fewer sources give than the one most give and that are in conflict with
    another (a time in another zone, say, can be in the finding and conflict with nothing); none when the largest
    ties."""
    if finding.verdict not in (Verdict.CONTRADICTION, Verdict.CONTRADICTED):
        return set()
    sizes = {cluster: len({c.source for c in claims}) for cluster, claims in _clusters(finding).items()}
    ranked = sorted(sizes.values(), reverse=True)
    if len(ranked) < 2 or ranked[0] == ranked[1]:
        return set()
    conflicting = {finding.claims[k].cluster for pair in finding.conflicts for k in pair}
    return {cluster for cluster, size in sizes.items() if size < ranked[0] and cluster in conflicting}


# Finding cards ----------------------------------------------------------------------------------------------------


def _cards(page: _Page) -> str:
    if not page.findings:
        return '<section id="findings"><h2>Findings</h2><p class="empty">No findings.</p></section>'
    cards = "\n".join(_card(page, finding) for finding in page.findings)
    return f'<section id="findings"><h2>Findings</h2>\n{cards}\n</section>'


def _card(page: _Page, finding: Finding) -> str:
    finding_id = page.finding_ids[id(finding)]
    rule = rule_for(finding)
    rule_tag = f' <span class="rule">{esc(rule.id)}</span>' if rule else ""
    confidence = (
        f' <span class="confidence">confidence {finding.confidence:.2f}</span>'
        if finding.verdict not in (Verdict.UNIQUE, Verdict.UNSUPPORTED)
        else ""
    )
    outliers = outlier_clusters(finding)
    letters = len({claim.cluster for claim in finding.claims}) > 1
    claims = "".join(_card_claim(page, claim, letters, claim.cluster in outliers) for claim in finding.claims)
    return (
        f'<article class="card v-{finding.verdict.value}" id="{finding_id}" data-verdict="{finding.verdict.value}" '
        f'data-field="{finding.field.value}" data-sources="{page.sources_of(finding)}">'
        f'<header><span class="badge v-{finding.verdict.value}">{esc(LABELS[finding.verdict])}</span> '
        f'<span class="field">{finding.field.value}</span>{confidence}{rule_tag}'
        f' <a class="permalink" href="#{finding_id}" title="Link to this finding">#</a></header>'
        f'<p class="reason">{esc(finding.reason)}</p>{_claims_list(finding, claims)}</article>'
    )


# Cards whose facts the consensus table already lists value by value: their passages fold, so a story's page reads
# at the length of what is in dispute, not of everything that agrees.
FOLDED_VERDICTS = (Verdict.AGREEMENT, Verdict.NOT_COMPARABLE, Verdict.SUPPORTED)


def _claims_list(finding: Finding, claims: str) -> str:
    listed = f'<ol class="claims">{claims}</ol>'
    if finding.verdict not in FOLDED_VERDICTS or not _several(finding):
        return listed
    count = len(finding.claims)
    return f'<details class="passages"><summary>{count} passage{"s" if count != 1 else ""}</summary>{listed}</details>'


def _card_claim(page: _Page, claim: FindingClaim, letters: bool, outlier: bool) -> str:
    letter = f'<span class="cluster" title="claims with the same letter agree">{cluster_letter(claim.cluster)}</span> '
    speaker = shown_attribution(claim)
    said = f' <span class="attribution">{esc(speaker)}</span>' if speaker else ""
    tag = ' <span class="outlier-tag">outlier</span>' if outlier else ""
    before, span, after = in_sentence(claim, page.report.texts.get(claim.source))
    return (
        f'<li class="claim{" outlier" if outlier else ""}">{letter if letters else ""}'
        f'<a class="where" href="#{page.anchor(claim)}">{page.name(claim.source)}'
        f'<span class="position">:{claim.line}:{claim.column}</span></a> '
        f'<span class="value">{esc(claim.value)}</span>{said}{tag}'
        f'<blockquote class="context">{esc(before)}<mark class="span">{esc(span)}</mark>{esc(after)}</blockquote>'
        "</li>"
    )


def in_sentence(claim: FindingClaim, text: str | None) -> tuple[str, str, str]:
    """The sentence split around the claim's span: (before, span, after), each side cut to a readable length.

    With the source text the span is placed by its offsets; without it, at the first place its words occur.
    """
    sentence = claim.sentence
    at = -1
    if text is not None and text[claim.start : claim.end] == claim.text:
        begin = text.find(sentence, max(0, claim.end - len(sentence)), claim.start + len(sentence))
        if 0 <= begin <= claim.start and begin + len(sentence) >= claim.end:
            at = claim.start - begin
    if at < 0:
        at = sentence.find(claim.text)
    if at < 0:  # the span is not in the sentence as given: show both
        return (sentence + " \u2014 ", claim.text, "")
    before, after = sentence[:at], sentence[at + len(claim.text) :]
    if len(before) > CONTEXT_CHARACTERS:
        before = "\u2026" + before[-CONTEXT_CHARACTERS:]
    if len(after) > CONTEXT_CHARACTERS:
        after = after[:CONTEXT_CHARACTERS] + "\u2026"
    return before, claim.text, after


# Sources ----------------------------------------------------------------------------------------------------------


def _sources(page: _Page) -> str:
    report = page.report
    summaries = {source.path: source for source in report.sources}
    articles = []
    for path in page.paths:
        source_id = page.source_id(path)
        summary = summaries.get(path)
        details = []
        if summary is not None and summary.outlet:
            details.append(esc(summary.outlet))
        if summary is not None:
            details.append(summary.published.isoformat() if summary.published else "date unknown")
        if path == report.draft and report.command == "check":
            details.append("draft")
        if summary is not None and summary.title:
            details.append(esc(summary.title))
        text = report.texts.get(path)
        body = (
            f'<pre class="text">{_article_text(text, _marks(page, path))}</pre>'
            if text is not None
            else '<p class="empty">The text of this source is not part of the report.</p>'
        )
        articles.append(
            f'<article class="source" id="src-{source_id}" data-source="{source_id}">'
            f'<h3>{page.name(path)} <span class="details">{MIDDLE_DOT.join(details)}</span></h3>'
            f"{body}</article>"
        )
    legend = "".join(
        f'<li><mark class="v-{verdict.value}">{esc(LABELS[verdict])}</mark></li>' for verdict in report.verdicts
    )
    return (
        '<section id="sources"><h2>Sources</h2>'
        f'<ul class="legend" aria-label="Highlight colours">{legend}</ul>{"".join(articles)}</section>'
    )


def _article_text(text: str, marks: list[_Mark]) -> str:
    """The article as the page shows it: without its front matter or header lines, whose outlet, date and title
    the source's heading gives (no claim lies in them), with the claims highlighted."""
    from factcheck.ingest import parse_header

    _, body = parse_header(text)
    body += len(text[body:]) - len(text[body:].lstrip("\r\n"))  # and the blank lines after it
    if any(mark.start < body for mark in marks):
        body = 0  # a claim in the header (there should be none): the text whole
    return highlighted(text[body:], [replace(mark, start=mark.start - body, end=mark.end - body) for mark in marks])


def _marks(page: _Page, path: str) -> list[_Mark]:
    marks: dict[str, _Mark] = {}
    for finding in page.findings:
        for claim in finding.claims:
            if claim.source != path:
                continue
            mark = _Mark(claim.start, claim.end, finding.verdict, finding.field, claim.value, page.anchor(claim))
            known = marks.get(mark.anchor)
            if known is None or SEVERITY[mark.verdict] > SEVERITY[known.verdict]:
                marks[mark.anchor] = mark
    return sorted(marks.values(), key=lambda m: (m.start, m.end))


def highlighted(text: str, marks: Sequence[_Mark]) -> str:
    """The text, escaped, with each stretch that claims cover in a `mark` coloured by its gravest verdict, and an
    anchor where each claim begins (cards link to it). Overlapping claims split the text into pieces; each piece
    names the claims it belongs to (data-claims)."""
    marks = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    bounds = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    anchors: dict[int, list[str]] = {}
    for mark in marks:
        anchors.setdefault(mark.start, []).append(mark.anchor)
    out: list[str] = []
    for start, end in itertools.pairwise(bounds):
        out.extend(f'<a class="anchor" id="{anchor}"></a>' for anchor in anchors.get(start, ()))
        piece = esc_block(text[start:end])
        covering = [m for m in marks if m.start <= start and m.end >= end]
        if not covering:
            out.append(piece)
            continue
        top = max(covering, key=lambda m: SEVERITY[m.verdict])
        title = "; ".join(f"{LABELS[m.verdict]}: {m.field.value} = {m.value}" for m in covering)
        claims = " ".join(m.anchor for m in covering)
        out.append(
            f'<mark class="v-{top.verdict.value}" data-verdict="{top.verdict.value}" '
            f'data-field="{top.field.value}" data-claims="{claims}" title="{esc(title)}">{piece}</mark>'
        )
    return "".join(out)


def _warnings(report: Report) -> str:
    if not report.warnings:
        return ""
    items = "".join(f"<li>{esc(warning)}</li>" for warning in report.warnings)
    return f'<section id="warnings"><h2>Warnings</h2><ul>{items}</ul></section>'


STYLE = """
:root{--red:#b3261e;--red-bg:#fde7e4;--amber:#8a5a00;--amber-bg:#fff1cc;--green:#1e6b34;--green-bg:#e2f4e6;
--grey:#4a4f57;--grey-bg:#eceef1;--violet:#5b3c99;--violet-bg:#eee6fb;--line:#d5d9de}
*{box-sizing:border-box}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2228;margin:0 auto;
max-width:72rem;padding:1rem 1.5rem 4rem}
h1{margin:.2rem 0;font-size:1.6rem}h2{margin-top:2rem;border-bottom:1px solid var(--line);padding-bottom:.2rem}
.lead{margin:.2rem 0 1rem;color:var(--grey)}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em}
table{border-collapse:collapse;margin:1rem 0;width:100%}
caption{text-align:left;font-weight:600;padding-bottom:.3rem}
th,td{border-bottom:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
.n{text-align:right;font-variant-numeric:tabular-nums}
.tiles{display:flex;flex-wrap:wrap;gap:.6rem;list-style:none;padding:0;margin:0}
.tile{padding:.5rem .9rem;border-radius:.4rem;min-width:9rem}
.tile .count{font-size:1.5rem;font-weight:700;display:block}
.v-contradiction,.v-contradicted{background:var(--red-bg);color:var(--red)}
.v-not_comparable{background:var(--amber-bg);color:var(--amber)}
.v-update{background:var(--blue-bg,#e8f0fe);color:var(--blue,#1a4fa0)}
.v-agreement,.v-supported{background:var(--green-bg);color:var(--green)}
.v-unique{background:var(--grey-bg);color:var(--grey)}
.v-unsupported{background:var(--violet-bg);color:var(--violet)}
.v-contradiction-text,.v-contradicted-text{color:var(--red)}.v-not_comparable-text{color:var(--amber)}
.v-agreement-text,.v-supported-text{color:var(--green)}.v-unique-text{color:var(--grey)}
.v-unsupported-text{color:var(--violet)}
#filters{position:sticky;top:0;background:#fff;border-bottom:1px solid var(--line);padding:.5rem 0;z-index:1}
#filters form{display:flex;flex-wrap:wrap;gap:1rem;align-items:center}
#filters fieldset{border:0;margin:0;padding:0;display:flex;gap:.8rem;flex-wrap:wrap}
#filters legend{float:left;font-weight:600;margin-right:.5rem}
#shown{margin:.3rem 0 0;color:var(--grey);font-size:.9rem}
.badge{display:inline-block;border-radius:.3rem;padding:0 .45rem;font-weight:600;font-size:.85rem;
text-decoration:none}
.values{list-style:none;margin:0;padding:0}.values li{margin:.15rem 0}
.value-text{font-weight:600}.sources-count{color:var(--grey);font-size:.9rem}
.chip{margin-right:.4rem;color:inherit}
.outlier .value-text{color:var(--red)}
.outlier-tag{background:var(--red);color:#fff;border-radius:.3rem;padding:0 .35rem;font-size:.75rem;
font-weight:700;text-transform:uppercase;letter-spacing:.03em}
.card{border:1px solid var(--line);border-left:.4rem solid currentColor;border-radius:.4rem;margin:.8rem 0;
padding:.6rem .9rem;background:#fff}
.card header{display:flex;gap:.6rem;align-items:baseline;flex-wrap:wrap}
.card .field{font-weight:600;color:#1d2228}.card .confidence,.card .rule{color:var(--grey);font-size:.85rem}
.card .permalink{margin-left:auto;color:var(--grey);text-decoration:none}
.card .reason{font-size:1.05rem;color:#1d2228;margin:.3rem 0}
.claims{margin:.2rem 0;padding-left:1.2rem;color:#1d2228}.claims li{margin:.4rem 0}
.cluster{display:inline-block;min-width:1.3rem;text-align:center;border:1px solid var(--line);
border-radius:.25rem;font-weight:700;font-size:.8rem}
.value{font-weight:600}.attribution{color:var(--grey);font-size:.9rem}
.context{margin:.2rem 0 0;padding:.3rem .6rem;border-left:3px solid var(--line);color:#3b4148;background:#fafbfc}
.context .span{background:#ffe08a;color:inherit;padding:0 .1rem}
.source{border:1px solid var(--line);border-radius:.4rem;margin:1rem 0;padding:.2rem .9rem}
.source h3{font-size:1rem;margin:.6rem 0}.source .details{color:var(--grey);font-weight:400}
.text{white-space:pre-wrap;word-wrap:break-word;font:14px/1.6 ui-serif,Georgia,serif;margin:.3rem 0 .8rem}
.text mark{padding:0 .05rem;border-radius:.15rem}
.text mark.muted{background:transparent;color:inherit}
.anchor:target+mark{outline:2px solid #1d2228;outline-offset:1px}
.anchor,.card,.source,section{scroll-margin-top:7rem}
.legend{list-style:none;padding:0;display:flex;gap:.6rem;flex-wrap:wrap}
.tag{background:var(--grey-bg);border-radius:.3rem;padding:0 .35rem;font-size:.8rem}
.origin{color:var(--grey);font-size:.85rem}.empty{color:var(--grey)}
[hidden]{display:none!important}
""".strip()

SCRIPT = """
(function () {
  "use strict";
  var form = document.getElementById("filter-form");
  if (!form) { return; }
  function apply() {
    var verdicts = {};
    form.querySelectorAll("input[name=verdict]").forEach(function (box) { verdicts[box.value] = box.checked; });
    var field = form.elements.field.value;
    var source = form.elements.source.value;
    var shown = 0, total = 0;
    document.querySelectorAll(".card, .consensus-row").forEach(function (el) {
      var ok = verdicts[el.dataset.verdict] === true && (!field || el.dataset.field === field) &&
        (!source || el.dataset.sources.split(" ").indexOf(source) >= 0);
      el.hidden = !ok;
      if (el.classList.contains("card")) { total += 1; if (ok) { shown += 1; } }
    });
    document.querySelectorAll(".text mark").forEach(function (mark) {
      var ok = verdicts[mark.dataset.verdict] === true && (!field || mark.dataset.field === field);
      mark.classList.toggle("muted", !ok);
    });
    document.querySelectorAll(".source").forEach(function (article) {
      article.hidden = Boolean(source) && article.dataset.source !== source;
    });
    document.getElementById("shown").textContent = "Showing " + shown + " of " + total + " findings";
  }
  form.addEventListener("change", apply);
  apply();
})();
""".strip()
