"""Helpers for tests: hand-built models (no extractor involved), a fake embedder, fixture types."""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib.util
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np

from factcheck.extract import keywords
from factcheck.models import (
    Attribution,
    Claim,
    DateValue,
    FieldName,
    Outcome,
    Quantity,
    Quote,
    Source,
    Span,
    TimeValue,
)

WriteArticle = Callable[..., Path]  # the write_article fixture: (name, body, *, outlet, date, time, title) -> path


class HashingEmbedder:
    """A fast stand-in for the model: a bag of lower-cased words hashed into a unit vector.

    Sentences that share many words point the same way, which is all alignment needs in a unit test.
    """

    def __init__(self, dimensions: int = 512) -> None:
        self.dimensions = dimensions

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        vectors = np.zeros((len(texts), self.dimensions), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in re.findall(r"[a-z0-9]+", text.lower()):
                bucket = int(hashlib.md5(word.encode()).hexdigest(), 16) % self.dimensions
                vectors[row, bucket] += 1.0
            norm = np.linalg.norm(vectors[row])
            if norm:
                vectors[row] /= norm
        return vectors


def make_source(path: str, published: str | None = "2025-10-22", time: str | None = None) -> Source:
    return Source(
        path=path,
        published=dt.date.fromisoformat(published) if published else None,
        published_time=dt.time.fromisoformat(time) if time else None,
        text="",
    )


def sources_by_path(*sources: Source) -> dict[str, Source]:
    return {source.path: source for source in sources}


def make_claim(source: str, sentence: str, span_text: str, field: FieldName, **value: Any) -> Claim:
    """A claim whose span is `span_text` inside `sentence`, the sentence starting at offset 0 of its source."""
    start = sentence.index(span_text)
    end = start + len(span_text)
    return Claim(
        id=f"{source}#{field.value}@{start}-{end}",
        source=source,
        field=field,
        span=Span(source=source, start=start, end=end, line=1, text=span_text),
        sentence=Span(source=source, start=0, end=len(sentence), line=1, text=sentence),
        keywords=keywords(sentence),
        **value,
    )


def quantity_claim(
    source: str,
    sentence: str,
    span_text: str,
    *,
    lower: float | None,
    upper: float | None,
    counted: str | None,
    written: str,
    unit: str = "count",
    scope: str | None = None,
    qualifier: str | None = None,
    approximate: bool = False,
) -> Claim:
    quantity = Quantity(
        lower=lower,
        upper=upper,
        unit=unit,
        written=written,
        counted=counted,
        scope=scope,
        qualifier=qualifier,
        approximate=approximate,
    )
    return make_claim(source, sentence, span_text, FieldName.QUANTITY, quantity=quantity)


def date_claim(source: str, sentence: str, span_text: str, day: str, *, relative: bool = True) -> Claim:
    value = dt.date.fromisoformat(day)
    date = DateValue(first=value, last=value, expression=span_text, relative=relative)
    return make_claim(source, sentence, span_text, FieldName.DATE, date=date)


def time_claim(
    source: str, sentence: str, span_text: str, minutes: int, zone: str | None, *, approximate: bool = False
) -> Claim:
    time = TimeValue(minutes=minutes, zone=zone, expression=span_text, approximate=approximate)
    return make_claim(source, sentence, span_text, FieldName.TIME, time=time)


def quote_claim(source: str, sentence: str, quote: str, speaker: str | None) -> Claim:
    return make_claim(
        source,
        sentence,
        quote,
        FieldName.QUOTE,
        quote=Quote(text=quote, speaker=speaker),
        attribution=Attribution(speaker=speaker),
    )


def outcome_claim(source: str, sentence: str, span_text: str, *, event: str, polarity: int, cue: str) -> Claim:
    outcome = Outcome(event=event, polarity=polarity, cue=cue)
    return make_claim(source, sentence, span_text, FieldName.OUTCOME, outcome=outcome)


SCRIPTS = Path(__file__).parent.parent / "scripts"


def load_script(name: str) -> ModuleType:
    """A script of scripts/ (`name` without .py), imported as a module."""
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
