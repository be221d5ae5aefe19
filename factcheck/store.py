"""The story store: stories, their sources, claims and sentence vectors, and each story's last report, in a SQLite
file or a PostgreSQL database.

One store holds a workspace's stories. Every change is one transaction, so a run stopped at any point (a signal,
a crash, a full disk) leaves the store as it was before the change or after it; SQLite's journal rolls a
half-written change back the next time the file is opened. Writers take the write lock before they read what they
change (`BEGIN IMMEDIATE`), so two processes adding to one store run one after the other, the second waiting for
the first. The schema is versioned: `MIGRATIONS` are applied in order to a store written by an older version, and
a store written by a newer one is refused rather than misread.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sqlite3
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np
from pydantic import Field

from factcheck.errors import NoStoreError, StoreError
from factcheck.models import Claim, Frozen, Report, Source

STORE_ENV = "FACTCHECK_STORE"
BUSY_SECONDS = 600  # how long a writer waits for another to finish before giving up

# Each entry moves the schema one version on; never edit one that has shipped, append a new one.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """CREATE TABLE stories (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            created TEXT NOT NULL,
            revision INTEGER NOT NULL DEFAULT 0
        )""",
        """CREATE TABLE sources (
            id INTEGER PRIMARY KEY,
            story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
            path TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            added TEXT NOT NULL,
            source TEXT NOT NULL,
            warnings TEXT NOT NULL,
            sentences TEXT NOT NULL,
            mentions TEXT NOT NULL,
            index_reads TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            UNIQUE (story_id, path),
            UNIQUE (story_id, sha256)
        )""",
        """CREATE TABLE claims (
            source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            field TEXT NOT NULL,
            key TEXT,
            claim TEXT NOT NULL,
            PRIMARY KEY (source_id, position)
        )""",
        "CREATE INDEX claims_by_key ON claims (field, key)",
        """CREATE TABLE vectors (
            model TEXT NOT NULL,
            text_sha256 TEXT NOT NULL,
            vector BLOB NOT NULL,
            PRIMARY KEY (model, text_sha256)
        )""",
        """CREATE TABLE reports (
            story_id INTEGER PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE,
            revision INTEGER NOT NULL,
            report TEXT NOT NULL
        )""",
    ),
    # A report is reused only if made by the same code and model as would make it now.
    # A file source's absolute path, so that another spelling of it is known for the same file.
    (
        "ALTER TABLE reports ADD COLUMN made_with TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE sources ADD COLUMN resolved TEXT",
    ),
    # The factcheck that split a source into sentences and found its names: another splits it again.
    ("ALTER TABLE sources ADD COLUMN split_with TEXT NOT NULL DEFAULT ''",),
)
SCHEMA_VERSION = len(MIGRATIONS)
TABLES = ("stories", "sources", "claims", "vectors", "reports")  # what the migrations make


class StoredSource(Frozen):
    """A source as the store keeps it: what was read, and what extraction needs to run again without reading."""

    source: Source = Field(description="the source as read, undated by the story (its own date, if any)")
    sha256: str = Field(description="SHA-256 of the text as read")
    added: dt.datetime
    warnings: tuple[str, ...] = Field(default=(), description="what reading it said")
    sentences: tuple[tuple[int, int], ...] = Field(description="start and end of each sentence")
    mentions: tuple[tuple[str, str], ...] = Field(description="each distinct name and title it mentions")
    index_reads: tuple[tuple[str, str | None], ...] = Field(description="what its extraction read of the index")
    fingerprint: str = Field(description="what its claims were extracted under: its date and those index reads")
    resolved: str | None = Field(default=None, description="a file's absolute path when added; None for a URL")
    split_with: str = Field(
        default="", description="the factcheck that split its sentences and found its names ('' before this was kept)"
    )
    claims: tuple[Claim, ...] = ()


class StorySummary(Frozen):
    name: str
    created: dt.datetime
    sources: int
    updated: dt.datetime | None = Field(description="when the last source was added; None for an empty story")


def default_store_path() -> Path:
    """The user's data folder for factcheck (~/.local/share/factcheck on Linux)/stories.sqlite3."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("factcheck", appauthor=False)) / "stories.sqlite3"


def resolve_store(given: str | None, env: Mapping[str, str]) -> str:
    """--store, else FACTCHECK_STORE (empty counts as unset), else the file in the user's data folder: a path, or a
    postgresql:// URL."""
    if given is not None and not given.strip():
        raise StoreError("--store: give a file path or a postgresql:// URL")
    return given or env.get(STORE_ENV) or str(default_store_path())


def is_postgres(location: str) -> bool:
    return location.startswith(("postgresql://", "postgres://"))


class _SQLite:
    """A store file, through the standard library. Writers queue on SQLite's write lock, asked for in short tries so
    that Ctrl-C and SIGTERM stop a waiting run at once."""

    name = "sqlite"

    def __init__(self, path: Path, *, create: bool) -> None:
        self.shown = str(path)
        if path.is_dir():
            raise StoreError(f"store {path} is a directory; give a file path")
        if not path.exists() or (path.stat().st_size == 0 and not create):
            if not create:
                raise NoStoreError(f"no store at {path} (factcheck story new NAME makes one)")
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"cannot create the store {path}: {exc.strerror or exc}") from exc
        try:
            self.connection = sqlite3.connect(path, timeout=_TRY_SECONDS, isolation_level=None)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the store {path}: {exc}") from exc
        self.errors: tuple[type[Exception], ...] = (sqlite3.Error,)
        try:
            self.connection.execute("PRAGMA foreign_keys = ON")  # of this connection: nothing is written
        except sqlite3.DatabaseError as exc:
            self.connection.close()
            raise StoreError(f"{path} is not a factcheck store, or it is damaged: {_one_line(exc)}") from exc

    def opened(self) -> None:
        """The store is factcheck's and current: readers need never wait for a writer (write-ahead log)."""
        if self.connection.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            self.connection.execute("PRAGMA journal_mode = WAL")

    def execute(self, sql: str, parameters: Sequence[object] = ()) -> Any:
        return self.connection.execute(sql, parameters)

    def executemany(self, sql: str, rows: list[tuple[object, ...]]) -> None:
        self.connection.executemany(sql, rows)

    def begin_write(self) -> None:
        """The write lock now, not at the first write; waiting for another writer up to BUSY_SECONDS."""
        deadline = time.monotonic() + BUSY_SECONDS
        while True:
            try:
                self.connection.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                if ("locked" not in str(exc) and "busy" not in str(exc)) or time.monotonic() > deadline:
                    raise
                time.sleep(_TRY_SECONDS)

    def begin_read(self) -> None:
        self.connection.execute("BEGIN")  # a snapshot from the first read to the end

    def tables(self) -> set[str]:
        return {row[0] for row in self.connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}

    def ddl(self, statement: str) -> str:
        return statement

    def close(self) -> None:
        self.connection.close()


class _Postgres:
    """A PostgreSQL database that a newsroom shares, through psycopg. factcheck's tables live in a schema of their
    own, `factcheck`, beside whatever else the database holds. Writers queue on an advisory lock."""

    name = "postgresql"
    SCHEMA = "factcheck"
    LOCK = 0x66616374  # the advisory lock every factcheck writer takes for its transaction

    def __init__(self, url: str, *, create: bool) -> None:
        self.shown = _without_password(url)
        try:
            import psycopg
        except ImportError:
            raise StoreError("a PostgreSQL store needs psycopg: pip install 'factcheck-news[postgres]'") from None
        self.errors: tuple[type[Exception], ...] = (psycopg.Error,)
        try:
            self.connection = psycopg.connect(url, autocommit=True)
        except psycopg.Error as exc:
            raise StoreError(f"cannot connect to the store {self.shown}: {_one_line(exc)}") from exc
        try:
            self.connection.execute(f"SET lock_timeout = '{BUSY_SECONDS}s'")
            if not self.connection.execute("SELECT 1 FROM pg_namespace WHERE nspname = %s", (self.SCHEMA,)).fetchone():
                if not create:
                    raise NoStoreError(f"no store at {self.shown} (factcheck story new NAME makes one)")
                self.connection.execute(f"CREATE SCHEMA IF NOT EXISTS {self.SCHEMA}")
            self.connection.execute(f"SET search_path TO {self.SCHEMA}")
        except BaseException:
            self.connection.close()
            raise

    def opened(self) -> None:
        pass

    def execute(self, sql: str, parameters: Sequence[object] = ()) -> Any:
        return self.connection.execute(sql.replace("?", "%s"), parameters)  # type: ignore[call-overload]

    def executemany(self, sql: str, rows: list[tuple[object, ...]]) -> None:
        with self.connection.cursor() as cursor:
            cursor.executemany(sql.replace("?", "%s"), rows)  # type: ignore[call-overload]

    def begin_write(self) -> None:
        self.connection.execute("BEGIN")
        try:
            self.connection.execute("SELECT pg_advisory_xact_lock(%s)", (self.LOCK,))
        except BaseException:
            _quietly(self.connection.execute, "ROLLBACK")
            raise

    def begin_read(self) -> None:
        self.connection.execute("BEGIN ISOLATION LEVEL REPEATABLE READ")

    def tables(self) -> set[str]:
        rows = self.connection.execute("SELECT tablename FROM pg_tables WHERE schemaname = %s", (self.SCHEMA,))
        return {row[0] for row in rows}

    def ddl(self, statement: str) -> str:
        """SQLite's types in PostgreSQL's words: a generated key, bytes."""
        return statement.replace("INTEGER PRIMARY KEY,", "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,").replace(
            " BLOB ", " BYTEA "
        )

    def close(self) -> None:
        self.connection.close()


_TRY_SECONDS = 0.05  # one try for SQLite's write lock


def _quietly(action: Callable[..., object], *arguments: object) -> None:
    """Run a clean-up that may fail once the connection is gone; its failure must not hide the error that led here."""
    with contextlib.suppress(Exception):
        action(*arguments)


def _without_password(url: str) -> str:
    """The URL with any password, in its user part or its query, shown as ***."""
    from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

    parts = urlsplit(url)
    if parts.password is not None:
        parts = parts._replace(netloc=f"{parts.username}:***@{parts.netloc.rsplit('@', 1)[1]}")
    query = parse_qsl(parts.query, keep_blank_values=True)
    if any(key == "password" for key, _ in query):
        masked = [(key, "***" if key == "password" else value) for key, value in query]
        parts = parts._replace(query=urlencode(masked, safe="/*"))
    return urlunsplit(parts)


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())


class Store:
    """One store, open: a SQLite file (a path) or a PostgreSQL database (a postgresql:// URL), with one schema and
    the same statements. Use as a context manager, or call close(). Only `create` makes a new store."""

    def __init__(self, location: str | Path, *, create: bool = True) -> None:
        text = str(location)
        self._db: _SQLite | _Postgres = (
            _Postgres(text, create=create) if is_postgres(text) else _SQLite(Path(text), create=create)
        )
        self.path = self._db.shown
        try:
            self._migrate(create)
            self._db.opened()
        except StoreError:
            self._db.close()
            raise
        except self._db.errors as exc:
            self._db.close()
            raise StoreError(f"{self.path} is not a factcheck store, or it is damaged: {_one_line(exc)}") from exc

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()

    # --- schema -----------------------------------------------------------------------------------------------

    def _migrate(self, create: bool) -> None:
        """Bring an older store up to this version's schema; refuse a newer one. Only a store that needs a migration
        takes the write lock, so opening one never waits for a writer."""
        version = self._checked_version()
        if version == SCHEMA_VERSION:
            return
        if version == 0 and not create:
            raise NoStoreError(f"no store at {self.path} (factcheck story new NAME makes one)")
        with self.writing():
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied TEXT NOT NULL)"
            )
            version = self._checked_version()  # another process may have migrated it while this one waited
            for number in range(version + 1, SCHEMA_VERSION + 1):
                for statement in MIGRATIONS[number - 1]:
                    self._db.execute(self._db.ddl(statement))
                self._db.execute("INSERT INTO schema_migrations VALUES (?, ?)", (number, utc_now().isoformat()))

    def _checked_version(self) -> int:
        """The schema version; raises for a store written by a newer version, or a database that is not a store."""
        tables = self._db.tables()
        version = self._version(tables)
        foreign = tables - {"schema_migrations"}
        if self._db.name == "postgresql":  # a shared database may hold other tables: only ours must not be there
            foreign &= set(TABLES)
        if version == 0 and foreign:
            raise StoreError(f"{self.path} is a database, but not a factcheck store")
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"the store {self.path} was written by a newer factcheck (schema {version}; this one reads up to "
                f"{SCHEMA_VERSION}); upgrade factcheck to use it"
            )
        return version

    def version(self) -> int:
        """The schema version of the store: 0 for a new, empty file."""
        return self._version(self._db.tables())

    def _version(self, tables: set[str]) -> int:
        if "schema_migrations" not in tables:
            return 0
        row = self._db.execute("SELECT max(version) FROM schema_migrations").fetchone()
        return int(row[0] or 0)

    @contextmanager
    def writing(self) -> Iterator[None]:
        """One transaction holding the write lock from its start: all of it is written, or none of it.

        Whatever stops it (an error, Ctrl-C, SIGTERM raised as an exception) rolls it back; a killed process
        leaves a journal that SQLite rolls back on the next open, or a connection whose transaction PostgreSQL
        rolls back when it drops.
        """
        try:
            self._db.begin_write()
        except self._db.errors as exc:
            raise StoreError(f"the store {self.path} is busy (another factcheck is writing to it): {exc}") from exc
        try:
            yield
        except self._db.errors as exc:  # a full disk, a server gone: the store's own failure, in one line
            _quietly(self._db.execute, "ROLLBACK")
            raise StoreError(f"cannot write to the store {self.path}: {_one_line(exc)}") from exc
        except BaseException:
            _quietly(self._db.execute, "ROLLBACK")
            raise
        try:
            self._db.execute("COMMIT")
        except self._db.errors as exc:
            _quietly(self._db.execute, "ROLLBACK")
            raise StoreError(f"cannot write to the store {self.path}: {_one_line(exc)}") from exc

    @contextmanager
    def reading(self) -> Iterator[None]:
        """Reads that see one state of the store, whatever writers commit meanwhile."""
        self._db.begin_read()
        try:
            yield
        finally:
            _quietly(self._db.execute, "COMMIT")

    # --- stories ----------------------------------------------------------------------------------------------

    def create_story(self, name: str) -> None:
        if self._db.execute("SELECT 1 FROM stories WHERE name = ?", (name,)).fetchone():
            raise StoreError(f"story {name!r} already exists")
        self._db.execute("INSERT INTO stories (name, created) VALUES (?, ?)", (name, utc_now().isoformat()))

    def story_id(self, name: str) -> int:
        row = self._db.execute("SELECT id FROM stories WHERE name = ?", (name,)).fetchone()
        if row is None:
            raise StoreError(f"no story {name!r} in {self.path} (create it with: factcheck story new {name})")
        return int(row[0])

    def stories(self) -> list[StorySummary]:
        rows = self._db.execute(
            "SELECT s.name, s.created, count(src.id), max(src.added) FROM stories s "
            "LEFT JOIN sources src ON src.story_id = s.id GROUP BY s.id"
        ).fetchall()
        return [
            StorySummary(
                name=name,
                created=dt.datetime.fromisoformat(created),
                sources=count,
                updated=dt.datetime.fromisoformat(updated) if updated else None,
            )
            for name, created, count, updated in sorted(rows)  # by code point, whatever the database's collation
        ]

    def revision(self, story: int) -> int:
        """A number that changes with every change to the story's sources."""
        return int(self._db.execute("SELECT revision FROM stories WHERE id = ?", (story,)).fetchone()[0])

    def _touch(self, story: int) -> None:
        self._db.execute("UPDATE stories SET revision = revision + 1 WHERE id = ?", (story,))

    # --- sources and claims -----------------------------------------------------------------------------------

    def sources(self, story: int) -> list[StoredSource]:
        """Every source of the story with its claims, by path."""
        rows = self._db.execute(
            "SELECT id, source, sha256, added, warnings, sentences, mentions, index_reads, fingerprint, resolved, "
            "split_with FROM sources WHERE story_id = ?",
            (story,),
        ).fetchall()
        claims: dict[int, list[Claim]] = {row[0]: [] for row in rows}
        for source_id, claim in self._db.execute(
            "SELECT c.source_id, c.claim FROM claims c JOIN sources s ON s.id = c.source_id "
            "WHERE s.story_id = ? ORDER BY c.source_id, c.position",
            (story,),
        ):
            claims[source_id].append(Claim.model_validate_json(claim))
        stored = [
            StoredSource(
                source=Source.model_validate_json(source),
                sha256=sha256,
                added=dt.datetime.fromisoformat(added),
                warnings=json.loads(warnings),
                sentences=json.loads(sentences),
                mentions=json.loads(mentions),
                index_reads=json.loads(index_reads),
                fingerprint=fingerprint,
                resolved=resolved,
                split_with=split_with,
                claims=tuple(claims[source_id]),
            )
            for (
                source_id,
                source,
                sha256,
                added,
                warnings,
                sentences,
                mentions,
                index_reads,
                fingerprint,
                resolved,
                split_with,
            ) in rows
        ]
        return sorted(stored, key=lambda s: s.source.path)  # by code point, whatever the database's collation

    def texts(self, story: int) -> dict[str, str]:
        """The text of each source of the story, by path, without its claims."""
        rows = self._db.execute("SELECT source FROM sources WHERE story_id = ?", (story,))
        return dict(sorted((s.path, s.text) for s in (Source.model_validate_json(row[0]) for row in rows)))

    def put_source(self, story: int, stored: StoredSource) -> None:
        """Add a source, or replace the one stored at its path, with its claims."""
        self._db.execute("DELETE FROM sources WHERE story_id = ? AND path = ?", (story, stored.source.path))
        cursor = self._db.execute(
            "INSERT INTO sources (story_id, path, sha256, added, source, warnings, sentences, mentions, index_reads, "
            "fingerprint, resolved, split_with) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            (
                story,
                stored.source.path,
                stored.sha256,
                stored.added.isoformat(),
                stored.source.model_dump_json(),
                json.dumps(stored.warnings, ensure_ascii=False),
                json.dumps(stored.sentences),
                json.dumps(stored.mentions, ensure_ascii=False),
                json.dumps(stored.index_reads, ensure_ascii=False),
                stored.fingerprint,
                stored.resolved,
                stored.split_with,
            ),
        )
        source_id = cursor.fetchone()[0]
        self._db.executemany(
            "INSERT INTO claims (source_id, position, field, key, claim) VALUES (?, ?, ?, ?, ?)",
            [
                (source_id, position, claim.field.value, claim_key(claim), claim.model_dump_json())
                for position, claim in enumerate(stored.claims)
            ],
        )
        self._touch(story)

    def paths(self, story: int) -> list[str]:
        """The path or URL of each source of the story, as added."""
        return sorted(row[0] for row in self._db.execute("SELECT path FROM sources WHERE story_id = ?", (story,)))

    def remove_source(self, story: int, path: str) -> bool:
        removed = self._db.execute("DELETE FROM sources WHERE story_id = ? AND path = ?", (story, path)).rowcount
        if removed:
            self._touch(story)
        return bool(removed)

    def find_source(
        self, story: int, *, sha256: str | None = None, path: str | None = None, resolved: str | None = None
    ) -> tuple[str, str] | None:
        """The path and text hash of the story's source with that text hash, or else at that path as given or, for a
        file, at that absolute path (`resolved`), if there is one."""
        if sha256 is not None:
            rows = self._db.execute(
                "SELECT path, sha256 FROM sources WHERE story_id = ? AND sha256 = ?", (story, sha256)
            )
        else:
            rows = self._db.execute(
                "SELECT path, sha256 FROM sources WHERE story_id = ? AND (path = ? OR resolved = ?) "
                "ORDER BY path != ?",  # the path as given first
                (story, path, resolved or path, path),
            )
        found = rows.fetchone()
        return (str(found[0]), str(found[1])) if found else None

    # --- vectors ----------------------------------------------------------------------------------------------

    def vectors(self, model: str, keys: Sequence[str]) -> dict[str, np.ndarray]:
        found: dict[str, np.ndarray] = {}
        for start in range(0, len(keys), 500):
            chunk = list(keys[start : start + 500])
            marks = ",".join("?" * len(chunk))
            for key, blob in self._db.execute(
                f"SELECT text_sha256, vector FROM vectors WHERE model = ? AND text_sha256 IN ({marks})", (model, *chunk)
            ):
                found[key] = np.frombuffer(bytes(blob), dtype=np.float32)
        return found

    def put_vectors(self, model: str, vectors: Mapping[str, np.ndarray]) -> None:
        self._db.executemany(
            "INSERT INTO vectors (model, text_sha256, vector) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
            [(model, key, np.asarray(vector, dtype=np.float32).tobytes()) for key, vector in vectors.items()],
        )

    def counts(self) -> dict[str, int]:
        """How many rows each table holds: stories, sources, claims, vectors, reports."""
        return {t: int(self._db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in TABLES}

    # --- reports ----------------------------------------------------------------------------------------------

    def report(self, story: int, made_with: str) -> Report | None:
        """The story's last report, if it was made at the story's current revision by what `made_with` names (the
        code and the model)."""
        row = self._db.execute(
            "SELECT r.report FROM reports r JOIN stories s ON s.id = r.story_id WHERE r.story_id = ? "
            "AND r.revision = s.revision AND r.made_with = ?",
            (story, made_with),
        ).fetchone()
        return Report.model_validate_json(row[0]) if row else None

    def put_report(self, story: int, report: Report, made_with: str) -> None:
        self._db.execute(
            "INSERT INTO reports (story_id, revision, report, made_with) VALUES (?, ?, ?, ?) ON CONFLICT (story_id) "
            "DO UPDATE SET revision = excluded.revision, report = excluded.report, made_with = excluded.made_with",
            (story, self.revision(story), report.model_dump_json(), made_with),
        )


def claim_key(claim: Claim) -> str | None:
    """What a claim is looked up by: the thing counted, the event, the speaker; None for the rest."""
    if claim.quantity is not None:
        return claim.quantity.counted
    if claim.outcome is not None:
        return claim.outcome.event
    if claim.quote is not None:
        return claim.quote.speaker
    if claim.statement is not None:
        return claim.statement.predicate
    return None


def utc_now() -> dt.datetime:
    """Now, in UTC, to the second: when a story was made or a source added."""
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
