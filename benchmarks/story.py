"""What a stored story costs as it grows: adding one article to stories of 10, 50, 200 and 1,000 generated articles,
and showing the whole story.

    python benchmarks/story.py [--sizes 10 50 200 1000] [--keep DIR]

For each size, one process builds the story: the articles but one, added in one call (read, extracted, encoded
with the model, aligned, stored). A fresh process then loads the model and adds the last article (time and peak
memory of the add alone, model loaded), and another shows the whole story twice: once from the stored report,
once made again from the stored claims and vectors (the report dropped first, as after a `story remove`). The
articles come from benchmarks/synthetic.py (~50 sentences each, one story); the disk cache of vectors is off.
Target: adding one article to a 1,000-article story in under 5 s with the model loaded.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

STARTED = time.perf_counter()


def build(folder: Path, count: int) -> dict[str, float]:
    from synthetic import write_story

    from factcheck.align import SentenceEmbedder
    from factcheck.story import Story, new_story

    paths = write_story(folder / "articles", count)
    (folder / "last.txt").write_text(str(paths[-1]), encoding="utf-8")  # the article the add step adds
    store = folder / "stories.sqlite3"
    new_story("bench", store=store)
    start = time.perf_counter()
    with Story.open("bench", store=store) as story:
        story.add(paths[:-1], embedder=SentenceEmbedder())
    return {"seconds": time.perf_counter() - start, "store_mb": store.stat().st_size / 1e6}


def add_last(folder: Path, count: int) -> dict[str, float]:
    from factcheck.align import SentenceEmbedder
    from factcheck.story import Story

    model = SentenceEmbedder()
    model.encode(["warm up"])
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    last = Path((folder / "last.txt").read_text(encoding="utf-8"))
    start = time.perf_counter()
    with Story.open("bench", store=folder / "stories.sqlite3") as story:
        result = story.add([last], embedder=model)
    seconds = time.perf_counter() - start
    assert result.report is not None
    return {
        "seconds": seconds,
        "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "peak_before_mib": before,
        "findings": len(result.report.findings),
        "reextracted": result.reextracted,
    }


def show(folder: Path) -> dict[str, float]:
    import sqlite3

    from factcheck.align import SentenceEmbedder
    from factcheck.report import render
    from factcheck.story import Story

    store = folder / "stories.sqlite3"
    start = time.perf_counter()
    with Story.open("bench", store=store) as story:
        render(story.report(), "json")
    stored = time.perf_counter() - start
    with sqlite3.connect(store) as db:
        db.execute("DELETE FROM reports")
    start = time.perf_counter()
    with Story.open("bench", store=store) as story:
        render(story.report(embedder=SentenceEmbedder()), "json")
    return {
        "stored": stored,
        "remade": time.perf_counter() - start,
        "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def child(step: str, folder: str, count: int) -> dict[str, float]:
    env = {**os.environ, "FACTCHECK_CACHE_DIR": "", "HF_HUB_OFFLINE": "1"}
    result = subprocess.run(
        [sys.executable, __file__, "--child", step, folder, str(count)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 50, 200, 1000])
    parser.add_argument("--keep", type=Path, default=None, help="build the stories here and keep them")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        step, folder, count = args.child
        steps = {"build": lambda: build(Path(folder), int(count)), "add": lambda: add_last(Path(folder), int(count))}
        steps["show"] = lambda: show(Path(folder))
        print(json.dumps(steps[step]()))
        return 0
    print(f"cpus: {os.cpu_count()}; one run each; model loaded before the add; no vector cache")
    print(
        f"{'articles':>8} {'build s':>8} {'store MB':>8} {'add one s':>9} {'add peak MiB':>12} {'re-extracted':>12} "
        f"{'show s':>6} {'show remade s':>13} {'show peak MiB':>13}"
    )
    for count in args.sizes:
        folder = (args.keep or Path(tempfile.mkdtemp(prefix="factcheck-story-"))) / f"story-{count}"
        folder.mkdir(parents=True, exist_ok=True)
        built = child("build", str(folder), count)
        added = child("add", str(folder), count)
        shown = child("show", str(folder), count)
        print(
            f"{count:>8} {built['seconds']:>8.1f} {built['store_mb']:>8.1f} {added['seconds']:>9.2f} "
            f"{added['peak_mib']:>12.0f} {added['reextracted']:>12.0f} {shown['stored']:>6.2f} "
            f"{shown['remade']:>13.1f} {shown['peak_mib']:>13.0f}",
            flush=True,
        )
    print("build: the articles but one added in one call; add one: the last article added, model loaded;")
    print("show: the stored report; show remade: the report made again from stored claims and vectors")
    return 0


if __name__ == "__main__":
    sys.exit(main())
