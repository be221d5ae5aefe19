"""The JSON report: a versioned public contract (see the README's schema section)."""

from __future__ import annotations

import json
from typing import Any

from factcheck.models import Report


def report_document(report: Report) -> dict[str, Any]:
    """The report as plain data, keys in a fixed order, with a summary of counts."""
    document = report.model_dump(mode="json")
    summary = {verdict.value: report.count(verdict) for verdict in report.verdicts}
    return {
        "schema_version": document["schema_version"],
        "command": document["command"],
        "draft": document["draft"],
        "draft_source": document["draft_source"],
        "summary": summary,
        "sources": document["sources"],
        "findings": document["findings"],
        "warnings": document["warnings"],
    }


def render_json(report: Report) -> str:
    return json.dumps(report_document(report), indent=2, ensure_ascii=False) + "\n"
