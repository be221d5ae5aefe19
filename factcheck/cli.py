"""The command line: parse options, call the library, map errors to exit codes. Nothing else."""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from factcheck.errors import FactcheckError, InputError
from factcheck.ingest import MAX_BYTES, parse_date_option

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


def write_atomically(path: Path, text: str) -> None:
    """Write to a temporary file beside `path`, then rename: readers never see half a report."""
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise InputError(f"cannot write {path}: {directory} is not a directory")
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)  # mkstemp makes 0600; a report is an ordinary file
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _emit(text: str, output: Path | None) -> None:
    if output is None:
        click.echo(text, nl=False)
    else:
        write_atomically(output, text)


def _run(debug: bool, action: Callable[[], int]) -> None:
    """Run a command body; errors become one line on stderr and exit 2 (a traceback with --debug)."""
    try:
        code = action()
    except FactcheckError as exc:
        if debug:
            traceback.print_exc()
        click.echo(f"factcheck: error: {exc}", err=True)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        click.echo("factcheck: interrupted", err=True)
        sys.exit(130)
    except Exception as exc:
        if debug:
            traceback.print_exc()
        click.echo(f"factcheck: internal error: {type(exc).__name__}: {exc} (run with --debug for details)", err=True)
        sys.exit(2)
    sys.exit(code)


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


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="factcheck-news", prog_name="factcheck")
def main() -> None:
    """Check fact consistency across news sources: what they agree on, contradict, or say alone."""


@main.command("compare")
@click.argument("files", nargs=-1, required=True, type=click.Path())
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True, help="Report format."
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write the report to this file (atomically) instead of stdout.",
)
@click.option(
    "--fail-on",
    "fail_on",
    default="any",
    show_default=True,
    help="Exit 1 on contradictions: any, never, or those at or above a confidence (0-1).",
)
@click.option(
    "--date",
    "dates",
    multiple=True,
    metavar="FILE=YYYY-MM-DD",
    help="Publication date of a source, overriding its front matter or dateline. Repeatable.",
)
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=MAX_BYTES,
    show_default=True,
    help="Largest source file accepted.",
)
@_common
def compare_command(
    files: tuple[str, ...],
    fmt: str,
    output: Path | None,
    fail_on: str,
    dates: tuple[str, ...],
    max_bytes: int,
    model: str | None,
    debug: bool,
) -> None:
    """Compare two or more articles on one story.

    Exit codes: 0 no contradiction at or above --fail-on, 1 contradictions found, 2 usage or input error.
    """

    def action() -> int:
        from factcheck.pipeline import compare
        from factcheck.report import render

        threshold = _fail_on(fail_on)
        if len(files) < 2:
            raise InputError("compare needs at least two sources")
        given_dates = dict(parse_date_option(d) for d in dates)
        report = compare(list(files), dates=given_dates, model=model, max_bytes=max_bytes)
        for warning in report.warnings:
            click.echo(f"factcheck: warning: {warning}", err=True)
        _emit(render(report, fmt), output)
        return report.exit_code(fail_on=threshold)

    _run(debug, action)


EXTENSION_FORMATS = {".json": "json", ".sarif": "sarif", ".md": "markdown", ".txt": "text"}


def _outputs(values: tuple[str, ...], default_format: str, known: list[str]) -> list[tuple[str, Path]]:
    """`-o FILE` (format from --format, else from the extension) or `-o FORMAT:FILE`, repeatable."""
    outputs: list[tuple[str, Path]] = []
    for value in values:
        fmt, sep, rest = value.partition(":")
        if sep and fmt in known and rest:
            outputs.append((fmt, Path(rest)))
            continue
        path = Path(value)
        inferred = EXTENSION_FORMATS.get(path.suffix.lower())
        outputs.append((inferred if inferred in known and len(values) > 1 else default_format, path))
    paths = [str(p) for _, p in outputs]
    if len(set(paths)) != len(paths):
        raise InputError("the same output file is named twice")
    return outputs


@main.command("check")
@click.argument("draft", type=click.Path(allow_dash=True))
@click.option(
    "--against",
    "against",
    multiple=True,
    required=True,
    type=click.Path(),
    help="A source to check the draft against. Repeatable; several paths may follow one --against.",
)
@click.argument("more_sources", nargs=-1, type=click.Path())
@click.option("--format", "fmt", default="text", show_default=True, help="Format for stdout or for -o FILE.")
@click.option(
    "-o",
    "--output",
    "outputs",
    multiple=True,
    metavar="[FORMAT:]FILE",
    help="Write a report to FILE (atomically). Repeatable: -o sarif:a.sarif -o json:a.json.",
)
@click.option(
    "--fail-on",
    "fail_on",
    type=click.Choice(["contradiction", "unsupported", "never"]),
    default="contradiction",
    show_default=True,
    help="Exit 1 on contradicted claims, also on unsupported ones, or never.",
)
@click.option(
    "--min-confidence",
    type=click.FloatRange(0.0, 1.0),
    default=0.0,
    show_default=True,
    help="Leave out findings below this confidence (from the report and from --fail-on).",
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
@click.option(
    "--max-bytes", type=click.IntRange(min=1), default=MAX_BYTES, show_default=True, help="Largest file accepted."
)
@_common
def check_command(
    draft: str,
    against: tuple[str, ...],
    more_sources: tuple[str, ...],
    fmt: str,
    outputs: tuple[str, ...],
    fail_on: str,
    min_confidence: float,
    exit_zero: bool,
    stdin_filename: str | None,
    dates: tuple[str, ...],
    max_bytes: int,
    model: str | None,
    debug: bool,
) -> None:
    """Check every claim of a DRAFT against its sources: supported, contradicted or unsupported.

    Exit codes: 0 nothing fails under --fail-on, 1 findings fail, 2 usage or input error.
    """

    def action() -> int:
        from factcheck.align import SentenceEmbedder
        from factcheck.ingest import source_from_bytes
        from factcheck.pipeline import check_sources, load_sources
        from factcheck.report import FORMATTERS, render

        known = sorted(FORMATTERS)
        if fmt not in FORMATTERS:
            raise InputError(f"--format {fmt!r}: expected one of {', '.join(known)}")
        targets = _outputs(outputs, fmt, known)
        given_dates = dict(parse_date_option(d) for d in dates)
        warnings: list[str] = []
        if draft == "-":
            name = stdin_filename or "<stdin>"
            raw = sys.stdin.buffer.read()
            draft_source = source_from_bytes(raw, name, date=given_dates.pop(name, None), warnings=warnings)
        else:
            [draft_source] = load_sources(
                [draft],
                dates={k: v for k, v in given_dates.items() if k == draft},
                max_bytes=max_bytes,
                warnings=warnings,
            )
            given_dates.pop(draft, None)
        sources = load_sources([*against, *more_sources], dates=given_dates, max_bytes=max_bytes, warnings=warnings)
        report = check_sources(draft_source, sources, embedder=SentenceEmbedder(model), warnings=warnings)
        report = report.model_copy(
            update={"findings": tuple(f for f in report.findings if f.confidence >= min_confidence)}
        )
        for warning in report.warnings:
            click.echo(f"factcheck: warning: {warning}", err=True)
        rendered = {f: render(report, f) for f in {f for f, _ in targets} | ({fmt} if not targets else set())}
        for target_format, path in targets:
            write_atomically(path, rendered[target_format])
        if not targets:
            click.echo(rendered[fmt], nl=False)
        code = report.exit_code(fail_on=None if fail_on == "never" else 0.0, unsupported=fail_on == "unsupported")
        return 0 if exit_zero else code

    _run(debug, action)


@main.command("eval")
@click.argument("story", required=False, type=click.Path(path_type=Path))
@click.argument("gold", required=False, type=click.Path(path_type=Path))
@click.option(
    "--sources",
    "sources_dir",
    type=click.Path(path_type=Path),
    default=Path("sources"),
    show_default=True,
    help="Folder of story folders, used when no STORY is given.",
)
@click.option(
    "--claims",
    "claims_dir",
    type=click.Path(path_type=Path),
    default=Path("claims"),
    show_default=True,
    help="Folder of gold files (<story>.yaml), used when no STORY is given.",
)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write the scores to this file (atomically) instead of stdout.",
)
@_common
def eval_command(
    story: Path | None,
    gold: Path | None,
    sources_dir: Path,
    claims_dir: Path,
    fmt: str,
    output: Path | None,
    model: str | None,
    debug: bool,
) -> None:
    """Score compare against gold annotations: per-field precision, recall and F1 of contradictions.

    With STORY and GOLD, one story; with neither, every claims/<story>.yaml against sources/<story>/.
    """

    def action() -> int:
        import json

        from factcheck.align import SentenceEmbedder
        from factcheck.evaluate import combine, discover_stories, evaluate_story, render_table, results_document
        from factcheck.gold import load_gold

        if (story is None) != (gold is None):
            raise InputError("give both STORY and GOLD, or neither to evaluate every story")
        if story is not None and gold is not None:
            if not story.is_dir():
                raise InputError(f"{story} is not a story folder")
            stories = [(story, load_gold(gold))]
        else:
            stories = discover_stories(sources_dir, claims_dir)
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


if __name__ == "__main__":  # pragma: no cover
    main()
