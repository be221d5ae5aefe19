"""Bad input and faults: every error path of every command is one line on stderr and exit 2, never a traceback
(unless --debug), never a wrong or half-written report. The README's "Bad input and faults" table lists these cases.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import types
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from builders import HashingEmbedder
from click.testing import CliRunner, Result

import factcheck.pipeline
from factcheck.cli import main
from factcheck.config import Settings
from factcheck.summedits import SummEditsRow, check_pair

ARTICLE = "---\noutlet: Test Wire\ndate: 2025-10-22\n---\n\nSix people were killed and 18 injured in Kyiv on Monday.\n"
OTHER = "---\noutlet: Other Wire\ndate: 2025-10-22\n---\n\nSix people were killed and 17 injured in Kyiv on Monday.\n"
TESTS = Path(__file__).parent


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    for key in Settings.model_fields:  # the developer's own FACTCHECK_* variables must not leak into the tests
        monkeypatch.delenv(f"FACTCHECK_{key.upper()}", raising=False)
    return CliRunner()


def use_fake_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every command gets the hashing embedder instead of loading the real model."""
    monkeypatch.setattr("factcheck.pipeline.SentenceEmbedder", lambda model=None, **options: HashingEmbedder())
    monkeypatch.setattr("factcheck.align.SentenceEmbedder", lambda model=None, **options: HashingEmbedder())


@pytest.fixture
def fake_model(monkeypatch: pytest.MonkeyPatch) -> None:
    use_fake_model(monkeypatch)


@pytest.fixture
def story(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder with two good articles and one of every kind of bad input; the tests run inside it."""
    files: dict[str, bytes] = {
        "a.md": ARTICLE.encode(),
        "b.md": OTHER.encode(),
        "binary.md": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        "empty.md": b"",
        "blank.md": b"  \n\t\n",
        "menu.html": b"<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></body></html>",
        "menu-page.txt": b"<!DOCTYPE html>\n<html><body><nav><a href='/'>Home</a></nav></body></html>",
        "garbled.html": b"<html><head><meta charset='utf-8'></head><body><p>Six \x81\x8d killed.</p></body></html>",
        "empty-list.txt": b"# no sources yet\n\n",
        "cp1252.md": "date: 2025-10-22\n\nThe caf\u00e9 owner said six people were killed.\n".encode("cp1252"),
        "gold-bad.yaml": b"story: x\nitems: [\n",
        "gold-missing-span.yaml": (
            b"story: s\nitems:\n  - id: x\n    field: quantity\n    verdict: contradiction\n"
            b"    spans:\n      - {source: a.md, text: '99 injured'}\n      - {source: b.md, text: '17 injured'}\n"
        ),
        "baseline-corrupt.json": b"{not json",
        "summedits-bad.jsonl": b'{"id": 1,\n',
    }
    for name, content in files.items():
        (tmp_path / name).write_bytes(content)
    (tmp_path / "folder").mkdir()
    (tmp_path / "no-gold").mkdir()
    (tmp_path / "story").mkdir()
    for name in ("a.md", "b.md"):
        (tmp_path / "story" / name).write_bytes(files[name])
    monkeypatch.chdir(tmp_path)
    return tmp_path


@dataclass(frozen=True)
class BadInput:
    """A bad input or fault, the command line that meets it, and words its one-line error must hold."""

    name: str
    argv: list[str]
    message: str
    stdin: bytes | None = None
    env: dict[str, str] = field(default_factory=dict)
    config: str | None = None  # a factcheck.toml written beside the articles first


BAD_INPUTS = [
    BadInput("compare: one source", ["compare", "a.md"], "compare needs at least two sources"),
    BadInput("compare: a missing file", ["compare", "a.md", "gone.md"], "gone.md does not exist"),
    BadInput("compare: a directory", ["compare", "a.md", "folder"], "folder is a directory"),
    BadInput("compare: a binary file", ["compare", "a.md", "binary.md"], "binary.md looks binary"),
    BadInput("compare: an empty file", ["compare", "a.md", "empty.md"], "empty.md is empty"),
    BadInput("compare: a whitespace-only file", ["compare", "a.md", "blank.md"], "blank.md is empty"),
    BadInput("compare: a file over the size limit", ["compare", "a.md", "b.md", "--max-bytes", "50"], "--max-bytes"),
    BadInput("compare: an endless stream", ["compare", "a.md", "/dev/zero", "--max-bytes", "1000"], "--max-bytes"),
    BadInput("compare: a page with no article text", ["compare", "a.md", "menu.html"], "menu.html: no article text"),
    BadInput("compare: such a page saved as .txt", ["compare", "a.md", "menu-page.txt"], "no article text found"),
    BadInput("compare: an undecodable page", ["compare", "a.md", "garbled.html"], "garbled.html cannot be decoded"),
    BadInput("compare: an empty source list", ["compare", "a.md", "--sources", "empty-list.txt"], "lists no sources"),
    BadInput("compare: a missing source list", ["compare", "a.md", "--sources", "gone.txt"], "gone.txt does not exist"),
    BadInput("compare: the same source twice", ["compare", "a.md", "a.md"], "the same source is given twice"),
    BadInput("compare: a missing model", ["compare", "a.md", "b.md", "--model", "/nonexistent"], "model not found"),
    BadInput("compare: an unknown option", ["compare", "a.md", "b.md", "--frobnicate"], "No such option"),
    BadInput("compare: no sources at all", ["compare"], "compare needs at least two sources"),
    BadInput("check: no sources", ["check", "a.md"], "check needs sources"),
    BadInput("compare: a bad option value", ["compare", "a.md", "b.md", "--fail-on", "bogus"], "--fail-on"),
    BadInput("compare: a bad --date", ["compare", "a.md", "b.md", "--date", "a.md=22/10/2025"], "--date"),
    BadInput("compare: -o into a missing folder", ["compare", "a.md", "b.md", "-o", "no/r.json"], "not a directory"),
    BadInput("compare: -o onto a directory", ["compare", "a.md", "b.md", "-o", "folder"], "it is a directory"),
    BadInput("check: a missing draft", ["check", "gone.md", "--against", "a.md"], "gone.md does not exist"),
    BadInput("check: a missing source", ["check", "a.md", "--against", "gone.md"], "gone.md does not exist"),
    BadInput("check: the draft as a source", ["check", "a.md", "--against", "a.md"], "both the draft and a source"),
    BadInput(
        "check: an HTML draft on stdin with no article text",
        ["check", "-", "--stdin-filename", "draft.html", "--against", "a.md"],
        "draft.html: no article text",
        stdin=b"<nav><a href='/'>Home</a></nav>",
    ),
    BadInput(
        "check: a draft on stdin over the size limit",
        ["check", "-", "--stdin-filename", "draft.md", "--against", "a.md", "--max-bytes", "10"],
        "--max-bytes",
        stdin=ARTICLE.encode(),
    ),
    BadInput("check: an empty draft on stdin", ["check", "-", "--against", "a.md"], "<stdin> is empty", stdin=b""),
    BadInput("check: an invalid config file", ["check", "a.md", "--against", "b.md"], "invalid TOML", config="x = "),
    BadInput("check: an unknown config key", ["check", "a.md", "--against", "b.md"], "unknown key", config="x = 1"),
    BadInput(
        "check: a bad environment variable",
        ["check", "a.md", "--against", "b.md"],
        "FACTCHECK_MIN_CONFIDENCE",
        env={"FACTCHECK_MIN_CONFIDENCE": "high"},
    ),
    BadInput(
        "check: a corrupt baseline",
        ["check", "a.md", "--against", "b.md", "--baseline", "baseline-corrupt.json"],
        "not valid JSON",
    ),
    BadInput(
        "check: a missing baseline", ["check", "a.md", "--against", "b.md", "--baseline", "gone.json"], "does not exist"
    ),
    BadInput("check: a missing model", ["check", "a.md", "--against", "b.md", "--model", "/nonexistent"], "not found"),
    BadInput("eval: a missing story folder", ["eval", "nowhere", "gold-bad.yaml"], "nowhere is not a story folder"),
    BadInput("eval: an invalid gold file", ["eval", "story", "gold-bad.yaml"], "not valid YAML"),
    BadInput("eval: a gold span not in its source", ["eval", "story", "gold-missing-span.yaml"], "is not in"),
    BadInput("eval: no gold files", ["eval", "--sources", ".", "--claims", "no-gold"], "no gold files"),
    BadInput("eval: a missing SummEdits file", ["eval", "--summedits", "gone.jsonl"], "gone.jsonl does not exist"),
    BadInput("eval: an invalid SummEdits file", ["eval", "--summedits", "summedits-bad.jsonl"], "invalid JSON"),
    BadInput("eval: a bad option value", ["eval", "--format", "xml"], "--format"),
    BadInput("config: an invalid config file", ["config", "."], "invalid TOML", config="fail_on = "),
    BadInput("config: a bad value in the config file", ["config", "."], "min_confidence", config="min_confidence = 3"),
    BadInput("config: a bad option value", ["config", ".", "--max-bytes", "0"], "--max-bytes"),
]


def assert_one_line_error(result: Result, message: str) -> None:
    assert result.exit_code == 2, result.output
    assert result.stdout == "", "no report"
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("factcheck: error: "), result.stderr
    assert message in lines[0], lines[0]
    assert "Traceback" not in result.stderr


def no_leftovers(folder: Path, name: str) -> list[str]:
    """The report `name` and any temporary file of it left in `folder`."""
    return sorted(p.name for p in folder.iterdir() if p.name == name or p.name.startswith(f".{name}."))


@pytest.mark.parametrize("case", BAD_INPUTS, ids=[case.name for case in BAD_INPUTS])
def test_bad_input_is_one_line_and_exit_2(
    runner: CliRunner, story: Path, monkeypatch: pytest.MonkeyPatch, case: BadInput
) -> None:
    if "/dev/zero" in case.argv and not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero on this system")
    if "--model" not in case.argv:  # the model cases meet the real loader, which fails before it imports anything
        use_fake_model(monkeypatch)
    if case.config is not None:
        (story / "factcheck.toml").write_text(case.config + "\n", encoding="utf-8")
    for key, value in case.env.items():
        monkeypatch.setenv(key, value)
    assert_one_line_error(runner.invoke(main, case.argv, input=case.stdin), case.message)
    assert not [p.name for p in story.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize(
    "argv",
    [
        ["compare", "a.md", "gone.md"],
        ["check", "a.md", "--against", "gone.md"],
        ["eval", "story", "gold-bad.yaml"],
        ["config", "."],
    ],
    ids=["compare", "check", "eval", "config"],
)
def test_debug_shows_the_traceback(runner: CliRunner, story: Path, argv: list[str]) -> None:
    (story / "factcheck.toml").write_text("fail_on = \n", encoding="utf-8")
    result = runner.invoke(main, [*argv, "--debug"])
    assert result.exit_code == 2
    assert "Traceback" in result.stderr and result.stderr.strip().splitlines()[-1].startswith("factcheck: error:")


def test_not_utf8_is_read_as_cp1252_with_a_warning(runner: CliRunner, story: Path, fake_model: None) -> None:
    result = runner.invoke(main, ["compare", "a.md", "cp1252.md", "--format", "json", "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    assert "factcheck: warning: cp1252.md is not valid UTF-8; read it as cp1252" in result.stderr
    assert json.loads(result.stdout)["warnings"][0] == "cp1252.md is not valid UTF-8; read it as cp1252"

    checked = runner.invoke(main, ["check", "cp1252.md", "--against", "a.md", "--format", "json"])
    assert checked.exit_code in (0, 1), checked.output
    assert "not valid UTF-8" in checked.stderr


def test_a_file_name_that_is_not_utf8(runner: CliRunner, story: Path, fake_model: None) -> None:
    """A Latin-1 file name reaches the reports as the bytes it was given as (percent-encoded in a SARIF URI)."""
    name = os.fsdecode(b"caf\xe9.md")
    try:
        (story / name).write_bytes(OTHER.encode())
    except (OSError, UnicodeError):
        pytest.skip("this file system takes only UTF-8 names")
    result = runner.invoke(main, ["compare", "a.md", name, "-o", "json:r.json", "-o", "sarif:r.sarif", "-o", "-"])
    assert result.exit_code == 1, result.output
    assert b"caf\xe9.md" in (story / "r.json").read_bytes()
    assert '"uri": "caf%E9.md"' in (story / "r.sarif").read_text(encoding="utf-8")
    assert "Contradictions" in result.stdout


def test_summedits_text_with_a_lone_surrogate() -> None:
    """JSON can escape half of a surrogate pair ("\\ud800"); the pair is checked, the half read as '?'."""
    row = SummEditsRow(id="x", doc="Six people were killed \ud800 in Kyiv.", summary="Six people died.", label=1)
    assert check_pair(row, embedder=HashingEmbedder()).report.command == "check"


def test_an_unreadable_file(runner: CliRunner, story: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """chmod 000 as a reader meets it: the open fails with EACCES (simulated, since the suite may run as root)."""
    real_open = Path.open

    def refusing_open(self: Path, *args: object, **kwargs: object) -> object:
        if self.name == "b.md":
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", refusing_open)
    assert_one_line_error(runner.invoke(main, ["compare", "a.md", "b.md"]), "cannot read b.md: Permission denied")
    assert_one_line_error(runner.invoke(main, ["check", "b.md", "--against", "a.md"]), "cannot read b.md")


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads a file whatever its mode")
def test_an_unreadable_file_for_real(runner: CliRunner, story: Path) -> None:
    (story / "b.md").chmod(0)
    try:
        assert_one_line_error(runner.invoke(main, ["compare", "a.md", "b.md"]), "cannot read b.md: Permission denied")
    finally:
        (story / "b.md").chmod(0o644)


# --- faults --------------------------------------------------------------------------------------------------


def test_the_model_fails_to_load(runner: CliRunner, story: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Whatever the loader raises inside sentence-transformers becomes one line, exit 2, and no report."""

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("weights are corrupt:\nsize mismatch for embeddings.word_embeddings.weight")

    monkeypatch.setitem(sys.modules, "sentence_transformers", types.SimpleNamespace(SentenceTransformer=broken))
    result = runner.invoke(main, ["compare", "a.md", "b.md", "--model", str(story / "folder"), "-o", "r.json"])
    assert_one_line_error(result, "cannot load the embedding model")
    assert "size mismatch" in result.stderr  # the loader's words, joined onto the one line
    assert no_leftovers(story, "r.json") == []


@pytest.mark.slow
def test_a_corrupt_model_folder(runner: CliRunner, story: Path) -> None:
    (story / "folder" / "config.json").write_text("{broken", encoding="utf-8")
    result = runner.invoke(main, ["compare", "a.md", "b.md", "--model", "folder"])
    assert_one_line_error(result, "cannot load the embedding model at folder")


def test_a_source_disappears_mid_run(
    runner: CliRunner, story: Path, fake_model: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """b.md is deleted after the command line named it and a.md was read: an error, and no report at all."""
    real_read = factcheck.pipeline.read_source

    def read_then_lose_b(path: Path, **kwargs: object) -> object:
        if path.name == "a.md":
            (story / "b.md").unlink()
        return real_read(path, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr("factcheck.pipeline.read_source", read_then_lose_b)
    result = runner.invoke(main, ["compare", "a.md", "b.md", "-o", "r.json"])
    assert_one_line_error(result, "b.md does not exist")
    assert no_leftovers(story, "r.json") == []


def test_a_write_that_fails_leaves_no_report(
    runner: CliRunner, story: Path, fake_model: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full disk at the last step: one line, exit 2, no report file and no temporary file."""

    def disk_full(source: object, target: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("factcheck.files.os.replace", disk_full)  # os.replace everywhere: no vectors cached either
    result = runner.invoke(main, ["compare", "a.md", "b.md", "-o", "r.json", "--no-cache"])
    assert_one_line_error(result, "cannot write r.json: No space left on device")
    assert no_leftovers(story, "r.json") == []


def test_an_interrupted_write_leaves_the_old_report(
    runner: CliRunner, story: Path, fake_model: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    (story / "r.json").write_text("the previous report\n", encoding="utf-8")

    def interrupted(source: object, target: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("factcheck.files.os.replace", interrupted)
    result = runner.invoke(main, ["compare", "a.md", "b.md", "-o", "r.json"])
    assert result.exit_code == 130 and result.stderr == "factcheck: interrupted\n"
    assert (story / "r.json").read_text(encoding="utf-8") == "the previous report\n"
    assert no_leftovers(story, "r.json") == ["r.json"]


# --- signals, with a real process ----------------------------------------------------------------------------

# Runs the command line with the hashing embedder, and stops where a signal is to arrive: while the sources are
# encoded, or with the report written to its temporary file but not yet renamed. It says where it stopped on stderr.
STALLING = """
import os, sys, time
sys.path.insert(0, {tests!r})
from builders import HashingEmbedder
import factcheck.pipeline

def stall(where):
    print("stalled " + where, file=sys.stderr, flush=True)
    time.sleep(60)

class StallingEmbedder(HashingEmbedder):
    def encode(self, texts):
        if {phase!r} == "encoding":
            stall("encoding")
        return super().encode(texts)

real_replace = os.replace

def stalling_replace(source, target):
    stall("writing")
    real_replace(source, target)

os.replace = stalling_replace
factcheck.pipeline.SentenceEmbedder = lambda model=None, **options: StallingEmbedder()
from factcheck.cli import main
main(sys.argv[1:], prog_name="factcheck")
"""


def start(argv: list[str], cwd: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(argv, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_for(process: subprocess.Popen[str], line: str) -> None:
    """Read stderr until `line`; fails (and says why) if the process ends first."""
    assert process.stderr is not None
    for said in process.stderr:
        if said.strip() == line:
            return
    pytest.fail(f"the process ended (exit {process.wait()}) before saying {line!r}")


@pytest.fixture
def stopped() -> Iterator[list[subprocess.Popen[str]]]:
    """Processes a test started: killed if the test fails before they end."""
    processes: list[subprocess.Popen[str]] = []
    yield processes
    for process in processes:
        if process.poll() is None:
            process.kill()
            process.wait()


SIGNALS = [(signal.SIGTERM, 143, "factcheck: terminated"), (signal.SIGINT, 130, "factcheck: interrupted")]


@pytest.mark.parametrize("phase", ["encoding", "writing"])
@pytest.mark.parametrize(("signum", "code", "message"), SIGNALS, ids=["SIGTERM", "SIGINT"])
def test_a_signal_leaves_no_report_and_no_temporary_file(
    story: Path, stopped: list[subprocess.Popen[str]], phase: str, signum: int, code: int, message: str
) -> None:
    program = STALLING.format(tests=str(TESTS), phase=phase)
    # --no-cache: the stalled os.replace is the report's, not a cached vector's (tests/test_cache.py has those)
    process = start([sys.executable, "-c", program, "compare", "a.md", "b.md", "-o", "r.json", "--no-cache"], story)
    stopped.append(process)
    wait_for(process, f"stalled {phase}")
    if phase == "writing":
        assert [p.name for p in story.iterdir() if p.name.startswith(".r.json.")], "the temporary file is there"
    process.send_signal(signum)
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == code, stderr
    assert stderr.strip().splitlines() == [message]
    assert no_leftovers(story, "r.json") == []


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="needs /proc to see the model being loaded")
def test_sigterm_while_the_model_loads(story: Path, stopped: list[subprocess.Popen[str]]) -> None:
    """The real command (python -m factcheck) stopped while it imports torch and loads the model."""
    process = start([sys.executable, "-m", "factcheck", "compare", "a.md", "b.md", "-o", "r.json"], story)
    stopped.append(process)
    maps = Path(f"/proc/{process.pid}/maps")
    deadline = time.monotonic() + 60
    while process.poll() is None and "torch" not in maps.read_text(errors="replace") and time.monotonic() < deadline:
        time.sleep(0.05)
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 143, stderr
    assert stderr.strip().splitlines()[-1] == "factcheck: terminated"
    assert no_leftovers(story, "r.json") == []


def run_cli(argv: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(argv, cwd=cwd, capture_output=True, text=True, timeout=60, check=False)


@pytest.mark.parametrize("module", ["factcheck", "factcheck.cli"])
def test_python_dash_m_runs_the_command_line(story: Path, module: str) -> None:
    result = run_cli([sys.executable, "-m", module, "compare", "a.md"], story)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == "factcheck: error: compare needs at least two sources\n"


def _signalled_while_writing(
    story: Path, stopped: list[subprocess.Popen[str]], *signums: int
) -> tuple[str, subprocess.Popen[str]]:
    """A compare stalled while writing its report, sent `signums` again and again (every few milliseconds) until it
    ends: its stderr, and the process."""
    program = STALLING.format(tests=str(TESTS), phase="writing")
    process = start([sys.executable, "-c", program, "compare", "a.md", "b.md", "-o", "r.json", "--no-cache"], story)
    stopped.append(process)
    wait_for(process, "stalled writing")
    deadline = time.monotonic() + 20
    while process.poll() is None and time.monotonic() < deadline:
        for signum in signums:
            process.send_signal(signum)
        time.sleep(0.001)
    _, stderr = process.communicate(timeout=30)
    return stderr, process


@pytest.mark.parametrize(("signum", "code", "message"), SIGNALS, ids=["SIGTERM", "SIGINT"])
def test_a_signal_repeated_ends_the_run_as_cleanly_as_the_first(
    story: Path, stopped: list[subprocess.Popen[str]], signum: int, code: int, message: str
) -> None:
    """A supervisor that repeats its signal (every few milliseconds here) gets the same one line, never a
    traceback from the handler running again while the first signal unwinds."""
    stderr, process = _signalled_while_writing(story, stopped, signum)
    assert process.returncode == code, stderr
    assert stderr.strip().splitlines() == [message]
    assert no_leftovers(story, "r.json") == []


def test_a_sigint_and_a_sigterm_together_end_the_run_in_one_line(
    story: Path, stopped: list[subprocess.Popen[str]]
) -> None:
    """A SIGTERM right behind a SIGINT (a supervisor that escalates at once) is absorbed while the run unwinds,
    never "Signal 15 ignored due to race condition" in a traceback."""
    stderr, process = _signalled_while_writing(story, stopped, signal.SIGINT, signal.SIGTERM)
    assert (process.returncode, stderr.strip().splitlines()) in [
        (130, ["factcheck: interrupted"]),
        (143, ["factcheck: terminated"]),
    ], stderr
    assert no_leftovers(story, "r.json") == []
