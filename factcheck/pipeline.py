"""The whole compare pipeline, stage by stage: ingest, segment, extract, align, compare."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from urllib.parse import urlsplit

from factcheck.align import Embedder, SentenceEmbedder, align
from factcheck.baseline import Baseline, baseline_from_report, render_baseline
from factcheck.compare import check_findings, check_order, compare_groups, finding_order
from factcheck.errors import InputError
from factcheck.extract import SourceText, build_actor_index, date_by_reports, extract_claims
from factcheck.fetch import HTML_TYPES, PageFetcher, is_url, same_page
from factcheck.files import write_atomically
from factcheck.ingest import MAX_BYTES, date_by_story, read_source, source_from_bytes
from factcheck.models import Claim, Report, Source, SourceSummary
from factcheck.names import name_findings
from factcheck.progress import SILENT, Progress
from factcheck.segment import split_sentences
from factcheck.suppress import suppress_baselined, suppress_inline
from factcheck.wording import wording_findings


def load_sources(
    paths: Sequence[str | Path],
    *,
    dates: Mapping[str, dt.date] | None = None,
    max_bytes: int = MAX_BYTES,
    warnings: list[str] | None = None,
    fetcher: PageFetcher | None = None,
) -> list[Source]:
    """Read every path or URL; `dates` maps a path as given to a publication date that overrides the file's.

    URLs are fetched with `fetcher` (by default one with no cache), every one before any is read.
    """
    dates = dict(dates or {})
    given = [str(p) for p in paths]
    unknown = sorted(set(dates) - set(given))
    if unknown:
        raise InputError(f"--date names {unknown[0]}, which is not one of the sources")
    if len({same_page(p) if is_url(p) else p for p in given}) != len(given):
        raise InputError("the same source is given twice")
    sources: list[Source] = []
    said: dict[str, list[str]] = {}
    fetcher = fetcher or PageFetcher(max_bytes=max_bytes)
    pages = {url: fetcher.fetch(url) for url in given if is_url(url)}
    for path in given:
        said[path] = []
        if path in pages:
            page = pages[path]
            source = source_from_bytes(
                page.body,
                path,
                date=dates.get(path),
                url=page.final_url,
                charset=page.charset,
                html=page.content_type in HTML_TYPES,
                warnings=said[path],
            )
        else:
            source = read_source(
                Path(path), given_as=path, date=dates.get(path), max_bytes=max_bytes, warnings=said[path]
            )
        sources.append(source)
    if warnings is not None:  # in the order of the paths, like everything else a report lists: not as given
        warnings.extend(warning for path in sorted(given) for warning in said[path])
    return sources


def read_source_list(path: Path) -> list[str]:
    """The sources a list file names, one path or URL a line; blank lines and `#` comments are skipped, and a
    relative path is taken from the list's own folder."""
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except FileNotFoundError as exc:
        raise InputError(f"{path} does not exist") from exc
    except UnicodeDecodeError as exc:
        raise InputError(f"{path} is not a UTF-8 list of sources") from exc
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc
    entries = [line.split(" #", 1)[0].strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
    if not entries:
        raise InputError(f"{path} lists no sources")
    return [entry if is_url(entry) or Path(entry).is_absolute() else str(path.parent / entry) for entry in entries]


def save_texts(report: Report, folder: Path) -> Report:
    """Write the text read from each web page of `report` (its sources and a check's draft) to `folder`/<slug>.txt,
    and name that file in the report, so that SARIF and GitHub annotations point at a file whose characters the
    offsets count.

    Every file is written to a temporary name first and renamed only once all are written, so a failure leaves no
    partial set.
    """
    summaries = [*report.sources, *([report.draft_source] if report.draft_source else [])]
    pages = [s for s in summaries if s.read_as == "html" and s.text is not None]
    names = _slugs([s.path for s in pages])
    targets = {s.path: folder / f"{names[s.path]}.txt" for s in pages}
    staged: list[tuple[Path, Path]] = []
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for source in pages:
            target = targets[source.path]
            if target.is_dir():
                raise IsADirectoryError(21, "Is a directory", str(target))
            temporary = folder / f".{target.name}.tmp"
            staged.append((temporary, target))
            temporary.write_text(source.text or "", encoding="utf-8", newline="")
        for temporary, target in staged:
            temporary.replace(target)
    except OSError as exc:
        for temporary, _ in staged:
            temporary.unlink(missing_ok=True)
        raise InputError(f"--save-text {folder}: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": ")) from exc

    def named(summary: SourceSummary) -> SourceSummary:
        saved = targets.get(summary.path)
        return summary.model_copy(update={"text_file": str(saved)}) if saved else summary

    return report.model_copy(
        update={
            "sources": tuple(named(s) for s in report.sources),
            "draft_source": named(report.draft_source) if report.draft_source else None,
        }
    )


def _slugs(paths: Sequence[str]) -> dict[str, str]:
    """A file name for each path or URL: its last path segment without extension, made safe, unique."""
    taken: set[str] = set()
    names = {}
    for path in paths:
        if is_url(path):
            parts = urlsplit(path)
            segments = [seg for seg in parts.path.split("/") if seg]
            stem = Path(segments[-1]).stem if segments else parts.hostname or "page"
        else:
            stem = Path(path).stem
        base = re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-")[:80] or "page"
        name, number = base, 2
        while name in taken:
            name, number = f"{base}-{number}", number + 1
        taken.add(name)
        names[path] = name
    return names


def read_texts(sources: Sequence[Source], progress: Progress = SILENT) -> list[SourceText]:
    """Every source with its sentences."""
    with progress.stage("Reading sentences", total=len(sources)) as stage:
        texts = []
        for source in sources:
            texts.append(SourceText(source, split_sentences(source)))
            stage.advance()
    return texts


def claims_of(sources: Sequence[Source], progress: Progress = SILENT) -> list[Claim]:
    """Every claim of every source, aliases resolved across all of them."""
    return claims_of_texts(read_texts(sources, progress), progress)


def claims_of_texts(texts: Sequence[SourceText], progress: Progress = SILENT) -> list[Claim]:
    """Every claim of sources already split into sentences, aliases resolved across all of them."""
    index = build_actor_index(texts)
    with progress.stage("Extracting claims", total=len(texts)) as stage:
        claims = []
        for text in texts:
            claims.extend(extract_claims(text, index))
            stage.advance()
    return claims


def dated_in_order(sources: Sequence[Source]) -> list[Source]:
    """The sources as compare reads them: dated by their story where they have no date, sorted by path (the order
    given never changes a report)."""
    return sorted(date_by_story(sources), key=lambda s: s.path)


def compare_sources(
    sources: Sequence[Source], *, embedder: Embedder, warnings: Sequence[str] = (), progress: Progress = SILENT
) -> Report:
    """Findings for already-read sources."""
    if len(sources) < 2:
        raise InputError("compare needs at least two sources")
    ordered = dated_in_order(sources)
    return compare_claims(
        ordered, claims_of(ordered, progress), embedder=embedder, warnings=warnings, progress=progress
    )


def compare_claims(
    ordered: Sequence[Source],
    claims: Sequence[Claim],
    *,
    embedder: Embedder,
    warnings: Sequence[str] = (),
    progress: Progress = SILENT,
) -> Report:
    """Findings for the claims already extracted from `ordered` (dated and sorted by path, as compare_sources
    leaves them): alignment, comparison and the report."""
    alignment = align(claims, embedder)
    with progress.stage("Comparing claims"):
        findings = compare_groups(alignment.groups, alignment.unique, date_by_reports(ordered, claims))
        named = name_findings(alignment.claims)
        findings = sorted([*findings, *named], key=finding_order)
    return Report(
        sources=_summaries(ordered, claims),
        findings=tuple(findings),
        warnings=_notes(warnings, ordered),
        texts={s.path: s.text for s in ordered},
    )


def compare(
    paths: Sequence[str | Path],
    *,
    dates: Mapping[str, dt.date] | None = None,
    model: str | None = None,
    embedder: Embedder | None = None,
    max_bytes: int = MAX_BYTES,
    fetcher: PageFetcher | None = None,
    progress: Progress = SILENT,
) -> Report:
    """Read the articles at `paths` (files, saved pages or URLs) and report what they agree on, contradict each
    other on, or say alone."""
    warnings: list[str] = []
    sources = load_sources(paths, dates=dates, max_bytes=max_bytes, warnings=warnings, fetcher=fetcher)
    embedder = embedder or SentenceEmbedder(model, progress=progress)
    return compare_sources(sources, embedder=embedder, warnings=warnings, progress=progress)


def check_sources(
    draft: Source,
    sources: Sequence[Source],
    *,
    embedder: Embedder,
    warnings: Sequence[str] = (),
    progress: Progress = SILENT,
) -> Report:
    """Findings for every checkable claim of `draft`, against already-read sources."""
    if not sources:
        raise InputError("check needs at least one source to check against")
    draft, *dated = date_by_story([draft, *sources])
    ordered = sorted(dated, key=lambda s: s.path)
    if draft.path in {s.path for s in ordered}:
        raise InputError(f"{draft.path} is both the draft and a source")
    texts = read_texts([draft, *ordered], progress)
    claims = claims_of_texts(texts, progress)
    alignment = align(claims, embedder)
    with progress.stage("Checking claims"):
        findings = check_findings(draft.path, alignment.claims, alignment.groups, ordered)
        findings = sorted([*findings, *wording_findings(texts[0], texts[1:], findings)], key=check_order)
    return Report(
        command="check",
        draft=draft.path,
        draft_source=_summaries([draft], claims)[0],
        sources=_summaries(ordered, claims),
        findings=tuple(findings),
        warnings=_notes(warnings, [draft, *ordered]),
        texts={s.path: s.text for s in [draft, *ordered]},
    )


def _summaries(sources: Sequence[Source], claims: Sequence[Claim]) -> tuple[SourceSummary, ...]:
    """Each source as the report lists it, with the number of its checkable claims."""
    per_source = {s.path: 0 for s in sources}
    for claim in claims:
        if claim.source in per_source and claim.entity is None and (claim.statement is None or claim.statement.negated):
            per_source[claim.source] += 1
    return tuple(
        SourceSummary(
            path=s.path,
            outlet=s.outlet,
            title=s.title,
            url=s.url,
            published=s.published,
            date_origin=s.date_origin,
            modified=s.modified,
            read_as=s.read_as,
            text=s.text if s.read_as == "html" else None,
            claims=per_source[s.path],
        )
        for s in sources
    )


def _notes(warnings: Sequence[str], sources: Sequence[Source]) -> tuple[str, ...]:
    """The warnings so far, and one for every source whose publication date is unknown."""
    unknown = [
        f"{s.path}: publication date unknown; relative dates stay unresolved (give it with --date {s.path}=YYYY-MM-DD)"
        for s in sources
        if s.published is None
    ]
    return (*warnings, *unknown)


def check(
    draft: str | Path | Source,
    against: Sequence[str | Path],
    *,
    dates: Mapping[str, dt.date] | None = None,
    model: str | None = None,
    embedder: Embedder | None = None,
    max_bytes: int = MAX_BYTES,
    fetcher: PageFetcher | None = None,
    min_confidence: float = 0.0,
    baseline: Baseline | None = None,
    baseline_name: str = "baseline",
    write_baseline: Path | None = None,
    save_text: Path | None = None,
    progress: Progress = SILENT,
) -> Report:
    """Check every claim of a draft against the articles at `against` (files, pages or URLs), judged as a build
    judges it: findings below `min_confidence` dropped, then those an inline `<!-- factcheck: ignore -->` comment
    covers, then those the `baseline` accepts.

    `draft` is a path, or a Source already read (standard input). `write_baseline` writes the fingerprints of
    every finding that would fail to that file and judges by them instead of `baseline`; `save_text` writes the
    text read from each web page there first (see `save_texts`), so a failure leaves no baseline behind.
    """
    warnings: list[str] = []
    dates = dict(dates or {})
    name = draft.path if isinstance(draft, Source) else str(draft)
    if name in {str(path) for path in against}:
        raise InputError(f"{name} is both the draft and a source")
    draft_date = dates.pop(name, None)
    if isinstance(draft, Source):
        draft_source = draft
    else:
        [draft_source] = load_sources(
            [draft],
            dates={name: draft_date} if draft_date else {},
            max_bytes=max_bytes,
            warnings=warnings,
            fetcher=fetcher,
        )
    sources = load_sources(against, dates=dates, max_bytes=max_bytes, warnings=warnings, fetcher=fetcher)
    embedder = embedder or SentenceEmbedder(model, progress=progress)
    report = check_sources(draft_source, sources, embedder=embedder, warnings=warnings, progress=progress)
    report = report.model_copy(update={"findings": tuple(f for f in report.findings if f.confidence >= min_confidence)})
    report = suppress_inline(report, draft_source)
    if save_text is not None:
        report = save_texts(report, save_text)
    if write_baseline is not None:
        baseline, baseline_name = baseline_from_report(report), str(write_baseline)
        write_atomically(write_baseline, render_baseline(baseline))
    return suppress_baselined(report, baseline, name=baseline_name) if baseline is not None else report


def model_embedder(model: str | None = None, *, cache_dir: Path | None = None, progress: Progress = SILENT) -> Embedder:
    """The sentence model at `model` (default: the packaged one), behind the vector cache in `cache_dir` if any."""
    from factcheck.cache import cached

    return cached(SentenceEmbedder(model, progress=progress), cache_dir, model=model)
