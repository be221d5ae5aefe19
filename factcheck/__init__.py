"""factcheck: check fact consistency across news sources.

from factcheck import compare
report = compare(["a.md", "b.md"])
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from factcheck.errors import FactcheckError, InputError, ModelError

if TYPE_CHECKING:
    from factcheck.models import SCHEMA_VERSION, Claim, FieldName, Finding, Report, Source, Span, Verdict
    from factcheck.pipeline import check, compare

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
    "check",
    "compare",
]

# The public names, imported on first use: `factcheck --help` imports the errors, not the pipeline and numpy.
_LAZY = {name: "factcheck.models" for name in __all__} | {
    "check": "factcheck.pipeline",
    "compare": "factcheck.pipeline",
}


def __getattr__(name: str) -> Any:
    if name not in _LAZY or name in globals():
        raise AttributeError(f"module 'factcheck' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(_LAZY[name]), name)
    globals()[name] = value
    return value
