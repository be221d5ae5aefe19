"""Baselines: the fingerprints of findings a team has accepted, so that only new findings fail a build.

A baseline is versioned JSON. Each entry holds a fingerprint (factcheck.rules.fingerprint: the rule, the field
and the claim texts, so it survives edits that only move the claim) and, for the humans reviewing it, the rule
id, field, reason and the draft's words.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from factcheck.errors import InputError
from factcheck.models import FieldName, Finding, Report
from factcheck.rules import fingerprint, rule_for

BASELINE_VERSION: Literal[1] = 1


class BaselineEntry(BaseModel):
    """One accepted finding."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    fingerprint: str = Field(min_length=1)
    rule: str = Field(description="the rule id, for humans; matching uses the fingerprint only")
    field: FieldName
    reason: str
    text: str = Field(default="", description="the draft's words the finding is about")


class Baseline(BaseModel):
    """The accepted findings of one draft."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    version: Literal[1] = BASELINE_VERSION
    draft: str | None = Field(default=None, description="the draft it was written for, for humans")
    findings: tuple[BaselineEntry, ...] = ()

    @property
    def fingerprints(self) -> frozenset[str]:
        return frozenset(entry.fingerprint for entry in self.findings)


def draft_text(report: Report, finding: Finding) -> str:
    """The draft's words a finding is about ('' when the draft has no claim in it)."""
    return next((claim.text for claim in finding.claims if claim.source == report.draft), "")


def baseline_from_report(report: Report) -> Baseline:
    """A baseline accepting every finding of `report` that breaks a rule (contradicted or unsupported claims).

    One entry per fingerprint, in a stable order, so that a diff of the file is readable.
    """
    entries: dict[str, BaselineEntry] = {}
    for finding in report.findings:
        rule = rule_for(finding)
        if rule is None:  # supported claims never fail a build
            continue
        key = fingerprint(finding)
        entries.setdefault(
            key,
            BaselineEntry(
                fingerprint=key,
                rule=rule.id,
                field=finding.field,
                reason=finding.reason,
                text=draft_text(report, finding),
            ),
        )
    ordered = sorted(entries.values(), key=lambda e: (e.rule, e.fingerprint))
    return Baseline(draft=report.draft, findings=tuple(ordered))


def render_baseline(baseline: Baseline) -> str:
    """The baseline as JSON: a diff of it shows which findings were accepted or fixed."""
    return json.dumps(baseline.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"


def load_baseline(path: Path) -> Baseline:
    """Read a baseline; a missing, corrupt or other-version file is an InputError."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"baseline {path} does not exist (write one with --write-baseline {path})") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read baseline {path}: {exc}") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"baseline {path} is not valid JSON: {exc}") from None
    if not isinstance(document, dict) or "version" not in document:
        raise InputError(f"{path} is not a factcheck baseline (no version)")
    if document["version"] != BASELINE_VERSION:
        raise InputError(
            f"baseline {path} has version {document['version']!r}; this factcheck reads version {BASELINE_VERSION}"
        )
    try:
        return Baseline.model_validate(document)
    except ValidationError as exc:
        error = exc.errors()[0]
        where = ".".join(str(part) for part in error["loc"])
        raise InputError(f"baseline {path} is malformed: {where}: {error['msg']}") from None
