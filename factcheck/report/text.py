"""The terminal report: contradictions first, each with its spans, values and attributions."""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.models import Finding, FindingClaim, Report, Verdict

# Whole escape sequences first (CSI "ESC [ ... m", OSC "ESC ] ... BEL"), then any lone control character.
_CONTROL = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-_]|[\x00-\x08\x0b-\x1f\x7f-\x9f]"
)
HEADINGS = {
    Verdict.CONTRADICTION: "Contradictions",
    Verdict.UPDATE: "Updates (a later report gives a newer figure)",
    Verdict.NOT_COMPARABLE: "Differences explained (not contradictions)",
    Verdict.AGREEMENT: "Agreements",
    Verdict.UNIQUE: "Stated by one source only",
    Verdict.CONTRADICTED: "Contradicted by a source",
    Verdict.UNSUPPORTED: "Not supported by any source",
    Verdict.SUPPORTED: "Supported",
}


def clean(text: str) -> str:
    """Article text is untrusted: no terminal control sequences, one line."""
    return " ".join(_CONTROL.sub("", text).split())


_CONTROL_CHARACTER = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def shown_path(path: str) -> str:
    """A path as given, but with each control character shown as '?' (as ls does), so a file name cannot
    clear the screen or forge lines; nothing else about it changes."""
    return _CONTROL_CHARACTER.sub("?", path)


def short_names(paths: Sequence[str]) -> dict[str, str]:
    """Each path without the leading folders every path shares ('sources/story/a.md' -> 'a.md'), when that leaves
    the names distinct; the paths as given otherwise."""
    split = [path.split("/") for path in paths]
    shared = 0
    if len(split) > 1:
        while all(len(parts) > shared + 1 and parts[shared] == split[0][shared] for parts in split):
            shared += 1
    names = {path: "/".join(parts[shared:]) for path, parts in zip(paths, split, strict=True)}
    return names if len(set(names.values())) == len(names) else {path: path for path in paths}


def render_text(report: Report) -> str:
    lines = [
        f"factcheck: {shown_path(report.draft)} checked against {len(report.sources)} sources"
        if report.draft
        else f"factcheck: {len(report.sources)} sources"
    ]
    for source in report.sources:
        date = source.published.isoformat() if source.published else "date unknown"
        outlet = f" ({clean(source.outlet)})" if source.outlet else ""
        lines.append(f"  {shown_path(source.path)}{outlet}, {date}, {source.claims} claims")
    counts = ", ".join(f"{report.count(v)} {v.value.replace('_', ' ')}" for v in report.verdicts)
    lines.append(f"Findings: {counts}")
    for verdict in report.verdicts:
        findings = [f for f in report.findings if f.verdict is verdict]
        if not findings:
            continue
        lines.append("")
        lines.append(f"{HEADINGS[verdict]} ({len(findings)})")
        for finding in findings:
            lines.extend(_finding_lines(finding))
    for warning in report.warnings:
        lines.append(f"warning: {clean(warning)}")
    return "\n".join(lines) + "\n"


def shown_value(claim: FindingClaim) -> str | None:
    """The value a report shows beside a claim's words, or None when it would only repeat them: a quotation's
    value is its own words and its speaker, and the words are already shown."""
    value = claim.value
    if value.startswith("\u201c") and "\u201d (" in value:
        words, speaker = value[1:].rsplit("\u201d (", 1)
        if _bare(words) == _bare(claim.text):
            return None if speaker.rstrip(")") == "unattributed" else f"({speaker}"
    return value


def value_joint(value: str) -> str:
    """What stands between a claim's words and the value shown: " = 18 injured", or a quotation's " (speaker)"."""
    return " " if value.startswith("(") else " = "


def shown_attribution(claim: FindingClaim) -> str | None:
    """Who said it, unless the value shown already names them."""
    if not claim.attribution:
        return None
    value = shown_value(claim) or ""
    if claim.attribution in value:
        return None
    speaker = value[1:-1] if value.startswith("(") else None  # a quotation's speaker, shown already
    if speaker and claim.attribution.startswith(speaker):
        return claim.attribution[len(speaker) :].strip() or None  # "via Fox News"
    return claim.attribution


def _bare(text: str) -> str:
    return " ".join(text.split()).strip(" .,;:!?\u201c\u201d\"'")


def _finding_lines(finding: Finding) -> list[str]:
    head = f"- [{finding.field.value}] {clean(finding.reason)}"
    if finding.verdict not in (Verdict.UNIQUE, Verdict.UNSUPPORTED):
        head += f" (confidence {finding.confidence:.2f})"
    lines = [head]
    show_clusters = len({c.cluster for c in finding.claims}) > 1
    for claim in sorted(finding.claims, key=lambda c: (c.cluster, c.source, c.start)):
        lines.append(f"    {cluster_letter(claim.cluster) + ' ' if show_clusters else ''}{_claim_line(claim)}")
    return lines


def _claim_line(claim: FindingClaim) -> str:
    """'a.md:12 “18 wounded” = 18 injured [officials]'; a quotation once, with its speaker: '“…” (Rutte)'."""
    value, said = shown_value(claim), shown_attribution(claim)
    shown = f"{value_joint(value)}{clean(value)}" if value else ""
    return f"{shown_path(claim.source)}:{claim.line} \u201c{clean(claim.text)}\u201d{shown}" + (
        f" [{clean(said)}]" if said else ""
    )


def cluster_letter(cluster: int) -> str:
    """Claims marked with the same letter agree with each other."""
    return chr(ord("A") + cluster) if cluster < 26 else str(cluster)
