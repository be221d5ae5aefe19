"""Sentence vectors kept on disk between runs, so that a text already encoded needs no model at all.

A vector is stored as one small .npy file named by the SHA-256 of its text, in a folder named by the model's
identity: `<cache dir>/embeddings/<model id>/<2 hex>/<sha256>.npy`. One file per text lets every story and every
batch worker share what any of them encoded, and keeps each write atomic on its own (a temporary file, then a
rename); two workers that encode the same text write the same bytes, and the last rename wins. A file that
cannot be read as a finite vector of the right length is ignored and written again; a cache folder that cannot
be written to costs a warning, never the run.
"""

from __future__ import annotations

import hashlib
import io
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from factcheck.align import Embedder, default_model_path
from factcheck.files import replace_atomically

if TYPE_CHECKING:
    from numpy.typing import NDArray

CACHE_ENV = "FACTCHECK_CACHE_DIR"


def default_cache_dir() -> Path:
    """The user's cache folder for factcheck (~/.cache/factcheck on Linux, ~/Library/Caches/factcheck on macOS)."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("factcheck", appauthor=False))


def resolve_cache_dir(given: Path | None, env: Mapping[str, str], *, enabled: bool = True) -> Path | None:
    """Where vectors are cached: --cache-dir, else FACTCHECK_CACHE_DIR (empty counts as unset), else the user's
    cache folder; None with --no-cache."""
    if not enabled:
        return None
    return named_cache_dir(given, env) or default_cache_dir()


def named_cache_dir(given: Path | None, env: Mapping[str, str]) -> Path | None:
    """The cache folder the user named, by --cache-dir or FACTCHECK_CACHE_DIR; None leaves it to the default."""
    if given is not None:
        return given
    return Path(env[CACHE_ENV]) if env.get(CACHE_ENV) else None


def model_identity(path: str) -> str:
    """A name for a model folder's exact files: a hash of every file's relative name, size and modification time.

    Hashing the 90 MB of weights would cost a good part of what a cache hit saves. Replacing, retraining or
    reinstalling a model rewrites its files, which changes their times (and usually sizes), so the model gets a
    new folder in the cache and never reads another model's vectors; the folder's own path is left out, so a
    model moved or copied with its times keeps its vectors.
    """
    digest = hashlib.sha256()
    root = Path(path)
    for file in sorted(p for p in root.rglob("*") if p.is_file()):
        stat = file.stat()
        digest.update(f"{file.relative_to(root).as_posix()}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()[:32]


def text_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).hexdigest()


def cached(embedder: Embedder, directory: Path | None, *, model: str | None = None) -> Embedder:
    """`embedder` (the model at `model`, default the packaged one) behind the cache in `directory`; None: no cache."""
    return embedder if directory is None else CachedEmbedder(embedder, directory, model_path=model)


class CachedEmbedder:
    """An Embedder that answers from the disk cache and asks the wrapped model only for texts it has not seen.

    When every text is cached the model is never loaded: SentenceEmbedder loads on its first encode.
    `identity` names the model's vectors; by default the model_identity of `model_path` (default: the packaged
    model). Warnings (an unwritable folder) are collected in `warnings`, once each, for the caller to show.
    """

    def __init__(
        self, embedder: Embedder, directory: Path, *, model_path: str | None = None, identity: str | None = None
    ) -> None:
        self.embedder = embedder
        self.directory = directory
        self.model_path = model_path
        self.identity = identity
        self.warnings: list[str] = []
        self.hits = 0
        self.misses = 0
        self._writable = True

    def encode(self, texts: Sequence[str]) -> NDArray[np.float32]:
        folder = self._folder()
        if folder is None or not texts:
            return self.embedder.encode(texts)
        keys = [text_key(text) for text in texts]
        found = {key: vector for key in set(keys) if (vector := _read(_entry(folder, key))) is not None}
        if len({vector.shape for vector in found.values()}) > 1:  # entries of different lengths: trust none
            found = {}
        missing = [text for text, key in dict(zip(texts, keys, strict=True)).items() if key not in found]
        if missing:
            fresh = self._compute(folder, missing)
            if found and next(iter(found.values())).shape != next(iter(fresh.values())).shape:
                found, missing = {}, list(dict.fromkeys(texts))  # cached entries of another length than the model's
                fresh = self._compute(folder, missing)
            found.update(fresh)
        self.hits += len(texts) - len(missing)
        self.misses += len(missing)
        return np.stack([found[key] for key in keys]).astype(np.float32, copy=False)

    def _compute(self, folder: Path, texts: list[str]) -> dict[str, NDArray[np.float32]]:
        """Encode `texts` with the model and cache their vectors; the vectors by key."""
        vectors = self.embedder.encode(texts)
        fresh = {text_key(text): vectors[row] for row, text in enumerate(texts)}
        self._write(folder, fresh)
        return fresh

    def _folder(self) -> Path | None:
        """This model's folder in the cache; None when the model folder is missing (the embedder says why)."""
        if self.identity is None:
            path = self.model_path or default_model_path()
            if not os.path.isdir(path):
                return None
            self.identity = model_identity(path)
        return self.directory / "embeddings" / self.identity

    def _write(self, folder: Path, vectors: dict[str, NDArray[np.float32]]) -> None:
        if not self._writable:
            return
        try:
            for key, vector in vectors.items():
                _write_entry(_entry(folder, key), vector)
        except OSError as exc:
            self._writable = False
            reason = exc.strerror or type(exc).__name__
            self.warnings.append(f"cannot write the embedding cache in {self.directory}: {reason}; running without it")


def _entry(folder: Path, key: str) -> Path:
    return folder / key[:2] / f"{key}.npy"


def _read(path: Path) -> NDArray[np.float32] | None:
    """The vector stored at `path`, or None when there is none or it is not a finite float32 vector."""
    try:
        vector = np.load(path, allow_pickle=False)
    except (OSError, ValueError, EOFError):  # missing, unreadable, truncated or not an .npy file
        return None
    if not isinstance(vector, np.ndarray) or vector.dtype != np.float32 or vector.ndim != 1 or not vector.size:
        return None
    return vector if bool(np.isfinite(vector).all()) else None


def _write_entry(path: Path, vector: NDArray[np.float32]) -> None:
    """Write one vector atomically: a temporary file beside `path`, then a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    stream = io.BytesIO()
    np.save(stream, np.ascontiguousarray(vector, dtype=np.float32), allow_pickle=False)
    replace_atomically(path, stream.getvalue())
