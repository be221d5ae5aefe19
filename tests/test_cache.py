"""The on-disk vector cache: hits need no model, bad entries are recomputed, an unwritable folder only warns."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np
import pytest
from builders import HashingEmbedder, WriteArticle
from click.testing import CliRunner

from factcheck.align import SentenceEmbedder, default_model_path
from factcheck.cache import CachedEmbedder, model_identity, resolve_cache_dir, text_key
from factcheck.cli import main

TEXTS = ["Six people were killed in Kyiv.", "Rutte met Trump at the White House.", "Six people were killed in Kyiv."]


class CountingEmbedder(HashingEmbedder):
    """The fake model, counting the texts it is asked to encode."""

    def __init__(self) -> None:
        super().__init__()
        self.encoded: list[str] = []

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        self.encoded.extend(texts)
        return super().encode(texts)


def entries(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.npy"))


def test_a_second_encode_of_the_same_texts_asks_the_model_nothing(tmp_path: Path) -> None:
    model = CountingEmbedder()
    first = CachedEmbedder(model, tmp_path, identity="fake").encode(TEXTS)
    assert model.encoded == TEXTS[:2]  # a text given twice is encoded once
    again = CountingEmbedder()
    second = CachedEmbedder(again, tmp_path, identity="fake").encode(TEXTS)
    assert again.encoded == []
    assert second.dtype == np.float32 and second.shape == (3, 512)
    np.testing.assert_array_equal(first, second)
    np.testing.assert_array_equal(second, HashingEmbedder().encode(TEXTS))


def test_only_new_texts_are_encoded(tmp_path: Path) -> None:
    CachedEmbedder(HashingEmbedder(), tmp_path, identity="fake").encode(TEXTS[:1])
    model = CountingEmbedder()
    vectors = CachedEmbedder(model, tmp_path, identity="fake").encode(TEXTS)
    assert model.encoded == [TEXTS[1]]
    np.testing.assert_array_equal(vectors, HashingEmbedder().encode(TEXTS))


def test_each_model_has_its_own_vectors(tmp_path: Path) -> None:
    CachedEmbedder(HashingEmbedder(), tmp_path, identity="one").encode(TEXTS)
    model = CountingEmbedder()
    CachedEmbedder(model, tmp_path, identity="other").encode(TEXTS)
    assert model.encoded == TEXTS[:2]


def test_a_cache_hit_never_loads_the_model(tmp_path: Path) -> None:
    """A folder that is no model at all: loading it would fail, so answering from the cache is all that works."""
    not_a_model = tmp_path / "model"
    not_a_model.mkdir()
    (not_a_model / "config.json").write_text("{}")
    identity = model_identity(str(not_a_model))
    CachedEmbedder(HashingEmbedder(), tmp_path / "cache", identity=identity).encode(TEXTS)
    model = SentenceEmbedder(str(not_a_model))
    vectors = CachedEmbedder(model, tmp_path / "cache", model_path=str(not_a_model)).encode(TEXTS)
    assert model._model is None
    np.testing.assert_array_equal(vectors, HashingEmbedder().encode(TEXTS))


@pytest.mark.parametrize(
    "damage",
    [b"", b"not an npy file", b"\x93NUMPY\x01\x00v\x00{'descr': '<f4', 'fortran_order': False, 'shape': (512,), }"],
    ids=["empty", "garbage", "truncated"],
)
def test_a_corrupt_entry_is_recomputed(tmp_path: Path, damage: bytes) -> None:
    CachedEmbedder(HashingEmbedder(), tmp_path, identity="fake").encode(TEXTS)
    [entry] = [p for p in entries(tmp_path) if p.stem == text_key(TEXTS[1])]
    entry.write_bytes(damage)
    model = CountingEmbedder()
    vectors = CachedEmbedder(model, tmp_path, identity="fake").encode(TEXTS)
    assert model.encoded == [TEXTS[1]]
    np.testing.assert_array_equal(vectors, HashingEmbedder().encode(TEXTS))
    np.testing.assert_array_equal(np.load(entry), vectors[1])  # and written again


def test_entries_of_the_wrong_length_or_not_finite_are_recomputed(tmp_path: Path) -> None:
    CachedEmbedder(HashingEmbedder(), tmp_path, identity="fake").encode(TEXTS)
    first, second = (next(p for p in entries(tmp_path) if p.stem == text_key(t)) for t in TEXTS[:2])
    np.save(first, np.ones(7, dtype=np.float32))
    np.save(second, np.full(512, np.nan, dtype=np.float32))
    vectors = CachedEmbedder(HashingEmbedder(), tmp_path, identity="fake").encode(TEXTS)
    np.testing.assert_array_equal(vectors, HashingEmbedder().encode(TEXTS))


def test_an_unwritable_cache_folder_is_a_warning_not_a_failure(tmp_path: Path) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    cache = CachedEmbedder(HashingEmbedder(), blocker / "cache", identity="fake")
    vectors = cache.encode(TEXTS)
    cache.encode(["another text"])
    np.testing.assert_array_equal(vectors, HashingEmbedder().encode(TEXTS))
    assert len(cache.warnings) == 1 and "cannot write the embedding cache" in cache.warnings[0]


def test_writes_leave_no_temporary_files(tmp_path: Path) -> None:
    CachedEmbedder(HashingEmbedder(), tmp_path, identity="fake").encode([f"text {n}" for n in range(50)])
    assert not [p for p in tmp_path.rglob("*") if p.is_file() and p.suffix != ".npy"]
    assert len(entries(tmp_path)) == 50


def test_an_interrupted_write_leaves_no_temporary_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(source: object, target: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("factcheck.cache.os.replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        CachedEmbedder(HashingEmbedder(), tmp_path, identity="fake").encode(TEXTS)
    assert not [p for p in tmp_path.rglob("*") if p.is_file()]


def encode_in_a_worker(folder: str) -> None:
    CachedEmbedder(HashingEmbedder(), Path(folder), identity="fake").encode([f"shared {n}" for n in range(200)])


def test_workers_writing_the_same_entries_at_once_leave_every_entry_whole(tmp_path: Path) -> None:
    with ProcessPoolExecutor(max_workers=4) as pool:
        list(pool.map(encode_in_a_worker, [str(tmp_path)] * 8))
    texts = [f"shared {n}" for n in range(200)]
    model = CountingEmbedder()
    vectors = CachedEmbedder(model, tmp_path, identity="fake").encode(texts)
    assert model.encoded == []
    np.testing.assert_array_equal(vectors, HashingEmbedder().encode(texts))


def test_model_identity_follows_the_model_files(tmp_path: Path) -> None:
    folder = tmp_path / "model"
    folder.mkdir()
    weights = folder / "model.safetensors"
    weights.write_bytes(b"weights")
    before = model_identity(str(folder))
    assert model_identity(str(folder)) == before
    weights.write_bytes(b"other weights")
    assert model_identity(str(folder)) != before


def test_the_cache_folder_comes_from_the_option_then_the_environment_then_the_user_cache(tmp_path: Path) -> None:
    assert resolve_cache_dir(tmp_path, {"FACTCHECK_CACHE_DIR": "/elsewhere"}) == tmp_path
    assert resolve_cache_dir(None, {"FACTCHECK_CACHE_DIR": "/elsewhere"}) == Path("/elsewhere")
    assert resolve_cache_dir(None, {"FACTCHECK_CACHE_DIR": ""}).name == "factcheck"  # type: ignore[union-attr]
    assert resolve_cache_dir(tmp_path, {}, enabled=False) is None


@pytest.fixture
def fake_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("factcheck.pipeline.SentenceEmbedder", lambda model=None, **options: HashingEmbedder())
    monkeypatch.setattr("factcheck.align.SentenceEmbedder", lambda model=None, **options: HashingEmbedder())


def two_articles(write_article: WriteArticle) -> list[str]:
    return [
        str(write_article("a.md", "Six people were killed and 18 injured in Kyiv on Monday, officials said.")),
        str(write_article("b.md", "Six people were killed and 17 injured in Kyiv on Monday, officials said.")),
    ]


@pytest.mark.usefixtures("fake_model")
def test_compare_and_check_cache_in_the_folder_given(write_article: WriteArticle, tmp_path: Path) -> None:
    a, b = two_articles(write_article)
    runner = CliRunner()
    result = runner.invoke(main, ["compare", a, b, "--cache-dir", str(tmp_path / "mine")])
    assert result.exit_code == 1, result.output
    assert entries(tmp_path / "mine")
    result = runner.invoke(main, ["check", a, "--against", b, "--cache-dir", str(tmp_path / "check")])
    assert result.exit_code == 1, result.output
    assert entries(tmp_path / "check")


@pytest.mark.usefixtures("fake_model")
def test_no_cache_writes_nothing(write_article: WriteArticle, private_cache: Path) -> None:
    a, b = two_articles(write_article)
    runner = CliRunner()
    assert runner.invoke(main, ["compare", a, b, "--no-cache"]).exit_code == 1
    assert runner.invoke(main, ["check", a, "--against", b, "--no-cache"]).exit_code == 1
    assert entries(private_cache) == []
    assert runner.invoke(main, ["compare", a, b]).exit_code == 1  # FACTCHECK_CACHE_DIR, set for every test
    assert entries(private_cache)


@pytest.mark.usefixtures("fake_model")
def test_an_unwritable_cache_folder_warns_once_and_the_report_is_unchanged(
    write_article: WriteArticle, tmp_path: Path
) -> None:
    a, b = two_articles(write_article)
    blocker = tmp_path / "a file"
    blocker.write_text("")
    runner = CliRunner()
    cached = runner.invoke(main, ["compare", a, b, "--format", "json", "--cache-dir", str(blocker / "cache")])
    plain = runner.invoke(main, ["compare", a, b, "--format", "json", "--no-cache"])
    assert cached.exit_code == plain.exit_code == 1
    assert cached.stdout == plain.stdout
    [warning] = [line for line in cached.stderr.splitlines() if "cache" in line]
    assert warning.startswith("factcheck: warning: cannot write the embedding cache in")


@pytest.mark.usefixtures("fake_model")
def test_a_cache_dir_that_is_a_file_is_a_usage_error(write_article: WriteArticle, tmp_path: Path) -> None:
    a, b = two_articles(write_article)
    (tmp_path / "file").write_text("")
    result = CliRunner().invoke(main, ["compare", a, b, "--cache-dir", str(tmp_path / "file")])
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.startswith("factcheck: error: Invalid value for '--cache-dir'")


def test_a_second_run_loads_no_model_and_imports_no_torch(
    write_article: WriteArticle, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first run (a fake model here) fills the cache under the packaged model's identity; a real process then
    answers every text from it without importing torch or sentence-transformers."""
    a, b = two_articles(write_article)
    cache = tmp_path / "cache"
    monkeypatch.setattr("factcheck.pipeline.SentenceEmbedder", lambda model=None, **options: HashingEmbedder())
    first = CliRunner().invoke(main, ["compare", a, b, "--format", "json", "--cache-dir", str(cache)])
    assert first.exit_code == 1, first.output
    assert (cache / "embeddings" / model_identity(default_model_path())).is_dir()
    script = (
        "import json, sys\nfrom factcheck.cli import main\ntry:\n    main()\nexcept SystemExit as exit:\n"
        "    print(json.dumps([exit.code, 'torch' in sys.modules, 'sentence_transformers' in sys.modules]),"
        " file=sys.stderr)\n"
    )
    second = subprocess.run(
        [sys.executable, "-c", script, "compare", a, b, "--format", "json", "--cache-dir", str(cache)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(Path.cwd())},
        timeout=120,
    )
    assert json.loads(second.stderr.strip().splitlines()[-1]) == [1, False, False]
    assert second.stdout == first.stdout
