"""factcheck: check fact consistency across news sources.

from factcheck import compare
report = compare(["a.md", "b.md"])
"""

from __future__ import annotations

from factcheck.errors import FactcheckError, InputError, ModelError
from factcheck.models import SCHEMA_VERSION, Claim, FieldName, Finding, Report, Source, Span, Verdict
from factcheck.pipeline import compare

__all__ = [
    "SCHEMA_VERSION",
    "Claim",
    "FactcheckError",
    "FieldName",
    "Finding",
    "InputError",
    "ModelError",
    "Report",
    "Source",
    "Span",
    "Verdict",
    "compare",
]
