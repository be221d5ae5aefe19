"""The Markdown report, for pull-request comments and CI step summaries (GitHub-flavoured Markdown).

Every string that comes from an article or a path is untrusted: it is stripped of control characters, HTML-escaped
and has its Markdown punctuation backslash-escaped (or is put in a code span), so an article cannot inject HTML,
break the layout or mention a GitHub user.
"""

from __future__ import annotations

import html
import re

from factcheck.models import Finding, FindingClaim, Report, Verdict
from factcheck.report.text import HEADINGS, clean, cluster_letter, shown_attribution, shown_value, value_joint
from factcheck.rules import rule_for

# Backslash-escaped after html.escape, which has already turned < > & into entities (none of them has a '#').
_PUNCTUATION = re.compile(r"([\\`*_\[\]#|~<>])")
_BACKTICKS = re.compile(r"`+")
WORD_JOINER = "\u2060"


def render_markdown(report: Report) -> str:
    lines = [_title(report), "", *_summary_table(report)]
    if not report.findings:
        lines += ["", "No findings."]
    for verdict in report.verdicts:
        findings = [f for f in report.findings if f.verdict is verdict]
        if not findings:
            continue
        heading = f"{HEADINGS[verdict]} ({len(findings)})"
        items = [line for finding in findings for line in _finding_lines(finding)]
        if any(rule_for(finding) is not None for finding in findings):
            lines += ["", f"### {heading}", "", *items]
        else:  # what passes is kept out of the way
            lines += ["", f"<details><summary>{heading}</summary>", "", *items, "", "</details>"]
    lines += ["", *_sources(report)]
    if report.warnings:
        lines += ["", "**Warnings**", "", *(f"- {escape(warning)}" for warning in report.warnings)]
    return "\n".join(lines) + "\n"


def escape(text: str) -> str:
    """Untrusted text as inert Markdown: one line, no HTML, no Markdown syntax, no @mentions."""
    escaped = _PUNCTUATION.sub(r"\\\1", html.escape(clean(text), quote=False))
    # A word joiner after '@' keeps '@name' from notifying a GitHub user, and shows nothing.
    return escaped.replace("@", "@" + WORD_JOINER)


def code(text: str) -> str:
    """Untrusted text as an inline code span, fenced with more backticks than it contains."""
    cleaned = clean(text) or " "
    fence = "`" * (max((len(run) for run in _BACKTICKS.findall(cleaned)), default=0) + 1)
    pad = " " if cleaned.startswith("`") or cleaned.endswith("`") else ""
    return f"{fence}{pad}{cleaned}{pad}{fence}"


def _title(report: Report) -> str:
    if report.command == "check" and report.draft is not None:
        return f"## factcheck: {code(report.draft)} checked against {len(report.sources)} sources"
    return f"## factcheck: {len(report.sources)} sources compared"


def _summary_table(report: Report) -> list[str]:
    rows = [f"| {verdict.value.replace('_', ' ')} | {report.count(verdict)} |" for verdict in report.verdicts]
    return ["| Verdict | Findings |", "| --- | ---: |", *rows]


def _finding_lines(finding: Finding) -> list[str]:
    head = f"- **{finding.field.value}**: {escape(finding.reason)}"
    if finding.verdict not in (Verdict.UNIQUE, Verdict.UNSUPPORTED):
        head += f" (confidence {finding.confidence:.2f})"
    count = len(finding.claims)
    lines = [head, f"  <details><summary>{count} claim{'s' if count != 1 else ''}</summary>", ""]
    show_clusters = len({claim.cluster for claim in finding.claims}) > 1
    lines += [f"  - {_claim(claim, show_clusters)}" for claim in finding.claims]
    return [*lines, "", "  </details>"]


def _claim(claim: FindingClaim, show_cluster: bool) -> str:
    """source:line, the words quoted, the value, who said it; claims with the same letter agree."""
    mark = f"**{cluster_letter(claim.cluster)}** " if show_cluster else ""
    value, said = shown_value(claim), shown_attribution(claim)
    where = code(f"{claim.source}:{claim.line}")
    shown = f"{value_joint(value)}{escape(value)}" if value else ""
    return f"{mark}{where} \u201c{escape(claim.text)}\u201d{shown}" + (f" ({escape(said)})" if said else "")


def _sources(report: Report) -> list[str]:
    lines = [f"<details><summary>Sources ({len(report.sources)})</summary>", ""]
    for source in report.sources:
        outlet = f" {escape(source.outlet)}," if source.outlet else ""
        date = source.published.isoformat() if source.published else "date unknown"
        lines.append(f"- {code(source.path)}{outlet} {date}, {source.claims} claims")
    return [*lines, "", "</details>"]
