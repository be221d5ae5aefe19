"""A folder of story folders -> one report per story, compared in parallel worker processes or on a Dask cluster.

The sources are read here and sent to the workers, which compare them and send the rendered report back; reports
are written here, atomically. So workers need the model, not the files: a Dask cluster needs no shared disk. Each
worker process keeps one model (loaded on its first story) for every story it gets. A story that fails (a file
that cannot be read, one article only) is reported with its error and the other stories go on.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from factcheck.errors import FactcheckError, InputError
from factcheck.files import write_atomically
from factcheck.ingest import FETCH_TIMEOUT, MAX_BYTES

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

    from factcheck.align import Embedder
    from factcheck.models import Source

ARTICLE_SUFFIXES = (".md", ".txt", ".html", ".htm")
LIST_SUFFIX = ".sources"  # a story given as a list of its sources, one path or URL a line
REPORT_SUFFIXES = {
    "json": ".json",
    "sarif": ".sarif",
    "markdown": ".md",
    "text": ".txt",
    "github": ".github.txt",
    "html": ".html",
}
SCHEDULER_TIMEOUT = 10  # seconds to reach a Dask scheduler before giving up
EmbedderFactory = Callable[[], "Embedder"]
_Job = tuple[str, list["Source"], tuple[str, ...], "BatchOptions"]  # story, its sources, reading warnings, options


class BatchOptions(BaseModel):
    """How every story of a batch is compared and reported."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    output_dir: Path
    format: str = "json"
    fail_on: float | None = 0.0
    model: str | None = None
    cache: bool = True
    cache_dir: Path | None = Field(default=None, description="None: each worker's own user cache folder")
    max_bytes: int = MAX_BYTES
    fetch_timeout: float = Field(
        default=FETCH_TIMEOUT, gt=0, description="seconds to wait for a server, for URL sources"
    )


class StoryResult(BaseModel):
    """One line of a batch summary."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    story: str
    sources: int
    contradictions: int | None = None
    seconds: float
    status: Literal["clean", "contradictions", "failed"]
    exit_code: int
    error: str | None = None
    report: str | None = None
    warnings: tuple[str, ...] = ()


class _Compared(BaseModel):
    """What a worker sends back: the rendered report, or the error that stopped the story."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    story: str
    text: str | None = None
    contradictions: int = 0
    exit_code: int = 0
    error: str | None = None
    seconds: float = 0.0
    warnings: tuple[str, ...] = ()


def discover_stories(folder: Path, *, exclude: Path | None = None) -> list[Path]:
    """The stories of `folder`, in name order: its subfolders that are not hidden (and not `exclude`), and its
    `<story>.sources` files, each listing the paths and URLs of one story's sources."""
    if not folder.is_dir():
        raise InputError(f"{folder} is not a folder of story folders")
    skipped = exclude.resolve() if exclude is not None else None
    stories = sorted(
        (
            p
            for p in folder.iterdir()
            if not p.name.startswith(".")
            and p.resolve() != skipped
            and (p.is_dir() or (p.suffix == LIST_SUFFIX and p.is_file()))
        ),
        key=story_name,
    )
    names = [story_name(p) for p in stories]
    twice = next((name for name in names if names.count(name) > 1), None)
    if twice is not None:
        raise InputError(f"{folder} holds both a folder and a list for the story {twice}")
    if not stories:
        loose = any(p.suffix in ARTICLE_SUFFIXES for p in folder.iterdir() if p.is_file())
        hint = f" (it holds articles: compare them with factcheck compare {folder}/*)" if loose else ""
        raise InputError(f"{folder} holds no story folders{hint}")
    return stories


def story_name(story: Path) -> str:
    """A story folder's name, or a list file's name without `.sources`."""
    return story.name.removesuffix(LIST_SUFFIX) if story.suffix == LIST_SUFFIX else story.name


def story_articles(story: Path) -> list[str]:
    """The articles of a story: a folder's .md, .txt and .html files that are not hidden, in name order, or the
    paths and URLs a list file names."""
    if story.suffix == LIST_SUFFIX and story.is_file():
        from factcheck.pipeline import read_source_list

        return read_source_list(story)
    return [
        str(p) for p in sorted(story.iterdir()) if p.suffix.lower() in ARTICLE_SUFFIXES and not p.name.startswith(".")
    ]


def report_path(story: Path, options: BatchOptions) -> Path:
    return options.output_dir / f"{story_name(story)}{REPORT_SUFFIXES.get(options.format, '.' + options.format)}"


def run_batch(
    stories: Sequence[Path],
    options: BatchOptions,
    *,
    workers: int = 1,
    engine: Literal["processes", "dask"] = "processes",
    scheduler: str | None = None,
    embedder: EmbedderFactory | None = None,
    on_result: Callable[[StoryResult], None] | None = None,
) -> list[StoryResult]:
    """Compare every story and write its report; the summary rows, in story order.

    `workers` 1 compares in this process; more start that many worker processes. `engine` "dask" submits the
    stories to the Dask scheduler at `scheduler` instead. `embedder` makes the embedder of each worker (default:
    the model of `options`, behind its cache); it must be picklable for worker processes and Dask.
    """
    if engine == "dask" and not scheduler:
        raise InputError("--engine dask needs --scheduler ADDRESS")
    client = _dask_client(str(scheduler)) if engine == "dask" else None
    _make_folder(options.output_dir)
    factory = embedder or _ModelFactory(options.model, options.cache_dir, options.cache)
    by_name = {story_name(story): story for story in stories}
    results: dict[str, StoryResult] = {}
    counts: dict[str, int] = {}
    jobs: list[_Job] = []
    for story in stories:
        name = story_name(story)
        read: tuple[list[Source], list[str]] | str
        try:
            articles = story_articles(story)
        except FactcheckError as exc:
            articles, read = [], str(exc)
        else:
            read = _read_story(story, articles, options)
        counts[name] = len(articles)
        if isinstance(read, str):
            failed = _Compared(story=name, error=read)
            results[name] = _finish(story, failed, len(articles), options, on_result)
        else:
            sources, warnings = read
            jobs.append((name, sources, tuple(warnings), options))
    if client is not None:
        outcomes = _on_dask(client, jobs, factory)
    elif workers > 1 and len(jobs) > 1:
        outcomes = _in_processes(jobs, factory, min(workers, len(jobs)))
    else:
        outcomes = (_compare_story(*job, factory) for job in jobs)
    for compared in outcomes:
        story = by_name[compared.story]
        results[compared.story] = _finish(story, compared, counts[compared.story], options, on_result)
    return [results[story_name(story)] for story in stories]


def render_summary(results: Sequence[StoryResult], fmt: str = "text") -> str:
    """The summary of a batch: a table (story, sources, contradictions, time, status), or JSON."""
    if fmt == "json":
        import json

        rows = [r.model_dump(mode="json") for r in results]
        return json.dumps({"stories": rows, "exit_code": batch_exit_code(results)}, indent=2) + "\n"
    from factcheck.report.text import clean

    names = [clean(r.story) for r in results]  # folder names and errors can hold control characters
    width = max([len("story"), *map(len, names)])
    lines = [f"{'story':<{width}}  sources  contradictions     time  status"]
    for name, r in zip(names, results, strict=True):
        found = "-" if r.contradictions is None else str(r.contradictions)
        status = f"failed: {clean(r.error)}" if r.error else r.status
        lines.append(f"{name:<{width}}  {r.sources:>7}  {found:>14}  {r.seconds:>6.1f}s  {status}")
    failed = sum(r.status == "failed" for r in results)
    flagged = sum(r.status == "contradictions" for r in results)
    lines.append(f"{len(results)} stories: {flagged} with contradictions, {failed} failed")
    return "\n".join(lines) + "\n"


def batch_exit_code(results: Sequence[StoryResult]) -> int:
    """2 when a story failed, else 1 when one has contradictions at or above --fail-on, else 0."""
    return max((r.exit_code for r in results), default=0)


def _make_folder(folder: Path) -> None:
    """The report folder, made before any story is compared; an error names it if it cannot be."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"cannot create the report folder {folder}: {exc.strerror or exc}") from exc


def _read_story(story: Path, articles: list[str], options: BatchOptions) -> tuple[list[Source], list[str]] | str:
    """The sources of a story and the warnings reading them gave, or why they cannot be compared."""
    from factcheck.cache import default_cache_dir
    from factcheck.fetch import PageFetcher
    from factcheck.pipeline import load_sources

    if len(articles) < 2:
        return f"a story needs at least two articles (.md, .txt, .html or URLs); {story} has {len(articles)}"
    warnings: list[str] = []
    try:
        pages = (options.cache_dir or default_cache_dir()) if options.cache else None
        fetcher = PageFetcher(pages, timeout=options.fetch_timeout, max_bytes=options.max_bytes)
        sources = load_sources(articles, max_bytes=options.max_bytes, warnings=warnings, fetcher=fetcher)
        return sources, [*fetcher.warnings, *warnings]
    except FactcheckError as exc:
        return str(exc)


def _finish(
    story: Path,
    compared: _Compared,
    sources: int,
    options: BatchOptions,
    on_result: Callable[[StoryResult], None] | None,
) -> StoryResult:
    """Write the story's report (atomically) and make its summary row."""
    error, report = compared.error, None
    if error is None and compared.text is not None:
        target = report_path(story, options)
        try:
            write_atomically(target, compared.text)
            report = str(target)
        except FactcheckError as exc:
            error = str(exc)
    if error is not None:
        result = StoryResult(
            story=story_name(story),
            sources=sources,
            seconds=round(compared.seconds, 3),
            status="failed",
            exit_code=2,
            error=error,
        )
    else:
        status: Literal["clean", "contradictions"] = "contradictions" if compared.contradictions else "clean"
        result = StoryResult(
            story=story_name(story),
            sources=sources,
            contradictions=compared.contradictions,
            seconds=round(compared.seconds, 3),
            status=status,
            exit_code=compared.exit_code,
            report=report,
            warnings=compared.warnings,
        )
    if on_result is not None:
        on_result(result)
    return result


def _compare_story(
    name: str, sources: list[Source], warnings: tuple[str, ...], options: BatchOptions, factory: EmbedderFactory
) -> _Compared:
    """A worker's job: compare one story's sources (as compare does, warnings included) and render its report."""
    from factcheck.models import Verdict
    from factcheck.pipeline import compare_sources
    from factcheck.report import render

    start = time.perf_counter()
    embedder = _process_embedder(factory)
    said = len(embedder.warnings)
    try:
        report = compare_sources(sources, embedder=embedder, warnings=warnings)
        text = render(report, options.format)
    except FactcheckError as exc:
        return _Compared(story=name, error=str(exc), seconds=time.perf_counter() - start)
    except Exception as exc:  # one story's fault must not stop the others: it is reported with its story
        error = f"internal error: {type(exc).__name__}: {exc}"
        return _Compared(story=name, error=error, seconds=time.perf_counter() - start)
    contradictions = sum(f.verdict is Verdict.CONTRADICTION for f in report.findings)
    return _Compared(
        story=name,
        text=text,
        contradictions=contradictions,
        exit_code=report.exit_code(fail_on=options.fail_on),
        seconds=time.perf_counter() - start,
        warnings=tuple(embedder.warnings[said:]),
    )


class _ModelFactory:
    """The model of a batch, behind its cache: picklable, and equal for equal settings (one model per process).

    Without a named cache folder each worker uses its own user's cache folder, which on another machine of a
    Dask cluster is not the one the batch was started from.
    """

    def __init__(self, model: str | None, cache_dir: Path | None, cache: bool) -> None:
        self.settings = (model, cache_dir, cache)

    def __call__(self) -> Embedder:
        from factcheck.cache import default_cache_dir
        from factcheck.pipeline import model_embedder

        model, cache_dir, cache = self.settings
        return model_embedder(model, cache_dir=(cache_dir or default_cache_dir()) if cache else None)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _ModelFactory) and self.settings == other.settings

    def __hash__(self) -> int:
        return hash(self.settings)


@lru_cache(maxsize=4)
def _process_embedder(factory: EmbedderFactory) -> _OneAtATime:
    """The one embedder of this process for `factory`, loaded once, encoding one batch at a time."""
    return _OneAtATime(factory())


class _OneAtATime:
    """An embedder shared by a worker's threads (Dask runs several): one encodes at a time, each on every core."""

    def __init__(self, embedder: Embedder) -> None:
        self.embedder = embedder
        self.lock = threading.Lock()

    @property
    def warnings(self) -> list[str]:
        """What the embedder (the cache) had to say, such as a folder it cannot write to."""
        return list(getattr(self.embedder, "warnings", ()))

    def encode(self, texts: Sequence[str]) -> NDArray[np.float32]:
        with self.lock:
            return self.embedder.encode(texts)


def _worker_start(threads: int) -> None:
    """Each worker process: its share of the cores for the model's threads, unless the user set them; Ctrl-C is
    the parent's to handle."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for variable in ("OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(variable, str(threads))


def _in_processes(jobs: list[_Job], factory: EmbedderFactory, workers: int) -> Iterator[_Compared]:
    import multiprocessing

    threads = max(1, (os.cpu_count() or 1) // workers)
    context = multiprocessing.get_context("spawn")  # no fork of a process that may hold threads
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_worker_start, initargs=(threads,))
    try:
        futures = [pool.submit(_compare_story, *job, factory) for job in jobs]
        for future in as_completed(futures):
            yield future.result()
    finally:  # Ctrl-C or an error here: no new stories start
        pool.shutdown(wait=True, cancel_futures=True)


def _dask_client(scheduler: str) -> Any:
    """A client of the Dask scheduler at `scheduler`, made before any story is read or any folder made."""
    try:
        from distributed import Client
    except ImportError:
        raise InputError("--engine dask needs dask.distributed: pip install 'factcheck-news[dask]'") from None
    try:
        return Client(scheduler, timeout=SCHEDULER_TIMEOUT, set_as_default=False)  # type: ignore[no-untyped-call]
    except (OSError, TimeoutError, ValueError) as exc:
        raise InputError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc


def _on_dask(client: Any, jobs: list[_Job], factory: EmbedderFactory) -> Iterator[_Compared]:
    from distributed import as_completed as dask_completed

    try:
        futures = [
            client.submit(_compare_story, *job, factory, key=f"factcheck-{job[0]}-{n}", pure=False)
            for n, job in enumerate(jobs)
        ]
        for future in dask_completed(futures, loop=client.loop):  # type: ignore[no-untyped-call]
            yield future.result()
    finally:
        client.close()
