"""GitHub Actions workflow commands: one annotation per finding that breaks a rule, then one count line.

    ::error file=draft.md,line=9,col=71,endLine=9,endColumn=73,title=contradicted-quantity::the draft says ...

Article text and paths are untrusted: values are escaped by the workflow-command rules, so a newline, ':' or ','
in them can neither end the command nor start another one.
"""

from __future__ import annotations

from collections.abc import Callable

from factcheck.models import Finding, FindingClaim, Report
from factcheck.report.sarif import conflict_sides, level
from factcheck.report.text import clean
from factcheck.rules import Rule, rule_for


def render_github(report: Report) -> str:
    lines = [
        _annotation(finding, rule, report.text_file)
        for finding in report.findings
        if (rule := rule_for(finding)) is not None
    ]
    counts = ", ".join(f"{report.count(v)} {v.value.replace('_', ' ')}" for v in report.verdicts)
    lines.append(f"::notice title=factcheck::{escape_data(counts)}")
    return "\n".join(lines) + "\n"


def escape_data(value: str) -> str:
    """The message of a workflow command: '%', CR and LF are percent-encoded."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    """A property value of a workflow command: as a message, and ':' and ',' too."""
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def _annotation(finding: Finding, rule: Rule, file_of: Callable[[str], str]) -> str:
    primary, others = conflict_sides(finding)
    properties = {
        "file": file_of(primary.source),
        "line": str(primary.line),
        "col": str(primary.column),
        "endLine": str(max(primary.end_line, primary.line)),
        "endColumn": str(primary.end_column or primary.column + len(primary.text)),
        "title": rule.id,
    }
    head = ",".join(f"{key}={escape_property(value)}" for key, value in properties.items())
    return f"::{level(rule)} {head}::{escape_data(message(finding, primary, others, file_of))}"


def message(
    finding: Finding, primary: FindingClaim, others: list[FindingClaim], file_of: Callable[[str], str] = str
) -> str:
    """The reason, then where the sources that disagree say otherwise: '...; see a.md:12, b.md:14'."""
    conflicting = [claim for claim in others if claim.cluster != primary.cluster] or others
    seen = list(dict.fromkeys(f"{clean(file_of(claim.source))}:{claim.line}" for claim in conflicting))
    return clean(finding.reason) + (f"; see {', '.join(seen)}" if seen else "")
