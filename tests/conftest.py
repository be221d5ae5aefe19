"""Shared fixtures: the real embedding model (once per session), a fake one, and an article writer."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import pytest

WriteArticle = Callable[..., Path]


@pytest.fixture(scope="session")
def embedder():  # type: ignore[no-untyped-def]
    """The packaged all-MiniLM-L6-v2 model, loaded once; tests that use it are marked slow."""
    from factcheck.align import SentenceEmbedder

    model = SentenceEmbedder()
    model.encode(["warm up"])
    return model


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


@pytest.fixture
def fake_embedder() -> HashingEmbedder:
    return HashingEmbedder()


@pytest.fixture
def write_article(tmp_path: Path) -> WriteArticle:
    """A factory: write_article("a.md", body, outlet=..., date=..., time=...) -> the path of a new article.

    Front matter holds only the fields given; pass date=None for an article without a date.
    """

    def write(
        name: str,
        body: str,
        *,
        outlet: str | None = "Test Wire",
        date: str | None = "2025-10-22",
        time: str | None = None,
        title: str | None = None,
    ) -> Path:
        fields = {"outlet": outlet, "date": date, "time": time, "title": title}
        header = "".join(f"{key}: {value}\n" for key, value in fields.items() if value is not None)
        text = f"---\n{header}---\n\n{body.strip()}\n" if header else f"{body.strip()}\n"
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return write
