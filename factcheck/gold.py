"""Gold annotations: what the example stories state and the verdict each pair must get."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, model_validator

from factcheck.errors import InputError
from factcheck.models import FieldName


class GoldVerdict(str, Enum):
    """What the tool must say about a pair of spans."""

    CONTRADICTION = "contradiction"
    AGREEMENT = "agreement"
    LOOKALIKE = "lookalike"  # differs on the surface (scope, later update, range, forecast): must not be flagged


class GoldSpan(BaseModel):
    """One side of a gold item: an exact text in one account of the story."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    source: str = Field(description="file name inside the story folder")
    text: str = Field(min_length=1, description="exact text as it appears in the file")
    occurrence: int = Field(default=1, ge=1, description="which occurrence of text, when it appears more than once")


class GoldItem(BaseModel):
    """A pair of spans in two accounts and the verdict they must get."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    field: FieldName
    verdict: GoldVerdict
    note: str = ""
    spans: tuple[GoldSpan, GoldSpan]

    @model_validator(mode="after")
    def _two_sources(self) -> GoldItem:
        if self.spans[0].source == self.spans[1].source:
            raise ValueError(f"gold item {self.id!r}: both spans are in {self.spans[0].source}")
        return self


class GoldStory(BaseModel):
    """All gold items of one story folder."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    story: str
    items: list[GoldItem]

    @model_validator(mode="after")
    def _unique_ids(self) -> GoldStory:
        duplicate = first_duplicate([item.id for item in self.items])
        if duplicate is not None:
            raise ValueError(f"duplicate gold item id {duplicate!r}")
        return self


def load_gold(path: Path) -> GoldStory:
    """Read and validate a gold file (YAML or JSON)."""
    return read_gold_file(path, GoldStory)


Gold = TypeVar("Gold", bound=BaseModel)


def read_gold_file(path: Path, model: type[Gold]) -> Gold:
    """A gold file (YAML or JSON) validated as `model`; one-line errors naming the file and, for YAML, the line."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"cannot read gold file {path}: {exc.strerror}") from exc
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        line = f" (line {where.line + 1})" if where is not None else ""
        raise InputError(
            f"gold file {path} is not valid YAML{line}: {getattr(exc, 'problem', None) or 'parse error'}"
        ) from exc
    try:
        return model.model_validate(raw)
    except ValueError as exc:
        first = str(exc).splitlines()
        raise InputError(f"gold file {path} is invalid: {' '.join(first[:3])}") from exc


def first_duplicate(ids: list[str]) -> str | None:
    """The first id that occurs twice, or None."""
    seen: set[str] = set()
    for ident in ids:
        if ident in seen:
            return ident
        seen.add(ident)
    return None


def locate(story_dir: Path, span: GoldSpan, text: str | None = None) -> tuple[int, int]:
    """Character offsets of a gold span in its account (`text` as read, else its file); an error when the span's
    text is not there."""
    path = story_dir / span.source
    if text is None:
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise InputError(f"gold span names {span.source}, which cannot be read in {story_dir}") from exc
    start = -1
    for _ in range(span.occurrence):
        start = text.find(span.text, start + 1)
        if start < 0:
            raise InputError(f"gold span {span.text!r} (occurrence {span.occurrence}) is not in {path}")
    return start, start + len(span.text)
