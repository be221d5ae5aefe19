"""How compare grows with the story: 5, 10, 20 and 50 generated articles (about 50 sentences each) on one story;
and, with --large, with one long source (a live blog, a transcript) of 0.25, 1, 2 and 5 MB beside a short article.

    python benchmarks/scale.py [--sizes 5 10 20 50] [--repeat 3] [--threads N]
    python benchmarks/scale.py --large [--megabytes 0.25 1 2 5] [--repeat 1] [--kinds repeated reworded distinct]

Each measurement runs in a fresh process (so its peak memory is its own), cache disabled: imports and model load,
then the whole compare of the articles, with the encoding's share of it. Prints medians over `--repeat` runs, the
claims, the texts encoded, and how many claim pairs alignment scores against how many brute force would. Target:
50 articles in under 60 s on 2 CPU cores with peak memory under 2 GB.

The large series has three kinds of long source: one short article repeated to the size (`repeated`: few
distinct sentences, so little to encode); the generated articles of one story one after another (`reworded`:
each rewords the same few hundred sentences, so most sentences recur, 77 % of them at 5 MB); and a live blog
whose every sentence is distinct, as in a long real source (`distinct`: entries drawn from all the example
stories, reworded, their figures moved, credited to invented officials where a sentence would recur). Targets:
four times the input costs about four times the time; the work beyond encoding stays under half the encoding
time (for distinct text: repeated text has almost nothing to encode); peak memory under 2 GB at 5 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

    from factcheck.align import SentenceEmbedder

STARTED = time.perf_counter()


class Timed:
    """The model, with the time spent encoding and the number of texts encoded."""

    def __init__(self, model: SentenceEmbedder) -> None:
        self.model, self.seconds, self.texts = model, 0.0, 0

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        start = time.perf_counter()
        vectors = self.model.encode(texts)
        self.seconds += time.perf_counter() - start
        self.texts += len(texts)
        return vectors


def measure(count: int) -> dict[str, float]:
    """One run on `count` articles, in this process."""
    from synthetic import write_story

    from factcheck.align import SentenceEmbedder, candidate_pairs, infer_scopes
    from factcheck.models import FieldName
    from factcheck.pipeline import claims_of, compare, load_sources
    from factcheck.report import render
    from factcheck.segment import split_sentences

    paths = write_story(Path(tempfile.mkdtemp(prefix="factcheck-scale-")), count)
    model = SentenceEmbedder()
    start = time.perf_counter()
    model.encode(["warm up"])
    load = time.perf_counter() - start
    timed = Timed(model)
    start = time.perf_counter()
    report = compare(paths, embedder=timed)
    render(report, "json")
    seconds = time.perf_counter() - start
    process = time.perf_counter() - STARTED
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    claims = infer_scopes(claims_of(load_sources(paths)))
    scored = brute = 0
    for field in FieldName:
        if field not in (FieldName.ATTRIBUTION, FieldName.ENTITY):
            members = [c for c in claims if c.field is field]
            scored += len(candidate_pairs(field, members))
            brute += len(members) * (len(members) - 1) // 2
    sentences = sum(len(split_sentences(source)) for source in load_sources(paths))
    return {
        "articles": count,
        "words": sum(len(p.read_text(encoding="utf-8").split()) for p in paths),
        "sentences": sentences,
        "claims": len(claims),
        "texts": timed.texts,
        "load": load,
        "compare": seconds,
        "encode": timed.seconds,
        "process": process,
        "peak_mib": peak,
        "pairs": scored,
        "brute_pairs": brute,
        "findings": len(report.findings),
    }


SHORT = Path(__file__).parent.parent / "sources" / "rutte-washington"


def long_source(folder: Path, kind: str, megabytes: float) -> Path:
    """One source of about `megabytes`: a short article repeated (`repeated`), generated articles of one story
    one after another, which reword the same sentences (`reworded`), or a live blog whose sentences are all
    distinct (`distinct`)."""
    from synthetic import generate_story, live_blog

    from factcheck.ingest import MAX_BYTES

    limit = min(megabytes * 1_000_000, MAX_BYTES)  # 5 MB stays under the default --max-bytes
    path = folder / f"{kind}-{megabytes:g}mb.md"
    if kind == "distinct":
        path.write_text(live_blog(int(limit) - 200), encoding="utf-8")
        return path
    text = (SHORT / "meridian-wire.md").read_text(encoding="utf-8")
    header, body = text.split("\n---\n", 1)
    parts, size, number = [header + "\n---\n"], len(header) + 5, 0
    while True:
        if kind == "repeated":
            chunk = body
        else:
            [(_, article)] = generate_story(1, seed=number)
            chunk = article.split("\n---\n", 1)[1]
            number += 1
        if size + len(chunk.encode("utf-8")) > limit:
            break
        parts.append(chunk)
        size += len(chunk.encode("utf-8"))
    path.write_text("".join(parts), encoding="utf-8")
    return path


def measure_large(kind: str, megabytes: float) -> dict[str, float]:
    """One compare of a long source against a short article, in this process."""

    from factcheck.align import SentenceEmbedder
    from factcheck.pipeline import compare
    from factcheck.report import render

    big = long_source(Path(tempfile.mkdtemp(prefix="factcheck-large-")), kind, megabytes)
    model = SentenceEmbedder()
    model.encode(["warm up"])
    timed = Timed(model)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    start = time.perf_counter()
    report = compare([big, SHORT / "channel9.md"], embedder=timed)
    render(report, "json")
    seconds = time.perf_counter() - start
    return {
        "bytes": big.stat().st_size,
        "texts": timed.texts,
        "compare": seconds,
        "encode": timed.seconds,
        "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "peak_before_mib": before,
        "findings": len(report.findings),
    }


def run_child(count: int | str, threads: int | None) -> dict[str, float]:
    env = dict(os.environ)
    if threads:
        env["OMP_NUM_THREADS"] = str(threads)
    result = subprocess.run(
        [sys.executable, __file__, "--child", str(count)], capture_output=True, text=True, env=env, check=True
    )
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def large_series(megabytes: list[float], repeat: int, threads: int | None, kinds: list[str]) -> None:
    print(f"cpus: {os.cpu_count()}; one long source beside a short article; medians of {repeat}; no cache")
    print(
        f"{'kind':>9} {'MB':>5} {'texts':>7} {'compare s':>9} {'encode s':>8} {'other s':>7} "
        f"{'other/encode':>12} {'peak MiB':>8}"
    )
    for kind in kinds:
        for size in megabytes:
            runs = [run_child(f"{kind}:{size}", threads) for _ in range(repeat)]
            other = statistics.median(r["compare"] - r["encode"] for r in runs)
            encode = statistics.median(r["encode"] for r in runs)
            print(
                f"{kind:>9} {runs[0]['bytes'] / 1e6:>5.2f} {runs[0]['texts']:>7,} "
                f"{statistics.median(r['compare'] for r in runs):>9.1f} {encode:>8.1f} {other:>7.1f} "
                f"{other / encode if encode else float('inf'):>12.2f} "
                f"{statistics.median(r['peak_mib'] for r in runs):>8.0f}",
                flush=True,
            )
    print("compare: the whole compare and JSON report, model loaded; encode: its encoding; other: the rest;")
    print("peak: the process's peak resident memory, model included")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[5, 10, 20, 50])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--threads", type=int, default=None, help="OMP_NUM_THREADS for the model (default: torch's)")
    parser.add_argument("--large", action="store_true", help="the long-source series instead of the story series")
    parser.add_argument("--megabytes", type=float, nargs="+", default=[0.25, 1, 2, 5])
    parser.add_argument(
        "--kinds", nargs="+", choices=["repeated", "reworded", "distinct"], default=["repeated", "reworded", "distinct"]
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child is not None:
        if ":" in args.child:
            kind, size = args.child.split(":")
            print(json.dumps(measure_large(kind, float(size))))
        else:
            print(json.dumps(measure(int(args.child))))
        return 0
    if args.large:
        large_series(args.megabytes, args.repeat, args.threads, args.kinds)
        return 0
    print(f"cpus: {os.cpu_count()}; medians of {args.repeat} fresh processes each; no cache")
    header = (
        f"{'articles':>8} {'sentences':>9} {'claims':>6} {'texts':>5} {'pairs scored':>12} {'brute force':>11} "
        f"{'compare s':>9} {'encode s':>8} {'other s':>7} {'load s':>6} {'process s':>9} {'peak MiB':>8}"
    )
    print(header)
    for size in args.sizes:
        runs = [run_child(size, args.threads) for _ in range(args.repeat)]

        def median(key: str, runs: list[dict[str, float]] = runs) -> float:
            return statistics.median(r[key] for r in runs)

        first = runs[0]
        other = statistics.median(r["compare"] - r["encode"] for r in runs)
        print(
            f"{size:>8} {first['sentences']:>9} {first['claims']:>6} {first['texts']:>5} {first['pairs']:>12,} "
            f"{first['brute_pairs']:>11,} {median('compare'):>9.1f} {median('encode'):>8.1f} {other:>7.1f} "
            f"{median('load'):>6.1f} {median('process'):>9.1f} {median('peak_mib'):>8.0f}",
            flush=True,
        )
    print("compare: the whole compare and JSON report, model loaded; encode: its encoding; other: the rest;")
    print("process: interpreter start to report, model load included; peak: the process's peak resident memory")
    return 0


if __name__ == "__main__":
    sys.exit(main())
