"""factcheck: check fact consistency across news sources.

from factcheck import compare
report = compare(["a.md", "b.md"])

from factcheck import Story
with Story.open("my-story", store="stories.sqlite3") as story:   # after factcheck.new_story("my-story", ...)
    result = story.add(["c.md"])                                  # c.md against everything the story holds
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from factcheck.errors import FactcheckError, InputError, ModelError, StoreError

if TYPE_CHECKING:
    from factcheck.models import SCHEMA_VERSION, Claim, FieldName, Finding, Report, Source, Span, Verdict
    from factcheck.pipeline import check, compare
    from factcheck.story import Story, list_stories, new_story

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
    "StoreError",
    "Story",
    "Verdict",
    "check",
    "compare",
    "list_stories",
    "new_story",
]

# The public names, imported on first use: `factcheck --help` imports the errors, not the pipeline and numpy.
_LAZY = {name: "factcheck.models" for name in __all__} | {
    "check": "factcheck.pipeline",
    "compare": "factcheck.pipeline",
    "Story": "factcheck.story",
    "list_stories": "factcheck.story",
    "new_story": "factcheck.story",
}


def __getattr__(name: str) -> Any:
    if name not in _LAZY or name in globals():
        raise AttributeError(f"module 'factcheck' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(_LAZY[name]), name)
    globals()[name] = value
    return value
