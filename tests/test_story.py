"""Stories in a store: adding articles one by one gives what compare of all of them gives, and the store stays whole."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np
import pytest
from builders import HashingEmbedder, WriteArticle
from click.testing import CliRunner
from test_fetch import site  # noqa: F401  # the local web server

from factcheck.cli import main
from factcheck.errors import InputError, StoreError
from factcheck.extract.actors import ActorIndex, Mention, index_reads_digest, recording_index
from factcheck.models import Verdict
from factcheck.pipeline import compare
from factcheck.report import render
from factcheck.store import MIGRATIONS, SCHEMA_VERSION, Store
from factcheck.story import AddResult, Story, list_stories, new_story

SOURCES = Path(__file__).resolve().parent.parent / "sources"
EXAMPLES = sorted(p for p in SOURCES.iterdir() if p.is_dir() and p.name != "real")
TESTS = Path(__file__).resolve().parent


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A store holding one empty story, "s": a SQLite file, or a database on a PostgreSQL server."""
    location = (
        str(tmp_path / "stories.sqlite3") if request.param == "sqlite" else request.getfixturevalue("postgres_url")
    )
    new_story("s", store=location)
    return location


def add(store: str, *paths: Path | str) -> AddResult:
    with Story.open("s", store=store) as story:
        return story.add(list(paths), embedder=HashingEmbedder(), model_id="hashing")


def whole(store: str) -> str:
    with Story.open("s", store=store) as story:
        return render(story.report(embedder=HashingEmbedder(), model_id="hashing"), "json")


@pytest.mark.parametrize("folder", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_adding_articles_one_by_one_gives_what_compare_of_all_gives(store: str, folder: Path) -> None:
    files = sorted(folder.glob("*.md"))
    random.Random(folder.name).shuffle(files)
    for path in files:
        result = add(store, path)
    expected = compare(files, embedder=HashingEmbedder())
    assert whole(store) == render(expected, "json")
    last = str(files[-1])
    assert result.report is not None
    assert result.report.findings == tuple(f for f in expected.findings if any(c.source == last for c in f.claims))


def test_a_later_article_that_raises_a_toll_is_an_update(store: str, write_article: WriteArticle) -> None:
    first = write_article(
        "day1.md", "Flooding in Varnholm killed 12 people on Saturday, officials said.", date="2025-07-05"
    )
    add(store, first)
    later = write_article(
        "day2.md",
        "The death toll from the Varnholm flooding has risen to 20, officials said on Sunday.",
        date="2025-07-06",
    )
    result = add(store, later)
    assert result.report is not None
    verdicts = [f.verdict for f in result.report.findings]
    assert Verdict.UPDATE in verdicts and Verdict.CONTRADICTION not in verdicts
    [update] = [f for f in result.report.findings if f.verdict is Verdict.UPDATE]
    assert update.chain == ("12 killed", "20 killed")


def test_an_undated_article_added_first_is_dated_by_the_story_that_grows(
    store: str, write_article: WriteArticle
) -> None:
    """An undated article's yearless day is placed once a dated article gives the story a month; the story's report
    is then what compare of both gives."""
    undated = write_article("wire.md", "Thieves raided the Varnholm museum on October 19, police said.", date=None)
    dated = write_article(
        "paper.md", "The Varnholm museum raid happened on October 18, officials said.", date="2025-10-21"
    )
    add(store, undated)
    assert "Sunday 19 October 2025" not in whole(store)  # no year to place the day in yet
    second = add(store, dated)
    assert second.reextracted == 1  # the undated article, now in a story with a month
    expected = compare([undated, dated], embedder=HashingEmbedder())
    assert whole(store) == render(expected, "json")
    assert "Sunday 19 October 2025" in whole(store)


def test_the_same_text_again_changes_nothing(store: str, tmp_path: Path) -> None:
    a, b = sorted((SOURCES / "harbor-strike").glob("*.md"))[:2]
    add(store, a, b)
    before = whole(store)
    copy = tmp_path / "copy.md"
    copy.write_text(a.read_text(encoding="utf-8"), encoding="utf-8")
    result = add(store, copy)
    assert result.added == () and result.unchanged == ((str(copy), str(a)),) and result.report is None
    assert whole(store) == before


def test_a_path_stored_with_other_text_is_refused(store: str, write_article: WriteArticle) -> None:
    path = write_article("a.md", "Six people were killed in Varnholm on Saturday.")
    add(store, path)
    path.write_text("Seven people were killed in Varnholm on Saturday.\n", encoding="utf-8")
    with pytest.raises(InputError, match="already in story 's' with other text; remove it first"):
        add(store, path)


def test_removing_a_source_gives_the_report_of_the_rest(store: str) -> None:
    files = sorted((SOURCES / "coastal-storm").glob("*.md"))
    add(store, *files)
    with Story.open("s", store=store) as story:
        story.remove(str(files[0]))
        with pytest.raises(InputError, match="has no source"):
            story.remove(str(files[0]))
    assert whole(store) == render(compare(files[1:], embedder=HashingEmbedder()), "json")


def test_a_bad_source_adds_nothing(store: str, tmp_path: Path) -> None:
    good = sorted((SOURCES / "coastal-storm").glob("*.md"))[0]
    (tmp_path / "empty.md").write_text("", encoding="utf-8")
    with pytest.raises(InputError):
        add(store, good, tmp_path / "empty.md")
    with Story.open("s", store=store) as story:
        assert story.sources() == []


def test_a_stored_source_is_extracted_again_only_when_what_it_read_of_the_index_changes() -> None:
    index = ActorIndex.build([Mention(0, 0, "Anna Kovacs", "Anna Kovacs", "fire chief")])
    recording, reads = recording_index(index)
    assert recording.canonical(Mention(0, 0, "Kovacs", "Kovacs", "")) == "Anna Kovacs"
    before = index_reads_digest(index, reads)
    elsewhere = ActorIndex.build([*_mentions(index), Mention(0, 0, "Tomas Reyes", "Tomas Reyes", "")])
    assert index_reads_digest(elsewhere, reads) == before  # a new name this source never looked up
    namesake = ActorIndex.build([*_mentions(index), Mention(0, 0, "Eva Kovacs", "Eva Kovacs", "")])
    assert index_reads_digest(namesake, reads) != before  # "Kovacs" is now two people


def _mentions(index: ActorIndex) -> list[Mention]:
    return [Mention(0, 0, name, name, "fire chief" if name in index.people else "") for name in index.full_names]


# --- the store ------------------------------------------------------------------------------------------------


def test_a_new_store_has_every_migration(tmp_path: Path) -> None:
    with Store(tmp_path / "s.sqlite3") as opened:
        assert opened.version() == SCHEMA_VERSION == len(MIGRATIONS)
    applied = sqlite3.connect(tmp_path / "s.sqlite3").execute("SELECT version FROM schema_migrations").fetchall()
    assert [v for (v,) in applied] == list(range(1, SCHEMA_VERSION + 1))


def test_a_store_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    Store(tmp_path / "s.sqlite3").close()
    with sqlite3.connect(tmp_path / "s.sqlite3") as db:
        db.execute("INSERT INTO schema_migrations VALUES (?, 'later')", (SCHEMA_VERSION + 1,))
    with pytest.raises(StoreError, match="written by a newer factcheck"):
        Store(tmp_path / "s.sqlite3")


def test_a_postgresql_store_has_the_same_schema_and_refuses_the_same(postgres_url: str) -> None:
    import psycopg

    with Store(postgres_url) as opened:
        assert opened.version() == SCHEMA_VERSION
        assert opened.counts() == {"stories": 0, "sources": 0, "claims": 0, "vectors": 0, "reports": 0}
    with psycopg.connect(postgres_url, autocommit=True) as db:
        db.execute("INSERT INTO factcheck.schema_migrations VALUES (%s, 'later')", (SCHEMA_VERSION + 1,))
    with pytest.raises(StoreError, match="written by a newer factcheck"):
        Store(postgres_url)
    with psycopg.connect(postgres_url, autocommit=True) as db:
        db.execute("DROP TABLE factcheck.schema_migrations")
    with pytest.raises(StoreError, match="a database, but not a factcheck store"):
        Store(postgres_url)


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"not a database at all, just some text" * 50, "not a factcheck store, or it is damaged"), (None, "but not a")],
)
def test_a_store_that_is_not_one_is_refused(tmp_path: Path, content: bytes | None, message: str) -> None:
    path = tmp_path / "s.sqlite3"
    if content is None:
        with sqlite3.connect(path) as db:
            db.execute("CREATE TABLE notes (text TEXT)")
    else:
        path.write_bytes(content)
    with pytest.raises(StoreError, match=message):
        Store(path)


def test_a_story_name_is_one_story(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    new_story("a", store=path)
    with pytest.raises(StoreError, match="already exists"):
        new_story("a", store=path)
    with pytest.raises(StoreError, match="no story 'b'"):
        Story.open("b", store=path)
    assert [s.name for s in list_stories(store=path)] == ["a"]


# --- the command line -----------------------------------------------------------------------------------------


@pytest.fixture
def fake_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("factcheck.pipeline.SentenceEmbedder", lambda model=None, **options: HashingEmbedder())


def test_the_story_commands(tmp_path: Path, fake_model: None) -> None:
    runner = CliRunner()
    store = ["--store", str(tmp_path / "s.sqlite3")]
    a, b, c = sorted((SOURCES / "rutte-washington").glob("*.md"))[:3]
    assert runner.invoke(main, ["story", "new", "rutte", *store]).exit_code == 0
    first = runner.invoke(main, ["story", "add", "rutte", str(a), *store, "--format", "json"])
    assert first.exit_code == 0, first.output
    assert "added 1 source to story 'rutte', which now holds 1" in first.stderr
    second = runner.invoke(main, ["story", "add", "rutte", str(b), str(c), *store, "--format", "json"])
    assert second.exit_code == 1  # contradictions, as compare exits
    assert all(any(x["source"] in (str(b), str(c)) for x in f["claims"]) for f in json.loads(second.stdout)["findings"])
    again = runner.invoke(main, ["story", "add", "rutte", str(b), *store])
    assert (again.exit_code, again.stdout) == (0, "")
    assert f"{b} is already in story 'rutte'; nothing changed" in again.stderr
    shown = runner.invoke(main, ["story", "show", "rutte", *store, "--format", "json"])
    compared = runner.invoke(main, ["compare", str(a), str(b), str(c), "--format", "json"])
    assert shown.exit_code == compared.exit_code == 1
    assert shown.stdout == compared.stdout
    listed = runner.invoke(main, ["story", "list", *store, "--format", "json"])
    assert [(s["name"], s["sources"]) for s in json.loads(listed.stdout)] == [("rutte", 3)]
    removed = runner.invoke(main, ["story", "remove", "rutte", str(c), *store])
    assert removed.exit_code == 0 and f"removed {c} from story 'rutte'" in removed.stderr
    text = runner.invoke(main, ["story", "list", *store])
    assert text.stdout.splitlines()[1].split()[:2] == ["rutte", "2"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["story", "add", "nowhere", "a.md"], "no story 'nowhere'"),
        (["story", "new", "dup"], "story 'dup' already exists"),
        (["story", "show", "dup", "--format", "yaml"], "--format 'yaml'"),
        (["story", "remove", "dup", "a.md"], "story 'dup' has no source a.md"),
        (["story", "add", "dup", "missing.md"], "missing.md"),
        (["story", "list", "--store", "postgresql://nobody@127.0.0.1:1/none"], "cannot connect to the store"),
        (["story", "show", "dup", "--store", "{tmp}/elsewhere.sqlite3"], "no store at"),
    ],
)
def test_story_errors_are_one_line_and_exit_2(tmp_path: Path, fake_model: None, argv: list[str], message: str) -> None:
    path = tmp_path / "s.sqlite3"
    new_story("dup", store=path)
    argv = [arg.replace("{tmp}", str(tmp_path)) for arg in argv]
    result = CliRunner().invoke(main, [*argv, *([] if "--store" in argv else ["--store", str(path)])])
    assert result.exit_code == 2, result.output
    assert len(result.stderr.splitlines()) == 1 and message in result.stderr
    assert not (tmp_path / "elsewhere.sqlite3").exists()  # only story new makes a store


def test_listing_where_there_is_no_store_makes_none(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["story", "list", "--store", str(tmp_path / "none" / "s.sqlite3")])
    assert (result.exit_code, result.stdout.split()) == (0, ["story", "sources", "created", "last", "added"])
    assert not (tmp_path / "none").exists()


# --- a real process, stopped or run twice at once --------------------------------------------------------------

# The command line with the hashing embedder; with STALL set it stops inside the add's transaction, after the
# sources, claims and vectors are written and before the report is, and says so on stderr.
PROGRAM = """
import os, sys, time
sys.path.insert(0, {tests!r})
from builders import HashingEmbedder
import factcheck.pipeline
import factcheck.store

factcheck.pipeline.SentenceEmbedder = lambda model=None, **options: HashingEmbedder()
real_put_report = factcheck.store.Store.put_report

def put_report(self, *arguments):
    if os.environ.get("STALL"):
        print("stalled", file=sys.stderr, flush=True)
        time.sleep(float(os.environ["STALL"]))
    real_put_report(self, *arguments)

factcheck.store.Store.put_report = put_report
from factcheck.cli import main
main(sys.argv[1:], prog_name="factcheck")
"""


def start(argv: list[str], *, stall: float | None = None) -> subprocess.Popen[str]:
    env = {**os.environ, **({"STALL": str(stall)} if stall else {})}
    program = PROGRAM.format(tests=str(TESTS))
    return subprocess.Popen(
        [sys.executable, "-c", program, *argv], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )


@pytest.fixture
def processes() -> Iterator[list[subprocess.Popen[str]]]:
    started: list[subprocess.Popen[str]] = []
    yield started
    for process in started:
        if process.poll() is None:
            process.kill()
            process.wait()


def wait_for_stall(process: subprocess.Popen[str]) -> None:
    assert process.stderr is not None
    for line in process.stderr:
        if line.strip() == "stalled":
            return
    pytest.fail(f"the process ended (exit {process.wait()}) before stalling")


def state(location: str) -> tuple[list[str], dict[str, int]]:
    """The story's sources, and the rows of each table of the store, read afresh."""
    with Store(location) as opened:
        return [s.source.path for s in opened.sources(opened.story_id("s"))], opened.counts()


STOPS = [(signal.SIGKILL, -9), (signal.SIGTERM, 143), (signal.SIGINT, 130)]


@pytest.mark.parametrize(("signum", "code"), STOPS, ids=["SIGKILL", "SIGTERM", "SIGINT"])
def test_a_run_stopped_mid_add_leaves_the_story_as_it_was(
    store: str, processes: list[subprocess.Popen[str]], signum: int, code: int
) -> None:
    a, b = sorted((SOURCES / "rail-derailment").glob("*.md"))[:2]
    add(store, a)
    before = state(store)
    process = start(["story", "add", "s", str(b), "--store", store, "--no-cache"], stall=60)
    processes.append(process)
    wait_for_stall(process)
    process.send_signal(signum)
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == code, stderr
    assert state(store) == before
    add(store, b)  # and the store takes the same add afterwards
    assert state(store)[0] == sorted([str(a), str(b)])


def test_two_processes_adding_at_once_both_succeed(store: str, processes: list[subprocess.Popen[str]]) -> None:
    a, b, c = sorted((SOURCES / "harbor-strike").glob("*.md"))[:3]
    add(store, a)
    first = start(["story", "add", "s", str(b), "--store", store, "--no-cache", "-q"], stall=1)
    processes.append(first)
    wait_for_stall(first)  # the first holds the write lock now
    second = start(["story", "add", "s", str(c), "--store", store, "--no-cache", "-q"])
    processes.append(second)
    for process in (first, second):  # the second waits for the first's write lock, then adds to what it wrote
        _, stderr = process.communicate(timeout=60)
        assert process.returncode in (0, 1), stderr
    assert state(store)[0] == sorted(str(p) for p in (a, b, c))
    assert whole(store) == render(compare([a, b, c], embedder=HashingEmbedder()), "json")


def test_an_unreachable_postgresql_store_never_shows_its_password() -> None:
    result = CliRunner().invoke(main, ["story", "list", "--store", "postgresql://ann:secret@127.0.0.1:1/news"])
    assert result.exit_code == 2
    assert "cannot connect to the store postgresql://ann:***@127.0.0.1:1/news" in result.stderr
    assert "secret" not in result.stderr


def test_listing_a_postgresql_database_without_a_store_makes_none(postgres_url: str) -> None:
    import psycopg

    result = CliRunner().invoke(main, ["story", "list", "--store", postgres_url, "--format", "json"])
    assert (result.exit_code, json.loads(result.stdout)) == (0, [])
    with pytest.raises(StoreError, match="no store at"):
        Story.open("s", store=postgres_url)
    with psycopg.connect(postgres_url) as db:
        assert (
            db.execute("SELECT count(*) FROM pg_tables").fetchone()
            == db.execute(
                "SELECT count(*) FROM pg_tables WHERE schemaname IN ('pg_catalog', 'information_schema')"
            ).fetchone()
        )
        assert db.execute("SELECT 1 FROM pg_namespace WHERE nspname = 'factcheck'").fetchone() is None


# --- what a review found --------------------------------------------------------------------------------------


def test_another_programs_tables_in_a_shared_postgresql_database_are_left_alone(postgres_url: str) -> None:
    import psycopg

    with psycopg.connect(postgres_url, autocommit=True) as db:  # another tool's version table, Rails-style
        db.execute("CREATE TABLE schema_migrations (version varchar PRIMARY KEY)")
        db.execute("INSERT INTO schema_migrations VALUES ('20240101120000')")
        db.execute("CREATE TABLE stories (title text)")
    new_story("s", store=postgres_url)
    add(postgres_url, *sorted((SOURCES / "coastal-storm").glob("*.md"))[:2])
    with psycopg.connect(postgres_url) as db:
        assert db.execute("SELECT version FROM public.schema_migrations").fetchall() == [("20240101120000",)]


def test_sources_are_in_code_point_order_whatever_the_database_collation(postgres_server: str, tmp_path: Path) -> None:
    import psycopg

    with psycopg.connect(postgres_server, autocommit=True) as db:
        try:
            db.execute("CREATE DATABASE icu TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en-US' LOCALE 'C'")
        except psycopg.Error as exc:
            pytest.skip(f"this PostgreSQL has no ICU collation: {exc}")
    url = postgres_server.replace("/postgres?", "/icu?")
    files = []
    for source in sorted((SOURCES / "rutte-washington").glob("*.md"))[:3]:
        named = tmp_path / (source.stem.capitalize() if source.stem.startswith("c") else source.stem)
        named = named.with_suffix(".md")
        named.write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
        files.append(named)
    new_story("s", store=url)
    add(url, *files)
    with Story.open("s", store=url) as story:
        story.store.put_report(story.id, story.report(embedder=HashingEmbedder(), model_id="hashing"), "stale")
        assert [s.source.path for s in story.sources()] == sorted(str(f) for f in files)
    assert whole(url) == render(compare(files, embedder=HashingEmbedder()), "json")


def test_a_password_in_the_query_is_hidden_too() -> None:
    result = CliRunner().invoke(
        main, ["story", "list", "--store", "postgresql://u@/news?host=/nonexistent&password=s3cret"]
    )
    assert result.exit_code == 2 and "s3cret" not in result.stderr and "password=***" in result.stderr


def test_opening_a_file_that_is_not_a_store_never_changes_it(tmp_path: Path) -> None:
    foreign = tmp_path / "other.db"
    with sqlite3.connect(foreign) as db:
        db.execute("CREATE TABLE notes (text TEXT)")
    before = foreign.read_bytes()
    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")
    runner = CliRunner()
    assert runner.invoke(main, ["story", "list", "--store", str(foreign)]).exit_code == 2
    assert foreign.read_bytes() == before
    assert runner.invoke(main, ["story", "show", "s", "--store", str(empty)]).exit_code == 2
    assert runner.invoke(main, ["story", "list", "--store", str(empty)]).exit_code == 0
    assert empty.read_bytes() == b""
    assert runner.invoke(main, ["story", "new", "", "--store", str(tmp_path / "new.sqlite3")]).exit_code == 2
    assert not (tmp_path / "new.sqlite3").exists()


@pytest.mark.parametrize("name", ["del\x7fname", "right\u202eto left", "zero\u200bwidth", "x" * 201, " padded"])
def test_a_story_name_that_cannot_be_shown_is_refused(tmp_path: Path, name: str) -> None:
    with pytest.raises(InputError, match="give a printable name"):
        new_story(name, store=tmp_path / "s.sqlite3")


def test_another_spelling_of_a_stored_file_with_other_text_is_refused(
    store: str, write_article: WriteArticle, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_article("a.md", "Six people were killed in Varnholm on Saturday.")
    monkeypatch.chdir(path.parent)
    add(store, "a.md")
    path.write_text("Seven people were killed in Varnholm on Saturday.\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"already in story 's' \(as a.md\) with other text"):
        add(store, "./a.md")
    with pytest.raises(InputError, match="already in story 's' with other text"):
        add(store, "a.md")


def test_a_report_is_made_again_by_other_code_or_another_model(store: str, monkeypatch: pytest.MonkeyPatch) -> None:
    files = sorted((SOURCES / "harbor-strike").glob("*.md"))[:3]
    add(store, *files)
    encoded: list[int] = []

    class Counting(HashingEmbedder):
        def encode(self, texts: Sequence[str]) -> np.ndarray:
            encoded.append(len(texts))
            return super().encode(texts)

    with Story.open("s", store=store) as story:
        story.report(embedder=Counting(), model_id="hashing")
        assert encoded == []  # the stored report, as made
        story.report(embedder=Counting(), model_id="another model")
        assert sum(encoded) > 0  # another model's vectors: made again, not the stored one
    monkeypatch.setattr("factcheck.story.code_identity", lambda: "a later version")
    with Story.open("s", store=store) as story:
        fourth = sorted((SOURCES / "harbor-strike").glob("*.md"))[3]
        extracted = story.add(
            [fourth],
            embedder=HashingEmbedder(),
            model_id="hashing",
        )
    assert extracted.reextracted == 3  # every stored source, extracted again by the new code


def test_sources_split_by_an_older_factcheck_are_split_again(store: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A store written before a change to sentence splitting or name finding gives, once opened by the new code,
    the report `compare` gives now."""
    files = sorted((SOURCES / "harbor-strike").glob("*.md"))[:3]
    add(store, *files)
    with Story.open("s", store=store) as story:
        for item in story.sources():  # as an older split left them: one sentence a source, no names learnt
            older = item.model_copy(
                update={"sentences": ((0, len(item.source.text)),), "mentions": (), "split_with": "older"}
            )
            story.store.put_source(story.id, older)
    monkeypatch.setattr("factcheck.story.code_identity", lambda: "a later version")
    assert whole(store) == render(compare(files, embedder=HashingEmbedder()), "json")
    with Story.open("s", store=store) as story:
        assert {item.split_with for item in story.sources()} == {"a later version"}


def test_a_store_of_the_schema_before_opens_and_gives_what_compare_gives(tmp_path: Path) -> None:
    """A store written by the version before (no record of what split its sources) is migrated when opened, and
    its sources are split again before anything is made of them."""
    location = str(tmp_path / "stories.sqlite3")
    new_story("s", store=location)
    files = sorted((SOURCES / "harbor-strike").glob("*.md"))[:3]
    add(location, *files[:2])
    with sqlite3.connect(location) as db:  # as the version before wrote it
        db.execute("ALTER TABLE sources DROP COLUMN split_with")
        db.execute("DELETE FROM schema_migrations WHERE version = ?", (SCHEMA_VERSION,))
        db.execute("UPDATE reports SET made_with = 'the version before'")
    result = add(location, files[2])
    assert result.reextracted == 2
    assert whole(location) == render(compare(files, embedder=HashingEmbedder()), "json")
    with Store(location) as opened:
        assert opened.version() == SCHEMA_VERSION


def test_a_failing_store_is_one_error_and_no_change(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    location = str(tmp_path / "s.sqlite3")
    new_story("s", store=location)
    first, second = sorted((SOURCES / "coastal-storm").glob("*.md"))[:2]
    add(location, first)
    before = state(location)

    def full(*arguments: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(Store, "put_report", full)
    with pytest.raises(StoreError, match=r"cannot write to the store .*: database or disk is full"):
        add(location, second)
    monkeypatch.undo()
    assert state(location) == before


def test_report_files_are_checked_before_anything_is_stored(tmp_path: Path, fake_model: None) -> None:
    location = str(tmp_path / "s.sqlite3")
    new_story("s", store=location)
    article = sorted((SOURCES / "coastal-storm").glob("*.md"))[0]
    runner = CliRunner()
    missing = runner.invoke(
        main, ["story", "add", "s", str(article), "--store", location, "-o", str(tmp_path / "no" / "r.json")]
    )
    over = runner.invoke(main, ["story", "add", "s", str(article), "--store", location, "-o", f"json:{location}"])
    source = runner.invoke(main, ["story", "add", "s", str(article), "--store", location, "-o", f"json:{article}"])
    for result, said in [
        (missing, "is not a directory"),
        (over, "an input of this run"),
        (source, "an input of this run"),
    ]:
        assert result.exit_code == 2 and said in result.stderr and len(result.stderr.splitlines()) == 1
    assert state(location)[0] == []


def test_an_empty_store_option_is_an_error() -> None:
    result = CliRunner().invoke(main, ["story", "list", "--store", ""])
    assert result.exit_code == 2 and "--store: give a file path or a postgresql:// URL" in result.stderr


def test_ctrl_c_stops_a_run_that_waits_for_the_write_lock(
    tmp_path: Path, processes: list[subprocess.Popen[str]]
) -> None:
    """SQLite's own wait for a lock cannot be interrupted, so the store asks for it in short tries."""
    store = str(tmp_path / "s.sqlite3")
    new_story("s", store=store)
    holder = sqlite3.connect(store, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another writer, holding the lock
    try:
        article = sorted((SOURCES / "coastal-storm").glob("*.md"))[0]
        process = start(["story", "add", "s", str(article), "--store", store, "--no-cache"])
        processes.append(process)
        time.sleep(3)  # well into its wait for the lock
        assert process.poll() is None
        started = time.monotonic()
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=30)
        assert time.monotonic() - started < 5
        assert (process.returncode, stderr.strip().splitlines()) == (130, ["factcheck: interrupted"])
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_a_source_is_removed_by_another_spelling_of_its_file(
    store: str, write_article: WriteArticle, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_article("a.md", "Six people were killed in Varnholm on Saturday.")
    monkeypatch.chdir(path.parent)
    add(store, "a.md")
    with Story.open("s", store=store) as story:
        assert story.remove(str(path)) == "a.md"
        assert story.sources() == []


def test_a_page_is_added_by_its_url_and_removed_by_that_page_with_another_fragment(
    store: str,
    site: tuple[str, object],  # noqa: F811  # the fixture imported from test_fetch
) -> None:
    base, _ = site
    url = f"{base}/2025/03/03/kessel-courier#top"
    result = add(store, url, sorted((SOURCES / "coastal-storm").glob("*.md"))[0])
    assert url in result.added
    with Story.open("s", store=store) as story:
        assert story.remove(url.replace("#top", "#comments").replace("http://", "HTTP://")) == url
        assert [s.source.path for s in story.sources()] == [str(sorted((SOURCES / "coastal-storm").glob("*.md"))[0])]
