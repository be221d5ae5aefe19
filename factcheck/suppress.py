"""Suppressions: inline `<!-- factcheck: ignore [RULE ...] -->` comments in the draft, and a baseline.

A suppressed finding leaves `findings` (so it neither shows as a failure nor sets the exit code) and gets one
line in `warnings` instead. Comments and baseline entries that suppressed nothing are warned about, so stale
ones get cleaned up.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.baseline import Baseline, draft_text
from factcheck.models import Finding, Report, Source
from factcheck.rules import RULES, fingerprint, rule_for
from factcheck.segment import PARAGRAPH_BREAK

# On its own line: <!-- factcheck: ignore --> or <!-- factcheck: ignore contradicted-date, contradicted-time -->
_DIRECTIVE = re.compile(r"^[ \t]*<!--[ \t]*factcheck[ \t]*:(?P<body>.*?)-->[ \t]*\r?$", re.M)
_COMMENT_LINE = re.compile(r"[ \t]*<!--(?:(?!-->).)*-->[ \t]*(?:\r?\n|\Z)", re.S)
_BLANK_LINE = re.compile(r"[ \t]*\r?\n")


@dataclass(frozen=True)
class IgnoreComment:
    """One ignore comment: the line it is on, the paragraph it covers, and the rules it names (None: all)."""

    line: int
    start: int
    end: int
    rules: frozenset[str] | None

    def covers(self, finding: Finding, offsets: Sequence[int]) -> bool:
        rule = rule_for(finding)
        if rule is None or (self.rules is not None and rule.id not in self.rules):
            return False
        return any(self.start <= offset < self.end for offset in offsets)


def ignore_comments(draft: Source, warnings: list[str] | None = None) -> list[IgnoreComment]:
    """Every `factcheck: ignore` comment in the draft's body; problems with them are added to `warnings`."""
    notes = warnings if warnings is not None else []
    comments: list[IgnoreComment] = []
    text = draft.text
    for match in _DIRECTIVE.finditer(text, draft.body_start):
        line = text.count("\n", 0, match.start()) + 1
        where = f"{draft.path}:{line}"
        verb, *names = match["body"].replace(",", " ").split() or [""]
        if verb != "ignore":
            notes.append(f"{where}: unknown factcheck directive {verb!r} (expected 'factcheck: ignore [RULE ...]')")
            continue
        for name in names:
            if name not in RULES:
                notes.append(f"{where}: unknown rule id {name!r} in factcheck: ignore (known: {', '.join(RULES)})")
        start, end = _next_paragraph(text, match.end())
        comments.append(IgnoreComment(line=line, start=start, end=end, rules=frozenset(names) if names else None))
    return comments


def _next_paragraph(text: str, position: int) -> tuple[int, int]:
    """The paragraph after a comment line, skipping blank lines and further comment lines; empty at the end."""
    if text.startswith("\n", position) or text.startswith("\r\n", position):
        position = text.index("\n", position) + 1
    while True:
        skip = _BLANK_LINE.match(text, position) or _COMMENT_LINE.match(text, position)
        if skip is None or skip.end() == position:
            break
        position = skip.end()
    brk = PARAGRAPH_BREAK.search(text, position)
    return position, brk.start() if brk else len(text)


def _draft_offsets(report: Report, finding: Finding) -> list[int]:
    return [claim.start for claim in finding.claims if claim.source == report.draft]


def _line(report: Report, finding: Finding) -> str:
    lines = [claim.line for claim in finding.claims if claim.source == report.draft]
    return f"{report.draft}:{lines[0]}" if lines else str(report.draft)


def _describe(report: Report, finding: Finding) -> str:
    rule = rule_for(finding)
    words = draft_text(report, finding)
    said = f" \u201c{words}\u201d" if words else ""
    return f"{rule.id if rule else finding.verdict.value} at {_line(report, finding)}{said}: {finding.reason}"


def suppress_inline(report: Report, draft: Source) -> Report:
    """Drop the findings that an ignore comment in the draft covers; warn about comments that cover none."""
    notes = list(report.warnings)
    comments = ignore_comments(draft, notes)
    used: set[int] = set()
    kept: list[Finding] = []
    for finding in report.findings:
        offsets = _draft_offsets(report, finding)
        covering = [c for c in comments if c.covers(finding, offsets)]
        if not covering:
            kept.append(finding)
            continue
        used.update(c.line for c in covering)
        notes.append(f"suppressed by the comment at {draft.path}:{covering[0].line}: {_describe(report, finding)}")
    for comment in comments:
        if comment.line not in used:
            notes.append(f"{draft.path}:{comment.line}: unused suppression: this factcheck: ignore suppressed nothing")
    return report.model_copy(update={"findings": tuple(kept), "warnings": tuple(notes)})


def suppress_baselined(report: Report, baseline: Baseline, *, name: str = "baseline") -> Report:
    """Drop the findings whose fingerprint the baseline holds; warn about entries that matched nothing.

    `name` says which baseline in the warnings (its path).
    """
    notes = list(report.warnings)
    accepted = baseline.fingerprints
    matched: set[str] = set()
    kept: list[Finding] = []
    for finding in report.findings:
        key = fingerprint(finding)
        if rule_for(finding) is None or key not in accepted:
            kept.append(finding)
            continue
        matched.add(key)
        notes.append(f"suppressed by baseline: {_describe(report, finding)}")
    for entry in baseline.findings:
        if entry.fingerprint not in matched:
            words = f" \u201c{entry.text}\u201d" if entry.text else ""
            notes.append(
                f"{name}: unused baseline entry {entry.fingerprint[:12]} ({entry.rule}{words}: {entry.reason}) "
                "matched no finding; remove it or write the baseline again"
            )
    return report.model_copy(update={"findings": tuple(kept), "warnings": tuple(notes)})


def apply_suppressions(
    report: Report, draft: Source, baseline: Baseline | None = None, *, name: str = "baseline"
) -> Report:
    """Inline comments first, then the baseline: the report as a build should judge it."""
    report = suppress_inline(report, draft)
    return suppress_baselined(report, baseline, name=name) if baseline is not None else report
