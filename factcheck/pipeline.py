"""The whole compare pipeline, stage by stage: ingest, segment, extract, align, compare."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from pathlib import Path

from factcheck.align import Embedder, SentenceEmbedder, align
from factcheck.compare import check_findings, compare_groups, finding_order
from factcheck.errors import InputError
from factcheck.extract import SourceText, build_actor_index, extract_claims
from factcheck.ingest import MAX_BYTES, date_yearless_datelines, read_source
from factcheck.models import Claim, Report, Source, SourceSummary
from factcheck.names import name_findings
from factcheck.progress import SILENT, Progress
from factcheck.segment import split_sentences


def load_sources(
    paths: Sequence[str | Path],
    *,
    dates: Mapping[str, dt.date] | None = None,
    max_bytes: int = MAX_BYTES,
    warnings: list[str] | None = None,
) -> list[Source]:
    """Read every path; `dates` maps a path as given to a publication date that overrides the file's."""
    dates = dict(dates or {})
    given = [str(p) for p in paths]
    unknown = sorted(set(dates) - set(given))
    if unknown:
        raise InputError(f"--date names {unknown[0]}, which is not one of the sources")
    if len(set(given)) != len(given):
        raise InputError("the same source is given twice")
    sources: list[Source] = []
    said: dict[str, list[str]] = {}
    for path in given:
        said[path] = []
        source = read_source(Path(path), given_as=path, date=dates.get(path), max_bytes=max_bytes, warnings=said[path])
        sources.append(source)
    if warnings is not None:  # in the order of the paths, like everything else a report lists: not as given
        warnings.extend(warning for path in sorted(given) for warning in said[path])
    return sources


def claims_of(sources: Sequence[Source], progress: Progress = SILENT) -> list[Claim]:
    """Every claim of every source, aliases resolved across all of them."""
    with progress.stage("Reading sentences", total=len(sources)) as stage:
        texts = []
        for source in sources:
            texts.append(SourceText(source, split_sentences(source)))
            stage.advance()
    index = build_actor_index(texts)
    with progress.stage("Extracting claims", total=len(texts)) as stage:
        claims = []
        for text in texts:
            claims.extend(extract_claims(text, index))
            stage.advance()
    return claims


def compare_sources(
    sources: Sequence[Source], *, embedder: Embedder, warnings: Sequence[str] = (), progress: Progress = SILENT
) -> Report:
    """Findings for already-read sources."""
    if len(sources) < 2:
        raise InputError("compare needs at least two sources")
    ordered = sorted(date_yearless_datelines(sources), key=lambda s: s.path)  # the order given never changes it
    claims = claims_of(ordered, progress)
    alignment = align(claims, embedder)
    with progress.stage("Comparing claims"):
        findings = compare_groups(alignment.groups, alignment.unique, ordered)
        named = name_findings([c for c in alignment.claims if c.entity is not None])
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
    progress: Progress = SILENT,
) -> Report:
    """Read the articles at `paths` and report what they agree on, contradict each other on, or say alone."""
    warnings: list[str] = []
    sources = load_sources(paths, dates=dates, max_bytes=max_bytes, warnings=warnings)
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
    draft, *dated = date_yearless_datelines([draft, *sources])
    ordered = sorted(dated, key=lambda s: s.path)
    if draft.path in {s.path for s in ordered}:
        raise InputError(f"{draft.path} is both the draft and a source")
    claims = claims_of([draft, *ordered], progress)
    alignment = align(claims, embedder)
    with progress.stage("Checking claims"):
        findings = check_findings(draft.path, alignment.claims, alignment.groups, ordered)
    return Report(
        command="check",
        draft=draft.path,
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
            published=s.published,
            date_origin=s.date_origin,
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
    draft: str | Path,
    against: Sequence[str | Path],
    *,
    dates: Mapping[str, dt.date] | None = None,
    model: str | None = None,
    embedder: Embedder | None = None,
    max_bytes: int = MAX_BYTES,
    progress: Progress = SILENT,
) -> Report:
    """Check every claim of the draft at `draft` against the articles at `against`."""
    warnings: list[str] = []
    dates = dict(dates or {})
    if str(draft) in {str(path) for path in against}:
        raise InputError(f"{draft} is both the draft and a source")
    [draft_source] = load_sources(
        [draft], dates={k: v for k, v in dates.items() if k == str(draft)}, max_bytes=max_bytes, warnings=warnings
    )
    dates.pop(str(draft), None)
    sources = load_sources(against, dates=dates, max_bytes=max_bytes, warnings=warnings)
    embedder = embedder or SentenceEmbedder(model, progress=progress)
    return check_sources(draft_source, sources, embedder=embedder, warnings=warnings, progress=progress)


def model_embedder(model: str | None = None, *, cache_dir: Path | None = None, progress: Progress = SILENT) -> Embedder:
    """The sentence model at `model` (default: the packaged one), behind the vector cache in `cache_dir` if any."""
    from factcheck.cache import cached

    return cached(SentenceEmbedder(model, progress=progress), cache_dir, model=model)
