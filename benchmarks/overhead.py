"""What a compare costs beside encoding its sentences: two articles of about 1,000 words, model loaded, no cache.

    python benchmarks/overhead.py [--repeat 7] [--words 1000]

In one process, with the model loaded and warmed up: the model alone encoding exactly the texts factcheck
encodes for these two articles, and the whole compare (reading, segmenting, extracting, aligning with those same
encodings, comparing, rendering the text and JSON reports), alternately, `--repeat` times each. Prints the
medians, their ratio (target: at most 1.3) and the stages apart from encoding as a share of it (target: under
30 %). Function caches are emptied before each compare, as in a fresh run.
"""

from __future__ import annotations

import argparse
import functools
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from synthetic import generate_story

from factcheck.align import SentenceEmbedder, align
from factcheck.compare import compare_groups
from factcheck.models import Report
from factcheck.pipeline import claims_of, compare, load_sources
from factcheck.report import render


class Recording:
    """The model, recording what it is asked to encode and for how long."""

    def __init__(self, model: SentenceEmbedder) -> None:
        self.model = model
        self.texts: list[str] = []
        self.seconds = 0.0

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        start = time.perf_counter()
        vectors = self.model.encode(texts)
        self.seconds += time.perf_counter() - start
        self.texts.extend(texts)
        return vectors


def clear_caches() -> None:
    """Empty every functools cache in factcheck's modules, so each compare starts as a fresh process would."""
    for name, module in list(sys.modules.items()):
        if name.startswith("factcheck"):
            for value in vars(module).values():
                if isinstance(value, functools._lru_cache_wrapper):
                    value.cache_clear()


def timed(action: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def whole_compare(paths: list[Path], model: SentenceEmbedder) -> float:
    clear_caches()
    return timed(lambda: rendered(compare(paths, embedder=model)))[0]


def rendered(report: Report) -> list[str]:
    return [render(report, report_format) for report_format in ("text", "json")]


def stages(paths: list[Path], model: SentenceEmbedder) -> dict[str, float]:
    """The stages of compare_sources, one at a time; align's time without the encoding."""
    clear_caches()
    recording = Recording(model)
    read, sources = timed(lambda: load_sources(paths))
    extract, claims = timed(lambda: claims_of(sources))
    aligning, alignment = timed(lambda: align(claims, recording))
    comparing, _ = timed(lambda: compare_groups(alignment.groups, alignment.unique, sources))
    return {
        "read": read,
        "segment + extract": extract,
        "align (without encoding)": aligning - recording.seconds,
        "compare": comparing,
        "encode": recording.seconds,
    }


class _Fixed:
    """Vectors already computed, for timing the report on its own."""

    def __init__(self, recording: Recording) -> None:
        self.vectors = dict(zip(recording.texts, recording.model.encode(recording.texts), strict=True))

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        return np.array([self.vectors[t] for t in texts], dtype=np.float32)


def report_seconds(paths: list[Path], model: SentenceEmbedder) -> float:
    report = compare(paths, embedder=_Fixed(_record(paths, model)))
    return timed(lambda: rendered(report))[0]


def _record(paths: list[Path], model: SentenceEmbedder) -> Recording:
    recording = Recording(model)
    compare(paths, embedder=recording)
    return recording


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7, help="measurements of each (default 7)")
    parser.add_argument("--words", type=int, default=1000, help="about this many words an article (default 1000)")
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="factcheck-overhead-"))
    paths = []
    for name, text in generate_story(2, sentences=args.words // 20):
        (folder / name).write_text(text, encoding="utf-8")
        paths.append(folder / name)
    words = [len(p.read_text(encoding="utf-8").split()) for p in paths]

    model = SentenceEmbedder()
    load, _ = timed(lambda: model.encode(["warm up"]))
    texts = _record(paths, model).texts  # also warms up the model on these very texts
    encode_alone, whole, parts, reporting = [], [], [], []
    for _ in range(args.repeat):
        encode_alone.append(timed(lambda: model.encode(texts))[0])
        whole.append(whole_compare(paths, model))
        parts.append(stages(paths, model))
        reporting.append(report_seconds(paths, model))

    encode = statistics.median(encode_alone)
    total = statistics.median(whole)
    print(f"articles: 2 of {words[0]} and {words[1]} words; texts encoded: {len(texts)}; model load: {load:.2f} s")
    print(f"encode alone (median of {args.repeat}):  {encode:.3f} s")
    print(f"whole compare + text and JSON report:  {total:.3f} s")
    print(f"ratio whole / encode:                   {total / encode:.2f}  (target <= 1.3)")
    print("stages (medians):")
    medians = {name: statistics.median(p[name] for p in parts) for name in parts[0]}
    medians["report (text + JSON)"] = statistics.median(reporting)
    for name, seconds in medians.items():
        print(f"  {name:<26} {seconds:7.3f} s  {100 * seconds / encode:5.1f} % of encoding")
    besides = sum(s for name, s in medians.items() if name != "encode")
    share = 100 * besides / encode
    print(f"everything but encoding:     {besides:7.3f} s  {share:5.1f} % of encoding  (target < 30 %)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
