"""The terminal: the rich report (colour only on a terminal, never with NO_COLOR, article text never markup),
progress stages reported by the library and drawn on stderr, and --quiet."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import numpy as np
import pytest
from builders import HashingEmbedder, WriteArticle
from click.testing import CliRunner
from rich.console import Console
from test_report_formats import compare_report
from test_security import hostile_report

from factcheck.align import SentenceEmbedder, length_batches
from factcheck.cli import main
from factcheck.pipeline import compare
from factcheck.report import render
from factcheck.report.terminal import TerminalProgress, console, print_report, wants_colour

COLOUR = re.compile(r"\x1b\[(?:[0-9;]*;)?(?:3[0-9]|9[0-7]|38;[25])[0-9;]*m")  # a foreground colour, any form
BODIES = (
    "Six people were killed and 18 injured in Kyiv on Monday, officials said.",
    "Six people were killed and 17 injured in Kyiv on Monday, officials said.",
)


def drawn(report: object, environ: dict[str, str]) -> str:
    buffer = io.StringIO()
    out = console(buffer, environ=environ)
    out = Console(
        file=buffer, force_terminal=True, width=120, no_color=out.no_color, color_system="standard", highlight=False
    )
    print_report(report, out)  # type: ignore[arg-type]
    return buffer.getvalue()


def test_the_report_on_a_terminal_is_in_colour() -> None:
    output = drawn(compare_report(), {})
    assert COLOUR.search(output)
    assert "Contradictions (1)" in output and "16:00 vs 16:30" in output


@pytest.mark.parametrize("value", ["1", "true", "0"])
def test_no_color_turns_colour_off(value: str) -> None:
    output = drawn(compare_report(), {"NO_COLOR": value})
    assert not COLOUR.search(output)
    assert "Contradictions (1)" in output


def test_an_empty_no_color_is_no_request() -> None:
    assert wants_colour({"NO_COLOR": ""}) and wants_colour({}) and not wants_colour({"NO_COLOR": "1"})


def test_article_text_is_neither_markup_nor_control_sequences() -> None:
    report = hostile_report()
    report = report.model_copy(update={"warnings": ("[bold red]not markup[/] \x1b[2J",)})
    output = drawn(report, {"NO_COLOR": "1"})
    assert "[bold red]not markup[/]" in output, "rich markup in a warning is shown as written"
    assert "\x1b[2J" not in output and "\x1b]8;" not in output and "\x07" not in output


def test_piped_the_text_report_stays_plain(
    monkeypatch: pytest.MonkeyPatch, write_article: WriteArticle, tmp_path: Path
) -> None:
    monkeypatch.setattr("factcheck.pipeline.SentenceEmbedder", lambda model=None, **options: HashingEmbedder())
    paths = [str(write_article(name, body)) for name, body in zip(("a.md", "b.md"), BODIES, strict=True)]
    piped = CliRunner().invoke(main, ["compare", *paths])
    assert piped.exit_code == 1
    assert "\x1b" not in piped.stdout and "\u2500" not in piped.stdout, "plain text: no escapes, no table rules"

    monkeypatch.setattr("factcheck.cli._stdout_is_terminal", lambda: True)
    on_terminal = CliRunner().invoke(main, ["compare", *paths])
    assert on_terminal.exit_code == 1
    assert "\u2500" in on_terminal.stdout, "a terminal gets the rich tables"
    assert "Contradictions (1)" in on_terminal.stdout


class RecordingProgress:
    """Progress that remembers each stage: its name, its total, and what was advanced."""

    def __init__(self) -> None:
        self.stages: list[tuple[str, int | None, int]] = []

    @contextmanager
    def stage(self, name: str, total: int | None = None) -> Iterator[_Counter]:
        counter = _Counter()
        yield counter
        self.stages.append((name, total, counter.done))


class _Counter:
    def __init__(self) -> None:
        self.done = 0

    def advance(self, done: int = 1) -> None:
        self.done += done


def test_the_pipeline_reports_its_stages_and_showing_them_changes_nothing(write_article: WriteArticle) -> None:
    paths = [write_article(name, body) for name, body in zip(("a.md", "b.md"), BODIES, strict=True)]
    progress = RecordingProgress()
    shown = compare(paths, embedder=HashingEmbedder(), progress=progress)
    silent = compare(paths, embedder=HashingEmbedder())
    assert render(shown, "json") == render(silent, "json")
    assert progress.stages == [
        ("Reading sentences", 2, 2),
        ("Extracting claims", 2, 2),
        ("Comparing claims", None, 0),
    ]


class FakeModel:
    """Stands in for a SentenceTransformer: a vector from each text's length and first letter."""

    def __init__(self) -> None:
        self.batches: list[int] = []

    def encode(self, texts: Sequence[str], batch_size: int, **options: object) -> np.ndarray:
        self.batches.append(len(texts))
        rows = [[len(text), ord(text[0])] for text in texts]
        return np.asarray(rows, dtype=np.float32)


def test_embedding_advances_batch_by_batch_and_keeps_the_order_of_the_texts() -> None:
    progress = RecordingProgress()
    embedder = SentenceEmbedder(batch_size=64, progress=progress)
    model = FakeModel()
    embedder._model = model
    texts = [chr(ord("a") + i % 26) * (1 + i % 7) for i in range(150)]
    vectors = embedder.encode(texts)
    assert model.batches == [64, 64, 22]
    assert progress.stages == [("Embedding sentences", 150, 150)]
    assert vectors.tolist() == [[len(t), ord(t[0])] for t in texts]


def test_length_batches_group_similar_lengths_deterministically() -> None:
    texts = ["aaaa", "b", "cc", "dddd", "e"]
    assert length_batches(texts, 2) == [[0, 3], [2, 1], [4]]
    assert sorted(i for batch in length_batches(texts, 2) for i in batch) == list(range(5))


def test_terminal_progress_draws_each_stage_on_its_console() -> None:
    buffer = io.StringIO()
    progress = TerminalProgress(Console(file=buffer, force_terminal=True, width=100))
    with progress.stage("Embedding sentences", total=3) as stage:
        stage.advance(3)
    with progress.stage("Loading the embedding model"):
        pass
    output = buffer.getvalue()
    assert "Embedding sentences" in output and "Loading the embedding model" in output


@pytest.fixture
def terminal_stderr(monkeypatch: pytest.MonkeyPatch) -> io.StringIO:
    """stderr as a terminal: the CLI decides to draw progress, into a buffer that rich treats as a terminal."""
    buffer = io.StringIO()
    monkeypatch.setattr("factcheck.cli._stderr_is_terminal", lambda: True)
    monkeypatch.setattr(
        "factcheck.report.terminal.console",
        lambda file=None, *, stderr=False, environ=None: Console(file=buffer, force_terminal=True, width=100),
    )
    monkeypatch.setattr("factcheck.pipeline.SentenceEmbedder", lambda model=None, **options: HashingEmbedder())
    return buffer


def test_progress_on_a_terminal_and_quiet_silences_it(
    terminal_stderr: io.StringIO, write_article: WriteArticle
) -> None:
    paths = [str(write_article(name, body, date=None)) for name, body in zip(("a.md", "b.md"), BODIES, strict=True)]
    result = CliRunner().invoke(main, ["compare", *paths, "--format", "json"])
    assert result.exit_code == 0, result.stderr  # undated reports of a running toll: 18 and 17 injured are no conflict
    assert "Extracting claims" in terminal_stderr.getvalue()
    assert "publication date unknown" in result.stderr

    terminal_stderr.truncate(0)
    quiet = CliRunner().invoke(main, ["compare", *paths, "--format", "json", "--quiet"])
    assert quiet.exit_code == result.exit_code
    assert terminal_stderr.getvalue() == "" and quiet.stderr == "", "no progress, no warnings"
    assert json.loads(quiet.stdout)["warnings"], "the warnings stay in the report"
    assert quiet.stdout == result.stdout


def test_no_progress_when_stderr_is_not_a_terminal(
    monkeypatch: pytest.MonkeyPatch, write_article: WriteArticle
) -> None:
    monkeypatch.setattr("factcheck.pipeline.SentenceEmbedder", lambda model=None, **options: HashingEmbedder())
    paths = [str(write_article(name, body)) for name, body in zip(("a.md", "b.md"), BODIES, strict=True)]
    result = CliRunner().invoke(main, ["compare", *paths, "--format", "json"])
    assert result.exit_code == 1 and result.stderr == ""


def test_quiet_still_reports_errors(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["compare", str(tmp_path / "missing.md"), str(tmp_path / "b.md"), "-q"])
    assert result.exit_code == 2 and result.stderr.startswith("factcheck: error:")
