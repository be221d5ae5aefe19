"""A story kept in a store: articles added as they arrive, each checked against everything already published.

Adding a source reads, splits and encodes only that source. Every stored source keeps its sentences, its claims
and what its extraction read of the story's index of names; a stored source is extracted again only when the
grown story would change what it read there (a surname that now has a full name, say) or its dates (a dateline
without a year is dated by the story; an undated source places yearless days by the story's month). Sentence
vectors are kept in the store, so no stored text meets the model again. The report of the whole story is then
exactly what `compare` of all its sources gives.

    from factcheck.story import Story
    with Story.open("louvre", store="stories.sqlite3") as story:
        result = story.add(["afp-0930.md"])
        print(result.report.findings)
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from pydantic import Field

from factcheck.align import Embedder, SentenceEmbedder, default_model_path
from factcheck.cache import text_key
from factcheck.errors import InputError, NoStoreError, StoreError
from factcheck.extract import SourceText, extract_claims
from factcheck.extract.actors import ActorIndex, Mention, index_reads_digest, names_learnt_from, recording_index
from factcheck.fetch import PageFetcher, is_url, same_page
from factcheck.ingest import MAX_BYTES, date_by_story
from factcheck.models import Frozen, Report, Sentence, Source
from factcheck.pipeline import compare_claims, load_sources
from factcheck.progress import SILENT, Progress
from factcheck.segment import split_sentences
from factcheck.store import Store, StoredSource, StorySummary, default_store_path, utc_now

if TYPE_CHECKING:
    from numpy.typing import NDArray


class AddResult(Frozen):
    """What adding sources to a story did."""

    story: str
    added: tuple[str, ...] = Field(description="the sources added, as given")
    unchanged: tuple[tuple[str, str], ...] = Field(
        default=(), description="sources given whose text the story already holds: (as given, as stored)"
    )
    reextracted: int = Field(default=0, description="stored sources whose claims the new ones changed")
    sources: int = Field(default=0, description="how many sources the story holds after the add")
    report: Report | None = Field(
        description="the findings of the whole story that involve an added source; None when nothing was added"
    )


def open_store(store: Store | str | Path | None, *, create: bool = False) -> Store:
    """`store` if it is one; else the store at that path or postgresql:// URL (default: the file in the user's data
    folder), made if new and `create` is set."""
    if isinstance(store, Store):
        return store
    return Store(store if store is not None else default_store_path(), create=create)


def new_story(name: str, *, store: Store | str | Path | None = None) -> str:
    """Create an empty story, and the store if there is none; a name already taken is an error. Returns the store
    as it may be shown (a password hidden)."""
    _check_name(name)
    with _owned(store, create=True) as opened, opened.writing():
        opened.create_story(name)
        return opened.path


def list_stories(*, store: Store | str | Path | None = None) -> list[StorySummary]:
    """Every story of the store, by name; none where there is no store yet."""
    try:
        with _owned(store) as opened:
            return opened.stories()
    except NoStoreError:
        return []


class Story:
    """One story of a store. Open with `Story.open`; close it (or use `with`) when done."""

    def __init__(self, store: Store, name: str, *, owned: bool = False) -> None:
        self.store, self.name, self._owned = store, name, owned
        self.id = store.story_id(name)

    @classmethod
    def open(cls, name: str, *, store: Store | str | Path | None = None) -> Story:
        opened = open_store(store)
        try:
            return cls(opened, name, owned=not isinstance(store, Store))
        except BaseException:
            if not isinstance(store, Store):
                opened.close()
            raise

    def __enter__(self) -> Story:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._owned:
            self.store.close()

    def add(
        self,
        paths: Sequence[str | Path],
        *,
        dates: Mapping[str, dt.date] | None = None,
        model: str | None = None,
        embedder: Embedder | None = None,
        model_id: str | None = None,
        max_bytes: int = MAX_BYTES,
        fetcher: PageFetcher | None = None,
        progress: Progress = SILENT,
    ) -> AddResult:
        """Read the sources at `paths` (files, saved pages or URLs) into the story, and report what they agree
        with, contradict, update or state alone among everything the story holds.

        A source whose text the story already holds changes nothing (it is listed in `unchanged`); a path the
        story holds with other text is an error (remove it first). `model_id` names the vectors `embedder` makes
        (default: the identity of the model folder `model`, or of the packaged model).
        """
        given = [str(p) for p in paths]
        if not given:
            raise InputError("story add needs at least one source")
        if len({same_page(p) if is_url(p) else p for p in given}) != len(given):
            raise InputError("the same source is given twice")
        dates = dict(dates or {})
        unknown = sorted(set(dates) - set(given))
        if unknown:
            raise InputError(f"--date names {unknown[0]}, which is not one of the sources")
        fetcher = fetcher or PageFetcher(max_bytes=max_bytes)
        read: list[tuple[Source, list[str]]] = []
        for path in given:  # read everything before the store is locked: a bad input changes nothing
            said: list[str] = []
            [source] = load_sources(
                [path],
                dates={path: dates[path]} if path in dates else {},
                max_bytes=max_bytes,
                warnings=said,
                fetcher=fetcher,
            )
            read.append((source, said))
        embedder = embedder or SentenceEmbedder(model, progress=progress)
        with self.store.writing():
            return self._add(read, _StoredVectors(self.store, embedder, model_id or _model_id(model)), progress)

    def _add(self, read: list[tuple[Source, list[str]]], vectors: _StoredVectors, progress: Progress) -> AddResult:
        stored = self.store.sources(self.id)
        fresh: list[tuple[Source, list[str], str]] = []
        unchanged: list[tuple[str, str]] = []
        for source, said in read:
            digest = text_key(source.text)
            at_path = self._held_at(source.path)
            if at_path is not None and at_path[1] != digest:
                raise InputError(
                    f"{source.path} is already in story {self.name!r}"
                    f"{'' if at_path[0] == source.path else f' (as {at_path[0]})'} with other text; remove it first "
                    f"(factcheck story remove {self.name} {at_path[0]})"
                )
            holder = at_path or self.store.find_source(self.id, sha256=digest)
            earlier = next((f[0].path for f in fresh if f[2] == digest), None)
            if holder is not None or earlier is not None:
                unchanged.append((source.path, holder[0] if holder else str(earlier)))
            else:
                fresh.append((source, said, digest))
        if not fresh:
            return AddResult(story=self.name, added=(), unchanged=tuple(unchanged), report=None, sources=len(stored))
        now = utc_now()
        with progress.stage("Reading sentences", total=len(fresh)) as stage:
            added = []
            for source, said, digest in fresh:
                added.append(_unextracted(source, said, digest, now))
                stage.advance()
        everything = sorted([*stored, *added], key=lambda s: s.source.path)
        report, current, changed = self._compared(everything, vectors, progress)
        new_paths = {s.source.path for s in added}
        return AddResult(
            story=self.name,
            added=tuple(s.source.path for s in added),
            unchanged=tuple(unchanged),
            reextracted=len(changed - new_paths),
            sources=len(current),
            report=_involving(report, new_paths),
        )

    def report(
        self,
        *,
        model: str | None = None,
        embedder: Embedder | None = None,
        model_id: str | None = None,
        progress: Progress = SILENT,
    ) -> Report:
        """The report of the whole story, as `compare` of all its sources gives it: the stored one when nothing
        has changed since it was made, else made again (from stored claims and vectors) and stored."""
        model_id = model_id or _model_id(model)
        with self.store.reading():  # the report and the texts of one state of the story
            cached = self.store.report(self.id, _made_with(model_id))
            texts = self.store.texts(self.id) if cached is not None else {}
        if cached is not None:
            return cached.model_copy(update={"texts": texts})
        vectors = _StoredVectors(self.store, embedder or SentenceEmbedder(model, progress=progress), model_id)
        with self.store.writing():
            report, _, _ = self._compared(self.store.sources(self.id), vectors, progress)
        return report

    def _compared(
        self, stored: Sequence[StoredSource], vectors: _StoredVectors, progress: Progress
    ) -> tuple[Report, list[StoredSource], set[str]]:
        """The report of the story made of `stored` (by path), as compare makes it, stored with what it took: the
        sources extracted now (new ones, and those the story changed) and the vectors encoded now. Also returns
        every source with its current claims, and the paths of those extracted now."""
        dated, current, changed = _extracted(stored, progress)
        report = compare_claims(
            dated,
            [claim for s in current for claim in s.claims],
            embedder=vectors,
            warnings=[w for s in current for w in s.warnings],
            progress=progress,
        )
        for item in current:
            if item.source.path in changed:
                self.store.put_source(self.id, item)
        self.store.put_vectors(vectors.model_id, vectors.fresh)
        self.store.put_report(self.id, report, _made_with(vectors.model_id))
        return report, current, changed

    def sources(self) -> list[StoredSource]:
        return self.store.sources(self.id)

    def remove(self, path: str) -> str:
        """Take a source out of the story: by the path or URL it was added as, another spelling of that file, or
        that page's URL with another fragment or case of host. Returns the source as it was stored."""
        with self.store.writing():
            stored = self._stored_as(path)
            if stored is None or not self.store.remove_source(self.id, stored):
                raise InputError(f"story {self.name!r} has no source {path}")
            return stored

    def _stored_as(self, path: str) -> str | None:
        if is_url(path):
            page = same_page(path)
            return next((p for p in self.store.paths(self.id) if is_url(p) and same_page(p) == page), None)
        found = self._held_at(path)
        return found[0] if found else None

    def _held_at(self, path: str) -> tuple[str, str] | None:
        """The path and text hash of the source stored at `path`, as given or, for a file, spelt another way."""
        return self.store.find_source(self.id, path=path, resolved=_resolved(path))


def _resolved(path: str) -> str | None:
    """A file's absolute path, links resolved; None for a URL."""
    return None if is_url(path) else os.path.realpath(path)


@lru_cache(maxsize=1)
def code_identity() -> str:
    """A hash of factcheck's own files (code and data): what stored claims and reports were made by. A new version,
    or any change to the code, makes them again rather than trust them."""
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for file in sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(file.relative_to(root).as_posix().encode() + b"\0" + file.read_bytes() + b"\0")
    return digest.hexdigest()[:32]


def _made_with(model_id: str) -> str:
    """What a report depends on beyond the story: the code that made it and the model of its vectors."""
    return f"{code_identity()}:{model_id}"


def _unextracted(source: Source, said: list[str], digest: str, now: dt.datetime) -> StoredSource:
    """A new source read and split, its names found; its claims are extracted with the whole story's index."""
    return _split(
        StoredSource(
            source=source,
            sha256=digest,
            added=now,
            warnings=tuple(said),
            sentences=(),
            mentions=(),
            index_reads=(),
            fingerprint="",
            resolved=_resolved(source.path),
        )
    )


def _split(item: StoredSource) -> StoredSource:
    """The source split into sentences and its names found, by this factcheck."""
    sentences = split_sentences(item.source)
    mentions = sorted({(m.name, m.title) for s in sentences for m in names_learnt_from(s.text)})
    return item.model_copy(
        update={
            "sentences": tuple((s.start, s.end) for s in sentences),
            "mentions": tuple(mentions),
            "split_with": code_identity(),
        }
    )


def _extracted(stored: Sequence[StoredSource], progress: Progress) -> tuple[list[Source], list[StoredSource], set[str]]:
    """Each source as the story dates it (a dateline without a year takes the story's); each with claims that match
    the whole story; and the paths of those extracted now: the new ones (which have no fingerprint yet), and stored
    ones whose date or whose reads of the index the story has changed. A source split by another factcheck is
    split again first, so that its sentences and the names it teaches are those `compare` finds now."""
    resplit = {s.source.path for s in stored if s.split_with != code_identity()}
    stored = [_split(s) if s.source.path in resplit else s for s in stored]
    index = ActorIndex.build(
        Mention(start=0, end=0, text=name, name=name, title=title) for s in stored for name, title in s.mentions
    )
    dated = date_by_story([s.source for s in stored])
    pairs = list(zip(dated, stored, strict=True))
    stale = resplit | {s.source.path for d, s in pairs if s.fingerprint != _fingerprint(d, index, s.index_reads)}
    current: list[StoredSource] = []
    with progress.stage("Extracting claims", total=len(stale)) as stage:
        for source, item in pairs:
            if item.source.path in stale:
                item = _extract(source, item, index)
                stage.advance()
            current.append(item)
    return dated, current, stale


def _extract(dated: Source, item: StoredSource, index: ActorIndex) -> StoredSource:
    sentences = [
        Sentence(source=dated.path, index=k, start=start, end=end, text=dated.text[start:end])
        for k, (start, end) in enumerate(item.sentences)
    ]
    recording, reads = recording_index(index)
    claims = extract_claims(SourceText(dated, sentences), recording)
    noted = tuple(sorted(reads, key=lambda r: (r[0], r[1] or "")))
    return item.model_copy(
        update={"claims": tuple(claims), "index_reads": noted, "fingerprint": _fingerprint(dated, index, noted)}
    )


def _fingerprint(dated: Source, index: ActorIndex, reads: Sequence[tuple[str, str | None]]) -> str:
    """What a source's claims depend on beyond its own text: the code that extracts them, its dates as the story
    gives them (a yearless dateline's year, an undated source's story month), and what its extraction read of the
    index."""
    facts = [
        code_identity(),
        str(dated.published),
        dated.date_origin,
        str(dated.story_month),
        index_reads_digest(index, reads),
    ]
    return hashlib.sha256(json.dumps(facts).encode()).hexdigest()


def _involving(report: Report, paths: set[str]) -> Report:
    """The report with only the findings that hold a claim of one of `paths`, and only those sources' warnings."""
    findings = tuple(f for f in report.findings if any(c.source in paths for c in f.claims))
    warnings = tuple(w for w in report.warnings if any(w.startswith(f"{path}: ") for path in paths))
    return report.model_copy(update={"findings": findings, "warnings": warnings})


def _model_id(model: str | None) -> str:
    from factcheck.cache import model_identity

    path = model or default_model_path()
    if not Path(path).is_dir():
        return f"missing:{path}"  # the embedder says what is wrong if it is ever asked to encode
    return model_identity(path)


class _StoredVectors:
    """An Embedder that answers from the store's vectors and encodes only texts the store lacks, keeping their
    vectors in `fresh` for the caller to store in the same transaction as the rest."""

    def __init__(self, store: Store, embedder: Embedder, model_id: str) -> None:
        self.store, self.embedder, self.model_id = store, embedder, model_id
        self.fresh: dict[str, NDArray[np.float32]] = {}

    def encode(self, texts: Sequence[str]) -> NDArray[np.float32]:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)  # as SentenceEmbedder answers, without loading the model
        keys = [text_key(t) for t in texts]
        found = self.store.vectors(self.model_id, sorted(set(keys) - set(self.fresh))) | self.fresh
        missing = {k: t for k, t in zip(keys, texts, strict=True) if k not in found}  # each text once
        if missing:
            encoded = self.embedder.encode(list(missing.values()))
            self.fresh.update(zip(missing, encoded, strict=True))
            found.update(self.fresh)
        return np.stack([found[k] for k in keys]).astype(np.float32, copy=False)


MAX_NAME = 200


def _check_name(name: str) -> None:
    """A name is shown in lists and messages: printable, not blank, not padded, not too long."""
    hidden = any(unicodedata.category(c) in {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"} for c in name)
    if not name.strip() or name != name.strip() or hidden or len(name) > MAX_NAME:
        raise InputError(
            f"story name {name!r}: give a printable name of at most {MAX_NAME} characters, without leading or "
            "trailing spaces"
        )


@contextmanager
def _owned(store: Store | str | Path | None, *, create: bool = False) -> Iterator[Store]:
    """A store opened for one call and closed after it, or one the caller holds and closes."""
    opened = open_store(store, create=create)
    try:
        yield opened
    finally:
        if opened is not store:
            opened.close()


__all__ = ["AddResult", "StoreError", "Story", "list_stories", "new_story"]
