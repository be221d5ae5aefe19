"""factcheck batch: a folder of story folders, one report each, in this process, in worker processes or on Dask."""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest
from builders import HashingEmbedder
from click.testing import CliRunner, Result

from factcheck.batch import BatchOptions, batch_exit_code, discover_stories, render_summary, run_batch
from factcheck.cli import main
from factcheck.errors import InputError

STORIES = {
    "kyiv-strike": {
        "a.md": "Six people were killed and 18 injured in Kyiv on Monday, officials said.",
        "b.md": "Six people were killed and 17 injured in Kyiv on Monday, officials said.",
    },
    "port-fire": {
        "a.md": "At least 40 firefighters fought the blaze at the port on Tuesday.",
        "b.txt": "About 40 firefighters fought the blaze at the port on Tuesday.",
        "c.md": "The blaze at the port was put out by 40 firefighters on Tuesday.",
    },
    "lonely": {"a.md": "Only one account of this story has come in so far."},
}


def write_stories(folder: Path, stories: dict[str, dict[str, str]] = STORIES) -> Path:
    for story, articles in stories.items():
        (folder / story).mkdir(parents=True)
        for name, body in articles.items():
            (folder / story / name).write_text(f"---\noutlet: {name}\ndate: 2025-10-22\n---\n\n{body}\n")
    return folder


@pytest.fixture
def stories(tmp_path: Path) -> Path:
    return write_stories(tmp_path / "stories")


def reports(folder: Path) -> dict[str, str]:
    return {p.name: p.read_text() for p in sorted(folder.iterdir())}


class PidEmbedder(HashingEmbedder):
    """The fake model, leaving a file named by the id of each process that makes one."""

    def __init__(self) -> None:
        super().__init__()
        (Path(os.environ["PID_FOLDER"]) / str(os.getpid())).touch()

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        return super().encode(texts)


def test_every_story_gets_a_report_and_a_summary_row(stories: Path, tmp_path: Path) -> None:
    options = BatchOptions(output_dir=tmp_path / "out")
    seen: list[str] = []
    results = run_batch(
        discover_stories(stories), options, embedder=HashingEmbedder, on_result=lambda r: seen.append(r.story)
    )
    assert [r.story for r in results] == ["kyiv-strike", "lonely", "port-fire"]
    assert sorted(seen) == ["kyiv-strike", "lonely", "port-fire"]
    kyiv, lonely, port = results
    assert (kyiv.status, kyiv.sources, kyiv.exit_code) == ("contradictions", 2, 1)
    assert kyiv.contradictions and kyiv.report == str(tmp_path / "out" / "kyiv-strike.json")
    assert (port.status, port.sources, port.contradictions, port.exit_code) == ("clean", 3, 0, 0)
    assert (lonely.status, lonely.sources, lonely.exit_code, lonely.report) == ("failed", 1, 2, None)
    assert "at least two articles" in (lonely.error or "")
    assert sorted(reports(tmp_path / "out")) == ["kyiv-strike.json", "port-fire.json"]
    assert batch_exit_code(results) == 2
    assert batch_exit_code([kyiv, port]) == 1
    report = json.loads((tmp_path / "out" / "kyiv-strike.json").read_text())
    assert report["summary"]["contradiction"] >= 1
    assert [s["path"] for s in report["sources"]] == [str(stories / "kyiv-strike" / n) for n in ("a.md", "b.md")]
    table = render_summary(results)
    assert table.splitlines()[0].split() == ["story", "sources", "contradictions", "time", "status"]
    assert table.splitlines()[-1] == "3 stories: 1 with contradictions, 1 failed"


def test_worker_processes_write_the_same_reports(
    stories: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two real worker processes (spawned), each making its own fake model once."""
    run_batch(discover_stories(stories), BatchOptions(output_dir=tmp_path / "here"), embedder=HashingEmbedder)
    pids = tmp_path / "pids"
    pids.mkdir()
    monkeypatch.setenv("PID_FOLDER", str(pids))
    more = write_stories(tmp_path / "more", {f"story-{n}": STORIES["kyiv-strike"] for n in range(4)})
    stories_and_more = [*discover_stories(stories), *discover_stories(more)]
    results = run_batch(stories_and_more, BatchOptions(output_dir=tmp_path / "there"), workers=2, embedder=PidEmbedder)
    assert [r.status for r in results] == ["contradictions", "failed", "clean"] + ["contradictions"] * 4
    workers = {int(p.name) for p in pids.iterdir()}
    assert workers and os.getpid() not in workers and len(workers) <= 2
    there = reports(tmp_path / "there")
    assert {k: v for k, v in there.items() if not k.startswith("story-")} == reports(tmp_path / "here")


def test_a_dask_cluster_writes_the_same_reports(stories: Path, tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    run_batch(discover_stories(stories), BatchOptions(output_dir=tmp_path / "here"), embedder=HashingEmbedder)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        results = run_batch(
            discover_stories(stories),
            BatchOptions(output_dir=tmp_path / "dask"),
            engine="dask",
            scheduler=cluster.scheduler_address,
            embedder=HashingEmbedder,
        )
    assert [r.status for r in results] == ["contradictions", "failed", "clean"]
    assert reports(tmp_path / "dask") == reports(tmp_path / "here")


def test_an_unreachable_scheduler_is_an_input_error(
    stories: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("distributed")
    monkeypatch.setattr("factcheck.batch.SCHEDULER_TIMEOUT", 1)
    with pytest.raises(InputError, match=r"cannot reach the Dask scheduler at tcp://127\.0\.0\.1:9"):
        run_batch(
            discover_stories(stories),
            BatchOptions(output_dir=tmp_path / "out"),
            engine="dask",
            scheduler="tcp://127.0.0.1:9",
            embedder=HashingEmbedder,
        )
    assert not (tmp_path / "out").exists()


def test_without_dask_installed_the_error_says_how_to_get_it(
    stories: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(__import__("sys").modules, "distributed", None)
    with pytest.raises(InputError, match=r"pip install 'factcheck-news\[dask\]'"):
        run_batch(
            discover_stories(stories),
            BatchOptions(output_dir=tmp_path / "out"),
            engine="dask",
            scheduler="tcp://127.0.0.1:9",
            embedder=HashingEmbedder,
        )


def test_the_report_folder_is_not_taken_for_a_story(stories: Path) -> None:
    (stories / "reports").mkdir()
    (stories / "reports" / "kyiv-strike.md").write_text("an old report")
    (stories / ".hidden").mkdir()
    assert [p.name for p in discover_stories(stories, exclude=stories / "reports")] == [
        "kyiv-strike",
        "lonely",
        "port-fire",
    ]


# The command line: the fake model in this process (--workers 1), as the other command tests do.


@pytest.fixture
def fake_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("factcheck.pipeline.SentenceEmbedder", lambda model=None, **options: HashingEmbedder())


def batch(*args: str) -> Result:
    return CliRunner().invoke(main, ["batch", *args])


def assert_one_line_error(result: Result, says: str) -> None:
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    assert result.stderr.splitlines() == [f"factcheck: error: {says}"]


@pytest.mark.usefixtures("fake_model")
def test_batch_prints_the_summary_and_exits_by_the_worst_story(stories: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = batch(str(stories), "--output-dir", str(out), "--workers", "1", "--format", "markdown")
    assert result.exit_code == 2  # the lonely story failed
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["story", "sources", "contradictions", "time", "status"]
    assert lines[2].split()[:3] == ["lonely", "1", "-"] and "failed: a story needs at least two" in lines[2]
    assert sorted(p.name for p in out.iterdir()) == ["kyiv-strike.md", "port-fire.md"]
    assert result.stderr == ""  # no progress bar: stderr is no terminal
    (stories / "lonely" / "b.md").write_text("A second account says nothing new.\n")
    assert batch(str(stories), "--output-dir", str(out), "--workers", "1").exit_code == 1
    assert batch(str(stories), "--output-dir", str(out), "--workers", "1", "--fail-on", "never").exit_code == 0


@pytest.mark.usefixtures("fake_model")
def test_batch_summary_as_json(stories: Path, tmp_path: Path) -> None:
    result = batch(str(stories), "--output-dir", str(tmp_path / "out"), "--workers", "1", "--summary", "json")
    document = json.loads(result.stdout)
    assert document["exit_code"] == result.exit_code == 2
    assert [row["status"] for row in document["stories"]] == ["contradictions", "failed", "clean"]


@pytest.mark.usefixtures("fake_model")
def test_a_batch_report_is_the_compare_report(stories: Path, tmp_path: Path) -> None:
    """Warnings from reading included: b.md is cp1252, not UTF-8."""
    cp1252 = "Six people were killed in Kyiv, caf\xe9 owners said.\n".encode("cp1252")
    (stories / "kyiv-strike" / "b.md").write_bytes(cp1252)
    batch(str(stories), "--output-dir", str(tmp_path / "out"), "--workers", "1")
    files = [str(stories / "kyiv-strike" / n) for n in ("a.md", "b.md")]
    compared = CliRunner().invoke(main, ["compare", *files, "--format", "json"])
    assert "not valid UTF-8" in compared.stdout
    assert (tmp_path / "out" / "kyiv-strike.json").read_text() == compared.stdout


@pytest.mark.usefixtures("fake_model")
def test_a_cache_folder_that_cannot_be_written_is_one_warning(stories: Path, tmp_path: Path) -> None:
    (tmp_path / "file").write_text("")
    args = ["--output-dir", str(tmp_path / "out"), "--workers", "1", "--cache-dir", str(tmp_path / "file" / "cache")]
    result = batch(str(stories), *args)
    assert result.exit_code == 2  # the lonely story, as always
    [warning] = result.stderr.splitlines()
    assert warning.startswith("factcheck: warning: cannot write the embedding cache in")
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["kyiv-strike.json", "port-fire.json"]


@pytest.mark.usefixtures("fake_model")
@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["missing"], "missing is not a folder of story folders"),
        (
            ["stories/kyiv-strike"],
            "stories/kyiv-strike holds no story folders (it holds articles: compare them with "
            "factcheck compare stories/kyiv-strike/*)",
        ),
        (["stories", "--format", "pdf"], "--format 'pdf': expected one of github, html, json, markdown, sarif, text"),
        (["stories", "--scheduler", "tcp://x:1"], "--scheduler goes with --engine dask"),
        (["stories", "--engine", "dask"], "--engine dask needs --scheduler ADDRESS"),
        (["stories", "--fail-on", "often"], "--fail-on 'often': expected any, never or a confidence between 0 and 1"),
    ],
)
def test_bad_batch_input_is_one_line_and_exit_2(
    stories: Path, args: list[str], says: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(stories.parent)
    assert_one_line_error(batch(*args, "--output-dir", "out", "--workers", "1"), says)
    assert not Path("out").exists() or not list(Path("out").iterdir())


@pytest.mark.usefixtures("fake_model")
def test_a_report_folder_that_cannot_be_made_is_an_error(stories: Path, tmp_path: Path) -> None:
    (tmp_path / "file").write_text("")
    result = batch(str(stories), "--output-dir", str(tmp_path / "file" / "out"), "--workers", "1")
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.startswith(f"factcheck: error: cannot create the report folder {tmp_path / 'file' / 'out'}")


def test_the_summary_shows_no_control_characters(stories: Path, tmp_path: Path) -> None:
    evil = stories / "evil\x1b[2Jstory"
    evil.mkdir()
    (evil / "a\x1b[31m.md").write_text("One account.\n")
    results = run_batch(discover_stories(stories), BatchOptions(output_dir=tmp_path / "out"), embedder=HashingEmbedder)
    table = render_summary(results)
    assert "\x1b" not in table and "evilstory" in table


@pytest.mark.usefixtures("fake_model")
def test_dask_trouble_on_the_command_line_is_one_line_and_exit_2(
    stories: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("distributed")
    monkeypatch.setattr("factcheck.batch.SCHEDULER_TIMEOUT", 1)
    args = [str(stories), "--output-dir", str(tmp_path / "out"), "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9"]
    result = batch(*args)
    assert result.exit_code == 2 and result.stdout == ""
    assert not (tmp_path / "out").exists()
    [line] = result.stderr.splitlines()
    assert line.startswith("factcheck: error: cannot reach the Dask scheduler at tcp://127.0.0.1:9: ")
    monkeypatch.setitem(__import__("sys").modules, "distributed", None)
    assert_one_line_error(batch(*args), "--engine dask needs dask.distributed: pip install 'factcheck-news[dask]'")


def test_a_story_can_be_a_list_of_its_sources(tmp_path: Path) -> None:
    pages = sorted((Path(__file__).parent.parent / "sources" / "rail-derailment" / "html").glob("*.html"))
    folder = tmp_path / "stories"
    folder.mkdir()
    (folder / "derailment.sources").write_text(
        "# saved pages of one story\n" + "".join(f"{page}\n" for page in pages), encoding="utf-8"
    )
    (folder / "notes.txt").write_text("a loose file, not a story", encoding="utf-8")
    (folder / "html-story").mkdir()
    for page in pages[:2]:
        (folder / "html-story" / page.name).write_bytes(page.read_bytes())
    assert [p.name for p in discover_stories(folder)] == ["derailment.sources", "html-story"]
    options = BatchOptions(output_dir=tmp_path / "out", cache=False)
    results = run_batch(discover_stories(folder), options, embedder=HashingEmbedder)
    assert [(r.story, r.sources, r.status) for r in results] == [
        ("derailment", 5, "contradictions"),
        ("html-story", 2, results[1].status),
    ]
    assert results[1].status != "failed"
    assert (tmp_path / "out" / "derailment.json").exists()


def test_a_story_listed_twice_is_an_input_error(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a.sources").write_text("x.md\ny.md\n", encoding="utf-8")
    with pytest.raises(InputError, match="both a folder and a list for the story a"):
        discover_stories(tmp_path)
