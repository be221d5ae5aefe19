"""Shared fixtures: the real embedding model (once per session), a fake one, and an article writer."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from builders import HashingEmbedder, WriteArticle
from hypothesis import settings

if TYPE_CHECKING:
    from factcheck.align import SentenceEmbedder


@pytest.fixture(scope="session")
def embedder() -> SentenceEmbedder:
    """The packaged all-MiniLM-L6-v2 model, loaded once; tests that use it are marked slow."""
    from factcheck.align import SentenceEmbedder

    model = SentenceEmbedder()
    model.encode(["warm up"])
    return model


@pytest.fixture(autouse=True)
def private_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test its own vector cache (commands cache by default): never the user's, never another test's."""
    folder = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(folder))
    return folder


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


# Property tests (tests/test_properties.py): few examples by default, so that the suite stays quick; many with
# `pytest --hypothesis-profile thorough`, before a release or after a change to an extractor.
settings.register_profile("default", settings.get_profile("default"), max_examples=150)
settings.register_profile("thorough", max_examples=2000)
