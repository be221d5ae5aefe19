"""The SARIF 2.1.0 report: one result per finding that breaks a rule, for code scanning and SARIF viewers.

Deterministic: keys sorted, no timestamps, results in report order, so two runs on the same input are identical.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from importlib.metadata import PackageNotFoundError, version
from pathlib import PurePath
from typing import Any
from urllib.parse import quote

from factcheck.models import CHECK_VERDICTS, Finding, FindingClaim, Report
from factcheck.report.text import clean
from factcheck.rules import RULES, Rule, fingerprint, rule_for

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_VERSION = "2.1.0"
FINGERPRINT_KEY = "factcheck/v1"
RULE_INDEX = {rule_id: index for index, rule_id in enumerate(RULES)}


def render_sarif(report: Report) -> str:
    return json.dumps(sarif_document(report), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def sarif_document(report: Report) -> dict[str, Any]:
    """The whole log: one run of factcheck with every rule it knows and the results of this report."""
    results = [
        _result(finding, rule, report.text_file)
        for finding in report.findings
        if (rule := rule_for(finding)) is not None
    ]
    invocation: dict[str, Any] = {"executionSuccessful": True}
    if report.warnings:
        invocation["toolExecutionNotifications"] = [
            {"level": "warning", "message": {"text": clean(warning)}} for warning in report.warnings
        ]
    run = {
        "tool": {
            "driver": {
                "name": "factcheck",
                "version": tool_version(),
                "rules": [_rule_descriptor(rule) for rule in RULES.values()],
            }
        },
        # Offsets and columns count Python characters (code points) of the decoded file.
        "columnKind": "unicodeCodePoints",
        "invocations": [invocation],
        "results": results,
    }
    return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}


def tool_version() -> str:
    try:
        return version("factcheck-news")
    except PackageNotFoundError:
        return "0"


def level(rule: Rule) -> str:
    """Contradictions are errors; a claim no source states is a warning."""
    return "error" if rule.id.startswith("contradicted-") else "warning"


def _rule_descriptor(rule: Rule) -> dict[str, Any]:
    return {
        "id": rule.id,
        "name": rule.name,
        "shortDescription": {"text": rule.short},
        "fullDescription": {"text": rule.help},
        "help": {"text": rule.help},
        "defaultConfiguration": {"level": level(rule)},
    }


def conflict_sides(finding: Finding) -> tuple[FindingClaim, list[FindingClaim]]:
    """Where a finding is shown: its primary claim, and the claims on the other side of its conflicts.

    For check the draft's claim comes first. For compare it is the outlier: the claim in the most conflict pairs
    (of those, the one whose value fewest sources share), so an annotation never sits on a claim in no conflict.
    A finding with no conflicts is shown at its first claim, with the others beside it.
    """
    claims = finding.claims
    if not finding.conflicts or finding.verdict in CHECK_VERDICTS:
        primary = 0
    else:
        pairs = Counter(index for pair in finding.conflicts for index in pair)
        sharing = Counter(claim.cluster for claim in claims)
        primary = min(pairs, key=lambda i: (-pairs[i], sharing[claims[i].cluster], i))
    other = [j for pair in finding.conflicts if primary in pair for j in pair if j != primary]
    related = sorted(set(other)) if other else [i for i in range(len(claims)) if i != primary]
    return claims[primary], [claims[i] for i in related]


def _result(finding: Finding, rule: Rule, file_of: Callable[[str], str]) -> dict[str, Any]:
    primary, others = conflict_sides(finding)
    return {
        "ruleId": rule.id,
        "ruleIndex": RULE_INDEX[rule.id],
        "level": level(rule),
        "message": {"text": clean(finding.reason)},
        "locations": [{"physicalLocation": physical_location(primary, file_of(primary.source))}],
        "relatedLocations": [
            {
                "id": index,
                "physicalLocation": physical_location(claim, file_of(claim.source)),
                "message": {"text": _says(claim)},
            }
            for index, claim in enumerate(others, start=1)
        ],
        "partialFingerprints": {FINGERPRINT_KEY: fingerprint(finding)},
        "properties": {"confidence": finding.confidence, "field": finding.field.value},
    }


def _says(claim: FindingClaim) -> str:
    said = f" ({clean(claim.attribution)})" if claim.attribution and claim.attribution not in claim.value else ""
    return f"source says: {clean(claim.value)}{said}"


def physical_location(claim: FindingClaim, file: str | None = None) -> dict[str, Any]:
    """Where a claim is: its file (`file`, else its source) as a URI reference and its region, lines and columns
    1-based."""
    end_line = max(claim.end_line, claim.line)
    end_column = claim.end_column or claim.column + len(claim.text)
    return {
        "artifactLocation": {"uri": artifact_uri(file or claim.source)},
        "region": {
            "startLine": claim.line,
            "startColumn": claim.column,
            "endLine": end_line,
            "endColumn": max(end_column, 1),
            "charOffset": claim.start,
            "charLength": claim.end - claim.start,
            "snippet": {"text": claim.text},
        },
    }


def artifact_uri(path: str) -> str:
    """A path as given, as a URI reference: absolute paths become file: URIs, others stay relative.

    Percent-encoding keeps spaces, '#', '%' and a ':' in the first segment from changing what the URI means; a
    file name that is not UTF-8 is percent-encoded byte for byte.
    """
    pure = PurePath(path)
    encoded = quote(pure.as_posix(), safe="/", errors="surrogateescape")
    return "file://" + encoded if pure.is_absolute() else encoded
