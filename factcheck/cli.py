"""The command line: parse options, call the library, map errors to exit codes. Nothing else."""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import traceback
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from factcheck.errors import FactcheckError, InputError
from factcheck.files import check_writable, write_atomically
from factcheck.ingest import FETCH_TIMEOUT, MAX_BYTES, parse_date_option

if TYPE_CHECKING:
    from factcheck.align import Embedder
    from factcheck.config import Configuration
    from factcheck.fetch import PageFetcher
    from factcheck.models import Report, Source
    from factcheck.progress import Progress

F = TypeVar("F", bound=Callable[..., Any])


def _fail_on(value: str) -> float | None:
    """`any` (every contradiction fails), `never`, or a confidence from 0 to 1."""
    if value == "any":
        return 0.0
    if value == "never":
        return None
    try:
        threshold = float(value)
    except ValueError:
        raise InputError(f"--fail-on {value!r}: expected any, never or a confidence between 0 and 1") from None
    if not 0.0 <= threshold <= 1.0:
        raise InputError(f"--fail-on {value!r}: a confidence must lie between 0 and 1")
    return threshold


def _write_reports(report: Report, targets: list[tuple[str, Path]], *, quiet: bool = False) -> None:
    """Render each format once; files first (atomically), then stdout, so a failed write leaves stdout empty.

    Each file written is one line on stderr (unless `quiet`), so a run with -o says where its report went. The
    text report on a terminal is drawn with rich (tables, colour unless NO_COLOR); piped, it is plain text.
    """
    from factcheck.report import render
    from factcheck.report.text import shown_path

    rendered = {target_format: render(report, target_format) for target_format, _ in targets}
    for target_format, path in targets:
        if path != STDOUT:
            write_atomically(path, rendered[target_format])
            if not quiet:
                click.echo(f"factcheck: wrote the {target_format} report to {shown_path(str(path))}", err=True)
    for target_format, path in targets:
        if path == STDOUT and target_format == "text" and _stdout_is_terminal():
            from factcheck.report.terminal import console, print_report

            print_report(report, console())
        elif path == STDOUT:
            _print(rendered[target_format])


def _stdout_is_terminal() -> bool:
    return sys.stdout.isatty()


def _stderr_is_terminal() -> bool:
    return sys.stderr.isatty()


def _progress(quiet: bool) -> Progress:
    """Progress bars on stderr when it is a terminal and --quiet is not given; nothing otherwise."""
    from factcheck.progress import SILENT

    if quiet or not _stderr_is_terminal():
        return SILENT
    from factcheck.report.terminal import TerminalProgress, console

    return TerminalProgress(console(stderr=True))


def _warn(warnings: Iterable[str], quiet: bool) -> None:
    """Warnings on stderr, each once, unless --quiet (a report's stay in the report)."""
    if not quiet:
        for warning in dict.fromkeys(warnings):
            _say("warning", warning)


def _emit(text: str, output: Path | None) -> None:
    """Scores on stdout, or in `output` (atomically), saying where on stderr."""
    if output is None:
        _print(text)
    else:
        from factcheck.report.text import shown_path

        write_atomically(output, text)
        click.echo(f"factcheck: wrote the scores to {shown_path(str(output))}", err=True)


def _print(report: str) -> None:
    """A report on stdout. A path that is not valid UTF-8 (a file name in Latin-1, say) holds characters no
    encoder takes; it is written back as the bytes it was given as, as write_atomically does in a file."""
    try:
        click.echo(report, nl=False)
    except UnicodeEncodeError:  # raised before anything is written: the text is encoded whole
        click.echo(report.encode("utf-8", errors="surrogateescape"), nl=False)


# Exit codes of a run stopped by a signal, as a shell reports a process killed by one: 128 + the signal number.
EXIT_INTERRUPTED = 128 + signal.SIGINT
EXIT_TERMINATED = 128 + signal.SIGTERM


class Terminated(BaseException):
    """SIGTERM, raised where the program is, so that it unwinds like Ctrl-C: temporary files are removed."""


def _terminate(signum: int, frame: object) -> None:
    _ignore_stops()
    raise Terminated


def _interrupt(signum: int, frame: object) -> None:
    _ignore_stops()
    raise KeyboardInterrupt


def _ignore_stops() -> None:
    """From the first SIGINT or SIGTERM on, repeats are ignored: the run is already unwinding to its exit, and a
    second exception raised inside that unwinding would end it with a traceback instead of its one line."""
    for signum in (signal.SIGINT, signal.SIGTERM):
        # A handler that does nothing, not SIG_IGN: a signal already pending (a SIGTERM right behind a SIGINT) then
        # runs it, where under SIG_IGN Python raises "Signal 15 ignored due to race condition" mid-unwinding.
        signal.signal(signum, _ignored)


def _ignored(signum: int, frame: object) -> None:
    """A repeated stop signal, while the run unwinds to its exit."""


def _say(kind: str, message: object) -> None:
    """One line on stderr: a message can hold a path or an article's words, so no newline or control sequence."""
    from factcheck.report.text import clean

    click.echo(f"factcheck: {kind}: {clean(str(message))}", err=True)


def _run(debug: bool, action: Callable[[], int]) -> None:
    """Run a command body; errors become one line on stderr and exit 2 (a traceback with --debug).

    SIGINT exits 130 and SIGTERM 143, both unwinding through write_atomically, which removes its temporary file:
    an interrupted run leaves no half-written report behind. A repeated signal ends it the same way.
    """
    restore = _catch_signals()
    try:
        code = action()
    except KeyboardInterrupt:
        _stop("factcheck: interrupted", EXIT_INTERRUPTED)
    except Terminated:
        _stop("factcheck: terminated", EXIT_TERMINATED)
    except FactcheckError as exc:
        restore()
        if debug:
            traceback.print_exc()
        _say("error", exc)
        sys.exit(exc.exit_code)
    except Exception as exc:
        restore()
        if debug:
            traceback.print_exc()
        _say("internal error", f"{type(exc).__name__}: {exc} (run with --debug for details)")
        sys.exit(2)
    restore()
    sys.exit(code)


def _stop(message: str, code: int) -> None:
    """The end of a run stopped by a signal: one line, the exit code, and no handler left to raise again.

    Repeats are ignored outright (SIG_IGN) only now, with the unwinding done: Python hands its own handlers back to
    the system's default while it shuts down, so a repeat during the exit would otherwise kill the process."""
    _ignore_stops()
    click.echo(message, err=True)
    for signum in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(OSError):  # one already pending is ignored all the same
            signal.signal(signum, signal.SIG_IGN)
    sys.exit(code)


def _catch_signals() -> Callable[[], None]:
    """Turn SIGTERM into Terminated and SIGINT into KeyboardInterrupt for the run, each once; returns what puts
    the previous handlers back."""
    try:
        previous = {
            signal.SIGTERM: signal.signal(signal.SIGTERM, _terminate),
            signal.SIGINT: signal.signal(signal.SIGINT, _interrupt),
        }
    except ValueError:  # only the main thread may set handlers (the CLI can be driven from another thread)
        return lambda: None

    def restore() -> None:
        for signum, handler in previous.items():
            signal.signal(signum, signal.SIG_DFL if handler is None else handler)

    return restore


def _common(func: F) -> F:
    func = click.option(
        "--model",
        "model",
        type=click.Path(),
        default=None,
        help="Local sentence-transformers model folder (default: the packaged all-MiniLM-L6-v2).",
    )(func)
    func = click.option("--debug", is_flag=True, help="Show tracebacks on errors.")(func)
    return func


def _contradiction_fail_on(func: F) -> F:
    """--fail-on for compare and batch (check has its own: contradiction, unsupported, never)."""
    return click.option(
        "--fail-on",
        "fail_on",
        default="any",
        show_default=True,
        help="Exit 1 on contradictions: any, never, or those at or above a confidence (0-1).",
    )(func)


def _quiet(func: F) -> F:
    return click.option(
        "-q",
        "--quiet",
        is_flag=True,
        help="No progress bars and no warnings on stderr (warnings stay in the report); errors are still shown.",
    )(func)


def _cache_options(func: F) -> F:
    func = click.option(
        "--no-cache", is_flag=True, help="Neither read nor write cached sentence vectors; encode everything."
    )(func)
    func = click.option(
        "--cache-dir",
        type=click.Path(file_okay=False, path_type=Path),
        default=None,
        help="Folder for cached sentence vectors (default: $FACTCHECK_CACHE_DIR, else the user cache folder).",
    )(func)
    return func


def _fetch_timeout(func: F) -> F:
    return click.option(
        "--fetch-timeout",
        type=click.FloatRange(min=0, min_open=True),
        default=FETCH_TIMEOUT,
        show_default=True,
        metavar="SECONDS",
        help="How long to wait for a server when a source is a URL.",
    )(func)


def _source_lists(func: F) -> F:
    return click.option(
        "--sources",
        "source_lists",
        multiple=True,
        type=click.Path(dir_okay=False, path_type=Path),
        metavar="FILE",
        help="A file listing sources, one path or URL a line (# comments). Repeatable.",
    )(func)


def _max_bytes(func: F) -> F:
    return click.option(
        "--max-bytes",
        type=click.IntRange(min=1),
        default=MAX_BYTES,
        show_default=True,
        help="Largest source file (or fetched page) accepted.",
    )(func)


def _page_options(func: F) -> F:
    """--sources, --save-text and --fetch-timeout: sources listed in files, and web pages as sources."""
    func = _fetch_timeout(func)
    func = click.option(
        "--save-text",
        type=click.Path(file_okay=False, path_type=Path),
        default=None,
        metavar="DIR",
        help="Write the text read from each web page to DIR/<slug>.txt; SARIF and GitHub annotations point there.",
    )(func)
    return _source_lists(func)


def _listed(source_lists: tuple[Path, ...]) -> list[str]:
    from factcheck.pipeline import read_source_list

    return [entry for listed in source_lists for entry in read_source_list(listed)]


def _fetcher(cache_dir: Path | None, no_cache: bool, timeout: float, max_bytes: int) -> PageFetcher:
    from factcheck.fetch import PageFetcher

    return PageFetcher(_cache_dir(cache_dir, no_cache), timeout=timeout, max_bytes=max_bytes)


def _cache_dir(cache_dir: Path | None, no_cache: bool) -> Path | None:
    """Where vectors are cached, None with --no-cache: the only place FACTCHECK_CACHE_DIR is read."""
    from factcheck.cache import resolve_cache_dir

    return resolve_cache_dir(cache_dir, os.environ, enabled=not no_cache)


def _cache_warnings(embedder: Embedder) -> tuple[str, ...]:
    """What the vector cache had to say (a folder it cannot write to); nothing for an embedder without a cache."""
    return tuple(getattr(embedder, "warnings", ()))


class _Group(click.Group):
    """click's group, with usage errors reported as every other error is: one line on stderr, exit 2."""

    def main(  # type: ignore[override]
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, False, **extra)
        try:  # commands exit on their own, so only --help, --version and click's own errors come back here
            code = super().main(args, prog_name, complete_var, False, **extra)
        except click.exceptions.NoArgsIsHelpError as exc:
            exc.show()
            sys.exit(exc.exit_code)
        except click.ClickException as exc:
            context = getattr(exc, "ctx", None)
            hint = f" (see '{context.command_path} --help')" if context is not None else ""
            _say("error", exc.format_message().rstrip(".") + hint)
            sys.exit(exc.exit_code)
        except click.Abort:  # Ctrl-C or end of input while click itself was reading
            click.echo("factcheck: interrupted", err=True)
            sys.exit(EXIT_INTERRUPTED)
        sys.exit(code or 0)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="factcheck-news", prog_name="factcheck")
def main() -> None:
    """Check fact consistency across news sources: what they agree on, contradict, or say alone."""


def _report_options(func: F) -> F:
    """--format, -o and --fail-on: what compare, story add and story show write, and when they exit 1."""
    func = _contradiction_fail_on(func)
    func = click.option(
        "-o",
        "--output",
        "outputs",
        multiple=True,
        metavar="[FORMAT:]FILE",
        help="Write a report to FILE (atomically); repeatable: -o json:a.json -o markdown:a.md; FILE - is stdout.",
    )(func)
    func = click.option(
        "--format",
        "fmt",
        default=None,
        help="Report format: text (default), json, sarif, github, markdown or html; for stdout, or for -o FILE.",
    )(func)
    return func


def _report_targets(
    fmt: str | None, outputs: tuple[str, ...], fail_on: str
) -> tuple[float | None, list[tuple[str, Path]]]:
    """The --fail-on threshold, and each report to write: (format, file), stdout as `-`."""
    from factcheck.report import FORMATTERS

    threshold = _fail_on(fail_on)
    if fmt is not None and fmt not in FORMATTERS:
        raise InputError(f"--format {fmt!r}: expected one of {', '.join(sorted(FORMATTERS))}")
    return threshold, _outputs(outputs, fmt, sorted(FORMATTERS)) or [(fmt or "text", STDOUT)]


def _date_option(func: F) -> F:
    return click.option(
        "--date",
        "dates",
        multiple=True,
        metavar="FILE=YYYY-MM-DD",
        help="Publication date of a source, overriding its front matter or dateline. Repeatable.",
    )(func)


@main.command("compare")
@click.argument("files", nargs=-1, type=click.Path())
@_report_options
@_date_option
@_max_bytes
@_page_options
@_quiet
@_cache_options
@_common
def compare_command(
    files: tuple[str, ...],
    fmt: str | None,
    outputs: tuple[str, ...],
    fail_on: str,
    dates: tuple[str, ...],
    max_bytes: int,
    source_lists: tuple[Path, ...],
    save_text: Path | None,
    fetch_timeout: float,
    quiet: bool,
    cache_dir: Path | None,
    no_cache: bool,
    model: str | None,
    debug: bool,
) -> None:
    """Compare two or more articles on one story: text files, saved web pages or URLs.

    Exit codes: 0 no contradiction at or above --fail-on, 1 contradictions found, 2 usage or input error.
    """

    def action() -> int:
        from factcheck.pipeline import compare, model_embedder, save_texts

        threshold, targets = _report_targets(fmt, outputs, fail_on)
        paths = [*files, *_listed(source_lists)]
        if len(paths) < 2:
            raise InputError("compare needs at least two sources")
        _check_targets(targets, protected=paths)
        given_dates = dict(parse_date_option(d) for d in dates)
        progress = _progress(quiet)
        fetcher = _fetcher(cache_dir, no_cache, fetch_timeout, max_bytes)
        embedder = model_embedder(model, cache_dir=_cache_dir(cache_dir, no_cache), progress=progress)
        report = compare(
            paths, dates=given_dates, embedder=embedder, max_bytes=max_bytes, fetcher=fetcher, progress=progress
        )
        if save_text is not None:
            report = save_texts(report, save_text)
        _warn((*fetcher.warnings, *_cache_warnings(embedder), *report.warnings), quiet)
        _write_reports(report, targets, quiet=quiet)
        return report.exit_code(fail_on=threshold)

    _run(debug, action)


EXTENSION_FORMATS = {
    ".json": "json",
    ".sarif": "sarif",
    ".md": "markdown",
    ".txt": "text",
    ".html": "html",
    ".htm": "html",
}
STDOUT = Path("-")


def _outputs(values: tuple[str, ...], chosen_format: str | None, known: list[str]) -> list[tuple[str, Path]]:
    """`-o FORMAT:FILE`, or `-o FILE` in the --format given, else the format its extension names, else text.

    Repeatable; FILE `-` is stdout.
    """
    outputs: list[tuple[str, Path]] = []
    for value in values:
        fmt, sep, rest = value.partition(":")
        if sep and fmt in known and rest:
            outputs.append((fmt, Path(rest)))
            continue
        if sep and rest and fmt.isalpha() and len(fmt) > 1:  # a typo in a format must not become a file name
            raise InputError(
                f"-o {value}: unknown format {fmt!r}; expected one of {', '.join(known)} "
                f"(write ./{value} for a file of that name)"
            )
        path = Path(value)
        inferred = EXTENSION_FORMATS.get(path.suffix.lower())
        outputs.append((chosen_format or (inferred if inferred in known else None) or "text", path))
    named = [str(p) for _, p in outputs]
    for name in named:
        if named.count(name) > 1:
            raise InputError(f"{'stdout (-)' if name == str(STDOUT) else name} is named twice as an output")
    return outputs


def _settings_options(func: F) -> F:
    """The options that override a setting of the config file or the environment (--model comes with _common)."""
    func = click.option(
        "--baseline",
        type=click.Path(dir_okay=False),
        default=None,
        help="Baseline of accepted findings (from --write-baseline): they no longer fail; new ones still do.",
    )(func)
    func = click.option(
        "--max-bytes",
        type=click.IntRange(min=1),
        default=None,
        help=f"Largest file accepted. Default: {MAX_BYTES}.",
    )(func)
    func = click.option(
        "--min-confidence",
        type=click.FloatRange(0.0, 1.0),
        default=None,
        help="Leave out findings below this confidence (from the report and from --fail-on). Default: 0.",
    )(func)
    func = click.option(
        "--fail-on",
        "fail_on",
        type=click.Choice(["contradiction", "unsupported", "never"]),
        default=None,
        help="Exit 1 on contradicted claims, also on unsupported ones, or never. Default: contradiction.",
    )(func)
    return func


def _configuration(start: Path, **cli: object | None) -> Configuration:
    """The settings for a draft in `start`: the only place the process environment is handed to the library."""
    from factcheck.config import load_configuration

    return load_configuration(start=start, env=os.environ, cli=cli)


@main.command("check")
@click.argument("draft", type=click.Path(allow_dash=True))
@click.option(
    "--against",
    "against",
    multiple=True,
    type=click.Path(),
    help="A source (file, saved page or URL) to check the draft against. Repeatable; several may follow one --against.",
)
@click.argument("more_sources", nargs=-1, type=click.Path())
@click.option("--format", "fmt", default=None, help="Format for stdout or for -o FILE. Default: text.")
@click.option(
    "-o",
    "--output",
    "outputs",
    multiple=True,
    metavar="[FORMAT:]FILE",
    help="Write a report to FILE (atomically); FILE - is stdout. Repeatable: -o sarif:a.sarif -o github:-.",
)
@_settings_options
@click.option(
    "--write-baseline",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write the fingerprints of every contradicted and unsupported claim to this file, then judge by it.",
)
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when findings would fail; errors still exit 2.")
@click.option("--stdin-filename", default=None, help="The name to report for a draft read from standard input (-).")
@click.option(
    "--date",
    "dates",
    multiple=True,
    metavar="FILE=YYYY-MM-DD",
    help="Publication date of the draft or a source. Repeatable.",
)
@_page_options
@_quiet
@_cache_options
@_common
def check_command(
    draft: str,
    against: tuple[str, ...],
    more_sources: tuple[str, ...],
    fmt: str | None,
    outputs: tuple[str, ...],
    fail_on: str | None,
    min_confidence: float | None,
    max_bytes: int | None,
    baseline: str | None,
    write_baseline: Path | None,
    exit_zero: bool,
    stdin_filename: str | None,
    dates: tuple[str, ...],
    source_lists: tuple[Path, ...],
    save_text: Path | None,
    fetch_timeout: float,
    quiet: bool,
    cache_dir: Path | None,
    no_cache: bool,
    model: str | None,
    debug: bool,
) -> None:
    """Check every claim of a DRAFT against its sources: supported, contradicted or unsupported.

    Settings come from the command line, then FACTCHECK_* environment variables, then the first
    factcheck.toml or pyproject.toml [tool.factcheck] above the draft (see `factcheck config`).
    A `<!-- factcheck: ignore [RULE ...] -->` line in the draft suppresses findings in the paragraph below it.

    Exit codes: 0 nothing fails under --fail-on, 1 findings fail, 2 usage or input error.
    """

    def action() -> int:
        from factcheck.baseline import load_baseline
        from factcheck.ingest import source_from_bytes, too_large
        from factcheck.pipeline import check, model_embedder
        from factcheck.report import FORMATTERS
        from factcheck.report.text import shown_path

        start = Path(stdin_filename or "-").parent if draft == "-" else Path(draft).parent
        configuration = _configuration(
            start,
            fail_on=fail_on,
            min_confidence=min_confidence,
            format=fmt,
            model=model,
            max_bytes=max_bytes,
            baseline=baseline,
        )
        settings = configuration.settings
        chosen = None if configuration.origins["format"].kind == "default" else settings.format
        targets = _outputs(outputs, chosen, sorted(FORMATTERS)) or [(settings.format, STDOUT)]
        accepted = load_baseline(Path(settings.baseline)) if settings.baseline else None
        given_dates = dict(parse_date_option(d) for d in dates)
        against_all = [*against, *more_sources, *_listed(source_lists)]
        if not against_all:
            raise InputError("check needs sources to check the draft against: --against FILE or --sources LIST")
        fetcher = _fetcher(cache_dir, no_cache, fetch_timeout, settings.max_bytes)
        draft_given: str | Source = draft
        if draft == "-":
            name = stdin_filename or "<stdin>"
            raw = sys.stdin.buffer.read(settings.max_bytes + 1)
            if len(raw) > settings.max_bytes:
                raise InputError(too_large(name, settings.max_bytes))
            draft_given = source_from_bytes(raw, name, date=given_dates.pop(name, None))
        progress = _progress(quiet)
        embedder = model_embedder(settings.model, cache_dir=_cache_dir(cache_dir, no_cache), progress=progress)
        report = check(
            draft_given,
            against_all,
            dates=given_dates,
            embedder=embedder,
            max_bytes=settings.max_bytes,
            fetcher=fetcher,
            min_confidence=settings.min_confidence,
            baseline=accepted,
            baseline_name=str(settings.baseline),
            write_baseline=write_baseline,
            save_text=save_text,
            progress=progress,
        )
        if write_baseline is not None:
            written = f"{len(load_baseline(write_baseline).findings)} findings to {shown_path(str(write_baseline))}"
            click.echo(f"factcheck: wrote {written}", err=True)
        _warn((*fetcher.warnings, *_cache_warnings(embedder), *report.warnings), quiet)
        _write_reports(report, targets, quiet=quiet)
        return 0 if exit_zero else settings.exit_code(report)

    _run(debug, action)


@main.command("batch")
@click.argument("folder", type=click.Path(path_type=Path))
@click.option(
    "--output-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("factcheck-reports"),
    show_default=True,
    help="Folder for the reports, one per story: STORY.json (or the --format's extension).",
)
@click.option("--format", "fmt", default="json", show_default=True, help="Report format of each story.")
@_contradiction_fail_on
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes, each with its own model (default: the number of CPUs; 1: in this process).",
)
@click.option(
    "--engine",
    type=click.Choice(["processes", "dask"]),
    default="processes",
    show_default=True,
    help="Local worker processes, or an existing Dask cluster (needs --scheduler and factcheck-news[dask]).",
)
@click.option("--scheduler", metavar="ADDRESS", default=None, help="The Dask scheduler, e.g. tcp://10.0.0.5:8786.")
@click.option(
    "--summary",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="The summary on stdout: a table, or a JSON document.",
)
@click.option(
    "--max-bytes", type=click.IntRange(min=1), default=MAX_BYTES, show_default=True, help="Largest file accepted."
)
@_fetch_timeout
@_quiet
@_cache_options
@_common
def batch_command(
    folder: Path,
    output_dir: Path,
    fmt: str,
    fail_on: str,
    workers: int | None,
    engine: str,
    scheduler: str | None,
    summary: str,
    max_bytes: int,
    fetch_timeout: float,
    quiet: bool,
    cache_dir: Path | None,
    no_cache: bool,
    model: str | None,
    debug: bool,
) -> None:
    """Compare every story in FOLDER, one report each: its folders of two or more articles (.md, .txt, saved .html
    pages) and its STORY.sources files (one path or URL a line).

    Prints a summary (story, sources, contradictions, time, status) on stdout; a progress bar on stderr when it is
    a terminal. A story that fails is listed with its error and the others go on.

    Exit codes: 0 no contradiction at or above --fail-on, 1 contradictions found, 2 usage or input error, or a
    story that failed (its report is not written; the others are).
    """

    def action() -> int:
        from factcheck.batch import BatchOptions, batch_exit_code, discover_stories, render_summary, run_batch
        from factcheck.cache import named_cache_dir
        from factcheck.report import FORMATTERS

        threshold = _fail_on(fail_on)
        if fmt not in FORMATTERS:
            raise InputError(f"--format {fmt!r}: expected one of {', '.join(sorted(FORMATTERS))}")
        if scheduler is not None and engine != "dask":
            raise InputError("--scheduler goes with --engine dask")
        stories = discover_stories(folder, exclude=output_dir)
        options = BatchOptions(
            output_dir=output_dir,
            format=fmt,
            fail_on=threshold,
            model=model,
            cache=not no_cache,
            cache_dir=named_cache_dir(cache_dir, os.environ),  # None: each worker's own default
            max_bytes=max_bytes,
            fetch_timeout=fetch_timeout,
        )
        with _progress(quiet).stage("Comparing stories", total=len(stories)) as stage:
            results = run_batch(
                stories,
                options,
                workers=workers or os.cpu_count() or 1,
                engine="dask" if engine == "dask" else "processes",
                scheduler=scheduler,
                on_result=lambda result: stage.advance(),
            )
        _warn((warning for result in results for warning in result.warnings), quiet)
        _print(render_summary(results, summary))
        return batch_exit_code(results)

    _run(debug, action)


@main.command("config")
@click.argument("path", required=False, type=click.Path())
@_settings_options
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="How to print the configuration (not the report format setting).",
)
@_common
def config_command(
    path: str | None,
    fail_on: str | None,
    min_confidence: float | None,
    max_bytes: int | None,
    baseline: str | None,
    fmt: str,
    model: str | None,
    debug: bool,
) -> None:
    """Print the settings `check` would use for PATH (a draft or a folder; default: here) and where each comes from.

    Highest first: the command line, FACTCHECK_<KEY> environment variables, the first factcheck.toml (top-level
    keys) or pyproject.toml with [tool.factcheck] found walking up from PATH, the defaults.
    """

    def action() -> int:
        import json

        start = Path(path) if path else Path(".")
        configuration = _configuration(
            start, fail_on=fail_on, min_confidence=min_confidence, model=model, max_bytes=max_bytes, baseline=baseline
        )
        if fmt == "json":
            click.echo(json.dumps(configuration.document(), indent=2))
        else:
            click.echo(f"# config file: {configuration.file or 'none found'}")
            for line in configuration.lines():
                click.echo(line)
        return 0

    _run(debug, action)


@main.command("eval")
@click.argument("story", required=False, type=click.Path(path_type=Path))
@click.argument("gold", required=False, type=click.Path(path_type=Path))
@click.option(
    "--sources",
    "sources_dir",
    type=click.Path(path_type=Path),
    default=None,
    help="Folder of story folders, used when no STORY is given [default: sources, or sources/real with --realnews].",
)
@click.option(
    "--claims",
    "claims_dir",
    type=click.Path(path_type=Path),
    default=None,
    help="Folder of gold files (<story>.yaml), used when no STORY is given [default: claims, or claims/real].",
)
@click.option(
    "--realnews",
    is_flag=True,
    help="Score the real-news development set (manifests and gold; the texts are in --texts), per fact.",
)
@click.option(
    "--texts",
    "texts_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="With --realnews: the folder holding <story>/<slug>.txt for every manifest (see the README).",
)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write the scores to this file (atomically) instead of stdout.",
)
@click.option(
    "--summedits",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Score `check` on a SummEdits-format JSONL (doc, summary, label, edit_types) instead of the stories.",
)
@click.option(
    "--rule",
    default=None,
    help="With --summedits: the decision rule that calls a summary inconsistent (default: the documented one).",
)
@_common
def eval_command(
    story: Path | None,
    gold: Path | None,
    sources_dir: Path | None,
    claims_dir: Path | None,
    realnews: bool,
    texts_dir: Path | None,
    fmt: str,
    output: Path | None,
    summedits: Path | None,
    rule: str | None,
    model: str | None,
    debug: bool,
) -> None:
    """Score compare against gold annotations: per-field precision, recall and F1 of contradictions.

    With STORY and GOLD, one story; with neither, every claims/<story>.yaml against sources/<story>/.
    With --summedits FILE, score check on a SummEdits benchmark file: balanced accuracy, recall on
    inconsistent summaries, specificity on consistent ones, a row per edit type, time per pair.
    With --realnews --texts DIR, score the real-news development set per fact: recall of contradictions and
    the share of agreements and look-alikes (updates, scopes, forecasts, times) reported as contradictions.
    """

    def action() -> int:
        import json

        from factcheck.align import SentenceEmbedder
        from factcheck.evaluate import combine, discover_stories, evaluate_story, render_table, results_document
        from factcheck.gold import load_gold

        if summedits is not None:
            from factcheck.summedits import DEFAULT_RULE, decision_rule, render_summedits, run_summedits, summedits_json

            decision_rule(rule or DEFAULT_RULE)  # an unknown rule fails before the model loads
            if story is not None:
                raise InputError("give --summedits FILE or STORY GOLD, not both")
            result = run_summedits(summedits, model=model, rule=rule or DEFAULT_RULE)
            _emit(summedits_json(result) if fmt == "json" else render_summedits(result), output)
            return 0
        if rule is not None:
            raise InputError("--rule goes with --summedits")
        if realnews:
            from factcheck.realnews import evaluate_realnews, real_results_document, render_real_table

            if story is not None:
                raise InputError("give --realnews or STORY GOLD, not both")
            if texts_dir is None:
                raise InputError("--realnews needs --texts DIR, the folder of article texts (see the README)")
            real = evaluate_realnews(
                sources_dir or Path("sources/real"), claims_dir or Path("claims/real"), texts_dir, model=model
            )
            _emit(
                json.dumps(real_results_document(real), indent=2) + "\n" if fmt == "json" else render_real_table(real),
                output,
            )
            return 0
        if texts_dir is not None:
            raise InputError("--texts goes with --realnews")
        if (story is None) != (gold is None):
            raise InputError("give both STORY and GOLD, or neither to evaluate every story")
        if story is not None and gold is not None:
            if not story.is_dir():
                raise InputError(f"{story} is not a story folder")
            stories = [(story, load_gold(gold))]
        else:
            stories = discover_stories(sources_dir or Path("sources"), claims_dir or Path("claims"))
        embedder = SentenceEmbedder(model)
        results = [evaluate_story(path, annotations, embedder=embedder) for path, annotations in stories]
        if len(results) > 1:
            results.append(combine(results))
        if fmt == "json":
            _emit(json.dumps(results_document(results), indent=2) + "\n", output)
        else:
            _emit(render_table(results), output)
        return 0

    _run(debug, action)


# --- stories kept in a store --------------------------------------------------------------------------------------


def _store_option(func: F) -> F:
    return click.option(
        "--store",
        "store",
        default=None,
        metavar="PATH",
        help="The story store: a SQLite file or a postgresql:// URL (default: $FACTCHECK_STORE, else a file in the "
        "user data folder).",
    )(func)


def _check_targets(targets: list[tuple[str, Path]], *, protected: Sequence[str]) -> None:
    """Every report file can be written, and none of them is the store or an input: checked before the work, so a
    run that stores something also shows it, and never writes a report over what it read."""
    kept = {os.path.realpath(p) for p in protected if "://" not in p}
    for _, path in targets:
        if path == STDOUT:
            continue
        if os.path.realpath(path) in kept:
            raise InputError(f"-o {path}: that is an input of this run (the store or a source), not a report file")
        check_writable(path)


def _store_location(store: str | None) -> str:
    """The store --store names, else $FACTCHECK_STORE, else the file in the user data folder."""
    from factcheck.store import resolve_store

    return resolve_store(store, os.environ)


@main.group("story")
def story_group() -> None:
    """Stories kept in a store: add articles as they arrive, each checked against everything stored."""


@story_group.command("new")
@click.argument("name")
@_store_option
@click.option("--debug", is_flag=True, help="Show tracebacks on errors.")
def story_new_command(name: str, store: str | None, debug: bool) -> None:
    """Create an empty story NAME."""

    def action() -> int:
        from factcheck.story import new_story

        shown = new_story(name, store=_store_location(store))
        click.echo(f"factcheck: created story {name!r} in {shown}", err=True)
        return 0

    _run(debug, action)


@story_group.command("add")
@click.argument("name")
@click.argument("files", nargs=-1, type=click.Path())
@_report_options
@_date_option
@_max_bytes
@_source_lists
@_fetch_timeout
@_store_option
@_quiet
@_cache_options
@_common
def story_add_command(
    name: str,
    files: tuple[str, ...],
    fmt: str | None,
    outputs: tuple[str, ...],
    fail_on: str,
    dates: tuple[str, ...],
    max_bytes: int,
    source_lists: tuple[Path, ...],
    fetch_timeout: float,
    store: str | None,
    quiet: bool,
    cache_dir: Path | None,
    no_cache: bool,
    model: str | None,
    debug: bool,
) -> None:
    """Add articles (files, saved pages or URLs) to story NAME, and report what they agree with, contradict,
    update or state alone among everything the story holds. Only the new articles are read and encoded.

    Exit codes: 0 no contradiction at or above --fail-on, 1 contradictions found, 2 usage or input error.
    """

    def action() -> int:
        from factcheck.pipeline import model_embedder
        from factcheck.story import Story

        threshold, targets = _report_targets(fmt, outputs, fail_on)
        paths = [*files, *_listed(source_lists)]
        if not paths:
            raise InputError("story add needs at least one source")
        progress = _progress(quiet)
        fetcher = _fetcher(cache_dir, no_cache, fetch_timeout, max_bytes)
        embedder = model_embedder(model, cache_dir=_cache_dir(cache_dir, no_cache), progress=progress)
        given_dates = dict(parse_date_option(d) for d in dates)
        with Story.open(name, store=_store_location(store)) as story:
            _check_targets(targets, protected=[story.store.path, *paths])  # before anything is stored, not after
            result = story.add(
                paths,
                dates=given_dates,
                model=model,
                embedder=embedder,
                max_bytes=max_bytes,
                fetcher=fetcher,
                progress=progress,
            )
        for given, held in result.unchanged if not quiet else ():
            same = "" if given == held else f" (as {held})"
            dated = "; its stored date stands (remove it and add it again to change it)" if given in given_dates else ""
            click.echo(f"factcheck: {given} is already in story {name!r}{same}; nothing changed{dated}", err=True)
        if result.report is None:
            return 0
        if not quiet:
            added = f"{len(result.added)} source{'s' * (len(result.added) != 1)}"
            click.echo(f"factcheck: added {added} to story {name!r}, which now holds {result.sources}", err=True)
        _warn((*fetcher.warnings, *_cache_warnings(embedder), *result.report.warnings), quiet)
        _write_reports(result.report, targets, quiet=quiet)
        return result.report.exit_code(fail_on=threshold)

    _run(debug, action)


@story_group.command("show")
@click.argument("name")
@_report_options
@_store_option
@_quiet
@_cache_options
@_common
def story_show_command(
    name: str,
    fmt: str | None,
    outputs: tuple[str, ...],
    fail_on: str,
    store: str | None,
    quiet: bool,
    cache_dir: Path | None,
    no_cache: bool,
    model: str | None,
    debug: bool,
) -> None:
    """The report of the whole story NAME, as compare of all its articles gives it.

    Exit codes: 0 no contradiction at or above --fail-on, 1 contradictions found, 2 usage or input error.
    """

    def action() -> int:
        from factcheck.pipeline import model_embedder
        from factcheck.story import Story

        threshold, targets = _report_targets(fmt, outputs, fail_on)
        progress = _progress(quiet)
        embedder = model_embedder(model, cache_dir=_cache_dir(cache_dir, no_cache), progress=progress)
        with Story.open(name, store=_store_location(store)) as story:
            _check_targets(targets, protected=[story.store.path])
            report = story.report(model=model, embedder=embedder, progress=progress)
        _warn((*_cache_warnings(embedder), *report.warnings), quiet)
        _write_reports(report, targets, quiet=quiet)
        return report.exit_code(fail_on=threshold)

    _run(debug, action)


@story_group.command("list")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@_store_option
@click.option("--debug", is_flag=True, help="Show tracebacks on errors.")
def story_list_command(fmt: str, store: str | None, debug: bool) -> None:
    """The stories in the store, with how many sources each holds."""

    def action() -> int:
        import json

        from factcheck.story import list_stories

        stories = list_stories(store=_store_location(store))
        if fmt == "json":
            _print(json.dumps([s.model_dump(mode="json") for s in stories], indent=2, ensure_ascii=False) + "\n")
            return 0
        rows = [("story", "sources", "created", "last added")] + [
            (s.name, str(s.sources), s.created.date().isoformat(), s.updated.isoformat() if s.updated else "-")
            for s in stories
        ]
        widths = [max(len(row[k]) for row in rows) for k in range(4)]
        lines = ("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() for row in rows)
        _print("".join(line + "\n" for line in lines))
        return 0

    _run(debug, action)


@story_group.command("remove")
@click.argument("name")
@click.argument("source")
@_store_option
@click.option("--debug", is_flag=True, help="Show tracebacks on errors.")
def story_remove_command(name: str, source: str, store: str | None, debug: bool) -> None:
    """Take SOURCE (the path or URL it was added as) out of story NAME."""

    def action() -> int:
        from factcheck.story import Story

        with Story.open(name, store=_store_location(store)) as story:
            stored = story.remove(source)
        click.echo(f"factcheck: removed {stored} from story {name!r}", err=True)
        return 0

    _run(debug, action)


if __name__ == "__main__":  # pragma: no cover
    main()
