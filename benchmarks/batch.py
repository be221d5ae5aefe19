"""factcheck batch on a folder of stories: one process against worker processes (and a local Dask cluster).

    python benchmarks/batch.py [--stories 8] [--articles 10] [--workers 1 2] [--dask] [--repeat 1]

The folder holds the four example stories and generated ones (each of `--articles` articles, from the accounts of
an example story), compared with the cache disabled. Each configuration runs `factcheck batch` as a fresh process;
prints its wall time (model loads included: one per worker).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from synthetic import SOURCES, write_story


def story_folder(folder: Path, stories: int, articles: int) -> int:
    """Write the stories; the number of articles in all."""
    examples = sorted(p for p in SOURCES.iterdir() if p.is_dir())
    total = 0
    for number in range(stories):
        example = examples[number % len(examples)]
        if number < len(examples):
            shutil.copytree(example, folder / example.name)
            total += len(list(example.glob("*.md")))
        else:
            total += len(write_story(folder / f"generated-{number:02d}", articles, story=example.name, seed=number))
    return total


def timed_batch(folder: Path, extra: list[str]) -> float:
    output = Path(tempfile.mkdtemp(prefix="factcheck-batch-out-"))
    argv = [sys.executable, "-m", "factcheck", "batch", str(folder), "--output-dir", str(output), "--no-cache", *extra]
    start = time.perf_counter()
    subprocess.run(argv, capture_output=True, check=False)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=8)
    parser.add_argument("--articles", type=int, default=10, help="articles in each generated story")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--dask", action="store_true", help="also on a LocalCluster of 2 worker processes")
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="factcheck-batch-"))
    total = story_folder(folder, args.stories, args.articles)
    print(f"{args.stories} stories, {total} articles; no cache; wall time of factcheck batch, median of {args.repeat}")
    for workers in args.workers:
        seconds = statistics.median(timed_batch(folder, ["--workers", str(workers)]) for _ in range(args.repeat))
        print(f"  --workers {workers:<3}             {seconds:6.1f} s")
    if args.dask:
        from distributed import LocalCluster

        with LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster:
            extra = ["--engine", "dask", "--scheduler", cluster.scheduler_address]
            seconds = statistics.median(timed_batch(folder, extra) for _ in range(args.repeat))
        print(f"  --engine dask (2 workers) {seconds:6.1f} s  (cluster start not included)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
