"""Shared fixtures: the real embedding model (once per session), a fake one, and an article writer."""

from __future__ import annotations

from collections.abc import Iterator
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


# PostgreSQL for the store's tests: a throwaway server started from the machine's PostgreSQL binaries (Debian's
# package), one database per test. Without them (or psycopg) those tests are skipped, unless
# FACTCHECK_REQUIRE_POSTGRES is set, as CI sets it: there they must run.


def _postgres_binaries() -> Path | None:
    import shutil

    found = shutil.which("initdb")
    folders = [Path(found).resolve().parent] if found else []
    folders += sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)
    return next((f for f in folders if (f / "initdb").exists() and (f / "pg_ctl").exists()), None)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """The URL of a PostgreSQL server of this session's own, on a Unix socket in a temporary folder."""
    import os
    import shutil
    import subprocess
    import tempfile

    binaries = _postgres_binaries()
    try:
        import psycopg  # noqa: F401
    except ImportError:
        binaries = None
    if binaries is None:
        if os.environ.get("FACTCHECK_REQUIRE_POSTGRES"):
            pytest.fail("PostgreSQL (initdb, pg_ctl) and psycopg are required here")
        pytest.skip("needs PostgreSQL's initdb and pg_ctl (Debian: postgresql) and psycopg")
    root = Path(tempfile.mkdtemp(prefix="factcheck-pg-"))
    as_user: list[str] = []
    if os.geteuid() == 0:  # the server refuses to run as root
        shutil.chown(root, "nobody")
        as_user = ["runuser", "-u", "nobody", "--"]
    data = root / "data"

    def tool(name: str, *arguments: str, check: bool = True) -> None:
        subprocess.run([*as_user, str(binaries / name), "-D", str(data), *arguments], check=check, capture_output=True)

    tool("initdb", "-A", "trust", "-U", "factcheck", "-E", "UTF8")
    tool("pg_ctl", "-l", str(root / "log"), "-o", f"-k {root} -c listen_addresses='' -c fsync=off", "-w", "start")
    try:
        yield f"postgresql://factcheck@/postgres?host={root}"
    finally:
        tool("pg_ctl", "-m", "immediate", "-w", "stop", check=False)
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def postgres_url(postgres_server: str) -> str:
    """A new, empty database on the session's server."""
    import uuid

    import psycopg

    name = f"test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(postgres_server, autocommit=True) as connection:
        connection.execute(f"CREATE DATABASE {name}")
    return postgres_server.replace("/postgres?", f"/{name}?")
